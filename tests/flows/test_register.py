"""Tests for flows/register.py: the shipped register, French error messages, template helpers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from flows.models import Language, Right
from flows.register import (
    LegalBasis,
    RecipientKind,
    Register,
    RegisterError,
    RetentionStart,
    article15_info,
    load_register,
    recipients_to_inform,
    register_warnings,
)

REGISTER_PATH = Path(__file__).resolve().parents[2] / "config" / "register.yaml"
SHIPPED_TEXT = REGISTER_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def register() -> Register:
    """The shipped register, validated once."""
    return load_register(SHIPPED_TEXT)


def _data() -> dict[str, Any]:
    data = yaml.safe_load(SHIPPED_TEXT)
    assert isinstance(data, dict)
    return data


def _errors(data: Any) -> list[str]:
    with pytest.raises(RegisterError) as info:
        load_register(yaml.safe_dump(data, allow_unicode=True), source="test.yaml")
    assert info.value.source == "test.yaml"
    return info.value.messages


def test_shipped_register_validates_with_eleven_purposes(register: Register) -> None:
    """The shipped file is valid and has the policy's 11 purposes, numbered 1 to 11."""
    assert [p.id for p in register.purposes] == list(range(1, 12))
    assert all(p.retention.text for p in register.purposes)


def test_shipped_register_transcribes_the_policy(register: Register) -> None:
    """Spot checks against the privacy policy: controller, bases, retention, CNIL."""
    assert register.controller.email == "sandra.delomenie@orange.fr"
    assert register.controller.siret is None  # not given in the policy
    assert [a.address for a in register.controller.addresses] == [
        "58 route du Guerriau – 36100 Issoudun",
        "46 rue d’Estienne d’Orves – 36100 Issoudun",
    ]
    assert register.purpose(11).legal_bases == [LegalBasis.LEGAL_OBLIGATION]
    assert LegalBasis.EXPLICIT_CONSENT_ART9 in register.purpose(1).legal_bases
    rule = register.purpose(11).retention.rules[0]
    assert (rule.years, rule.start) == (3, RetentionStart.REQUEST_CLOSURE)
    analytics = register.purpose(6).retention.rules[0]
    assert (analytics.months, analytics.maximum) == (25, True)
    assert register.purpose(9).retention.rules == []  # "tant que ..." is not a duration
    assert register.authority.address == "3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07"
    assert register.authority.complaint_url == "https://www.cnil.fr/fr/plaintes"
    assert set(register.rights.offered) == set(Right)


def test_missing_retention_names_the_field() -> None:
    """A purpose without retention gives a French message with the field path."""
    data = _data()
    del data["purposes"][3]["retention"]
    assert _errors(data) == ["purposes[3].retention : règle de conservation manquante"]


def test_unknown_legal_basis_lists_allowed_values() -> None:
    """An unknown legal-basis code is an error naming the value and the allowed codes."""
    data = _data()
    data["purposes"][2]["legal_bases"][0] = "interet_vital"
    assert _errors(data) == [
        ("purposes[2].legal_bases[0] : base légale inconnue « interet_vital » (valeurs permises : "
        "consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests, "
        "explicit_consent_art9)")
    ]


def _set(path: list[Any], value: Any) -> Any:
    def edit(data: dict[str, Any]) -> None:
        node: Any = data
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return edit


def _delete(path: list[Any]) -> Any:
    def edit(data: dict[str, Any]) -> None:
        node: Any = data
        for key in path[:-1]:
            node = node[key]
        del node[path[-1]]

    return edit


DEFECTS: list[tuple[str, Any, str]] = [
    ("empty legal bases", _set(["purposes", 0, "legal_bases"], []),
     "purposes[0].legal_bases : liste vide : au moins un élément est requis"),
    ("missing legal bases", _delete(["purposes", 1, "legal_bases"]),
     "purposes[1].legal_bases : base légale manquante"),
    ("bad duration", _set(["purposes", 4, "retention", "rules", 0, "duration"], "10 ans"),
     "purposes[4].retention.rules[0].duration : durée invalide « 10 ans » (format ISO 8601 attendu : P10Y, P12M, P21D)"),
    ("empty duration", _set(["purposes", 4, "retention", "rules", 0, "duration"], "P"),
     "purposes[4].retention.rules[0].duration : durée invalide « P » (format ISO 8601 attendu : P10Y, P12M, P21D)"),
    ("unknown start event", _set(["purposes", 7, "retention", "rules", 0, "start"], "fin"),
     ("purposes[7].retention.rules[0].start : événement de départ inconnu « fin » (valeurs permises : "
     "issue_date, collection, last_contact, contract_end, service_end, account_inactivity, request_closure)")),
    ("typo in a key", _set(["purposes", 0, "retenion"], "x"),
     "purposes[0].retenion : champ inconnu (faute de frappe ?)"),
    ("missing controller email", _delete(["controller", "email"]),
     "controller.email : adresse électronique manquante"),
    ("unknown safeguard", _set(["transfers", "arrangements", 0, "safeguards", 1], "scc"),
     ("transfers.arrangements[0].safeguards[1] : garantie de transfert inconnue « scc » (valeurs permises : "
     "adequacy_decision, standard_contractual_clauses, binding_corporate_rules, art49_derogation)")),
    ("unknown right", _set(["rights", "offered", 0], "oubli"),
     ("rights.offered[0] : droit inconnu « oubli » (valeurs permises : access, rectification, erasure, "
     "restriction, portability, objection, withdraw_consent, post_mortem)")),
    ("complaint url not https", _set(["authority", "complaint_url"], "cnil.fr"),
     "authority.complaint_url : format invalide « cnil.fr »"),
    ("purpose id not a number", _set(["purposes", 0, "id"], "un"),
     "purposes[0].id : nombre entier attendu, reçu « un »"),
    ("missing authority", _delete(["authority"]), "authority : autorité de contrôle manquante"),
    ("duplicate purpose id", _set(["purposes", 1, "id"], 1),
     "purposes[1].id : numéro de finalité en double « 1 »"),
    ("recipient bound to unknown purpose", _set(["recipients", 0, "purposes"], [1, 42]),
     "recipients[0].purposes[1] : finalité inconnue « 42 »"),
]


