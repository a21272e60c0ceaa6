"""Tests for flows/rendering.py: golden files for every mail, injection, StrictUndefined, escaping.

Golden files live in tests/golden/<lang>/<kind>.txt. To regenerate them after a deliberate
wording change, run ``UPDATE_GOLDEN=1 .venv/bin/pytest tests/flows/test_rendering.py`` and read
the diff before committing: the golden files are the review of the wording.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import jinja2
import pytest

from flows.models import DraftKind, Language, Right
from flows.register import Register, load_register
from flows.rendering import (
    INVOICE_RETENTION_REASON,
    REQUIRED,
    DraftContext,
    DraftContextError,
    FoundItem,
    KeptItem,
    RectificationItem,
    format_date,
    join_words,
    make_environment,
    render_draft,
    template_name,
)

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.fixture(scope="module")
def register() -> Register:
    """The shipped register."""
    return load_register((ROOT / "config" / "register.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def env() -> jinja2.Environment:
    """The environment over the shipped templates."""
    return make_environment(TEMPLATES)


def full_context(language: str) -> DraftContext:
    """A fixed context with every field filled, in the requester's language."""
    fr = language == "fr"
    return DraftContext(
        case_ref="DSR-2026-0007",
        requester_name="Marie Dupont",
        rights=[Right.ERASURE, Right.ACCESS],
        received=date(2026, 10, 26),
        due=date(2026, 11, 26),
        extended_due=date(2027, 1, 26),
        request_excerpt=(
            "Bonjour, je souhaite savoir quelles données vous détenez sur moi,\n"
            "puis que vous les effaciez. Merci."
            if fr else
            "Hello, I would like to know what data you hold about me,\nthen have it erased. Thanks."
        ),
        found=[
            FoundItem(system="Système.io", count=3, description="contact, 2 commandes" if fr else "contact, 2 orders"),
            FoundItem(system="Stripe", count=1),
        ],
        attachments=["DSR-2026-0007-donnees.zip" if fr else "DSR-2026-0007-data.zip"],
        password_hint=(
            "les 4 derniers chiffres de votre téléphone suivis de votre année de naissance" if fr
            else "the last 4 digits of your phone number followed by your year of birth"
        ),
        erased=(
            ["votre fiche contact sur Système.io", "vos inscriptions à la newsletter"] if fr
            else ["your contact record on Système.io", "your newsletter subscriptions"]
        ),
        kept=[KeptItem(what="2 factures (2025)" if fr else "2 invoices (2025)",
                       reason=INVOICE_RETENTION_REASON["fr" if fr else "en"])],
        rectifications=[RectificationItem(field="adresse postale" if fr else "postal address",
                                          old_value="12 rue des Lilas", new_value="14 rue des Lilas")],
        restricted=["vos fiches de suivi" if fr else "your follow-up notes"],
        stopped=["l’envoi de la newsletter et des offres" if fr else "sending the newsletter and offers"],
        direct_marketing=True,
        consent_withdrawn=["la publication de votre témoignage" if fr else "publishing your testimonial"],
        deceased_name="Jean Dupont",
        post_mortem_actions=(
            ["clôture de son compte Système.io", "arrêt de tout envoi à son adresse"] if fr
            else ["closed his Système.io account", "stopped all mailings to his address"]
        ),
        identity_items=(
            ["vos nom et prénom, et l’adresse électronique utilisée lors de votre inscription"] if fr
            else ["your first and last names, and the email address you used to register"]
        ),
        clarification_questions=(
            ["Sous quel nom ou quelle adresse électronique étiez-vous inscrite ?"] if fr
            else ["Under which name or email address were you registered?"]
        ),
        extension_reasons=(
            ["votre demande porte sur plusieurs années d’accompagnement et de nombreux documents"] if fr
            else ["your request covers several years of coaching and many documents"]
        ),
        refusal_reasons=(
            ["la demande identique du 2 octobre 2026 a déjà reçu une réponse complète le 15 octobre 2026"] if fr
            else ["the identical request of 2 October 2026 was fully answered on 15 October 2026"]
        ),
        missing_items=(["l’adresse électronique utilisée lors de votre inscription"] if fr
                       else ["the email address you used to register"]),
        asked_on=date(2026, 10, 27),
    )


CASES = [(kind, lang) for lang in ("fr", "en") for kind in DraftKind]


@pytest.mark.parametrize(("kind", "lang"), CASES, ids=[f"{lang}-{kind.value}" for kind, lang in CASES])
def test_golden(kind: DraftKind, lang: str, register: Register, env: jinja2.Environment) -> None:
    """Each template renders the fixed context exactly as its reviewed golden file."""
    rendered = render_draft(kind, Language(lang), full_context(lang), register, env)
    text = f"Subject: {rendered.subject}\n\n{rendered.body}"
    path = GOLDEN / lang / f"{kind.value}.txt"
    if UPDATE:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("kind", list(DraftKind), ids=[k.value for k in DraftKind])
