"""How long the request register keeps a case (privacy policy §7, purpose 11).

A closed case is kept three years from its closing date, counted like the answer deadline
(Regulation 1182/71: same date three years later, or the last day of that month; the day
of closing is not counted), in the practitioner's calendar. The period ends with the last
day; the case may be purged from the next day on. No weekend or holiday shift applies: it is
a retention limit, not a time to act within.

After a purge only a count and a date remain (`PurgeSummary`). The clock is always an
argument.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Protocol, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from flows.deadlines import PARIS, add_months, receipt_date

#: Request log retention, in years after closing.
REGISTER_RETENTION_YEARS = 3


def retention_end(
    closed_at: datetime, *, years: int = REGISTER_RETENTION_YEARS, tz: str = PARIS
) -> date:
    """Last day the case must still be kept."""
    return add_months(receipt_date(closed_at, tz), 12 * years)


def purge_on(
    closed_at: datetime, *, years: int = REGISTER_RETENTION_YEARS, tz: str = PARIS
) -> date:
    """First day the case may be purged: the day after the retention period ends."""
    return retention_end(closed_at, years=years, tz=tz) + timedelta(days=1)


def purge_due(closed_at: datetime | None, now: datetime, *, tz: str = PARIS) -> bool:
    """True when a case closed at ``closed_at`` may be purged at ``now`` (never if still open)."""
    if closed_at is None:
        return False
    return receipt_date(now, tz) >= purge_on(closed_at, tz=tz)


class Closable(Protocol):
    """Anything with a closing time (``None`` while the case is open)."""

    @property
    def closed_at(self) -> datetime | None: ...


C = TypeVar("C", bound=Closable)


def purgeable(cases: Iterable[C], now: datetime, *, tz: str = PARIS) -> list[C]:
    """The cases whose retention period is over at ``now``, in the given order."""
    return [case for case in cases if purge_due(case.closed_at, now, tz=tz)]


class PurgeSummary(BaseModel):
    """All that is left of a purge: how many cases, and when."""

    model_config = ConfigDict(frozen=True)

    count: int = Field(ge=0)
    purged_at: datetime

    @field_validator("purged_at")
    @classmethod
    def _aware(cls, value: datetime) -> datetime:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("purged_at must be timezone-aware")
        return value


def summarize_purge(purged: Iterable[object], now: datetime) -> PurgeSummary:
    """The summary recorded after purging ``purged`` at ``now`` (no content of the cases)."""
    return PurgeSummary(count=sum(1 for _ in purged), purged_at=now)
