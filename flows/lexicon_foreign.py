"""Lexicon for other languages (German, Spanish, Italian): flag, don't guess.

Used only when the text is neither French nor English; a hit makes the message a possible
request (``review``) with the rights it names, so nothing is missed.
"""

from __future__ import annotations

import re

from flows.models import Right

FOREIGN_PATTERNS: tuple[tuple[Right, re.Pattern[str]], ...] = (
    (Right.ACCESS, re.compile(r"\b(auskunft|art\.? 15 dsgvo|acceso a mis datos|derecho de acceso|accesso ai (miei )?dati)")),
    (Right.RECTIFICATION, re.compile(r"\b(berichtigung|art\.? 16 dsgvo|rectificacion|rettifica)")),
    (Right.ERASURE, re.compile(r"\b(loschung|losch\w*|geloscht|art\.? 17 dsgvo|supresion|suprimir|borrar|cancellazione|cancellare)")),
    (Right.RESTRICTION, re.compile(r"\b(einschrankung der verarbeitung|art\.? 18 dsgvo|limitacion del tratamiento|limitazione)")),
    (Right.PORTABILITY, re.compile(r"\b(datenubertragbarkeit|maschinenlesbar|art\.? 20 dsgvo|portabilidad|portabilita)")),
    (Right.OBJECTION, re.compile(r"\b(widerspruch|widerspreche|art\.? 21 dsgvo|oposicion|me opongo|opposizione|abmelden|abbestellen)")),
    (Right.WITHDRAW_CONSENT, re.compile(r"\b(widerrufe? (meine|die) einwilligung|einwilligung\w* widerruf\w*|retiro (mi|el) consentimiento|revoco il consenso)")),
)
FOREIGN_TOPIC_RE = re.compile(r"\b(dsgvo|datenschutz|personenbezogene\w*|rgpd|gdpr|protection de donnees|datos personales|dati personali)\b")
