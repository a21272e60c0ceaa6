"""Offline sources: .eml files, Maildir folders and mbox files, for the demo and for
people who sync their mail locally. They feed the same path as the watcher."""

from __future__ import annotations

import mailbox
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

from workers.intake import Incoming


class SourceError(ValueError):
    """A path that is not a message source (French message for the practitioner)."""


def _is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / sub).is_dir() for sub in ("cur", "new"))


def _is_mbox(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() == ".eml":
        return False
    with path.open("rb") as handle:
        return handle.read(5) == b"From "


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)


def iter_source(path: Path) -> Iterator[Incoming]:
    """Every message under ``path``: a file, a Maildir, an mbox, or a folder of them."""
    if not path.exists():
        raise SourceError(f"{path} : introuvable")
    if _is_maildir(path):
        box = mailbox.Maildir(str(path), factory=None, create=False)
        for key in sorted(box.keys()):
            raw = box.get_bytes(key)
            message = box.get_message(key)
            yield Incoming(raw=raw, source="maildir", received_at=datetime.fromtimestamp(message.get_date(), tz=timezone.utc))
        return
    if _is_mbox(path):
        box_m = mailbox.mbox(str(path), create=False)
        for key in box_m.keys():
            yield Incoming(raw=box_m.get_bytes(key), source="mbox")
        return
    if path.is_file():
        yield Incoming(raw=path.read_bytes(), source="file", received_at=None)
        return
    for child in sorted(path.iterdir()):
        if child.name.startswith("."):
            continue
        if child.is_dir() or child.suffix.lower() in (".eml", ".mbox", ".msg", "") or _is_mbox(child):
            yield from iter_source(child)


def count_source(path: Path) -> int:
    return sum(1 for _ in iter_source(path))
