"""Offline sources: .eml files, Maildir folders, mbox files and folders of them."""

from __future__ import annotations

import mailbox
import os
from pathlib import Path

import pytest

from tests.workers.mail_helpers import sample
from workers.offline_sources import SourceError, count_source, iter_source


def make_maildir(path: Path, raws: list[bytes]) -> Path:
    box = mailbox.Maildir(str(path), create=True)
    for raw in raws:
        box.add(raw)
    box.close()
    return path


def make_mbox(path: Path, raws: list[bytes]) -> Path:
    box = mailbox.mbox(str(path), create=True)
    for raw in raws:
        box.add(raw)
    box.flush()
    box.close()
    return path


def test_eml_file_is_one_message_byte_for_byte(tmp_path: Path) -> None:
    """A single .eml gives its exact bytes, source ``file``."""
    path = tmp_path / "one.eml"
    path.write_bytes(sample(1))
    items = list(iter_source(path))
    assert [(i.raw, i.source) for i in items] == [(sample(1), "file")]
    assert count_source(path) == 1


def test_maildir_messages_with_their_delivery_time(tmp_path: Path) -> None:
    """Every message of new/ and cur/ is given, dated by its file's mtime; tmp/ is ignored."""
    box = make_maildir(tmp_path / "Maildir", [sample(n) for n in range(3)])
    moved = next((box / "new").iterdir())
    os.replace(moved, box / "cur" / (moved.name + ":2,S"))
    (box / "tmp" / "partial").write_bytes(b"Subject: half")
    os.utime(box / "cur" / (moved.name + ":2,S"), (1_700_000_000, 1_700_000_000))
    items = list(iter_source(box))
    assert sorted(i.raw for i in items) == sorted(sample(n) for n in range(3))
    assert {i.source for i in items} == {"maildir"}
    assert min(i.received_at.timestamp() for i in items if i.received_at) == 1_700_000_000
    assert count_source(box) == 3


def test_mbox_messages(tmp_path: Path) -> None:
    """An mbox (sniffed by its ``From `` line, whatever its name) gives each message."""
    path = make_mbox(tmp_path / "export", [sample(n) for n in range(4)])
    items = list(iter_source(path))
    assert len(items) == 4 and {i.source for i in items} == {"mbox"}
    assert all(b"Message-ID: <m%d@example.test>" % n in items[n].raw for n in range(4))
    assert count_source(path) == 4


def test_folder_of_sources(tmp_path: Path) -> None:
    """A folder mixes .eml files, a Maildir and an mbox; hidden files and other suffixes are skipped."""
    root = tmp_path / "mail"
    root.mkdir()
    (root / "a.eml").write_bytes(sample(1))
    (root / ".hidden.eml").write_bytes(sample(2))
    (root / "notes.txt").write_bytes(b"not mail")
    (root / "empty.mbox").write_bytes(b"")
    make_maildir(root / "Maildir", [sample(3), sample(4)])
    make_mbox(root / "archive.mbox", [sample(5)])
    items = list(iter_source(root))
    assert sorted(i.raw for i in items) == sorted(sample(n) for n in (1, 3, 4, 5))
    assert count_source(root) == 4


def test_missing_path_is_a_french_error(tmp_path: Path) -> None:
    """A path that does not exist raises SourceError in French."""
    with pytest.raises(SourceError, match="introuvable"):
        list(iter_source(tmp_path / "nope"))
    with pytest.raises(SourceError, match="introuvable"):
        count_source(tmp_path / "nope")
