"""Deadlines per Regulation 1182/71 with French public holidays.

Every expected date below was worked out by hand from a calendar (weekdays checked with
``datetime.date.strftime('%a')``), never by running the code under test.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.deadlines import (
    Deadline,
    UnknownSubdivision,
    add_months,
    days_left,
    due_date,
    extension_notice_by,
    is_public_holiday,
    normalize_subdiv,
    paused_days,
    receipt_date,
)

D = date.fromisoformat

# (received, due in one month, due if extended to three months) -- legal-rules.md, national.
LEGAL_EXAMPLES = [
    ("2026-12-29", "2027-01-29", "2027-03-30"),  # 29 Mar 2027 is Easter Monday
    ("2027-01-31", "2027-03-01", "2027-04-30"),  # 28 Feb 2027 is a Sunday
    ("2026-09-04", "2026-10-05", "2026-12-04"),  # 4 Oct 2026 is a Sunday
    ("2027-04-16", "2027-05-18", "2027-07-16"),  # Sun 16 May, Whit Monday 17
    ("2027-06-14", "2027-07-15", "2027-09-14"),  # 14 July
    ("2026-08-31", "2026-09-30", "2026-11-30"),  # EDPB example 33
    ("2027-02-26", "2027-03-26", "2027-05-26"),
]


@pytest.mark.parametrize(("received", "due", "due_extended"), LEGAL_EXAMPLES)
def test_legal_rules_worked_examples(received: str, due: str, due_extended: str) -> None:
    """Each worked example of legal-rules.md gives the documented one- and three-month dates."""
    assert due_date(D(received)) == D(due)
    assert due_date(D(received), extended=True) == D(due_extended)


def test_legal_example_alsace_moselle_good_friday() -> None:
    """Received Fri 2027-02-26 in Moselle: 26 Mar is Good Friday, 29 Mar Easter Monday -> Tue 30."""
    assert due_date(D("2027-02-26"), subdiv="57") == D("2027-03-30")
    assert due_date(D("2027-02-26"), subdiv="6AE") == D("2027-03-30")


def test_legal_example_suspension() -> None:
    """Received Sun 2027-01-31, ID asked 1 Feb and received 8 Feb: 28 Feb + 7 = Sun 7 Mar -> Mon 8."""
    pause = paused_days([(D("2027-02-01"), D("2027-02-08"))], today=D("2027-02-20"))
    assert pause == 7
    assert due_date(D("2027-01-31"), paused_days=pause) == D("2027-03-08")


# (received, extended, subdiv, expected due, why)
MORE_DATES = [
    # Month ends and leap years (art. 3(2)(c)).
    ("2026-01-31", False, None, "2026-03-02", "28 Feb 2026 is a Saturday"),
    ("2028-01-31", False, None, "2028-02-29", "leap year: last day of February"),
    ("2028-01-30", False, None, "2028-02-29", "30 Feb missing: last day"),
    ("2029-01-29", False, None, "2029-02-28", "29 Feb 2029 missing: 28th, a Wednesday"),
    ("2027-03-31", False, None, "2027-04-30", "31 Apr missing: 30th, a Friday"),
    ("2026-05-31", False, None, "2026-06-30", "31 Jun missing: 30th, a Tuesday"),
    ("2026-02-28", False, None, "2026-03-30", "28 Mar 2026 is a Saturday"),
    ("2028-02-29", False, None, "2028-03-29", "leap day received: same date next month"),
    ("2027-11-30", True, None, "2028-02-29", "three months into a leap February"),
    ("2026-11-30", True, None, "2027-03-01", "three months: 28 Feb 2027 is a Sunday"),
    # National public holidays (Code du travail L3133-1), 2026-2030.
    ("2026-12-01", False, None, "2027-01-04", "1 Jan 2027 is a Friday, then a weekend"),
    ("2029-12-01", False, None, "2030-01-02", "1 Jan 2030 is a Tuesday"),
    ("2026-03-06", False, None, "2026-04-07", "Easter Monday 2026 is 6 Apr"),
    ("2028-03-17", False, None, "2028-04-18", "Easter Monday 2028 is 17 Apr"),
    ("2029-03-02", False, None, "2029-04-03", "Easter Monday 2029 is 2 Apr"),
    ("2030-03-22", False, None, "2030-04-23", "Easter Monday 2030 is 22 Apr"),
    ("2026-04-01", False, None, "2026-05-04", "1 May 2026 is a Friday"),
    ("2029-04-01", False, None, "2029-05-02", "1 May 2029 is a Tuesday"),
    ("2026-04-08", False, None, "2026-05-11", "8 May 2026 is a Friday"),
    ("2028-04-08", False, None, "2028-05-09", "8 May 2028 is a Monday"),
    ("2026-04-14", False, None, "2026-05-15", "Ascension 2026 is Thu 14 May"),
    ("2028-04-25", False, None, "2028-05-26", "Ascension 2028 is Thu 25 May"),
    ("2029-04-10", False, None, "2029-05-11", "Ascension 2029 is Thu 10 May"),
    ("2030-04-30", False, None, "2030-05-31", "Ascension 2030 is Thu 30 May"),
    ("2026-04-25", False, None, "2026-05-26", "Whit Monday 2026 is 25 May"),
    ("2029-04-21", False, None, "2029-05-22", "Whit Monday 2029 is 21 May"),
    ("2030-05-10", False, None, "2030-06-11", "Whit Monday 2030 is 10 Jun"),
    ("2026-06-14", False, None, "2026-07-15", "14 July 2026 is a Tuesday"),
    ("2028-06-14", False, None, "2028-07-17", "14 July 2028 is a Friday"),
    ("2026-07-15", False, None, "2026-08-17", "15 Aug 2026 is a Saturday"),
    ("2029-07-15", False, None, "2029-08-16", "15 Aug 2029 is a Wednesday"),
    ("2027-10-01", False, None, "2027-11-02", "1 Nov 2027 is a Monday"),
    ("2028-10-01", False, None, "2028-11-02", "1 Nov 2028 is a Wednesday"),
    ("2026-10-11", False, None, "2026-11-12", "11 Nov 2026 is a Wednesday"),
    ("2030-10-11", False, None, "2030-11-12", "11 Nov 2030 is a Monday"),
    ("2026-11-25", False, None, "2026-12-28", "25 Dec 2026 is a Friday"),
    ("2028-11-25", False, None, "2028-12-26", "25 Dec 2028 is a Monday; 26 is worked nationally"),
    # Alsace-Moselle: Good Friday and 26 December (L3134-13).
    ("2028-11-25", False, "57", "2028-12-27", "Moselle: 25 and 26 Dec 2028 off"),
    ("2029-11-26", False, None, "2029-12-26", "26 Dec 2029 is a working Wednesday nationally"),
    ("2029-11-26", False, "6AE", "2029-12-27", "Alsace: 26 Dec 2029 off"),
    ("2026-03-03", False, None, "2026-04-03", "Good Friday 2026 worked nationally"),
    ("2026-03-03", False, "6AE", "2026-04-07", "Alsace: Good Friday 3 Apr, weekend, Easter Monday"),
    ("2028-12-30", True, None, "2029-03-30", "Good Friday 2029 worked nationally"),
    (
        "2028-12-30",
        True,
        "67",
        "2029-04-03",
        "Bas-Rhin: Good Friday 30 Mar, weekend, Easter Monday",
    ),
    ("2028-12-30", True, "68", "2029-04-03", "Haut-Rhin shares the Alsace calendar"),
    # Overseas départements: abolition-of-slavery days.
    ("2027-11-20", False, None, "2027-12-20", "20 Dec 2027 is a working Monday nationally"),
    ("2027-11-20", False, "974", "2027-12-21", "La Réunion: 20 Dec abolition day"),
    ("2026-04-22", False, "972", "2026-05-26", "Martinique: 22 May abolition, 25 May Whit Monday"),
    ("2026-04-27", False, None, "2026-05-27", "27 May 2026 is a working Wednesday nationally"),
    ("2026-04-27", False, "971", "2026-05-28", "Guadeloupe: 27 May abolition day"),
    ("2026-05-10", False, "973", "2026-06-11", "Guyane: 10 June abolition day"),
    ("2026-03-27", False, "976", "2026-04-28", "Mayotte: 27 April abolition day"),
]


@pytest.mark.parametrize(("received", "extended", "subdiv", "expected", "why"), MORE_DATES)
def test_due_dates_from_calendar(
    received: str, extended: bool, subdiv: str | None, expected: str, why: str
) -> None:
    """Due dates worked out by hand for month ends, leap years and every holiday kind."""
    assert due_date(D(received), extended=extended, subdiv=subdiv) == D(expected), why


# (received, extended, paused days, expected due, why)
SUSPENSIONS = [
    ("2026-09-04", False, 10, "2026-10-14", "4 Oct + 10 = Wed 14 Oct"),
    ("2027-04-16", False, 1, "2027-05-18", "16 May + 1 = Whit Monday 17 -> Tue 18"),
    ("2027-04-16", False, 2, "2027-05-18", "16 May + 2 = Tue 18"),
    ("2026-12-29", True, 5, "2027-04-05", "29 Mar + 5 = Sat 3 Apr -> Mon 5"),
    ("2027-01-31", False, 0, "2027-03-01", "no pause: same as the legal example"),
]


@pytest.mark.parametrize(("received", "extended", "pause", "expected", "why"), SUSPENSIONS)
def test_suspension_added_to_unadjusted_end(
    received: str, extended: bool, pause: int, expected: str, why: str
) -> None:
    """Paused days are added before the weekend/holiday roll-forward."""
    assert due_date(D(received), extended=extended, paused_days=pause) == D(expected), why


# (pauses, today, expected days, why)
PAUSE_TABLE: list[tuple[list[tuple[str, str | None]], str, int, str]] = [
    ([], "2027-02-20", 0, "no pause"),
    ([("2027-02-01", "2027-02-08")], "2027-02-20", 7, "closed interval"),
    ([("2027-02-01", None)], "2027-02-05", 4, "open interval runs to today"),
    ([("2027-02-10", None)], "2027-02-05", 0, "open interval not started yet"),
    (
        [("2027-02-01", "2027-02-08"), ("2027-02-05", "2027-02-12")],
        "2027-03-01",
        11,
        "overlap counted once",
    ),
    (
        [("2027-02-01", "2027-02-03"), ("2027-02-10", "2027-02-11")],
        "2027-03-01",
        3,
        "two separate pauses",
    ),
    ([("2027-02-01", "2027-02-01")], "2027-03-01", 0, "answered the same day"),
    ([("2027-02-01", "2027-02-08"), ("2027-02-20", None)], "2027-02-25", 12, "closed then open"),
]


@pytest.mark.parametrize(("pauses", "today", "expected", "why"), PAUSE_TABLE)
def test_paused_days(
    pauses: list[tuple[str, str | None]], today: str, expected: int, why: str
) -> None:
    """Suspension intervals are counted in calendar days, overlaps once, open ones to today."""
    intervals = [(D(a), None if b is None else D(b)) for a, b in pauses]
    assert paused_days(intervals, D(today)) == expected, why


def test_pause_ending_before_it_starts_is_refused() -> None:
    """An interval with its end before its start is a data error, not a zero."""
    with pytest.raises(ValueError):
        paused_days([(D("2027-02-08"), D("2027-02-01"))], D("2027-03-01"))


def test_negative_pause_is_refused() -> None:
    """A negative number of paused days cannot shorten the legal period."""
    with pytest.raises(ValueError):
        due_date(D("2027-01-31"), paused_days=-1)


# (arrival instant, day of receipt in Paris, why)
RECEIPTS = [
    (datetime(2027, 1, 31, 23, 30, tzinfo=UTC), "2027-02-01", "winter: UTC+1, already the 1st"),
    (datetime(2027, 1, 31, 22, 59, tzinfo=UTC), "2027-01-31", "winter: 23:59 in Paris"),
    (datetime(2027, 7, 31, 22, 30, tzinfo=UTC), "2027-08-01", "summer: UTC+2"),
    (datetime(2027, 7, 31, 21, 30, tzinfo=UTC), "2027-07-31", "summer: 23:30 in Paris"),
    (datetime(2027, 3, 27, 23, 30, tzinfo=UTC), "2027-03-28", "night of the spring DST change"),
    (
        datetime(2027, 1, 31, 9, 0, tzinfo=timezone(timedelta(hours=-5))),
        "2027-01-31",
        "New York morning",
    ),
]


@pytest.mark.parametrize(("arrival", "expected", "why"), RECEIPTS)
def test_receipt_date_is_the_paris_calendar_day(arrival: datetime, expected: str, why: str) -> None:
    """The day of receipt is the arrival instant seen in Paris."""
    assert receipt_date(arrival) == D(expected), why


def test_email_late_on_the_31st_utc_counts_from_the_1st() -> None:
    """23:30 UTC on 31 Jan 2027 is 1 Feb in Paris, so the answer is due Mon 1 Mar 2027."""
    received = receipt_date(datetime(2027, 1, 31, 23, 30, tzinfo=UTC))
    assert due_date(received) == D("2027-03-01")


def test_receipt_date_refuses_naive_datetimes() -> None:
    """A naive datetime has no calendar day; it is refused rather than guessed."""
    with pytest.raises(ValueError):
        receipt_date(datetime(2027, 1, 31, 23, 30))


def test_receipt_date_other_timezone() -> None:
    """The calendar can be another zone (e.g. an overseas practice)."""
    arrival = datetime(2027, 2, 1, 2, 0, tzinfo=UTC)
    assert receipt_date(arrival, tz="America/Guadeloupe") == D("2027-01-31")


# (start, months, expected)
ADD_MONTHS = [
    ("2027-01-31", 1, "2027-02-28"),
    ("2028-01-31", 1, "2028-02-29"),
    ("2027-12-15", 1, "2028-01-15"),
    ("2027-11-30", 3, "2028-02-29"),
    ("2028-02-29", 36, "2031-02-28"),
    ("2027-10-31", 14, "2028-12-31"),
]


@pytest.mark.parametrize(("start", "months", "expected"), ADD_MONTHS)
def test_add_months(start: str, months: int, expected: str) -> None:
    """Art. 3(2)(c): same date, or the last day of the month when it does not exist."""
    assert add_months(D(start), months) == D(expected)


def test_extension_notice_is_due_at_the_end_of_the_first_month() -> None:
    """The extension notice follows the one-month rule (Sun 28 Feb 2027 -> Mon 1 Mar)."""
    assert extension_notice_by(D("2027-01-31")) == D("2027-03-01")
    assert extension_notice_by(D("2027-02-26"), "57") == D("2027-03-30")


def test_days_left() -> None:
    """Zero on the due day, positive before, negative after."""
    due = D("2027-03-01")
    assert days_left(due, D("2027-02-27")) == 2
    assert days_left(due, due) == 0
    assert days_left(due, D("2027-03-03")) == -2


def test_deadline_bundle() -> None:
    """Deadline.compute gathers the due date, notice date and inputs of one case."""
    deadline = Deadline.compute(D("2027-01-31"), extended=True, paused_days=7, subdiv="Moselle")
    assert deadline.received == D("2027-01-31")
    assert deadline.due == D("2027-05-07")  # 30 Apr + 7 = Fri 7 May 2027
    assert deadline.extension_notice_by == D("2027-03-08")
    assert deadline.subdiv == "57"
    assert deadline.days_left(D("2027-05-01")) == 6
    assert not deadline.overdue(D("2027-05-07"))
    assert deadline.overdue(D("2027-05-08"))


# (given, canonical)
SUBDIVS: list[tuple[str | None, str | None]] = [
    (None, None),
    ("", None),
    ("57", "57"),
    ("6AE", "6AE"),
    ("6ae", "6AE"),
    ("67", "6AE"),
    ("68", "6AE"),
    ("Alsace", "6AE"),
    ("Moselle", "57"),
    ("971", "971"),
    ("Guadeloupe", "971"),
    ("974", "974"),
]


@pytest.mark.parametrize(("given", "canonical"), SUBDIVS)
def test_normalize_subdiv(given: str | None, canonical: str | None) -> None:
    """Both documented Alsace-Moselle forms, département numbers and names are accepted."""
    assert normalize_subdiv(given) == canonical


@pytest.mark.parametrize("bad", ["75", "99", "Bretagne", "FR"])
def test_unknown_subdivision(bad: str) -> None:
    """An unknown calendar code is an error with a French message, not the national calendar."""
    with pytest.raises(UnknownSubdivision) as info:
        due_date(D("2027-01-04"), subdiv=bad)
    assert bad in info.value.message_fr


def test_alsace_holidays_are_local() -> None:
    """26 Dec and Good Friday are holidays in Moselle but not nationally."""
    assert is_public_holiday(D("2029-12-26"), "57")
    assert not is_public_holiday(D("2029-12-26"))
    assert is_public_holiday(D("2026-04-03"), "6AE")
    assert not is_public_holiday(D("2026-04-03"))


# --- Properties over many dates (hypothesis) ------------------------------------------

SUBDIV_CHOICES = [None, "57", "6AE", "971", "972", "973", "974", "976"]
DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=400, deadline=None)
@given(DAYS, st.booleans(), st.integers(0, 60), st.sampled_from(SUBDIV_CHOICES))
def test_due_is_a_working_day_shortly_after_the_unadjusted_end(
    received: date, extended: bool, pause: int, subdiv: str | None
) -> None:
    """The due date is a working day, at most four days after the unadjusted end."""
    months = 3 if extended else 1
    end = add_months(received, months) + timedelta(days=pause)
    due = due_date(received, extended=extended, paused_days=pause, subdiv=subdiv)
    assert due.weekday() < 5
    assert not is_public_holiday(due, subdiv)
    assert 0 <= (due - end).days <= 4  # longest run: Good Friday, weekend, Easter Monday
    assert all(
        (end + timedelta(days=k)).weekday() >= 5
        or is_public_holiday(end + timedelta(days=k), subdiv)
        for k in range((due - end).days)
    )


@settings(max_examples=300, deadline=None)
@given(DAYS, DAYS)
def test_due_date_never_goes_backwards(a: date, b: date) -> None:
    """A later receipt never gives an earlier due date."""
    early, late = sorted((a, b))
    assert due_date(early) <= due_date(late)
    assert due_date(early, extended=True) <= due_date(late, extended=True)
