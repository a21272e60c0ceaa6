"""A connector that answers 500 or times out leaves the case in a clear state, and the
case succeeds when that one connector is retried (the others are not redone)."""

from __future__ import annotations

from pathlib import Path

from tests.workers.connectors.conftest import FakeApi, fake_api  # noqa: F401  (fixture)
from tests.workers.pipeline_support import EXPORTS, make_runtime, request_message, running_worker, wait_for
from workers.intake import Incoming, ingest
from workers.runtime import Runtime, utcnow
from workers.store import cases as case_store
from workers.store.drafts import list_drafts
from workers.workflow import practitioner
from workers.workflow.collection import results

CONTACT = {"id": 4242, "email": "camille.martin@exemple.fr", "fields": [
    {"slug": "first_name", "value": "Camille"}, {"slug": "surname", "value": "Martin"}],
    "tags": [{"id": 1, "name": "newsletter"}], "createdAt": "2024-02-20T08:00:00+00:00"}


def first_case(runtime: Runtime, state: str):  # type: ignore[no-untyped-def]
    def check():  # type: ignore[no-untyped-def]
        with runtime.db.begin() as conn:
            rows = case_store.list_cases(conn)
        return rows[0] if rows and rows[0]["state"] == state else None

    return check


def test_failing_api_then_retry(tmp_path: Path, redis_url: str, fake_api: FakeApi) -> None:  # noqa: F811
    """Systeme.io answers 500: after its retries the case shows which connector failed and why;
    once the API is back, ``retry`` collects it alone and the answer is drafted with its data."""
    fake_api.route("GET", "/api/contacts", (500, {"message": "Internal Server Error"}))
    connectors = {
        "stripe": {"mode": "export", "export_dir": str(EXPORTS / "stripe")},
        "systemeio": {"mode": "api", "api_key": "key-123", "api_base": fake_api.url + "/api", "timeout_seconds": 2},
    }
    runtime = make_runtime(tmp_path, redis_url, connectors=connectors)
    from workers.actors import recognise_messages

    raw = request_message("camille.martin@exemple.fr", "Camille Martin", "Accès",
                          "Bonjour, je souhaite obtenir une copie de mes données personnelles.\nCamille Martin\n")
    with running_worker(runtime):
        ingest(runtime.db, [Incoming(raw=raw, source="file")], lambda ids: recognise_messages.send(ids), utcnow)
        case = wait_for(first_case(runtime, "awaiting_approval"), timeout=90)
        with runtime.db.begin() as conn:
            rows = {r["system"]: r for r in results(conn, case["id"])}
        assert rows["stripe"]["status"] == "ok" and rows["stripe"]["attempts"] == 1
        assert rows["systemeio"]["status"] == "error"
        assert rows["systemeio"]["attempts"] >= 2, "a transient failure is retried before giving up"
        assert rows["systemeio"]["error"]
        assert case["problem"] and "systemeio" in case["problem"]

        fake_api.route("GET", "/api/contacts", (200, {"items": [CONTACT], "hasMore": False}))
        assert practitioner.retry_collection(runtime, case["ref"], utcnow()) == ["systemeio"]

        def recollected():  # type: ignore[no-untyped-def]
            found = first_case(runtime, "awaiting_approval")()
            if not found:
                return None
            with runtime.db.begin() as conn:
                rows = {r["system"]: r for r in results(conn, found["id"])}
            return (found, rows) if rows["systemeio"]["status"] == "ok" else None

        case, rows = wait_for(recollected, timeout=60)
    assert rows["stripe"]["attempts"] == 1, "the connector that worked is not run again"
    assert any(r["id"] == "4242" for r in rows["systemeio"]["records"])
    assert not case["problem"]
    with runtime.db.begin() as conn:
        access = [d for d in list_drafts(conn, case_id=case["id"]) if d["kind"] == "answer_access"]
    assert len(access) == 1
    assert "Systeme.io" in access[0]["body"]


def test_timeout_is_reported_as_failure(tmp_path: Path, redis_url: str, fake_api: FakeApi) -> None:  # noqa: F811
    """An API that does not answer in time ends as a failed connector with its reason, not a stuck case."""
    fake_api.delay = 3.0
    fake_api.route("GET", "/api/contacts", (200, {"items": [], "hasMore": False}))
    connectors = {"systemeio": {"mode": "api", "api_key": "k", "api_base": fake_api.url + "/api", "timeout_seconds": 0.5}}
    runtime = make_runtime(tmp_path, redis_url, connectors=connectors)
    from workers.actors import recognise_messages

    raw = request_message("x.y@exemple.test", "X Y", "Suppression", "Merci de supprimer toutes mes données personnelles.\n")
    with running_worker(runtime):
        ingest(runtime.db, [Incoming(raw=raw, source="file")], lambda ids: recognise_messages.send(ids), utcnow)
        case = wait_for(first_case(runtime, "awaiting_identity"), timeout=60)
        practitioner.identity_checked(runtime, case["ref"], utcnow())
        case = wait_for(first_case(runtime, "awaiting_approval"), timeout=90)
    with runtime.db.begin() as conn:
        row = results(conn, case["id"])[0]
    assert row["status"] == "error"
    assert "systemeio" in (case["problem"] or "")
