"""The tamper-evident event log of a case: each event hash-chained to the previous one.

``hash = sha256(canonical JSON of {prev, case, seq, kind, at, actor, payload})``. Canonical
JSON sorts keys, has no spaces, keeps non-ASCII characters as UTF-8 and writes ``at`` (and any
datetime inside the payload) as an ISO 8601 instant in UTC with microseconds, so that a time
read back from the database in another offset hashes the same.

`verify_chain` recomputes every hash and names the first sequence number that does not
hold: a modified payload, a deleted or reordered event, a foreign event. Dropping the most
recent events cannot be seen from the chain alone: pass the head hash kept elsewhere
(``expected_head``) to detect that too.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

#: Sequence number of the first event of a case.
FIRST_SEQ = 1


def _utc(at: datetime) -> str:
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValueError("event times must be timezone-aware")
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def _plain(value: Any) -> Any:
    """Turn ``value`` into JSON-ready data, refusing what has no single canonical form."""
    if isinstance(value, Enum):
        return _plain(value.value)
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("NaN and infinities have no canonical JSON form")
        return value
    if isinstance(value, datetime):
        return _utc(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise TypeError(f"payload keys must be strings, not {type(key).__name__}")
            out[key] = _plain(item)
        return out
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    raise TypeError(f"cannot hash a {type(value).__name__} in an event payload")


def canonical_json(data: Mapping[str, Any]) -> bytes:
    """The canonical UTF-8 JSON encoding the hashes are computed over."""
    text = json.dumps(
        _plain(data), sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def event_hash(
    prev_hash: str | None,
    case_ref: str,
    seq: int,
    kind: str,
    at: datetime,
    actor: str,
    payload: Mapping[str, Any],
) -> str:
    """Hex sha256 of one event, bound to the hash of the event before it (None for the first)."""
    body = {
        "prev": prev_hash,
        "case": case_ref,
        "seq": seq,
        "kind": kind,
        "at": at,
        "actor": actor,
        "payload": payload,
    }
    return hashlib.sha256(canonical_json(body)).hexdigest()


class ChainEvent(BaseModel):
    """One stored event of a case's chain."""

    model_config = ConfigDict(frozen=True)

    case_ref: str
    seq: int = Field(ge=0)
    kind: str
    at: datetime
    actor: str
    payload: dict[str, Any] = Field(default_factory=dict)
    prev_hash: str | None = None
    hash: str

    @field_validator("at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        _utc(value)
        return value

    def computed_hash(self) -> str:
        """The hash this event should carry, from its own fields."""
        return event_hash(
            self.prev_hash, self.case_ref, self.seq, self.kind, self.at, self.actor, self.payload
        )


def next_event(
    previous: ChainEvent | None,
    *,
    case_ref: str,
    kind: str,
    at: datetime,
    actor: str,
    payload: Mapping[str, Any] | None = None,
) -> ChainEvent:
    """The event that follows ``previous`` (``None`` for a case's first event), hashed."""
    if previous is not None and previous.case_ref != case_ref:
        raise ValueError("an event chains only to an event of the same case")
    seq = FIRST_SEQ if previous is None else previous.seq + 1
    prev_hash = None if previous is None else previous.hash
    data: dict[str, Any] = _plain(dict(payload or {}))  # stored exactly as hashed (JSON-ready)
    digest = event_hash(prev_hash, case_ref, seq, kind, at, actor, data)
    return ChainEvent(
        case_ref=case_ref,
        seq=seq,
        kind=kind,
        at=at,
        actor=actor,
        payload=data,
        prev_hash=prev_hash,
        hash=digest,
    )


class ChainCheck(BaseModel):
    """The verdict on a chain: ``ok``, or the first broken seq and why."""

    model_config = ConfigDict(frozen=True)

    ok: bool
    checked: int = 0
    broken_seq: int | None = None
    reason: str | None = None
    head: str | None = None


def verify_chain(events: Sequence[ChainEvent], *, expected_head: str | None = None) -> ChainCheck:
    """Check ``events`` (one case, in stored order) and name the first seq that breaks.

    Breaks: a hash that does not match the event's fields (tampered), a ``prev_hash`` that
    is not the previous event's hash (deleted, inserted or reordered), a seq that does not
    follow, an event of another case, a first event that claims a predecessor, or a last
    hash that differs from ``expected_head`` (events dropped at the end).
    """
    previous: ChainEvent | None = None
    for index, event in enumerate(events):

        def broken(reason: str, event: ChainEvent = event, index: int = index) -> ChainCheck:
            return ChainCheck(ok=False, checked=index, broken_seq=event.seq, reason=reason)

        if previous is None:
            if event.prev_hash is not None:
                return broken("first event points to a previous one")
        else:
            if event.case_ref != previous.case_ref:
                return broken("event of another case")
            if event.seq != previous.seq + 1:
                return broken(f"seq {event.seq} does not follow {previous.seq}")
            if event.prev_hash != previous.hash:
                return broken("previous hash does not match")
        if event.computed_hash() != event.hash:
            return broken("event content does not match its hash")
        previous = event
    head = None if previous is None else previous.hash
    if expected_head is not None and head != expected_head:
        seq = FIRST_SEQ if previous is None else previous.seq + 1
        return ChainCheck(
            ok=False, checked=len(events), broken_seq=seq, reason="chain ends before the known head"
        )
    return ChainCheck(ok=True, checked=len(events), head=head)
