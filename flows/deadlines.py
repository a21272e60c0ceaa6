"""Answer deadlines: GDPR art. 12(3) counted per Regulation (EEC, Euratom) No 1182/71.

The rules (see ``shared/notes/legal-rules.md``):

* the day of receipt is not counted (art. 3(1));
* a period of months ends on the same date in the last month, or on the last day of that
  month when the date does not exist there (art. 3(2)(c));
* days the period is suspended (waiting for identity proof or a clarification) are added to
  that unadjusted end;
* an end falling on a Saturday, Sunday or French public holiday moves to the next working
  day (art. 3(4), EDPB Guidelines 01/2022 §161).

Public holidays come from the ``holidays`` package; the subdivision ("57"/"6AE" for
Alsace-Moselle, "971"-"976" overseas...) is a parameter, ``None`` meaning the national
calendar. Everything here is pure: dates in, dates out; "today" is always an argument.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from holidays.countries.france import France
from pydantic import BaseModel, ConfigDict, Field, model_validator

#: The practitioner's calendar.
PARIS = "Europe/Paris"

#: A month for an ordinary answer, three when the period is extended (art. 12(3)).
ANSWER_MONTHS = 1
EXTENDED_MONTHS = 3

#: Département numbers the ``holidays`` package does not know as such, mapped to the code it
#: uses for the same calendar (Bas-Rhin and Haut-Rhin share Moselle's local holidays).
_SUBDIV_ALIASES: dict[str, str] = {"67": "6AE", "68": "6AE", "ALSACE-MOSELLE": "6AE"}


class UnknownSubdivision(ValueError):
    """The holiday calendar code is not one the ``holidays`` package knows for France."""

    def __init__(self, code: str) -> None:
        self.code = code
        known = ", ".join(supported_subdivisions())
        super().__init__(f"unknown French holiday subdivision {code!r}; known: {known}")
        self.message_fr = f"Calendrier inconnu « {code} » ; codes acceptés : {known} (ou 67, 68)."


def supported_subdivisions() -> tuple[str, ...]:
    """The subdivision codes of ``holidays`` for France (aliases such as "Alsace" also work)."""
    return tuple(str(code) for code in France.subdivisions)


def normalize_subdiv(subdiv: str | None) -> str | None:
    """Return the canonical ``holidays`` code for ``subdiv`` or raise `UnknownSubdivision`.

    Accepts ``None`` (national calendar), the package's codes ("57", "6AE", "971"...),
    its aliases ("Moselle", "Alsace", "Guadeloupe"...) and the département numbers "67"
    and "68", which share Moselle's holidays (Code du travail L3134-13).
    """
    if subdiv is None:
        return None
    code = subdiv.strip()
    if not code:
        return None
    if code.upper() in _SUBDIV_ALIASES:
        return _SUBDIV_ALIASES[code.upper()]
    codes = {c.upper(): c for c in supported_subdivisions()}
    if code.upper() in codes:
        return codes[code.upper()]
    aliases: dict[str, str] = getattr(France, "subdivisions_aliases", {})
    for alias, target in aliases.items():
        if alias.upper() == code.upper():
            return str(target)
    raise UnknownSubdivision(code)


@lru_cache(maxsize=256)
def _holidays_of(year: int, subdiv: str | None) -> frozenset[date]:
    calendar_ = France(subdiv=subdiv, years=year)  # type: ignore[no-untyped-call]
    return frozenset(calendar_.keys())


def is_public_holiday(day: date, subdiv: str | None = None) -> bool:
    """True when ``day`` is a French public holiday in that subdivision's calendar."""
    return day in _holidays_of(day.year, normalize_subdiv(subdiv))


def is_working_day(day: date, subdiv: str | None = None) -> bool:
    """True for Monday-Friday days that are not public holidays (art. 3(4) of 1182/71)."""
    return day.weekday() < 5 and not is_public_holiday(day, subdiv)


def next_working_day(day: date, subdiv: str | None = None) -> date:
    """``day`` itself when it is a working day, otherwise the next working day."""
    code = normalize_subdiv(subdiv)
    while not is_working_day(day, code):
        day += timedelta(days=1)
    return day


