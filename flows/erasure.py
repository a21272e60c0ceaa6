"""Erasure planning: what to do with each record found, for erasure, objection, consent withdrawal.

Pure: :func:`plan` takes the records the connectors found and the rights exercised, and returns
an :class:`ErasurePlan` whose lines the practitioner reads (reasons in French) and approves
before anything is executed. The decision is a table (:data:`POLICY`): for each category of
record and each right, an action and its reason. When several rights are exercised at once the
strongest action wins (delete > anonymise > unsubscribe > restrict > keep); a legal retention
duty is never overridden because the accounting rows only ever say "keep".

Legal grounds (see shared/notes/legal-rules.md):

* accounting documents (invoices, payments, credit notes): kept 10 years, Code de commerce
  L123-22 (art. 17(3)(b) GDPR), restricted to that purpose;
* objection to direct marketing (art. 21(2)-(3)): absolute, unsubscribe at once, keep the rest;
* consent withdrawal (art. 7(3), 17(1)(b)): delete what rests on consent (testimonials, photos,
  health questionnaires), stop marketing to prospects, keep the contract data;
* recipients (processors included) are told of every erasure or restriction (art. 19).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from enum import StrEnum

from pydantic import BaseModel, Field

from flows.models import Record, Right, sorted_rights


class ActionKind(StrEnum):
    """What happens to one record."""

    DELETE = "delete"
    ANONYMISE = "anonymise"
    UNSUBSCRIBE = "unsubscribe"
    RESTRICT = "restrict"
    KEEP = "keep"


#: Strongest first: used to merge the actions of several rights on the same record.
ACTION_STRENGTH: tuple[ActionKind, ...] = (
    ActionKind.DELETE,
    ActionKind.ANONYMISE,
    ActionKind.UNSUBSCRIBE,
    ActionKind.RESTRICT,
    ActionKind.KEEP,
)

ACTION_LABEL_FR: dict[ActionKind, str] = {
    ActionKind.DELETE: "Supprimer",
    ActionKind.ANONYMISE: "Anonymiser",
    ActionKind.UNSUBSCRIBE: "Désinscrire du marketing",
    ActionKind.RESTRICT: "Limiter le traitement",
    ActionKind.KEEP: "Conserver",
}


class Category(StrEnum):
    """Why a record exists, as far as erasure is concerned."""

    ACCOUNTING = "accounting"  # invoices, payments, refunds, credit notes
    CUSTOMER = "customer"  # billing account of a client (Stripe customer)
    MARKETING_CONTACT = "marketing_contact"  # Systeme.io contact, tags, newsletter
    COURSE = "course"  # access to an online course (contract)
    CONSENT_BASED = "consent_based"  # testimonial, photo, health questionnaire
    CLIENT_FILE = "client_file"  # session notes, follow-up sheets, exchanged documents
    MESSAGE = "message"  # emails exchanged
    REQUEST_LOG = "request_log"  # the rights request itself and its answer


#: Record kind (as set by connectors) -> category. Drive files carry ``fields["category"]``.
KIND_CATEGORY: dict[str, Category] = {
    "invoice": Category.ACCOUNTING,
    "payment": Category.ACCOUNTING,
    "charge": Category.ACCOUNTING,
    "refund": Category.ACCOUNTING,
    "credit_note": Category.ACCOUNTING,
    "accounting_file": Category.ACCOUNTING,
    "customer": Category.CUSTOMER,
    "subscription": Category.CUSTOMER,
    "contact": Category.MARKETING_CONTACT,
    "course_enrollment": Category.COURSE,
    "testimonial": Category.CONSENT_BASED,
    "photo": Category.CONSENT_BASED,
    "health_questionnaire": Category.CONSENT_BASED,
    "file": Category.CLIENT_FILE,
    "client_file": Category.CLIENT_FILE,
    "message": Category.MESSAGE,
    "request_log": Category.REQUEST_LOG,
}

_LEGAL_KEEP = (
    ActionKind.KEEP,
    "Pièce comptable : conservation 10 ans (Code de commerce, art. L123-22 ; RGPD art. 17(3)(b)), "
    "traitement limité à cette seule finalité.",
    "Code de commerce L123-22",
)
_NOT_CONCERNED_OBJECTION = (
    ActionKind.KEEP,
    "Non concerné : l'opposition à la prospection ne vise que le marketing ; donnée conservée "
    "pour l'exécution du contrat.",
    None,
)
_NOT_CONCERNED_CONSENT = (
    ActionKind.KEEP,
    "Non concerné : ce traitement ne repose pas sur le consentement (contrat, obligation légale).",
    None,
)
_RESTRICT = (
    ActionKind.RESTRICT,
    "Traitement limité (art. 18) : donnée conservée mais plus utilisée, sauf constatation ou "
    "défense de droits.",
    "RGPD art. 18",
)
_REQUEST_KEEP = (
    ActionKind.KEEP,
    "Journal des demandes d'exercice des droits : conservé 3 ans après la clôture (finalité "
    "« gestion des droits des personnes »).",
    "RGPD art. 5(2), 12",
)

PolicyEntry = tuple[ActionKind, str, str | None]

#: (category, right) -> (action, French reason, legal basis). Rights absent here leave the
#: record untouched (access, portability, rectification do not plan erasure).
POLICY: dict[tuple[Category, Right], PolicyEntry] = {
    (Category.ACCOUNTING, Right.ERASURE): _LEGAL_KEEP,
    (Category.ACCOUNTING, Right.WITHDRAW_CONSENT): _LEGAL_KEEP,
    (Category.ACCOUNTING, Right.OBJECTION): _NOT_CONCERNED_OBJECTION,
    (Category.ACCOUNTING, Right.RESTRICTION): _LEGAL_KEEP,
    (Category.CUSTOMER, Right.ERASURE): (
        ActionKind.DELETE,
        "Compte client de facturation supprimé ; les factures déjà émises restent conservées "
        "par le prestataire de paiement au titre de l'obligation comptable.",
        "RGPD art. 17(1)",
    ),
    (Category.CUSTOMER, Right.WITHDRAW_CONSENT): _NOT_CONCERNED_CONSENT,
    (Category.CUSTOMER, Right.OBJECTION): _NOT_CONCERNED_OBJECTION,
    (Category.CUSTOMER, Right.RESTRICTION): _RESTRICT,
    (Category.MARKETING_CONTACT, Right.ERASURE): (
        ActionKind.DELETE,
        "Contact supprimé de la plateforme d'emailing et de ses listes.",
        "RGPD art. 17(1)",
    ),
    (Category.MARKETING_CONTACT, Right.OBJECTION): (
        ActionKind.UNSUBSCRIBE,
        "Opposition à la prospection : désinscription immédiate de toutes les listes "
        "marketing (droit absolu) ; le reste est conservé.",
        "RGPD art. 21(2)-(3)",
    ),
    (Category.MARKETING_CONTACT, Right.WITHDRAW_CONSENT): (
        ActionKind.UNSUBSCRIBE,
        "Retrait du consentement : plus aucun envoi marketing fondé sur le consentement.",
        "RGPD art. 7(3)",
    ),
    (Category.MARKETING_CONTACT, Right.RESTRICTION): _RESTRICT,
    (Category.COURSE, Right.ERASURE): (
        ActionKind.DELETE,
        "Accès à la formation en ligne et suivi pédagogique supprimés.",
        "RGPD art. 17(1)",
    ),
    (Category.COURSE, Right.OBJECTION): _NOT_CONCERNED_OBJECTION,
    (Category.COURSE, Right.WITHDRAW_CONSENT): _NOT_CONCERNED_CONSENT,
    (Category.COURSE, Right.RESTRICTION): _RESTRICT,
    (Category.CONSENT_BASED, Right.ERASURE): (
        ActionKind.DELETE,
        "Donnée fondée sur le consentement (témoignage, photo, questionnaire de santé) : "
        "supprimée.",
        "RGPD art. 17(1)",
    ),
    (Category.CONSENT_BASED, Right.WITHDRAW_CONSENT): (
        ActionKind.DELETE,
        "Retrait du consentement : témoignage, photo ou questionnaire de santé supprimé et "
        "retiré de toute publication.",
        "RGPD art. 7(3), 17(1)(b)",
    ),
    (Category.CONSENT_BASED, Right.OBJECTION): (
        ActionKind.DELETE,
        "Opposition : le témoignage ou la photo n'est plus publié ni utilisé ; supprimé.",
        "RGPD art. 21",
    ),
    (Category.CONSENT_BASED, Right.RESTRICTION): _RESTRICT,
    (Category.CLIENT_FILE, Right.ERASURE): (
        ActionKind.DELETE,
        "Dossier de suivi (notes, fiches, documents échangés) supprimé.",
        "RGPD art. 17(1)",
    ),
    (Category.CLIENT_FILE, Right.OBJECTION): _NOT_CONCERNED_OBJECTION,
    (Category.CLIENT_FILE, Right.WITHDRAW_CONSENT): _NOT_CONCERNED_CONSENT,
    (Category.CLIENT_FILE, Right.RESTRICTION): _RESTRICT,
    (Category.MESSAGE, Right.ERASURE): (
        ActionKind.DELETE,
        "Échanges d'emails supprimés de la messagerie (hors demande en cours).",
        "RGPD art. 17(1)",
    ),
    (Category.MESSAGE, Right.OBJECTION): _NOT_CONCERNED_OBJECTION,
    (Category.MESSAGE, Right.WITHDRAW_CONSENT): _NOT_CONCERNED_CONSENT,
    (Category.MESSAGE, Right.RESTRICTION): _RESTRICT,
    (Category.REQUEST_LOG, Right.ERASURE): _REQUEST_KEEP,
    (Category.REQUEST_LOG, Right.OBJECTION): _REQUEST_KEEP,
    (Category.REQUEST_LOG, Right.WITHDRAW_CONSENT): _REQUEST_KEEP,
    (Category.REQUEST_LOG, Right.RESTRICTION): _REQUEST_KEEP,
}

#: Rights that lead to an erasure plan.
PLANNED_RIGHTS: frozenset[Right] = frozenset(
    {Right.ERASURE, Right.OBJECTION, Right.WITHDRAW_CONSENT, Right.RESTRICTION}
)


class ErasureAction(BaseModel):
    """One line of the plan: a record and what to do with it."""

    system: str
    record_id: str
    record_kind: str
    action: ActionKind
    reason: str = Field(description="French, shown to the practitioner and in the answer.")
    legal_basis: str | None = None
    label: str = Field(default="", description="Human label of the record (file name...).")

    @property
    def changes_data(self) -> bool:
        """True when executing the line changes something in the system."""
        return self.action is not ActionKind.KEEP

    def describe(self) -> str:
        """One French line: "Stripe · invoice in_123 (Facture 2024-07) : Conserver - ..."."""
        label = f" ({self.label})" if self.label else ""
        return (
            f"{self.system} · {self.record_kind} {self.record_id}{label} : "
            f"{ACTION_LABEL_FR[self.action]} - {self.reason}"
        )


class ErasurePlan(BaseModel):
    """The whole plan, approved by the practitioner before execution."""

    rights: list[Right]
    lines: list[ErasureAction]
    recipients_to_inform: list[str] = Field(
        default_factory=list, description="Art. 19: recipients told of the erasure/restriction."
    )

    def to_execute(self, system: str | None = None) -> list[ErasureAction]:
        """Lines that change data, optionally for one system."""
        return [
            line
            for line in self.lines
            if line.changes_data and (system is None or line.system == system)
        ]

    def kept(self) -> list[ErasureAction]:
        """Lines kept (legal retention or not concerned), shown with their reason."""
        return [line for line in self.lines if not line.changes_data]

    def systems(self) -> list[str]:
        """Systems with at least one line, in order of first appearance."""
        return list(dict.fromkeys(line.system for line in self.lines))

    def summary_fr(self) -> list[str]:
        """The plan as French lines for the practitioner, then the art. 19 recipients."""
        out = [line.describe() for line in self.lines]
        if self.recipients_to_inform:
            out.append(
                "Destinataires à informer (art. 19) : " + ", ".join(self.recipients_to_inform)
            )
        return out


def category_of(record: Record) -> Category:
    """The erasure category of a record: an explicit ``fields["category"]`` wins over its kind."""
    explicit = record.fields.get("category")
    if isinstance(explicit, str):
        if explicit in Category.__members__.values():
            return Category(explicit)
        if explicit in KIND_CATEGORY:
            return KIND_CATEGORY[explicit]
    return KIND_CATEGORY.get(record.kind, Category.CLIENT_FILE)


def decide(record: Record, rights: Iterable[Right]) -> PolicyEntry | None:
    """The strongest action the rights call for on ``record`` (``None``: untouched)."""
    category = category_of(record)
    entries = [POLICY[(category, r)] for r in rights if (category, r) in POLICY]
    if not entries:
        return None
    return min(entries, key=lambda e: ACTION_STRENGTH.index(e[0]))


def _label(record: Record) -> str:
    for key in ("name", "file_name", "number", "description", "subject"):
        value = record.fields.get(key)
        if isinstance(value, str) and value:
            return value[:80]
    return ""


def plan(
    records: Sequence[Record],
    rights: Iterable[Right],
    recipients: Sequence[str] = (),
) -> ErasurePlan:
    """Plan, record by record, what erasure / objection / consent withdrawal require.

    ``recipients`` are the names of the recipients of the data (from the processing
    register); they are listed to be informed when the plan deletes, anonymises,
    unsubscribes or restricts anything (art. 19).
    """
    wanted = [r for r in sorted_rights(list(rights)) if r in PLANNED_RIGHTS]
    lines: list[ErasureAction] = []
    for record in records:
        decision = decide(record, wanted)
        if decision is None:
            continue
        action, reason, basis = decision
        lines.append(
            ErasureAction(
                system=record.system,
                record_id=record.id,
                record_kind=record.kind,
                action=action,
                reason=reason,
                legal_basis=basis,
                label=_label(record),
            )
        )
    informs = any(line.changes_data for line in lines)
    return ErasurePlan(
        rights=wanted,
        lines=lines,
        recipients_to_inform=list(dict.fromkeys(recipients)) if informs else [],
    )
