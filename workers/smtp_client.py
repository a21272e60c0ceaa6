"""SMTP connections (TLS, STARTTLS or plain, as the settings say) and the Sent copy by IMAP."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from imapclient import IMAPClient

from workers.imap_watcher import connect as imap_connect
from workers.settings import Settings


def _context(verify: bool) -> ssl.SSLContext:
    context = ssl.create_default_context()
    if not verify:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def smtp_connect(settings: Settings, timeout: float = 30.0) -> smtplib.SMTP:
    """A connected, greeted and (when a user is set) authenticated SMTP session."""
    if not settings.smtp_host:
        raise ValueError("smtp_host is not set")
    context = _context(settings.smtp_verify_tls)
    if settings.smtp_security == "tls":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(settings.smtp_host, settings.smtp_port or 465, timeout=timeout, context=context)
    else:
        smtp = smtplib.SMTP(settings.smtp_host, settings.smtp_port or 587, timeout=timeout)
    try:
        smtp.ehlo()
        if settings.smtp_security == "starttls":
            smtp.starttls(context=context)  # raises SMTPNotSupportedError rather than go on in clear
            smtp.ehlo()
        password = settings.secret("smtp_password")
        # The SMTP user and password default to the IMAP ones; a server that offers no AUTH
        # (a local relay) is not asked to log in.
        if settings.smtp_user and password and smtp.has_extn("auth"):
            smtp.login(settings.smtp_user, password)
    except BaseException:
        smtp.close()
        raise
    return smtp


def find_sent_folder(client: IMAPClient, configured: str | None) -> str:
    """The configured Sent folder, else the one flagged \\Sent, else "Sent" (created)."""
    if configured:
        if not client.folder_exists(configured):
            client.create_folder(configured)
        return configured
    for flags, _delimiter, name in client.list_folders():
        if b"\\Sent" in flags:
            return str(name)
    if not client.folder_exists("Sent"):
        client.create_folder("Sent")
    return "Sent"


def _search_id(client: IMAPClient, message_id: str) -> bool:
    return bool(client.search(["HEADER", "Message-ID", message_id]))


def copy_in_sent(settings: Settings, message: EmailMessage) -> bool:
    """APPEND the sent copy to the Sent folder once (searched by Message-ID first)."""
    client = imap_connect(settings)
    try:
        folder = find_sent_folder(client, settings.imap_sent_folder)
        client.select_folder(folder)
        if _search_id(client, str(message["Message-ID"])):
            return False
        client.append(folder, message.as_bytes(), flags=[b"\\Seen"], msg_time=None)
        return True
    finally:
        client.logout()


def seen_in_mailbox(settings: Settings, message_id: str) -> bool:
    """Whether a message with this Message-ID is in the Sent folder (proof it went out)."""
    client = imap_connect(settings)
    try:
        folder = find_sent_folder(client, settings.imap_sent_folder)
        client.select_folder(folder, readonly=True)
        return _search_id(client, message_id)
    finally:
        client.logout()


