"""Language: French, English or other, by stopword ratios.

Anything that is neither clearly French nor clearly English is ``other`` (German, Spanish...):
the product flags it rather than guessing.
"""

from __future__ import annotations

import re

from flows.models import Language

_WORD_RE = re.compile(r"[a-zà-öø-ÿœæß']+", re.IGNORECASE)

_FR = frozenset(
    """le la les un une des du de et est sont je tu il elle nous vous ils elles mon ma mes
    ton ta tes votre vos notre nos ce cette ces que qui quoi dans pour pas ne plus avec sur
    au aux mais ou donc car suis ai avez merci bonjour cordialement madame monsieur
    moi me m'a j'ai c'est n'est d'un d'une l'accès qu'il s'il svp été très aussi""".split()
)
_EN = frozenset(
    """the a an and is are i you he she we they my your our their this that these those
    what which who in on for not with to of at by from be been have has do does did would
    could should please thanks thank hello dear regards me it its can will am was were
    any all about if or but so as there here""".split()
)
_OTHER = frozenset(
    """der die das und ist ich sie nicht mit auf für ein eine einer meine meiner ihre ihnen
    bitte vielen dank gemäß daten zu von den dem des wir hiermit sehr geehrte
    el los las y es yo usted ustedes por favor datos mis mi con para una uno del que
    il lo gli e sono io non per con una dei miei grazie
    o os as é eu não para com uma meus obrigado""".split()
)
#: Below this many known words the text is too short to tell.
_MIN_HITS = 3


def detect_language(text: str) -> Language:
    """Return fr, en or other for ``text`` (other when unsure or another language)."""
    words = [w.lower() for w in _WORD_RE.findall(text[:20_000])]
    if not words:
        return Language.OTHER
    fr = sum(1 for w in words if w in _FR)
    en = sum(1 for w in words if w in _EN)
    other = sum(1 for w in words if w in _OTHER and w not in _FR and w not in _EN)
    best = max(fr, en)
    needed = 1 if len(words) < 15 else _MIN_HITS
    if best < needed:
        return Language.OTHER
    if other > best:
        return Language.OTHER
    if best == 0:
        return Language.OTHER
    return Language.FR if fr >= en else Language.EN
