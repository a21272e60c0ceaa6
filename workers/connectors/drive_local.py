"""Google Drive, local mode: a folder synced by Drive for desktop, or a Takeout copy.

Every file's relative path is matched (a client folder named after the person counts), then
its text (see :mod:`extract`) for the email, the phone and the name. Unreadable files are
reported as notes, never as a failed lookup; big files are matched on their name only.

Text files are searched as raw bytes with the matcher's byte patterns
(:meth:`Matcher.text_needles`) and decoded and matched exactly only when they hit. The text
of documents (PDF, DOCX, ODT, XLSX) is kept in an optional :class:`TextCache` (``cache_dir``,
under the data directory) so that the next lookup does not extract it again.
"""

from __future__ import annotations

import os
from pathlib import Path

import structlog

from flows.connectors import ActionResult
from flows.erasure import ActionKind, ErasureAction
from flows.matching import ByteNeedles, Matcher, fold
from flows.models import Identity, MatchField, Record
from workers.connectors.base import BaseConnector, done
from workers.connectors.extract import IMAGE_SUFFIXES, SUPPORTED, TEXT_SUFFIXES, extract
from workers.connectors.textcache import TextCache

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
                 delete_local_files: bool = False, cache_dir: Path | None = None) -> None:
        self.folder = folder
        self.max_bytes = int(max_file_mb * 1024 * 1024)
        self.max_seconds = max_seconds_per_file
        self.delete_local_files = delete_local_files
        self.cache = TextCache(cache_dir, folder) if cache_dir is not None else None
        self.notes: list[str] = []

    def _walk(self) -> list[Path]:
        paths: list[Path] = []
        for root, dirs, files in os.walk(self.folder):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            paths.extend(Path(root) / f for f in sorted(files) if not f.startswith("."))
        return paths

    def lookup(self, identity: Identity) -> list[Record]:
        matcher = Matcher.for_identity(identity)
        needles = matcher.text_needles()
        self.notes = []
        records: list[Record] = []
        for path in self._walk():
            relative = path.relative_to(self.folder).as_posix()
            matched = set(matcher.match_text(_path_text(relative)))
            suffix = path.suffix.lower()
            try:
                stat = path.stat()
            except OSError as exc:  # vanished or unreadable since the walk
                self.notes.append(f"{relative} : fichier illisible ou endommagé ({type(exc).__name__})")
                continue
            size = stat.st_size
            if suffix in SUPPORTED and size > self.max_bytes:
                self.notes.append(f"{relative} : fichier trop volumineux, seul le nom a été examiné")
            elif suffix in SUPPORTED:
                matched.update(self._match_content(path, relative, stat, matcher, needles))
            if matched:
                category = categorize(relative)
                records.append(Record(
                    system=SYSTEM, id=relative, kind="file",
                    fields={"file_name": path.name, "path": relative, "size": size, "category": category},
                    matched_on=[m for m in MatchField if m in matched],
                    provided_by_subject=category in PROVIDED,
                    file_path=str(path),
                ))
        if self.cache is not None:
            self.cache.prune()  # texts of files changed or gone since the last lookup
        log.info("drive.lookup", files=len(records), notes=len(self.notes))
        return records

    def _match_content(self, path: Path, relative: str, stat: os.stat_result, matcher: Matcher,
                       needles: ByteNeedles) -> list[MatchField]:
        """Identifiers found in the file's text; raw bytes are searched before any decoding."""
        suffix = path.suffix.lower()
        text: str | None = None
        if suffix in TEXT_SUFFIXES:
            try:
                data = path.read_bytes()
            except OSError as exc:
                self.notes.append(f"{relative} : fichier illisible ou endommagé ({type(exc).__name__})")
                return []
        else:
            cached = None
            key = ""
            if self.cache is not None:
                key = self.cache.key(path, stat)
                cached = self.cache.get(key)
            if cached is not None:
                notes, data = cached
            else:
                extraction = extract(path, relative, self.max_seconds)
                if self.cache is not None:
                    self.cache.put(key, extraction)
                notes, text = extraction.notes, extraction.text
                data = text.encode("utf-8", "surrogatepass")
            self.notes.extend(notes)
        if not needles.search(needles.haystack(data)):
            return []
        if text is None:
            text = data.decode("utf-8", "replace")
        return matcher.match_text(text)

    def _erase_one(self, action: ErasureAction, dry_run: bool) -> list[ActionResult]:
        if action.action is not ActionKind.DELETE or not self.delete_local_files:
            return super()._erase_one(action, dry_run)
        target = (self.folder / action.record_id).resolve()
        if self.folder.resolve() not in target.parents:
            return super()._erase_one(action, dry_run)
        if not dry_run:
            self._forget_cached(target)
            target.unlink(missing_ok=True)
        return [done(action, SYSTEM, action.record_id, action.action, dry_run,
                     "fichier supprimé (Drive for desktop synchronise la suppression)")]

    def _forget_cached(self, target: Path) -> None:
        """Drop the cached text of a file about to be erased (no copy of it may stay behind)."""
        if self.cache is None:
            return
        try:
            self.cache.forget(self.cache.key(target, target.stat()))
        except OSError:
            pass  # already gone: the next lookup prunes its entry
