"""Quoting: split a plain-text body into new text, quoted history, forwarded text, signature.

Only the new text is what the sender says now; quoted history is what somebody said before
(often the practitioner herself), forwarded text is somebody else's message passed along.
Handles ``>`` lines, "Le ... a écrit :" / "On ... wrote:" attributions (also wrapped over two
lines), Outlook "De : / Envoyé :" and "From: / Sent:" header blocks, "-----Original
Message-----", forward banners, and signatures ("-- ", closing formula + short tail,
"Envoyé de mon iPhone").
"""

from __future__ import annotations

import re
from typing import NamedTuple


class QuoteParts(NamedTuple):
    """The four parts of a body; each is stripped text (possibly empty)."""

    new: str
    quoted: str
    forwarded: str
    signature: str


_FORWARD_RE = re.compile(
    r"^\s*(-{2,}\s*(message transf[ée]r[ée]|forwarded message|mensaje reenviado|"
    r"weitergeleitete nachricht)\s*-{2,}|d[ée]but du message r[ée]exp[ée]di[ée]\s*:|"
    r"begin forwarded message\s*:)",
    re.IGNORECASE,
)
_ORIGINAL_RE = re.compile(
    r"^\s*-{2,}\s*(original message|message d'origine|message original|"
    r"urspr[üu]ngliche nachricht|mensaje original)\s*-{2,}",
    re.IGNORECASE,
)
_ATTRIBUTION_RE = re.compile(
    r"^\s*(le|on|am|el)\b.{0,250}\b(a [ée]crit|wrote|schrieb|escribi[óo])\s*:?\s*$",
    re.IGNORECASE,
)
_ATTRIBUTION_START_RE = re.compile(r"^\s*(le|on)\b.{4,}", re.IGNORECASE)
_HEADER_FROM_RE = re.compile(r"^\s*\*?(de|from|von)\s*\*?\s*:\s*\S", re.IGNORECASE)
_HEADER_NEXT_RE = re.compile(
    r"^\s*\*?(envoy[ée]|sent|date|objet|subject|[àa]|to|cc|gesendet|betreff|an)\s*\*?\s*:",
    re.IGNORECASE,
)
_SIG_DASH_RE = re.compile(r"^--\s?$")
_SIG_DEVICE_RE = re.compile(
    r"^\s*(envoy[ée] (de|depuis) mon|sent from my|get outlook for|obtenir outlook pour|"
    r"envoy[ée] (de|depuis) (l'application|yahoo|outlook))",
    re.IGNORECASE,
)
_CLOSING_RE = re.compile(
    r"^\s*(cordialement|bien cordialement|tr[èe]s cordialement|bien [àa] (vous|toi)|"
    r"sinc[èe]rement|salutations|meilleures salutations|belle (journ[ée]e|soir[ée]e)|"
    r"bonne (journ[ée]e|soir[ée]e)|merci( beaucoup| d'avance| par avance)?|bises|amiti[ée]s|"
    r"(best|kind|warm)?\s*regards|best( wishes)?|cheers|thanks( again| in advance)?|"
    r"thank you( in advance)?|sincerely|yours (sincerely|faithfully|truly)|all the best|"
    r"mit freundlichen gr[üu](ß|ss)en|saludos|atentamente)\s*[,.!]?\s*$",
    re.IGNORECASE,
)
_PS_RE = re.compile(r"^\s*p\.?\s?s\.?\s*[:\-]?\s", re.IGNORECASE)
#: A closing formula is a signature start only if what follows is this short.
_SIG_MAX_LINES = 7
_SIG_MAX_LINE_CHARS = 80


def _is_outlook_block(lines: list[str], i: int) -> bool:
    if not _HEADER_FROM_RE.match(lines[i]):
        return False
    following = [ln for ln in lines[i + 1 : i + 6] if ln.strip()]
    return any(_HEADER_NEXT_RE.match(ln) for ln in following[:4])


def _boundary(lines: list[str]) -> tuple[int, str] | None:
    """Index of the first line where history starts, and its kind (quoted/forwarded)."""
    for i, line in enumerate(lines):
        if _FORWARD_RE.match(line):
            return i, "forwarded"
        if _ORIGINAL_RE.match(line):
            return i, "quoted"
        if _ATTRIBUTION_RE.match(line):
            return i, "quoted"
        if (
            i + 1 < len(lines)
            and _ATTRIBUTION_START_RE.match(line)
            and len(line) < 200
            and _ATTRIBUTION_RE.match(line.rstrip() + " " + lines[i + 1].strip())
        ):
            return i, "quoted"
        if _is_outlook_block(lines, i):
            return i, "quoted"
    return None


def _split_signature(lines: list[str]) -> tuple[list[str], list[str]]:
    for i, line in enumerate(lines):
        if _SIG_DASH_RE.match(line) or _SIG_DEVICE_RE.match(line):
            return lines[:i], lines[i:]
    # closing formula followed by a short tail; search from the bottom
    for i in range(len(lines) - 1, -1, -1):
        if _CLOSING_RE.match(lines[i]) and any(ln.strip() for ln in lines[:i]):
            tail = [ln for ln in lines[i + 1 :] if ln.strip()]
            short = len(tail) <= _SIG_MAX_LINES and all(len(ln) <= _SIG_MAX_LINE_CHARS for ln in tail)
            if short and not any(_PS_RE.match(ln) for ln in tail):
                return lines[:i], lines[i:]
            break
    return lines, []


def _join(lines: list[str]) -> str:
    text = "\n".join(lines).strip("\n")
    text = re.sub(r"\n_{8,}\s*$", "", text)
    return text.strip()


def split_parts(text: str) -> QuoteParts:
    """Split ``text`` into new text, quoted history, forwarded text and signature."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found = _boundary(lines)
    head = lines if found is None else lines[: found[0]]
    history = [] if found is None else lines[found[0] :]
    kind = "quoted" if found is None else found[1]

    new_lines: list[str] = []
    quoted_lines: list[str] = []
    for line in head:
        (quoted_lines if line.lstrip().startswith(">") else new_lines).append(line)
    body, signature = _split_signature(new_lines)

    forwarded: list[str] = []
    if kind == "forwarded":
        forwarded = history
    elif history and _ATTRIBUTION_RE.match(history[0] if len(history) == 1 or history[1].lstrip().startswith(">")
                                            else history[0] + " " + history[1].strip()):
        # "Le ... a écrit :" then ">" lines: unquoted lines below are a bottom-posted reply
        seen_quote = False
        for line in history:
            if line.lstrip().startswith(">"):
                seen_quote = True
                quoted_lines.append(line)
            elif seen_quote and line.strip():
                new_lines.append(line)
            else:
                quoted_lines.append(line)
        body, signature = _split_signature(new_lines)
    else:
        quoted_lines.extend(history)
    return QuoteParts(_join(body), _join(quoted_lines), _join(forwarded), _join(signature))


def split_quoted(text: str) -> tuple[str, str, str]:
    """Return ``(new, quoted, signature)``; forwarded text is counted as quoted here."""
    parts = split_parts(text)
    quoted = "\n\n".join(p for p in (parts.quoted, parts.forwarded) if p)
    return parts.new, quoted, parts.signature
