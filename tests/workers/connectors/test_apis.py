"""API-mode connectors against a local HTTP server answering in each API's documented format."""

from __future__ import annotations

import json

import pytest

from flows.connectors import PermanentConnectorError, ResultStatus, TransientConnectorError
from flows.erasure import ActionKind
from flows.models import Identity, MatchField, Record
from tests.workers.connectors.conftest import FakeApi, Request
from workers.connectors import lookup_one
from workers.connectors.drive_api import DriveApiConnector
from workers.connectors.stripe_api import StripeApiConnector
from workers.connectors.systemeio import SystemeioApiConnector

CAMILLE = Identity(email="camille.martin@exemple.fr", name="Camille Martin", phone="06 12 34 56 78")


def stripe_list(data: list[dict[str, object]], url: str = "/v1/x") -> dict[str, object]:
    return {"object": "list", "data": data, "has_more": False, "url": url}


def stripe_customer(cid: str, email: str, name: str) -> dict[str, object]:
    return {"id": cid, "object": "customer", "email": email, "name": name, "phone": None, "metadata": {}}


def stripe_error(status: int, kind: str) -> tuple[int, dict[str, object]]:
    return status, {"error": {"type": kind, "message": "boom", "code": kind}}


@pytest.fixture
def stripe_api(fake_api: FakeApi) -> FakeApi:
    fake_api.route("GET", "/v1/customers/search", (200, {
        "object": "search_result", "has_more": False, "url": "/v1/customers/search", "data": [
            stripe_customer("cus_md", "camille.md@exemple.org", "Camille Martin-Dubois"),
            stripe_customer("cus_cm2", "autre@exemple.fr", "MARTIN Camille")]}))
    fake_api.route("GET", "/v1/customers", (200, stripe_list(
        [stripe_customer("cus_cm", "camille.martin@exemple.fr", "Camille Martin")])))
    fake_api.route("GET", "/v1/charges", lambda r: (200, stripe_list(
        [{"id": f"ch_{r.query['customer'][0]}", "object": "charge", "amount": 9000}])))
    fake_api.route("GET", "/v1/invoices", lambda r: (200, stripe_list(
        [{"id": f"in_{r.query['customer'][0]}", "object": "invoice", "number": "FDS-1"}])))
    fake_api.route("GET", "/v1/subscriptions", (200, stripe_list([])))
    fake_api.route("DELETE", "/v1/customers/", lambda r: (200, {"id": r.path.rsplit("/", 1)[1],
                                                                "object": "customer", "deleted": True}))
    fake_api.route("POST", "/v1/customers/", lambda r: (200, stripe_customer(r.path.rsplit("/", 1)[1], "", "")))
    return fake_api


def test_stripe_api_lookup(stripe_api: FakeApi) -> None:
    """Email list + name/phone search, re-checked: the hyphenated namesake is dropped."""
    records = StripeApiConnector("sk_test_x", api_base=stripe_api.url).lookup(CAMILLE)
    assert [(r.kind, r.id) for r in records] == [
        ("customer", "cus_cm"), ("payment", "ch_cus_cm"), ("invoice", "in_cus_cm"),
        ("customer", "cus_cm2"), ("payment", "ch_cus_cm2"), ("invoice", "in_cus_cm2")]
    assert records[0].matched_on == [MatchField.EMAIL, MatchField.NAME]
    assert records[3].matched_on == [MatchField.NAME]
    first = stripe_api.requests[0]
    assert first.path == "/v1/customers" and first.query["email"] == ["camille.martin@exemple.fr"]
    assert first.headers["authorization"] == "Bearer sk_test_x"
    search = next(r for r in stripe_api.requests if r.path == "/v1/customers/search")
    assert search.query["query"] == ["name:'Camille Martin' OR phone:'+33612345678'"]


def test_stripe_api_erase_and_restrict(stripe_api: FakeApi) -> None:
    """Dry run changes nothing; then the customer is deleted, invoices kept; restriction in metadata."""
    connector = StripeApiConnector("sk_test_x", api_base=stripe_api.url)
    records = connector.lookup(Identity(email="camille.martin@exemple.fr"))
    actions = connector.plan_erasure(records)
    stripe_api.requests.clear()
    dry = connector.erase(actions)
    assert stripe_api.requests == [] and {r.status for r in dry} == {ResultStatus.DRY_RUN, ResultStatus.SKIPPED}
    results = connector.erase(actions, dry_run=False)
    assert [(r.method, r.path) for r in stripe_api.requests] == [("DELETE", "/v1/customers/cus_cm")]
    statuses = {r.record_id: r.status for r in results}
    assert statuses == {"cus_cm": ResultStatus.DONE, "ch_cus_cm": ResultStatus.SKIPPED,
                        "in_cus_cm": ResultStatus.SKIPPED}
    stripe_api.requests.clear()
    restricted = connector.restrict([records[0]], dry_run=False)
    assert restricted[0].status is ResultStatus.DONE
    assert stripe_api.requests[0].method == "POST" and b"rgpd_limitation" in stripe_api.requests[0].body
    assert connector.rectify(records[1], {"amount": 1})[0].status is ResultStatus.NOT_SUPPORTED


