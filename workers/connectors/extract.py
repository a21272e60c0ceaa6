"""Text out of the files a practitioner keeps: PDF, DOCX, ODT, TXT, MD, CSV, XLSX.

Every extractor is bounded (characters, pages, seconds) and never raises on a bad file: it
returns the text it could read and a French note saying what went wrong (scanned PDF without
text, password-protected PDF, corrupt file, file too big, time budget exhausted).
"""

from __future__ import annotations

import logging
import re
import time
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

MAX_CHARS = 2_000_000
TEXT_SUFFIXES = frozenset({".txt", ".md", ".csv", ".tsv", ".json", ".html", ".htm", ".eml", ".vcf"})
IMAGE_SUFFIXES = frozenset({".jpg", ".jpeg", ".png", ".heic", ".gif", ".webp", ".tif", ".tiff"})
SUPPORTED = TEXT_SUFFIXES | {".pdf", ".docx", ".odt", ".xlsx"}

_TAG = re.compile(r"<[^>]+>")
_BREAKS = re.compile(r"</(?:w:p|text:p|text:h)>|<w:br/>|<w:tab/>|<text:tab/>|<text:line-break/>")


@dataclass
class Extraction:
    text: str = ""
    notes: list[str] = field(default_factory=list)
    #: False when the result depends on the moment (time budget exhausted, file unreadable
    #: right now): such a result must not be kept in a cache.
    cacheable: bool = True


def _xml_text(xml: str) -> str:
    import html

    return html.unescape(_TAG.sub("", _BREAKS.sub(" \n", xml)))


def _zip_xml(path: Path, member: str) -> str:
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
        if info.file_size > MAX_CHARS * 4:
            raise ValueError("too big")
        return archive.read(member).decode("utf-8", errors="replace")


def _pdf(path: Path, deadline: float, label: str) -> Extraction:
    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError

    out = Extraction()
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = PdfReader(path, strict=False)
    if reader.is_encrypted:
        try:
            if not reader.decrypt(""):
                raise FileNotDecryptedError("password")
        except Exception:
            out.notes.append(f"{label} : PDF protégé par mot de passe, contenu non lu (à vérifier à la main)")
            return out
    parts: list[str] = []
    size = 0
    pages = len(reader.pages)
    for number, page in enumerate(reader.pages):
        if time.monotonic() > deadline or size > MAX_CHARS:
            out.notes.append(f"{label} : lecture arrêtée page {number}/{pages} (fichier trop long)")
            out.cacheable = size > MAX_CHARS
            break
        text = page.extract_text() or ""
        parts.append(text)
        size += len(text)
    out.text = "\n".join(parts)
    if pages and not out.text.strip():
        out.notes.append(f"{label} : PDF sans texte (document scanné ?), contenu non lu (à vérifier à l'œil)")
    return out


def _xlsx(path: Path, deadline: float, label: str) -> Extraction:
    from openpyxl import load_workbook

    out = Extraction()
    workbook = load_workbook(path, read_only=True, data_only=True)
    parts: list[str] = []
    size = 0
    try:
        for sheet in workbook.worksheets:
            for row in sheet.iter_rows(values_only=True):
                line = " ; ".join(str(v) for v in row if v is not None)
                parts.append(line)
                size += len(line)
                if size > MAX_CHARS or time.monotonic() > deadline:
                    out.notes.append(f"{label} : lecture du classeur arrêtée (fichier trop long)")
                    out.text = "\n".join(parts)
                    out.cacheable = size > MAX_CHARS
                    return out
    finally:
        workbook.close()
    out.text = "\n".join(parts)
    return out


def extract(path: Path, label: str, max_seconds: float = 5.0) -> Extraction:
    """The text of ``path`` (empty for unsupported types), with notes on any problem."""
    suffix = path.suffix.lower()
    deadline = time.monotonic() + max_seconds
    try:
        if suffix in TEXT_SUFFIXES:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return Extraction(text=handle.read(MAX_CHARS))
        if suffix == ".pdf":
            return _pdf(path, deadline, label)
        if suffix == ".docx":
            return Extraction(text=_xml_text(_zip_xml(path, "word/document.xml")))
        if suffix == ".odt":
            return Extraction(text=_xml_text(_zip_xml(path, "content.xml")))
        if suffix == ".xlsx":
            return _xlsx(path, deadline, label)
    except Exception as exc:  # a corrupt file is a note, never a failed lookup
        return Extraction(notes=[f"{label} : fichier illisible ou endommagé ({type(exc).__name__})"],
                          cacheable=not isinstance(exc, (OSError, MemoryError)))
    return Extraction()
