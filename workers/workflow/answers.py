"""Answer drafts, once collection has ended: one per right, from what the connectors found.

Access and portability get the access package attached. Erasure, objection and consent
withdrawal get the erasure plan: what will be deleted, anonymised, unsubscribed, and what
is kept and why. Nothing is executed here: the plan runs when the practitioner approves.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from flows.case_machine import Event
from flows.connectors import LookupResult, LookupStatus
from flows.erasure import ErasurePlan, plan
from flows.models import ANSWER_KIND, CaseState, DraftKind, Language, Record, Right
from flows.register import article15_info, recipients_to_inform
from flows.rendering import DraftContext, FoundItem, KeptItem, RectificationItem
from workers.logging import get_logger
from workers.runtime import Runtime
from workers.store import cases as case_store
from workers.workflow import services
from workers.workflow.collection import identity_of, results
from workers.workflow.drafting import base_context, propose

log = get_logger(__name__)

SYSTEM_LABELS = {"stripe": "Stripe", "systemeio": "Systeme.io", "drive": "Google Drive", "mailbox": "messagerie"}
ERASURE_RIGHTS = (Right.ERASURE, Right.OBJECTION, Right.WITHDRAW_CONSENT)


def lookup_results(rows: list[dict[str, Any]]) -> list[LookupResult]:
    out = []
    for row in rows:
        out.append(LookupResult(
            system=row["system"],
            status=LookupStatus.OK if row["status"] == "ok" else LookupStatus.ERROR,
            records=[Record.model_validate(r) for r in row["records"] or []],
            error=row["error"],
        ))
    return out


def erasure_plan(rt: Runtime, found: list[LookupResult], rights: list[Right]) -> ErasurePlan:
    records = [r for result in found for r in result.records]
    recipients = [r.name for r in recipients_to_inform(services.register(rt.settings))]
    return plan(records, rights, recipients)


def package_path(rt: Runtime, ref: str) -> Path:
    return rt.settings.data_dir / "packages" / f"{ref}.zip"


def build_case_package(rt: Runtime, case: dict[str, Any], found: list[LookupResult]) -> dict[str, Any]:
    """Build (or rebuild) the access package of a case; returns its attachment entry."""
    from workers.package import build_package

    out = package_path(rt, case["ref"])
    out.parent.mkdir(parents=True, exist_ok=True)
    language = Language.EN if case["language"] == "en" else Language.FR
    build_package(
        case_ref=case["ref"], identity=identity_of(case), results=found,
        article15=article15_info(services.register(rt.settings), language), language=language,
        out_path=out, password=None,
    )
    return {"path": str(out), "filename": out.name, "content_type": "application/zip"}


def _context_for(right: Right, found: list[LookupResult], erasure: ErasurePlan | None,
                 attachment_names: list[str]) -> dict[str, Any]:
    fields: dict[str, Any] = {}
    found_items = [FoundItem(system=SYSTEM_LABELS.get(r.system, r.system), count=len(r.records))
                   for r in found if r.ok]
    if right in (Right.ACCESS, Right.PORTABILITY):
        fields.update(found=found_items, attachments=attachment_names)
    elif right in ERASURE_RIGHTS and erasure is not None:
        changed = [line.describe() for line in erasure.lines if line.changes_data]
        kept = [KeptItem(what=line.label or f"{line.system} {line.record_id}", reason=line.reason)
                for line in erasure.kept()]
        if right is Right.ERASURE:
            fields.update(erased=changed or ["aucune donnée trouvée dans nos outils"], kept=kept)
        elif right is Right.OBJECTION:
            fields.update(stopped=changed or ["l'envoi de la newsletter et des offres commerciales"],
                          direct_marketing=True)
        else:
            fields.update(consent_withdrawn=changed or ["les traitements fondés sur votre consentement"])
    elif right is Right.RECTIFICATION:
        fields.update(rectifications=[RectificationItem(field="[à compléter]", new_value="[à compléter]")])
    elif right is Right.RESTRICTION:
        fields.update(restricted=[item.system for item in found_items if item.count] or ["[à compléter]"])
    elif right is Right.POST_MORTEM:
        fields.update(post_mortem_actions=["[à compléter : clôture des comptes, arrêt des traitements]"])
    return fields


def draft_answers(rt: Runtime, case_id: int, now: datetime) -> bool:
    """Propose the answer drafts of a case in drafting; True when it moved to approval now."""
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, case_id)
        if case is None or case["state"] != CaseState.DRAFTING.value:
            return False
        found = lookup_results(results(conn, case_id))
    rights = [Right(r) for r in case["rights"]] or [Right.ACCESS]
    attachments: list[dict[str, Any]] = []
    if Right.ACCESS in rights or Right.PORTABILITY in rights:
        attachments.append(build_case_package(rt, case, found))
    erasure = erasure_plan(rt, found, rights) if any(r in ERASURE_RIGHTS for r in rights) else None
    with rt.db.begin() as conn:
        case = case_store.get_case(conn, case_id)
        assert case is not None
        if case["state"] != CaseState.DRAFTING.value:
            return False
        if erasure is not None:
            case_store.append_event(conn, case_id, "erasure_planned", actor="workflow", at=now,
                                    payload={"plan": erasure.model_dump(mode="json")})
        shared = base_context(conn, case).model_dump()
        names = [a["filename"] for a in attachments]
        for right in rights:
            context = DraftContext.model_validate({**shared, **_context_for(right, found, erasure, names)})
            kind: DraftKind = ANSWER_KIND[right]
            wants_package = right in (Right.ACCESS, Right.PORTABILITY)
            propose(conn, rt, case, kind, context, now,
                    attachments=attachments if wants_package else [], refresh=True)
        case_store.move(conn, case_id, Event.DRAFT_PROPOSED, actor="workflow", at=now)
    log.info("case.answers_drafted", case=case["ref"], rights=[r.value for r in rights])
    return True
