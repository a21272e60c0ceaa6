"""The mailbox connector against the real Dovecot of the harness (IMAP mode) and the store
(stored mode): every message from or to the person, nobody else's, nothing marked read."""

from __future__ import annotations

from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from flows.connectors import PermanentConnectorError
from flows.models import Identity, MatchField
from tests.harness.dovecot import DovecotServer, ImapAccount
from workers.connectors.mailbox import MailboxImapConnector, MailboxStoredConnector
from workers.store.db import Database
from workers.store.messages import record_message, search_by_address

CAMILLE = Identity(email="camille.martin@exemple.fr", name="Camille Martin")


def mail(sender: str, to: str, subject: str, cc: str | None = None) -> bytes:
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = sender, to, subject
    if cc:
        message["Cc"] = cc
    message.set_content("Bonjour.\n")
    return message.as_bytes()


@pytest.fixture
def mailbox(dovecot: DovecotServer, imap_account: ImapAccount) -> ImapAccount:
    """Her mailbox: messages from, to and copied to Camille, and to people with similar addresses."""
    dovecot.create_folder("Sent", user=imap_account.user)
    for raw, folder in [
        (mail("Camille Martin <camille.martin@exemple.fr>", imap_account.user, "Question"), "INBOX"),
        (mail(imap_account.user, "camille.martin@exemple.fr", "Réponse"), "Sent"),
        (mail("atelier@exemple.org", imap_account.user, "Atelier", cc="camille.martin@exemple.fr"), "INBOX"),
        (mail("Camille MD <camille.md@exemple.org>", imap_account.user, "Autre Camille"), "INBOX"),
        (mail("x.camille.martin@exemple.fr", imap_account.user, "Adresse voisine"), "INBOX"),
    ]:
        dovecot.append(raw, folder=folder, user=imap_account.user)
    return imap_account


def test_imap_lookup_finds_from_to_and_cc_only(mailbox: ImapAccount, dovecot: DovecotServer) -> None:
    """IMAP SEARCH finds the three messages exchanged with her; similar addresses are not hers."""
    connector = MailboxImapConnector(mailbox.host, mailbox.port, mailbox.user, mailbox.password, security="plain",
                                     folders=["INBOX", "Sent"])
    records = connector.lookup(CAMILLE)
    subjects = sorted(r.fields["subject"] for r in records)
    assert subjects == ["Atelier", "Question", "Réponse"]
    assert all(r.matched_on == [MatchField.EMAIL] for r in records)
    provided = {r.fields["subject"]: r.provided_by_subject for r in records}
    assert provided == {"Question": True, "Réponse": False, "Atelier": False}
    with dovecot.client(mailbox.user) as client:
        client.select_folder("INBOX", readonly=True)
        assert client.search(["SEEN"]) == [], "looking must not mark anything as read"


def test_imap_missing_folder_is_a_note(mailbox: ImapAccount) -> None:
    """A folder that does not exist is reported, the others are still searched."""
    connector = MailboxImapConnector(mailbox.host, mailbox.port, mailbox.user, mailbox.password, security="plain",
                                     folders=["Archives", "INBOX"])
    assert len(connector.lookup(CAMILLE)) == 2
    assert any("Archives" in note for note in connector.notes)


def test_imap_wrong_password_is_permanent(mailbox: ImapAccount) -> None:
    """Refused credentials are a permanent error (no retry), in French."""
    connector = MailboxImapConnector(mailbox.host, mailbox.port, mailbox.user, "wrong", security="plain")
    with pytest.raises(PermanentConnectorError):
        connector.lookup(CAMILLE)


def test_stored_mode_reads_the_recorded_messages(tmp_path: Path) -> None:
    """For offline sources, the messages recorded by the store from that address are found."""
    db = Database(f"sqlite:///{tmp_path / 'dsr.db'}")
    now = datetime(2026, 11, 26, tzinfo=timezone.utc)
    with db.begin() as conn:
        record_message(conn, mail("Camille Martin <Camille.Martin@exemple.fr>", "pro@x.test", "Un"), source="file",
                       received_at=now, now=now, subject="Un", from_addr="camille.martin@exemple.fr")
        record_message(conn, mail("camille.md@exemple.org", "pro@x.test", "Deux"), source="file",
                       received_at=now, now=now, subject="Deux", from_addr="camille.md@exemple.org")

    def search(address: str) -> list[dict]:  # type: ignore[type-arg]
        with db.begin() as conn:
            return search_by_address(conn, address)

    records = MailboxStoredConnector(search).lookup(CAMILLE)
    assert [r.fields["subject"] for r in records] == ["Un"]
    assert records[0].provided_by_subject
