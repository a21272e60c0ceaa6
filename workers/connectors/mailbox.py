"""The mailbox: messages from or to the person, through IMAP or the messages already stored.

IMAP mode opens each configured folder read-only (``EXAMINE``), searches
``OR OR FROM x TO x CC x`` and fetches ``BODY.PEEK[HEADER]`` only: nothing is marked read and
no body is downloaded. Stored mode calls ``search_stored(email)`` (injected by the caller, the
store of messages DSR Desk already received) which returns dicts with at least ``id``.
Deleting messages is left to the practitioner, in her mail client.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
import email.policy
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import Any

from flows.connectors import PermanentConnectorError, TransientConnectorError
from flows.matching import Matcher, normalize_email
from flows.models import Identity, MatchField, Record
from workers.connectors.base import BaseConnector

SYSTEM = "mailbox"
HEADERS = ("From", "To", "Cc", "Date", "Subject", "Message-ID")
SearchStored = Callable[[str], list[dict[str, Any]]]
ClientFactory = Callable[[], Any]


def _addresses(value: str | None) -> list[str]:
    return [normalize_email(addr) for _, addr in getaddresses([value or ""]) if addr]


class MailboxStoredConnector(BaseConnector):
    system = SYSTEM
    mode = "stored"
    where = "la messagerie"

    def __init__(self, search_stored: SearchStored) -> None:
        self.search_stored = search_stored

    def lookup(self, identity: Identity) -> list[Record]:
        matcher = Matcher.for_identity(identity)
        records = []
        for message in self.search_stored(matcher.email):
            sender = _addresses(message.get("from"))
            records.append(Record(system=SYSTEM, id=str(message["id"]), kind="message",
                                  fields={k: v for k, v in message.items() if k != "id"},
                                  matched_on=[MatchField.EMAIL],
                                  provided_by_subject=matcher.email in sender))
        return records


class MailboxImapConnector(BaseConnector):
    system = SYSTEM
    mode = "imap"
    where = "la messagerie"

    def __init__(self, host: str, port: int, user: str, password: str, security: str = "tls",
                 folders: list[str] | None = None, timeout: float = 20.0, max_messages: int = 2000,
                 ssl_context: ssl.SSLContext | None = None, client_factory: ClientFactory | None = None) -> None:
        self.host, self.port, self.user, self._password = host, port, user, password
        self.security = security
        self.folders = folders or ["INBOX"]
        self.timeout = timeout
        self.max_messages = max_messages
        self.ssl_context = ssl_context
        self.client_factory = client_factory
        self.notes: list[str] = []

    def _connect(self) -> Any:
        if self.client_factory is not None:
            return self.client_factory()
        from imapclient import IMAPClient
        from imapclient.exceptions import LoginError

        try:
            client = IMAPClient(self.host, port=self.port, ssl=self.security == "tls",
                                ssl_context=self.ssl_context, timeout=self.timeout)
            if self.security == "starttls":
                client.starttls(self.ssl_context)
            client.login(self.user, self._password)
        except LoginError as exc:
            raise PermanentConnectorError(SYSTEM, "identifiants IMAP refusés") from exc
        except (OSError, TimeoutError) as exc:
            raise TransientConnectorError(SYSTEM, type(exc).__name__) from exc
        return client

    def lookup(self, identity: Identity) -> list[Record]:
        matcher = Matcher.for_identity(identity)
        client = self._connect()
        self.notes = []
        records: list[Record] = []
        parser = BytesHeaderParser(policy=email.policy.default)  # encoded words decoded
        try:
            for folder in self.folders:
                try:
                    status = client.select_folder(folder, readonly=True)
                except Exception:
                    self.notes.append(f"dossier « {folder} » introuvable dans la messagerie")
                    continue
                validity = status.get(b"UIDVALIDITY", 0)
                uids = client.search(["OR", "OR", "FROM", matcher.email, "TO", matcher.email,
                                      "CC", matcher.email])
                if len(uids) > self.max_messages:
                    self.notes.append(f"{folder} : {len(uids)} messages, seuls les "
                                      f"{self.max_messages} plus récents ont été relevés")
                    uids = sorted(uids)[-self.max_messages:]
                for start in range(0, len(uids), 200):
                    batch = uids[start:start + 200]
                    for uid, data in client.fetch(batch, ["BODY.PEEK[HEADER]"]).items():
                        headers = parser.parsebytes(data.get(b"BODY[HEADER]", b""))
                        fields = {h.lower(): str(headers[h]) for h in HEADERS if headers[h] is not None}
                        fields["folder"] = folder
                        participants = (_addresses(fields.get("from")) + _addresses(fields.get("to"))
                                        + _addresses(fields.get("cc")))
                        if matcher.email not in participants:
                            continue  # IMAP SEARCH is a substring search: "xcamille@..." too
                        records.append(Record(system=SYSTEM, id=f"{folder}:{validity}:{uid}", kind="message",
                                              fields=fields, matched_on=[MatchField.EMAIL],
                                              provided_by_subject=matcher.email in _addresses(fields.get("from"))))
        except (OSError, TimeoutError) as exc:
            raise TransientConnectorError(SYSTEM, type(exc).__name__) from exc
        finally:
            try:
                client.logout()
            except Exception:
                pass
        return records
