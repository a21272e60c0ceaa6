"""The IMAP connection dropped while `dsr watch` runs: the watcher reconnects, and the messages that
arrived meanwhile are recorded exactly once."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

from sqlalchemy import func, select

from tests.faults.support import SYSTEMS, Service, all_resting, check_invariants, dsr, fault_rig, generated_requests
from tests.harness.dovecot import DovecotServer
from tests.harness.postgres import PostgresDatabase, PostgresServer
from workers.store.schema import messages


def deliver_to_maildir(server: DovecotServer, raw: bytes) -> None:
    """Put a message in the account's Maildir as a local delivery agent would (server down)."""
    maildir = server.maildir()
    name = f"{time.time_ns()}.dsrtest{os.getpid()}.localhost"
    tmp, new = maildir / "tmp" / name, maildir / "new" / name
    tmp.write_bytes(raw)
    os.chown(tmp, 65534, 65534)
    os.replace(tmp, new)


def test_watcher_reconnects_after_the_imap_server_crashes_and_a_kick(tmp_path: Path, pg_server: PostgresServer,
                                                                     redis_url: str, private_dovecot: DovecotServer) -> None:
    """Dovecot SIGKILLed (a message delivered meanwhile), restarted, messages appended at once; then the
    watcher's session kicked by the server: every message recorded once, every case at rest."""
    account = private_dovecot.account()
    database = PostgresDatabase(pg_server, label="fault-imap").start()
    try:
        with fault_rig(tmp_path, database.url, redis_url, DSR_IMAP_HOST=account.host, DSR_IMAP_PORT=str(account.port),
                       DSR_IMAP_SECURITY="plain", DSR_IMAP_USER=account.user, DSR_IMAP_PASSWORD=account.password,
                       DSR_IMAP_POLL_SECONDS="1") as rig:
            raws = [raw for _s, _r, raw in generated_requests(6)]
            rig.start_worker()
            watcher = Service(dsr("watch"), rig.env, tmp_path / "logs" / "watcher.log").start()
            rig.workers.append(watcher)  # stopped with the workers, its log shown on failure

            def recorded() -> int:
                with rig.rt.db.begin() as conn:
                    return int(conn.execute(select(func.count()).select_from(messages)).scalar_one())

            def outages() -> int:  # `dsr watch` logs warnings only: each lost session says so
                return watcher.log.read_text(errors="replace").count("watch.disconnected")

            for raw in raws[:2]:
                private_dovecot.append(raw, user=account.user)
            rig.wait(lambda: recorded() == 2, 60, "two messages recorded")

            private_dovecot.kill()
            deliver_to_maildir(private_dovecot, raws[2])
            private_dovecot.start()
            for raw in raws[3:5]:
                private_dovecot.append(raw, user=account.user)
            rig.wait(lambda: recorded() == 5 and outages() >= 1, 90, "messages of the outage recorded")

            kick = subprocess.run(["doveadm", "-c", str(private_dovecot.config_path), "kick", account.user],
                                  capture_output=True, text=True, timeout=30)
            assert kick.returncode == 0, kick.stderr
            private_dovecot.append(raws[5], user=account.user)
            rig.wait(lambda: recorded() == 6 and outages() >= 2, 90, "the message after the kick recorded")

            rig.wait(lambda: all_resting(rig.rt, 6), 120, "cases at rest")
            assert check_invariants(rig.rt, raws=raws, systems=SYSTEMS, via_imap=True)["collected"] == 6
            assert recorded() == 6
    finally:
        database.stop()
