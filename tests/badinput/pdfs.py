"""Hostile PDFs, built in memory: a decompression bomb, deep nesting, truncated, encrypted."""

from __future__ import annotations

import io
import zlib
from functools import lru_cache

from pypdf import PdfWriter


def _pdf(objects: list[bytes]) -> bytes:
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _page_with(content: bytes, extra: bytes = b"") -> bytes:
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R" + extra + b" >>",
        content,
    ])


@lru_cache(maxsize=1)
def bomb(megabytes: int = 512) -> bytes:
    """A small file whose page stream inflates to ``megabytes`` MB of zeros (pypdf stops at 75 MB)."""
    compressor = zlib.compressobj(9)
    block = b"\0" * (1 << 20)
    data = b"".join(compressor.compress(block) for _ in range(megabytes)) + compressor.flush()
    return _page_with(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")


def deep_nesting(depth: int = 200_000) -> bytes:
    """An object of ``depth`` nested arrays, referenced from the page."""
    nested = b"[" * depth + b"]" * depth
    return _page_with(b"<< /Length 0 >>\nstream\n\nendstream", extra=b" /Annots " + nested)


def huge_declared_length() -> bytes:
    """A stream that declares a length of a terabyte."""
    return _page_with(b"<< /Length 1099511627776 >>\nstream\nBT ET\nendstream")


def truncated() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    buffer = io.BytesIO()
    writer.write(buffer)
    data = buffer.getvalue()
    return data[: len(data) // 2]


def encrypted() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.encrypt("secret", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


HOSTILE = {
    "bomb": bomb,
    "deep_nesting": deep_nesting,
    "huge_declared_length": huge_declared_length,
    "truncated": truncated,
    "encrypted": encrypted,
}
