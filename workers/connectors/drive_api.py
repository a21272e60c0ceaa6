"""Google Drive, API mode, through google-api-python-client with a service account.

``files.list`` with ``fullText contains '<email>'`` (and the quoted name, and the phone, when
given); Google Docs are exported as text and re-checked with the matcher, so a name found by
Drive's loose full-text search must still match as whole tokens. Erasure moves files to the
trash (``files.update(trashed=True)``), recoverable 30 days.

Tests point ``api_endpoint`` (the base URL, ``.../drive/v3/``) at a local server and pass ``AnonymousCredentials``: the bundled
discovery document is used (``static_discovery=True``), so nothing reaches Google.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from flows.connectors import ActionResult, PermanentConnectorError, TransientConnectorError
from flows.erasure import ActionKind, ErasureAction
from flows.matching import Matcher, fold
from flows.models import Identity, MatchField, Record
from workers.connectors.base import BaseConnector, done
from workers.connectors.drive_local import PROVIDED, categorize

SYSTEM = "drive"
SCOPES = ["https://www.googleapis.com/auth/drive"]
GOOGLE_DOC = "application/vnd.google-apps.document"
FIELDS = "nextPageToken, files(id, name, mimeType, modifiedTime, size, webViewLink)"
T = TypeVar("T")


def _call(fn: Callable[[], T]) -> T:
    from google.auth.exceptions import GoogleAuthError
    from google.auth.exceptions import TransportError as AuthTransportError
    from googleapiclient.errors import HttpError

    try:
        return fn()
    except AuthTransportError as exc:
        raise TransientConnectorError(SYSTEM, "jeton Google inaccessible") from exc
    except GoogleAuthError as exc:
        raise PermanentConnectorError(SYSTEM, "accès refusé (compte de service)") from exc
    except HttpError as exc:
        status = int(exc.resp.status)
        if status >= 500 or status == 429:
            raise TransientConnectorError(SYSTEM, f"HTTP {status}") from exc
        if status in (401, 403):
            raise PermanentConnectorError(SYSTEM, "accès refusé (compte de service)") from exc
        raise PermanentConnectorError(SYSTEM, f"HTTP {status}") from exc
    except (TimeoutError, socket.timeout, ConnectionError, OSError) as exc:
        raise TransientConnectorError(SYSTEM, type(exc).__name__) from exc


def _quote(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


class DriveApiConnector(BaseConnector):
    system = SYSTEM
    mode = "api"
    where = "Google Drive"

    def __init__(self, service_account_file: Path | None = None, api_endpoint: str | None = None,
                 timeout: float = 20.0, credentials: Any = None) -> None:
        import httplib2
        from google_auth_httplib2 import AuthorizedHttp
        from googleapiclient.discovery import build

        if credentials is None:
            if service_account_file is None:
                raise PermanentConnectorError(SYSTEM, "compte de service non configuré")
            from google.oauth2 import service_account

            credentials = service_account.Credentials.from_service_account_file(  # type: ignore[no-untyped-call]
                str(service_account_file), scopes=SCOPES)
        http = AuthorizedHttp(credentials, http=httplib2.Http(timeout=timeout))
        options = {"api_endpoint": api_endpoint} if api_endpoint else None
        self.service = build("drive", "v3", http=http, static_discovery=True,
                             client_options=options, cache_discovery=False)

    def _search(self, clause: str) -> list[dict[str, Any]]:
        files: list[dict[str, Any]] = []
        token: str | None = None
        while True:
            request = self.service.files().list(
                q=f"{clause} and trashed = false", fields=FIELDS, pageSize=100, pageToken=token,
                supportsAllDrives=True, includeItemsFromAllDrives=True)
            body = _call(request.execute)
            files.extend(body.get("files", []))
            token = body.get("nextPageToken")
            if not token:
                return files

    def lookup(self, identity: Identity) -> list[Record]:
        matcher = Matcher.for_identity(identity)
        queries: list[tuple[MatchField, str]] = [(MatchField.EMAIL, f"fullText contains '{_quote(matcher.email)}'")]
        if identity.name and matcher.has_name:
            queries.append((MatchField.NAME, f"fullText contains '\"{_quote(identity.name.strip())}\"'"))
        if identity.phone:
            queries.append((MatchField.PHONE, f"fullText contains '{_quote(identity.phone.strip())}'"))
        found: dict[str, tuple[dict[str, Any], set[MatchField]]] = {}
        for field, clause in queries:
            for item in self._search(clause):
                entry = found.setdefault(item["id"], (item, set()))
                entry[1].add(field)
        records: list[Record] = []
        for file_id, (item, fields_hit) in found.items():
            matched = set(matcher.match_text(item.get("name", "").replace("_", " ")))
            if item.get("mimeType") == GOOGLE_DOC:
                request = self.service.files().export(fileId=file_id, mimeType="text/plain")
                data = _call(request.execute)
                text = data.decode("utf-8", errors="replace") if isinstance(data, bytes) else str(data)
                matched.update(matcher.match_text(fold(text), folded=True))
            else:
                matched.update(fields_hit & {MatchField.EMAIL, MatchField.PHONE})
            if not matched:
                continue  # Drive's loose full-text hit that the whole-token rules reject
            category = categorize(item.get("name", ""))
            records.append(Record(system=SYSTEM, id=file_id, kind="file",
                                  fields={**item, "file_name": item.get("name", ""), "category": category},
                                  matched_on=[m for m in MatchField if m in matched],
                                  provided_by_subject=category in PROVIDED))
        return records

    def _erase_one(self, action: ErasureAction, dry_run: bool) -> list[ActionResult]:
        if action.action is not ActionKind.DELETE:
            return super()._erase_one(action, dry_run)
        if not dry_run:
            request = self.service.files().update(fileId=action.record_id, body={"trashed": True},
                                                  supportsAllDrives=True)
            _call(request.execute)
        return [done(action, SYSTEM, action.record_id, action.action, dry_run,
                     "fichier placé dans la corbeille de Google Drive")]
