"""Streaming search in large CSV exports: cheap substring tests on folded blocks, parse only hits.

A block of a few MB is read, completed to a record boundary (whole line, balanced quotes),
folded (lower-case, accents removed) and tested with ``in`` for the needles (email, longest
name token, phone tail, known ids). Only blocks with a hit are parsed with :mod:`csv`, and
only rows with a hit are returned. Memory stays at a few blocks whatever the file size.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from flows.matching import fold, quick_fold

BLOCK_CHARS = 1024 * 1024


def column_key(name: str) -> str:
    """"Customer Email", "customer_email", "Customer email" -> "customeremail"."""
    return re.sub(r"[^a-z0-9]", "", fold(name))


class Columns:
    """Resolves a logical column among the header variants of real exports."""

    def __init__(self, header: Sequence[str]) -> None:
        self.header = list(header)
        self._index: dict[str, int] = {}
        for i, name in enumerate(header):
            self._index.setdefault(column_key(name), i)

    def find(self, *aliases: str) -> int | None:
        for alias in aliases:
            index = self._index.get(column_key(alias))
            if index is not None:
                return index
        return None

    def get(self, row: Sequence[str], *aliases: str) -> str | None:
        index = self.find(*aliases)
        if index is None or index >= len(row):
            return None
        value = row[index].strip()
        return value or None

    def as_fields(self, row: Sequence[str]) -> dict[str, str]:
        """Every non-empty cell of ``row``, keyed by the export's own column names."""
        return {name: row[i] for i, name in enumerate(self.header) if i < len(row) and row[i] != ""}


def _sniff_delimiter(first_line: str) -> str:
    return ";" if first_line.count(";") > first_line.count(",") else ","


def _blocks(handle: io.TextIOBase, block_chars: int) -> Iterator[str]:
    while True:
        block = handle.read(block_chars)
        if not block:
            return
        block += handle.readline()
        odd = block.count('"') % 2 == 1
        while odd:  # inside a quoted multi-line field: read on to the end of the record
            line = handle.readline()
            if not line:
                break
            block += line
            odd ^= line.count('"') % 2 == 1
        yield block


def scan(
    path: Path, needles: Sequence[str], block_chars: int = BLOCK_CHARS
) -> tuple[Columns, Iterator[list[str]]]:
    """Open ``path`` and return its columns and an iterator over candidate rows.

    A candidate row contains at least one of ``needles`` (already folded) once folded.
    """
    handle = open(path, encoding="utf-8-sig", errors="replace", newline="")
    first = handle.readline()
    delimiter = _sniff_delimiter(first)
    header = next(csv.reader([first], delimiter=delimiter), [])
    wanted = [n for n in needles if n]

    def rows() -> Iterator[list[str]]:
        with handle:
            for block in _blocks(handle, block_chars):
                folded = quick_fold(block)
                if not any(n in folded for n in wanted):
                    continue
                for row in csv.reader(io.StringIO(block), delimiter=delimiter):
                    text = "\x1f".join(row).lower()
                    if not text.isascii():
                        text = fold(text)
                    if any(n in text for n in wanted):
                        yield row

    return Columns(header), rows()
