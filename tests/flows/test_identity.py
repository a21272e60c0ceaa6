"""Identity (art. 12(6)): Authentication-Results from the trusted provider, DKIM, assessment.

Messages are really DKIM-signed with the throwaway key in tests/flows/dkim_keys/ and
verified through a fake DNS function that serves its TXT record.
"""

from __future__ import annotations

from pathlib import Path

import dkim
import pytest

from flows.identity import (
    AuthResult,
    AuthResults,
    DkimResult,
    ProofAsk,
    Reason,
    Verdict,
    aligned,
    assess,
    assess_message,
    parse_authentication_results,
    verified_dkim_domains,
    verify_dkim,
)

KEYS = Path(__file__).parent / "dkim_keys"
PRIVATE_KEY = (KEYS / "test.key").read_bytes()
TXT_RECORD = (KEYS / "test.txt").read_text().strip().encode("ascii")
TRUSTED = ["mx.provider.example"]
CLIENT = "marie@client.example"
KNOWN = {"Marie@Client.example", "paul@autre.example"}


def fake_dns(name: bytes) -> bytes:
    """Serve the test key for the client's domain and the attacker's, nothing for others."""
    if name.rstrip(b".") in (b"test._domainkey.client.example", b"test._domainkey.evil.example"):
        return TXT_RECORD
    return b""


