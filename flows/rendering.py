"""Rendering of outgoing mails from jinja2 templates (pure: the caller passes the templates).

One template per :class:`~flows.models.DraftKind` and language, at ``mail/<fr|en>/<kind>.j2``;
each extends ``mail/<lang>/_base.j2`` and defines a ``subject`` block and a ``content`` block.
:func:`render_draft` prefixes the subject with the case reference (``[DSR-2026-0007] ...``), so
no mail can leave without it.

Safety: the environment uses ``StrictUndefined`` (a missing variable is an error, never an empty
string) and autoescapes ``.html`` templates only. What the requester wrote is only ever passed as a
*variable* (``request_excerpt``), never compiled as template source, so ``{{ 7*7 }}`` in a
request comes out literally.
"""

from __future__ import annotations

import os
import re
from datetime import date
from typing import Any

from jinja2 import (
    BaseLoader,
    Environment,
    FileSystemLoader,
    StrictUndefined,
    pass_context,
    select_autoescape,
)
from jinja2.runtime import Context
from pydantic import BaseModel, ConfigDict, Field

from flows.models import DraftKind, Language, Right, sorted_rights
from flows.register import Register, article15_info, lang_code, recipients_to_inform, right_label

MONTHS: dict[str, tuple[str, ...]] = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}
WEEKDAYS: dict[str, tuple[str, ...]] = {
    "fr": ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}

#: How each right is named when restating a request ("Vous nous avez demandé : ...").
RIGHT_REQUEST: dict[Right, dict[str, str]] = {
    Right.ACCESS: {"fr": "l’accès à vos données personnelles (article 15 du RGPD)",
                   "en": "access to your personal data (GDPR article 15)"},
    Right.RECTIFICATION: {"fr": "la rectification de vos données (article 16 du RGPD)",
                          "en": "rectification of your data (GDPR article 16)"},
    Right.ERASURE: {"fr": "l’effacement de vos données (article 17 du RGPD)",
                    "en": "erasure of your data (GDPR article 17)"},
    Right.RESTRICTION: {"fr": "la limitation du traitement de vos données (article 18 du RGPD)",
                        "en": "restriction of the processing of your data (GDPR article 18)"},
    Right.PORTABILITY: {"fr": "la portabilité de vos données (article 20 du RGPD)",
                        "en": "portability of your data (GDPR article 20)"},
    Right.OBJECTION: {"fr": "l’opposition au traitement de vos données (article 21 du RGPD)",
                      "en": "objection to the processing of your data (GDPR article 21)"},
    Right.WITHDRAW_CONSENT: {"fr": "le retrait de votre consentement (article 7.3 du RGPD)",
                             "en": "withdrawal of your consent (GDPR article 7(3))"},
    Right.POST_MORTEM: {
        "fr": "le sort des données d’une personne décédée (articles 84 et 85 de la loi Informatique et Libertés)",
        "en": "the data of a deceased person (articles 84-85 of the French Data Protection Act)",
    },
}


#: Why invoices survive an erasure request (art. 17(3)(b)), for ``KeptItem.reason``.
INVOICE_RETENTION_REASON: dict[str, str] = {
    "fr": "obligation légale de conserver les pièces comptables et les factures pendant 10 ans "
          "(article L123-22 du Code de commerce)",
    "en": "legal obligation to keep accounting records and invoices for 10 years "
          "(article L123-22 of the French Commercial Code)",
}


def format_date(value: date, language: Language | str = Language.FR, weekday: bool = False) -> str:
    """``26 novembre 2026`` / ``1er mars 2027`` in French, ``26 November 2026`` in English.

    Independent of the system locale. ``weekday=True`` prefixes the day name.
    """
    lang = lang_code(language)
    day = "1er" if lang == "fr" and value.day == 1 else str(value.day)
    text = f"{day} {MONTHS[lang][value.month - 1]} {value.year}"
    return f"{WEEKDAYS[lang][value.weekday()]} {text}" if weekday else text


