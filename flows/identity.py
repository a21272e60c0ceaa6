"""Is the requester who they say they are? (GDPR art. 12(6), EDPB Guidelines 01/2022 §73)

More information may be asked only when there is reasonable doubt. A request sent from the
address a client already uses with the business, and shown authentic by the receiving
provider (DMARC pass, or a DKIM signature that passes and is aligned with the From domain),
is taken as the client's: VERIFIED. Otherwise the assessment is NEEDS_PROOF, with the
reasons in French for the practitioner and the smallest thing to ask.

Authentication-Results headers are trusted only from the practitioner's own provider
(its authserv-id(s), a parameter): anyone can write such a header into a message they send.
Of those, the topmost one is used, since the receiving server prepends its own at delivery.
DKIM can also be checked locally with dkimpy through an injected DNS function.

Everything here is pure: headers and bytes in, an assessment out; DNS is a parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from email.header import Header, decode_header
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import getaddresses
from enum import StrEnum

import authres
import dkim
from pydantic import BaseModel, ConfigDict


class AuthResult(StrEnum):
    """A result value of RFC 8601 (anything else is `UNKNOWN`)."""

    PASS = "pass"
    FAIL = "fail"
    SOFTFAIL = "softfail"
    NEUTRAL = "neutral"
    NONE = "none"
    POLICY = "policy"
    TEMPERROR = "temperror"
    PERMERROR = "permerror"
    UNKNOWN = "unknown"

    @classmethod
    def of(cls, value: str | None) -> AuthResult:
        """Parse a result keyword, case-insensitively (``hardfail`` is the old ``fail``)."""
        word = (value or "none").strip().lower()
        if word == "hardfail":
            return cls.FAIL
        try:
            return cls(word)
        except ValueError:
            return cls.UNKNOWN


class DkimResult(BaseModel):
    """One ``dkim=`` clause: its result and the signing domain (header.d or header.i)."""

    model_config = ConfigDict(frozen=True)

    result: AuthResult
    domain: str | None = None


class AuthResults(BaseModel):
    """What the trusted provider said about a message (all NONE when it said nothing)."""

    model_config = ConfigDict(frozen=True)

    authserv_id: str | None = None
    dkim: tuple[DkimResult, ...] = ()
    spf: AuthResult = AuthResult.NONE
    dmarc: AuthResult = AuthResult.NONE
    dmarc_from: str | None = None


def _domain_of(value: str | None) -> str | None:
    if not value:
        return None
    return value.rsplit("@", 1)[-1].strip().strip(".").lower() or None


def _property(result: object, ptype: str, name: str) -> str | None:
    for prop in getattr(result, "properties", None) or ():
        if prop.type == ptype and prop.name == name and prop.value:
            return str(prop.value)
    return None


def _unfold(value: str) -> str:
    text = value.replace("\r\n", "").replace("\n", "").replace("\r", "")
    prefix = "authentication-results:"
    return text[len(prefix) :] if text.lower().startswith(prefix) else text


def parse_authentication_results(
    header_values: Iterable[str], trusted_authserv_ids: Collection[str]
) -> AuthResults:
    """Read the topmost Authentication-Results header written by a trusted authserv-id.

    ``header_values`` are the values of every Authentication-Results header, in message
    order (top first). Headers of other authserv-ids, and unparsable ones, are ignored.
    """
    trusted = {server.strip().lower() for server in trusted_authserv_ids}
    for value in header_values:
        try:
            header = authres.AuthenticationResultsHeader.parse_value(_unfold(value))
        except authres.AuthResError:
            continue
        server = (header.authserv_id or "").lower()
        if server not in trusted:
            continue
        dkims: list[DkimResult] = []
        spf = dmarc = AuthResult.NONE
        dmarc_from: str | None = None
        for result in header.results:
            method = str(getattr(result, "method", "")).lower()
            verdict = AuthResult.of(getattr(result, "result", None))
            if method == "dkim":
                domain = _property(result, "header", "d") or _domain_of(
                    _property(result, "header", "i")
                )
                dkims.append(DkimResult(result=verdict, domain=domain and domain.lower()))
            elif method == "spf" and spf is AuthResult.NONE:
                spf = verdict
            elif method == "dmarc" and dmarc is AuthResult.NONE:
                dmarc = verdict
                dmarc_from = _domain_of(_property(result, "header", "from"))
        return AuthResults(
            authserv_id=server, dkim=tuple(dkims), spf=spf, dmarc=dmarc, dmarc_from=dmarc_from
        )
    return AuthResults()


DnsFunc = Callable[[bytes], bytes]


def verified_dkim_domains(raw: bytes, dnsfunc: DnsFunc) -> tuple[str, ...]:
    """Signing domains (d=) of the DKIM signatures of ``raw`` that verify, via ``dnsfunc``."""

    def lookup(name: bytes, timeout: int = 5) -> bytes:
        return dnsfunc(name)

    checker = dkim.DKIM(raw)
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw).get_all("DKIM-Signature") or []
    domains: list[str] = []
    for index in range(len(headers)):
        try:
            if checker.verify(idx=index, dnsfunc=lookup):
                domain = checker.domain
                if domain:
                    domains.append(domain.decode("ascii").lower())
        except dkim.DKIMException:
            continue
    return tuple(domains)


def verify_dkim(raw: bytes, dnsfunc: DnsFunc) -> bool:
    """True when at least one DKIM signature of ``raw`` verifies with keys from ``dnsfunc``."""
    return bool(verified_dkim_domains(raw, dnsfunc))


def aligned(signing_domain: str, from_domain: str) -> bool:
    """Relaxed DKIM alignment: same domain, or one a subdomain of the other.

    Without the public suffix list this also accepts a public suffix as signer, which is
    harmless: nobody can publish a DKIM key for "fr" or "co.uk".
    """
    d, f = signing_domain.lower().strip("."), from_domain.lower().strip(".")
    return d == f or f.endswith("." + d) or d.endswith("." + f)


class Verdict(StrEnum):
    VERIFIED = "verified"
    NEEDS_PROOF = "needs_proof"


class Reason(StrEnum):
    """Why identity is in doubt."""

    NO_SENDER = "no_sender"
    SEVERAL_SENDERS = "several_senders"
    UNKNOWN_SENDER = "unknown_sender"
    DMARC_FAIL = "dmarc_fail"
    NOT_AUTHENTICATED = "not_authenticated"
    REPLY_TO_DIFFERS = "reply_to_differs"


REASON_FR: dict[Reason, str] = {
    Reason.NO_SENDER: "le message n'a pas d'adresse d'expéditeur lisible",
    Reason.SEVERAL_SENDERS: "le message indique plusieurs expéditeurs",
    Reason.UNKNOWN_SENDER: "l'adresse n'est pas celle d'un client connu",
    Reason.DMARC_FAIL: "échec DMARC : l'expéditeur a pu être usurpé",
    Reason.NOT_AUTHENTICATED: "authenticité non établie (ni DMARC ni signature DKIM alignée valide)",
    Reason.REPLY_TO_DIFFERS: "l'adresse de réponse (Reply-To) diffère de l'expéditeur",
}


class ProofAsk(StrEnum):
    """What may be asked of the requester, from the least to the most intrusive."""

    CONFIRM_FROM_KNOWN_ADDRESS = "confirm_from_known_address"
    WRITE_FROM_KNOWN_ADDRESS = "write_from_known_address"
    IDENTIFYING_DETAILS = "identifying_details"
    ID_COPY_REDACTED = "id_copy_redacted"


ASK_FR: dict[ProofAsk, str] = {
    ProofAsk.CONFIRM_FROM_KNOWN_ADDRESS: (
        "confirmer la demande en répondant depuis l'adresse déjà connue "
        "(écrire à cette adresse, pas à l'adresse de réponse indiquée)"
    ),
    ProofAsk.WRITE_FROM_KNOWN_ADDRESS: "renvoyer la demande depuis l'adresse utilisée avec le cabinet",
    ProofAsk.IDENTIFYING_DETAILS: (
        "indiquer nom et prénom et un élément de la relation (date d'une séance, numéro de facture)"
    ),
    ProofAsk.ID_COPY_REDACTED: (
        "en dernier recours, une copie de pièce d'identité où tout est masqué sauf le nom, "
        "le prénom et la photo ; elle sera supprimée dès la vérification"
    ),
}

ASK_EN: dict[ProofAsk, str] = {
    ProofAsk.CONFIRM_FROM_KNOWN_ADDRESS: "confirm the request by replying from the address we already know",
    ProofAsk.WRITE_FROM_KNOWN_ADDRESS: "send the request again from the address you use with us",
    ProofAsk.IDENTIFYING_DETAILS: "give your full name and one detail of our relationship (a session date, an invoice number)",
    ProofAsk.ID_COPY_REDACTED: (
        "as a last resort, a copy of an ID document with everything blacked out except name, "
        "first name and photo; it is deleted as soon as it is checked"
    ),
}


class IdentityAssessment(BaseModel):
    """The decision on one message, with French reasons and the minimal asks."""

    model_config = ConfigDict(frozen=True)

    verdict: Verdict
    known_sender: bool
    authentic: bool
    reasons: tuple[Reason, ...] = ()
    asks: tuple[ProofAsk, ...] = ()

    @property
    def verified(self) -> bool:
        return self.verdict is Verdict.VERIFIED

    @property
    def reasons_fr(self) -> list[str]:
        """The reasons as the practitioner reads them."""
        return [REASON_FR[reason] for reason in self.reasons]

    def asks_text(self, language: str = "fr") -> list[str]:
        """The asks in French, or in English when ``language`` is "en"."""
        table = ASK_EN if language == "en" else ASK_FR
        return [table[ask] for ask in self.asks]


def _addresses(header: str | None) -> list[str]:
    if not header:
        return []
    return [addr.strip().lower() for _, addr in getaddresses([header]) if "@" in addr]


def assess(
    *,
    from_header: str | None,
    reply_to_header: str | None,
    known_addresses: Collection[str],
    auth: AuthResults,
    dkim_domains: Collection[str] = (),
    escalate: bool = False,
) -> IdentityAssessment:
    """Decide whether the sender of a message is a known client, authentically.

    VERIFIED only when the single From address is in ``known_addresses`` (addresses from
    connectors or earlier correspondence), the message is authentic (DMARC pass for the
    From domain, or a passing DKIM signature aligned with it, from ``auth`` or checked
    locally in ``dkim_domains``), DMARC did not fail and Reply-To, if any, is the From
    address. ``escalate`` (an earlier proof did not remove the doubt) adds the ID copy to
    the asks; it is never asked first (CNIL: "in principle" not required).
    """
    senders = _addresses(from_header)
    sender = senders[0] if len(senders) == 1 else None
    from_domain = _domain_of(sender)
    known = {address.strip().lower() for address in known_addresses}
    reasons: list[Reason] = []
    if not senders:
        reasons.append(Reason.NO_SENDER)
    elif len(senders) > 1:
        reasons.append(Reason.SEVERAL_SENDERS)
    known_sender = sender is not None and sender in known
    if sender is not None and not known_sender:
        reasons.append(Reason.UNKNOWN_SENDER)

    dmarc_ok = auth.dmarc is AuthResult.PASS and (
        auth.dmarc_from is None or auth.dmarc_from == from_domain
    )
    signers = [r.domain for r in auth.dkim if r.result is AuthResult.PASS and r.domain] + list(
        dkim_domains
    )
    dkim_ok = from_domain is not None and any(aligned(d, from_domain) for d in signers)
    authentic = (
        from_domain is not None and auth.dmarc is not AuthResult.FAIL and (dmarc_ok or dkim_ok)
    )
    if auth.dmarc is AuthResult.FAIL:
        reasons.append(Reason.DMARC_FAIL)
    elif sender is not None and not authentic:
        reasons.append(Reason.NOT_AUTHENTICATED)
    reply_to = _addresses(reply_to_header)
    if reply_to and (sender is None or any(address != sender for address in reply_to)):
        reasons.append(Reason.REPLY_TO_DIFFERS)

    if not reasons:
        return IdentityAssessment(verdict=Verdict.VERIFIED, known_sender=True, authentic=True)
    asks: list[ProofAsk] = (
        [ProofAsk.CONFIRM_FROM_KNOWN_ADDRESS]
        if known_sender
        else [ProofAsk.WRITE_FROM_KNOWN_ADDRESS, ProofAsk.IDENTIFYING_DETAILS]
    )
    if escalate:
        asks.append(ProofAsk.ID_COPY_REDACTED)
    return IdentityAssessment(
        verdict=Verdict.NEEDS_PROOF,
        known_sender=known_sender,
        authentic=authentic,
        reasons=tuple(reasons),
        asks=tuple(asks),
    )


def header_text(value: object) -> str:
    """A header as text: raw 8-bit bytes read as UTF-8 (``inès@…``), encoded words decoded.

    compat32 hands 8-bit headers over as ``Header`` objects whose ``str()`` mangles them;
    an address written in UTF-8 by a modern client must still compare equal to the known one.
    """
    if isinstance(value, Header):
        parts: list[str] = []
        for chunk, charset in decode_header(value):
            if isinstance(chunk, bytes):
                encoding = charset if charset and charset != "unknown-8bit" else "utf-8"
                try:
                    parts.append(chunk.decode(encoding, errors="replace"))
                except LookupError:
                    parts.append(chunk.decode("utf-8", errors="replace"))
            else:
                parts.append(chunk)
        return "".join(parts)
    return str(value)


def assess_message(
    raw: bytes,
    *,
    known_addresses: Collection[str],
    trusted_authserv_ids: Collection[str],
    dnsfunc: DnsFunc | None = None,
    escalate: bool = False,
) -> IdentityAssessment:
    """`assess` a raw RFC 5322 message: read its headers, optionally check DKIM locally."""
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
    from_values = [header_text(v) for v in headers.get_all("From") or []]
    reply_values = [header_text(v) for v in headers.get_all("Reply-To") or []]
    auth = parse_authentication_results(
        [header_text(v) for v in headers.get_all("Authentication-Results") or []], trusted_authserv_ids
    )
    return assess(
        from_header=", ".join(from_values) or None,
        reply_to_header=", ".join(reply_values) or None,
        known_addresses=known_addresses,
        auth=auth,
        dkim_domains=verified_dkim_domains(raw, dnsfunc) if dnsfunc is not None else (),
        escalate=escalate,
    )
