"""Fixtures of the web desk tests: a real SQLite store, cases made by the real pipeline,
a logged-in TestClient."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

import pytest
from argon2 import PasswordHasher
from dramatiq.brokers.stub import StubBroker
from starlette.testclient import TestClient

from workers.broker import install
from workers.intake import Incoming, record_batch
from workers.runtime import Runtime, boot, set_current, utcnow
from workers.settings import Settings
from workers.web.app import create_app
from workers.web.auth import LoginThrottle
from workers.workflow import case_flow
from workers.workflow.recognition import recognise_one

PASSWORD = "Floraison-2026!"
#: A cheap argon2 hash for tests (verification uses the parameters stored in the hash).
CHEAP = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
PASSWORD_HASH = CHEAP.hash(PASSWORD)
CONTACT = "contact@floraison.test"


class FakeClock:
    """A wall clock (seconds) the throttle tests move by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def web_settings(data_dir: Path, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "data_dir": data_dir, "web_password_hash": PASSWORD_HASH, "contact_address": CONTACT,
        "practitioner_email": CONTACT, "web_session_secret": "s" * 40,
        "connectors": {"mailbox": {"mode": "stored"}},
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _no_config_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The machine's config/dsr.toml and DSR_* variables never leak into these tests; a
    command that boots (``dsr web set-password`` closes the sessions) uses the test's data_dir."""
    import os

    for name in list(os.environ):
        if name.startswith("DSR_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("DSR_CONFIG", str(tmp_path / "absent.toml"))
    monkeypatch.setenv("DSR_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def stub_broker() -> StubBroker:
    """Actions queue their next step here (nothing runs it)."""
    broker = StubBroker()
    install(broker)
    return broker


@pytest.fixture
def runtime(tmp_path: Path, stub_broker: StubBroker) -> Iterator[Runtime]:
    """A runtime on a fresh SQLite file, without Redis."""
    rt = boot(web_settings(tmp_path / "data"), with_broker=False)
    rt.broker = stub_broker
    yield rt
    set_current(None)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def throttle_for(rt: Runtime, clock: FakeClock, **options: Any) -> LoginThrottle:
    """The desk's login throttle over ``rt``'s database, on the fake clock."""
    return LoginThrottle(rt.db, clock, secret="t" * 40, **options)


@pytest.fixture
def app_client(runtime: Runtime, clock: FakeClock) -> Iterator[TestClient]:
    """An anonymous client of the desk (throttle on the fake clock)."""
    app = create_app(runtime, throttle=throttle_for(runtime, clock))
    with TestClient(app, base_url="http://127.0.0.1:8765", follow_redirects=False) as client:
        yield client


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "no CSRF field in the page"
    return found.group(1)


def log_in(client: TestClient, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    page = client.get("/connexion")
    response = client.post("/connexion", data={"password": password, "csrf_token": csrf_of(page.text)})
    assert response.status_code == 303, response.text
    return csrf_of(client.get("/demandes").text)


@pytest.fixture
def client(app_client: TestClient) -> TestClient:
    """A logged-in client; its CSRF token is ``client.csrf``."""
    app_client.csrf = log_in(app_client)  # type: ignore[attr-defined]
    return app_client


def request_email(
    body: str = "Bonjour, je souhaite obtenir une copie de toutes les données personnelles que vous "
                "détenez sur moi, conformément à l'article 15 du RGPD.\nMerci, Marie Dupont",
    *, sender: str = "Marie Dupont <marie.dupont@example.org>", subject: str = "Demande RGPD",
    html: str | None = None, when: datetime | None = None,
) -> bytes:
    """A raw request email (plain text, or multipart/alternative with ``html``)."""
    when = when or utcnow() - timedelta(days=2)
    head = (f"From: {sender}\r\nTo: {CONTACT}\r\nSubject: {subject}\r\nMessage-ID: {make_msgid(domain='example.org')}\r\n"
            f"Date: {format_datetime(when.astimezone(UTC))}\r\nMIME-Version: 1.0\r\n")
    if html is None:
        return (head + "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + body.replace("\n", "\r\n") + "\r\n").encode("utf-8")
    return (head + 'Content-Type: multipart/alternative; boundary="b1"\r\n\r\n--b1\r\n'
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + body.replace("\n", "\r\n") + "\r\n--b1\r\nContent-Type: text/html; charset=utf-8\r\n"
            "Content-Transfer-Encoding: 8bit\r\n\r\n" + html + "\r\n--b1--\r\n").encode("utf-8")


def make_case(rt: Runtime, raw: bytes | None = None, *, open_flow: bool = True) -> str:
    """Record, recognise and open a case through the real pipeline; returns its reference."""
    from workers.store.cases import get_case

    ids = record_batch(rt.db, [Incoming(raw=raw or request_email(), source="file")], utcnow()).pending
    step = recognise_one(rt, ids[0], utcnow())
    assert step is not None, "the message was not recognised as a request"
    if open_flow:
        case_flow.on_opened(rt, step.case_id, utcnow())
    with rt.db.begin() as conn:
        case = get_case(conn, step.case_id)
    assert case is not None
    return str(case["ref"])


@pytest.fixture
def new_case(runtime: Runtime) -> Callable[..., str]:
    return lambda raw=None, **kw: make_case(runtime, raw, **kw)


def text_of(response: object) -> str:
    """A page's text with HTML entities decoded (apostrophes are escaped in values)."""
    from html import unescape

    return unescape(response.text)  # type: ignore[attr-defined]


def interrupt_sending(rt: Runtime, draft_id: str, since: datetime | None = None) -> None:
    """Leave a draft as an interrupted SMTP hand-over does, through the store steps of
    workers.sending: approved, claimed, Message-ID reserved, then not found anywhere
    (``send_uncertain``). Nothing is queued."""
    from workers.sending import UNCERTAIN_NOTE
    from workers.store import drafts as draft_store

    since = since or utcnow() - timedelta(minutes=10)
    with rt.db.begin() as conn:
        draft = draft_store.get_draft(conn, draft_id)
        if draft["status"] != "approved":
            draft_store.approve_draft(conn, draft["id"], since)
        assert draft_store.claim_sending(conn, draft["id"], since)
        draft_store.reserve_message_id(conn, draft["id"], make_msgid(domain="floraison.test"), draft["case_id"])
        assert draft_store.mark_uncertain(conn, draft["id"], since, UNCERTAIN_NOTE, since)
