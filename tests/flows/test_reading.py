"""Tests of flows.reading: MIME shapes, charsets, headers, attachments, robustness."""

from __future__ import annotations

import io
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.reading import (
    UnreadableMessage,
    decode_header_value,
    html_to_text,
    parse_addresses,
    pdf_text,
    read_message,
)

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "recognition"

HEAD = (
    "From: =?utf-8?q?H=C3=A9l=C3=A8ne_Perrin?= <Helene.Perrin@Wanadoo.fr>\r\n"
    "To: sandra.delomenie@orange.fr, autre@exemple.fr\r\nCc: copie@exemple.fr\r\n"
    "Subject: =?iso-8859-1?q?Donn=E9es_personnelles?=\r\n"
    "Date: Tue, 03 Mar 2026 09:15:00 +0100\r\nMessage-ID: <abc@wanadoo.fr>\r\n"
    "In-Reply-To: <sent-1@orange.fr>\r\nReferences: <sent-0@orange.fr> <sent-1@orange.fr>\r\n"
)


def test_headers_are_decoded_and_normalised() -> None:
    """Encoded words, lowercased From, recipients, date and threading ids are read."""
    raw = (HEAD + "Content-Type: text/plain; charset=utf-8\r\n\r\nBonjour\r\n").encode()
    msg = read_message(raw)
    assert msg.from_addr == "helene.perrin@wanadoo.fr"
    assert msg.from_name == "Hélène Perrin"
    assert msg.subject == "Données personnelles"
    assert msg.to == ["sandra.delomenie@orange.fr", "autre@exemple.fr"]
    assert msg.cc == ["copie@exemple.fr"]
    assert msg.date is not None and msg.date.utcoffset() is not None
    assert msg.message_id == "<abc@wanadoo.fr>"
    assert msg.in_reply_to == "<sent-1@orange.fr>"
    assert msg.references == ["<sent-0@orange.fr>", "<sent-1@orange.fr>"]


def test_reply_to_differs_flag() -> None:
    """A Reply-To different from From is flagged."""
    raw = (HEAD + "Reply-To: autre.personne@gmail.com\r\n\r\nBonjour\r\n").encode()
    msg = read_message(raw)
    assert msg.reply_to == "autre.personne@gmail.com" and msg.reply_to_differs


@pytest.mark.parametrize(
    ("ctype", "cte", "payload", "expected"),
    [
        ("text/plain; charset=iso-8859-1", "quoted-printable", b"Supprimez mes donn=E9es", "Supprimez mes données"),
        ("text/plain; charset=utf-8", "base64", b"U3VwcHJpbWV6IG1lcyBkb25uw6llcw==", "Supprimez mes données"),
        ("text/plain; charset=x-unknown-cs", "8bit", "Supprimez mes données".encode(), "Supprimez mes données"),
        ("text/plain; charset=utf-8", "8bit", "Supprimez mes données".encode("latin-1"), "Supprimez mes données"),
        ("text/plain", "8bit", "Supprimez mes données".encode("latin-1"), "Supprimez mes données"),
    ],
)
def test_charsets_are_repaired(ctype: str, cte: str, payload: bytes, expected: str) -> None:
    """Declared, unknown and wrong charsets all end up as readable text."""
    raw = (HEAD + f"Content-Type: {ctype}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n").encode() + payload
    assert read_message(raw).body_text.strip() == expected


def test_eight_bit_headers_are_tolerated() -> None:
    """Raw latin-1 and utf-8 bytes in headers are decoded, not dropped."""
    raw = b"From: Ren\xe9 <rene@x.fr>\r\nSubject: Donn\xc3\xa9es\r\n\r\nBonjour\r\n"
    msg = read_message(raw)
    assert msg.from_name == "René"
    assert msg.subject == "Données"


