"""End to end on the real servers: a request in Dovecot becomes an acknowledgment sent by SMTP."""

from __future__ import annotations

from pathlib import Path

from tests.harness import DovecotServer, ImapAccount, SmtpSink
from tests.workers.answers_support import (
    boot_runtime,
    drafts_of,
    dsr,
    env_for,
    ingest_once,
    request_email,
    running_worker,
    settings_for,
    wait_until,
)


def test_request_to_sent_acknowledgment(tmp_path: Path, redis_url: str, dovecot: DovecotServer,
                                        imap_account: ImapAccount, clean_smtp_sink: SmtpSink) -> None:
    """APPEND → watcher → acknowledgment draft within 10 s → `dsr draft --approve` → sink and Sent folder."""
    settings = settings_for(tmp_path, redis_url, account=imap_account, sink=clean_smtp_sink)
    runtime = boot_runtime(settings)
    raw, request_id = request_email()
    dovecot.append(raw, user=imap_account.user)
    with running_worker(runtime):
        ingest_once(runtime)
        ack = wait_until(lambda: drafts_of(runtime, kind="acknowledgment"), 10, what="acknowledgment draft")[0]
        result = dsr(["draft", ack["id"], "--approve"], env_for(settings))
        assert result.returncode == 0, result.stderr
        sent = clean_smtp_sink.wait_for(1, timeout=15)
        wait_until(lambda: drafts_of(runtime, id=ack["id"], status="sent", appended_to_sent=True), 10)
    message = sent[0].message
    assert message["In-Reply-To"] == request_id
    assert message["References"] == request_id
    assert message["Subject"].startswith(f"[{ack['case_ref']}] ")
    assert message["To"] == "claire.fontaine@exemple.org"
    assert sent[0].rcpt_tos == ("claire.fontaine@exemple.org",)
    with dovecot.client(imap_account.user) as imap:
        imap.select_folder("Sent", readonly=True)
        assert len(imap.search(["HEADER", "Message-ID", message["Message-ID"]])) == 1
