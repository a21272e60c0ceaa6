"""docker-compose.yml: it validates against the Compose specification, and the commands its
services run work as processes against real Redis, PostgreSQL, Dovecot and SMTP servers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import yaml
from sqlalchemy import select

from tests.harness.dovecot import DovecotServer, ImapAccount
from tests.harness.ports import free_port
from tests.harness.postgres import PostgresDatabase, PostgresServer
from tests.harness.smtp_sink import SmtpSink
from tests.workers.pipeline_support import request_message, wait_for
from workers.store.db import Database
from workers.store.schema import drafts

REPO = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text(encoding="utf-8"))
BIN = REPO / ".venv" / "bin"


def test_compose_file_validates_against_the_specification() -> None:
    """``check-jsonschema --builtin-schema vendor.compose-spec`` accepts the file."""
    result = subprocess.run([str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.compose-spec",
                             str(REPO / "docker-compose.yml")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr


def test_compose_describes_a_real_installation() -> None:
    """Redis keeps an AOF, PostgreSQL and the product's services have health checks and restarts."""
    services = COMPOSE["services"]
    assert "--appendonly" in services["redis"]["command"]
    assert services["worker"]["deploy"]["replicas"] >= 2
    for name in ("redis", "postgres", "watcher", "worker", "scheduler", "web"):
        assert "healthcheck" in services[name], name
        assert services[name]["restart"] == "unless-stopped", name
    assert services["web"]["ports"] == ["127.0.0.1:8765:8765"], "the desk must not listen beyond the host"
    assert services["watcher"]["env_file"] == ".env"


def command(service: str, port: int | None = None) -> list[str]:
    args = list(COMPOSE["services"][service]["command"])
    assert args[0] == "dsr"
    if port is not None and "--port" in args:
        args[args.index("--port") + 1] = str(port)
    if "--host" in args:  # the container listens on all its interfaces; here, loopback only
        args[args.index("--host") + 1] = "127.0.0.1"
    return [str(BIN / "dsr"), *args[1:]]


@contextmanager
def service(args: list[str], env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        process = subprocess.Popen(args, env=env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    try:
        yield process
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


def test_services_run_as_processes(tmp_path: Path, pg_server: PostgresServer, redis_url: str,
                                   dovecot: DovecotServer, imap_account: ImapAccount, clean_smtp_sink: SmtpSink) -> None:
    """migrate, watcher, two workers, scheduler and web desk: a request becomes a sent acknowledgment."""
    from workers.web.auth import hash_password

    database = PostgresDatabase(pg_server, label="compose").start()
    web_port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    env.update({k: str(v) for k, v in COMPOSE["x-dsr"]["environment"].items()})
    (tmp_path / "dsr.toml").write_text("", encoding="utf-8")
    env.update(
        DSR_DATABASE_URL=database.url, DSR_REDIS_URL=redis_url, DSR_DATA_DIR=str(tmp_path / "data"),
        DSR_CONFIG=str(tmp_path / "dsr.toml"), DSR_CONTACT_ADDRESS=imap_account.user,
        DSR_PRACTITIONER_EMAIL="praticienne@floraison.test",
        DSR_IMAP_HOST=imap_account.host, DSR_IMAP_PORT=str(imap_account.port), DSR_IMAP_SECURITY="plain",
        DSR_IMAP_USER=imap_account.user, DSR_IMAP_PASSWORD=imap_account.password, DSR_IMAP_POLL_SECONDS="1",
        DSR_SMTP_HOST=clean_smtp_sink.host, DSR_SMTP_PORT=str(clean_smtp_sink.port), DSR_SMTP_SECURITY="plain",
        DSR_DIGEST_HOUR="0", DSR_WEB_PASSWORD_HASH=hash_password("compose-test"),
        DSR_WEB_SESSION_SECRET="compose-test-secret",
    )
    try:
        migrate = subprocess.run(command("migrate"), env=env, cwd=REPO, capture_output=True, text=True, timeout=120)
        assert migrate.returncode == 0, migrate.stderr
        logs = tmp_path / "logs"
        logs.mkdir()
        with (service(command("watcher"), env, logs / "watcher.log"),
              service(command("worker"), env, logs / "worker-1.log"),
              service(command("worker"), env, logs / "worker-2.log"),
              service(command("scheduler"), env, logs / "scheduler.log"),
              service(command("web", web_port), env, logs / "web.log")):
            raw = request_message("alex.martin@exemple.test", "Alex Martin", "Mes données",
                                  "Bonjour, merci de m'envoyer une copie de mes données personnelles (article 15 RGPD).\n")
            dovecot.append(raw, user=imap_account.user)
            db = Database(database.url, migrate=False)

            def acknowledgment() -> str | None:
                with db.begin() as conn:
                    return conn.execute(select(drafts.c.id).where(drafts.c.kind == "acknowledgment")).scalar()

            draft_id = wait_for(acknowledgment, timeout=30)
            approve = subprocess.run([str(BIN / "dsr"), "draft", draft_id, "--approve"], env=env, cwd=REPO,
                                     capture_output=True, text=True, timeout=120)
            assert approve.returncode == 0, approve.stderr

            def delivered() -> list:  # type: ignore[type-arg]
                return [m for m in clean_smtp_sink.messages if "alex.martin@exemple.test" in m.rcpt_tos]

            sent = wait_for(delivered, timeout=30)
            digest = wait_for(lambda: [m for m in clean_smtp_sink.messages if "praticienne@floraison.test" in m.rcpt_tos],
                              timeout=90)
            page = urllib.request.urlopen(f"http://127.0.0.1:{web_port}/login", timeout=10)
            assert page.status == 200
            db.dispose()
        assert len(sent) == 1
        assert sent[0].message["In-Reply-To"]
        assert len(digest) == 1
    finally:
        database.stop()
    assert sys.executable
