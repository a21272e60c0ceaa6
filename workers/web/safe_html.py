"""Showing a received email without letting it act: nh3-sanitised HTML, no remote loads.

The HTML part of a message is cleaned with an allow-list: formatting tags only, no
``<script>``, ``<style>``, forms, frames or event attributes, no ``style`` attribute (CSS
can load URLs). Images keep their ``alt`` text but lose any ``src`` that is not an inline
``data:image`` of a raster type, so a tracking pixel is never fetched. Links keep
``http(s)``/``mailto`` targets and get ``rel="noopener noreferrer nofollow"``. The page's
Content-Security-Policy (``img-src 'self' data:; script-src 'none'``) is a second wall.
"""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from email.message import Message
from typing import Any

import nh3

from flows.reading import decode_bytes

ALLOWED_TAGS: frozenset[str] = frozenset({
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "div", "dl", "dt",
    "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "li", "ol", "p", "pre", "q",
    "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "u", "ul",
})
ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "abbr": {"title"},
    "ol": {"start"},
}
#: Tags removed together with everything inside them.
DROPPED_WITH_CONTENT: frozenset[str] = frozenset({"script", "style", "title", "head", "noscript", "template"})
LINK_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto", "data"})
_INLINE_IMAGE = re.compile(r"^data:image/(png|jpeg|jpg|gif|webp);base64,[a-z0-9+/=\s]+$", re.IGNORECASE)
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_SRC = re.compile(r"""\bsrc\s*=\s*["']?\s*([^"'\s>]+)""", re.IGNORECASE)
#: Largest HTML part shown (beyond it, the text version is shown instead).
MAX_HTML = 500_000


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if _INLINE_IMAGE.match(value.strip()) else None
    if tag == "a" and attribute == "href":
        lowered = value.strip().lower()
        return value if lowered.startswith(("http://", "https://", "mailto:")) else None
    return value


def sanitise(html: str) -> str:
    """``html`` reduced to harmless formatting (see the module docstring)."""
    return nh3.clean(
        html[:MAX_HTML],
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_filter,
        strip_comments=True,
        link_rel="noopener noreferrer nofollow",
        url_schemes=set(LINK_SCHEMES),
    )


def remote_images(html: str) -> int:
    """How many ``<img>`` of ``html`` point outside the message (blocked when shown)."""
    count = 0
    for tag in _IMG_TAG.findall(html):
        found = _SRC.search(tag)
        if found and not _INLINE_IMAGE.match(found.group(1)):
            count += 1
    return count


@dataclass(frozen=True)
class ShownBody:
    """What the case page shows of a message body."""

    html: str | None  # sanitised HTML, when the message has an HTML part
    text: str  # the plain text (always, as a fallback)
    blocked_images: int = 0


def _is_attachment(part: Message) -> bool:
    return part.get_content_disposition() == "attachment"


def html_part(raw: bytes) -> str | None:
    """The first text/html body part of the raw message, decoded; None if there is none."""
    try:
        message: Any = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception:  # noqa: BLE001 - an unparsable message simply has no HTML to show
        return None
    for part in message.walk():
        if part.is_multipart() or part.get_content_type() != "text/html" or _is_attachment(part):
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:  # noqa: BLE001,S112 - a broken part is skipped, the text is shown
            continue
        if isinstance(payload, bytes):
            return decode_bytes(payload, part.get_content_charset())
    return None


def shown_body(raw: bytes, text: str) -> ShownBody:
    """The sanitised HTML part of ``raw`` (if any) and the plain ``text``."""
    html = html_part(raw)
    if html is None or len(html) > MAX_HTML:
        return ShownBody(html=None, text=text)
    return ShownBody(html=sanitise(html), text=text, blocked_images=remote_images(html))