def test_html_only_body_is_converted() -> None:
    """An HTML-only message becomes text; scripts dropped; blockquotes become quoted history."""
    html = (
        "<html><head><style>p{}</style><script>alert(1)</script></head><body>"
        "<p>Merci de supprimer mes donn&eacute;es.</p><blockquote><p>Ancien message</p></blockquote></body></html>"
    )
    raw = (HEAD + "Content-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()
    msg = read_message(raw)
    assert "Merci de supprimer mes données." in msg.new_text
    assert "alert" not in msg.body_text
    assert "Ancien message" in msg.quoted_text and "Ancien message" not in msg.new_text


def test_alternative_prefers_plain() -> None:
    """multipart/alternative: the text/plain part is the body."""
    em = EmailMessage()
    em["From"] = "a@b.fr"
    em.set_content("texte brut")
    em.add_alternative("<p>texte html</p>", subtype="html")
    assert read_message(em.as_bytes()).body_text.strip() == "texte brut"


def _pdf(text: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, text)
    return bytes(pdf.output())


def test_pdf_attachment_text_and_hash() -> None:
    """A PDF attachment is hashed and its text extracted."""
    em = EmailMessage()
    em["From"] = "a@b.fr"
    em.set_content("voir pièce jointe")
    em.add_attachment(_pdf("Demande de suppression"), maintype="application", subtype="pdf", filename="lettre.pdf")
    att = read_message(em.as_bytes()).attachments[0]
    assert att.filename == "lettre.pdf" and att.content_type == "application/pdf"
    assert len(att.sha256) == 64 and att.size > 100
    assert att.text is not None and "Demande de suppression" in att.text


def test_encrypted_and_broken_pdfs_are_notes() -> None:
    """Encrypted or truncated PDFs give a note, never an exception."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(_pdf("secret"))))
    writer.encrypt("pw", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    text, note = pdf_text(out.getvalue())
    assert text is None and note is not None and "chiffré" in note
    text, note = pdf_text(_pdf("x")[:200])
    assert text is None and note is not None or text == ""


def test_report_and_list_headers() -> None:
    """multipart/report and list/auto headers are exposed."""
    raw = (
        b"From: MAILER-DAEMON@x.fr\r\nAuto-Submitted: auto-replied\r\nPrecedence: bulk\r\nList-Id: <l.x>\r\n"
        b"List-Unsubscribe: <mailto:u@x>\r\nX-Autoreply: yes\r\nAuthentication-Results: mx; dkim=pass\r\n"
        b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\n"
        b"Content-Type: text/plain\r\n\r\nfailed\r\n--b--\r\n"
    )
    msg = read_message(raw)
    assert msg.is_report and msg.auto_submitted == "auto-replied" and msg.precedence == "bulk"
    assert msg.list_id == "<l.x>" and msg.list_unsubscribe and msg.x_autoreply == "yes"
    assert msg.authentication_results == ["mx; dkim=pass"]


@pytest.mark.parametrize("raw", [b"", b"   \r\n", b"\x00\x01\x02 binary junk", b"just some text without headers"])
def test_hopeless_input_raises_unreadable(raw: bytes) -> None:
    """Empty or header-less input raises UnreadableMessage with a reason."""
    with pytest.raises(UnreadableMessage) as info:
        read_message(raw)
    assert info.value.reason


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2000))
def test_never_raises_anything_else_on_random_bytes(data: bytes) -> None:
    """On arbitrary bytes, read_message returns or raises UnreadableMessage only."""
    try:
        read_message(b"From: a@b.fr\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n" + data)
        read_message(data)
    except UnreadableMessage:
        pass


def test_corpus_files_all_parse() -> None:
    """Every corpus message parses with a sender and some body text."""
    files = sorted(CORPUS.glob("*.eml"))
    assert len(files) >= 200
    for path in files:
        msg = read_message(path.read_bytes())
        assert msg.from_addr and msg.body_text.strip(), path.name


def test_html_to_text_entities_and_breaks() -> None:
    """Entities are decoded and block tags break lines."""
    assert html_to_text("<div>a&amp;b</div><div>c</div>") == "a&b\nc"


ADDRESS_VALUES = [
    "J. Dupont <a@b.fr>", "Jean   Dupont <a@b.fr>", " a@b.fr ", "Hélène <h@x.fr>", "a@b.fr, c@d.fr",
    '"Dupont, Jean" <a@b.fr>', "Jean (perso) <a@b.fr>", "<a@b.fr>", "Name<a@b.fr>", "undisclosed-recipients:;",
    "O'Brien <o@b.ie>", "x <a.b+c@d-e.fr>", "Dr. J. Smith Jr. <a@b.fr>", "", "not an address",
]


@pytest.mark.parametrize("value", ADDRESS_VALUES)
def test_parse_addresses_reads_as_getaddresses(value: str) -> None:
    """The fast path for one plain address gives what email.utils.getaddresses gives."""
    assert parse_addresses([value]) == getaddresses([value])


def test_parse_addresses_matches_getaddresses_on_every_corpus_header() -> None:
    """Over every From/To/Cc/Reply-To value of the corpora, the same pairs as getaddresses."""
    import email as stdlib_email

    checked = 0
    for path in sorted(Path(__file__).resolve().parents[1].joinpath("corpus").rglob("*.eml"))[::4]:
        msg = stdlib_email.message_from_bytes(path.read_bytes())
        for name in ("From", "To", "Cc", "Reply-To"):
            for value in msg.get_all(name) or []:
                text = decode_header_value(value)
                assert parse_addresses([text]) == getaddresses([text]), text
                checked += 1
    assert checked > 1000