def test_every_mail_carries_ref_and_signature(kind: DraftKind, register: Register, env: jinja2.Environment) -> None:
    """The subject starts with the case reference; the body is signed from the register."""
    rendered = render_draft(kind, Language.FR, full_context("fr"), register, env)
    assert rendered.subject.startswith("[DSR-2026-0007] ")
    assert register.rights_contact.name in rendered.body
    assert register.rights_contact.email in rendered.body
    assert "{{" not in rendered.body and "{%" not in rendered.body


def test_other_language_falls_back_to_french(register: Register, env: jinja2.Environment) -> None:
    """A request in another language gets the French template."""
    other = render_draft(DraftKind.ACKNOWLEDGMENT, Language.OTHER, full_context("fr"), register, env)
    french = render_draft(DraftKind.ACKNOWLEDGMENT, Language.FR, full_context("fr"), register, env)
    assert other == french
    assert template_name(DraftKind.REFUSAL, Language.OTHER) == "mail/fr/refusal.j2"


@pytest.mark.parametrize(
    "payload",
    ['{{ 7*7 }}', '{% include "x" %}', "{{ register.controller.email }}", "{# comment #}", "{% raw %}"],
)
def test_request_text_is_never_template_source(payload: str, register: Register, env: jinja2.Environment) -> None:
    """Template syntax in what the requester wrote comes out literally, never evaluated."""
    context = full_context("fr").model_copy(update={"request_excerpt": f"Merci de répondre {payload} vite"})
    for kind in (DraftKind.ACKNOWLEDGMENT, DraftKind.CLARIFICATION_REQUEST):
        body = render_draft(kind, Language.FR, context, register, env).body
        assert f"> Merci de répondre {payload} vite" in body
        assert "49" not in body


def test_requester_name_with_template_syntax_is_literal(register: Register, env: jinja2.Environment) -> None:
    """Every free-text field is data, including the requester's name."""
    context = full_context("en").model_copy(update={"requester_name": "{{ 7*7 }}"})
    body = render_draft(DraftKind.REMINDER, Language.EN, context, register, env).body
    assert body.startswith("Dear {{ 7*7 }},")


def test_missing_variable_is_loud(register: Register) -> None:
    """StrictUndefined: a template using an unknown variable raises instead of printing nothing."""
    loader = jinja2.DictLoader({
        "mail/fr/reminder.j2": "{% block subject %}Relance{% endblock %}Bonjour {{ no_such_variable }}",
    })
    env = make_environment(loader)
    with pytest.raises(jinja2.UndefinedError):
        render_draft(DraftKind.REMINDER, Language.FR, full_context("fr"), register, env)


def test_html_templates_are_autoescaped_and_mail_templates_are_not() -> None:
    """An .html template escapes markup in variables; a .j2 mail template keeps it as typed."""
    env = make_environment(jinja2.DictLoader({"page.html": "<p>{{ text }}</p>", "mail.j2": "{{ text }}"}))
    text = '<script>alert("x")</script> & co'
    assert env.get_template("page.html").render(text=text) == (
        "<p>&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; co</p>"
    )
    assert env.get_template("mail.j2").render(text=text) == text


REQUIREMENT_CASES = [
    (DraftKind.ACKNOWLEDGMENT, {"due": None}, "due"),
    (DraftKind.ACKNOWLEDGMENT, {"rights": []}, "rights"),
    (DraftKind.EXTENSION_NOTICE, {"extended_due": None}, "extended_due"),
    (DraftKind.EXTENSION_NOTICE, {"extension_reasons": []}, "extension_reasons"),
    (DraftKind.ANSWER_ERASURE, {"erased": [], "kept": []}, "erased|kept"),
    (DraftKind.REFUSAL, {"refusal_reasons": []}, "refusal_reasons"),
    (DraftKind.REMINDER, {"asked_on": None, "missing_items": []}, "asked_on, missing_items"),
    (DraftKind.IDENTITY_REQUEST, {"identity_items": []}, "identity_items"),
]


@pytest.mark.parametrize(("kind", "update", "named"), REQUIREMENT_CASES,
                         ids=[f"{k.value}-{n}" for k, _, n in REQUIREMENT_CASES])