@pytest.mark.parametrize(("status", "kind", "error"), [
    (401, "authentication_error", PermanentConnectorError),
    (400, "invalid_request_error", PermanentConnectorError),
    (429, "rate_limit_error", TransientConnectorError),
    (500, "api_error", TransientConnectorError),
])
def test_stripe_api_errors(fake_api: FakeApi, status: int, kind: str, error: type[Exception]) -> None:
    """401/4xx are permanent; 429/5xx transient (retry)."""
    fake_api.route("GET", "/v1/customers", stripe_error(status, kind))
    with pytest.raises(error):
        StripeApiConnector("sk_test_x", api_base=fake_api.url).lookup(CAMILLE)


def test_stripe_api_timeout_is_transient(fake_api: FakeApi) -> None:
    """A server slower than the timeout gives a retryable error result."""
    fake_api.route("GET", "/v1/customers", (200, stripe_list([])))
    fake_api.delay = 1.5
    result = lookup_one(StripeApiConnector("sk_test_x", api_base=fake_api.url, timeout=0.3), CAMILLE)
    assert result.status == "error" and result.retryable


SYSTEMEIO_CONTACT = {
    "id": 4242, "email": "camille.martin@exemple.fr", "registeredAt": "2024-02-20T08:00:00+00:00",
    "locale": "fr", "unsubscribed": False, "bounced": False, "needsConfirmation": False,
    "fields": [{"fieldName": "Prénom", "slug": "first_name", "value": "Camille"},
               {"fieldName": "Nom", "slug": "surname", "value": "Martin"},
               {"fieldName": "Téléphone", "slug": "phone_number", "value": "+33612345678"}],
    "tags": [{"id": 7, "name": "newsletter"}, {"id": 9, "name": "client"}],
}


@pytest.fixture
def systemeio_api(fake_api: FakeApi) -> FakeApi:
    fake_api.route("GET", "/api/contacts", (200, {"items": [SYSTEMEIO_CONTACT], "hasMore": False}))
    fake_api.route("GET", "/api/contacts/4242", (200, SYSTEMEIO_CONTACT))
    fake_api.route("DELETE", "/api/contacts/", (204, b""))
    fake_api.route("PATCH", "/api/contacts/", (200, SYSTEMEIO_CONTACT))
    return fake_api


def test_systemeio_api_lookup(systemeio_api: FakeApi) -> None:
    """GET /contacts?email= with X-API-Key; fields and tags kept; name and phone confirmed."""
    connector = SystemeioApiConnector("key-123", api_base=systemeio_api.url + "/api")
    records = connector.lookup(CAMILLE)
    assert [(r.id, r.kind, r.matched_on) for r in records] == [
        ("4242", "contact", [MatchField.EMAIL, MatchField.NAME, MatchField.PHONE])]
    request = systemeio_api.requests[0]
    assert request.headers["x-api-key"] == "key-123" and request.query["email"] == ["camille.martin@exemple.fr"]


def test_systemeio_api_unsubscribe_delete_rectify(systemeio_api: FakeApi) -> None:
    """Objection removes every tag; erasure deletes the contact; rectification is a merge-patch."""
    connector = SystemeioApiConnector("key-123", api_base=systemeio_api.url + "/api")
    records = connector.lookup(CAMILLE)
    from flows.erasure import plan
    from flows.models import Right

    systemeio_api.requests.clear()
    connector.erase(plan(records, [Right.OBJECTION]).lines, dry_run=False)
    assert [(r.method, r.path) for r in systemeio_api.requests] == [
        ("GET", "/api/contacts/4242"), ("DELETE", "/api/contacts/4242/tags/7"), ("DELETE", "/api/contacts/4242/tags/9")]
    systemeio_api.requests.clear()
    deleted = connector.erase(plan(records, [Right.ERASURE]).lines, dry_run=False)
    assert deleted[0].status is ResultStatus.DONE
    assert [(r.method, r.path) for r in systemeio_api.requests] == [("DELETE", "/api/contacts/4242")]
    systemeio_api.requests.clear()
    connector.rectify(records[0], {"surname": "Martin-Roux"}, dry_run=False)
    patch = systemeio_api.requests[0]
    assert patch.headers["content-type"] == "application/merge-patch+json"
    assert json.loads(patch.body) == {"fields": [{"slug": "surname", "value": "Martin-Roux"}]}
    assert connector.restrict(records)[0].message == "à faire à la main dans Systeme.io"


