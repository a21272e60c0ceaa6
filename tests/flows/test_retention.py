"""Register retention: a closed case is purged three years after its closing (clock passed in)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pydantic import ValidationError

from flows.retention import (
    PurgeSummary,
    purge_due,
    purge_on,
    purgeable,
    retention_end,
    summarize_purge,
)

PARIS = ZoneInfo("Europe/Paris")


def paris(y: int, m: int, d: int, hh: int = 12, mm: int = 0) -> datetime:
    """A Paris wall-clock instant."""
    return datetime(y, m, d, hh, mm, tzinfo=PARIS)


# (closed at, last day kept, first purge day, why) -- worked out by hand
PERIODS = [
    (paris(2027, 3, 10), "2030-03-10", "2030-03-11", "ordinary date"),
    (
        paris(2028, 2, 29),
        "2031-02-28",
        "2031-03-01",
        "leap-day closing: 29 Feb 2031 does not exist",
    ),
    (paris(2028, 2, 28), "2031-02-28", "2031-03-01", "day before a leap day"),
    (paris(2027, 2, 28), "2030-02-28", "2030-03-01", "non-leap February end"),
    (paris(2029, 2, 28), "2032-02-28", "2032-02-29", "ends just before a leap day"),
    (paris(2027, 12, 31, 23, 59), "2030-12-31", "2031-01-01", "last minute of the year in Paris"),
    (
        datetime(2027, 12, 31, 23, 30, tzinfo=UTC),
        "2031-01-01",
        "2031-01-02",
        "23:30 UTC is already 1 Jan in Paris",
    ),
]


@pytest.mark.parametrize(("closed_at", "last_kept", "first_purge", "why"), PERIODS)
def test_retention_period(closed_at: datetime, last_kept: str, first_purge: str, why: str) -> None:
    """Three years per art. 3(2)(c) of 1182/71 in the Paris calendar, purge from the next day."""
    assert retention_end(closed_at) == date.fromisoformat(last_kept), why
    assert purge_on(closed_at) == date.fromisoformat(first_purge), why


# (closed at, now, due?, why)
DUE = [
    (paris(2027, 3, 10), paris(2030, 3, 10, 23, 59), False, "last day still kept"),
    (paris(2027, 3, 10), paris(2030, 3, 11, 0, 0), True, "midnight Paris of the next day"),
    (
        paris(2027, 3, 10),
        datetime(2030, 3, 10, 23, 0, tzinfo=UTC),
        True,
        "same instant given in UTC",
    ),
    (
        paris(2027, 3, 10),
        datetime(2030, 3, 10, 22, 59, tzinfo=UTC),
        False,
        "one minute earlier in UTC",
    ),
    (
        paris(2028, 2, 29),
        paris(2031, 2, 28, 23, 0),
        False,
        "leap-day closing: 28 Feb 2031 still kept",
    ),
    (paris(2028, 2, 29), paris(2031, 3, 1, 8, 0), True, "leap-day closing: purged from 1 Mar 2031"),
    (paris(2027, 3, 10), paris(2027, 3, 11), False, "just closed"),
    (paris(2020, 1, 1), paris(2030, 1, 1), True, "long past"),
    (None, paris(2099, 1, 1), False, "open case never purged"),
]


@pytest.mark.parametrize(("closed_at", "now", "expected", "why"), DUE)
def test_purge_due(closed_at: datetime | None, now: datetime, expected: bool, why: str) -> None:
    """Purge is due from the first day after the three-year period, never for an open case."""
    assert purge_due(closed_at, now) is expected, why


@dataclass(frozen=True)
class FakeCase:
    """A minimal stand-in for a stored case."""

    ref: str
    closed_at: datetime | None


def test_purgeable_selects_only_expired_closed_cases() -> None:
    """Open, recently closed and just-expired cases are told apart, order kept."""
    now = paris(2031, 3, 1, 9)
    cases = [
        FakeCase("A", paris(2028, 2, 29)),  # expired today
        FakeCase("B", None),  # open
        FakeCase("C", paris(2028, 3, 1)),  # kept until 2031-03-01 inclusive
        FakeCase("D", paris(2025, 6, 1)),  # long expired
    ]
    assert [case.ref for case in purgeable(cases, now)] == ["A", "D"]


def test_purge_summary_keeps_only_count_and_date() -> None:
    """After a purge only a count and a date remain."""
    now = paris(2031, 3, 1, 9)
    summary = summarize_purge(
        purgeable([FakeCase("A", paris(2028, 2, 29)), FakeCase("D", paris(2025, 6, 1))], now), now
    )
    assert summary == PurgeSummary(count=2, purged_at=now)
    assert set(summary.model_dump()) == {"count", "purged_at"}


def test_purge_summary_requires_aware_time_and_non_negative_count() -> None:
    """A summary with a naive time or a negative count is refused."""
    with pytest.raises(ValidationError):
        PurgeSummary(count=1, purged_at=datetime(2031, 3, 1))
    with pytest.raises(ValidationError):
        PurgeSummary(count=-1, purged_at=paris(2031, 3, 1))


def test_naive_clock_refused() -> None:
    """The clock must be aware: a naive 'now' is refused, not guessed."""
    with pytest.raises(ValueError):
        purge_due(paris(2027, 1, 1), datetime(2031, 1, 1))


def test_purge_day_is_exactly_one_day_after_retention_end() -> None:
    """For every day of a leap year, the purge day follows the last kept day."""
    start = paris(2028, 1, 1)
    for offset in range(366):
        closed = start + timedelta(days=offset)
        assert purge_on(closed) - retention_end(closed) == timedelta(days=1)
        assert retention_end(closed).year == closed.year + 3
