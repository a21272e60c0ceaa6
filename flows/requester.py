"""Who is asking: the sender, what they claim about themselves, and proof they attached.

Heuristics only, explainable: the claimed name from "je soussigné(e)" / "My name is" / the
signature, postal address lines, phone numbers, client identifiers (order, invoice, customer
numbers), and whether an identity document seems attached.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from flows.reading import ParsedMessage

_NAME_WORD = r"[A-ZÀ-ÖØ-Ý][a-zà-öø-ÿA-ZÀ-ÖØ-Ý'\-]+"
_CLAIMED_RE = re.compile(
    rf"(?i:je soussign[ée]e?s?,?|je m'appelle|mon nom est|my name is|i am|this is|moi,?)\s+"
    rf"((?:{_NAME_WORD})(?:\s+(?:{_NAME_WORD}|de|du|van|von|le|la)){{0,3}})",
)
_PHONE_RE = re.compile(
    r"(?<![\w+])((?:\+|00)\s?\d{1,3}[\s.\-]?(?:\(0\)\s?)?\d(?:[\s.\-]?\d{2}){4}|"
    r"(?:\+|00)\s?\d{1,3}(?:[\s.\-]?\d{2,4}){2,5}|0[1-9](?:[\s.\-]?\d{2}){4})(?![\w])"
)
_POSTCODE_LINE_RE = re.compile(r"^\s*(?:\d{5}|[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}|\d{4,5}-?\d{0,4})\s+[A-ZÀ-Ýa-zà-ÿ][\w\-' ]{1,40}$")
_STREET_LINE_RE = re.compile(
    r"^\s*\d{1,4}\s?(?:bis|ter)?,?\s+(?:rue|avenue|av\.|boulevard|bd|chemin|impasse|all[ée]e|place|"
    r"route|quai|cours|square|lotissement|r[ée]sidence|street|st\.?|road|rd\.?|lane|drive|way)\b.{2,60}$",
    re.IGNORECASE,
)
_CLIENT_ID_RE = re.compile(
    r"\b((?:commande|order|facture|invoice|client|customer|dossier|contrat|abonnement|adh[ée]rent|"
    r"membre|member|account|compte|r[ée]f[ée]rence|ref)\.?\s*(?:n[°ºo]\.?|num[ée]ro|number|no\.?|#|:)?\s*"
    r":?\s*([A-Z]{0,5}[-_]?\d[\w\-/]{2,20}))",
    re.IGNORECASE,
)
_ID_DOC_RE = re.compile(
    r"(carte d'identit[ée]|carte nationale d'identit[ée]|\bcni\b|passeport|passport|pi[èe]ce d'identit[ée]|"
    r"identity card|id card|\bid\b.{0,10}(copy|scan)|copy of my id|driving licen[cs]e|permis de conduire|"
    r"titre de s[ée]jour|justificatif d'identit[ée])",
    re.IGNORECASE,
)
_ID_FILENAME_RE = re.compile(r"(cni|identit|passe?port|passport|\bid\b|id[_\-. ]|permis|licen[cs]e|sejour)", re.IGNORECASE)


class Requester(BaseModel):
    """What we know about the person asking, from one message."""

    email: str
    display_name: str | None = None
    reply_to: str | None = None
    reply_to_differs: bool = False
    claimed_name: str | None = None
    postal_address: list[str] = Field(default_factory=list)
    phone: str | None = None
    client_ids: list[str] = Field(default_factory=list)
    has_signature: bool = False
    id_document_attached: bool = False
    image_attachments: list[str] = Field(default_factory=list)
    pdf_notes: list[str] = Field(default_factory=list)


def _claimed_name(text: str, signature: str, display_name: str | None) -> str | None:
    match = _CLAIMED_RE.search(text)
    if match:
        return match.group(1).strip()
    for line in signature.split("\n")[1:4]:
        line = line.strip().strip(",")
        if re.fullmatch(rf"{_NAME_WORD}(?:[ \-]{_NAME_WORD}){{1,3}}", line):
            return line
    for line in signature.split("\n")[:1]:
        line = line.strip()
        if re.fullmatch(rf"{_NAME_WORD}(?:[ \-]{_NAME_WORD}){{1,3}}", line) and not line.lower().startswith(
            ("cordialement", "merci", "bien", "best", "kind", "thanks", "regards")
        ):
            return line
    return display_name or None


def _postal_address(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if _POSTCODE_LINE_RE.match(line):
            start = i - 1 if i > 0 and _STREET_LINE_RE.match(lines[i - 1]) else i
            return [ln.strip() for ln in lines[start : i + 1]]
    for line in lines:
        if _STREET_LINE_RE.match(line):
            return [line.strip()]
    return []


def extract_requester(msg: ParsedMessage) -> Requester:
    """Build the :class:`Requester` from the sender, new text, signature and attachments."""
    text = "\n".join(part for part in (msg.new_text, msg.signature) if part)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    phone_match = _PHONE_RE.search(text)
    client_ids: list[str] = []
    for match in _CLIENT_ID_RE.finditer(text):
        ident = match.group(2)
        if ident not in client_ids and not _PHONE_RE.fullmatch(ident):
            client_ids.append(ident)
    names = [a.filename or "" for a in msg.attachments]
    images = [a.filename or a.content_type for a in msg.attachments if a.content_type.startswith("image/")]
    id_doc = bool(_ID_FILENAME_RE.search(" ".join(names))) or (
        bool(msg.attachments) and bool(_ID_DOC_RE.search(text))
    )
    return Requester(
        email=msg.from_addr,
        display_name=msg.from_name,
        reply_to=msg.reply_to,
        reply_to_differs=msg.reply_to_differs,
        claimed_name=_claimed_name(text, msg.signature, msg.from_name),
        postal_address=_postal_address(lines),
        phone=" ".join(phone_match.group(1).split()) if phone_match else None,
        client_ids=client_ids[:10],
        has_signature=bool(msg.signature.strip()),
        id_document_attached=id_doc,
        image_attachments=images,
        pdf_notes=[f"{a.filename or 'pièce jointe'}: {a.note}" for a in msg.attachments if a.note],
    )
