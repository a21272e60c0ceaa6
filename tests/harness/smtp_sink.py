"""A real SMTP server (aiosmtpd) on a free port that records every message it accepts.

Optional AUTH (one fixed login) and STARTTLS (self-signed certificate); ``stop()``
and ``start()`` keep the port, for "SMTP down for a minute" fault tests;
``fail_next()`` answers the next DATA commands with a temporary error.
"""

from __future__ import annotations

import email
import email.policy
import shutil
import ssl
import subprocess
import tempfile
import threading
import time
import warnings
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any, Self

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

from tests.harness.ports import free_port, wait_for_port_closed

__all__ = ["ReceivedMessage", "SmtpSink"]

# AUTH over a plain connection is what the plain-port tests want; aiosmtpd warns about it
# on every connection (from its own thread), so the filter is process-wide and narrow.
warnings.filterwarnings(
    "ignore", message="Requiring AUTH while not requiring TLS", category=UserWarning
)


@dataclass(frozen=True)
class ReceivedMessage:
    """One message as the sink accepted it."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    received_at: datetime
    auth_login: str | None = None
    tls: bool = False

    @property
    def message(self) -> EmailMessage:
        """The content parsed with the modern email policy."""
        parsed = email.message_from_bytes(self.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _Handler:
    sink: SmtpSink
    failures: list[str] = field(default_factory=list)

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        with self.sink._lock:
            if self.failures:
                return self.failures.pop(0)
        content = envelope.original_content or envelope.content or b""
        if isinstance(content, str):
            content = content.encode("utf-8", "surrogateescape")
        login = session.auth_data
        received = ReceivedMessage(
            mail_from=envelope.mail_from or "",
            rcpt_tos=tuple(envelope.rcpt_tos),
            content=content,
            received_at=datetime.now(UTC),
            auth_login=login.decode() if isinstance(login, bytes) else login,
            tls=session.ssl is not None,
        )
        self.sink._record(received)
        return "250 2.0.0 Message accepted for delivery"


class SmtpSink:
    """aiosmtpd Controller on 127.0.0.1; ``messages`` lists what arrived, in order."""

    def __init__(
        self,
        *,
        auth: tuple[str, str] | None = None,
        starttls: bool = False,
        require_starttls: bool = False,
        port: int | None = None,
    ) -> None:
        self.host = "127.0.0.1"
        self.port = port if port is not None else free_port()
        self.auth = auth
        self.starttls = starttls or require_starttls
        self.require_starttls = require_starttls
        self._lock = threading.Condition()
        self._messages: list[ReceivedMessage] = []
        self._handler = _Handler(self)
        self._controller: Controller | None = None
        self._cert_dir: Path | None = None
        self._tls_context: ssl.SSLContext | None = None

    @property
    def user(self) -> str | None:
        return self.auth[0] if self.auth else None

    @property
    def password(self) -> str | None:
        return self.auth[1] if self.auth else None

    @property
    def running(self) -> bool:
        return self._controller is not None

    # -- recording ---------------------------------------------------------------------
    def _record(self, message: ReceivedMessage) -> None:
        with self._lock:
            self._messages.append(message)
            self._lock.notify_all()

    @property
    def messages(self) -> list[ReceivedMessage]:
        """A snapshot of the messages received so far."""
        with self._lock:
            return list(self._messages)

    def clear(self) -> None:
        with self._lock:
            self._messages.clear()
            self._handler.failures.clear()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[ReceivedMessage]:
        """Block until at least ``count`` messages arrived; raise TimeoutError otherwise."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while len(self._messages) < count:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"SMTP sink got {len(self._messages)} message(s), expected {count}"
                    )
                self._lock.wait(remaining)
            return list(self._messages)

    def fail_next(
        self, count: int = 1, reply: str = "451 4.3.0 Temporary failure, try later"
    ) -> None:
        """Answer the next ``count`` DATA commands with ``reply`` instead of accepting them."""
        with self._lock:
            self._handler.failures.extend([reply] * count)

    # -- TLS and AUTH ------------------------------------------------------------------
    def _server_tls_context(self) -> ssl.SSLContext:
        if self._tls_context is None:
            self._cert_dir = Path(tempfile.mkdtemp(prefix="dsr-smtp-tls-"))
            key, cert = self._cert_dir / "key.pem", self._cert_dir / "cert.pem"
            subprocess.run(
                [
                    "openssl",
                    "req",
                    "-x509",
                    "-newkey",
                    "rsa:2048",
                    "-nodes",
                    "-days",
                    "30",
                    "-subj",
                    "/CN=localhost",
                    "-keyout",
                    str(key),
                    "-out",
                    str(cert),
                ],
                check=True,
                capture_output=True,
                stdin=subprocess.DEVNULL,
            )
            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(cert, key)
            self._tls_context = context
        return self._tls_context

    def _authenticate(
        self, server: SMTP, session: Session, envelope: Envelope, mechanism: str, auth_data: Any
    ) -> AuthResult:
        if self.auth is None or not isinstance(auth_data, LoginPassword):
            return AuthResult(success=False, handled=False)
        ok = (
            auth_data.login.decode() == self.auth[0] and auth_data.password.decode() == self.auth[1]
        )
        return AuthResult(success=ok, handled=False, auth_data=auth_data.login if ok else None)

    # -- life cycle --------------------------------------------------------------------
    def start(self) -> Self:
        """Listen (again) on the same port."""
        if self._controller is not None:
            return self
        kwargs: dict[str, Any] = {}
        if self.auth is not None:
            kwargs.update(
                authenticator=self._authenticate,
                auth_required=True,
                auth_require_tls=self.starttls,
            )
        if self.starttls:
            kwargs.update(
                tls_context=self._server_tls_context(), require_starttls=self.require_starttls
            )
        controller = Controller(
            self._handler, hostname=self.host, port=self.port, ready_timeout=10, **kwargs
        )
        try:
            controller.start()
        except Exception as exc:
            raise RuntimeError(
                f"SMTP sink could not listen on {self.host}:{self.port}: {exc}"
            ) from exc
        self._controller = controller
        return self

    def stop(self) -> None:
        """Stop listening; messages already received are kept."""
        if self._controller is None:
            return
        self._controller.stop()
        self._controller = None
        wait_for_port_closed(self.host, self.port, 10)

    def close(self) -> None:
        self.stop()
        if self._cert_dir is not None:
            shutil.rmtree(self._cert_dir, ignore_errors=True)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()
