"""Recognition wired in: recorded messages are recognised by an actor; requests and reviews
open cases, replies join theirs; ``dsr cases`` and ``dsr case REF`` show them, with --json."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from tests.workers.pipeline_support import make_runtime, request_message, running_worker, wait_for
from workers.cli import main
from workers.intake import Incoming, ingest
from workers.runtime import Runtime, set_current, utcnow
from workers.store import cases as case_store
from workers.store.messages import list_messages

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "recognition"


def feed(runtime: Runtime, *raws: bytes) -> None:
    from workers.actors import recognise_messages

    ingest(runtime.db, [Incoming(raw=r, source="file") for r in raws], lambda ids: recognise_messages.send(ids), utcnow)


def all_recognised(runtime: Runtime, count: int):  # type: ignore[no-untyped-def]
    def check():  # type: ignore[no-untyped-def]
        with runtime.db.begin() as conn:
            rows = list_messages(conn)
        return rows if len(rows) == count and all(r["status"] == "recognised" for r in rows) else None

    return check


def test_cases_list_and_detail(tmp_path: Path, redis_url: str) -> None:
    """A request and a possible request open two cases; a reply with the reference joins the first."""
    runtime = make_runtime(tmp_path, redis_url)
    request = request_message("lea.roux@exemple.test", "Léa Roux", "Effacement",
                              "Bonjour, merci d'effacer toutes mes données personnelles de vos fichiers.\nLéa Roux\n")
    review = (CORPUS / "msg-0009.eml").read_bytes()
    unrelated = request_message("paul@exemple.test", "Paul", "Séance",
                                "Bonjour, pouvons-nous décaler la séance de jeudi à 15 h ?\n")
    with running_worker(runtime):
        feed(runtime, request, review, unrelated)
        wait_for(all_recognised(runtime, 3), timeout=30)
        with runtime.db.begin() as conn:
            first = next(c for c in case_store.list_cases(conn) if c["requester_email"] == "lea.roux@exemple.test")
        reply = request_message("lea.roux@exemple.test", "Léa Roux", f"Re: [{first['ref']}] Accusé de réception",
                                "Merci, j'attends votre retour.\n")
        feed(runtime, reply)
        wait_for(all_recognised(runtime, 4), timeout=30)
    set_current(None)
    env = {"DSR_DATA_DIR": str(tmp_path / "data"), "DSR_CONFIG": str(tmp_path / "none.toml")}
    listing = CliRunner().invoke(main, ["cases", "--json"], env=env)
    assert listing.exit_code == 0, listing.output
    cases = json.loads(listing.output)
    assert len(cases) == 2, "the reply joined its case; the unrelated message opened none"
    by_outcome = {c["outcome"]: c for c in cases}
    assert set(by_outcome) == {"request", "review"}
    assert by_outcome["request"]["rights"] == ["erasure"]
    assert by_outcome["review"]["flagged_review"] is True
    for case in cases:
        assert set(case) >= {"ref", "state", "outcome", "rights", "received", "due"}
        assert len(case["due"]) == 10 and case["received"][:4].isdigit()

    detail = CliRunner().invoke(main, ["case", first["ref"], "--json"], env=env)
    assert detail.exit_code == 0, detail.output
    data = json.loads(detail.output)
    assert any("effacer" in line for line in data["evidence"])
    kinds = [e["kind"] for e in data["events"]]
    assert kinds[0] == "opened" and "message_received" in kinds
    # The reply came while proof was awaited: the clock resumes and she checks what came.
    assert data["days_left"] is not None and data["identity_status"] == "received"

    text = CliRunner().invoke(main, ["case", first["ref"]], env=env)
    assert "Historique" in text.output and "effacement" in text.output
    missing = CliRunner().invoke(main, ["case", "DSR-2026-9999"], env=env)
    assert missing.exit_code == 1 and "introuvable" in missing.output
