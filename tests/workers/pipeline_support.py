"""Helpers for end-to-end tests: a runtime on the harness's servers and an in-process worker."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import dramatiq

from tests.harness.dovecot import ImapAccount
from workers.runtime import Runtime, boot, set_current
from workers.settings import Settings

REPO = Path(__file__).resolve().parents[2]
EXPORTS = REPO / "examples" / "exports"


def example_connectors() -> dict[str, Any]:
    """The bundled sample exports as export-mode connectors, plus the stored mailbox."""
    return {
        "stripe": {"mode": "export", "export_dir": str(EXPORTS / "stripe")},
        "systemeio": {"mode": "export", "export_file": str(EXPORTS / "systemeio" / "contacts.csv")},
        "drive": {"mode": "local", "folder": str(EXPORTS / "drive")},
        "mailbox": {"mode": "stored"},
    }


def make_runtime(tmp_path: Path, redis_url: str, account: ImapAccount | None = None, **overrides: Any) -> Runtime:
    values: dict[str, Any] = {
        "data_dir": tmp_path / "data",
        "redis_url": redis_url,
        "contact_address": "contact@floraison.test",
        "practitioner_email": "praticienne@floraison.test",
        "trusted_authserv_ids": ["mx.floraison.test"],
    }
    if account is not None:
        values.update(imap_host=account.host, imap_port=account.port, imap_security="plain",
                      imap_user=account.user, imap_password=account.password)
    values.update(overrides)
    return boot(Settings(**values))


@contextmanager
def running_worker(runtime: Runtime, threads: int = 4) -> Iterator[dramatiq.Worker]:
    import workers.actors  # noqa: F401

    worker = dramatiq.Worker(runtime.broker, worker_threads=threads, worker_timeout=100)
    worker.start()
    try:
        yield worker
    finally:
        worker.stop()
        set_current(None)


def wait_for(predicate: Callable[[], Any], timeout: float = 20.0, interval: float = 0.05) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"condition not met within {timeout} s")


def request_message(sender: str, name: str, subject: str, body: str, *, authenticated: bool = True,
                    to: str = "contact@floraison.test", reply_to: str | None = None) -> bytes:
    """A request as her provider delivers it, with an Authentication-Results header."""
    message = EmailMessage()
    domain = sender.rsplit("@", 1)[1]
    if authenticated:
        message["Authentication-Results"] = (
            f"mx.floraison.test; dkim=pass header.d={domain}; spf=pass smtp.mailfrom={domain}; "
            f"dmarc=pass header.from={domain}"
        )
    message["From"] = f"{name} <{sender}>"
    message["To"] = to
    if reply_to:
        message["Reply-To"] = reply_to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime.now(timezone.utc))
    message["Message-ID"] = make_msgid(domain=domain)
    message.set_content(body)
    return message.as_bytes()
