"""Tests of flows.language: fr, en, other by stopword ratios."""

from __future__ import annotations

import pytest

from flows.language import detect_language
from flows.models import Language

ROWS = [
    ("Bonjour, je voudrais que vous supprimiez toutes mes données personnelles. Merci.", Language.FR),
    ("slt je veux plus recevoir vos mails svp", Language.FR),
    ("Supprimez mes données svp", Language.FR),
    ("Hello, could you please delete all the data you hold about me? Thanks.", Language.EN),
    ("pls wipe my data", Language.EN),
    ("Ich bitte hiermit um Auskunft gemäß Art. 15 DSGVO über die mich betreffenden Daten.", Language.OTHER),
    ("Por favor, eliminen todos mis datos personales de su base de datos.", Language.OTHER),
    ("Vi prego di cancellare i miei dati personali, grazie.", Language.OTHER),
    ("", Language.OTHER),
    ("12345 !!! ???", Language.OTHER),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_detect_language(text: str, expected: Language) -> None:
    """Each text is labelled with the expected language; unsure or other languages are other."""
    assert detect_language(text) is expected
