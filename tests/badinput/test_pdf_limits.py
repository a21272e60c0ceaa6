"""A PDF that is encrypted, truncated, or built to exhaust memory is refused within limits.

Each hostile PDF is read in a child process capped at 1 GiB of address space and 120 s:
the reader must come back without text (never an exception, never a crash), both in
recognition (flows.reading) and in the Drive connector's extraction."""

from __future__ import annotations

import multiprocessing
import resource
from pathlib import Path
from typing import Any

import pytest

from tests.badinput.pdfs import HOSTILE

MEMORY_LIMIT = 1 << 30
TIME_LIMIT = 120


def _in_child(kind: str, target: str, path: str, queue: Any) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))
    data = Path(path).read_bytes()
    if target == "reading":
        from flows.reading import pdf_text

        queue.put(pdf_text(data))
    else:
        from workers.connectors.extract import extract

        result = extract(Path(path), "document.pdf", max_seconds=10.0)
        queue.put((result.text[:100] if result.text.strip() else None, "; ".join(result.notes) or None))


def read_limited(kind: str, target: str, tmp_path: Path) -> tuple[str | None, str | None]:
    path = tmp_path / f"{kind}.pdf"
    path.write_bytes(HOSTILE[kind]())
    # spawn, not fork: forking a pytest process that runs threads can deadlock the child.
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_in_child, args=(kind, target, str(path), queue))
    child.start()
    child.join(TIME_LIMIT)
    if child.is_alive():
        child.kill()
        raise AssertionError(f"{kind}: still reading after {TIME_LIMIT} s")
    assert child.exitcode == 0, f"{kind}: the reader crashed (exit code {child.exitcode})"
    return queue.get(timeout=5)


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_recognition_refuses_hostile_pdfs(kind: str, tmp_path: Path) -> None:
    """flows.reading.pdf_text returns a note for every hostile PDF, inside the limits."""
    text, note = read_limited(kind, "reading", tmp_path)
    assert not text, f"{kind}: text extracted from a hostile PDF: {text!r}"
    if kind in ("truncated", "encrypted", "deep_nesting"):
        assert note, f"{kind}: refused without saying why"


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_drive_extraction_refuses_hostile_pdfs(kind: str, tmp_path: Path) -> None:
    """The Drive connector's extraction reports every hostile PDF instead of failing."""
    text, note = read_limited(kind, "drive", tmp_path)
    assert note or not text, f"{kind}: extracted text from a hostile PDF"
