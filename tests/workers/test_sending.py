"""Exactly-once sending against the real servers: kills, SMTP outages, double approval."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.harness import DovecotServer, ImapAccount, SmtpSink, free_port
from tests.workers.answers_support import (
    boot_runtime,
    drafts_of,
    dsr,
    env_for,
    kill_process_group,
    open_request,
    running_worker,
    settings_for,
    start_worker_process,
    wait_until,
)
from workers import sending
from workers.runtime import utcnow
from workers.workflow import practitioner


class HoldingHandler:
    """An SMTP server that takes the whole message, then holds its 250 reply until released."""

    def __init__(self) -> None:
        self.received: list[bytes] = []
        self.got_data = threading.Event()
        self.release = threading.Event()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.received.append(envelope.original_content or envelope.content)
        self.got_data.set()
        while not self.release.is_set():
            await asyncio.sleep(0.05)
        return "250 2.0.0 accepted"


@pytest.mark.parametrize("provider_files_a_copy", [False, True], ids=["no-trace", "copy-in-sent"])
def test_worker_killed_after_the_server_took_the_message(
    tmp_path: Path, redis_url: str, dovecot: DovecotServer, imap_account: ImapAccount, provider_files_a_copy: bool,
) -> None:
    """SIGKILL the worker while the server holds its 250: one copy only, the draft sent or "envoi incertain".

    With the provider's own copy in the Sent folder (as Gmail files what its SMTP took) the
    draft is recognised as sent; without any trace it is marked uncertain and never resent.
    """
    handler = HoldingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port(), ready_timeout=10)
    controller.start()
    settings = settings_for(tmp_path, redis_url, account=imap_account, smtp_host="127.0.0.1",
                            smtp_port=controller.port, smtp_security="plain")
    runtime = boot_runtime(settings)
    log = tmp_path / "worker.log"
    worker = start_worker_process(settings, log)
    try:
        ack, _ = open_request(runtime, dovecot, imap_account, timeout=30)
        practitioner.approve_draft(runtime, ack["id"], utcnow())
        assert handler.got_data.wait(30), log.read_text()
        kill_process_group(worker)  # the worker never hears the 250
        handler.release.set()
        held = drafts_of(runtime, id=ack["id"])[0]
        assert held["status"] == "approved" and held["sending_since"] is not None
        if provider_files_a_copy:
            dovecot.create_folder("Sent", user=imap_account.user)
            dovecot.append(handler.received[0], "Sent", user=imap_account.user)
        worker = start_worker_process(settings, log)
        time.sleep(sending.LEASE.total_seconds() + 1)  # the dead attempt's lease runs out
        swept = dsr(["scheduler", "--once"], env_for(settings))
        assert swept.returncode == 0, swept.stderr
        # The sweep pushes the draft again (unless the queue already redelivered the killed task).
        resolved = drafts_of(runtime, id=ack["id"], status="sent") + drafts_of(runtime, id=ack["id"], send_uncertain=True)
        assert "send_sweep:1" in swept.stdout or resolved
        if provider_files_a_copy:
            final = wait_until(lambda: drafts_of(runtime, id=ack["id"], status="sent"), 30, what="sent")[0]
            assert final["appended_to_sent"] and not final["send_uncertain"]
        else:
            final = wait_until(lambda: drafts_of(runtime, id=ack["id"], send_uncertain=True), 30, what="uncertain")[0]
            assert final["status"] == "approved"
            listed = dsr(["draft", ack["id"]], env_for(settings))
            assert "Envoi incertain" in listed.stdout
        # Another sweep, and time for any stray redelivery: still one copy.
        again = dsr(["scheduler", "--once"], env_for(settings))
        assert again.returncode == 0, again.stderr
        assert "send_sweep" not in again.stdout  # nothing left to push: sent, or uncertain (her call)
        time.sleep(3)
        # Only the acknowledgment counts: the scheduler may also mail her the digest (after 8:00).
        to_requester = [m for m in handler.received if f"To: {ack['to_addr']}".encode() in m]
        assert len(to_requester) == 1
        if not provider_files_a_copy:  # she checked her Sent folder: it went out
            confirmed = dsr(["draft", ack["id"], "--sent"], env_for(settings))
            assert confirmed.returncode == 0, confirmed.stderr
            assert drafts_of(runtime, id=ack["id"])[0]["status"] == "sent"
    finally:
        kill_process_group(worker, 15)
        handler.release.set()
        controller.stop()


def test_smtp_down_retries_then_sends_once(
    tmp_path: Path, redis_url: str, dovecot: DovecotServer, imap_account: ImapAccount,
    smtp_sink_factory: Any,
) -> None:
    """Sink stopped: retried with backoff, reported by `dsr digest --print`; once back, sent once."""
    sink: SmtpSink = smtp_sink_factory()
    settings = settings_for(tmp_path, redis_url, account=imap_account, sink=sink)
    runtime = boot_runtime(settings)
    with running_worker(runtime):
        ack, _ = open_request(runtime, dovecot, imap_account)
        sink.stop()
        practitioner.approve_draft(runtime, ack["id"], utcnow())
        failed = wait_until(lambda: drafts_of(runtime, id=ack["id"], status="approved")[0]["send_attempts"] >= 2
                            and drafts_of(runtime, id=ack["id"]), 30, what="two failed attempts")[0]
        assert failed["sending_since"] is None and "ConnectionRefused" in failed["last_error"]
        digest = dsr(["digest", "--print"], env_for(settings))
        assert digest.returncode == 0, digest.stderr
        assert "Réponses approuvées non envoyées (1)" in digest.stdout
        assert f"[{ack['case_ref']}]" in digest.stdout.split("Réponses approuvées non envoyées")[1]
        sink.start()
        received = sink.wait_for(1, timeout=60)
        wait_until(lambda: drafts_of(runtime, id=ack["id"], status="sent"), 10, what="sent")
        time.sleep(2)
    assert len(sink.messages) == len(received) == 1
    after = dsr(["digest", "--print"], env_for(settings))
    assert "Réponses approuvées non envoyées" not in after.stdout


def test_temporary_refusal_of_data_is_retried(
    tmp_path: Path, redis_url: str, dovecot: DovecotServer, imap_account: ImapAccount,
    smtp_sink_factory: Any,
) -> None:
    """A 451 at the end of DATA is a clear "not taken": the retry sends it, once."""
    sink: SmtpSink = smtp_sink_factory()
    settings = settings_for(tmp_path, redis_url, account=imap_account, sink=sink)
    runtime = boot_runtime(settings)
    with running_worker(runtime):
        ack, _ = open_request(runtime, dovecot, imap_account)
        sink.fail_next(1)
        practitioner.approve_draft(runtime, ack["id"], utcnow())
        sink.wait_for(1, timeout=30)
        final = wait_until(lambda: drafts_of(runtime, id=ack["id"], status="sent"), 10, what="sent")[0]
        time.sleep(2)
    assert len(sink.messages) == 1
    assert final["send_attempts"] == 1 and final["last_error"] is None


def test_approved_twice_and_queued_many_times_sends_once(
    tmp_path: Path, redis_url: str, dovecot: DovecotServer, imap_account: ImapAccount,
    clean_smtp_sink: SmtpSink,
) -> None:
    """Two approvals and six queued send_draft messages on four threads: one email, one Sent copy."""
    from workers.actors import send_draft

    settings = settings_for(tmp_path, redis_url, account=imap_account, sink=clean_smtp_sink)
    runtime = boot_runtime(settings)
    with running_worker(runtime, threads=4):
        ack, _ = open_request(runtime, dovecot, imap_account)
        practitioner.approve_draft(runtime, ack["id"], utcnow())
        practitioner.approve_draft(runtime, ack["id"], utcnow())
        for _ in range(6):
            send_draft.send(ack["id"])
        clean_smtp_sink.wait_for(1, timeout=20)
        wait_until(lambda: drafts_of(runtime, id=ack["id"], status="sent", appended_to_sent=True), 10)
        time.sleep(3)
    assert len(clean_smtp_sink.messages) == 1
    with dovecot.client(imap_account.user) as imap:
        imap.select_folder("Sent", readonly=True)
        assert len(imap.search("ALL")) == 1


def test_sent_copy_failure_is_retried_by_the_sweep(
    tmp_path: Path, redis_url: str, dovecot: DovecotServer, imap_account: ImapAccount,
    clean_smtp_sink: SmtpSink,
) -> None:
    """IMAP unreachable when the copy is made: the answer is sent; a later send_draft files the copy once."""
    settings = settings_for(tmp_path, redis_url, account=imap_account, sink=clean_smtp_sink)
    runtime = boot_runtime(settings)
    with running_worker(runtime):
        ack, _ = open_request(runtime, dovecot, imap_account)
    broken = settings.model_copy(update={"imap_port": free_port()})  # nothing listens there
    runtime.settings = broken
    practitioner.approve_draft(runtime, ack["id"], utcnow())
    assert sending.send_draft(runtime, ack["id"], utcnow()) == "sent"
    row = drafts_of(runtime, id=ack["id"])[0]
    assert row["status"] == "sent" and not row["appended_to_sent"]
    later = utcnow() + sending.IDLE_BEFORE_SWEEP * 2
    assert sending.sweep(runtime, later) == [ack["id"]]
    runtime.settings = settings
    assert sending.send_draft(runtime, ack["id"], utcnow()) == "already_sent"
    assert drafts_of(runtime, id=ack["id"])[0]["appended_to_sent"]
    assert sending.send_draft(runtime, ack["id"], utcnow()) == "already_sent"
    assert len(clean_smtp_sink.messages) == 1
    with dovecot.client(imap_account.user) as imap:
        imap.select_folder("Sent", readonly=True)
        found = imap.search(["HEADER", "Message-ID", row["outgoing_message_id"]])
    assert len(found) == 1


class RefusingHandler:
    """An SMTP server that refuses every recipient for good (unknown user)."""

    def __init__(self) -> None:
        self.rcpt_attempts = 0

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, rcpt_options: list[str]) -> str:
        self.rcpt_attempts += 1
        return "550 5.1.1 <unknown>: Recipient address rejected"


def test_a_permanent_refusal_is_not_retried_and_shows_on_the_case(
    tmp_path: Path, redis_url: str, dovecot: DovecotServer, imap_account: ImapAccount,
) -> None:
    """RCPT answered 550: one attempt only (no retries), the draft stays approved with the
    reason, the case shows the problem in French and the digest lists the answer as unsent."""
    handler = RefusingHandler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        settings = settings_for(tmp_path, redis_url, account=imap_account, smtp_host="127.0.0.1",
                                smtp_port=controller.port, smtp_security="plain")
        runtime = boot_runtime(settings)
        with running_worker(runtime):
            ack, _ = open_request(runtime, dovecot, imap_account)
            practitioner.approve_draft(runtime, ack["id"], utcnow())
            refused = wait_until(lambda: [d for d in drafts_of(runtime, id=ack["id"]) if d["last_error"]], 30,
                                 what="the refusal")[0]
            time.sleep(3)  # a retry, if any, would come within this time (backoff starts below 1 s)
        final = drafts_of(runtime, id=ack["id"])[0]
        assert handler.rcpt_attempts == 1
        assert final["status"] == "approved" and final["send_attempts"] == 1 and final["sending_since"] is None
        assert "RCPT 550" in refused["last_error"]
        case = json.loads(dsr(["case", ack["case_ref"], "--json"], env_for(settings)).stdout)
        assert "refusé définitivement" in (case["problem"] or "")
        assert any(e["kind"] == "send_refused" for e in case["events"])
        digest = dsr(["digest", "--print"], env_for(settings))
        assert "Réponses approuvées non envoyées (1)" in digest.stdout
    finally:
        controller.stop()
