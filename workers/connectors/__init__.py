"""Connectors to the systems holding the practitioner's data: Stripe, Systeme.io, Drive, mailbox.

* :func:`build_connectors` turns :class:`ConnectorsSettings` into connectors (a system not
  configured is absent);
* :func:`run_lookup` asks each connector for a person and never fails as a whole: a connector
  error becomes a :class:`LookupResult` with status "error" (``retryable`` for transient ones).
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Sequence
from typing import Any

import structlog

from flows.connectors import (
    Connector,
    ConnectorError,
    LookupResult,
    LookupStatus,
    TransientConnectorError,
)
from flows.models import Identity
from workers.connectors.config import ConnectorsSettings
from workers.connectors.drive_local import DriveLocalConnector
from workers.connectors.mailbox import MailboxImapConnector, MailboxStoredConnector, SearchStored
from workers.connectors.stripe_api import StripeApiConnector
from workers.connectors.stripe_export import StripeExportConnector
from workers.connectors.systemeio import SystemeioApiConnector, SystemeioExportConnector

__all__ = ["ConnectorsSettings", "build_connectors", "run_lookup", "identity_hash"]

log = structlog.get_logger(__name__)


def identity_hash(identity: Identity) -> str:
    """A short stable hash of the email, for logs (never the address itself)."""
    return hashlib.sha256(identity.email.strip().lower().encode()).hexdigest()[:12]


def build_connectors(
    settings: ConnectorsSettings, search_stored: SearchStored | None = None
) -> list[Connector]:
    """One connector per configured system, in a stable order."""
    connectors: list[Connector] = []
    if (s := settings.stripe) is not None:
        if s.mode == "api" and s.api_key is not None:
            connectors.append(StripeApiConnector(s.api_key.get_secret_value(), s.api_base, s.timeout_seconds))
        elif s.export_dir is not None:
            connectors.append(StripeExportConnector(s.export_dir))
    if (y := settings.systemeio) is not None:
        if y.mode == "api" and y.api_key is not None:
            connectors.append(SystemeioApiConnector(y.api_key.get_secret_value(), y.api_base, y.timeout_seconds))
        elif y.export_file is not None:
            connectors.append(SystemeioExportConnector(y.export_file))
    if (d := settings.drive) is not None:
        if d.mode == "api":
            from workers.connectors.drive_api import DriveApiConnector

            connectors.append(DriveApiConnector(d.service_account_file, d.api_endpoint, d.timeout_seconds))
        elif d.folder is not None:
            connectors.append(DriveLocalConnector(d.folder, d.max_file_mb, d.max_seconds_per_file,
                                                  d.delete_local_files, d.cache_dir))
    if (m := settings.mailbox) is not None:
        if m.mode == "stored":
            if search_stored is not None:
                connectors.append(MailboxStoredConnector(search_stored))
        elif m.host and m.user and m.password is not None:
            connectors.append(MailboxImapConnector(m.host, m.port, m.user, m.password.get_secret_value(),
                                                   m.security, m.folders, m.timeout_seconds,
                                                   m.max_messages_per_folder))
    return connectors


def lookup_one(connector: Connector, identity: Identity) -> LookupResult:
    """Run one connector; its failure is a result, not an exception."""
    started = time.monotonic()
    mode = getattr(connector, "mode", "")
    try:
        records = connector.lookup(identity)
    except ConnectorError as exc:
        log.warning("connector.error", system=connector.system, mode=mode, who=identity_hash(identity),
                    error=type(exc).__name__, detail=exc.message)
        return LookupResult(system=connector.system, mode=mode, status=LookupStatus.ERROR,
                            error=exc.message, retryable=isinstance(exc, TransientConnectorError))
    except Exception as exc:  # a bug in one connector must not hide the others' results
        log.exception("connector.crash", system=connector.system, mode=mode, who=identity_hash(identity))
        return LookupResult(system=connector.system, mode=mode, status=LookupStatus.ERROR,
                            error=f"erreur inattendue ({type(exc).__name__})")
    notes: list[str] = list(getattr(connector, "notes", []) or [])
    log.info("connector.lookup", system=connector.system, mode=mode, who=identity_hash(identity),
             records=len(records), notes=len(notes), seconds=round(time.monotonic() - started, 3))
    return LookupResult(system=connector.system, mode=mode, records=records, notes=notes)


def run_lookup(
    connectors: Sequence[Connector],
    identity: Identity,
    on_done: Callable[[LookupResult], Any] | None = None,
) -> list[LookupResult]:
    """Look ``identity`` up in every connector, one after the other."""
    results: list[LookupResult] = []
    for connector in connectors:
        result = lookup_one(connector, identity)
        results.append(result)
        if on_done is not None:
            on_done(result)
    return results
