"""Tests for flows/digest.py: section order, reminders with a fixed clock, rendering.

The golden file tests/golden/fr/digest.txt is regenerated with UPDATE_GOLDEN=1 like the mails.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import jinja2
import pytest

from flows.digest import (
    CaseView,
    ConnectorFailure,
    Digest,
    DraftView,
    UnsentApproved,
    build_digest,
    days_left_label,
    reminders_due,
    render_digest,
)
from flows.models import CaseState, DraftKind, DraftStatus, Right
from flows.rendering import make_environment

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "fr" / "digest.txt"
TODAY = date(2026, 11, 19)  # a Thursday


def case(ref: str, due: date, state: CaseState = CaseState.COLLECTING, **extra: object) -> CaseView:
    """A case received one month before ``due``, asking for access unless told otherwise."""
    data: dict[str, object] = {"rights": [Right.ACCESS], "received": due - timedelta(days=30)}
    data.update(extra)
    return CaseView.model_validate({"ref": ref, "state": state, "due": due, **data})


def sample() -> Digest:
    """A busy day: one case in each situation, given in scrambled order."""
    cases = [
        case("DSR-2026-0009", date(2026, 12, 10), CaseState.AWAITING_IDENTITY),
        case("DSR-2026-0003", date(2026, 11, 17), CaseState.DRAFTING, rights=[Right.ERASURE, Right.ACCESS]),
        case("DSR-2026-0008", date(2026, 12, 2), CaseState.RECEIVED, rights=[Right.OBJECTION], flagged_review=True),
        case("DSR-2026-0001", date(2026, 11, 10), CaseState.COLLECTING),
        case("DSR-2026-0007", date(2026, 11, 26), extension_notice_by=date(2026, 11, 26)),
        case("DSR-2026-0002", date(2026, 11, 5), CaseState.ANSWERED),
        case("DSR-2026-0010", date(2026, 11, 19), CaseState.AWAITING_APPROVAL, rights=[Right.PORTABILITY]),
    ]
    drafts = [
        DraftView(id="d3", case_ref="DSR-2026-0009", kind=DraftKind.ACKNOWLEDGMENT, status=DraftStatus.EDITED),
        DraftView(id="d1", case_ref="DSR-2026-0003", kind=DraftKind.ANSWER_ERASURE, status=DraftStatus.PROPOSED),
        DraftView(id="d2", case_ref="DSR-2026-0003", kind=DraftKind.ANSWER_ACCESS, status=DraftStatus.SENT),
        DraftView(id="d4", case_ref="DSR-2026-0002", kind=DraftKind.ANSWER_ACCESS, status=DraftStatus.APPROVED),
    ]
    failures = [
        ConnectorFailure(case_ref="DSR-2026-0009", system="google_drive", error="jeton expiré"),
        ConnectorFailure(case_ref="DSR-2026-0007", system="stripe", error="délai dépassé"),
    ]
    unsent = [
        UnsentApproved(draft_id="d4", case_ref="DSR-2026-0002", since=datetime(2026, 11, 18, 9, tzinfo=UTC)),
        UnsentApproved(draft_id="d5", case_ref="DSR-2026-0010", since=datetime(2026, 11, 17, 9, tzinfo=UTC)),
    ]
    return build_digest(cases, drafts, failures, unsent, today=TODAY)


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    """The environment over the shipped templates."""
    return make_environment(ROOT / "templates")


def refs(digest: Digest, key: str) -> list[str]:
    return [line.ref for line in digest.section(key).lines]


def test_sections_come_in_the_agreed_order() -> None:
    """Overdue first, then open by days left, extension notices, drafts, to confirm, identity, failures, unsent."""
    assert [s.key for s in sample().sections] == [
        "overdue", "open", "extensions", "drafts", "to_confirm", "identity", "failures", "unsent",
    ]


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("overdue", ["DSR-2026-0001", "DSR-2026-0003"]),  # most overdue first; answered case absent
        ("open", ["DSR-2026-0010", "DSR-2026-0007", "DSR-2026-0008", "DSR-2026-0009"]),  # by days left
        ("extensions", ["DSR-2026-0007"]),
        ("drafts", ["DSR-2026-0003", "DSR-2026-0009"]),  # proposed/edited only, by case due date
        ("to_confirm", ["DSR-2026-0008"]),
        ("identity", ["DSR-2026-0009"]),
        ("failures", ["DSR-2026-0007", "DSR-2026-0009"]),
        ("unsent", ["DSR-2026-0010", "DSR-2026-0002"]),  # oldest approval first
    ],
)
def test_lines_within_each_section(key: str, expected: list[str]) -> None:
    """Each section lists the right cases in the right order."""
    assert refs(sample(), key) == expected


def test_lines_carry_rights_in_french_and_due_date() -> None:
    """A line has the reference, the rights as French labels in canonical order, the due date."""
    line = sample().section("overdue").lines[1]
    assert (line.ref, line.rights, line.due, line.days_left) == (
        "DSR-2026-0003", ["accès", "effacement"], date(2026, 11, 17), -2,
    )
    assert line.detail == "en retard de 2 jours"


@pytest.mark.parametrize(
    ("days", "label"),
    [(-1, "en retard de 1 jour"), (-3, "en retard de 3 jours"), (0, "échéance aujourd'hui"),
     (1, "échéance demain"), (5, "5 jours restants")],
)
def test_days_left_label(days: int, label: str) -> None:
    """Days left read naturally in French."""
    assert days_left_label(days) == label


@pytest.mark.parametrize(
    ("days_left", "threshold"),
    [(30, None), (8, None), (7, "D-7"), (6, "D-7"), (4, "D-7"), (3, "D-3"), (2, "D-3"),
     (1, "D-1"), (0, "D-1"), (-1, "overdue"), (-20, "overdue")],
)
def test_reminder_threshold_by_days_left(days_left: int, threshold: str | None) -> None:
    """The most urgent threshold crossed is due, starting exactly on its day."""
    reminders = reminders_due([case("DSR-2026-0007", TODAY + timedelta(days=days_left))], TODAY)
    assert [r.threshold for r in reminders] == ([threshold] if threshold else [])
    if threshold:
        assert reminders[0].key == f"DSR-2026-0007:{threshold}"


def test_daily_scheduler_sends_each_reminder_once_on_its_day() -> None:
    """Run every day for two months: D-7, D-3, D-1, overdue each go out once, on the exact day."""
    due = date(2026, 11, 26)
    cases = [case("DSR-2026-0007", due)]
    sent: dict[str, date] = {}
    for offset in range(60):
        day = date(2026, 10, 26) + timedelta(days=offset)
        for reminder in reminders_due(cases, day):
            sent.setdefault(reminder.key, day)
    assert sent == {
        "DSR-2026-0007:D-7": date(2026, 11, 19),
        "DSR-2026-0007:D-3": date(2026, 11, 23),
        "DSR-2026-0007:D-1": date(2026, 11, 25),
        "DSR-2026-0007:overdue": date(2026, 11, 27),
    }


def test_a_missed_day_is_caught_up_once() -> None:
    """If the scheduler did not run on D-7, the D-7 reminder still goes out the next day."""
    reminders = reminders_due([case("DSR-2026-0007", TODAY + timedelta(days=6))], TODAY)
    assert [r.key for r in reminders] == ["DSR-2026-0007:D-7"]


def test_extended_case_has_fresh_keys() -> None:
    """After an extension, reminders use new keys so the new deadline is reminded too."""
    reminders = reminders_due([case("DSR-2026-0007", TODAY + timedelta(days=3), extended=True)], TODAY)
    assert [r.key for r in reminders] == ["DSR-2026-0007:ext:D-3"]
    assert reminders[0].message == "DSR-2026-0007 : 3 jours restants (échéance le 22 novembre 2026)"


@pytest.mark.parametrize("state", [CaseState.ANSWERED, CaseState.CLOSED, CaseState.REFUSED, CaseState.WITHDRAWN])
def test_finished_cases_get_no_reminder(state: CaseState) -> None:
    """Answered, closed, refused or withdrawn cases are never reminded, even past due."""
    assert reminders_due([case("DSR-2026-0007", TODAY - timedelta(days=2), state)], TODAY) == []


@pytest.mark.parametrize(
    ("notice_in", "extended", "state", "flagged"),
    [
        (8, False, CaseState.COLLECTING, False),
        (7, False, CaseState.COLLECTING, True),
        (3, False, CaseState.DRAFTING, True),
        (0, False, CaseState.COLLECTING, True),
        (-1, False, CaseState.COLLECTING, False),
        (3, True, CaseState.COLLECTING, False),
        (3, False, CaseState.ANSWERED, False),
    ],
)
def test_extension_notice_is_flagged_in_time(notice_in: int, extended: bool, state: CaseState, flagged: bool) -> None:
    """An extension notice is flagged from 7 days before its deadline until that day, if still needed."""
    c = case("DSR-2026-0007", TODAY + timedelta(days=20), state,
             extension_notice_by=TODAY + timedelta(days=notice_in), extended=extended)
    keys = [r.key for r in reminders_due([c], TODAY)]
    assert ("DSR-2026-0007:extension-notice" in keys) is flagged
    assert (refs(build_digest([c], today=TODAY), "extensions") == ["DSR-2026-0007"]) is flagged


def test_reminders_carry_no_personal_data() -> None:
    """Reminder messages name the case by reference and dates only."""
    for reminder in reminders_due([case("DSR-2026-0007", TODAY - timedelta(days=1))], TODAY):
        assert reminder.message == "DSR-2026-0007 : en retard depuis le 18 novembre 2026"


def test_empty_digest(env: jinja2.Environment) -> None:
    """Nothing to do: the digest says so plainly."""
    digest = build_digest([case("DSR-2026-0002", TODAY, CaseState.CLOSED)], today=TODAY)
    assert digest.empty
    subject, body = render_digest(digest, env)
    assert subject == "DSR Desk – point du 19 novembre 2026 : rien d'urgent"
    assert "Rien d'urgent aujourd'hui" in body
    assert body.startswith("Bonjour,\n\nRien d'urgent aujourd'hui")


def test_digest_golden(env: jinja2.Environment) -> None:
    """The busy day renders exactly as the reviewed golden file."""
    subject, body = render_digest(sample(), env)
    text = f"Subject: {subject}\n\n{body}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_uncertain_send_is_told_apart() -> None:
    """An approved answer whose sending was interrupted asks her to check before resending."""
    from datetime import datetime, timezone

    from flows.digest import UnsentApproved, build_digest

    since = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    digest = build_digest([], unsent=[UnsentApproved(draft_id="d1", case_ref="DSR-2026-0001", since=since),
                                      UnsentApproved(draft_id="d2", case_ref="DSR-2026-0002", since=since, uncertain=True)],
                          today=datetime(2026, 11, 26).date())
    details = [line.detail for line in digest.section("unsent").lines]
    assert details[0].endswith("non envoyée")
    assert "vérifier dans les messages envoyés" in details[1]
