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
    open_request,
    request_email,
    running_worker,
    settings_for,
    wait_until,
)


def test_request_to_sent_acknowledgment(tmp_path: Path, redis_url: str, dovecot: DovecotServer,
                                        imap_account: ImapAccount, clean_smtp_sink: SmtpSink) -> None:
    """APPEND → watcher → acknowledgment draft within 10 s → `dsr draft --approve` → sink and Sent folder.

    The request carries a Reply-To that differs from From: the answer still goes to From.
    """
    settings = settings_for(tmp_path, redis_url, account=imap_account, sink=clean_smtp_sink)
    runtime = boot_runtime(settings)
    raw, request_id = request_email(reply_to="quelqu.un.d.autre@ailleurs.example")
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
    assert message["To"] == "claire.fontaine@exemple.org"  # the From address, never the Reply-To
    assert sent[0].rcpt_tos == ("claire.fontaine@exemple.org",)
    assert "quelqu.un" not in sent[0].content.decode()
    with dovecot.client(imap_account.user) as imap:
        imap.select_folder("Sent", readonly=True)
        assert len(imap.search(["HEADER", "Message-ID", message["Message-ID"]])) == 1


def test_template_syntax_in_a_request_stays_plain_text(tmp_path: Path, redis_url: str, dovecot: DovecotServer,
                                                       imap_account: ImapAccount, clean_smtp_sink: SmtpSink) -> None:
    """`{{ 7*7 }}` and `{% include %}` written by a requester come out verbatim in the stored acknowledgment."""
    body = (
        "Bonjour,\n\nJe souhaite obtenir une copie de toutes mes données personnelles {{ 7*7 }} "
        "{% include 'mail/fr/_signature.j2' %} conformément à l'article 15 du RGPD.\n\nClaire\n"
    )
    settings = settings_for(tmp_path, redis_url, account=imap_account, sink=clean_smtp_sink)
    runtime = boot_runtime(settings)
    with running_worker(runtime):
        ack, _ = open_request(runtime, dovecot, imap_account, body=body)
    assert "{{ 7*7 }}" in ack["body"]
    assert "{% include 'mail/fr/_signature.j2' %}" in ack["body"]
    assert "49" not in ack["body"]
    assert ack["body"].count("Référence de votre demande") == 1  # the signature was not included twice
