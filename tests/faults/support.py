"""Helpers for the fault and scale tests: real `dsr` processes, a fake Systeme.io API that can
hold its answers, generated requests, and the invariants every fault test checks afterwards."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
import unicodedata
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import func, select

from tests.workers.pipeline_support import EXPORTS, request_message
from workers.intake import Incoming, headline, ingest
from workers.runtime import Runtime, utcnow
from workers.store import cases as case_store
from workers.store.schema import case_events, cases, connector_results, drafts, messages

REPO = Path(__file__).resolve().parents[2]
BIN = REPO / ".venv" / "bin"

#: Where a case rests until the practitioner acts.
RESTING = {"awaiting_approval", "awaiting_identity"}

#: Rights and the wording that asks for them (recognition must see a request in each).
ASKS = {
    "access": "Je souhaite exercer mon droit d'accès (article 15 du RGPD) : merci de m'envoyer une copie "
              "de toutes les données personnelles que vous avez sur moi.",
    "erasure": "Je vous demande d'effacer toutes mes données personnelles (article 17 du RGPD, droit à "
               "l'effacement).",
    "objection": "Je m'oppose au traitement de mes données à des fins de prospection (article 21 du RGPD) : "
                 "merci de ne plus m'envoyer de newsletter.",
    "portability": "J'exerce mon droit à la portabilité (article 20 du RGPD) : merci de me transmettre mes "
                   "données dans un format structuré et lisible par machine.",
}
FIRST = ["Alice", "Bruno", "Chloé", "David", "Emma", "Farid", "Gaëlle", "Hugo", "Inès", "Jules"]
LAST = ["Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia"]


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def generated_requests(count: int, *, domain: str = "exemple.test", start: int = 0) -> list[tuple[str, str, bytes]]:
    """``count`` authentic requests from distinct senders, cycling through the rights.

    Returns (sender address, right, raw message) triples.
    """
    out = []
    rights = list(ASKS)
    for n in range(start, start + count):
        first, last = FIRST[n % len(FIRST)], LAST[(n // len(FIRST)) % len(LAST)]
        sender = f"{_ascii(first)}.{_ascii(last)}.{n}@{domain}"
        right = rights[n % len(rights)]
        body = f"Bonjour,\n\n{ASKS[right]}\n\nCordialement,\n{first} {last}\n"
        subject = ["Mes données", "Demande RGPD", "Données personnelles", "Demande au titre du RGPD"][n % 4]
        out.append((sender, right, request_message(sender, f"{first} {last}", subject, body)))
    return out


def ingest_raw(runtime: Runtime, raws: list[bytes]) -> list[int]:
    """Record messages as ``dsr ingest`` does and queue their recognition; returns the new ids."""
    from workers.actors import recognise_messages

    result = ingest(runtime.db, (Incoming(raw=r, source="file") for r in raws),
                    lambda ids: recognise_messages.send(ids), utcnow)
    return result.pending


# -- processes ---------------------------------------------------------------------------------
def dsr_env(tmp_path: Path, *, database_url: str, redis_url: str, connectors: dict[str, Any] | None = None,
            **extra: str) -> dict[str, str]:
    """The environment of `dsr` processes: a settings file holding ``connectors``, DSR_* values."""
    config = tmp_path / "dsr.toml"
    lines: list[str] = []
    for name, section in (connectors or {}).items():
        lines.append(f"[connectors.{name}]")
        lines.extend(f"{key} = {json.dumps(value)}" for key, value in section.items())
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    env.update(
        DSR_DATABASE_URL=database_url, DSR_REDIS_URL=redis_url, DSR_DATA_DIR=str(tmp_path / "data"),
        DSR_CONFIG=str(config), DSR_CONTACT_ADDRESS="contact@floraison.test",
        DSR_PRACTITIONER_EMAIL="praticienne@floraison.test", DSR_TRUSTED_AUTHSERV_IDS="mx.floraison.test",
        DSR_WORKER_PROCESSES="1", DSR_WORKER_THREADS="4", PYTHONUNBUFFERED="1",
    )
    env.update(extra)
    return env


@dataclass
class Service:
    """A `dsr` command running as a process group of its own."""

    args: list[str]
    env: dict[str, str]
    log: Path
    process: subprocess.Popen[bytes] | None = None

    def start(self) -> Service:
        with self.log.open("ab") as out:
            self.process = subprocess.Popen(self.args, env=self.env, cwd=REPO, stdout=out, stderr=subprocess.STDOUT,
                                            start_new_session=True)
        return self

    def kill(self) -> None:
        """SIGKILL the whole group (the `dsr worker` parent, dramatiq and its worker processes)."""
        assert self.process is not None
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=20)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"


@contextmanager
def services(*specs: tuple[list[str], dict[str, str], Path]) -> Iterator[list[Service]]:
    """Start each (args, env, log) as a process group; stop them all at the end."""
    running = [Service(args, env, log).start() for args, env, log in specs]
    try:
        yield running
    finally:
        for service in running:
            service.stop()


def dsr(*args: str) -> list[str]:
    return [str(BIN / "dsr"), *args]


def run_dsr(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(dsr(*args), env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


# -- a Systeme.io API that can hold its answers ------------------------------------------------
@dataclass
class FakeSystemeio:
    """Systeme.io's ``GET /contacts?email=`` on a local port, knowing every address it is asked.

    The first request for an address (the identity check when the case opens) is answered at
    once; later ones (collection) wait while ``held`` is set, so that a test can act while
    collect tasks are in flight.
    """

    held: threading.Event = field(default_factory=threading.Event)
    requests: list[str] = field(default_factory=list)
    waiting: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/api"

    def start(self) -> FakeSystemeio:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802
                parts = urlsplit(self.path)
                email = parse_qs(parts.query).get("email", [""])[0]
                with fake._lock:
                    earlier = fake.requests.count(email)
                    fake.requests.append(email)
                if earlier and fake.held.is_set():
                    with fake._lock:
                        fake.waiting += 1
                    deadline = time.monotonic() + 120
                    while fake.held.is_set() and time.monotonic() < deadline:
                        time.sleep(0.05)
                    with fake._lock:
                        fake.waiting -= 1
                body = json.dumps({"items": [{"id": abs(hash(email)) % 10**8, "email": email, "fields": [],
                                              "tags": []}], "hasMore": False}).encode()
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except OSError:  # the worker that asked was killed
                    pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def collect_requests(self, email: str) -> int:
        """Requests for ``email`` after the first (identity) one."""
        with self._lock:
            return max(self.requests.count(email) - 1, 0)

    def close(self) -> None:
        self.held.clear()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def fault_connectors(api_url: str) -> dict[str, Any]:
    """Systeme.io in API mode on the fake server, Stripe from the bundled export, stored mailbox."""
    return {
        "systemeio": {"mode": "api", "api_base": api_url, "timeout_seconds": 150},
        "stripe": {"mode": "export", "export_dir": str(EXPORTS / "stripe")},
        "mailbox": {"mode": "stored"},
    }


# -- what every fault test checks afterwards ---------------------------------------------------
def case_states(runtime: Runtime) -> dict[str, str]:
    with runtime.db.begin() as conn:
        return {r.ref: r.state for r in conn.execute(select(cases.c.ref, cases.c.state))}


def all_resting(runtime: Runtime, expected: int) -> bool:
    states = case_states(runtime)
    return len(states) == expected and set(states.values()) <= RESTING


def check_invariants(runtime: Runtime, *, raws: list[bytes], systems: set[str], via_imap: bool = False) -> dict[str, Any]:
    """Every message recorded once, one case per request, every case at rest with each
    connector result stored once, every draft at most once per kind. Returns a summary."""
    from workers.store.messages import content_hash

    with runtime.db.begin() as conn:
        hashes = Counter(r.sha256 for r in conn.execute(select(messages.c.sha256)))
        message_ids = Counter(r.message_id for r in conn.execute(select(messages.c.message_id)))
        rows = [dict(r) for r in conn.execute(select(cases)).mappings()]
        results = [dict(r) for r in conn.execute(select(connector_results)).mappings()]
        stored = Counter(
            (r.case_id, r.payload["system"])
            for r in conn.execute(select(case_events.c.case_id, case_events.c.payload).where(
                case_events.c.kind == "collection_result"))
            if r.payload.get("status") in ("ok", "error")
        )
        kinds = Counter((r.case_id, r.kind) for r in conn.execute(select(drafts.c.case_id, drafts.c.kind)))
        chains = {row["ref"]: case_store.verify(conn, row["id"]) for row in rows}
        firsts = conn.execute(select(func.count(func.distinct(cases.c.first_message_id)))).scalar_one()
    # Over IMAP the bytes come back with CRLF line ends: there, the Message-ID is the key.
    expected_ids = {headline(r).message_id for r in raws}
    assert set(message_ids) >= expected_ids, "a message is missing"
    assert all(n == 1 for n in message_ids.values()), "a Message-ID recorded twice"
    if not via_imap:
        expected = {content_hash(r) for r in raws}
        assert set(hashes) >= expected and all(hashes[h] == 1 for h in expected), "a message recorded twice"
    assert len(rows) == len(raws) == firsts, f"{len(rows)} cases for {len(raws)} requests"
    not_resting = {r["ref"]: r["state"] for r in rows if r["state"] not in RESTING}
    assert not not_resting, f"cases not at rest: {not_resting}"
    for row in rows:
        assert chains[row["ref"]].ok, f"broken history chain on {row['ref']}"
    collected = [r for r in rows if r["state"] == "awaiting_approval"]
    for row in collected:
        mine = {r["system"]: r for r in results if r["case_id"] == row["id"]}
        assert set(mine) == systems, (row["ref"], set(mine))
        for system in systems:
            assert mine[system]["status"] in ("ok", "error"), (row["ref"], system, mine[system]["status"])
            assert stored[(row["id"], system)] == 1, f"{system} result of {row['ref']} stored {stored[(row['id'], system)]} times"
    assert all(n == 1 for n in kinds.values()), "a draft kind proposed twice for one case"
    return {"cases": len(rows), "collected": len(collected), "results": len(results),
            "refs": sorted(r["ref"] for r in rows)}


def digest(runtime: Runtime) -> str:
    """The digest's text, as ``dsr digest --print`` shows it."""
    from workers.digest import digest_text

    subject, body = digest_text(runtime, date.today())
    return subject + "\n" + body


