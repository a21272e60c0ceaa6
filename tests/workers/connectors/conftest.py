"""Local HTTP servers answering like the Stripe, Systeme.io and Drive APIs, and sample exports."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.workers.connectors.samples import write_demo_exports

Reply = tuple[int, Any]  # (status, JSON-able body or raw bytes)
Route = Callable[["Request"], Reply]


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes


@dataclass
class FakeApi:
    """A real HTTP server on 127.0.0.1; tests add routes ``(METHOD, path-prefix) -> handler``."""

    url: str = ""
    routes: dict[tuple[str, str], Route] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)
    delay: float = 0.0

    def route(self, method: str, prefix: str, reply: Route | Reply) -> None:
        self.routes[(method, prefix)] = reply if callable(reply) else (lambda _r, v=reply: v)

    def dispatch(self, request: Request) -> Reply:
        self.requests.append(request)
        if self.delay:
            time.sleep(self.delay)
        matches = [k for k in self.routes if k[0] == request.method and request.path.startswith(k[1])]
        if not matches:
            return 404, {"error": {"type": "invalid_request_error", "message": "no route"}}
        best = max(matches, key=lambda k: len(k[1]))
        return self.routes[best](request)


def _handler(api: FakeApi) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            request = Request(self.command, parts.path, parse_qs(parts.query),
                              {k.lower(): v for k, v in self.headers.items()}, self.rfile.read(length))
            try:
                status, body = api.dispatch(request)
            except Exception:
                return  # client went away (timeout tests)
            raw = body if isinstance(body, bytes) else json.dumps(body).encode()
            try:
                self.send_response(status)
                self.send_header("Content-Type", "application/octet-stream" if isinstance(body, bytes)
                                 else "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_GET = do_POST = do_DELETE = do_PATCH = _serve

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@pytest.fixture
def fake_api() -> Iterator[FakeApi]:
    """A fresh local API server per test."""
    api = FakeApi()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(api))
    server.daemon_threads = True
    api.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield api
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def demo_exports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo exports (Stripe, Systeme.io, Drive with scanned/encrypted/corrupt PDFs)."""
    return write_demo_exports(tmp_path_factory.mktemp("exports"))
