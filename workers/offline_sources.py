"""Offline sources: .eml files, Maildir folders and mbox files, for the demo and for
people who sync their mail locally. They feed the same path as the watcher."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from workers.intake import Incoming

#: File names taken as single messages when a folder is walked (mbox files are sniffed).
MESSAGE_SUFFIXES = (".eml", ".msg", "")


class SourceError(ValueError):
    """A path that is not a message source (French message for the practitioner)."""


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / sub).is_dir() for sub in ("cur", "new"))


def _is_mbox(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() == ".eml":
        return False
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def _is_empty_mbox(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() == ".mbox" and path.stat().st_size == 0


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=UTC)


def _maildir_files(path: Path) -> list[Path]:
    """Messages of a Maildir (``new`` then ``cur``; ``tmp`` holds unfinished deliveries)."""
    found: list[Path] = []
    for sub in ("new", "cur"):
        found.extend(sorted(p for p in (path / sub).iterdir() if p.is_file() and not p.name.startswith(".")))
    return found


def _children(path: Path) -> list[Path]:
    """What a plain folder contributes: sub-folders, message files and mbox files."""
    kept: list[Path] = []
    for child in sorted(path.iterdir()):
        if child.name.startswith(".") or child.is_symlink():
            continue
        if child.is_dir() or child.suffix.lower() in MESSAGE_SUFFIXES or child.suffix.lower() == ".mbox" or _is_mbox(child):
            kept.append(child)
    return kept


def iter_source(path: Path) -> Iterator[Incoming]:
    """Every message under ``path``: a file, a Maildir, an mbox, or a folder of them."""
    if not path.exists():
        raise SourceError(f"{path} : introuvable")
    if _is_maildir(path):
        for file in _maildir_files(path):  # the delivery time is the file's mtime
            yield Incoming(raw=file.read_bytes(), source="maildir", received_at=_mtime(file))
        return
    if _is_mbox(path):
        box = mailbox.mbox(str(path), create=False)
        try:
            for key in box.iterkeys():
                yield Incoming(raw=box.get_bytes(key), source="mbox")
        finally:
            box.close()
        return
    if _is_empty_mbox(path):
        return
    if path.is_file():
        yield Incoming(raw=path.read_bytes(), source="file", received_at=None)
        return
    for child in _children(path):
        yield from iter_source(child)


def count_source(path: Path) -> int:
    """How many messages :func:`iter_source` will give, without reading them."""
    if not path.exists():
        raise SourceError(f"{path} : introuvable")
    if _is_maildir(path):
        return len(_maildir_files(path))
    if _is_mbox(path):
        box = mailbox.mbox(str(path), create=False)
        try:
            return len(box)
        finally:
            box.close()
    if _is_empty_mbox(path):
        return 0
    if path.is_file():
        return 1
    return sum(count_source(child) for child in _children(path))
