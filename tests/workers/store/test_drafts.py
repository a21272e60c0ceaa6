"""Drafts in the store (SQLite and PostgreSQL): once per key, status rules, the sending claim."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from workers.store import cases as case_store
from workers.store import drafts as store
from workers.store.db import Database
from workers.store.schema import outgoing_ids

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
def db(database_url: str) -> Database:
    """A migrated, empty database of the test (SQLite file, then PostgreSQL)."""
    return Database(database_url)


def new_case(db: Database, n: int = 1) -> int:
    with db.begin() as conn:
        return case_store.open_case(
            conn, message_pk=1000 + n, at=NOW, received_at=NOW, receipt_date=date(2026, 11, 26),
            due_date=date(2026, 12, 28), outcome="request", rights=["access"], language="fr",
            requester_email=f"p{n}@example.test", requester_name=None,
        ).id


def new_draft(db: Database, case_id: int, kind: str = "acknowledgment", approved: bool = False) -> str:
    with db.begin() as conn:
        draft_id, _ = store.create_draft(conn, case_id=case_id, kind=kind, language="fr", subject="[R] Objet",
                                         body="Bonjour", at=NOW)
        if approved:
            store.approve_draft(conn, draft_id, NOW)
    return draft_id


def test_created_once_per_case_and_key(db: Database) -> None:
    """Creating the same (case, kind) twice gives the first draft back; another key makes another draft."""
    case_id = new_case(db)
    with db.begin() as conn:
        first = store.create_draft(conn, case_id=case_id, kind="acknowledgment", language="fr", subject="s", body="b", at=NOW)
        again = store.create_draft(conn, case_id=case_id, kind="acknowledgment", language="fr", subject="x", body="y", at=NOW)
        other = store.create_draft(conn, case_id=case_id, kind="answer_access", language="fr", subject="s", body="b", at=NOW)
    assert first[1] is True and again == (first[0], False) and other[1] is True and other[0] != first[0]


def test_prefix_lookup_and_listing(db: Database) -> None:
    """A draft is found by its first characters (not by a LIKE pattern); listing filters by status."""
    case_id = new_case(db)
    draft_id = new_draft(db, case_id)
    with db.begin() as conn, pytest.raises(store.DraftNotFound):
        store.get_draft(conn, "%")  # the only draft, yet "%" is no wildcard
    approved = new_draft(db, case_id, kind="answer_access", approved=True)
    with db.begin() as conn:
        assert store.get_draft(conn, draft_id[:8])["id"] == draft_id
        assert [r["id"] for r in store.list_drafts(conn, statuses=["approved"])] == [approved]
        assert store.list_drafts(conn, case_id=case_id)[0]["case_ref"].startswith("DSR-2026-")


def test_status_rules(db: Database) -> None:
    """Edit un-approves; a sent draft can neither be edited nor discarded; a discarded one cannot be approved."""
    case_id = new_case(db)
    draft_id = new_draft(db, case_id, approved=True)
    with db.begin() as conn:
        store.edit_draft(conn, draft_id, subject="s2", body="b2", at=NOW)
        row = store.get_draft(conn, draft_id)
        assert row["status"] == "edited" and row["approved_at"] is None
        store.approve_draft(conn, draft_id, NOW)
        store.mark_sent(conn, draft_id, NOW)
        with pytest.raises(store.DraftStateError):
            store.edit_draft(conn, draft_id, subject="s3", body="b3", at=NOW)
        with pytest.raises(store.DraftStateError):
            store.discard_draft(conn, draft_id, NOW)
    other = new_draft(db, case_id, kind="answer_access")
    with db.begin() as conn:
        store.discard_draft(conn, other, NOW)
        with pytest.raises(store.DraftStateError):
            store.approve_draft(conn, other, NOW)


def test_claim_is_won_once_and_blocks_edits(db: Database) -> None:
    """Only one claim wins; while it holds, the draft cannot be edited or discarded; a release frees it."""
    draft_id = new_draft(db, new_case(db), approved=True)
    with db.begin() as conn:
        assert store.claim_sending(conn, draft_id, NOW) is True
        assert store.claim_sending(conn, draft_id, NOW) is False
        with pytest.raises(store.DraftStateError):
            store.edit_draft(conn, draft_id, subject="s", body="b", at=NOW)
        with pytest.raises(store.DraftStateError):
            store.discard_draft(conn, draft_id, NOW)
        store.release_sending(conn, draft_id, NOW, "ConnectionRefusedError", NOW)
        row = store.get_draft(conn, draft_id)
        assert row["sending_since"] is None and row["send_attempts"] == 1 and row["last_error"]
        assert store.claim_sending(conn, draft_id, NOW + timedelta(seconds=5)) is True


def test_concurrent_claims_one_winner(db: Database) -> None:
    """Ten threads claim the same approved draft at the same instant: exactly one wins."""
    draft_id = new_draft(db, new_case(db), approved=True)
    barrier = threading.Barrier(10)
    wins: list[bool] = []

    def claim() -> None:
        barrier.wait()
        with db.begin() as conn:
            wins.append(store.claim_sending(conn, draft_id, NOW))

    threads = [threading.Thread(target=claim) for _ in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert sorted(wins) == [False] * 9 + [True]


def test_message_id_reserved_once(db: Database) -> None:
    """The first reserved Message-ID stays; a second reservation returns it; one outgoing_ids row."""
    case_id = new_case(db)
    draft_id = new_draft(db, case_id, approved=True)
    with db.begin() as conn:
        assert store.reserve_message_id(conn, draft_id, "<a@x>", case_id) == "<a@x>"
        assert store.reserve_message_id(conn, draft_id, "<b@x>", case_id) == "<a@x>"
        assert conn.execute(select(outgoing_ids.c.message_id)).scalars().all() == ["<a@x>"]
        assert store.case_for_outgoing(conn, ["<zzz@x>", "<a@x>"]) == case_id


def test_uncertain_then_resend_or_sent(db: Database) -> None:
    """An interrupted claim becomes uncertain (only for that claim); --resend frees it; mark_sent clears it."""
    draft_id = new_draft(db, new_case(db), approved=True)
    with db.begin() as conn:
        store.claim_sending(conn, draft_id, NOW)
        assert store.mark_uncertain(conn, draft_id, NOW - timedelta(seconds=1), "note", NOW) is False  # not that claim
        assert store.mark_uncertain(conn, draft_id, NOW, "note", NOW) is True
        assert store.claim_sending(conn, draft_id, NOW) is False  # never resent by itself
        store.allow_resend(conn, draft_id, NOW)
        row = store.get_draft(conn, draft_id)
        assert not row["send_uncertain"] and row["sending_since"] is None
        with pytest.raises(store.DraftStateError):
            store.allow_resend(conn, draft_id, NOW)  # nothing uncertain any more
        store.claim_sending(conn, draft_id, NOW)
        store.mark_uncertain(conn, draft_id, NOW, "note", NOW)
        store.mark_sent(conn, draft_id, NOW)
        row = store.get_draft(conn, draft_id)
        assert row["status"] == "sent" and not row["send_uncertain"] and row["sending_since"] is None


def test_stalled_drafts(db: Database) -> None:
    """The sweep finds idle approved drafts, expired claims and sent drafts without a Sent copy, not the rest."""
    case_id = new_case(db)
    idle = new_draft(db, case_id, kind="acknowledgment", approved=True)
    claimed = new_draft(db, case_id, kind="answer_access", approved=True)
    no_copy = new_draft(db, case_id, kind="answer_erasure", approved=True)
    uncertain = new_draft(db, case_id, kind="answer_objection", approved=True)
    fresh_claim = new_draft(db, case_id, kind="refusal", approved=True)
    proposed = new_draft(db, case_id, kind="extension_notice")
    later = NOW + timedelta(minutes=30)
    with db.begin() as conn:
        store.claim_sending(conn, claimed, NOW)
        store.mark_sent(conn, no_copy, NOW)
        store.claim_sending(conn, uncertain, NOW)
        store.mark_uncertain(conn, uncertain, NOW, "note", NOW)
        store.claim_sending(conn, fresh_claim, later - timedelta(seconds=5))
        found = store.stalled_drafts(conn, now=later, lease_expired_before=later - timedelta(seconds=20),
                                     idle_before=later - timedelta(minutes=10), with_sent_copy=True)
        assert set(found) == {idle, claimed, no_copy}
        assert proposed not in found
        again = store.stalled_drafts(conn, now=later, lease_expired_before=later - timedelta(seconds=20),
                                     idle_before=later - timedelta(minutes=10), with_sent_copy=False)
        assert again == [claimed]  # the idle ones were pushed just now; no IMAP, no copy to make
