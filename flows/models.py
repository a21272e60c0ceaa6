"""Shared vocabulary of the pure core: rights, outcomes, states, identities, records.

Every other module of ``flows`` and ``workers`` speaks in these terms. They are plain
enums and small pydantic models with no behaviour beyond validation.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Right(StrEnum):
    """A right of the data subject (GDPR art. 15-21, art. 7(3), Loi 78-17 art. 85)."""

    ACCESS = "access"
    RECTIFICATION = "rectification"
    ERASURE = "erasure"
    RESTRICTION = "restriction"
    PORTABILITY = "portability"
    OBJECTION = "objection"
    WITHDRAW_CONSENT = "withdraw_consent"
    POST_MORTEM = "post_mortem"


#: Canonical order used whenever a set of rights is shown or serialised.
RIGHT_ORDER: tuple[Right, ...] = tuple(Right)


def sorted_rights(rights: set[Right] | list[Right] | tuple[Right, ...]) -> list[Right]:
    """Return ``rights`` without duplicates, in canonical order."""
    present = set(rights)
    return [r for r in RIGHT_ORDER if r in present]


class Outcome(StrEnum):
    """What recognition decided about a message."""

    REQUEST = "request"  # confident: a case opens
    REVIEW = "review"  # possible request: a case opens flagged "à confirmer"
    NONE = "none"  # not a request: logged only


class Language(StrEnum):
    FR = "fr"
    EN = "en"
    OTHER = "other"


class CaseState(StrEnum):
    RECEIVED = "received"
    AWAITING_IDENTITY = "awaiting_identity"
    COLLECTING = "collecting"
    DRAFTING = "drafting"
    AWAITING_APPROVAL = "awaiting_approval"
    ANSWERED = "answered"
    CLOSED = "closed"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"


class DraftStatus(StrEnum):
    PROPOSED = "proposed"
    EDITED = "edited"
    APPROVED = "approved"
    SENT = "sent"
    DISCARDED = "discarded"


class DraftKind(StrEnum):
    ACKNOWLEDGMENT = "acknowledgment"
    IDENTITY_REQUEST = "identity_request"
    CLARIFICATION_REQUEST = "clarification_request"
    EXTENSION_NOTICE = "extension_notice"
    ANSWER_ACCESS = "answer_access"
    ANSWER_PORTABILITY = "answer_portability"
    ANSWER_RECTIFICATION = "answer_rectification"
    ANSWER_ERASURE = "answer_erasure"
    ANSWER_RESTRICTION = "answer_restriction"
    ANSWER_OBJECTION = "answer_objection"
    ANSWER_WITHDRAW_CONSENT = "answer_withdraw_consent"
    ANSWER_POST_MORTEM = "answer_post_mortem"
    REFUSAL = "refusal"
    REMINDER = "reminder"


#: The answer draft kind for each right.
ANSWER_KIND: dict[Right, DraftKind] = {
    Right.ACCESS: DraftKind.ANSWER_ACCESS,
    Right.PORTABILITY: DraftKind.ANSWER_PORTABILITY,
    Right.RECTIFICATION: DraftKind.ANSWER_RECTIFICATION,
    Right.ERASURE: DraftKind.ANSWER_ERASURE,
    Right.RESTRICTION: DraftKind.ANSWER_RESTRICTION,
    Right.OBJECTION: DraftKind.ANSWER_OBJECTION,
    Right.WITHDRAW_CONSENT: DraftKind.ANSWER_WITHDRAW_CONSENT,
    Right.POST_MORTEM: DraftKind.ANSWER_POST_MORTEM,
}


class Identity(BaseModel):
    """Who we look for in the connectors."""

    model_config = ConfigDict(frozen=True)

    email: str
    name: str | None = None
    phone: str | None = None


class MatchField(StrEnum):
    EMAIL = "email"
    NAME = "name"
    PHONE = "phone"


class Record(BaseModel):
    """One thing a connector holds about a person."""

    system: str
    id: str
    kind: str = Field(default="record", description="customer, payment, invoice, contact, file, message...")
    fields: dict[str, Any] = Field(default_factory=dict)
    matched_on: list[MatchField] = Field(default_factory=list)
    provided_by_subject: bool = Field(
        default=False, description="True when the person provided it (art. 20 portability)."
    )
    file_path: str | None = Field(default=None, description="Local file to include in the package.")
