"""The hash-chained event log of a case: tampering, deletion and reordering are detected."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest

from flows.event_chain import ChainEvent, canonical_json, event_hash, next_event, verify_chain
from flows.models import CaseState

T0 = datetime(2027, 1, 31, 23, 30, tzinfo=UTC)


def _chain(n: int = 5, case_ref: str = "DSR-2027-0001") -> list[ChainEvent]:
    events: list[ChainEvent] = []
    previous: ChainEvent | None = None
    for i in range(n):
        previous = next_event(
            previous,
            case_ref=case_ref,
            kind=f"k{i}",
            at=T0 + timedelta(hours=i),
            actor="system",
            payload={"i": i, "note": "données"},
        )
        events.append(previous)
    return events


def test_event_hash_is_sha256_of_the_documented_canonical_json() -> None:
    """The hash is sha256 over sorted, compact, UTF-8 JSON with the time as a UTC instant."""
    expected_text = (
        '{"actor":"practitioner","at":"2027-01-31T23:30:00.000000+00:00","case":"C1","kind":"opened",'
        '"payload":{"a":1,"é":"ü"},"prev":null,"seq":1}'
    )
    expected = hashlib.sha256(expected_text.encode("utf-8")).hexdigest()
    assert event_hash(None, "C1", 1, "opened", T0, "practitioner", {"é": "ü", "a": 1}) == expected


def test_same_instant_in_another_offset_hashes_the_same() -> None:
    """A time read back in Paris time hashes like the UTC original."""
    paris = T0.astimezone(timezone(timedelta(hours=1)))
    assert event_hash(None, "C1", 1, "k", paris, "a", {}) == event_hash(
        None, "C1", 1, "k", T0, "a", {}
    )


def test_hash_depends_on_every_field() -> None:
    """Changing any one field changes the hash."""
    base: dict[str, Any] = {
        "prev_hash": "00",
        "case_ref": "C1",
        "seq": 1,
        "kind": "k",
        "at": T0,
        "actor": "a",
        "payload": {"x": 1},
    }
    reference = event_hash(**base)
    variants: list[dict[str, Any]] = [
        {"prev_hash": None},
        {"prev_hash": "01"},
        {"case_ref": "C2"},
        {"seq": 2},
        {"kind": "j"},
        {"at": T0 + timedelta(microseconds=1)},
        {"actor": "b"},
        {"payload": {"x": 2}},
        {"payload": {"x": 1, "y": None}},
    ]
    for change in variants:
        assert event_hash(**{**base, **change}) != reference, change


def test_payload_with_dates_and_enums() -> None:
    """Dates, datetimes and enums in a payload have one canonical form."""
    text = canonical_json({"d": date(2027, 3, 1), "s": CaseState.CLOSED, "t": T0, "l": (1, 2)})
    assert (
        text == b'{"d":"2027-03-01","l":[1,2],"s":"closed","t":"2027-01-31T23:30:00.000000+00:00"}'
    )


@pytest.mark.parametrize("bad", [{1: "x"}, {"x": {1, 2}}, {"x": float("nan")}, {"x": object()}])
def test_payload_without_canonical_form_is_refused(bad: dict[Any, Any]) -> None:
    """Values that could hash differently on another run are refused, not guessed."""
    with pytest.raises((TypeError, ValueError)):
        canonical_json(bad)


def test_naive_time_refused() -> None:
    """An event time must be aware."""
    with pytest.raises(ValueError):
        event_hash(None, "C1", 1, "k", datetime(2027, 1, 1), "a", {})


def test_intact_chain_verifies() -> None:
    """An untouched chain is ok, checks every event and reports its head."""
    events = _chain()
    check = verify_chain(events)
    assert check.ok and check.broken_seq is None
    assert check.checked == 5
    assert check.head == events[-1].hash
    assert [e.seq for e in events] == [1, 2, 3, 4, 5]
    assert events[0].prev_hash is None and events[3].prev_hash == events[2].hash


def test_empty_chain_verifies() -> None:
    """No events is a valid (empty) chain with no head."""
    assert verify_chain([]).ok
    assert verify_chain([]).head is None


def _tampered_payload() -> tuple[list[ChainEvent], int]:
    events = _chain()
    events[2] = events[2].model_copy(update={"payload": {"i": 2, "note": "modifié"}})
    return events, 3


def _tampered_actor_rehashed() -> tuple[list[ChainEvent], int]:
    # The attacker recomputes the event's own hash: the next event no longer links to it.
    events = _chain()
    forged = events[1].model_copy(update={"actor": "practitioner"})
    events[1] = forged.model_copy(update={"hash": forged.computed_hash()})
    return events, 3


def _deleted_middle() -> tuple[list[ChainEvent], int]:
    events = _chain()
    del events[2]
    return events, 4


def _deleted_first() -> tuple[list[ChainEvent], int]:
    return _chain()[1:], 2


def _reordered() -> tuple[list[ChainEvent], int]:
    events = _chain()
    events[1], events[2] = events[2], events[1]
    return events, 3


def _renumbered_after_delete() -> tuple[list[ChainEvent], int]:
    events = _chain()
    del events[1]
    events[1] = events[1].model_copy(update={"seq": 2})
    return events, 2


def _foreign_event() -> tuple[list[ChainEvent], int]:
    events = _chain()
    events[3] = _chain(case_ref="DSR-2027-0002")[3]
    return events, 4


def _time_changed() -> tuple[list[ChainEvent], int]:
    events = _chain()
    events[4] = events[4].model_copy(update={"at": T0 - timedelta(days=1)})
    return events, 5


TAMPERING = [
    ("payload modified", _tampered_payload),
    ("actor modified and rehashed", _tampered_actor_rehashed),
    ("middle event deleted", _deleted_middle),
    ("first event deleted", _deleted_first),
    ("two events swapped", _reordered),
    ("deleted then renumbered", _renumbered_after_delete),
    ("event of another case", _foreign_event),
    ("time backdated", _time_changed),
]


@pytest.mark.parametrize(("why", "make"), TAMPERING)
def test_tampering_detected(why: str, make: Any) -> None:
    """Each kind of tampering breaks the chain at the first affected seq."""
    events, first_broken = make()
    check = verify_chain(events)
    assert not check.ok, why
    assert check.broken_seq == first_broken, (why, check.reason)
    assert check.reason


def test_dropped_tail_needs_the_known_head() -> None:
    """Removing the last events is invisible without the head, detected with it."""
    events = _chain()
    head = events[-1].hash
    assert verify_chain(events[:3]).ok
    check = verify_chain(events[:3], expected_head=head)
    assert not check.ok
    assert check.broken_seq == 4
    assert verify_chain(events, expected_head=head).ok


def test_next_event_stores_the_json_ready_payload() -> None:
    """Dates and enums are stored in the form they were hashed in, so a JSON column keeps them."""
    event = next_event(
        None,
        case_ref="C1",
        kind="moved",
        at=T0,
        actor="system",
        payload={"due": date(2027, 3, 1), "to": CaseState.CLOSED},
    )
    assert event.payload == {"due": "2027-03-01", "to": "closed"}
    assert type(event.payload["to"]) is str
    assert verify_chain([event]).ok


def test_next_event_refuses_another_case() -> None:
    """An event cannot be chained to another case's event."""
    first = _chain(1)[0]
    with pytest.raises(ValueError):
        next_event(first, case_ref="OTHER", kind="k", at=T0, actor="a")
