"""The life of a case: which event may move a case from which state to which.

The table `MOVES` is the whole machine; `apply` looks a move up and raises `ForbiddenMove`
for anything else. A few events are recorded without changing the state (asking for or
receiving a clarification, approving a draft, notifying an extension): they appear in the
table as moves to the same state, so they are allowed only where they make sense.

`pause_intervals` reads a case's transitions back into the suspension intervals that
`flows.deadlines.paused_days` counts (identity asked -> identity received, clarification
asked -> clarification received).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime
from enum import StrEnum
from types import MappingProxyType

from pydantic import BaseModel, ConfigDict, field_validator

from flows.deadlines import PARIS, receipt_date
from flows.models import CaseState

S = CaseState


class Event(StrEnum):
    """What happens to a case."""

    OPENED = "opened"  # a request was recognised: the case exists
    IDENTITY_NEEDED = "identity_needed"  # reasonable doubt: proof asked (art. 12(6)); clock paused
    IDENTITY_RECEIVED = "identity_received"  # proof arrived, to be checked; clock resumes
    IDENTITY_VERIFIED = "identity_verified"  # no (more) doubt: collection starts
    CLARIFICATION_ASKED = "clarification_asked"  # clock paused (EDPB §159)
    CLARIFICATION_RECEIVED = "clarification_received"  # clock resumes
    EXTENSION_NOTIFIED = "extension_notified"  # the person was told of the two extra months
    COLLECTION_STARTED = "collection_started"  # identity not in doubt: connectors queried
    COLLECTION_DONE = "collection_done"
    DRAFT_PROPOSED = "draft_proposed"
    DRAFT_REJECTED = "draft_rejected"  # the practitioner sends it back for changes
    DRAFT_APPROVED = "draft_approved"
    ANSWER_SENT = "answer_sent"
    REFUSED = "refused"  # a reasoned refusal was sent (art. 12(4))
    WITHDRAWN = "withdrawn"  # the requester withdrew the request
    CLOSED = "closed"
    REOPENED = "reopened"  # a follow-up puts the case back to triage


#: States in which the request is still being handled (the clock runs or is paused).
OPEN_STATES: frozenset[CaseState] = frozenset(
    {S.RECEIVED, S.AWAITING_IDENTITY, S.COLLECTING, S.DRAFTING, S.AWAITING_APPROVAL}
)

#: States in which a case has been dealt with.
ENDED_STATES: frozenset[CaseState] = frozenset({S.ANSWERED, S.REFUSED, S.WITHDRAWN, S.CLOSED})

#: The state of a case that does not exist yet (only `Event.OPENED` applies).
NO_CASE: None = None


def _build() -> dict[tuple[CaseState | None, Event], CaseState]:
    moves: dict[tuple[CaseState | None, Event], CaseState] = {
        (NO_CASE, Event.OPENED): S.RECEIVED,
        (S.RECEIVED, Event.IDENTITY_NEEDED): S.AWAITING_IDENTITY,
        (S.AWAITING_IDENTITY, Event.IDENTITY_RECEIVED): S.RECEIVED,
        (S.RECEIVED, Event.IDENTITY_VERIFIED): S.COLLECTING,
        (S.AWAITING_IDENTITY, Event.IDENTITY_VERIFIED): S.COLLECTING,
        (S.RECEIVED, Event.COLLECTION_STARTED): S.COLLECTING,
        # A connector that failed is retried: collection reopens, answers are drafted again.
        (S.DRAFTING, Event.COLLECTION_STARTED): S.COLLECTING,
        (S.AWAITING_APPROVAL, Event.COLLECTION_STARTED): S.COLLECTING,
        (S.COLLECTING, Event.COLLECTION_DONE): S.DRAFTING,
        (S.DRAFTING, Event.DRAFT_PROPOSED): S.AWAITING_APPROVAL,
        (S.AWAITING_APPROVAL, Event.DRAFT_REJECTED): S.DRAFTING,
        (S.AWAITING_APPROVAL, Event.DRAFT_APPROVED): S.AWAITING_APPROVAL,
        (S.AWAITING_APPROVAL, Event.ANSWER_SENT): S.ANSWERED,
        (S.ANSWERED, Event.CLOSED): S.CLOSED,
        (S.REFUSED, Event.CLOSED): S.CLOSED,
        (S.WITHDRAWN, Event.CLOSED): S.CLOSED,
    }
    for state in OPEN_STATES:
        moves[(state, Event.REFUSED)] = S.REFUSED
        moves[(state, Event.WITHDRAWN)] = S.WITHDRAWN
        moves[(state, Event.EXTENSION_NOTIFIED)] = state
    for state in (S.RECEIVED, S.AWAITING_IDENTITY, S.COLLECTING, S.DRAFTING):
        moves[(state, Event.CLARIFICATION_ASKED)] = state
        moves[(state, Event.CLARIFICATION_RECEIVED)] = state
    for state in ENDED_STATES:
        moves[(state, Event.REOPENED)] = S.RECEIVED
    return moves


#: Every allowed move: (state, event) -> new state. ``None`` is the state before opening.
MOVES: Mapping[tuple[CaseState | None, Event], CaseState] = MappingProxyType(_build())

_STATE_FR: dict[CaseState, str] = {
    S.RECEIVED: "reçue",
    S.AWAITING_IDENTITY: "en attente de justificatif d'identité",
    S.COLLECTING: "collecte des données en cours",
    S.DRAFTING: "réponse en rédaction",
    S.AWAITING_APPROVAL: "en attente de votre validation",
    S.ANSWERED: "répondue",
    S.CLOSED: "clôturée",
    S.REFUSED: "refusée",
    S.WITHDRAWN: "retirée par la personne",
}

_EVENT_FR: dict[Event, str] = {
    Event.OPENED: "ouvrir la demande",
    Event.IDENTITY_NEEDED: "demander un justificatif d'identité",
    Event.IDENTITY_RECEIVED: "enregistrer le justificatif reçu",
    Event.IDENTITY_VERIFIED: "valider l'identité",
    Event.CLARIFICATION_ASKED: "demander une précision",
    Event.CLARIFICATION_RECEIVED: "enregistrer la précision reçue",
    Event.EXTENSION_NOTIFIED: "notifier la prolongation du délai",
    Event.COLLECTION_STARTED: "lancer la collecte des données",
    Event.COLLECTION_DONE: "terminer la collecte des données",
    Event.DRAFT_PROPOSED: "proposer un brouillon",
    Event.DRAFT_REJECTED: "renvoyer le brouillon en rédaction",
    Event.DRAFT_APPROVED: "valider le brouillon",
    Event.ANSWER_SENT: "envoyer la réponse",
    Event.REFUSED: "refuser la demande",
    Event.WITHDRAWN: "enregistrer le retrait de la demande",
    Event.CLOSED: "clôturer la demande",
    Event.REOPENED: "rouvrir la demande",
}


def state_label_fr(state: CaseState | None) -> str:
    """The French name of a state, as the practitioner reads it."""
    return "inexistante" if state is None else _STATE_FR[state]


class ForbiddenMove(Exception):
    """An event that is not allowed in the case's current state."""

    def __init__(self, state: CaseState | None, event: Event) -> None:
        self.state = state
        self.event = event
        shown = "no case" if state is None else state.value
        super().__init__(f"event {event.value!r} is not allowed in state {shown!r}")
        action = _EVENT_FR[event]
        prefix = "Impossible d'" if action[0] in "aeiouéè" else "Impossible de "
        self.message_fr = f"{prefix}{action} : la demande est {state_label_fr(state)}."


