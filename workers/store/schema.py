"""Tables of the store, in SQLAlchemy Core. Alembic migrations create them.

Every table is written so that each step of the workflow can check "already done" with a
unique key: a raw message by its content hash, a case by its first message, an event by
(case, seq), a draft by (case, dedup key), a connector result by (case, system), a
scheduled job by (job, period).
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    BigInteger,
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes stored in UTC; SQLite (which keeps no zone) gives them back aware."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; pass an aware one")
        return value.astimezone(timezone.utc)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


TZDateTime = UTCDateTime()

#: Raw bytes of everything received, content-addressed (sha256 hex).
blobs = Table(
    "blobs",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("size", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("created_at", TZDateTime, nullable=False),
)

#: Every message received, whatever it is. ``status``: recorded, recognised, quarantined.
messages = Table(
    "messages",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("sha256", String(64), ForeignKey("blobs.sha256"), nullable=False, unique=True),
    Column("message_id", String(998), nullable=True, index=True),
    Column("source", String(32), nullable=False),  # imap, file, maildir, mbox
    Column("mailbox", String(255), nullable=True),
    Column("uidvalidity", BigInteger, nullable=True),  # IMAP: up to 2**32 - 1
    Column("uid", BigInteger, nullable=True),
    Column("received_at", TZDateTime, nullable=False),
    Column("recorded_at", TZDateTime, nullable=False),
    Column("size", Integer, nullable=False),
    Column("status", String(32), nullable=False, default="recorded"),
    Column("quarantine_reason", Text, nullable=True),
    Column("subject", Text, nullable=True),
    Column("from_addr", String(320), nullable=True, index=True),
    Column("outcome", String(16), nullable=True),
    Column("recognition", JSON, nullable=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=True, index=True),
    Column("redacted", Boolean, nullable=False, default=False),
)

#: Where the watcher is in each folder: UIDVALIDITY and the last UID fully handled.
checkpoints = Table(
    "checkpoints",
    metadata,
    Column("mailbox", String(255), primary_key=True),
    Column("uidvalidity", BigInteger, nullable=False),
    Column("last_uid", BigInteger, nullable=False),
    Column("updated_at", TZDateTime, nullable=False),
)

#: Gap-free case references: one counter row per year.
case_counters = Table(
    "case_counters",
    metadata,
    Column("year", Integer, primary_key=True),
    Column("last", Integer, nullable=False),
)

cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("ref", String(32), nullable=False, unique=True),
    Column("first_message_id", Integer, nullable=True, unique=True),
    Column("state", String(32), nullable=False),
    Column("outcome", String(16), nullable=False),  # request or review
    Column("flagged_review", Boolean, nullable=False, default=False),
    Column("rights", JSON, nullable=False),
    Column("language", String(8), nullable=False),
    Column("received_at", TZDateTime, nullable=False),
    Column("receipt_date", Date, nullable=False),
    Column("due_date", Date, nullable=True),
    Column("extended", Boolean, nullable=False, default=False),
    Column("paused_days", Integer, nullable=False, default=0),
    Column("paused_since", Date, nullable=True),
    Column("requester_email", String(320), nullable=True, index=True),
    Column("requester_name", Text, nullable=True),
    Column("identity_status", String(32), nullable=False, default="pending"),
    Column("identity_note", Text, nullable=True),
    Column("acknowledged_at", TZDateTime, nullable=True),
    Column("answered_at", TZDateTime, nullable=True),
    Column("closed_at", TZDateTime, nullable=True),
    Column("result", String(32), nullable=True),
    Column("problem", Text, nullable=True),
    Column("created_at", TZDateTime, nullable=False),
    Column("updated_at", TZDateTime, nullable=False),
)

#: Append-only history of each case, hash-chained (see flows.event_chain).
case_events = Table(
    "case_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("kind", String(64), nullable=False),
    Column("at", TZDateTime, nullable=False),
    Column("actor", String(64), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("prev_hash", String(64), nullable=True),
    Column("hash", String(64), nullable=False),
    UniqueConstraint("case_id", "seq", name="uq_case_events_case_seq"),
)

drafts = Table(
    "drafts",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("kind", String(64), nullable=False),
    Column("dedup_key", String(128), nullable=False),
    Column("language", String(8), nullable=False),
    Column("status", String(16), nullable=False),
    Column("subject", Text, nullable=False),
    Column("body", Text, nullable=False),
    Column("attachments", JSON, nullable=False),
    Column("to_addr", String(320), nullable=True),
    Column("outgoing_message_id", String(998), nullable=True, unique=True),
    Column("send_attempts", Integer, nullable=False, default=0),
    Column("sending_since", TZDateTime, nullable=True),  # set just before DATA, cleared after
    Column("send_uncertain", Boolean, nullable=False, default=False),
    Column("last_error", Text, nullable=True),
    Column("created_at", TZDateTime, nullable=False),
    Column("updated_at", TZDateTime, nullable=False),
    Column("approved_at", TZDateTime, nullable=True),
    Column("sent_at", TZDateTime, nullable=True),
    Column("appended_to_sent", Boolean, nullable=False, default=False),
    UniqueConstraint("case_id", "dedup_key", name="uq_drafts_case_dedup"),
)

#: What each connector found for a case; one row per (case, system).
connector_results = Table(
    "connector_results",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
    Column("system", String(64), nullable=False),
    Column("status", String(16), nullable=False),  # pending, ok, error
    Column("attempts", Integer, nullable=False, default=0),
    Column("records", JSON, nullable=False),
    Column("error", Text, nullable=True),
    Column("updated_at", TZDateTime, nullable=False),
    UniqueConstraint("case_id", "system", name="uq_connector_results_case_system"),
)

#: Identity documents waiting to be checked; deleted (row and blob) once checked.
identity_documents = Table(
    "identity_documents",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False, index=True),
    Column("message_id", Integer, ForeignKey("messages.id"), nullable=False),
    Column("filename", Text, nullable=False),
    Column("content_type", String(255), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("received_at", TZDateTime, nullable=False),
)

#: Message-ids of the emails we sent, so replies find their case.
outgoing_ids = Table(
    "outgoing_ids",
    metadata,
    Column("message_id", String(998), primary_key=True),
    Column("case_id", Integer, ForeignKey("cases.id"), nullable=False),
)

#: Periodic jobs done, one row per (job, period): two schedulers never do one twice.
job_runs = Table(
    "job_runs",
    metadata,
    Column("job", String(64), primary_key=True),
    Column("period", String(64), primary_key=True),
    Column("done_at", TZDateTime, nullable=False),
    Column("detail", JSON, nullable=True),
)

#: What the 3-year purge removed: only a count and a date.
register_purges = Table(
    "register_purges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("purged_at", TZDateTime, nullable=False),
    Column("count", Integer, nullable=False),
)

#: Web desk sessions. The cookie carries a random token; the row only its sha256 (``id``),
#: so a copy of the database opens nothing. ``password_fingerprint`` (sha256 of the argon2
#: hash in force at login) ends every session when the password changes.
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("password_fingerprint", String(64), nullable=False),
    Column("created_at", TZDateTime, nullable=False),
    Column("last_seen_at", TZDateTime, nullable=False),
    Column("expires_at", TZDateTime, nullable=False),
)

#: Wrong passwords in a row per client, for the login throttle. ``client`` is a keyed hash
#: (HMAC) of the client's address, never the address itself.
login_failures = Table(
    "login_failures",
    metadata,
    Column("client", String(64), primary_key=True),
    Column("failures", Integer, nullable=False),
    Column("last_failed_at", TZDateTime, nullable=False),
    Column("locked_until", TZDateTime, nullable=True),
)

Index("ix_messages_status", messages.c.status)
Index("ix_cases_state", cases.c.state)
