"""The connector contract: how DSR Desk looks for, erases, restricts and rectifies a person's data.

A connector reaches one system (Stripe, Systeme.io, Google Drive, the mailbox) in one mode (an
export on disk or the live API). Implementations live in ``workers/connectors``; this module
only defines the :class:`Connector` protocol, the result models and the exception tree, so the
pure core can reason about results without touching the world.

Errors: a connector raises :class:`TransientConnectorError` when trying again later may work
(timeouts, HTTP 5xx, 429) and :class:`PermanentConnectorError` when it will not (bad key, bad
configuration, other 4xx). Callers turn both into a :class:`LookupResult` with status "error".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel, Field

from flows.erasure import ErasureAction
from flows.models import Identity, Record


class ConnectorError(Exception):
    """Base of every connector failure. ``str(error)`` never holds personal data."""

    def __init__(self, system: str, message: str) -> None:
        super().__init__(f"{system}: {message}")
        self.system = system
        self.message = message


class TransientConnectorError(ConnectorError):
    """Timeout, 5xx, 429, connection refused: retry later."""


class PermanentConnectorError(ConnectorError):
    """Authentication error, bad configuration, 4xx: do not retry, fix the settings."""


class LookupStatus(StrEnum):
    OK = "ok"
    ERROR = "error"


class LookupResult(BaseModel):
    """What one connector found (or why it could not look)."""

    system: str
    status: LookupStatus = LookupStatus.OK
    records: list[Record] = Field(default_factory=list)
    error: str | None = None
    retryable: bool = False
    notes: list[str] = Field(
        default_factory=list,
        description="French notes for the practitioner: unreadable files, truncated searches...",
    )
    mode: str = Field(default="", description="export, api, imap, stored...")

    @property
    def ok(self) -> bool:
        return self.status is LookupStatus.OK


class ResultStatus(StrEnum):
    DONE = "done"
    DRY_RUN = "dry_run"  # what would be done, nothing changed
    NOT_SUPPORTED = "not_supported"  # to be done by hand; the message says where
    SKIPPED = "skipped"  # a "keep" line: nothing to do
    ERROR = "error"


class ActionResult(BaseModel):
    """Outcome of executing one action (erase, restrict, rectify) on one record."""

    system: str
    record_id: str
    action: str
    status: ResultStatus
    message: str = Field(default="", description="French, for the practitioner.")

    @property
    def needs_manual_step(self) -> bool:
        return self.status is ResultStatus.NOT_SUPPORTED


def not_supported(system: str, record_id: str, action: str, where: str) -> ActionResult:
    """The result of an action the system does not allow automatically."""
    return ActionResult(
        system=system,
        record_id=record_id,
        action=action,
        status=ResultStatus.NOT_SUPPORTED,
        message=f"à faire à la main dans {where}",
    )


@runtime_checkable
class Connector(Protocol):
    """One system in one mode. Every method is safe by default (``dry_run=True``)."""

    system: str
    mode: str

    def lookup(self, identity: Identity) -> list[Record]:
        """Every record of the system concerning ``identity`` (raises ConnectorError)."""
        ...

    def plan_erasure(self, records: Sequence[Record]) -> list[ErasureAction]:
        """Erasure lines for this system's records (see flows.erasure.plan)."""
        ...

    def erase(self, actions: Sequence[ErasureAction], dry_run: bool = True) -> list[ActionResult]:
        """Execute approved lines (delete, anonymise, unsubscribe, restrict)."""
        ...

    def restrict(self, records: Sequence[Record], dry_run: bool = True) -> list[ActionResult]:
        """Mark records as restricted (art. 18), or say it must be done by hand."""
        ...

    def rectify(
        self, record: Record, changes: Mapping[str, Any], dry_run: bool = True
    ) -> list[ActionResult]:
        """Apply corrections (art. 16), or say it must be done by hand."""
        ...