@dataclass
class FaultRig:
    """One test's installation: a database, a Redis, the fake API, `dsr worker` processes."""

    tmp_path: Path
    database_url: str
    redis_url: str
    extra_env: dict[str, str] = field(default_factory=dict)
    api: FakeSystemeio = field(default_factory=FakeSystemeio)
    workers: list[Service] = field(default_factory=list)
    runtime: Runtime | None = None
    env: dict[str, str] = field(default_factory=dict)

    #: Dead workers are found within seconds (every process must use the same values).
    FAST_RECOVERY = {"DSR_BROKER_HEARTBEAT_TIMEOUT_MS": "5000", "DSR_BROKER_MAINTENANCE_CHANCE": "1000000"}

    def start(self) -> FaultRig:
        from tests.workers.pipeline_support import make_runtime

        self.api.start()
        connectors = fault_connectors(self.api.url)
        self.env = dsr_env(self.tmp_path, database_url=self.database_url, redis_url=self.redis_url,
                           connectors=connectors, DSR_SYSTEMEIO_API_KEY="test-key",
                           **self.FAST_RECOVERY, **self.extra_env)
        os.environ.update(self.FAST_RECOVERY)  # this process's broker too
        (self.tmp_path / "logs").mkdir(exist_ok=True)
        run_dsr(self.env, "db", "upgrade")
        overrides: dict[str, Any] = {}
        for key, value in self.extra_env.items():
            if key.startswith("DSR_SMTP_"):
                overrides[key[4:].lower()] = value
        self.runtime = make_runtime(self.tmp_path, self.redis_url, database_url=self.database_url,
                                    connectors=connectors, **overrides)
        return self

    def start_worker(self) -> Service:
        log = self.tmp_path / "logs" / f"worker-{len(self.workers) + 1}.log"
        worker = Service(dsr("worker"), self.env, log).start()
        self.workers.append(worker)
        return worker

    def logs(self) -> str:
        return "\n".join(f"--- {w.log.name}\n{w.tail()}" for w in self.workers)

    def wait(self, predicate: Any, timeout: float, what: str) -> Any:
        from tests.workers.pipeline_support import wait_for

        try:
            return wait_for(predicate, timeout=timeout, interval=0.2)
        except AssertionError:
            try:
                states: Any = case_states(self.rt)
            except Exception as error:  # noqa: BLE001 - the database may be the fault
                states = type(error).__name__
            raise AssertionError(f"{what} not reached within {timeout} s; states {states}\n{self.logs()}") from None

    @property
    def rt(self) -> Runtime:
        assert self.runtime is not None
        return self.runtime

    def close(self) -> None:
        from workers.runtime import set_current

        for worker in self.workers:
            worker.stop()
        self.api.close()
        if self.runtime is not None:
            self.runtime.db.dispose()
        for key in self.FAST_RECOVERY:
            os.environ.pop(key, None)
        set_current(None)


@contextmanager
def fault_rig(tmp_path: Path, database_url: str, redis_url: str, **extra_env: str) -> Iterator[FaultRig]:
    rig = FaultRig(tmp_path, database_url, redis_url, extra_env=extra_env)
    try:
        yield rig.start()
    finally:
        rig.close()


SYSTEMS = {"systemeio", "stripe", "mailbox"}
