"""Reading: raw RFC 5322 bytes -> a clean :class:`ParsedMessage`.

The reader never raises on malformed input except :class:`UnreadableMessage`, raised when
nothing at all can be made of the bytes (empty input, no header block). Everything else
(unknown charsets, 8-bit headers, broken MIME, broken or encrypted PDFs) is repaired or
recorded in ``defects`` / attachment notes.

Pure: no network, no disk, no clock. PDF text extraction is bounded in size and pages.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import io
import logging
import re
from datetime import datetime
from email.header import Header, decode_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime
from html.parser import HTMLParser

from pydantic import BaseModel, Field

from flows.quoting import split_parts

#: PDFs larger than this are not parsed (only hashed).
PDF_MAX_BYTES = 5 * 1024 * 1024
#: At most this many pages are read from a PDF.
PDF_MAX_PAGES = 20
#: Extracted PDF text is cut at this many characters.
PDF_MAX_CHARS = 20_000
#: Bodies longer than this are cut before any further processing.
BODY_MAX_CHARS = 200_000

_MSGID_RE = re.compile(r"<[^<>\s]+>")


class UnreadableMessage(Exception):
    """Nothing usable could be made of the bytes; the caller quarantines the message."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Attachment(BaseModel):
    """A non-body MIME part."""

    filename: str | None = None
    content_type: str
    size: int
    sha256: str
    text: str | None = Field(default=None, description="Text extracted from a PDF, bounded.")
    note: str | None = Field(default=None, description="Why no text could be extracted, if so.")


class ParsedMessage(BaseModel):
    """A message as the rest of the core sees it."""

    message_id: str | None = None
    in_reply_to: str | None = None
    references: list[str] = Field(default_factory=list)
    subject: str = ""
    from_addr: str = ""
    from_name: str | None = None
    reply_to: str | None = None
    reply_to_differs: bool = False
    to: list[str] = Field(default_factory=list)
    cc: list[str] = Field(default_factory=list)
    date: datetime | None = None
    authentication_results: list[str] = Field(default_factory=list)
    auto_submitted: str | None = None
    precedence: str | None = None
    list_id: str | None = None
    list_unsubscribe: str | None = None
    x_autoreply: str | None = None
    x_autorespond: str | None = None
    is_report: bool = Field(default=False, description="Content-Type is multipart/report.")
    body_text: str = ""
    new_text: str = ""
    quoted_text: str = ""
    forwarded_text: str = ""
    signature: str = ""
    attachments: list[Attachment] = Field(default_factory=list)
    defects: list[str] = Field(default_factory=list)


# --------------------------------------------------------------------------- decoding


_SURROGATE_RE = re.compile("[\udc80-\udcff]")


def _repair_surrogates(value: str) -> str:
    """8-bit header bytes arrive as surrogate escapes: decode them as utf-8, else latin-1."""
    if value.isascii() or not _SURROGATE_RE.search(value):
        return value
    raw = value.encode("ascii", "surrogateescape")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def decode_bytes(payload: bytes, charset: str | None) -> str:
    """Decode with the declared charset; unknown -> utf-8 strict, then latin-1."""
    if charset:
        cs = charset.strip().strip('"').lower()
        if cs in ("unknown-8bit", "x-unknown", "us-ascii", "ascii"):
            cs = ""
        if cs:
            try:
                return payload.decode(cs)
            except (LookupError, UnicodeDecodeError):
                pass
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("latin-1")


def decode_header_value(value: object) -> str:
    """Decode an RFC 2047 header value into clean text, never raising."""
    if value is None:
        return ""
    try:
        if isinstance(value, Header):
            chunks = decode_header(value)
        else:
            chunks = decode_header(_repair_surrogates(str(value)))
    except Exception:  # noqa: BLE001 - a broken encoded-word must not stop reading
        return " ".join(_repair_surrogates(str(value)).split())
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            out.append(_repair_surrogates(decode_bytes(chunk, charset)))
        else:
            out.append(chunk)
    joined = "".join(out) if len(chunks) > 1 else (out[0] if out else "")
    return " ".join(joined.split())


def _header(msg: Message, name: str) -> str | None:
    try:
        value = msg.get(name)
    except Exception:  # noqa: BLE001
        return None
    if value is None:
        return None
    return decode_header_value(value)


def _all_headers(msg: Message, name: str) -> list[str]:
    try:
        values = msg.get_all(name) or []
    except Exception:  # noqa: BLE001
        return []
    return [decode_header_value(v) for v in values]


