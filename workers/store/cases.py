"""Cases, their gap-free references and their hash-chained history.

A reference ``DSR-YYYY-NNNN`` comes from a per-year counter incremented in the same
transaction that inserts the case: a rollback gives the number back (no gap), and the
counter row's lock (PostgreSQL) or the database write lock (SQLite) means no two
transactions get the same number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, select, update

from flows.case_machine import Event, apply
from flows.event_chain import ChainEvent, ChainCheck, next_event, verify_chain
from flows.models import CaseState
from workers.store.schema import case_counters, case_events, cases
from workers.store.util import upsert


def allocate_ref(conn: Connection, year: int) -> str:
    """The next reference of ``year``, without gaps or duplicates under concurrency."""
    number = upsert(conn, case_counters, {"year": year, "last": 1}, ["year"],
                    {"last": case_counters.c.last + 1}, returning=case_counters.c.last)
    return f"DSR-{year}-{number:04d}"


@dataclass(frozen=True)
class Opened:
    id: int
    ref: str
    created: bool


def case_by_first_message(conn: Connection, message_pk: int) -> dict[str, Any] | None:
    row = conn.execute(select(cases).where(cases.c.first_message_id == message_pk)).mappings().first()
    return dict(row) if row else None


def open_case(
    conn: Connection,
    *,
    message_pk: int,
    at: datetime,
    received_at: datetime,
    receipt_date: date,
    due_date: date | None,
    outcome: str,
    rights: list[str],
    language: str,
    requester_email: str | None,
    requester_name: str | None,
    actor: str = "recognition",
    payload: dict[str, Any] | None = None,
) -> Opened:
    """Open the case of a message, once: a second call returns the first case."""
    existing = case_by_first_message(conn, message_pk)
    if existing is not None:
        return Opened(existing["id"], existing["ref"], False)
    ref = allocate_ref(conn, receipt_date.year)
    state = apply(None, Event.OPENED)
    case_id = conn.execute(
        cases.insert()
        .values(
            ref=ref, first_message_id=message_pk, state=state.value, outcome=outcome,
            flagged_review=outcome == "review", rights=rights, language=language,
            received_at=received_at, receipt_date=receipt_date, due_date=due_date, extended=False,
            paused_days=0, requester_email=requester_email, requester_name=requester_name,
            identity_status="pending", created_at=at, updated_at=at,
        )
        .returning(cases.c.id)
    ).scalar_one()
    append_event(conn, case_id, Event.OPENED.value, actor=actor, at=at, payload=payload or {})
    return Opened(case_id, ref, True)


def get_case(conn: Connection, key: int | str) -> dict[str, Any] | None:
    column = cases.c.id if isinstance(key, int) else cases.c.ref
    row = conn.execute(select(cases).where(column == key)).mappings().first()
    return dict(row) if row else None


def list_cases(conn: Connection, *, states: list[str] | None = None) -> list[dict[str, Any]]:
    query = select(cases).order_by(cases.c.due_date.asc().nulls_last(), cases.c.id)
    if states:
        query = query.where(cases.c.state.in_(states))
    return [dict(r) for r in conn.execute(query).mappings()]


def update_case(conn: Connection, case_id: int, at: datetime, **values: Any) -> None:
    conn.execute(update(cases).where(cases.c.id == case_id).values(updated_at=at, **values))


# Events -----------------------------------------------------------------------------------


def _chain_event(row: Any, ref: str) -> ChainEvent:
    return ChainEvent(
        case_ref=ref, seq=row["seq"], kind=row["kind"], at=row["at"], actor=row["actor"],
        payload=row["payload"], prev_hash=row["prev_hash"], hash=row["hash"],
    )


def events(conn: Connection, case_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(select(case_events).where(case_events.c.case_id == case_id).order_by(case_events.c.seq))
    return [dict(r) for r in rows.mappings()]


def append_event(
    conn: Connection, case_id: int, kind: str, *, actor: str, at: datetime, payload: dict[str, Any] | None = None
) -> ChainEvent:
    """Append an event to the case's chain, hashed over the previous one."""
    # Lock the case row first (PostgreSQL): concurrent appends to one case queue up here
    # instead of both reading the same last event and colliding on (case, seq).
    # SQLite transactions are already serialised (BEGIN IMMEDIATE).
    ref = conn.execute(select(cases.c.ref).where(cases.c.id == case_id).with_for_update()).scalar_one()
    last = conn.execute(
        select(case_events).where(case_events.c.case_id == case_id).order_by(case_events.c.seq.desc()).limit(1)
    ).mappings().first()
    previous = _chain_event(last, ref) if last else None
    event = next_event(previous, case_ref=ref, kind=kind, at=at, actor=actor, payload=payload or {})
    conn.execute(
        case_events.insert().values(
            case_id=case_id, seq=event.seq, kind=event.kind, at=event.at, actor=event.actor,
            payload=event.payload, prev_hash=event.prev_hash, hash=event.hash,
        )
    )
    return event


class StaleCase(Exception):
    """The case moved under us; the caller re-reads and decides again."""


def move(
    conn: Connection, case_id: int, event: Event, *, actor: str, at: datetime,
    payload: dict[str, Any] | None = None, **values: Any,
) -> CaseState:
    """Apply ``event`` (the state machine refuses forbidden moves), record it, update the case."""
    current = conn.execute(select(cases.c.state).where(cases.c.id == case_id)).scalar_one()
    new_state = apply(CaseState(current), event)
    result = conn.execute(
        update(cases)
        .where(cases.c.id == case_id, cases.c.state == current)
        .values(state=new_state.value, updated_at=at, **values)
    )
    if result.rowcount != 1:
        raise StaleCase(case_id)
    body = {"from": current, "to": new_state.value, **(payload or {})}
    append_event(conn, case_id, event.value, actor=actor, at=at, payload=body)
    return new_state


def verify(conn: Connection, case_id: int) -> ChainCheck:
    ref = conn.execute(select(cases.c.ref).where(cases.c.id == case_id)).scalar_one()
    return verify_chain([_chain_event(r, ref) for r in events(conn, case_id)])
