"""The case state machine: every allowed move, and every other (state, event) refused."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta

import pytest
from pydantic import ValidationError

from flows.case_machine import (
    MOVES,
    Event,
    ForbiddenMove,
    Transition,
    allowed_events,
    apply,
    is_extended,
    pause_intervals,
    replay,
    transition,
)
from flows.deadlines import due_date, paused_days
from flows.models import CaseState

S = CaseState
E = Event

OPEN = [S.RECEIVED, S.AWAITING_IDENTITY, S.COLLECTING, S.DRAFTING, S.AWAITING_APPROVAL]

# The table written out by hand (not read from the module), one row per allowed move.
ALLOWED: list[tuple[CaseState | None, Event, CaseState]] = [
    (None, E.OPENED, S.RECEIVED),
    (S.RECEIVED, E.IDENTITY_NEEDED, S.AWAITING_IDENTITY),
    (S.AWAITING_IDENTITY, E.IDENTITY_RECEIVED, S.RECEIVED),
    (S.RECEIVED, E.IDENTITY_VERIFIED, S.COLLECTING),
    (S.AWAITING_IDENTITY, E.IDENTITY_VERIFIED, S.COLLECTING),
    (S.RECEIVED, E.COLLECTION_STARTED, S.COLLECTING),
    (S.DRAFTING, E.COLLECTION_STARTED, S.COLLECTING),
    (S.AWAITING_APPROVAL, E.COLLECTION_STARTED, S.COLLECTING),
    (S.COLLECTING, E.COLLECTION_DONE, S.DRAFTING),
    (S.DRAFTING, E.DRAFT_PROPOSED, S.AWAITING_APPROVAL),
    (S.AWAITING_APPROVAL, E.DRAFT_REJECTED, S.DRAFTING),
    (S.AWAITING_APPROVAL, E.DRAFT_APPROVED, S.AWAITING_APPROVAL),
    (S.AWAITING_APPROVAL, E.ANSWER_SENT, S.ANSWERED),
    (S.ANSWERED, E.CLOSED, S.CLOSED),
    (S.REFUSED, E.CLOSED, S.CLOSED),
    (S.WITHDRAWN, E.CLOSED, S.CLOSED),
    (S.RECEIVED, E.REFUSED, S.REFUSED),
    (S.AWAITING_IDENTITY, E.REFUSED, S.REFUSED),
    (S.COLLECTING, E.REFUSED, S.REFUSED),
    (S.DRAFTING, E.REFUSED, S.REFUSED),
    (S.AWAITING_APPROVAL, E.REFUSED, S.REFUSED),
    (S.RECEIVED, E.WITHDRAWN, S.WITHDRAWN),
    (S.AWAITING_IDENTITY, E.WITHDRAWN, S.WITHDRAWN),
    (S.COLLECTING, E.WITHDRAWN, S.WITHDRAWN),
    (S.DRAFTING, E.WITHDRAWN, S.WITHDRAWN),
    (S.AWAITING_APPROVAL, E.WITHDRAWN, S.WITHDRAWN),
    (S.RECEIVED, E.EXTENSION_NOTIFIED, S.RECEIVED),
    (S.AWAITING_IDENTITY, E.EXTENSION_NOTIFIED, S.AWAITING_IDENTITY),
    (S.COLLECTING, E.EXTENSION_NOTIFIED, S.COLLECTING),
    (S.DRAFTING, E.EXTENSION_NOTIFIED, S.DRAFTING),
    (S.AWAITING_APPROVAL, E.EXTENSION_NOTIFIED, S.AWAITING_APPROVAL),
    (S.RECEIVED, E.CLARIFICATION_ASKED, S.RECEIVED),
    (S.AWAITING_IDENTITY, E.CLARIFICATION_ASKED, S.AWAITING_IDENTITY),
    (S.COLLECTING, E.CLARIFICATION_ASKED, S.COLLECTING),
    (S.DRAFTING, E.CLARIFICATION_ASKED, S.DRAFTING),
    (S.RECEIVED, E.CLARIFICATION_RECEIVED, S.RECEIVED),
    (S.AWAITING_IDENTITY, E.CLARIFICATION_RECEIVED, S.AWAITING_IDENTITY),
    (S.COLLECTING, E.CLARIFICATION_RECEIVED, S.COLLECTING),
    (S.DRAFTING, E.CLARIFICATION_RECEIVED, S.DRAFTING),
    (S.ANSWERED, E.REOPENED, S.RECEIVED),
    (S.CLOSED, E.REOPENED, S.RECEIVED),
    (S.REFUSED, E.REOPENED, S.RECEIVED),
    (S.WITHDRAWN, E.REOPENED, S.RECEIVED),
]

ALLOWED_PAIRS = {(state, event) for state, event, _ in ALLOWED}
ALL_STATES: list[CaseState | None] = [None, *CaseState]
FORBIDDEN = [
    (state, event)
    for state, event in itertools.product(ALL_STATES, Event)
    if (state, event) not in ALLOWED_PAIRS
]

AT = datetime(2027, 1, 31, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("state", "event", "expected"), ALLOWED)
def test_allowed_move(state: CaseState | None, event: Event, expected: CaseState) -> None:
    """Each row of the hand-written table is a move the machine makes."""
    assert apply(state, event) is expected


def test_module_table_is_exactly_the_documented_one() -> None:
    """The module allows nothing beyond the hand-written table (and misses nothing)."""
    assert {(s, e): t for s, e, t in ALLOWED} == dict(MOVES)


@pytest.mark.parametrize(("state", "event"), FORBIDDEN)
def test_forbidden_move(state: CaseState | None, event: Event) -> None:
    """Every (state, event) pair outside the table raises ForbiddenMove naming both."""
    with pytest.raises(ForbiddenMove) as info:
        apply(state, event)
    assert info.value.state == state
    assert info.value.event is event
    assert event.value in str(info.value)
    assert info.value.message_fr.startswith("Impossible d")


def test_complement_is_large() -> None:
    """The forbidden set is the whole product minus the table (sanity of the generator)."""
    assert len(FORBIDDEN) + len(ALLOWED) == len(ALL_STATES) * len(Event)
    assert len(FORBIDDEN) > 100


def test_forbidden_message_in_french() -> None:
    """The practitioner reads what she tried and the state the case is in, in French."""
    with pytest.raises(ForbiddenMove) as info:
        apply(S.CLOSED, E.ANSWER_SENT)
    assert info.value.message_fr == "Impossible d'envoyer la réponse : la demande est clôturée."
    with pytest.raises(ForbiddenMove) as other:
        apply(S.ANSWERED, E.COLLECTION_DONE)
    assert (
        other.value.message_fr
        == "Impossible de terminer la collecte des données : la demande est répondue."
    )
    assert "'closed'" in str(info.value)


def test_allowed_events_of_awaiting_approval() -> None:
    """The events offered in a state are those of the table, in declaration order."""
    assert allowed_events(S.AWAITING_APPROVAL) == [
        E.EXTENSION_NOTIFIED,
        E.COLLECTION_STARTED,
        E.DRAFT_REJECTED,
        E.DRAFT_APPROVED,
        E.ANSWER_SENT,
        E.REFUSED,
        E.WITHDRAWN,
    ]
    assert allowed_events(None) == [E.OPENED]


def test_transition_records_the_move() -> None:
    """transition() applies the table and records who caused the move and when."""
    move = transition(S.RECEIVED, E.IDENTITY_NEEDED, actor="practitioner", at=AT)
    assert (move.from_state, move.to_state, move.event, move.actor, move.at) == (
        S.RECEIVED,
        S.AWAITING_IDENTITY,
        E.IDENTITY_NEEDED,
        "practitioner",
        AT,
    )


def test_transition_refuses_naive_time_and_anonymous_actor() -> None:
    """A transition must carry an aware datetime and a named actor."""
    with pytest.raises(ValidationError):
        Transition(
            from_state=None,
            to_state=S.RECEIVED,
            event=E.OPENED,
            actor="system",
            at=datetime(2027, 1, 1),
        )
    with pytest.raises(ValidationError):
        Transition(from_state=None, to_state=S.RECEIVED, event=E.OPENED, actor=" ", at=AT)


def _run(
    events: list[Event], start: datetime = AT, step: timedelta = timedelta(days=1)
) -> list[Transition]:
    moves: list[Transition] = []
    state: CaseState | None = None
    for index, event in enumerate(events):
        move = transition(state, event, actor="system", at=start + index * step)
        moves.append(move)
        state = move.to_state
    return moves


def test_replay_of_a_full_case() -> None:
    """A whole life (identity asked, answered, closed) replays to CLOSED."""
    moves = _run(
        [
            E.OPENED,
            E.IDENTITY_NEEDED,
            E.IDENTITY_RECEIVED,
            E.IDENTITY_VERIFIED,
            E.COLLECTION_DONE,
            E.DRAFT_PROPOSED,
            E.DRAFT_REJECTED,
            E.DRAFT_PROPOSED,
            E.DRAFT_APPROVED,
            E.ANSWER_SENT,
            E.CLOSED,
        ]
    )
    assert replay(moves) is S.CLOSED


def test_replay_detects_a_gap() -> None:
    """A transition that does not start where the previous one ended is refused."""
    moves = _run([E.OPENED, E.COLLECTION_STARTED, E.COLLECTION_DONE])
    with pytest.raises(ForbiddenMove):
        replay([moves[0], moves[2]])


def test_replay_detects_a_forged_target() -> None:
    """A record claiming a target state the table does not give is refused."""
    forged = Transition(
        from_state=S.RECEIVED, to_state=S.ANSWERED, event=E.COLLECTION_STARTED, actor="x", at=AT
    )
    with pytest.raises(ForbiddenMove):
        replay([_run([E.OPENED])[0], forged])


def test_pause_intervals_feed_the_deadline() -> None:
    """The legal example: received Sun 31 Jan 2027, ID asked 1 Feb, received 8 Feb -> due Mon 8 Mar."""
    day = timedelta(days=1)
    opened = transition(None, E.OPENED, actor="system", at=AT)
    asked = transition(S.RECEIVED, E.IDENTITY_NEEDED, actor="practitioner", at=AT + day)
    got = transition(S.AWAITING_IDENTITY, E.IDENTITY_RECEIVED, actor="requester", at=AT + 8 * day)
    intervals = pause_intervals([opened, asked, got])
    assert intervals == [(date(2027, 2, 1), date(2027, 2, 8))]
    assert due_date(
        date(2027, 1, 31), paused_days=paused_days(intervals, date(2027, 2, 20))
    ) == date(2027, 3, 8)


def test_pause_intervals_open_and_clarification() -> None:
    """An identity pause ended by verification, then a clarification still open."""
    moves = _run(
        [E.OPENED, E.IDENTITY_NEEDED, E.IDENTITY_VERIFIED, E.CLARIFICATION_ASKED],
        step=timedelta(days=2),
    )
    assert pause_intervals(moves) == [
        (date(2027, 2, 2), date(2027, 2, 4)),
        (date(2027, 2, 6), None),
    ]


def test_pause_day_is_the_paris_day() -> None:
    """A request for proof sent 23:30 UTC on 31 Jan starts the pause on 1 Feb (Paris)."""
    late = datetime(2027, 1, 31, 23, 30, tzinfo=UTC)
    moves = [
        transition(None, E.OPENED, actor="system", at=late - timedelta(hours=5)),
        transition(S.RECEIVED, E.IDENTITY_NEEDED, actor="practitioner", at=late),
    ]
    assert pause_intervals(moves) == [(date(2027, 2, 1), None)]


def test_is_extended() -> None:
    """A case is extended only once the notice was recorded."""
    assert not is_extended(_run([E.OPENED, E.COLLECTION_STARTED]))
    assert is_extended(_run([E.OPENED, E.EXTENSION_NOTIFIED]))
