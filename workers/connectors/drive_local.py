"""Google Drive, local mode: a folder synced by Drive for desktop, or a Takeout copy.

Every file's relative path is matched (a client folder named after the person counts), then
its text (see :mod:`extract`) for the email, the phone and the name. Unreadable files are
reported as notes, never as a failed lookup; big files are matched on their name only.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import structlog

from flows.connectors import ActionResult, not_supported
from flows.erasure import ActionKind, ErasureAction
from flows.matching import Matcher, fold, quick_fold  # noqa: F401
from flows.models import Identity, MatchField, Record
from workers.connectors.base import BaseConnector, done, skipped
from workers.connectors.extract import IMAGE_SUFFIXES, SUPPORTED, extract

SYSTEM = "drive"
log = structlog.get_logger(__name__)

#: (folded word in the path, category for flows.erasure), first match wins.
CATEGORY_WORDS: tuple[tuple[str, str], ...] = (
    ("facture", "accounting_file"),
    ("invoice", "accounting_file"),
    ("devis", "accounting_file"),
    ("temoignage", "testimonial"),
    ("testimonial", "testimonial"),
    ("photo", "photo"),
    ("sante", "health_questionnaire"),
    ("health", "health_questionnaire"),
    ("questionnaire", "health_questionnaire"),
    ("anamnese", "health_questionnaire"),
)
#: Categories the person filled in themselves (art. 20 portability).
PROVIDED = frozenset({"health_questionnaire", "testimonial", "photo"})


def categorize(relative: str) -> str:
    """Erasure category of a file from its folded path (testimonial, photo, invoice...)."""
    folded = fold(relative)
    if Path(relative).suffix.lower() in IMAGE_SUFFIXES:
        return "photo"
    for word, category in CATEGORY_WORDS:
        if word in folded:
            return category
    return "client_file"


def _path_text(relative: str) -> str:
    return relative.replace("_", " ").replace("/", " / ").replace(".", " . ")


class DriveLocalConnector(BaseConnector):
    system = SYSTEM
    mode = "local"
    where = "Google Drive"

    def __init__(self, folder: Path, max_file_mb: float = 25.0, max_seconds_per_file: float = 5.0,
                 delete_local_files: bool = False) -> None:
        self.folder = folder
        self.max_bytes = int(max_file_mb * 1024 * 1024)
        self.max_seconds = max_seconds_per_file
        self.delete_local_files = delete_local_files
        self.notes: list[str] = []

    def _walk(self) -> list[Path]:
        paths: list[Path] = []
        for root, dirs, files in os.walk(self.folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            paths.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
        return paths

    def lookup(self, identity: Identity) -> list[Record]:
        matcher = Matcher.for_identity(identity)
        needles = matcher.needles()
        self.notes = []
        records: list[Record] = []
        for path in self._walk():
            relative = path.relative_to(self.folder).as_posix()
            matched = set(matcher.match_text(_path_text(relative)))
            suffix = path.suffix.lower()
            size = path.stat().st_size
            if suffix in SUPPORTED and size > self.max_bytes:
                self.notes.append(f"{relative} : fichier trop volumineux, seul le nom a été examiné")
            elif suffix in SUPPORTED:
                extraction = extract(path, relative, self.max_seconds)
                self.notes.extend(extraction.notes)
                quick = quick_fold(extraction.text)  # exotic characters dropped: fast on long files
                if any(n in quick for n in needles):
                    matched.update(matcher.match_text(quick, folded=True))
            if matched:
                category = categorize(relative)
                records.append(Record(
                    system=SYSTEM, id=relative, kind="file",
                    fields={"file_name": path.name, "path": relative, "size": size, "category": category},
                    matched_on=[m for m in MatchField if m in matched],
                    provided_by_subject=category in PROVIDED,
                    file_path=str(path),
                ))
        log.info("drive.lookup", files=len(records), notes=len(self.notes))
        return records

    def erase(self, actions: Sequence[ErasureAction], dry_run: bool = True) -> list[ActionResult]:
        results: list[ActionResult] = []
        for action in actions:
            if action.system != SYSTEM:
                continue
            if not action.changes_data:
                results.append(skipped(action))
            elif action.action is ActionKind.DELETE and self.delete_local_files:
                target = (self.folder / action.record_id).resolve()
                if self.folder.resolve() not in target.parents:
                    results.append(not_supported(SYSTEM, action.record_id, action.action, self.where))
                    continue
                if not dry_run:
                    target.unlink(missing_ok=True)
                results.append(done(action, SYSTEM, action.record_id, action.action, dry_run,
                                    "fichier supprimé (Drive for desktop synchronise la suppression)"))
            else:
                results.append(not_supported(SYSTEM, action.record_id, action.action, self.where))
        return results
