"""Systeme.io: contacts (emailing, courses, tags), from the contacts CSV export or the public API.

Export mode reads the contacts CSV ("Email", "First name", "Surname", "Phone number", "Tags",
"Created at"; French headers accepted) in a stream. API mode uses the public API
(``https://api.systeme.io/api``, header ``X-API-Key``): ``GET /contacts?email=`` answers
``{"items": [...], "hasMore": bool}``; a contact holds ``fields`` (slug/value) and ``tags``.
Erasure: ``DELETE /contacts/{id}``; unsubscribe: every tag removed
(``DELETE /contacts/{id}/tags/{tagId}``); rectification: ``PATCH /contacts/{id}`` with
``application/merge-patch+json`` ``{"fields": [{"slug": ..., "value": ...}]}``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx

from flows.connectors import (
    ActionResult,
    PermanentConnectorError,
    TransientConnectorError,
    not_supported,
)
from flows.erasure import ActionKind, ErasureAction
from flows.matching import Matcher, full_name
from flows.models import Identity, Record
from workers.connectors.base import BaseConnector, done
from workers.connectors.csvscan import scan

SYSTEM = "systemeio"
WHERE = "Systeme.io"

EMAIL = ("Email", "E-mail", "email", "Adresse email", "Adresse e-mail")
FIRST = ("First name", "first_name", "Firstname", "Prénom", "Prenom")
LAST = ("Surname", "Last name", "last_name", "Lastname", "Nom", "Nom de famille")
PHONE = ("Phone number", "phone_number", "Phone", "Téléphone", "Telephone")
ID = ("id", "ID", "Contact ID", "contact_id")


class SystemeioExportConnector(BaseConnector):
    system = SYSTEM
    mode = "export"
    where = WHERE

    def __init__(self, export_file: Path) -> None:
        self.export_file = export_file

    def files(self) -> list[Path]:
        if self.export_file.is_dir():
            return sorted(self.export_file.glob("*.csv"))
        return [self.export_file]

    def lookup(self, identity: Identity) -> list[Record]:
        matcher = Matcher.for_identity(identity)
        records: list[Record] = []
        for path in self.files():
            columns, rows = scan(path, lambda columns: matcher.field_needles(
                emails=columns.has(*EMAIL), names=columns.has(*FIRST) or columns.has(*LAST),
                phones=columns.has(*PHONE)))
            for row in rows:
                email = columns.get(row, *EMAIL)
                matched = matcher.match_fields(
                    emails=[email],
                    names=[full_name(columns.get(row, *FIRST), columns.get(row, *LAST))],
                    phones=[columns.get(row, *PHONE)],
                )
                if matched:
                    fields: dict[str, Any] = dict(columns.as_fields(row))
                    records.append(Record(system=SYSTEM, id=columns.get(row, *ID) or email or "contact",
                                          kind="contact", fields=fields, matched_on=matched,
                                          provided_by_subject=True))
        return records


def _field(contact: Mapping[str, Any], slug: str) -> str | None:
    for item in contact.get("fields") or []:
        if isinstance(item, dict) and item.get("slug") == slug:
            value = item.get("value")
            return str(value) if value else None
    return None


class SystemeioApiConnector(BaseConnector):
    system = SYSTEM
    mode = "api"
    where = WHERE

    def __init__(self, api_key: str, api_base: str = "https://api.systeme.io/api", timeout: float = 20.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.http = httpx.Client(
            base_url=api_base.rstrip("/") + "/",
            headers={"X-API-Key": api_key, "Accept": "application/json"},
            timeout=timeout,
            transport=transport,
        )

    def _request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            response = self.http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise TransientConnectorError(SYSTEM, "délai dépassé") from exc
        except httpx.TransportError as exc:
            raise TransientConnectorError(SYSTEM, type(exc).__name__) from exc
        if response.status_code >= 500 or response.status_code == 429:
            raise TransientConnectorError(SYSTEM, f"HTTP {response.status_code}")
        if response.status_code in (401, 403):
            raise PermanentConnectorError(SYSTEM, "clé API refusée")
        if response.status_code >= 400:
            raise PermanentConnectorError(SYSTEM, f"HTTP {response.status_code}")
        return response

    def lookup(self, identity: Identity) -> list[Record]:
        matcher = Matcher.for_identity(identity)
        records: list[Record] = []
        params: dict[str, Any] = {"email": matcher.email, "limit": 100}
        while True:
            body = self._request("GET", "contacts", params=params).json()
            items = body.get("items") or []
            for contact in items:
                matched = matcher.match_fields(
                    emails=[contact.get("email")],
                    names=[full_name(_field(contact, "first_name"), _field(contact, "surname"))],
                    phones=[_field(contact, "phone_number")],
                )
                if matched:
                    records.append(Record(system=SYSTEM, id=str(contact.get("id")), kind="contact",
                                          fields=dict(contact), matched_on=matched, provided_by_subject=True))
            if not body.get("hasMore") or not items:
                return records
            params = {**params, "startingAfter": items[-1].get("id")}

    def _erase_one(self, action: ErasureAction, dry_run: bool) -> list[ActionResult]:
        if action.action is ActionKind.DELETE:
            if not dry_run:
                self._request("DELETE", f"contacts/{action.record_id}")
            return [done(action, SYSTEM, action.record_id, action.action, dry_run,
                         "contact supprimé de Systeme.io")]
        if action.action is ActionKind.UNSUBSCRIBE:
            return [self._unsubscribe(action.record_id, dry_run)]
        return super()._erase_one(action, dry_run)

    def _unsubscribe(self, contact_id: str, dry_run: bool) -> ActionResult:
        contact = self._request("GET", f"contacts/{contact_id}").json()
        tags = [t for t in contact.get("tags") or [] if isinstance(t, dict) and "id" in t]
        if not dry_run:
            for tag in tags:
                self._request("DELETE", f"contacts/{contact_id}/tags/{tag['id']}")
        return done(None, SYSTEM, contact_id, ActionKind.UNSUBSCRIBE, dry_run,
                    f"{len(tags)} tag(s) marketing retiré(s) ; vérifier la désinscription des "
                    "campagnes dans Systeme.io")

    def rectify(self, record: Record, changes: Mapping[str, Any], dry_run: bool = True) -> list[ActionResult]:
        if record.kind != "contact":
            return [not_supported(SYSTEM, record.id, "rectify", WHERE)]
        body = {"fields": [{"slug": k, "value": v} for k, v in changes.items()]}
        if not dry_run:
            self._request("PATCH", f"contacts/{record.id}", json=body,
                          headers={"Content-Type": "application/merge-patch+json"})
        return [done(None, SYSTEM, record.id, "rectify", dry_run,
                     "contact Systeme.io corrigé : " + ", ".join(sorted(changes)))]