#: One plain address, bare or as ``Name <address>``, with nothing getaddresses would read apart
#: (no quotes, comments, groups, escapes or routes): read directly, as getaddresses reads it.
_PLAIN_ADDRESS_RE = re.compile(r"\s*(?:([^\"()<>@,;:\\\[\]]*?)\s*<([^\s\"()<>@,;:\\\[\]]+@[^\s\"()<>@,;:\\\[\]]+)>|"
                               r"([^\s\"()<>@,;:\\\[\]]+@[^\s\"()<>@,;:\\\[\]]+))\s*")


def parse_addresses(values: list[str]) -> list[tuple[str, str]]:
    """(display name, address) pairs of address header values, as ``email.utils.getaddresses``
    gives them; the common one-plain-address value skips its pure-Python tokenizer."""
    pairs: list[tuple[str, str]] = []
    for value in values:
        plain = _PLAIN_ADDRESS_RE.fullmatch(value)
        if plain is not None:
            pairs.append((" ".join((plain.group(1) or "").split()), plain.group(2) or plain.group(3)))
            continue
        try:
            pairs.extend(getaddresses([value]))
        except Exception:  # noqa: BLE001
            pairs.append(parseaddr(value))
    return pairs


def _addresses(msg: Message, name: str) -> list[tuple[str, str]]:
    pairs = parse_addresses(_all_headers(msg, name))
    return [(n.strip(), a.strip().lower()) for n, a in pairs if a and "@" in a]


def _msgids(value: str | None) -> list[str]:
    if not value:
        return []
    return _MSGID_RE.findall(value)


def _first(values: list[str]) -> str | None:
    return values[0] if values else None


def _date(value: str | None, defects: list[str]) -> datetime | None:
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        defects.append("unparseable Date header")
        return None
    if parsed.tzinfo is None:
        defects.append("Date header without timezone")
        return None
    return parsed


# --------------------------------------------------------------------------- HTML


_BLOCK_TAGS = frozenset(["div", "br", "li", "tr", "table", "ul", "ol", "section", "article", "header", "footer", "pre", "hr"])
_PARA_TAGS = frozenset(["p", "h1", "h2", "h3", "h4", "h5", "h6"])


