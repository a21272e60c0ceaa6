"""Identity documents: kept only until checked, then deleted from the database and the disk.

A document arrives as an attachment of a reply. It is kept in ``identity_documents`` for
the practitioner to look at; once she marks it checked, the row is deleted and the raw
message that carried it is rewritten without the attachment (a short note takes its
place), so no copy survives in the store. SQLite runs with ``secure_delete`` and its WAL is
checkpointed, so the bytes are overwritten on disk too; PostgreSQL is vacuumed.
"""

from __future__ import annotations

import email
import time
import email.policy
from datetime import date
from typing import Any

from sqlalchemy import Connection, delete, select, text, update

from workers.store.db import Database
from workers.store.schema import blobs, identity_documents, messages

ID_TYPES = ("application/pdf", "image/")


def is_identity_part(part: Any) -> bool:
    """A PDF or image attached to a message: what may be an identity document."""
    return (not part.is_multipart() and part.get_content_type().startswith(ID_TYPES)
            and part.get_content_disposition() in ("attachment", "inline"))


def strip_documents(raw: bytes, note: str) -> bytes:
    """The message without its PDF and image attachments, each replaced by ``note``."""
    message: Any = email.message_from_bytes(raw, policy=email.policy.default)
    for part in list(message.walk()):
        if is_identity_part(part):
            part.set_content(note, subtype="plain", charset="utf-8")
            del part["Content-Disposition"]
    return bytes(message.as_bytes())


def delete_documents(conn: Connection, case_id: int, checked_on: date) -> int:
    """Delete the case's identity documents and redact the messages that carried them."""
    rows = conn.execute(select(identity_documents.c.id, identity_documents.c.message_id)
                        .where(identity_documents.c.case_id == case_id)).all()
    note = f"[Pièce d'identité supprimée après vérification le {checked_on.strftime('%d/%m/%Y')}.]"
    for message_pk in {r.message_id for r in rows}:
        digest = conn.execute(select(messages.c.sha256).where(messages.c.id == message_pk)).scalar_one()
        raw = bytes(conn.execute(select(blobs.c.data).where(blobs.c.sha256 == digest)).scalar_one())
        redacted = strip_documents(raw, note)
        # The key stays the hash of what was received (so a re-fetch is still recognised);
        # the ``redacted`` flag says the bytes no longer match it.
        conn.execute(update(blobs).where(blobs.c.sha256 == digest).values(data=redacted, size=len(redacted)))
        conn.execute(update(messages).where(messages.c.id == message_pk).values(redacted=True))
    conn.execute(delete(identity_documents).where(identity_documents.c.case_id == case_id))
    return len(rows)


def scrub_disk(db: Database) -> None:
    """Make deleted bytes unrecoverable from the database files."""
    if db.dialect == "sqlite":
        # Outside any transaction; retried while a reader keeps the WAL busy.
        raw = db.engine.raw_connection()
        try:
            for _attempt in range(50):
                busy = raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    break
                time.sleep(0.1)
        finally:
            raw.close()
    else:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM identity_documents"))
            conn.execute(text("VACUUM blobs"))
