"""The processing register (GDPR art. 30), validated from ``config/register.yaml``.

The register is the single source for what answers say about the controller: identity,
purposes, legal bases, data categories, retention, recipients, transfers and the supervisory
authority. :func:`load_register` takes the YAML *text* (the caller reads the file) and raises
:class:`RegisterError` with French messages that name the faulty field, e.g.
``purposes[3].retention : règle de conservation manquante``. List indexes in paths are 0-based.
"""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from flows.models import Language, Right, sorted_rights


class LegalBasis(StrEnum):
    """Lawful basis of a processing (GDPR art. 6(1)(a)-(f), art. 9(2)(a))."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTERESTS = "legitimate_interests"
    EXPLICIT_CONSENT_ART9 = "explicit_consent_art9"


class RetentionStart(StrEnum):
    """The event a retention period runs from."""

    ISSUE_DATE = "issue_date"
    COLLECTION = "collection"
    LAST_CONTACT = "last_contact"
    CONTRACT_END = "contract_end"
    SERVICE_END = "service_end"
    ACCOUNT_INACTIVITY = "account_inactivity"
    REQUEST_CLOSURE = "request_closure"


class RecipientKind(StrEnum):
    PROCESSOR = "processor"
    THIRD_PARTY = "third_party"
    AUTHORITY = "authority"  # not a "recipient" for art. 19 (art. 4(9))


class Safeguard(StrEnum):
    """Ground for a transfer outside the EU (GDPR art. 45, 46, 47, 49)."""

    ADEQUACY_DECISION = "adequacy_decision"
    STANDARD_CONTRACTUAL_CLAUSES = "standard_contractual_clauses"
    BINDING_CORPORATE_RULES = "binding_corporate_rules"
    ART49_DEROGATION = "art49_derogation"


LEGAL_BASIS_LABELS: dict[LegalBasis, dict[str, str]] = {
    LegalBasis.CONSENT: {"fr": "consentement (art. 6.1.a RGPD)", "en": "consent (GDPR art. 6(1)(a))"},
    LegalBasis.CONTRACT: {
        "fr": "exécution du contrat ou de mesures précontractuelles (art. 6.1.b RGPD)",
        "en": "performance of a contract or pre-contractual steps (GDPR art. 6(1)(b))",
    },
    LegalBasis.LEGAL_OBLIGATION: {
        "fr": "obligation légale (art. 6.1.c RGPD)",
        "en": "legal obligation (GDPR art. 6(1)(c))",
    },
    LegalBasis.VITAL_INTERESTS: {
        "fr": "intérêts vitaux (art. 6.1.d RGPD)",
        "en": "vital interests (GDPR art. 6(1)(d))",
    },
    LegalBasis.PUBLIC_TASK: {
        "fr": "mission d’intérêt public (art. 6.1.e RGPD)",
        "en": "public task (GDPR art. 6(1)(e))",
    },
    LegalBasis.LEGITIMATE_INTERESTS: {
        "fr": "intérêt légitime (art. 6.1.f RGPD)",
        "en": "legitimate interests (GDPR art. 6(1)(f))",
    },
    LegalBasis.EXPLICIT_CONSENT_ART9: {
        "fr": "consentement explicite pour les données de santé (art. 9.2.a RGPD)",
        "en": "explicit consent for health data (GDPR art. 9(2)(a))",
    },
}

SAFEGUARD_LABELS: dict[Safeguard, dict[str, str]] = {
    Safeguard.ADEQUACY_DECISION: {
        "fr": "décision d’adéquation (art. 45 RGPD)",
        "en": "adequacy decision (GDPR art. 45)",
    },
    Safeguard.STANDARD_CONTRACTUAL_CLAUSES: {
        "fr": "clauses contractuelles types (art. 46 RGPD)",
        "en": "standard contractual clauses (GDPR art. 46)",
    },
    Safeguard.BINDING_CORPORATE_RULES: {
        "fr": "règles d’entreprise contraignantes (art. 47 RGPD)",
        "en": "binding corporate rules (GDPR art. 47)",
    },
    Safeguard.ART49_DEROGATION: {
        "fr": "dérogation de l’art. 49 RGPD",
        "en": "derogation under GDPR art. 49",
    },
}

RIGHT_LABELS: dict[Right, dict[str, str]] = {
    Right.ACCESS: {"fr": "accès", "en": "access"},
    Right.RECTIFICATION: {"fr": "rectification", "en": "rectification"},
    Right.ERASURE: {"fr": "effacement", "en": "erasure"},
    Right.RESTRICTION: {"fr": "limitation", "en": "restriction"},
    Right.PORTABILITY: {"fr": "portabilité", "en": "portability"},
    Right.OBJECTION: {"fr": "opposition", "en": "objection"},
    Right.WITHDRAW_CONSENT: {"fr": "retrait du consentement", "en": "withdrawal of consent"},
    Right.POST_MORTEM: {
        "fr": "directives post mortem",
        "en": "instructions for after death",
    },
}

_DURATION = re.compile(r"^P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<days>\d+)D)?$")


def lang_code(language: Language | str) -> str:
    """``"en"`` for English, ``"fr"`` for everything else (French is the default)."""
    return "en" if str(language) == Language.EN.value else "fr"


def right_label(right: Right, language: Language | str = Language.FR) -> str:
    """Human label of a right in the language of the reader."""
    return RIGHT_LABELS[right][lang_code(language)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Address(_Strict):
    label: str
    address: str


class Controller(_Strict):
    name: str
    trade_name: str | None = None
    legal_form: str | None = None
    addresses: list[Address] = Field(min_length=1)
    email: str
    phone: str | None = None
    siret: str | None = None


class RightsContact(_Strict):
    name: str
    organisation: str | None = None
    postal_address: str | None = None
    email: str
    phone: str | None = None
    request_requirements: str | None = None


class RightsInfo(_Strict):
    offered: list[Right] = Field(min_length=1)
    text: str
    post_mortem_text: str | None = None
    withdraw_consent_text: str | None = None


class DataCategory(_Strict):
    name: str
    name_en: str | None = None
    details: str | None = None
    special_category: bool = False  # art. 9 data (health)


class RetentionRule(_Strict):
    applies_to: str
    duration: str
    start: RetentionStart | None = None
    maximum: bool = False

    @field_validator("duration")
    @classmethod
    def _iso_period(cls, value: str) -> str:
        match = _DURATION.match(value)
        if match is None or not any(match.groupdict().values()):
            raise ValueError(f"durée invalide « {value} » (format ISO 8601 attendu : P10Y, P12M, P21D)")
        return value

    @property
    def years(self) -> int:
        return self._part("years")

    @property
    def months(self) -> int:
        return self._part("months")

    @property
    def days(self) -> int:
        return self._part("days")

    def _part(self, name: str) -> int:
        match = _DURATION.match(self.duration)
        assert match is not None  # validated
        return int(match.group(name) or 0)


class Retention(_Strict):
    text: str
    text_en: str | None = None
    rules: list[RetentionRule] = Field(default_factory=list)


class Purpose(_Strict):
    id: int = Field(ge=1)
    name: str
    name_en: str | None = None
    activities: list[str] = Field(default_factory=list)
    legal_bases: list[LegalBasis] = Field(min_length=1)
    legal_basis_text: str
    data_categories: list[DataCategory] = Field(min_length=1)
    retention: Retention


class Recipient(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    name: str
    name_en: str | None = None
    kind: RecipientKind
    purposes: list[int] | None = None  # None: the policy does not say, all purposes


class Transfer(_Strict):
    recipients: list[str] = Field(min_length=1)
    safeguards: list[Safeguard] = Field(min_length=1)
    text: str


class Transfers(_Strict):
    exists: bool
    statement: str
    commitments: list[str] = Field(default_factory=list)
    arrangements: list[Transfer] = Field(default_factory=list)
    additional_measures: str | None = None


class Authority(_Strict):
    name: str
    short_name: str
    address: str
    phone: str | None = None
    complaint_url: str = Field(pattern=r"^https://")


class Register(_Strict):
    version: int
    controller: Controller
    audience: str | None = None
    rights_contact: RightsContact
    rights: RightsInfo
    source: str
    source_en: str | None = None
    provision_requirement: str | None = None
    automated_decisions: str | None = None
    purposes: list[Purpose] = Field(min_length=1)
    recipients: list[Recipient] = Field(default_factory=list)
    transfers: Transfers
    authority: Authority

    def purpose(self, purpose_id: int) -> Purpose:
        """The purpose numbered ``purpose_id`` (KeyError if unknown)."""
        for p in self.purposes:
            if p.id == purpose_id:
                return p
        raise KeyError(purpose_id)


class RegisterError(ValueError):
    """The register file is invalid; ``messages`` are French, one per defect."""

    def __init__(self, messages: list[str], source: str = "config/register.yaml") -> None:
        self.messages = messages
        self.source = source
        super().__init__(f"{source} : registre invalide\n" + "\n".join(f"- {m}" for m in messages))


# -- loading -------------------------------------------------------------------------------

#: French message for a missing field, by field name (fallback: "champ obligatoire manquant").
_MISSING: dict[str, str] = {
    "retention": "règle de conservation manquante",
    "legal_bases": "base légale manquante",
    "legal_basis_text": "texte de la base légale manquant",
    "data_categories": "catégories de données manquantes",
    "name": "nom manquant",
    "email": "adresse électronique manquante",
    "authority": "autorité de contrôle manquante",
    "controller": "responsable de traitement manquant",
    "purposes": "finalités manquantes",
    "source": "source des données manquante",
}

#: French noun for an enum, by the last named field of the path.
_ENUM_NOUN: dict[str, tuple[str, type[StrEnum]]] = {
    "legal_bases": ("base légale inconnue", LegalBasis),
    "safeguards": ("garantie de transfert inconnue", Safeguard),
    "start": ("événement de départ inconnu", RetentionStart),
    "kind": ("type de destinataire inconnu", RecipientKind),
    "offered": ("droit inconnu", Right),
}


def _path(loc: tuple[int | str, ...]) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out or "(racine)"


def _french(error: Any) -> str:
    loc: tuple[int | str, ...] = tuple(error["loc"])
    names = [p for p in loc if isinstance(p, str)]
    field = names[-1] if names else ""
    kind = error["type"]
    value = error.get("input")
    if kind == "missing":
        return _MISSING.get(field, "champ obligatoire manquant")
    if kind == "enum" and field in _ENUM_NOUN:
        noun, enum = _ENUM_NOUN[field]
        allowed = ", ".join(e.value for e in enum)
        return f"{noun} « {value} » (valeurs permises : {allowed})"
    if kind == "extra_forbidden":
        return "champ inconnu (faute de frappe ?)"
    if kind == "too_short":
        return "liste vide : au moins un élément est requis"
    if kind in ("int_parsing", "int_type"):
        return f"nombre entier attendu, reçu « {value} »"
    if kind in ("string_type",):
        return f"texte attendu, reçu « {value} »"
    if kind in ("list_type",):
        return "liste attendue"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return "section (clé : valeur) attendue"
    if kind == "bool_parsing":
        return f"valeur oui/non attendue (true/false), reçu « {value} »"
    if kind == "string_pattern_mismatch":
        return f"format invalide « {value} »"
    if kind == "greater_than_equal":
        return f"valeur trop petite « {value} »"
    if kind == "value_error":
        return str(error["ctx"]["error"])
    return f"valeur invalide « {value} »"


def _cross_checks(register: Register) -> list[str]:
    """Checks that span several fields (unique ids, references)."""
    messages: list[str] = []
    seen: set[int] = set()
    for i, purpose in enumerate(register.purposes):
        if purpose.id in seen:
            messages.append(f"purposes[{i}].id : numéro de finalité en double « {purpose.id} »")
        seen.add(purpose.id)
    ids: set[str] = set()
    for i, recipient in enumerate(register.recipients):
        if recipient.id in ids:
            messages.append(f"recipients[{i}].id : identifiant de destinataire en double « {recipient.id} »")
        ids.add(recipient.id)
        for j, ref in enumerate(recipient.purposes or []):
            if ref not in seen:
                messages.append(f"recipients[{i}].purposes[{j}] : finalité inconnue « {ref} »")
    return messages


def load_register(text: str, source: str = "config/register.yaml") -> Register:
    """Parse and validate the register YAML ``text``; raise :class:`RegisterError` if invalid."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (ligne {mark.line + 1})" if mark is not None else ""
        raise RegisterError([f"syntaxe YAML invalide{where}"], source) from None
    if not isinstance(data, dict):
        raise RegisterError(["(racine) : le fichier doit contenir une section (clé : valeur)"], source)
    try:
        register = Register.model_validate(data)
    except ValidationError as exc:
        messages = [f"{_path(tuple(e['loc']))} : {_french(e)}" for e in exc.errors()]
        raise RegisterError(messages, source) from None
    problems = _cross_checks(register)
    if problems:
        raise RegisterError(problems, source)
    return register


