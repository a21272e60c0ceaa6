"""Tests of flows.erasure: the per-record plan for erasure, objection, consent withdrawal."""

from __future__ import annotations

import pytest

from flows.erasure import ActionKind, Category, ErasurePlan, category_of, plan
from flows.models import Record, Right


def rec(kind: str, rid: str = "x", system: str = "s", **fields: object) -> Record:
    return Record(system=system, id=rid, kind=kind, fields=dict(fields))


TABLE = [
    # (record kind, explicit category, right, expected action)
    ("invoice", None, Right.ERASURE, ActionKind.KEEP),
    ("payment", None, Right.ERASURE, ActionKind.KEEP),
    ("customer", None, Right.ERASURE, ActionKind.DELETE),
    ("contact", None, Right.ERASURE, ActionKind.DELETE),
    ("contact", None, Right.OBJECTION, ActionKind.UNSUBSCRIBE),
    ("customer", None, Right.OBJECTION, ActionKind.KEEP),
    ("invoice", None, Right.OBJECTION, ActionKind.KEEP),
    ("file", "testimonial", Right.WITHDRAW_CONSENT, ActionKind.DELETE),
    ("file", "photo", Right.WITHDRAW_CONSENT, ActionKind.DELETE),
    ("file", "health_questionnaire", Right.WITHDRAW_CONSENT, ActionKind.DELETE),
    ("file", "client_file", Right.WITHDRAW_CONSENT, ActionKind.KEEP),
    ("file", "accounting_file", Right.ERASURE, ActionKind.KEEP),
    ("file", None, Right.ERASURE, ActionKind.DELETE),
    ("contact", None, Right.WITHDRAW_CONSENT, ActionKind.UNSUBSCRIBE),
    ("customer", None, Right.RESTRICTION, ActionKind.RESTRICT),
    ("message", None, Right.ERASURE, ActionKind.DELETE),
    ("request_log", None, Right.ERASURE, ActionKind.KEEP),
]


@pytest.mark.parametrize(("kind", "category", "right", "expected"), TABLE)
def test_policy_table(kind: str, category: str | None, right: Right, expected: ActionKind) -> None:
    """Each category of record gets the action the right calls for."""
    fields = {"category": category} if category else {}
    result = plan([rec(kind, **fields)], [right])
    assert [line.action for line in result.lines] == [expected]
    assert result.lines[0].reason


def test_invoice_kept_with_legal_reason_and_restricted() -> None:
    """Invoices are kept 10 years under L123-22, restricted to that purpose, said in French."""
    line = plan([rec("invoice", "in_1", number="FDS-1")], [Right.ERASURE]).lines[0]
    assert line.legal_basis == "Code de commerce L123-22"
    assert "10 ans" in line.reason and "limité" in line.reason
    assert "FDS-1" in line.describe()


def test_strongest_action_wins_but_legal_keep_holds() -> None:
    """Erasure + objection on a contact deletes; on an invoice it still keeps."""
    result = plan([rec("contact", "c"), rec("invoice", "i")], [Right.OBJECTION, Right.ERASURE])
    assert {line.record_id: line.action for line in result.lines} == {"c": ActionKind.DELETE, "i": ActionKind.KEEP}
    assert result.rights == [Right.ERASURE, Right.OBJECTION]


def test_access_only_plans_nothing() -> None:
    """Access and portability do not lead to any erasure line."""
    result = plan([rec("contact")], [Right.ACCESS, Right.PORTABILITY])
    assert result.lines == [] and result.rights == []


def test_recipients_listed_only_when_something_changes() -> None:
    """Art. 19 recipients are informed when data is erased/restricted, not when all is kept."""
    changing = plan([rec("contact")], [Right.ERASURE], recipients=["Systeme.io", "Stripe", "Stripe"])
    assert changing.recipients_to_inform == ["Systeme.io", "Stripe"]
    assert "Destinataires à informer" in changing.summary_fr()[-1]
    keeping = plan([rec("invoice")], [Right.ERASURE], recipients=["Stripe"])
    assert keeping.recipients_to_inform == []


def test_plan_views() -> None:
    """to_execute / kept / systems split the plan for the practitioner and the executor."""
    result: ErasurePlan = plan(
        [rec("contact", "c", system="systemeio"), rec("invoice", "i", system="stripe"),
         rec("customer", "k", system="stripe")], [Right.ERASURE])
    assert [a.record_id for a in result.to_execute()] == ["c", "k"]
    assert [a.record_id for a in result.to_execute("stripe")] == ["k"]
    assert [a.record_id for a in result.kept()] == ["i"]
    assert result.systems() == ["systemeio", "stripe"]


def test_category_of_explicit_field_wins() -> None:
    """A Drive file's category field overrides its generic kind."""
    assert category_of(rec("file", category="testimonial")) is Category.CONSENT_BASED
    assert category_of(rec("file", category="unknown-thing")) is Category.CLIENT_FILE
    assert category_of(rec("weird-kind")) is Category.CLIENT_FILE
