"""A small on-disk cache of the text extracted from documents (PDF, DOCX, ODT, XLSX).

Extracting text is the slow part of reading a Drive folder; the documents rarely change
between two lookups. An entry is keyed by the file's absolute path, size, modification and
change times (``st_mtime_ns``, ``st_ctime_ns``) and the extractor version: a file that changes
gets a new key, so a stale text is never read. Entries not used by a lookup (file changed,
moved or deleted) are removed at its end (:meth:`TextCache.prune`), so the cache never keeps
the text of a document that is gone, e.g. after an erasure.

The cache holds personal data: its directory is created ``0700`` and its files ``0600``; it
belongs under the application's data directory, never inside the searched folder. Any cache
failure (full disk, permissions) only costs speed: the document is extracted again.
"""

from __future__ import annotations

import hashlib
import json
import os
import threading
import time
from pathlib import Path

import structlog

from workers.connectors.extract import Extraction

log = structlog.get_logger(__name__)

#: Bump when the extractors change what they return: every older entry is then ignored.
EXTRACTOR_VERSION = "1"
SUFFIX = ".txt"


class TextCache:
    """Extracted texts of the documents of one folder, under ``root``."""

    def __init__(self, root: Path, folder: Path) -> None:
        scope = hashlib.sha256(str(folder.resolve()).encode("utf-8", "surrogateescape")).hexdigest()[:16]
        self.dir = root / scope
        self.used: set[str] = set()
        self.disabled = False

    def key(self, path: Path, stat: os.stat_result) -> str:
        raw = "\0".join([EXTRACTOR_VERSION, str(path.resolve()), str(stat.st_size), str(stat.st_mtime_ns),
                         str(stat.st_ctime_ns)])
        return hashlib.sha256(raw.encode("utf-8", "surrogateescape")).hexdigest()

    def get(self, key: str) -> tuple[list[str], bytes] | None:
        """(notes, UTF-8 text) of an entry, or ``None``; the entry is marked as used."""
        self.used.add(key)
        if self.disabled:
            return None
        try:
            data = (self.dir / (key + SUFFIX)).read_bytes()
        except OSError:
            return None
        head, sep, text = data.partition(b"\n")
        try:
            notes = json.loads(head)
        except ValueError:
            return None
        if not sep or not isinstance(notes, list) or not all(isinstance(n, str) for n in notes):
            return None
        return notes, text

    def put(self, key: str, extraction: Extraction) -> None:
        self.used.add(key)
        if self.disabled or not extraction.cacheable:
            return
        body = json.dumps(extraction.notes, ensure_ascii=True).encode() + b"\n" + extraction.text.encode(
            "utf-8", "surrogatepass")
        # one temporary file per process and thread: two workers of one process caching the same
        # file at once must not truncate or move each other's half-written entry
        tmp = self.dir / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp"
        try:
            self.dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(body)
            os.replace(tmp, self.dir / (key + SUFFIX))
        except OSError as exc:
            log.warning("drive.cache_unwritable", error=type(exc).__name__)
            self.disabled = True  # one warning, then no cache for this lookup
            try:
                tmp.unlink(missing_ok=True)
            except OSError:
                pass

    def forget(self, key: str) -> None:
        self.used.discard(key)
        try:
            (self.dir / (key + SUFFIX)).unlink(missing_ok=True)
        except OSError:
            pass

    def prune(self) -> int:
        """Remove every entry not used since the last prune; returns how many."""
        removed = 0
        try:
            names = os.listdir(self.dir)
        except OSError:
            names = []
        now = time.time()
        for name in names:
            try:
                if name.startswith("."):  # a write in progress, or left by a crash long ago
                    if name.endswith(".tmp") and now - os.stat(self.dir / name).st_mtime > 3600:
                        os.unlink(self.dir / name)
                elif name.endswith(SUFFIX) and name[:-len(SUFFIX)] not in self.used:
                    os.unlink(self.dir / name)
                    removed += 1
            except OSError:
                pass
        self.used = set()
        return removed
