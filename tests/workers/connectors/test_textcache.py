"""The extracted-text cache of the folder connectors (workers.connectors.textcache)."""

from __future__ import annotations

import threading
from pathlib import Path

from workers.connectors.extract import Extraction
from workers.connectors.textcache import TextCache


def test_put_then_get_round_trips(tmp_path: Path) -> None:
    """An entry written is read back with its notes and text."""
    source = tmp_path / "drive"
    source.mkdir()
    doc = source / "fiche.txt"
    doc.write_text("Camille Martin", encoding="utf-8")
    cache = TextCache(tmp_path / "cache", source)
    key = cache.key(doc, doc.stat())
    cache.put(key, Extraction(text="Camille Martin", notes=["lu"]))
    assert cache.get(key) == (["lu"], b"Camille Martin")


def test_threads_caching_the_same_file_at_once_do_not_break_each_other(tmp_path: Path) -> None:
    """Several workers of one process writing the same entry together all succeed: no warning,
    the cache stays enabled, and the entry is whole (the demo's two open_case tasks once raced on
    one temporary file name)."""
    source = tmp_path / "drive"
    source.mkdir()
    doc = source / "notes.txt"
    doc.write_text("x" * 10_000, encoding="utf-8")
    caches = [TextCache(tmp_path / "cache", source) for _ in range(8)]
    key = caches[0].key(doc, doc.stat())
    start = threading.Barrier(len(caches))

    def write(cache: TextCache) -> None:
        start.wait()
        for _ in range(50):
            cache.put(key, Extraction(text="x" * 10_000, notes=[]))

    threads = [threading.Thread(target=write, args=(c,)) for c in caches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not any(c.disabled for c in caches)
    assert caches[0].get(key) == ([], b"x" * 10_000)
    assert not list((tmp_path / "cache").rglob("*.tmp"))
