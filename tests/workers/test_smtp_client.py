"""SMTP connections (plain, STARTTLS, implicit TLS, AUTH) and the Sent folder, on real servers."""

from __future__ import annotations

import smtplib
import ssl
import subprocess
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller

from tests.harness import DovecotServer, ImapAccount, SmtpSink, free_port
from tests.workers.answers_support import settings_for
from workers.smtp_client import copy_in_sent, find_sent_folder, seen_in_mailbox, smtp_connect


def note(to: str = "claire@exemple.org") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "contact@floraison.test"
    message["To"] = to
    message["Subject"] = "Essai é"
    message["Message-ID"] = make_msgid(domain="floraison.test")
    message.set_content("Bonjour, voici un essai accentué.\n")
    return message


def send_with(settings: Any) -> None:
    smtp = smtp_connect(settings, timeout=10)
    try:
        smtp.send_message(note())
    finally:
        smtp.quit()


def test_plain_without_auth_ignores_inherited_credentials(tmp_path: Path, redis_url: str, clean_smtp_sink: SmtpSink,
                                                           imap_account: ImapAccount) -> None:
    """SMTP user/password default to the IMAP ones; a relay without AUTH is not asked to log in."""
    settings = settings_for(tmp_path, redis_url, account=imap_account, sink=clean_smtp_sink)
    assert settings.smtp_user == imap_account.user
    send_with(settings)
    received = clean_smtp_sink.wait_for(1)[0]
    assert received.auth_login is None and received.message["Subject"] == "Essai é"


def test_starttls_and_auth(tmp_path: Path, redis_url: str, smtp_sink_factory: Any) -> None:
    """STARTTLS then AUTH with the configured login: the sink sees TLS and the login."""
    sink = smtp_sink_factory(auth=("expediteur", "s3cret"), require_starttls=True)
    settings = settings_for(tmp_path, redis_url, smtp_host=sink.host, smtp_port=sink.port, smtp_security="starttls",
                            smtp_verify_tls=False, smtp_user="expediteur", smtp_password="s3cret")
    send_with(settings)
    received = sink.wait_for(1)[0]
    assert received.tls and received.auth_login == "expediteur"


def test_wrong_password_and_unverified_certificate_fail(tmp_path: Path, redis_url: str, smtp_sink_factory: Any) -> None:
    """A refused login raises SMTPAuthenticationError; a self-signed certificate fails when verification is on."""
    sink = smtp_sink_factory(auth=("expediteur", "s3cret"), require_starttls=True)
    base = {"smtp_host": sink.host, "smtp_port": sink.port, "smtp_security": "starttls", "smtp_user": "expediteur"}
    wrong = settings_for(tmp_path, redis_url, smtp_verify_tls=False, smtp_password="faux", **base)
    with pytest.raises(smtplib.SMTPAuthenticationError):
        smtp_connect(wrong, timeout=10)
    verified = settings_for(tmp_path, redis_url, smtp_verify_tls=True, smtp_password="s3cret", **base)
    with pytest.raises(ssl.SSLCertVerificationError):
        smtp_connect(verified, timeout=10)
    assert sink.messages == []


class _Recorder:
    def __init__(self) -> None:
        self.contents: list[bytes] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.contents.append(envelope.content)
        return "250 OK"


def test_implicit_tls(tmp_path: Path, redis_url: str) -> None:
    """smtp_security="tls" speaks TLS from the first byte (port 465 style)."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    recorder = _Recorder()
    controller = Controller(recorder, hostname="127.0.0.1", port=free_port(), ssl_context=context, ready_timeout=10)
    controller.start()
    try:
        settings = settings_for(tmp_path, redis_url, smtp_host="127.0.0.1", smtp_port=controller.port,
                                smtp_security="tls", smtp_verify_tls=False)
        send_with(settings)
    finally:
        controller.stop()
    assert len(recorder.contents) == 1


def test_sent_folder_created_then_found_and_copy_appended_once(tmp_path: Path, redis_url: str,
                                                                dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    """No Sent folder: it is created (Dovecot flags it \\Sent); the copy is appended once per Message-ID."""
    settings = settings_for(tmp_path, redis_url, account=imap_account)
    with dovecot.client(imap_account.user) as imap:
        assert not imap.folder_exists("Sent")
        assert find_sent_folder(imap, None) == "Sent"
        assert any(b"\\Sent" in flags for flags, _, name in imap.list_folders() if name == "Sent")
        assert find_sent_folder(imap, None) == "Sent"  # found by its flag this time
    message = note()
    assert not seen_in_mailbox(settings, message["Message-ID"])
    assert copy_in_sent(settings, message) is True
    assert copy_in_sent(settings, message) is False
    assert seen_in_mailbox(settings, message["Message-ID"])
    with dovecot.client(imap_account.user) as imap:
        imap.select_folder("Sent", readonly=True)
        uids = imap.search("ALL")
        assert len(uids) == 1
        assert b"\\Seen" in imap.get_flags(uids)[uids[0]]


def test_configured_sent_folder(tmp_path: Path, redis_url: str, dovecot: DovecotServer,
                                imap_account: ImapAccount) -> None:
    """A configured Sent folder name (e.g. "Envoyés") is used, and created when missing."""
    settings = settings_for(tmp_path, redis_url, account=imap_account, imap_sent_folder="Envoyés")
    message = note()
    assert copy_in_sent(settings, message) is True
    assert seen_in_mailbox(settings, message["Message-ID"])
    with dovecot.client(imap_account.user) as imap:
        assert imap.folder_exists("Envoyés") and not imap.folder_exists("Sent")
