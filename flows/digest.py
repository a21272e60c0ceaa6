"""The practitioner's daily digest and deadline reminders (pure: ``today`` is an argument).

:func:`build_digest` turns small views of the store into ordered sections (overdue cases first,
then open cases by days left, extension notices to send, drafts awaiting approval, messages to
confirm, identity checks, connector failures, approved answers not yet sent). :func:`reminders_due`
says which deadline reminders are due today, each with an idempotency key so the scheduler sends
it once. :func:`render_digest` renders the French mail ``mail/fr/digest.j2``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from jinja2 import Environment
from pydantic import BaseModel, ConfigDict, Field

from flows.models import CaseState, DraftKind, DraftStatus, Right, sorted_rights
from flows.register import right_label
from flows.rendering import format_date, render_mail

#: States in which a case still needs work and its deadline runs.
OPEN_STATES: frozenset[CaseState] = frozenset({
    CaseState.RECEIVED,
    CaseState.AWAITING_IDENTITY,
    CaseState.COLLECTING,
    CaseState.DRAFTING,
    CaseState.AWAITING_APPROVAL,
})

#: Days before the due date at which a reminder goes out, most distant first.
REMINDER_THRESHOLDS: tuple[int, ...] = (7, 3, 1)

#: An extension notice (art. 12(3)) is flagged this many days before it must be sent.
EXTENSION_WARNING_DAYS = 7

STATE_LABELS: dict[CaseState, str] = {
    CaseState.RECEIVED: "reçue",
    CaseState.AWAITING_IDENTITY: "identité en attente",
    CaseState.COLLECTING: "recherche des données",
    CaseState.DRAFTING: "réponse à rédiger",
    CaseState.AWAITING_APPROVAL: "réponse à approuver",
    CaseState.ANSWERED: "répondue",
    CaseState.CLOSED: "close",
    CaseState.REFUSED: "refusée",
    CaseState.WITHDRAWN: "retirée",
}

KIND_LABELS: dict[DraftKind, str] = {
    DraftKind.ACKNOWLEDGMENT: "accusé de réception",
    DraftKind.IDENTITY_REQUEST: "demande de vérification d'identité",
    DraftKind.CLARIFICATION_REQUEST: "demande de précisions",
    DraftKind.EXTENSION_NOTICE: "avis de prolongation",
    DraftKind.ANSWER_ACCESS: "réponse (accès)",
    DraftKind.ANSWER_PORTABILITY: "réponse (portabilité)",
    DraftKind.ANSWER_RECTIFICATION: "réponse (rectification)",
    DraftKind.ANSWER_ERASURE: "réponse (effacement)",
    DraftKind.ANSWER_RESTRICTION: "réponse (limitation)",
    DraftKind.ANSWER_OBJECTION: "réponse (opposition)",
    DraftKind.ANSWER_WITHDRAW_CONSENT: "réponse (retrait du consentement)",
    DraftKind.ANSWER_POST_MORTEM: "réponse (personne décédée)",
    DraftKind.REFUSAL: "refus motivé",
    DraftKind.REMINDER: "relance",
}


class _View(BaseModel):
    model_config = ConfigDict(frozen=True)


class CaseView(_View):
    ref: str
    state: CaseState
    rights: list[Right] = Field(default_factory=list)
    due: date  # the current due date (the extended one once extended)
    received: date
    flagged_review: bool = False  # opened by recognition as "à confirmer"
    identity_pending: bool = False
    extension_notice_by: date | None = None  # set when an extension may be needed
    extended: bool = False

    @property
    def is_open(self) -> bool:
        return self.state in OPEN_STATES


class DraftView(_View):
    id: str
    case_ref: str
    kind: DraftKind
    status: DraftStatus


class ConnectorFailure(_View):
    case_ref: str
    system: str
    error: str


class UnsentApproved(_View):
    draft_id: str
    case_ref: str
    since: datetime
    uncertain: bool = False  # the hand-over to SMTP was interrupted: it may have gone out


class DigestLine(_View):
    ref: str
    rights: list[str]  # French labels
    due: date | None
    days_left: int | None
    detail: str


class DigestSection(_View):
    key: str
    title: str
    lines: list[DigestLine]


class Digest(_View):
    today: date
    sections: list[DigestSection]  # every section, in display order, possibly empty

    @property
    def empty(self) -> bool:
        return not any(s.lines for s in self.sections)

    def section(self, key: str) -> DigestSection:
        return next(s for s in self.sections if s.key == key)

    def count(self, key: str) -> int:
        return len(self.section(key).lines)


class Reminder(_View):
    case_ref: str
    threshold: str  # "D-7", "D-3", "D-1", "overdue" or "extension-notice"
    key: str  # idempotency key: send each once
    due: date
    message: str  # French, no personal data (reference and dates only)


def _days(n: int) -> str:
    return f"{n} jour{'s' if n > 1 else ''}"


def days_left_label(days_left: int) -> str:
    """``en retard de 3 jours``, ``échéance aujourd'hui``, ``échéance demain``, ``5 jours restants``."""
    if days_left < 0:
        return f"en retard de {_days(-days_left)}"
    if days_left == 0:
        return "échéance aujourd'hui"
    if days_left == 1:
        return "échéance demain"
    return f"{days_left} jours restants"