def test_kind_requirements_fail_loudly(kind: DraftKind, update: dict[str, object], named: str,
                                       register: Register, env: jinja2.Environment) -> None:
    """A kind rendered without a field it needs raises, naming the field."""
    context = full_context("fr").model_copy(update=update)
    with pytest.raises(DraftContextError, match=f"DSR-2026-0007: {kind.value} needs {named}"):
        render_draft(kind, Language.FR, context, register, env)


def test_erasure_with_only_kept_data_renders(register: Register, env: jinja2.Environment) -> None:
    """Erasure needs erased *or* kept: nothing erased but invoices kept is a valid answer."""
    context = full_context("fr").model_copy(update={"erased": []})
    body = render_draft(DraftKind.ANSWER_ERASURE, Language.FR, context, register, env).body
    assert "J’ai effacé" not in body
    assert "article L123-22 du Code de commerce" in body


def test_access_with_nothing_found(register: Register, env: jinja2.Environment) -> None:
    """An access answer when nothing is held says so and mentions no attachment."""
    context = full_context("fr").model_copy(update={"found": [], "attachments": [], "password_hint": None})
    body = render_draft(DraftKind.ANSWER_ACCESS, Language.FR, context, register, env).body
    assert "je ne détiens aucune donnée personnelle vous concernant" in body
    assert "jointe" not in body
    assert "https://www.cnil.fr/fr/plaintes" in body


def test_every_kind_has_requirements_and_templates() -> None:
    """The requirements table and both template folders cover every draft kind."""
    assert set(REQUIRED) == set(DraftKind)
    for lang in ("fr", "en"):
        for kind in DraftKind:
            assert (TEMPLATES / template_name(kind, lang)).is_file()


@pytest.mark.parametrize(
    ("value", "language", "weekday", "expected"),
    [
        (date(2026, 11, 26), Language.FR, False, "26 novembre 2026"),
        (date(2027, 3, 1), Language.FR, False, "1er mars 2027"),
        (date(2027, 2, 1), Language.FR, True, "lundi 1er février 2027"),
        (date(2026, 8, 15), Language.OTHER, False, "15 août 2026"),
        (date(2026, 11, 26), Language.EN, False, "26 November 2026"),
        (date(2027, 3, 1), Language.EN, True, "Monday 1 March 2027"),
        (date(2026, 12, 31), "fr", False, "31 décembre 2026"),
    ],
)
def test_format_date(value: date, language: Language | str, weekday: bool, expected: str) -> None:
    """Dates are written the French or English way, independent of the system locale."""
    assert format_date(value, language, weekday) == expected


@pytest.mark.parametrize(
    ("items", "language", "expected"),
    [([], "fr", ""), (["a"], "fr", "a"), (["a", "b"], "fr", "a et b"), (["a", "b", "c"], "en", "a, b and c")],
)
def test_join_words(items: list[str], language: str, expected: str) -> None:
    """Lists read naturally in both languages."""
    assert join_words(items, language) == expected


def minimal_context(kind: DraftKind) -> DraftContext:
    """A context holding only what ``kind`` needs (the first alternative of each "a|b")."""
    full = full_context("fr")
    needed = {spec.split("|")[0] for spec in REQUIRED[kind]}
    return DraftContext.model_validate(
        {"case_ref": full.case_ref, **{name: getattr(full, name) for name in needed}}
    )


@pytest.mark.parametrize(("kind", "lang"), CASES, ids=[f"{lang}-{kind.value}" for kind, lang in CASES])
def test_minimal_context_renders(kind: DraftKind, lang: str, register: Register, env: jinja2.Environment) -> None:
    """Every kind renders with only its required fields: optional parts are simply left out."""
    rendered = render_draft(kind, Language(lang), minimal_context(kind), register, env)
    assert rendered.subject.startswith("[DSR-2026-0007] ")
    assert rendered.body.startswith("Bonjour,\n\n" if lang == "fr" else "Hello,\n\n")
    assert "Marie Dupont" not in rendered.body
    assert "None" not in rendered.body
    assert rendered.body.endswith("DSR-2026-0007\n")


@pytest.mark.parametrize(
    ("update", "message"),
    [
        ({"due": date(2026, 10, 26)}, "due 2026-10-26 is not after received 2026-10-26"),
        ({"extended_due": date(2026, 11, 20)}, "extended_due 2026-11-20 is not after due 2026-11-26"),
    ],
)
def test_inconsistent_dates_fail_loudly(update: dict[str, object], message: str, register: Register,
                                        env: jinja2.Environment) -> None:
    """A due date before receipt, or an extension that does not extend, is refused."""
    context = full_context("fr").model_copy(update=update)
    with pytest.raises(DraftContextError, match=message):
        render_draft(DraftKind.EXTENSION_NOTICE, Language.FR, context, register, env)
