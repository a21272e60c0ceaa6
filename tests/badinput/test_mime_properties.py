"""Property-based tests: no input makes the MIME reader or recognition crash.

``read_message`` may only refuse with ``UnreadableMessage``; whatever it returns,
``recognise`` decides without raising. Inputs: arbitrary bytes, and messages assembled
from hostile pieces (odd charsets, 8-bit and encoded-word headers, broken boundaries,
bad transfer encodings, nested multiparts)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flows.models import Outcome
from flows.reading import UnreadableMessage, read_message
from flows.recognition import recognise

CHARSETS = ["utf-8", "latin-1", "iso-8859-15", "windows-1252", "x-unknown", "utf-7", "", "us-ascii", "koi8-r", "gb2312"]
ENCODINGS = ["7bit", "8bit", "base64", "quoted-printable", "x-uuencode", "binary", "bogus"]
TYPES = ["text/plain", "text/html", "application/pdf", "image/png", "message/rfc822", "multipart/mixed",
         "multipart/alternative", "multipart/report", "text/calendar", "application/octet-stream"]

header_text = st.one_of(
    st.text(max_size=80),
    st.binary(max_size=80).map(lambda b: b.decode("latin-1")),
    st.sampled_from(["=?utf-8?B?w6lsw6k=?=", "=?iso-8859-1?Q?caf=E9?=", "=?bogus?X?zzz?=", "=?utf-8?Q?", "\u00e9t\u00e9"]),
)


@st.composite
def messages(draw: st.DrawFn) -> bytes:
    """A message assembled from hostile pieces, up to three levels of parts."""
    boundary = draw(st.sampled_from(["b1", "", "--", "x" * 80, "é"]))
    headers = [
        ("From", draw(header_text)),
        ("To", draw(header_text)),
        ("Subject", draw(header_text)),
        ("Date", draw(st.sampled_from(["Mon, 23 Nov 2026 09:14:00 +0100", "yesterday", "", "Thu, 99 Foo 20262"]))),
        ("Message-ID", draw(st.sampled_from(["<a@b>", "", "<<>>", "no-brackets"]))),
        ("Content-Type", f'{draw(st.sampled_from(TYPES))}; charset="{draw(st.sampled_from(CHARSETS))}"; boundary="{boundary}"'),
        ("Content-Transfer-Encoding", draw(st.sampled_from(ENCODINGS))),
    ]
    head = b"".join(f"{k}: {v}".encode("utf-8", "surrogateescape") + b"\r\n" for k, v in headers
                    if draw(st.booleans()) or k == "Content-Type")
    parts = draw(st.lists(st.binary(max_size=300), max_size=4))
    body = b"".join(b"--" + boundary.encode("utf-8") + b"\r\nContent-Type: " + draw(st.sampled_from(TYPES)).encode()
                    + b"\r\n\r\n" + part + b"\r\n" for part in parts)
    if draw(st.booleans()):
        body += b"--" + boundary.encode("utf-8") + b"--\r\n"
    return head + b"\r\n" + body + draw(st.binary(max_size=200))


def read_and_recognise(raw: bytes) -> None:
    try:
        parsed = read_message(raw)
    except UnreadableMessage as error:
        assert str(error), "a refusal must say why"
        return
    decision = recognise(parsed, own_addresses=frozenset({"contact@floraison.test"}))
    assert decision.outcome in set(Outcome)
    assert 0.0 <= decision.confidence <= 1.0
    if decision.outcome is Outcome.NONE:
        assert decision.rights == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_arbitrary_bytes_never_crash(raw: bytes) -> None:
    """Any bytes at all: read or refused with a reason, never an exception."""
    read_and_recognise(raw)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages())
def test_hostile_mime_never_crashes(raw: bytes) -> None:
    """Messages with broken charsets, encodings, boundaries and headers are read or refused."""
    read_and_recognise(raw)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=3000))
def test_any_body_text_is_recognised_without_error(text: str) -> None:
    """Any new text in a plain message gets a decision with evidence drawn from it."""
    raw = ("From: a@example.test\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + text)
    read_and_recognise(raw.encode("utf-8", "surrogatepass"))
