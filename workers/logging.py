"""Structured logging: JSON off a terminal, pretty on one, and never personal data.

Log lines carry ids and hashes (``message_id=42``, ``sender_hash=...``), never addresses,
names or bodies. As a safety net, :func:`redact_personal_data` masks anything that looks
like an email address or a phone number in every event before it is rendered.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from collections.abc import MutableMapping
from typing import Any, TextIO

import structlog

EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
PHONE_RE = re.compile(r"(?<!\d)(?:\+33\s?|0033\s?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)")


def pseudonym(value: str | None) -> str | None:
    """A short stable hash of a personal value, safe for logs (``sha256`` prefix)."""
    if value is None:
        return None
    return hashlib.sha256(value.strip().lower().encode("utf-8")).hexdigest()[:12]


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        value = EMAIL_RE.sub("<email>", value)
        return PHONE_RE.sub("<phone>", value)
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrub(v) for v in value]
    return value


def redact_personal_data(
    logger: Any, method_name: str, event_dict: MutableMapping[str, Any]
) -> MutableMapping[str, Any]:
    """structlog processor: mask email addresses and phone numbers in every value."""
    return {key: _scrub(value) for key, value in event_dict.items()}


def configure_logging(level: str = "INFO", stream: TextIO | None = None, json: bool | None = None) -> None:
    """Configure structlog (and the standard library's logging) once, at an entry point."""
    stream = stream or sys.stderr
    if json is None:
        json = not stream.isatty()
    renderer: Any = structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer()
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            redact_personal_data,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level)),
        logger_factory=structlog.PrintLoggerFactory(file=stream),
        cache_logger_on_first_use=False,
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # broken PDFs are reported as notes


def get_logger(name: str) -> Any:
    return structlog.get_logger(name)