def join_words(items: list[str], language: Language | str = Language.FR) -> str:
    """``a, b et c`` / ``a, b and c``."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    last = " et " if lang_code(language) == "fr" else " and "
    return ", ".join(items[:-1]) + last + items[-1]


# -- the context of a draft --------------------------------------------------------------------


class FoundItem(BaseModel):
    """What one system holds about the person (for access and erasure answers)."""

    model_config = ConfigDict(frozen=True)
    system: str
    count: int = Field(ge=0)
    description: str | None = None


class KeptItem(BaseModel):
    """Data kept despite an erasure request, and why."""

    model_config = ConfigDict(frozen=True)
    what: str
    reason: str


class RectificationItem(BaseModel):
    model_config = ConfigDict(frozen=True)
    field: str
    new_value: str
    old_value: str | None = None


class DraftContext(BaseModel):
    """Everything a mail may say about a case; which fields are needed depends on the kind."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    case_ref: str = Field(pattern=r"^DSR-\d{4}-\d{4,}$")
    requester_name: str | None = None
    rights: list[Right] = Field(default_factory=list)
    received: date | None = None
    due: date | None = None
    extended_due: date | None = None
    request_excerpt: str | None = None
    # answers
    found: list[FoundItem] = Field(default_factory=list)
    attachments: list[str] = Field(default_factory=list)
    password_hint: str | None = None
    erased: list[str] = Field(default_factory=list)
    kept: list[KeptItem] = Field(default_factory=list)
    recipients_informed: list[str] | None = None  # None: from the register (art. 19)
    rectifications: list[RectificationItem] = Field(default_factory=list)
    restricted: list[str] = Field(default_factory=list)
    stopped: list[str] = Field(default_factory=list)
    direct_marketing: bool = False  # objection to marketing: absolute, at once (art. 21(3))
    consent_withdrawn: list[str] = Field(default_factory=list)
    deceased_name: str | None = None
    post_mortem_actions: list[str] = Field(default_factory=list)
    # requests to the person and other letters
    identity_items: list[str] = Field(default_factory=list)
    clarification_questions: list[str] = Field(default_factory=list)
    extension_reasons: list[str] = Field(default_factory=list)
    refusal_reasons: list[str] = Field(default_factory=list)
    missing_items: list[str] = Field(default_factory=list)
    asked_on: date | None = None


#: Fields each kind needs; ``"a|b"`` means at least one of them.
REQUIRED: dict[DraftKind, tuple[str, ...]] = {
    DraftKind.ACKNOWLEDGMENT: ("rights", "received", "due"),
    DraftKind.IDENTITY_REQUEST: ("received", "identity_items"),
    DraftKind.CLARIFICATION_REQUEST: ("received", "clarification_questions"),
    DraftKind.EXTENSION_NOTICE: ("received", "due", "extended_due", "extension_reasons"),
    DraftKind.ANSWER_ACCESS: ("received",),
    DraftKind.ANSWER_PORTABILITY: ("received",),
    DraftKind.ANSWER_RECTIFICATION: ("received", "rectifications"),
    DraftKind.ANSWER_ERASURE: ("received", "erased|kept"),
    DraftKind.ANSWER_RESTRICTION: ("received", "restricted"),
    DraftKind.ANSWER_OBJECTION: ("received", "stopped"),
    DraftKind.ANSWER_WITHDRAW_CONSENT: ("received", "consent_withdrawn"),
    DraftKind.ANSWER_POST_MORTEM: ("received", "post_mortem_actions"),
    DraftKind.REFUSAL: ("received", "refusal_reasons"),
    DraftKind.REMINDER: ("asked_on", "missing_items"),
}


class DraftContextError(ValueError):
    """The context lacks what the kind of mail needs (a programming error, loud on purpose)."""


def check_context(kind: DraftKind, context: DraftContext) -> None:
    """Raise :class:`DraftContextError` naming every field ``kind`` needs and ``context`` lacks."""
    missing = [
        spec
        for spec in REQUIRED[kind]
        if not any(getattr(context, name) not in (None, [], "") for name in spec.split("|"))
    ]
    if missing:
        raise DraftContextError(f"{context.case_ref}: {kind.value} needs {', '.join(missing)}")
    if context.received and context.due and context.due <= context.received:
        raise DraftContextError(f"{context.case_ref}: due {context.due} is not after received {context.received}")
    if context.due and context.extended_due and context.extended_due <= context.due:
        raise DraftContextError(f"{context.case_ref}: extended_due {context.extended_due} is not after due {context.due}")


