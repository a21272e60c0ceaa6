"""Fetching message bytes and INTERNALDATE in bulk, with a small parser of our own.

imapclient's general FETCH parser tokenises every response, which made it half of the time
of a backfill. The watcher asks for only two items, ``BODY.PEEK[]`` and ``INTERNALDATE``,
so it sends ``UID FETCH`` through the imaplib connection imapclient holds and reads
imaplib's raw answer here: each message is a ``(prefix, literal)`` tuple followed by the
rest of its line. The parsing (:func:`parse_fetch`, :func:`parse_internaldate`,
:func:`sequence_set`) is pure and tested apart from the network code (:func:`fetch_messages`).
"""

from __future__ import annotations

import imaplib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from imapclient import IMAPClient

_UID = re.compile(rb"\bUID (\d+)")
_INTERNALDATE = re.compile(rb'\bINTERNALDATE "([^"]*)"')
# BODY[] given as a quoted string (allowed for short content) or NIL instead of a literal.
_QUOTED_BODY = re.compile(rb'\bBODY\[\] "((?:[^"\\]|\\.)*)"')
_LITERAL_BODY = re.compile(rb"\bBODY\[\] \{\d+\}$")
_DATE = re.compile(rb" ?(\d{1,2})-([A-Za-z]{3})-(\d{4}) (\d{2}):(\d{2}):(\d{2}) ([+-])(\d{2})(\d{2})")
_MONTHS = {m: i for i, m in enumerate(
    (b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"), start=1)}


@dataclass(frozen=True)
class FetchedMessage:
    raw: bytes
    internaldate: datetime | None


class FetchFailed(imaplib.IMAP4.error):
    """The server answered the FETCH with NO or BAD (handled like a network error)."""


def sequence_set(uids: Iterable[int]) -> str:
    """``1:3,7,9:10`` for 1, 2, 3, 7, 9, 10 (RFC 3501 sequence set, ascending runs)."""
    parts: list[str] = []
    run_start = run_end = None
    for uid in sorted(set(uids)):
        if run_end is not None and uid == run_end + 1:
            run_end = uid
            continue
        if run_start is not None:
            parts.append(str(run_start) if run_start == run_end else f"{run_start}:{run_end}")
        run_start = run_end = uid
    if run_start is not None:
        parts.append(str(run_start) if run_start == run_end else f"{run_start}:{run_end}")
    if not parts:
        raise ValueError("empty sequence set")
    return ",".join(parts)


def parse_internaldate(value: bytes) -> datetime | None:
    """``"02-Mar-2026 09:30:01 +0100"`` (day may be space-padded) as an aware datetime."""
    match = _DATE.fullmatch(value)
    if not match:
        return None
    day, month_name, year, hour, minute, second, sign, off_h, off_m = match.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    offset = timedelta(hours=int(off_h), minutes=int(off_m))
    try:
        return datetime(int(year), month, int(day), int(hour), int(minute), int(second),
                        tzinfo=timezone(-offset if sign == b"-" else offset))
    except ValueError:
        return None


def _unquote(value: bytes) -> bytes:
    return re.sub(rb"\\(.)", rb"\1", value)


def parse_fetch(data: Sequence[bytes | tuple[bytes, bytes] | None]) -> dict[int, FetchedMessage]:
    """imaplib's FETCH data as ``{uid: FetchedMessage}``.

    A message with a literal comes as ``(prefix, literal)`` then ``b")"`` or the rest of the
    line (items after the literal, such as a late UID). Responses without a body (a
    concurrent flag change, ``BODY[] NIL``) are skipped: the caller sees the UID missing.
    """
    found: dict[int, FetchedMessage] = {}
    index = 0
    while index < len(data):
        item = data[index]
        index += 1
        if isinstance(item, tuple):
            prefix, body = item[0], item[1]
            rest = b""
            if index < len(data) and isinstance(data[index], bytes):
                rest = data[index]  # type: ignore[assignment]
                index += 1
            if not _LITERAL_BODY.search(prefix):
                continue  # a literal for some other item: not asked for
            line = prefix + b" " + rest
        elif isinstance(item, bytes):
            quoted = _QUOTED_BODY.search(item)
            if not quoted:
                continue
            body, line = _unquote(quoted.group(1)), item
        else:
            continue
        uid = _UID.search(line)
        if not uid:
            continue
        date = _INTERNALDATE.search(line)
        found[int(uid.group(1))] = FetchedMessage(bytes(body), parse_internaldate(date.group(1)) if date else None)
    return found


def fetch_messages(client: IMAPClient, uids: Sequence[int]) -> dict[int, FetchedMessage]:
    """``UID FETCH uids (BODY.PEEK[] INTERNALDATE)`` on the selected folder (read/unread unchanged)."""
    connection: imaplib.IMAP4 = client._imap
    status, data = connection.uid("FETCH", sequence_set(uids), "(UID INTERNALDATE BODY.PEEK[])")
    if status != "OK":
        raise FetchFailed(f"FETCH refused: {status}")
    return parse_fetch(data)