@pytest.mark.parametrize(("edit", "expected"), [(d[1], d[2]) for d in DEFECTS], ids=[d[0] for d in DEFECTS])
def test_defects_give_french_messages(edit: Any, expected: str) -> None:
    """Each defect of the table yields exactly its French message with the field path."""
    data = _data()
    edit(data)
    assert _errors(data) == [expected]


def test_several_defects_are_all_reported() -> None:
    """All defects are listed at once, not just the first."""
    data = _data()
    del data["purposes"][0]["retention"]
    del data["purposes"][5]["retention"]
    messages = _errors(data)
    assert messages == [
        "purposes[0].retention : règle de conservation manquante",
        "purposes[5].retention : règle de conservation manquante",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("version: 1\ncontroller:\n  name: x\n bad: y\n", "syntaxe YAML invalide (ligne 4)"),
        ("- a\n- b\n", "(racine) : le fichier doit contenir une section (clé : valeur)"),
        ("", "(racine) : le fichier doit contenir une section (clé : valeur)"),
    ],
    ids=["syntax", "list-at-root", "empty"],
)
def test_unreadable_files(text: str, expected: str) -> None:
    """Syntax errors and a non-mapping root are reported in French."""
    with pytest.raises(RegisterError) as info:
        load_register(text)
    assert info.value.messages == [expected]
    assert "config/register.yaml" in str(info.value)


def test_warnings_name_the_policy_gaps(register: Register) -> None:
    """Gaps of the policy are reported as warnings, not errors."""
    warnings = register_warnings(register)
    assert "controller.siret : non précisé dans la politique" in warnings
    assert any(w.startswith("purposes[9].legal_bases : données de santé") for w in warnings)
    assert not any(w.startswith("purposes[0].") for w in warnings)


def test_recipients_to_inform_skips_authorities(register: Register) -> None:
    """Art. 19: every recipient except public authorities (art. 4(9))."""
    ids = [r.id for r in recipients_to_inform(register)]
    assert ids == ["ovh", "webmaster", "systeme_io", "google_drive", "payment", "partners", "social_networks"]
    assert all(r.kind is not RecipientKind.AUTHORITY for r in recipients_to_inform(register, [1]))


def test_recipients_to_inform_filters_by_purpose() -> None:
    """A recipient bound to purposes is kept only when one of them is concerned."""
    data = _data()
    data["recipients"][0]["purposes"] = [6]
    register = load_register(yaml.safe_dump(data, allow_unicode=True))
    assert "ovh" in [r.id for r in recipients_to_inform(register, [6, 1])]
    assert "ovh" not in [r.id for r in recipients_to_inform(register, [1])]
    assert "webmaster" in [r.id for r in recipients_to_inform(register, [1])]


@pytest.mark.parametrize(
    ("language", "purpose_name", "right", "basis"),
    [
        (Language.FR, "La conclusion et l’exécution", "effacement", "intérêt légitime (art. 6.1.f RGPD)"),
        (Language.OTHER, "La conclusion et l’exécution", "effacement", "intérêt légitime (art. 6.1.f RGPD)"),
        (Language.EN, "Entering into and performing", "erasure", "legitimate interests (GDPR art. 6(1)(f))"),
    ],
)
def test_article15_info(register: Register, language: Language, purpose_name: str, right: str, basis: str) -> None:
    """Article 15 information carries every item (a)-(h) and 15(2), in the reader's language."""
    info = article15_info(register, language)
    assert set(info) >= {"purposes", "categories", "recipients", "retention", "rights", "complaint",
                         "source", "transfers", "automated_decisions"}
    assert len(info["purposes"]) == 11
    assert info["purposes"][0]["name"].startswith(purpose_name)
    assert basis in info["purposes"][0]["legal_bases"]
    assert right in info["rights"]
    assert info["complaint"]["url"] == "https://www.cnil.fr/fr/plaintes"
    assert len(info["transfers"]["arrangements"]) == 3
    names = [c["name"] for c in info["categories"]]
    assert len(names) == len(set(names))  # de-duplicated across purposes
    assert any(c["special"] for c in info["categories"])