def message(
    sender: str = f"Marie Dupont <{CLIENT}>",
    *,
    reply_to: str | None = None,
    auth_results: list[str] | None = None,
    body: str = "Bonjour,\r\nje souhaite accéder à mes données.\r\nMarie\r\n",
) -> bytes:
    """A plain message (unsigned) with the given headers."""
    lines = [f"From: {sender}", "To: contact@floraison.example", "Subject: Mes données"]
    if reply_to:
        lines.append(f"Reply-To: {reply_to}")
    lines += ["Date: Sun, 31 Jan 2027 10:00:00 +0100", "Message-ID: <1@client.example>"]
    lines += [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    head = "\r\n".join(lines) + "\r\n\r\n"
    return head.encode("utf-8") + body.encode("utf-8")


def signed(raw: bytes, domain: bytes = b"client.example") -> bytes:
    """DKIM-sign ``raw`` with the test key, as the sender's provider would."""
    signature: bytes = dkim.sign(
        raw, b"test", domain, PRIVATE_KEY, include_headers=[b"from", b"to", b"subject", b"date"]
    )
    return signature + raw


def delivered(raw: bytes, *auth_results: str) -> bytes:
    """Prepend Authentication-Results headers, as the receiving provider does at delivery."""
    return "".join(f"Authentication-Results: {value}\r\n" for value in auth_results).encode() + raw


# --- DKIM with a real key -------------------------------------------------------------


def test_signed_message_verifies() -> None:
    """A message signed with the test key verifies against its published record."""
    raw = signed(message())
    assert verify_dkim(raw, fake_dns)
    assert verified_dkim_domains(raw, fake_dns) == ("client.example",)


def test_modified_body_fails() -> None:
    """Changing one word of the body after signing breaks the signature."""
    raw = signed(message()).replace("accéder".encode(), b"effacer")
    assert b"effacer" in raw
    assert not verify_dkim(raw, fake_dns)


def test_modified_from_fails() -> None:
    """Changing the signed From header after signing breaks the signature."""
    raw = signed(message()).replace(CLIENT.encode(), b"pirate@client.example")
    assert not verify_dkim(raw, fake_dns)


def test_unsigned_message_does_not_verify() -> None:
    """No signature, no DKIM pass."""
    assert not verify_dkim(message(), fake_dns)


def test_unknown_key_does_not_verify() -> None:
    """A signature whose key is not published (other domain) does not verify."""
    raw = signed(message(sender="x@other.example"), domain=b"other.example")
    assert verified_dkim_domains(raw, fake_dns) == ()
    assert not verify_dkim(raw, fake_dns)


def test_signed_known_client_verified_locally_without_provider_results() -> None:
    """Known address + aligned DKIM checked locally = VERIFIED, even with no A-R header."""
    result = assess_message(
        signed(message()), known_addresses=KNOWN, trusted_authserv_ids=TRUSTED, dnsfunc=fake_dns
    )
    assert result.verdict is Verdict.VERIFIED
    assert result.reasons == () and result.asks == ()


def test_tampered_signed_message_needs_proof() -> None:
    """The same message with its body changed after signing is not authentic."""
    raw = signed(message()).replace("accéder".encode(), b"effacer")
    result = assess_message(
        raw, known_addresses=KNOWN, trusted_authserv_ids=TRUSTED, dnsfunc=fake_dns
    )
    assert result.verdict is Verdict.NEEDS_PROOF
    assert result.reasons == (Reason.NOT_AUTHENTICATED,)
    assert result.asks == (ProofAsk.CONFIRM_FROM_KNOWN_ADDRESS,)


# --- Authentication-Results -----------------------------------------------------------

# (header values top first, expected dkim, spf, dmarc, why)
AR_TABLE = [
    (
        [
            (
                "mx.provider.example; dkim=pass header.d=client.example; "
                "spf=pass smtp.mailfrom=client.example; dmarc=pass header.from=client.example"
            )
        ],
        (DkimResult(result=AuthResult.PASS, domain="client.example"),),
        AuthResult.PASS,
        AuthResult.PASS,
        "all pass",
    ),
    (
        [
            "mx.provider.example; dkim=fail (bad signature) header.i=@client.example; spf=softfail; dmarc=fail"
        ],
        (DkimResult(result=AuthResult.FAIL, domain="client.example"),),
        AuthResult.SOFTFAIL,
        AuthResult.FAIL,
        "failures, domain from header.i",
    ),
    (
        ["mx.provider.example; none"],
        (),
        AuthResult.NONE,
        AuthResult.NONE,
        "provider checked nothing",
    ),
    (
        ["MX.Provider.Example; spf=hardfail smtp.mailfrom=x.example; dmarc=temperror"],
        (),
        AuthResult.FAIL,
        AuthResult.TEMPERROR,
        "case-insensitive id, hardfail is fail",
    ),
    (
        ["mx.provider.example; dkim=pass header.d=a.example; dkim=neutral header.d=b.example"],
        (
            DkimResult(result=AuthResult.PASS, domain="a.example"),
            DkimResult(result=AuthResult.NEUTRAL, domain="b.example"),
        ),
        AuthResult.NONE,
        AuthResult.NONE,
        "two signatures",
    ),
    (
        ["evil.example; dkim=pass header.d=client.example; dmarc=pass header.from=client.example"],
        (),
        AuthResult.NONE,
        AuthResult.NONE,
        "forged header from another authserv-id ignored",
    ),
    (
        [
            "mx.provider.example; dmarc=fail header.from=client.example",
            "mx.provider.example; dmarc=pass header.from=client.example",
        ],
        (),
        AuthResult.NONE,
        AuthResult.FAIL,
        "topmost trusted header wins over a lower (forged) one",
    ),
    (
        [
            "evil.example; dmarc=pass",
            "this is not ; a = header ;;",
            "mx.provider.example; dmarc=pass",
        ],
        (),
        AuthResult.NONE,
        AuthResult.PASS,
        "untrusted and unparsable headers skipped",
    ),
    (
        [
            "Authentication-Results: mx.provider.example;\r\n\tdmarc=pass\r\n header.from=client.example"
        ],
        (),
        AuthResult.NONE,
        AuthResult.PASS,
        "folded value with field name",
    ),
    ([], (), AuthResult.NONE, AuthResult.NONE, "no header at all"),
]


@pytest.mark.parametrize(("values", "dkim_results", "spf", "dmarc", "why"), AR_TABLE)
def test_parse_authentication_results(
    values: list[str],
    dkim_results: tuple[DkimResult, ...],
    spf: AuthResult,
    dmarc: AuthResult,
    why: str,
) -> None:
    """Only the topmost header of a trusted authserv-id counts; results are normalised."""
    parsed = parse_authentication_results(values, TRUSTED)
    assert (parsed.dkim, parsed.spf, parsed.dmarc) == (dkim_results, spf, dmarc), why


def _assess_raw(raw: bytes, **kwargs: object) -> tuple[Verdict, tuple[Reason, ...]]:
    result = assess_message(raw, known_addresses=KNOWN, trusted_authserv_ids=TRUSTED, **kwargs)  # type: ignore[arg-type]
    return result.verdict, result.reasons


PASS_AR = "mx.provider.example; dkim=pass header.d=client.example; spf=pass; dmarc=pass header.from=client.example"

# (raw message, expected verdict, expected reasons, why)
MESSAGE_TABLE = [
    (delivered(message(), PASS_AR), Verdict.VERIFIED, (), "known client, DMARC pass"),
    (
        delivered(message(), "mx.provider.example; dkim=pass header.d=client.example; dmarc=none"),
        Verdict.VERIFIED,
        (),
        "known client, aligned DKIM pass, no DMARC policy",
    ),
    (
        delivered(message(), "mx.provider.example; dkim=pass header.d=mail.client.example"),
        Verdict.VERIFIED,
        (),
        "relaxed alignment: subdomain signer",
    ),
    (
        delivered(message(), "mx.provider.example; dkim=pass header.d=mailer.example; spf=pass"),
        Verdict.NEEDS_PROOF,
        (Reason.NOT_AUTHENTICATED,),
        "DKIM pass but not aligned, SPF alone is not enough",
    ),
    (
        delivered(message(), "mx.provider.example; dkim=pass header.d=client.example; dmarc=fail"),
        Verdict.NEEDS_PROOF,
        (Reason.DMARC_FAIL,),
        "DMARC fail is never verified",
    ),
    (
        delivered(message(), "mx.provider.example; none"),
        Verdict.NEEDS_PROOF,
        (Reason.NOT_AUTHENTICATED,),
        "provider says none",
    ),
    (
        delivered(
            message(),
            "evil.example; dkim=pass header.d=client.example; dmarc=pass header.from=client.example",
        ),
        Verdict.NEEDS_PROOF,
        (Reason.NOT_AUTHENTICATED,),
        "forged Authentication-Results from another authserv-id ignored",
    ),
    (
        delivered(message(), "mx.provider.example; dmarc=pass header.from=other.example"),
        Verdict.NEEDS_PROOF,
        (Reason.NOT_AUTHENTICATED,),
        "DMARC pass for another From domain",
    ),
    (
        delivered(message(sender="Marie <marie@clientt.example>"), PASS_AR),
        Verdict.NEEDS_PROOF,
        (Reason.UNKNOWN_SENDER, Reason.NOT_AUTHENTICATED),
        "look-alike address, results for another domain",
    ),
    (
        delivered(message(sender="inconnue@client.example"), PASS_AR),
        Verdict.NEEDS_PROOF,
        (Reason.UNKNOWN_SENDER,),
        "authentic but not a known client",
    ),
    (
        delivered(message(reply_to="autre@ailleurs.example"), PASS_AR),
        Verdict.NEEDS_PROOF,
        (Reason.REPLY_TO_DIFFERS,),
        "Reply-To differs from From",
    ),
    (
        delivered(message(reply_to=f"Marie <{CLIENT.upper()}>"), PASS_AR),
        Verdict.VERIFIED,
        (),
        "Reply-To equal to From (case aside)",
    ),
    (
        delivered(message(sender=f"{CLIENT}, paul@autre.example"), PASS_AR),
        Verdict.NEEDS_PROOF,
        (Reason.SEVERAL_SENDERS,),
        "several From addresses",
    ),
    (
        delivered(message(sender="Marie"), PASS_AR),
        Verdict.NEEDS_PROOF,
        (Reason.NO_SENDER,),
        "no address in From",
    ),
]


@pytest.mark.parametrize(("raw", "verdict", "reasons", "why"), MESSAGE_TABLE)
def test_assess_message(
    raw: bytes, verdict: Verdict, reasons: tuple[Reason, ...], why: str
) -> None:
    """Verified only for a known sender with an authentic message and no diverging Reply-To."""
    assert _assess_raw(raw) == (verdict, reasons), why


def test_spoofed_from_with_real_signature_of_attacker_domain() -> None:
    """An attacker signs validly with their own domain but writes the client's From: not verified."""
    raw = signed(message(), domain=b"evil.example")
    assert verified_dkim_domains(raw, fake_dns) == ("evil.example",)
    assert _assess_raw(raw, dnsfunc=fake_dns) == (Verdict.NEEDS_PROOF, (Reason.NOT_AUTHENTICATED,))


def test_dmarc_fail_beats_local_dkim_pass() -> None:
    """Even with a locally valid aligned signature, a provider's DMARC fail is never verified."""
    raw = delivered(signed(message()), "mx.provider.example; dmarc=fail header.from=client.example")
    assert _assess_raw(raw, dnsfunc=fake_dns) == (Verdict.NEEDS_PROOF, (Reason.DMARC_FAIL,))


def test_reply_to_differing_on_signed_message() -> None:
    """A valid signature does not excuse a Reply-To pointing elsewhere."""
    raw = signed(message(reply_to="collecteur@ailleurs.example"))
    assert _assess_raw(raw, dnsfunc=fake_dns) == (Verdict.NEEDS_PROOF, (Reason.REPLY_TO_DIFFERS,))


# --- What to ask ----------------------------------------------------------------------

# (from, known sender?, escalate, expected asks)
ASKS = [
    (CLIENT, True, False, (ProofAsk.CONFIRM_FROM_KNOWN_ADDRESS,)),
    (
        "x@inconnu.example",
        False,
        False,
        (ProofAsk.WRITE_FROM_KNOWN_ADDRESS, ProofAsk.IDENTIFYING_DETAILS),
    ),
    (CLIENT, True, True, (ProofAsk.CONFIRM_FROM_KNOWN_ADDRESS, ProofAsk.ID_COPY_REDACTED)),
    (
        "x@inconnu.example",
        False,
        True,
        (
            ProofAsk.WRITE_FROM_KNOWN_ADDRESS,
            ProofAsk.IDENTIFYING_DETAILS,
            ProofAsk.ID_COPY_REDACTED,
        ),
    ),
]


@pytest.mark.parametrize(("sender", "known", "escalate", "asks"), ASKS)
def test_minimal_asks(sender: str, known: bool, escalate: bool, asks: tuple[ProofAsk, ...]) -> None:
    """The ID copy is asked only on escalation; a known address is asked to confirm."""
    result = assess(
        from_header=sender,
        reply_to_header=None,
        known_addresses=KNOWN,
        auth=AuthResults(dmarc=AuthResult.FAIL),
        escalate=escalate,
    )
    assert result.known_sender is known
    assert result.asks == asks
    assert len(result.asks_text("fr")) == len(asks) == len(result.asks_text("en"))


def test_verified_asks_nothing() -> None:
    """A verified sender is asked nothing, even when escalate is set."""
    result = assess(
        from_header=CLIENT,
        reply_to_header=None,
        known_addresses=KNOWN,
        auth=AuthResults(dmarc=AuthResult.PASS),
        escalate=True,
    )
    assert result.verified and result.asks == ()


def test_reasons_in_french() -> None:
    """The practitioner reads the reasons in French."""
    result = assess(
        from_header="x@inconnu.example",
        reply_to_header="y@ailleurs.example",
        known_addresses=KNOWN,
        auth=AuthResults(dmarc=AuthResult.FAIL),
    )
    assert result.reasons_fr == [
        "l'adresse n'est pas celle d'un client connu",
        "échec DMARC : l'expéditeur a pu être usurpé",
        "l'adresse de réponse (Reply-To) diffère de l'expéditeur",
    ]


# (signer, from domain, aligned?)
ALIGNMENT = [
    ("client.example", "client.example", True),
    ("Client.Example", "client.example", True),
    ("mail.client.example", "client.example", True),
    ("client.example", "news.client.example", True),
    ("client.example.evil", "client.example", False),
    ("evilclient.example", "client.example", False),
    ("mailer.example", "client.example", False),
]


@pytest.mark.parametrize(("signer", "from_domain", "expected"), ALIGNMENT)
def test_alignment(signer: str, from_domain: str, expected: bool) -> None:
    """Relaxed alignment accepts parent/child domains, not look-alikes."""
    assert aligned(signer, from_domain) is expected


def test_utf8_address_in_raw_headers_matches_the_known_one() -> None:
    """A From written in raw UTF-8 (``inès.x@…``, RFC 6532) compares equal to the known address."""
    from flows.identity import Verdict, assess_message

    raw = ("From: Inès <inès.x@exemple.fr>\r\n"
           "Authentication-Results: mx.test; dmarc=pass header.from=exemple.fr\r\n"
           "Subject: Mes données\r\n\r\nBonjour\r\n").encode("utf-8")
    verdict = assess_message(raw, known_addresses={"inès.x@exemple.fr"}, trusted_authserv_ids=["mx.test"]).verdict
    assert verdict is Verdict.VERIFIED