def _extension_window(case: CaseView, today: date) -> int | None:
    """Days left to send the extension notice, when it must be flagged today; else None."""
    if not case.is_open or case.extended or case.extension_notice_by is None:
        return None
    left = (case.extension_notice_by - today).days
    return left if 0 <= left <= EXTENSION_WARNING_DAYS else None


def _line(case: CaseView | None, ref: str, today: date, detail: str) -> DigestLine:
    if case is None:
        return DigestLine(ref=ref, rights=[], due=None, days_left=None, detail=detail)
    return DigestLine(
        ref=ref,
        rights=[right_label(r) for r in sorted_rights(case.rights)],
        due=case.due,
        days_left=(case.due - today).days,
        detail=detail,
    )


def _far(case: CaseView | None) -> tuple[date, str]:
    return (case.due, case.ref) if case is not None else (date.max, "")


def build_digest(
    cases: Iterable[CaseView],
    drafts: Iterable[DraftView] = (),
    failures: Iterable[ConnectorFailure] = (),
    unsent: Iterable[UnsentApproved] = (),
    *,
    today: date,
) -> Digest:
    """The day's digest, sections in the order the practitioner should act on them."""
    all_cases = list(cases)
    by_ref = {c.ref: c for c in all_cases}
    open_cases = sorted((c for c in all_cases if c.is_open), key=lambda c: (c.due, c.ref))

    overdue = [_line(c, c.ref, today, days_left_label((c.due - today).days))
               for c in open_cases if c.due < today]
    upcoming = []
    for c in open_cases:
        if c.due >= today:
            detail = f"{days_left_label((c.due - today).days)} – {STATE_LABELS[c.state]}"
            upcoming.append(_line(c, c.ref, today, detail + (" (délai prolongé)" if c.extended else "")))
    extensions = []
    for c in open_cases:
        window = _extension_window(c, today)
        if window is not None and c.extension_notice_by is not None:
            when = format_date(c.extension_notice_by)
            extensions.append(_line(c, c.ref, today, f"avis de prolongation à envoyer au plus tard le {when}"))
    waiting = sorted(
        (d for d in drafts if d.status in (DraftStatus.PROPOSED, DraftStatus.EDITED)),
        key=lambda d: (_far(by_ref.get(d.case_ref)), d.case_ref, d.id),
    )
    drafts_lines = [
        _line(by_ref.get(d.case_ref), d.case_ref, today,
              f"{KIND_LABELS[d.kind]}{' (modifié)' if d.status is DraftStatus.EDITED else ''}")
        for d in waiting
    ]
    confirm = [_line(c, c.ref, today, "demande possible : confirmer ou écarter")
               for c in open_cases if c.flagged_review]
    identity = [_line(c, c.ref, today, "vérification d'identité en attente")
                for c in open_cases if c.identity_pending or c.state is CaseState.AWAITING_IDENTITY]
    failure_lines = [
        _line(by_ref.get(f.case_ref), f.case_ref, today, f"{f.system} : {f.error}")
        for f in sorted(failures, key=lambda f: (_far(by_ref.get(f.case_ref)), f.case_ref, f.system))
    ]
    unsent_lines = [
        _line(by_ref.get(u.case_ref), u.case_ref, today,
              f"approuvée le {format_date(u.since.date())}, "
              + ("envoi interrompu : vérifier dans les messages envoyés avant de renvoyer" if u.uncertain
                 else "non envoyée"))
        for u in sorted(unsent, key=lambda u: (u.since, u.case_ref, u.draft_id))
    ]
    sections = [
        DigestSection(key="overdue", title="En retard", lines=overdue),
        DigestSection(key="open", title="Demandes en cours (par échéance)", lines=upcoming),
        DigestSection(key="extensions", title="Prolongations à notifier (dans le premier mois)", lines=extensions),
        DigestSection(key="drafts", title="Brouillons à approuver", lines=drafts_lines),
        DigestSection(key="to_confirm", title="Messages à confirmer", lines=confirm),
        DigestSection(key="identity", title="Vérifications d'identité en attente", lines=identity),
        DigestSection(key="failures", title="Échecs de connecteurs", lines=failure_lines),
        DigestSection(key="unsent", title="Réponses approuvées non envoyées", lines=unsent_lines),
    ]
    return Digest(today=today, sections=sections)