class RenderedDraft(BaseModel):
    model_config = ConfigDict(frozen=True)
    subject: str
    body: str


# -- environment -------------------------------------------------------------------------------


@pass_context
def _date_filter(ctx: Context, value: date, weekday: bool = False) -> str:
    return format_date(value, ctx.get("lang", "fr"), weekday)


@pass_context
def _right_filter(ctx: Context, value: Right) -> str:
    return right_label(value, ctx.get("lang", "fr"))


@pass_context
def _right_request_filter(ctx: Context, value: Right) -> str:
    return RIGHT_REQUEST[value][lang_code(ctx.get("lang", "fr"))]


@pass_context
def _join_filter(ctx: Context, items: list[str]) -> str:
    return join_words([str(i) for i in items], ctx.get("lang", "fr"))


def _quote_filter(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.strip().splitlines())


def make_environment(templates: str | os.PathLike[str] | BaseLoader) -> Environment:
    """A jinja2 environment over a templates directory (or any loader).

    StrictUndefined; autoescape for ``.html``/``.htm``/``.xml`` only (mails are plain text).
    Filters: ``date`` (language-aware), ``right``, ``right_request``, ``join_words``, ``quote``.
    """
    loader = templates if isinstance(templates, BaseLoader) else FileSystemLoader(os.fspath(templates))
    env = Environment(
        loader=loader,
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "htm", "xml"), default_for_string=False,
                                     default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["date"] = _date_filter
    env.filters["right"] = _right_filter
    env.filters["right_request"] = _right_request_filter
    env.filters["join_words"] = _join_filter
    env.filters["quote"] = _quote_filter
    return env


_BLANK_LINES = re.compile(r"\n{3,}")


def tidy(text: str) -> str:
    """Strip trailing spaces, collapse runs of blank lines, end with one newline."""
    lines = "\n".join(line.rstrip() for line in text.strip().splitlines())
    return _BLANK_LINES.sub("\n\n", lines) + "\n"


def render_mail(env: Environment, name: str, variables: dict[str, Any]) -> tuple[str, str]:
    """Render template ``name``: (its ``subject`` block on one line, the body tidied).

    The body is the ``body`` block when the template has one (a stand-alone template), else the
    whole rendering (a template extending a layout that does not place ``subject``).
    """
    template = env.get_template(name)
    subject = "".join(template.blocks["subject"](template.new_context(dict(variables))))
    if "body" in template.blocks:
        body = "".join(template.blocks["body"](template.new_context(dict(variables))))
    else:
        body = template.render(variables)
    return " ".join(subject.split()), tidy(body)


def template_name(kind: DraftKind, language: Language | str) -> str:
    """``mail/en/<kind>.j2`` for English, ``mail/fr/<kind>.j2`` otherwise."""
    return f"mail/{lang_code(language)}/{kind.value}.j2"


def draft_variables(kind: DraftKind, language: Language | str, context: DraftContext,
                    register: Register) -> dict[str, Any]:
    """The template variables of a draft: the context's fields plus what the register says."""
    lang = lang_code(language)
    variables = context.model_dump()
    variables["rights"] = sorted_rights(context.rights)
    if context.recipients_informed is None:
        names = [r.name_en if lang == "en" and r.name_en else r.name for r in recipients_to_inform(register)]
        variables["recipients_informed"] = names
    variables.update(
        lang=lang,
        kind=kind.value,
        a15=article15_info(register, lang),
        contact=register.rights_contact,
        controller=register.controller,
        authority=register.authority,
        register=register,
    )
    return variables


def render_draft(kind: DraftKind, language: Language | str, context: DraftContext, register: Register,
                 env: Environment) -> RenderedDraft:
    """Render the mail of ``kind`` for ``context``; the subject starts with ``[<case_ref>]``.

    English template when ``language`` is en, French otherwise. Raises DraftContextError when the
    context lacks a field the kind needs, and jinja2.UndefinedError on a template mistake.
    """
    check_context(kind, context)
    variables = draft_variables(kind, language, context, register)
    subject, body = render_mail(env, template_name(kind, language), variables)
    return RenderedDraft(subject=f"[{context.case_ref}] {subject}", body=body)
