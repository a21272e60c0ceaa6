"""Threading: the keys that join a message to an existing case.

Two ways in: a case reference in the subject (``[DSR-2026-0007]``, put there by our own
messages) and the message-ids in In-Reply-To / References, which the store maps back to the
messages we sent for a case.
"""

from __future__ import annotations

import re

from flows.reading import ParsedMessage

CASE_REF_RE = re.compile(r"\[?\b(DSR)[-_ ]?(\d{4})[-_ ](\d{1,6})\b\]?", re.IGNORECASE)


def format_case_ref(year: int, number: int) -> str:
    """The canonical reference, e.g. ``DSR-2026-0007``."""
    return f"DSR-{year:04d}-{number:04d}"


def case_ref_from_subject(subject: str) -> str | None:
    """The first case reference in ``subject``, normalised (``DSR-2026-0007``), or ``None``."""
    match = CASE_REF_RE.search(subject or "")
    if match is None:
        return None
    return format_case_ref(int(match.group(2)), int(match.group(3)))


def thread_keys(msg: ParsedMessage) -> list[str]:
    """In-Reply-To then References message-ids, without duplicates, most recent first."""
    keys: list[str] = []
    candidates = ([msg.in_reply_to] if msg.in_reply_to else []) + list(reversed(msg.references))
    for key in candidates:
        if key not in keys:
            keys.append(key)
    return keys