@pytest.mark.parametrize(("status", "error"), [(401, PermanentConnectorError), (404, PermanentConnectorError),
                                                (429, TransientConnectorError), (503, TransientConnectorError)])
def test_systemeio_api_errors(fake_api: FakeApi, status: int, error: type[Exception]) -> None:
    """Status codes map onto the exception tree."""
    fake_api.route("GET", "/api/contacts", (status, {"detail": "x"}))
    with pytest.raises(error):
        SystemeioApiConnector("k", api_base=fake_api.url + "/api").lookup(CAMILLE)


def test_systemeio_api_timeout(fake_api: FakeApi) -> None:
    """A timeout is transient."""
    fake_api.route("GET", "/api/contacts", (200, {"items": []}))
    fake_api.delay = 1.0
    with pytest.raises(TransientConnectorError):
        SystemeioApiConnector("k", api_base=fake_api.url + "/api", timeout=0.2).lookup(CAMILLE)


def _drive_files(request: Request) -> tuple[int, object]:
    q = request.query["q"][0]
    files = []
    if "camille.martin@exemple.fr" in q:
        files.append({"id": "f1", "name": "Questionnaire santé.pdf", "mimeType": "application/pdf"})
    if '"Camille Martin"' in q:
        files += [{"id": "d1", "name": "Notes", "mimeType": "application/vnd.google-apps.document"},
                  {"id": "d2", "name": "Bilan", "mimeType": "application/vnd.google-apps.document"}]
    return 200, {"files": files}


def _drive_export(request: Request) -> tuple[int, object]:
    texts = {"d1": "Séance avec MARTIN Camille", "d2": "Participante : Camille Martin-Dubois"}
    return 200, texts[request.path.split("/")[-2]].encode()


def drive_connector(api: FakeApi) -> DriveApiConnector:
    from google.auth.credentials import AnonymousCredentials

    return DriveApiConnector(api_endpoint=api.url + "/drive/v3/", timeout=2, credentials=AnonymousCredentials())


def test_drive_api_lookup(fake_api: FakeApi) -> None:
    """fullText searches; Google Docs exported and re-checked: Drive's loose hit on the namesake dropped."""
    fake_api.route("GET", "/drive/v3/files/", _drive_export)
    fake_api.route("GET", "/drive/v3/files", _drive_files)
    records = drive_connector(fake_api).lookup(Identity(email="camille.martin@exemple.fr", name="Camille Martin"))
    assert [(r.id, r.matched_on) for r in records] == [("f1", [MatchField.EMAIL]), ("d1", [MatchField.NAME])]
    assert records[0].fields["category"] == "health_questionnaire" and records[0].provided_by_subject
    queries = [r.query["q"][0] for r in fake_api.requests if r.path == "/drive/v3/files"]
    assert queries[0] == "fullText contains 'camille.martin@exemple.fr' and trashed = false"


def test_drive_api_trash(fake_api: FakeApi) -> None:
    """Erasure moves the file to the trash (PATCH trashed=true)."""
    fake_api.route("PATCH", "/drive/v3/files/", (200, {"id": "f1", "trashed": True}))
    connector = drive_connector(fake_api)
    record = Record(system="drive", id="f1", kind="file", fields={"category": "client_file"})
    results = connector.erase(connector.plan_erasure([record]), dry_run=False)
    assert results[0].status is ResultStatus.DONE and results[0].action == ActionKind.DELETE
    assert json.loads(fake_api.requests[0].body) == {"trashed": True}


@pytest.mark.parametrize(("status", "error"), [(401, PermanentConnectorError), (500, TransientConnectorError)])
def test_drive_api_errors(fake_api: FakeApi, status: int, error: type[Exception]) -> None:
    """Google errors map onto the exception tree."""
    fake_api.route("GET", "/drive/v3/files", (status, {"error": {"code": status, "message": "x"}}))
    with pytest.raises(error):
        drive_connector(fake_api).lookup(CAMILLE)