def register_warnings(register: Register) -> list[str]:
    """Gaps worth the practitioner's attention (not errors): French, one per gap."""
    warnings: list[str] = []
    if register.controller.siret is None:
        warnings.append("controller.siret : non précisé dans la politique")
    if register.automated_decisions is None:
        warnings.append(
            "automated_decisions : non précisé dans la politique (information due au titre de l’art. 15.1.h)"
        )
    for i, purpose in enumerate(register.purposes):
        special = any(c.special_category for c in purpose.data_categories)
        if special and LegalBasis.EXPLICIT_CONSENT_ART9 not in purpose.legal_bases:
            warnings.append(
                f"purposes[{i}].legal_bases : données de santé sans base de l’art. 9 "
                f"(finalité {purpose.id})"
            )
    return warnings


# -- helpers for the templates ---------------------------------------------------------------


def _pick(fr: str, en: str | None, lang: str) -> str:
    return en if lang == "en" and en else fr


def recipients_to_inform(register: Register, purposes: list[int] | None = None) -> list[Recipient]:
    """Recipients to tell of a rectification, erasure or restriction (art. 19).

    Public authorities receiving data for a particular inquiry are not recipients (art. 4(9)),
    so they are left out. ``purposes`` narrows to recipients serving those purposes; a
    recipient whose purposes the register does not give is kept (the policy does not say).
    """
    wanted = set(purposes) if purposes is not None else None
    out: list[Recipient] = []
    for recipient in register.recipients:
        if recipient.kind is RecipientKind.AUTHORITY:
            continue
        if wanted is not None and recipient.purposes is not None and not wanted & set(recipient.purposes):
            continue
        out.append(recipient)
    return out


