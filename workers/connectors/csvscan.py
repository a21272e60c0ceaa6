"""Streaming search in large CSV exports: byte patterns over big raw blocks, parse only the hits.

A block of a few MB of raw bytes is read, completed to a record boundary (whole line,
balanced quotes), prepared once (:meth:`ByteNeedles.haystack`: ASCII lower-casing, or the
fast byte fold when a name is looked for) and searched with compiled byte patterns (email,
whole name token, phone digits, known ids). A block without a hit is dropped without ever
being decoded; in a block with hits, only the records holding a hit are decoded and parsed
with :mod:`csv`. Memory stays at a few blocks whatever the file size.

The patterns are a superset of the exact match (see :mod:`flows.matching`): the connector
still decides on every row it gets, so the prefilter changes the cost, never the result.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from flows.matching import ByteNeedles, fold

BLOCK_BYTES = 4 * 1024 * 1024
BLOCK_CHARS = BLOCK_BYTES  # former name, kept for callers

NeedlesFor = Callable[["Columns"], ByteNeedles]


def column_key(name: str) -> str:
    """"Customer Email", "customer_email", "Customer email" -> "customeremail"."""
    return re.sub(r"[^a-z0-9]", "", fold(name))


class Columns:
    """Resolves a logical column among the header variants of real exports."""

    def __init__(self, header: Sequence[str]) -> None:
        self.header = list(header)
        self._index: dict[str, int] = {}
        self._found: dict[tuple[str, ...], int | None] = {}
        for i, name in enumerate(header):
            self._index.setdefault(column_key(name), i)

    def find(self, *aliases: str) -> int | None:
        try:
            return self._found[aliases]
        except KeyError:
            pass
        index = None
        for alias in aliases:
            index = self._index.get(column_key(alias))
            if index is not None:
                break
        self._found[aliases] = index
        return index

    def has(self, *aliases: str) -> bool:
        return self.find(*aliases) is not None

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


def _blocks(handle: BinaryIO, block_bytes: int) -> Iterator[bytes]:
    """Raw blocks ending on a record boundary (a quoted field may span lines)."""
    while True:
        block = handle.read(block_bytes)
        if not block:
            return
        parts = [block, handle.readline()]
        odd = ((block.count(b'"') if b'"' in block else 0) + parts[1].count(b'"')) % 2 == 1
        while odd:  # inside a quoted multi-line field: read on to the end of the record
            line = handle.readline()
            if not line:
                break
            parts.append(line)
            odd ^= line.count(b'"') % 2 == 1
        yield b"".join(parts) if len(parts) > 1 else block


def _hit_records(block: bytes, hit_lines: list[int]) -> Iterator[bytes]:
    """The records of ``block`` (raw bytes) that contain one of the lines ``hit_lines``."""
    lines = block.split(b"\n")
    if b'"' not in block:  # one line, one record
        for number in hit_lines:
            yield lines[number]
        return
    wanted = iter(hit_lines)
    target = next(wanted, None)
    start = 0
    inside = False
    for number, line in enumerate(lines):
        if target is None:
            return
        if line.count(b'"') % 2:
            inside = not inside
        if inside:
            continue
        if target <= number:  # the record of lines start..number holds the hit
            yield b"\n".join(lines[start:number + 1])
            while target is not None and target <= number:
                target = next(wanted, None)
        start = number + 1
    if target is not None and start < len(lines):  # unbalanced quotes at the very end
        yield b"\n".join(lines[start:])


def _hit_lines(haystack: bytes, positions: list[int], prefilter: ByteNeedles | None) -> list[int]:
    """Line numbers (0-based) of the byte offsets ``positions`` (sorted), without repeats.

    With ``prefilter``, a line is kept only if it passes :meth:`ByteNeedles.confirm_prepared`
    (right for files where a line is a record).
    """
    numbers: list[int] = []
    line = 0
    counted = 0
    line_end = -1
    for pos in positions:
        if pos <= line_end:
            continue  # same line as the previous hit
        start = haystack.rfind(b"\n", 0, pos) + 1
        line_end = haystack.find(b"\n", pos)
        if line_end < 0:
            line_end = len(haystack)
        if prefilter is not None and not prefilter.confirm_prepared(haystack[start:line_end]):
            continue
        line += haystack.count(b"\n", counted, start)
        counted = start
        numbers.append(line)
    return numbers


def scan(
    path: Path,
    needles: NeedlesFor | ByteNeedles | Sequence[str],
    block_chars: int = BLOCK_BYTES,
) -> tuple[Columns, Iterator[list[str]]]:
    """Open ``path`` and return its columns and an iterator over candidate rows.

    ``needles``: byte patterns (see :class:`ByteNeedles`), or a function building them from
    the columns (a file without a name column needs no name pattern), or plain folded
    substrings. A candidate row holds at least one hit; the caller decides on each row.
    ``block_chars``: block size in bytes.
    """
    handle = open(path, "rb")
    first = handle.readline()
    if b"\r" in first.rstrip(b"\r\n"):  # old Mac line endings: the text-mode reader copes
        handle.close()
        return _scan_text(path, needles)
    first_text = first.decode("utf-8-sig", errors="replace")
    delimiter = _sniff_delimiter(first_text)
    header = next(csv.reader([first_text], delimiter=delimiter), [])
    columns = Columns(header)
    prefilter = _resolve(needles, columns)

    def rows() -> Iterator[list[str]]:
        with handle:
            if prefilter.empty:
                return
            for block in _blocks(handle, block_chars):
                haystack = prefilter.haystack(block)
                positions = prefilter.positions(haystack)
                if not positions:
                    continue
                quoted = b'"' in block  # then a record may span lines: confirmed as a whole
                numbers = _hit_lines(haystack, positions, None if quoted else prefilter)
                for record in _hit_records(block, numbers) if numbers else ():
                    if quoted and not prefilter.confirm(record):  # e.g. "Camille" without "Martin"
                        continue
                    text = record.decode("utf-8", errors="replace")
                    yield from csv.reader(io.StringIO(text), delimiter=delimiter)

    return columns, rows()


def _resolve(needles: NeedlesFor | ByteNeedles | Sequence[str], columns: Columns) -> ByteNeedles:
    if isinstance(needles, ByteNeedles):
        return needles
    if callable(needles):
        return needles(columns)
    return ByteNeedles.literals(needles)


def _scan_text(
    path: Path, needles: NeedlesFor | ByteNeedles | Sequence[str]
) -> tuple[Columns, Iterator[list[str]]]:
    """Slow path for files whose lines end with a bare CR: every row is parsed and tested."""
    handle = open(path, encoding="utf-8-sig", errors="replace", newline="")
    sample = handle.read(64 * 1024)
    handle.seek(0)
    reader = csv.reader(handle, delimiter=_sniff_delimiter(sample.splitlines()[0] if sample else ""))
    columns = Columns(next(reader, []))
    prefilter = _resolve(needles, columns)

    def rows() -> Iterator[list[str]]:
        with handle:
            for row in reader:
                record = "\x1f".join(row).encode("utf-8")
                if prefilter.search(prefilter.haystack(record)):
                    yield row

    return columns, rows()
