"""`dsr drafts` and `dsr draft ID`: listing (JSON and table), showing, editing, approving, discarding."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner

from tests.workers.answers_support import env_for, seed_case, settings_for
from workers.cli import main
from workers.runtime import Runtime, boot, utcnow
from workers.settings import Settings
from workers.store import cases as case_store
from workers.store import drafts as store

KEYS = {"id", "case", "kind", "status", "language", "subject"}


@pytest.fixture
def desk(tmp_path: Path, redis_url: str) -> tuple[Settings, Runtime, dict[str, str]]:
    """A store with one case and three drafts (proposed, approved, sent)."""
    settings = settings_for(tmp_path, redis_url)
    runtime = boot(settings, with_broker=False)
    ref = seed_case(runtime, date(2026, 11, 20))
    ids = {}
    with runtime.db.begin() as conn:
        case_id = case_store.get_case(conn, ref)["id"]  # type: ignore[index]
        for kind in ("acknowledgment", "answer_access", "identity_request"):
            ids[kind], _ = store.create_draft(conn, case_id=case_id, kind=kind, language="fr",
                                              subject=f"[{ref}] Objet {kind}", body="Bonjour,\n\nTexte.\n", at=utcnow())
        store.approve_draft(conn, ids["answer_access"], utcnow())
        store.approve_draft(conn, ids["identity_request"], utcnow())
        store.mark_sent(conn, ids["identity_request"], utcnow())
    ids["ref"] = ref
    return settings, runtime, ids


def run(settings: Settings, *args: str, **env: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), env={**env_for(settings), **env}, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_drafts_json_is_an_array_with_the_fields(desk: tuple[Settings, Runtime, dict[str, str]]) -> None:
    """`dsr drafts --json` prints one JSON array; each item has id, case, kind, status, language, subject."""
    settings, _, ids = desk
    code, out, _ = run(settings, "drafts", "--json")
    assert code == 0
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) == 3
    for row in rows:
        assert KEYS <= set(row)
        assert row["case"] == ids["ref"] and row["language"] == "fr"
    by_kind = {r["kind"]: r for r in rows}
    assert by_kind["answer_access"]["status"] == "approved" and by_kind["identity_request"]["status"] == "sent"
    assert by_kind["acknowledgment"]["subject"] == f"[{ids['ref']}] Objet acknowledgment"


def test_drafts_table_hides_sent_unless_all(desk: tuple[Settings, Runtime, dict[str, str]]) -> None:
    """The table lists drafts still to act on; --all adds the sent ones; the [ref] survives rich markup."""
    settings, _, ids = desk
    code, out, _ = run(settings, "drafts", COLUMNS="200")
    assert code == 0 and ids["acknowledgment"][:8] in out and ids["identity_request"][:8] not in out
    assert f"[{ids['ref']}]" in out
    code, out, _ = run(settings, "drafts", "--all")
    assert ids["identity_request"][:8] in out


def test_draft_show_json_and_text(desk: tuple[Settings, Runtime, dict[str, str]]) -> None:
    """`dsr draft PREFIX` shows the draft; --json gives its fields, with "case"."""
    settings, _, ids = desk
    code, out, _ = run(settings, "draft", ids["acknowledgment"][:8])
    assert code == 0 and "Objet acknowledgment" in out and "Texte." in out
    code, out, _ = run(settings, "draft", ids["acknowledgment"], "--json")
    shown = json.loads(out)
    assert KEYS <= set(shown) and shown["id"] == ids["acknowledgment"] and shown["body"].startswith("Bonjour")


def test_edit_then_approve_queues_the_sending(desk: tuple[Settings, Runtime, dict[str, str]], redis_url: str) -> None:
    """--edit through $EDITOR changes the body; --approve marks it approved and queues one send_draft."""
    settings, runtime, ids = desk
    draft_id = ids["acknowledgment"]
    code, out, err = run(settings, "draft", draft_id, "--edit", EDITOR="sed -i 's/Texte/Texte corrigé/'")
    assert code == 0, err
    with runtime.db.begin() as conn:
        row = store.get_draft(conn, draft_id)
    assert row["status"] == "edited" and "Texte corrigé." in row["body"] and row["subject"].endswith("acknowledgment")
    code, out, err = run(settings, "draft", draft_id, "--approve")
    assert code == 0, err
    assert "validé" in out
    with runtime.db.begin() as conn:
        assert store.get_draft(conn, draft_id)["status"] == "approved"
    client = redis.Redis.from_url(redis_url)
    queued = [v for v in client.hgetall("dramatiq:send.msgs").values() if draft_id.encode() in v]
    assert len(queued) == 1


def test_refusals_are_clean_french_errors(desk: tuple[Settings, Runtime, dict[str, str]]) -> None:
    """Unknown id, discarding a sent draft, resending what is not uncertain: `Erreur : ...`, exit 1."""
    settings, runtime, ids = desk
    code, _, err = run(settings, "draft", "ffffffff")
    assert code == 1 and err.startswith("Erreur : brouillon ffffffff introuvable")
    code, _, err = run(settings, "draft", ids["identity_request"], "--discard")
    assert code == 1 and "déjà envoyé" in err
    code, _, err = run(settings, "draft", ids["answer_access"], "--sent")
    assert code == 1 and "incertain" in err
    code, _, err = run(settings, "draft", ids["answer_access"], "--discard", "--approve")
    assert code == 1 and "une seule action" in err
    code, out, err = run(settings, "draft", ids["acknowledgment"], "--discard")
    assert code == 0 and "abandonné" in out
    with runtime.db.begin() as conn:
        assert store.get_draft(conn, ids["acknowledgment"])["status"] == "discarded"


def test_uncertain_sending_resend_or_sent(desk: tuple[Settings, Runtime, dict[str, str]], redis_url: str) -> None:
    """An uncertain sending: --resend lifts it and queues one send_draft in Redis (twice is refused);
    --sent on another records it as sent and queues nothing."""
    settings, runtime, ids = desk
    since = utcnow()
    with runtime.db.begin() as conn:
        store.approve_draft(conn, ids["acknowledgment"], since)
        for draft_id in (ids["acknowledgment"], ids["answer_access"]):
            assert store.claim_sending(conn, draft_id, since)
            assert store.mark_uncertain(conn, draft_id, since, "envoi interrompu", since)
    code, out, err = run(settings, "draft", ids["acknowledgment"], "--resend")
    assert code == 0 and "Nouvel envoi demandé" in out, err
    code, _, err = run(settings, "draft", ids["acknowledgment"], "--resend")
    assert code == 1 and "incertain" in err
    code, out, err = run(settings, "draft", ids["answer_access"], "--sent")
    assert code == 0 and "marqué envoyé" in out, err
    with runtime.db.begin() as conn:
        resent, sent = store.get_draft(conn, ids["acknowledgment"]), store.get_draft(conn, ids["answer_access"])
    assert resent["status"] == "approved" and not resent["send_uncertain"] and resent["sending_since"] is None
    assert sent["status"] == "sent" and not sent["send_uncertain"]
    queued = list(redis.Redis.from_url(redis_url).hgetall("dramatiq:send.msgs").values())
    assert len(queued) == 1 and ids["acknowledgment"].encode() in queued[0]