class _TextExtractor(HTMLParser):
    """HTML -> text; ``<blockquote>`` content becomes ``>``-quoted lines. No fetching."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skip += 1
        elif tag == "blockquote":
            self.quote += 1
            self.out.append("\n")
        elif tag in _BLOCK_TAGS or tag in _PARA_TAGS:
            self._newline()

    def _newline(self) -> None:
        if self.out and not self.out[-1].endswith("\n"):
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head", "title"):
            self.skip = max(0, self.skip - 1)
        elif tag == "blockquote":
            self.quote = max(0, self.quote - 1)
            self.out.append("\n")
        elif tag in _PARA_TAGS:
            self._newline()
            self.out.append("\n")
        elif tag in _BLOCK_TAGS:
            self._newline()

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.quote:
            prefix = "> " * self.quote
            data = data.replace("\n", " ")
            if not self.out or self.out[-1].endswith("\n"):
                data = prefix + data.lstrip()
            self.out.append(data.replace("\n", "\n" + prefix))
        else:
            self.out.append(data)


def html_to_text(html: str) -> str:
    """Convert HTML to plain text with the stdlib parser; never raises."""
    parser = _TextExtractor()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001
        pass
    text = "".join(parser.out).replace("\xa0", " ")
    lines = [" ".join(line.split()) if not line.lstrip().startswith(">") else line.rstrip()
             for line in text.split("\n")]
    cleaned = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


# --------------------------------------------------------------------------- parts


def _part_payload(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    if isinstance(raw, str):
        return raw.encode("utf-8", "surrogateescape")
    return b""


def _part_text(part: Message) -> str:
    charset = part.get_content_charset()
    return decode_bytes(_part_payload(part), charset)


def _is_attachment(part: Message) -> bool:
    disposition = (part.get("Content-Disposition") or "").lower()
    if disposition.startswith("attachment"):
        return True
    if part.get_filename():
        return True
    maintype = part.get_content_maintype()
    return maintype not in ("text", "multipart", "message")


def pdf_text(data: bytes) -> tuple[str | None, str | None]:
    """Extract bounded text from a PDF: ``(text, None)`` or ``(None, note)``; never raises."""
    if len(data) > PDF_MAX_BYTES:
        return None, f"PDF trop volumineux pour être lu ({len(data)} octets)"
    try:
        from pypdf import PdfReader

        # a broken PDF is reported as a note on the attachment; pypdf's own warnings ("EOF marker
        # not found") would only reach the practitioner's terminal as noise
        logging.getLogger("pypdf").setLevel(logging.ERROR)
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    return None, "PDF chiffré (mot de passe requis)"
            except Exception:  # noqa: BLE001
                return None, "PDF chiffré (illisible)"
        chunks: list[str] = []
        total = 0
        for index, page in enumerate(reader.pages):
            if index >= PDF_MAX_PAGES or total >= PDF_MAX_CHARS:
                break
            page_text = page.extract_text() or ""
            chunks.append(page_text)
            total += len(page_text)
        return "\n".join(chunks)[:PDF_MAX_CHARS], None
    except Exception as exc:  # noqa: BLE001 - any broken PDF becomes a note
        return None, f"PDF illisible ({type(exc).__name__})"


def _attachment(part: Message) -> Attachment:
    data = _part_payload(part)
    content_type = part.get_content_type()
    filename = decode_header_value(part.get_filename()) or None
    text: str | None = None
    note: str | None = None
    is_pdf = content_type == "application/pdf" or (filename or "").lower().endswith(".pdf")
    if is_pdf:
        text, note = pdf_text(data)
    return Attachment(
        filename=filename,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        text=text,
        note=note,
    )


def _walk(msg: Message, plain: list[str], html: list[str], atts: list[Attachment]) -> None:
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if _is_attachment(part):
            atts.append(_attachment(part))
        elif ctype == "text/plain":
            plain.append(_part_text(part))
        elif ctype == "text/html":
            html.append(_part_text(part))


# --------------------------------------------------------------------------- entry point


def read_message(raw: bytes) -> ParsedMessage:
    """Parse raw message bytes; raise :class:`UnreadableMessage` only when hopeless."""
    if not raw or not raw.strip():
        raise UnreadableMessage("message vide")
    head = raw[:8192].lstrip()
    if not re.match(rb"^[!-9;-~]+[ \t]*:", head):
        raise UnreadableMessage("aucun en-tête reconnaissable")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as exc:
        raise UnreadableMessage(f"analyse MIME impossible ({type(exc).__name__})") from exc
    if not msg.keys():
        raise UnreadableMessage("aucun en-tête reconnaissable")

    defects = [type(d).__name__ for d in msg.defects]
    from_pairs = _addresses(msg, "From")
    from_name, from_addr = from_pairs[0] if from_pairs else ("", "")
    if not from_addr:
        defects.append("no usable From address")
    reply_pairs = _addresses(msg, "Reply-To")
    reply_to = reply_pairs[0][1] if reply_pairs else None

    plain: list[str] = []
    html: list[str] = []
    atts: list[Attachment] = []
    try:
        _walk(msg, plain, html, atts)
    except Exception as exc:  # noqa: BLE001
        defects.append(f"MIME walk failed ({type(exc).__name__})")
    body = "\n".join(p for p in plain if p.strip())
    if not body.strip() and html:
        body = "\n".join(html_to_text(h) for h in html)
    body = body.replace("\r\n", "\n").replace("\r", "\n")[:BODY_MAX_CHARS]
    parts = split_parts(body)

    content_type = (msg.get_content_type() or "").lower()
    return ParsedMessage(
        message_id=_first(_msgids(_header(msg, "Message-ID"))),
        in_reply_to=_first(_msgids(_header(msg, "In-Reply-To"))),
        references=_msgids(_header(msg, "References")),
        subject=_header(msg, "Subject") or "",
        from_addr=from_addr,
        from_name=from_name or None,
        reply_to=reply_to,
        reply_to_differs=bool(reply_to and from_addr and reply_to != from_addr),
        to=[a for _, a in _addresses(msg, "To")],
        cc=[a for _, a in _addresses(msg, "Cc")],
        date=_date(_header(msg, "Date"), defects),
        authentication_results=_all_headers(msg, "Authentication-Results"),
        auto_submitted=_header(msg, "Auto-Submitted"),
        precedence=_header(msg, "Precedence"),
        list_id=_header(msg, "List-Id"),
        list_unsubscribe=_header(msg, "List-Unsubscribe"),
        x_autoreply=_header(msg, "X-Autoreply"),
        x_autorespond=_header(msg, "X-Autorespond"),
        is_report=content_type == "multipart/report",
        body_text=body,
        new_text=parts.new,
        quoted_text=parts.quoted,
        forwarded_text=parts.forwarded,
        signature=parts.signature,
        attachments=atts,
        defects=defects,
    )