def add_months(start: date, months: int) -> date:
    """Same date ``months`` later, or the last day of that month if the date is missing.

    This is art. 3(2)(c) of Regulation 1182/71: 31 January + 1 month = 28 (or 29) February.
    """
    index = start.month - 1 + months
    year, month = start.year + index // 12, index % 12 + 1
    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(start.day, last))


def receipt_date(received_at: datetime, tz: str = PARIS) -> date:
    """The day of receipt in the practitioner's calendar (Paris by default).

    ``received_at`` must be timezone-aware: a message stamped 23:30 UTC on 31 January
    arrived on 1 February in Paris.
    """
    if received_at.tzinfo is None or received_at.utcoffset() is None:
        raise ValueError("received_at must be timezone-aware")
    return received_at.astimezone(ZoneInfo(tz)).date()


def due_date(
    received: date,
    *,
    extended: bool = False,
    paused_days: int = 0,
    subdiv: str | None = None,
) -> date:
    """Last day to answer a request received on ``received``.

    One month (three when ``extended``) counted per art. 3(2)(c), plus ``paused_days``
    calendar days of suspension added to that unadjusted end, then moved past weekends
    and public holidays of ``subdiv``'s calendar.
    """
    if paused_days < 0:
        raise ValueError("paused_days must not be negative")
    months = EXTENDED_MONTHS if extended else ANSWER_MONTHS
    end = add_months(received, months) + timedelta(days=paused_days)
    return next_working_day(end, subdiv)


def extension_notice_by(received: date, subdiv: str | None = None, *, paused_days: int = 0) -> date:
    """Last day to tell the person the period is extended: the end of the first month."""
    return due_date(received, extended=False, paused_days=paused_days, subdiv=subdiv)


def paused_days(pauses: Iterable[tuple[date, date | None]], today: date) -> int:
    """Calendar days the period was suspended, from (asked, received) intervals.

    An interval runs from the day information was asked to the day it arrived; an open
    interval (``None``) runs until ``today``. Overlapping intervals count once, and an
    interval that starts after ``today`` counts nothing yet.
    """
    spans: list[tuple[date, date]] = []
    for start, end in pauses:
        if end is not None and end < start:
            raise ValueError("a pause cannot end before it starts")
        stop = today if end is None else end
        if stop > start:
            spans.append((start, stop))
    total = 0
    current: tuple[date, date] | None = None
    for start, stop in sorted(spans):
        if current is None or start > current[1]:
            if current is not None:
                total += (current[1] - current[0]).days
            current = (start, stop)
        else:
            current = (current[0], max(current[1], stop))
    if current is not None:
        total += (current[1] - current[0]).days
    return total


def days_left(due: date, today: date) -> int:
    """Days from ``today`` to ``due``: 0 on the due day, negative once it has passed."""
    return (due - today).days


class Deadline(BaseModel):
    """Everything about one case's deadline, computed once from its inputs."""

    model_config = ConfigDict(frozen=True)

    received: date
    due: date
    extended: bool = False
    paused_days: int = Field(default=0, ge=0)
    extension_notice_by: date
    subdiv: str | None = None

    @model_validator(mode="after")
    def _consistent(self) -> Deadline:
        if self.due < self.received:
            raise ValueError("due date before receipt")
        return self

    @classmethod
    def compute(
        cls,
        received: date,
        *,
        extended: bool = False,
        paused_days: int = 0,
        subdiv: str | None = None,
    ) -> Deadline:
        """Build the deadline of a request received on ``received``."""
        code = normalize_subdiv(subdiv)
        return cls(
            received=received,
            due=due_date(received, extended=extended, paused_days=paused_days, subdiv=code),
            extended=extended,
            paused_days=paused_days,
            extension_notice_by=extension_notice_by(received, code, paused_days=paused_days),
            subdiv=code,
        )

    def days_left(self, today: date) -> int:
        """Days until ``due`` (negative when overdue)."""
        return days_left(self.due, today)

    def overdue(self, today: date) -> bool:
        """True once the due day has passed without an answer."""
        return today > self.due