def _threshold(days_left: int) -> str | None:
    """The most urgent threshold crossed with ``days_left`` days to go, or None."""
    if days_left < 0:
        return "overdue"
    crossed = [t for t in REMINDER_THRESHOLDS if days_left <= t]
    return f"D-{crossed[-1]}" if crossed else None


def reminders_due(cases: Sequence[CaseView], today: date) -> list[Reminder]:
    """Deadline reminders for today: D-7, D-3, D-1, overdue, and extension notices to send.

    A reminder starts on the very day its threshold is reached and stays due (same key) until the
    next threshold, so a scheduler that missed a day still sends it once; the scheduler sends each
    key once. Keys: ``<ref>:D-7`` ... ``<ref>:overdue``; after an extension ``<ref>:ext:D-7`` ...;
    ``<ref>:extension-notice`` for the notice that must go out within the first month.
    """
    out: list[Reminder] = []
    for case in sorted(cases, key=lambda c: (c.due, c.ref)):
        if not case.is_open:
            continue
        days_left = (case.due - today).days
        threshold = _threshold(days_left)
        if threshold is not None:
            prefix = f"{case.ref}:ext:" if case.extended else f"{case.ref}:"
            when = format_date(case.due)
            message = (
                f"{case.ref} : en retard depuis le {when}" if threshold == "overdue"
                else f"{case.ref} : {days_left_label(days_left)} (échéance le {when})"
            )
            out.append(Reminder(case_ref=case.ref, threshold=threshold, key=prefix + threshold,
                                due=case.due, message=message))
        window = _extension_window(case, today)
        if window is not None and case.extension_notice_by is not None:
            out.append(Reminder(
                case_ref=case.ref,
                threshold="extension-notice",
                key=f"{case.ref}:extension-notice",
                due=case.extension_notice_by,
                message=(f"{case.ref} : avis de prolongation à envoyer au plus tard le "
                         f"{format_date(case.extension_notice_by)}"),
            ))
    return out


def render_digest(digest: Digest, env: Environment) -> tuple[str, str]:
    """(subject, body) of the digest mail, in French."""
    variables = {
        "lang": "fr",
        "digest": digest,
        "today": digest.today,
        "sections": [s for s in digest.sections if s.lines],
        "overdue": digest.count("overdue"),
        "open": digest.count("open"),
        "drafts": digest.count("drafts"),
        "empty": digest.empty,
    }
    return render_mail(env, "mail/fr/digest.j2", variables)