def article15_info(register: Register, language: Language | str = Language.FR) -> dict[str, Any]:
    """The information owed with an access answer (art. 15(1)(a)-(h) and 15(2)), as plain data.

    Keys: controller, purposes, categories, recipients, retention, rights, complaint, source,
    transfers, automated_decisions (None when the register does not say).
    """
    lang = lang_code(language)
    purposes = []
    categories: list[dict[str, Any]] = []
    seen_categories: set[str] = set()
    for p in register.purposes:
        cats = [_pick(c.name, c.name_en, lang) for c in p.data_categories]
        purposes.append(
            {
                "id": p.id,
                "name": _pick(p.name, p.name_en, lang),
                "legal_bases": [LEGAL_BASIS_LABELS[b][lang] for b in p.legal_bases],
                "legal_basis_text": p.legal_basis_text,
                "categories": cats,
                "retention": _pick(p.retention.text, p.retention.text_en, lang),
            }
        )
        for c in p.data_categories:
            label = _pick(c.name, c.name_en, lang)
            if label not in seen_categories:
                seen_categories.add(label)
                categories.append(
                    {"name": label, "details": c.details, "special": c.special_category}
                )
    controller = register.controller
    contact = register.rights_contact
    return {
        "controller": {
            "name": controller.name,
            "trade_name": controller.trade_name,
            "addresses": [a.address for a in controller.addresses],
            "email": controller.email,
            "phone": controller.phone,
        },
        "rights_contact": {
            "name": contact.name,
            "organisation": contact.organisation,
            "postal_address": contact.postal_address,
            "email": contact.email,
            "phone": contact.phone,
        },
        "purposes": purposes,
        "categories": categories,
        "recipients": [
            {"name": _pick(r.name, r.name_en, lang), "kind": r.kind.value} for r in register.recipients
        ],
        "retention": [{"purpose": p["name"], "text": p["retention"]} for p in purposes],
        "rights": [right_label(r, lang) for r in sorted_rights(register.rights.offered)],
        "complaint": {
            "authority": register.authority.name,
            "short_name": register.authority.short_name,
            "address": register.authority.address,
            "phone": register.authority.phone,
            "url": register.authority.complaint_url,
        },
        "source": _pick(register.source, register.source_en, lang),
        "transfers": {
            "exists": register.transfers.exists,
            "arrangements": [
                {
                    "recipients": ", ".join(t.recipients),
                    "safeguards": [SAFEGUARD_LABELS[s][lang] for s in t.safeguards],
                    "text": t.text,
                }
                for t in register.transfers.arrangements
            ],
            "additional_measures": register.transfers.additional_measures,
        },
        "automated_decisions": register.automated_decisions,
    }
