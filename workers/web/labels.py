"""French words of the desk: dates, deadlines, rights, states, drafts, events.

Pure helpers used by the templates; nothing here touches the store.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from flows.case_machine import state_label_fr
from flows.deadlines import days_left
from flows.models import CaseState, Right
from flows.register import right_label

MONTHS_FR = (
    "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
    "octobre", "novembre", "décembre",
)

#: The tools, as she names them.
SYSTEM_FR: dict[str, str] = {
    "stripe": "Stripe",
    "systemeio": "Systeme.io",
    "drive": "Google Drive",
    "mailbox": "Messagerie",
}

#: Kinds of records the connectors return.
RECORD_KIND_FR: dict[str, str] = {
    "customer": "fiche client",
    "payment": "paiement",
    "charge": "paiement",
    "invoice": "facture",
    "subscription": "abonnement",
    "contact": "contact",
    "file": "fichier",
    "message": "message",
    "record": "élément",
}

DRAFT_KIND_FR: dict[str, str] = {
    "acknowledgment": "accusé de réception",
    "identity_request": "demande de justificatif d'identité",
    "clarification_request": "demande de précision",
    "extension_notice": "notification de prolongation",
    "answer_access": "réponse : accès",
    "answer_portability": "réponse : portabilité",
    "answer_rectification": "réponse : rectification",
    "answer_erasure": "réponse : effacement",
    "answer_restriction": "réponse : limitation",
    "answer_objection": "réponse : opposition",
    "answer_withdraw_consent": "réponse : retrait du consentement",
    "answer_post_mortem": "réponse : directives post mortem",
    "refusal": "refus motivé",
    "reminder": "relance",
}

DRAFT_STATUS_FR: dict[str, str] = {
    "proposed": "à valider",
    "edited": "modifié, à valider",
    "approved": "validé, envoi en cours",
    "sent": "envoyé",
    "discarded": "abandonné",
}

IDENTITY_FR: dict[str, str] = {
    "pending": "pas encore examinée",
    "needs_proof": "justificatif demandé, en attente",
    "received": "justificatif reçu, à vérifier",
    "verified": "vérifiée",
}

CONNECTOR_STATUS_FR: dict[str, str] = {"pending": "en cours", "ok": "terminé", "error": "en échec"}

EVENT_FR: dict[str, str] = {
    "opened": "Demande reçue et ouverte",
    "confirmed": "Demande confirmée par vous",
    "rights_corrected": "Droits corrigés",
    "draft_created": "Brouillon préparé",
    "draft_edited": "Brouillon modifié",
    "draft_approved": "Brouillon validé",
    "draft_discarded": "Brouillon abandonné",
    "draft_sent": "Message envoyé",
    "draft_proposed": "Réponse proposée",
    "draft_rejected": "Réponse renvoyée en rédaction",
    "send_uncertain": "Envoi incertain, à vérifier",
    "identity_needed": "Justificatif d'identité demandé (délai suspendu)",
    "identity_received": "Justificatif d'identité reçu (délai repris)",
    "identity_verified": "Identité vérifiée",
    "message_received": "Nouveau message de la personne",
    "collection_started": "Recherche des données lancée",
    "collection_queued": "Recherche prévue",
    "collection_result": "Résultat d'une recherche",
    "collection_done": "Recherche des données terminée",
    "erasure_planned": "Plan d'effacement préparé",
    "erasure_executed": "Plan d'effacement exécuté",
    "extension_notified": "Délai prolongé de deux mois",
    "clarification_asked": "Précision demandée (délai suspendu)",
    "clarification_received": "Précision reçue (délai repris)",
    "answer_sent": "Réponse envoyée",
    "refused": "Demande refusée",
    "withdrawn": "Demande retirée",
    "closed": "Demande clôturée",
    "reopened": "Demande rouverte",
    "task_failed": "Échec d'une tâche automatique",
}

RESULT_FR: dict[str, str] = {"not_a_request": "pas une demande"}


def fr_date(value: date | datetime | None, tz: str = "Europe/Paris") -> str:
    """``02/03/2026`` (a datetime is shown in the practitioner's zone); "" for None."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone(ZoneInfo(tz)).date()
    return value.strftime("%d/%m/%Y")


def fr_long_date(value: date | None) -> str:
    """``2 mars 2026``."""
    if value is None:
        return ""
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS_FR[value.month - 1]} {value.year}"


def fr_datetime(value: datetime | None, tz: str = "Europe/Paris") -> str:
    """``02/03/2026 à 10 h 05`` in the practitioner's zone."""
    if value is None:
        return ""
    local = value.astimezone(ZoneInfo(tz))
    return f"{local.strftime('%d/%m/%Y')} à {local.hour} h {local.minute:02d}"


def rights_fr(rights: list[str] | None) -> str:
    """``accès, effacement`` (unknown codes are shown as they are)."""
    out = []
    for code in rights or []:
        try:
            out.append(right_label(Right(code)))
        except ValueError:
            out.append(code)
    return ", ".join(out) if out else "aucun droit identifié"


def state_fr(state: str) -> str:
    try:
        return state_label_fr(CaseState(state))
    except ValueError:
        return state


def urgency(due: date | None, today: date, *, paused: bool = False, open_: bool = True) -> dict[str, Any]:
    """The deadline as she reads it: words, a CSS class (colour) and the days left."""
    if not open_ or due is None:
        return {"text": "", "css": "neutre", "days": None}
    left = days_left(due, today)
    if left < 0:
        text = f"en retard de {-left} jour{'s' if -left > 1 else ''}"
        css = "retard"
    elif left == 0:
        text, css = "échéance aujourd'hui", "urgent"
    else:
        text = f"{left} jour{'s' if left > 1 else ''} restant{'s' if left > 1 else ''}"
        css = "urgent" if left <= 7 else ("bientot" if left <= 15 else "large")
    if paused:
        text += " (délai suspendu)"
    return {"text": text, "css": css, "days": left}


def outcome_fr(case: dict[str, Any]) -> str:
    """The register's "issue" column: the result when there is one, else the state."""
    if case.get("result"):
        return RESULT_FR.get(str(case["result"]), str(case["result"]))
    return state_fr(case["state"])