def allowed_events(state: CaseState | None) -> list[Event]:
    """Events allowed in ``state``, in declaration order."""
    return [event for event in Event if (state, event) in MOVES]


def apply(state: CaseState | None, event: Event) -> CaseState:
    """The state after ``event``; raise `ForbiddenMove` if the table does not allow it."""
    try:
        return MOVES[(state, event)]
    except KeyError:
        raise ForbiddenMove(state, event) from None


class Transition(BaseModel):
    """One recorded move of a case: what happened, who caused it, when."""

    model_config = ConfigDict(frozen=True)

    from_state: CaseState | None
    to_state: CaseState
    event: Event
    actor: str  # "system", "practitioner", "requester" or a worker's name
    at: datetime

    @field_validator("at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("at must be timezone-aware")
        return value

    @field_validator("actor")
    @classmethod
    def _named(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("actor must be named")
        return value


def transition(state: CaseState | None, event: Event, *, actor: str, at: datetime) -> Transition:
    """Apply ``event`` to ``state`` and return the record of the move."""
    return Transition(
        from_state=state, to_state=apply(state, event), event=event, actor=actor, at=at
    )


def replay(transitions: Iterable[Transition]) -> CaseState | None:
    """Check that ``transitions`` follow each other and the table; return the final state."""
    state: CaseState | None = NO_CASE
    for move in transitions:
        if move.from_state != state:
            raise ForbiddenMove(state, move.event)
        state = apply(state, move.event)
        if state != move.to_state:
            raise ForbiddenMove(move.from_state, move.event)
    return state


_PAUSE_PAIRS: dict[Event, Event] = {
    Event.IDENTITY_NEEDED: Event.IDENTITY_RECEIVED,
    Event.CLARIFICATION_ASKED: Event.CLARIFICATION_RECEIVED,
}


def pause_intervals(
    transitions: Iterable[Transition], tz: str = PARIS
) -> list[tuple[date, date | None]]:
    """Suspension intervals (asked day, received day or None) from a case's transitions.

    Identity asked -> identity received (or verified) and clarification asked -> received;
    an interval still open has ``None`` as its end. Feed the result to
    `flows.deadlines.paused_days`.
    """
    intervals: list[tuple[date, date | None]] = []
    open_since: dict[Event, date] = {}
    ends = {end: start for start, end in _PAUSE_PAIRS.items()}
    ends[Event.IDENTITY_VERIFIED] = Event.IDENTITY_NEEDED
    for move in transitions:
        day = receipt_date(move.at, tz)
        if move.event in _PAUSE_PAIRS and move.event not in open_since:
            open_since[move.event] = day
        elif move.event in ends and ends[move.event] in open_since:
            intervals.append((open_since.pop(ends[move.event]), day))
    intervals.extend((start, None) for start in open_since.values())
    return sorted(intervals, key=lambda span: span[0])


def is_extended(transitions: Iterable[Transition]) -> bool:
    """True once the person was told of the extension (art. 12(3))."""
    return any(move.event is Event.EXTENSION_NOTIFIED for move in transitions)
