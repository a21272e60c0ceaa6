"""The private Dovecot: logins over plain and TLS, unseen fetches, IDLE, stop/start."""

from __future__ import annotations

import threading
import time

from imapclient import IMAPClient

from tests.harness import DovecotServer, ImapAccount, insecure_tls_context

MESSAGE = (
    b"From: Alice Martin <alice@example.test>\r\n"
    b"To: contact@floraison.test\r\n"
    b"Subject: Demande d'acces RGPD\r\n"
    b"Message-ID: <harness-1@example.test>\r\n"
    b"\r\n"
    b"Bonjour, je souhaite obtenir une copie de mes donnees.\r\n"
)


def test_login_plain_port(imap_account: ImapAccount) -> None:
    """The plain port takes a PLAIN login without TLS (ssl=False)."""
    with IMAPClient(imap_account.host, imap_account.port, ssl=False, timeout=10) as imap:
        imap.login(imap_account.user, imap_account.password)
        assert imap.select_folder("INBOX")[b"EXISTS"] == 0


def test_login_tls_port(imap_account: ImapAccount) -> None:
    """The imaps port speaks TLS with the self-signed certificate."""
    with IMAPClient(
        imap_account.host,
        imap_account.tls_port,
        ssl=True,
        ssl_context=insecure_tls_context(),
        timeout=10,
    ) as imap:
        imap.login(imap_account.user, imap_account.password)
        assert b"IMAP4REV1" in imap.capabilities()


def test_default_account(dovecot: DovecotServer) -> None:
    """The session server has the practitioner's test account."""
    assert dovecot.user == "pro@floraison.test"
    with dovecot.client() as imap:
        assert imap.folder_exists("INBOX")


def test_append_and_peek_leaves_unseen(dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    """BODY.PEEK[] returns the message byte for byte and leaves it without \\Seen."""
    uid = dovecot.append(MESSAGE, user=imap_account.user)
    assert uid is not None
    with dovecot.client(imap_account.user) as imap:
        imap.select_folder("INBOX")
        data = imap.fetch([uid], [b"BODY.PEEK[]", b"FLAGS"])
        assert data[uid][b"BODY[]"] == MESSAGE
        assert b"\\Seen" not in imap.get_flags([uid])[uid]
        assert imap.search("UNSEEN") == [uid]


def test_idle_sees_new_message(dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    """A client in IDLE hears about a message appended by someone else within seconds."""
    with dovecot.client(imap_account.user) as imap:
        imap.select_folder("INBOX")
        imap.idle()
        appender = threading.Timer(0.3, dovecot.append, (MESSAGE,), {"user": imap_account.user})
        appender.start()
        began = time.monotonic()
        responses: list[tuple[object, ...]] = []
        while time.monotonic() - began < 8 and not any(b"EXISTS" in r for r in responses):
            responses.extend(imap.idle_check(timeout=1))
        imap.idle_done()
        appender.join()
        assert (1, b"EXISTS") in responses


def test_multiappend_returns_uids(dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    """Bulk seeding gives one UID per message, in order, across batches."""
    messages = [MESSAGE.replace(b"harness-1", b"bulk-%d" % i) for i in range(7)]
    uids = dovecot.multiappend(messages, user=imap_account.user, batch=3)
    assert uids == list(range(1, 8))


def test_folders_and_uidvalidity_change(dovecot: DovecotServer, imap_account: ImapAccount) -> None:
    """create_folder makes Sent; recreate_mailbox changes UIDVALIDITY and keeps the mail."""
    dovecot.create_folder("Sent", user=imap_account.user)
    dovecot.append(MESSAGE, "Sent", flags=[b"\\Seen"], user=imap_account.user)
    dovecot.append(MESSAGE, user=imap_account.user)
    for folder in ("INBOX", "Sent"):
        before = dovecot.uidvalidity(folder, user=imap_account.user)
        after = dovecot.recreate_mailbox(folder, user=imap_account.user)
        assert after != before
    with dovecot.client(imap_account.user) as imap:
        sent = [f for f in imap.list_folders() if f[2] == "Sent"]
        assert b"\\Sent" in sent[0][0]
        imap.select_folder("Sent", readonly=True)
        uids = imap.search("ALL")
        assert len(uids) == 1
        assert b"\\Seen" in imap.get_flags(uids)[uids[0]]


def test_stop_start_keeps_mail(private_dovecot: DovecotServer) -> None:
    """Stopping the server refuses logins; starting it again finds the same mail."""
    private_dovecot.append(MESSAGE)
    private_dovecot.stop()
    try:
        IMAPClient(private_dovecot.host, private_dovecot.port, ssl=False, timeout=2)
    except OSError:
        pass
    else:
        raise AssertionError("the stopped Dovecot still accepted a connection")
    private_dovecot.start()
    with private_dovecot.client() as imap:
        assert imap.select_folder("INBOX", readonly=True)[b"EXISTS"] == 1


def test_kill_then_start(private_dovecot: DovecotServer) -> None:
    """After a SIGKILL of the whole server, start() brings it back with the mail."""
    private_dovecot.append(MESSAGE)
    private_dovecot.kill()
    assert not private_dovecot.running
    private_dovecot.start()
    with private_dovecot.client(tls=True) as imap:
        assert imap.select_folder("INBOX", readonly=True)[b"EXISTS"] == 1
