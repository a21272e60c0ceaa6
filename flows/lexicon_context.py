"""Context lexicon: normalisation, sentences, and what changes the meaning of a signal.

A signal found by :mod:`flows.lexicon_rights` does not count when it is negated ("je ne
demande pas la suppression"), asked about in general ("ai-je le droit de... ?"), about somebody
else's data held by somebody else ("les données de mon voisin"), or boilerplate in a
conditional ("si j'ai consenti..., je retire ce consentement"). A demand cue ("je vous
demande", "please", "pourriez-vous") makes a medium signal a request.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_TRANSLATE = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "´": "'", "œ": "oe", "æ": "ae", "«": '"', "»": '"',
     "\u00a0": " ", "\u202f": " ", "–": "-", "—": "-", "ß": "ss"}
)


# Phone-typed French and hurried English: elided pronouns without apostrophe ("jveux",
# "m envoyer", "jai"), common sms abbreviations, English contractions without apostrophe.
_SMS_ELISION_RE = re.compile(r"(?<![\w'])([jmtdlsn]|qu) (?=[aeiouyh][a-z])")
_SMS_J_VOWEL_RE = re.compile(r"\bj(?=(ai|aimerais|aimerai|aime|avais|aurais|etais|habite|arrive|attends|espere|ecris|envoie|enleve|efface|exige)\b)")
_SMS_J_CONS_RE = re.compile(r"\bj(?=[bcdfgklmnpqrstvwz][a-z]{2,}\b)")
_SMS_WORDS = {"vs": "vous", "ts": "tous", "tt": "tout", "tte": "toute", "ttes": "toutes", "pr": "pour",
              "ds": "dans", "bcp": "beaucoup", "qd": "quand", "pk": "pourquoi", "pq": "pourquoi",
              "dc": "donc", "cmt": "comment", "slt": "salut", "mm": "meme", "ki": "qui", "koi": "quoi",
              "datas": "data", "pls": "please", "plz": "please", "u": "you", "ur": "your", "thx": "thanks",
              "kel": "quel", "kelle": "quelle", "kels": "quels", "kelles": "quelles", "mci": "merci",
              "dsl": "desole", "g": "j'ai", "jsuis": "je suis", "chui": "je suis"}
_SMS_WORDS_RE = re.compile(r"\b(" + "|".join(_SMS_WORDS) + r")\b")
_EN_CONTRACTION_RE = re.compile(r"\b(can|won|didn|doesn|isn|aren|wasn|haven|hasn|shouldn|wouldn|couldn)t\b")
_EN_DONT_RE = re.compile(
    r"\bdont (?=(use|delete|erase|remove|send|want|wish|keep|contact|email|need|share|publish|process|store|"
    r"know|have|agree|consent|like|think)\b)"
)


_COMBINING_RE = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_ME_MES_RE = re.compile(r"\bmé (?=(donn|info|coord|fich|dossier|note|photo|foto|renseign|coordon))")


@lru_cache(maxsize=128)  # within one message: the same text is normalised several times
def normalise(text: str) -> str:
    """Lowercase, straight apostrophes, accents stripped, single spaces, sms forms expanded."""
    text = text.lower().translate(_TRANSLATE)
    if "mé " in text:  # "mé donné": "mes" typed by ear
        text = _ME_MES_RE.sub("mes ", text)
    if text.isascii():
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = _COMBINING_RE.sub("", decomposed)
        if not stripped.isascii():  # rare scripts: the exact (slower) test
            stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    out = " ".join(stripped.split())
    if _SMS_J_VOWEL_RE.search(out):
        out = _SMS_J_VOWEL_RE.sub("j'", out)
    if _SMS_J_CONS_RE.search(out):
        out = _SMS_J_CONS_RE.sub("je ", out)
    if _SMS_ELISION_RE.search(out):
        out = _SMS_ELISION_RE.sub(r"\1'", out)
    if _SMS_WORDS_RE.search(out):
        out = _SMS_WORDS_RE.sub(lambda m: _SMS_WORDS[m.group(1)], out)
    out = _EN_CONTRACTION_RE.sub(r"\1't", out)
    return _EN_DONT_RE.sub("don't ", out)


@dataclass(frozen=True)
class Sentence:
    """A sentence of the new text: its original wording and its normalised form."""

    original: str
    norm: str
    is_question: bool


_LIST_ITEM_RE = re.compile(r"^\s*([-*•·]|\d{1,2}[.)])\s+")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+(?=[^\s])|(?<=[.!?])$")
_ABBREV_RE = re.compile(r"\b(art|n|no|cf|ex|st|mr|mrs|ms|dr|m|mme|etc|p|al|e\.g|i\.e)\.$", re.IGNORECASE)


def sentences(text: str) -> list[Sentence]:
    """Split text into sentences: paragraphs, list items, then sentence punctuation."""
    out: list[Sentence] = []
    for paragraph in re.split(r"\n\s*\n", text):
        units: list[str] = []
        for line in paragraph.split("\n"):
            if not line.strip():
                continue
            if units and not _LIST_ITEM_RE.match(line) and not units[-1].rstrip().endswith(":"):
                units[-1] = units[-1].rstrip() + " " + line.strip()
            else:
                units.append(line.strip())
        for unit in units:
            pieces = _SENTENCE_END_RE.split(unit)
            buffer = ""
            for piece in pieces:
                if not piece:
                    continue
                buffer = f"{buffer} {piece}".strip() if buffer else piece.strip()
                if _ABBREV_RE.search(buffer):
                    continue
                _emit(out, buffer)
                buffer = ""
            if buffer:
                _emit(out, buffer)
    return out


def _emit(out: list[Sentence], original: str) -> None:
    norm = normalise(original)
    if norm:
        out.append(Sentence(original.strip(), norm, norm.rstrip(" )\"'").endswith("?")))


# ---------------------------------------------------------------- clauses and negation

CLAUSE_SPLIT_RE = re.compile(
    r",? \b(mais|but|seulement|uniquement|only|juste|just|simplement|en revanche|par contre|"
    r"however|sauf|except|plutot|rather|instead|et non|and not|not)\b(?! (pas|plus|only|also|too))|;|,|:| [-\u2013\u2014/] "
)
_NEG_FR_RE = re.compile(r"\b(ne|n')\b ?[^,.;]{0,40}?\b(pas|jamais|point|nullement|aucunement)\b")
_NEG_BARE_RE = re.compile(
    r"(n't\b|\b(pas|jamais|not|never|no need to|sans|without|rather than|plutot que|au lieu de|instead of|ne rien|ne (surtout|absolument) rien|nor|neither|ni|"
    r"surtout pas|hors de question)\b)[^,.;]{0,22}$"
)
_NEG_INSIDE_RE = re.compile(r"(n't\b|\b(pas|jamais|not|never|surtout pas)\b)")
_NEG_AFTER_RE = re.compile(r"^[^,.;]{0,12}\b(pas|jamais)\b")
#: A "ne ... pas" governs the verb it surrounds, not a request further in the sentence
#: ("elle n'a pas d'adresse mail et m'a demandé ... que vous effaciez ses coordonnées").
#: A verb, then "rien": "ne supprimez surtout rien".
_VERB_RIEN_RE = re.compile(r"[\w'-]+ (surtout |absolument |donc |encore |pour l'instant |pour le moment )?rien\b")
_NEG_REACH = 35
_NEG_BREAK_RE = re.compile(r"\b(et|car|puis|and|because|parce)\b")
#: A new subject after the negation starts a new clause: "je ne souhaite pas y répondre et je ne veux plus..."
_NEW_SUBJECT_RE = re.compile(r"\b(et|mais|and|but) (je|j'|i|nous|we)\b|\b(et|mais) j'")
#: A pattern carrying its own negation after "and": "I'm not interested and don't want to be contacted".
_AND_RE = re.compile(r"\b(et|mais|and|but)\b")
_COND_NEG_RE = re.compile(r"\b(si vous ne|if you (do not|don't|fail|refuse)|faute de|a defaut|otherwise|sinon)\b")


def clause_bounds(norm: str, start: int) -> tuple[int, int]:
    """Start and end of the clause containing ``start``."""
    begin, end = 0, len(norm)
    for m in CLAUSE_SPLIT_RE.finditer(norm):
        if m.end() <= start:
            begin = m.start() if m.group(1) in ("not", "et non", "and not") else m.end()
        elif m.start() >= start:
            end = m.start()
            break
    return begin, end


#: A format ruled out, not the request: "en fichier modifiable et pas en PDF", "not as a scan".
_FORMAT_CONTRAST_RE = re.compile(r"\b(et |mais |but )?(pas|non|not) (en |in |as a |as |au format |sous forme de )?(pdf|papier|paper|scans?|scanne\w*|images?|photos?)\b")


_ASIDE_RE = re.compile(r"\([^()]*\)")


def is_negated(norm: str, start: int, end: int, self_negating: bool = False) -> bool:
    """True when the match ``[start, end)`` is under a negation in its clause.

    ``self_negating`` patterns carry their own negation ("ne plus recevoir"): only what
    precedes them counts.
    """
    c_begin, c_end = clause_bounds(norm, start)
    closed = norm.rfind(")", c_begin, start)
    if closed != -1 and norm.rfind("(", c_begin, closed) != -1:
        c_begin = closed + 1  # "gelez mon dossier (ne rien supprimer) et envoyez-moi une copie": the aside is closed
    if not self_negating and _NEG_INSIDE_RE.search(_FORMAT_CONTRAST_RE.sub(" ", norm[start:end])):
        return True
    before = norm[c_begin:start]
    after = _FORMAT_CONTRAST_RE.sub(" ", _ASIDE_RE.sub(" ", norm[end:c_end]))  # "(pas des captures d'écran)": an aside
    if _COND_NEG_RE.search(before):
        return False
    if re.search(r"\b(ne|n')\s*$", before) and _VERB_RIEN_RE.match(norm, start):
        return True  # "ne supprimez (surtout) rien", "ne jetez rien pour l'instant"
    bare = _NEG_BARE_RE.search(before)
    if bare and (_NEW_SUBJECT_RE.search(norm, c_begin + bare.start(), end)
                 or (self_negating and _AND_RE.search(norm, c_begin + bare.end(1), start))):
        bare = None  # the negation governs an earlier clause of its own
    if self_negating:
        return bool(bare) and not re.search(r"\b(ne|n')\b[^,.;]{0,15}$", before)
    if not before.rstrip().endswith(("plus", "ne plus")) and any(
        len(before) - neg.end() <= _NEG_REACH and not _NEG_BREAK_RE.search(before[neg.end():])
        for neg in _NEG_FR_RE.finditer(before)
    ):
        return True
    if re.search(r"\b(ne|n')\b[^,.;]{0,40}$", before) and _NEG_AFTER_RE.search(after):
        return True
    if bare:
        return True
    return bool(_NEG_AFTER_RE.search(after)) and not re.search(r"\b(plus|jamais)\b", norm[start:end])


# ---------------------------------------------------------------- demand, questions

DEMAND_RE = re.compile(
    r"\b(je (vous )?(demande|sollicite|requiers|exige)|je souhait\w*|je voudrais|je veux|j'aimerais|"
    r"je desire|merci de|merci d'|veuillez|je vous prie|pourriez[- ]vous|pouvez[- ]vous|svp|stp|nous (vous )?(demandons|sollicitons)|"
    r"we (hereby )?request|we are requesting|we ask|on behalf of our client|"
    r"s'il vous plait|s'il te plait|exercer|par la presente|il faut que vous|i request|i am requesting|"
    r"i would like|i'd like|i want|please|kindly|i ask|i am asking|i wish|i hereby|hereby|could you|"
    r"can you|would you|exercise|exercising|i need you to|i expect)\b"
)
POLITE_Q_RE = re.compile(
    r"\b(tu|vous) (pourrais|pourriez|peux|pouvez|voudrais|voudriez)\b|\b(pourriez|pouvez|pourrais|peux|voudriez|voulez|auriez)[- ](vous|tu)\b|\best-ce que (vous|tu) "
    r"(pouvez|pourriez|voulez|pourrais|peux)\b|\b(serait|est)[- ]il possible (de|d') ?(me|m'|supprimer|"
    r"effacer|recevoir|obtenir|avoir|retirer|corriger|modifier)|\bcould you\b|\bcan you\b|\bwould you\b|"
    r"\bwill you\b|\bwould it be possible (for you )?to\b|\b(may|can|could) i (have|get|receive|obtain|"
    r"please)\b|\bis it possible (for you )?to (delete|send|remove|erase|get|have|receive|correct|"
    r"update|stop|unsubscribe)\b|\bmerci de\b|\bje peux (avoir|recevoir|obtenir)\b|\bpuis-je (avoir|"
    r"recevoir|obtenir)\b"
)
INFO_Q_RE = re.compile(
    r"\b(ai-je le droit|est-ce que j'ai le droit|ai-je la possibilite|aurais-je le droit|j'ai le droit|"
    r"a-t-on le droit|peut-on|est-ce qu'on peut|quels? (sont|seraient) (mes|les|nos) droits|en general|"
    r"de maniere generale|d'une maniere generale|generalement|par curiosite|simple question|"
    r"theoriquement|en theorie|hypothetiquement|que se passe|que se passerait|que deviennent|"
    r"combien de temps|dans quels? cas|est-ce obligatoire|do i have (the|a|any) right|am i entitled|"
    r"what are (my|the|our) rights|in general|generally|out of curiosity|just curious|hypothetically|"
    r"in theory|theoretically|what happens|what would happen|how long|is it possible in general|"
    r"would i be able|is it legal|est-ce legal|est-ce que c'est legal|does the gdpr|le rgpd (prevoit|"
    r"oblige|impose)|what rights do i have|which rights do i have|quels droits (ai-je|j'ai|avons-nous)|"
    r"quels sont mes droits|what does (the )?gdpr|does gdpr|si je (demande|supprime|fais|voulais|decid)\w*|"
    r"if i (ask|request|asked|requested|wanted|decide|delete|change)\w*|que dit|what does article|plus tard|un jour|"
    r"a l'avenir|si je change d'avis|later on|at some point|in the future|one day|if i change my mind|"
    r"ca veut dire quoi|qu'est-ce que (ca|cela) (veut dire|signifie|implique)|c'est quoi|concretement|"
    r"what does (it|that|this) mean|what is meant by|savez-vous|do you know|s'applique\w*|s'appliquer|apply to|applies to|"
    r"question theorique|theoretical question|pour ma culture|for my own (knowledge|practice)|apres un certain temps|au bout de combien|"
    r"est-ce que (vous|tu) (effacez|supprimez|gardez|conservez|detruisez|stockez|partagez|vendez|transmettez|utilisez|effaces|supprimes|gardes)|"
    r"(effacez|supprimez|gardez|conservez|detruisez|stockez|partagez|vendez)-vous|do you (delete|erase|keep|store|share|sell|destroy))\b"
)
GENERAL_Q_RE = re.compile(
    r"\b(ai-je le droit|est-ce que j'ai le droit|j'ai le droit|do i have (the|a|any) right|am i entitled|"
    r"en general|de maniere generale|in general|generally|par curiosite|out of curiosity|just curious|"
    r"theoriquement|en theorie|in theory|theoretically|hypothetiquement|hypothetically|simple question|question theorique|"
    r"theoretical question)\b"
)
HOWTO_Q_RE = re.compile(
    r"\b(comment (faire|puis-je|pourrais-je|dois-je|on fait|proceder|exercer|demander|faut-il)|"
    r"comment (formuler|rediger|ecrire|tourner|m'y prendre)|comment (je|j'|on|est-ce qu'on|est-ce que je|vous avez|avez-vous) ?(peux|pourrais|dois|fais|fait|porte|"
    r"recupere|faites|procede)|how (do|can|could|should|would) (i|one|we)|what (do|should) i do|a qui (dois-je|faut-il)|"
    r"who (do|should) i (contact|ask|write))\b"
)


def question_kind(sentence: Sentence) -> str:
    """``polite`` (asks for it), ``info`` (about rights in general), ``howto``, ``other``, or ``""``."""
    norm = sentence.norm
    if INFO_Q_RE.search(norm) and (sentence.is_question or re.search(r"\b(simple question|en general|in general|out of curiosity|par curiosite)\b", norm)):
        return "info"
    if not sentence.is_question:
        return ""
    if HOWTO_Q_RE.search(norm):
        return "howto"
    if POLITE_Q_RE.search(norm):
        return "polite"
    return "other"


# ---------------------------------------------------------------- somebody else

_THIRD_PARTY_BASE_RE = re.compile(
    r"\b((?<!nom )(de|d') (mon|ma) (mari|femme|epouse|epoux|conjoint|conjointe|compagnon|compagne)\b(?! (decede|defunt))|"
    r"(my )?(husband|wife|partner)'s (data|details|email|address|contact details|number)|"
    r"(de|d'|chez) (mon|ma) medecin|(mon|ma) (voisin|voisine|employeur|ancien employeur|"
    r"patron|patronne|chef|cheffe|manager|superieur|superieure|directeur|directrice|drh|banque|operateur|mutuelle|assureur|proprietaire|ex|club|salle de sport|medecin) "
    r"(refuse|garde|conserve|a (?!(finance|paye|pris en charge|offert|inscrit|rembourse|propose))|detient|ne veut|publie|utilise|a publie|diffuse)|"
    r"(chez|par|aupres de|aupres d') (facebook|google|instagram|linkedin|amazon|leboncoin|tiktok|twitter|un site|"
    r"un autre site|une autre entreprise|une entreprise|cette entreprise|une application|systeme\.?io|mailchimp|"
    r"stripe|paypal|eux|elle|lui)|\b(get|make|ask|have) (facebook|google|instagram|linkedin|amazon|tiktok|twitter|meta|apple|"
    r"them|the company|my bank|my employer) to\b|(de|a) (facebook|google|linkedin|amazon|leboncoin|tiktok|twitter|un site|"
    r"un autre site|une autre entreprise|une entreprise|cette entreprise|une application)\b(?! (de|d') (votre|ton|vos))|"
    r"une? (autre )?(entreprise|societe|site|application|appli|marque|boutique) (qui )?(a |garde|refuse|detient|"
    r"conserve|utilise|m'envoie|me spamme)|"
    r"\b(demande|demander|ecrit|ecrire|ecrire|reclame|reclamer)\b[^.;!?]{0,20}\b(a|aupres de|au) (mon|ma|mes|la|le|l'|une|un) (ancien\w* |ex-?)?(mutuelle|banque|employeur|"
    r"boite|operateur|assureur|club|salle de sport|hopital|kine|medecin|dentiste|site|application|entreprise|societe|ecole|fac|universite)\b|"
    r"\b(request|requests|complaint|letter) to (my|the|an?) (old |former |previous )?(company|employer|bank|gym|insurer|hospital|school|university)\b|"
    r"(?<!anything )(?<!nothing )(?<!it )(?<!them )(?<!results )(?<!report )(?<!summary )(?<!data )(?<!details )(?<!information )"
    r"(?<!records )(?<!notes )(?<!sending )(?<!disclosing )(?<!sharing )(?<!passing )(?<!forwarding )"
    r"\b(to|wrote to|write to|letter to|email to|asking|ask|asked|tell|told|demanded of|contact|contacted|sent|send|emailed) (my )?(old |former |previous |ex[- ])?"
    r"(phone company|mobile operator|operator|gym|bank|insurer|insurance|employer|landlord|provider|energy supplier|school|university|"
    r"doctor|dentist|dating app|club|telecom|internet provider|broadband provider)\b|"
    r"my (neighbou?r|colleague|employer|former employer|boss|ex|landlord|friend|bank|gym|doctor|insurer)"
    r"('s| refuses| has| keeps| won't| is| posted| published| uses)|"
    r"(at|by|from) (facebook|google|instagram|linkedin|amazon|tiktok|twitter|another company|"
    r"a company|a website|another website|an app)|another company|une autre societe|"
    r"(donnees|informations|coordonnees) (de|d') (mon|ma) (voisin|voisine|collegue|ex|ami|amie|patron)|"
    r"(son|sa|ses) (voisin|voisine)|"
    r"(mon|ma) (ancien|ancienne|ex-?) ?(club|salle de sport|employeur|operateur|banque|mutuelle|assureur|bailleur|"
    r"proprietaire|medecin|entreprise|societe|coach|therapeute)\b[^.;!?]{0,30}\b(refuse|garde|conserve|detient|ne veut|continue)|"
    r"\b(qui|ils|elles) (refuse|refusent|a refuse|ont refuse|continue|continuent) (de |d'|a )|"
    r"\b(i|i've|i have) (already )?(asked|told|requested) (them|him|her|it|the company)\b|"
    r"\bje (leur|lui) ai (deja )?(demande|ecrit|dit)\b|\ba qui (j'avais|j'ai|on avait|nous avions) (deja )?(demande|ecrit|reclame)\b|"
    r"\b(whom|who) i (had )?(already )?(asked|wrote to|told)\b|"
    r"(?<!ni )(?<!plus )(?<!pas )\b(leur|lui) (demander|ecrire|reclamer|envoyer une demande)\b|\bask(ing)? them (for|to)\b|"
    r"\b(a|aupres de|au|to|from) (leur|their) (service client|service clients|customer service|support|hotline)\b|"
    r"\b(orange|sfr|free|bouygues|google|facebook|instagram|amazon|apple|microsoft|la banque|ma banque|the bank|my bank|they|ils) "
    r"(a|ont|has|have|had) (coupe|supprime|efface|deleted|erased|removed|cut|perdu|lost)\b|"
    r"\b(they|the company|this company|that company) (refuses?|refused|won't|will not|keeps?|still)\b|"
    r"\b(me|m') (demande|demandent|reclame|reclament|exige|exigent) (l'acces|l'autorisation|acces|mes donnees|mes informations)\b|"
    r"\b(asks?|asking|requests?|requesting) (me )?(for )?(access|permission) to my\b|"
    r"\b(sur|concernant|about|on|regarding) (mon|ma|my) (mari|epoux|epouse|femme|conjoint|conjointe|compagnon|compagne|"
    r"copain|copine|ami|amie|soeur|frere|mere|pere|collegue|husband|wife|partner|sister|brother|friend|colleague|"
    r"mother|father|mum|mom|dad|boyfriend|girlfriend)\b|"
    r"\b(donnees|informations|infos|renseignements|data|information|details) [^.;!?]{0,40}\b(sur|concernant|about|on) (elle|lui|eux|elles|her|him|them)\b)\b"
)
#: Someone else's bank, employer, neighbour..., unless the data is kept from them ("toute communication à son
#: ancien employeur"): apart, so its lookbehinds are not tried at every position of the long alternation above.
_THIRD_PARTY_AT_RE = re.compile(
    r"(?<!communication )(?<!transmission )(?<!communiquer )(?<!transmettre )(?<!divulguer )(?<!transmis )(?<!transmises )"
    r"(?<!communique )(?<!communiquees )(?<!communiques )(?<!envoye )(?<!envoyees )(?<!envoyes )(?<!partage )(?<!partagees )"
    r"(?<!financement )(?<!prise en charge )(?<!participation )(?<!subvention )"  # a training paid by one's employer
    r"\b(de|d'|a|chez) (mon|ma) "
    r"(voisin|voisine|collegue|employeur|ancien employeur|patron|patronne|bailleur|proprietaire|ex|ex-mari|ex-femme|"
    r"ancien compagnon|ancienne compagne|banque|operateur|mutuelle|assureur|club|salle de sport)\b"
)
#: Employees and other adults named by an employer or an ex (session 6's rounds).
_THIRD_PARTY_STAFF_RE = re.compile(
    r"\b(ne fait plus partie (de nos effectifs|de l'entreprise|de la societe|de notre (equipe|structure|societe))|"
    r"(a|ont) quitte (l'entreprise|la societe|notre (societe|entreprise|structure|equipe))|"
    r"no longer works? (for|with) us|has left (the company|our company|us)|"
    r"(donnees|informations|coordonnees|dossiers?|fiches?) (de|des) (nos|mes) (salaries|employes|collaborateurs|collaboratrices|agents|stagiaires|equipes)|"
    r"(our|my) (employees|staff|team members)'? (data|details|information|records)|"
    r"(?<!chacun pour )(?<!chacune pour )ce qui (le|la) concerne|(ou|comment) (il|elle) en est|how (he|she)('s| is) (doing|getting on|progressing)|"
    r"(desinscription|suppression|retrait|radiation|effacement) (de|d') (m|mme|mlle|monsieur|madame|mr|mrs|ms)\.? [a-z]+)\b"
)


class PatternUnion:
    """Several regexes searched as one: cheaper than one long alternation, whose every branch is tried
    at every position. ``search`` returns the leftmost match of any (the first given on a tie)."""

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.patterns = patterns

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        best: re.Match[str] | None = None
        for pattern in self.patterns:
            found = pattern.search(string, pos, endpos)
            if found is not None and (best is None or found.start() < best.start()):
                best = found
        return best


#: Someone else's data, or a request made to someone else: not a request to her.
THIRD_PARTY_RE = PatternUnion(_THIRD_PARTY_BASE_RE, _THIRD_PARTY_AT_RE, _THIRD_PARTY_STAFF_RE)

# ---------------------------------------------------------------- message-level contexts

COMPLAINT_FILED_RE = re.compile(
    r"\b(je (depose|porte|forme|introduis)\w*,? (par la presente,? )?(une )?plainte|"
    r"j'ai (depose|porte|forme|introduit) ([\w']+ ){0,2}(une )?plainte|i (have )?(lodged|filed) a complaint|"
    r"i am (hereby )?lodging a complaint|i (hereby )?lodge a complaint|i wish to lodge a complaint|"
    r"plainte (conformement a l'|selon l'|au titre de l')article 77|"
    r"complaint (according to|under|pursuant to) article 77|article 77|"
    r"(reclamation|plainte|signalement) que j'ai (adresse|envoye|depose|fait|porte)e?|(reclamation|plainte|signalement) que je viens (de |d')(adresser|envoyer|deposer|faire|porter)|j'ai decide de saisir la (cnil|commission nationale)|j'ai (adresse|envoye|fait|porte|depose) "
    r"(une |ma |un )?(reclamation|signalement)|j'ai (signale|saisi)|i('ve| have)? (today |now |just |already |also )?(filed|lodged|made|submitted) a complaint|"
    r"i (reported|have reported)|complaint (that )?i('ve| have)? (just |today |now )?(filed|lodged|submitted|made)|"
    r"complaint (submitted|filed|lodged) (to|with) the (cnil|ico)|plainte (deposee|deposee|envoyee|adressee) (a|aupres de) la cnil)\b"
)
COMPLAINT_TO_AUTHORITY_RE = re.compile(
    r"\b(aupres de vous|with you|controleur suivant|following controller|responsable de traitement suivant|"
    r"article 77|aupres de la cnil|with the (cnil|ico|supervisory authority|data protection authority)|"
    r"j'ai saisi la cnil|je saisis la cnil|plainte a la cnil|complaint to the (cnil|ico)|"
    r"(a|aupres de) la cnil|with the (ico|cnil)|to the (ico|cnil)|la cnil|the ico|commission nationale de l'informatique)\b"
)
REMINDER_RE = re.compile(
    r"\b(je vous ai (envoye|adresse|ecrit|transmis|fait parvenir)|ma (precedente |premiere )?demande "
    r"(du|en date du|datee|d'il y a|envoyee|rgpd)|ma demande (de|d') (suppression|acces|rectification|"
    r"opposition|effacement|portabilite|limitation)|(toujours |encore )?(pas|aucune) (eu |recu )?(de )?"
    r"(reponse|retour|nouvelles)|sans (reponse|retour)|relance|rappel|i sent you a request|my (previous |"
    r"earlier |original |first )?request (of|dated|from|sent|made|on)|still (no|not|haven't|have not)|"
    r"no (answer|response|reply)|not (yet )?received (an|any) (answer|response|reply)|reminder|"
    r"follow(ing)?[- ]up on my|chasing|admonition|avertissement|mise en demeure)\b"
)
PRIOR_REQUEST_RE = re.compile(
    r"\b(demande|request|my (last |previous |earlier )?(e-?mail|message)|(e-?mail|message) below|"
    r"mon (dernier |precedent |premier )?(e-?mail|mail|message|courriel))\b")
AFFIRMATIVE_RE = re.compile(
    r"^\s*(oui|yes|yep|d'accord|ok|okay|volontiers|je confirme|i confirm|confirme|confirmed|"
    r"go ahead|please do|allez-y|c'est bien ca|exactement|exactly|tout a fait|absolument|bien sur)\b"
)
TOPIC_RE = re.compile(
    r"\b(rgpd|gdpr|dsgvo|cnil|donnees personnelles|donnees a caractere personnel|personal data|"
    r"datenschutz|vie privee|privacy|protection des donnees|data protection)\b"
)
NEG_ERASE_RE = re.compile(
    r"\b(ne (les|la|le|l'|me) ?(supprimez|effacez|detruisez) (pas|surtout pas)|sans (les |la |l')?(supprimer|effacer)|"
    r"ne pas (les |la |l')?(supprimer|effacer)|(don't|do not|not to|no need to) (delete|erase|remove|destroy)|"
    r"(conserv|gard)\w* (les|la|le|mes donnees)|keep (them|it|my data|my information|the data))"
)
REPRESENTED_RE = re.compile(
    r"\b((mon|ma|notre) (fils|fille|enfant|enfants|petit|petite)(?! (de|d') ?(1[89]|[2-9]\d) ans)( mineure?| de \d+ ans)?|my (son|daughter|child|kid)|"
    r"tuteur|tutrice|tutelle|curatelle|curateur|mandataire|(?<!pas de )(?<!pas d'une )(?<!sans )(?<!aucune )procuration|autorite parentale|je represente (m|mme|monsieur|madame|maitre|mon client|ma cliente)\b|i represent (mr|mrs|ms|dr|my client)\b|representante?s? legale?s?|representants legaux|legal guardians?|parental responsibility|power of attorney|"
    r"on behalf of my|au nom de (mon|ma)|(mon|ma) (client|cliente|mandant|mandante)|avocate? de|conseil de (madame|monsieur|mme|m)\b|"
    r"pour (le )?compte de|en (son|leur) nom|de la part de (m|mme|monsieur|madame|maitre|me|dr|docteur|mon patron|ma patronne)|a sa demande|"
    r"dont je suis (l'assistante?|la secretaire|le secretaire)|(secretaire|assistante?|assistante? juridique|assistante? de direction) (de|du|d') ?(m|mme|dr|maitre|me|monsieur|madame|docteur)|"
    r"me charge de vous|"
    r"on behalf of (mr|mrs|ms|dr|my (boss|manager|employer|director))|(autorisations?|mandats?) (signee?s? )?(ci-jointe?s?|jointe?s?)|we act for|acting for (our client|mr|mrs|ms|dr)|(has|have) authori[sz]ed (us|me|our \w+) (in writing )?to|on (her|his) behalf|(letter|form) of authority|signed authority|(his|her) (assistant|secretary|pa)\b|i am (the )?(pa|assistant|secretary) (to|of)|"
    r"([4-9]|1[0-7])-year-old|(aged|age de|agee de) ([4-9]|1[0-7])|(papa|maman) (de|d')|(la|le) (mere|pere) (de|d') [a-z]+ \(|(c'est|c|ici|je suis) (la|le) (mere|pere) (de|d')|"
    r"(we're|we are|i'm|i am) (her|his|their) (parents?|mum|mom|dad|mother|father)\b|court-appointed|deputy for|deputyship|lasting power of attorney|"
    r"mandat de protection future|habilitation familiale|sauvegarde de justice|(appele|telephone|passee?) (ce matin |hier |aujourd'hui |cet apres-midi )?(au|a notre|a l') ?(secretariat|standard|accueil)|"
    r"je te laisse (gerer|voir|traiter|t'en occuper)|(en copie|in cc|cc'?d|copied in)[^.;!?]{0,40}(m'a|m'ont|has|have) (demande de vous ecrire|asked me to (write|email))|(il|elle) (a|m'a) laisse son (mail|e-?mail|numero|adresse)|(je vous|nous vous) (transfere|transferons|transmets|transmettons|fais suivre|faisons suivre) la demande (de|d')|en tant que (mere|pere|parent|tuteur|tutrice|representante? legale?)|"
    r"as (his|her|their) (mother|father|mum|mom|dad|parent|legal guardian|guardian)|mandate\w* par|my client|a la demande de (m|mme|monsieur|madame|mon|ma|notre)|"
    r"qui me (charge|demande) de vous ecrire|at the (request|instruction) of (mr|mrs|ms|my|our)|who (asked|has asked) me to write|"
    r"(je vous ecris|j'ecris|je vous contacte|je vous ecris de la part|i am writing|i'm writing) (pour|au nom de|de la part de|on behalf of|for) (mon|ma|my))\b"
)
#: A child's age in brackets or between commas ("Lucas (16 ans)", "Mathis, 15 ans,"): a minor, represented.
MINOR_AGE_RE = re.compile(r"[(,] ?([4-9]|1[0-7]) (ans|years?|yo)\b|\b(a|aura|vient d'avoir|has|is|turned) ([4-9]|1[0-7]) (ans|years? old)\b(?! d)|"
                          r"[a-z] \(([4-9]|1[0-7])\)|"  # "Ella (15)"
                          r"\b(est|is) (maintenant |now |encore |still )?(au college|en primaire|a l'ecole primaire|en (cm1|cm2|ce1|ce2|6e|5e|4e|3e|sixieme|cinquieme|quatrieme)|"
                          r"in (primary|middle|elementary) school)\b")
_THIRD_POSSESSIVES = {"ses": "mes", "son": "mon", "sa": "ma", "his": "my", "her": "my", "leurs": "mes", "leur": "mon"}
_THIRD_OBJ_RE = re.compile(r"\b(?:(la|le|les) concernant|(?:sur|a propos d'|about|on|concerning|regarding) (?:elles|elle|eux|lui|him|her|them)|a son sujet)\b")
_THIRD_POSS_RE = re.compile(r"\b(ses|son|sa|his|her|leurs|leur)\b")


_NAMED_DATA_RE = re.compile(r"\b(donnees|informations|infos|notes|documents|data|records) (de|d'|of) ?(m|mme|mlle|monsieur|madame|mr|mrs|ms|miss)\.? [a-z][a-z'-]+")


def as_represented(norm: str) -> str:
    """For a representative (parent, guardian, lawyer): read "ses données", "les données de M. X"
    as the subject's own."""
    norm = _NAMED_DATA_RE.sub(lambda m: f"{m.group(1)} me concernant", norm)
    norm = re.sub(r"\bqui (la|le|les) concerne(nt)?\b", "qui me concerne", norm)
    norm = re.sub(r"\bnous (communiquer|transmettre|faire parvenir|envoyer|adresser|indiquer)\b", r"me \1", norm)  # the firm, the parents
    norm = re.sub(r"\b(ne plus|ne pas|plus) (la |le |les |l')(contacter|appeler|solliciter|relancer|demarcher|recontacter)\b", r"\1 me \3", norm)
    norm = _THIRD_OBJ_RE.sub(lambda m: "me concernant" if m.group(1) else "about me" if m.group(0)[-1] in "mr" else "a mon sujet" if m.group(0)[-1] == "t" else "sur moi", norm)
    return _THIRD_POSS_RE.sub(lambda m: _THIRD_POSSESSIVES[m.group(1)], norm)


INSTRUCTION_RE = re.compile(
    r"((pour|to) (vous |you )?(desinscrire|desabonner|unsubscribe|opt out)[^.;!?]{0,40}\b(cliquez|click|clic|lien|link|"
    r"ici|here|repondez|reply)\b|\b(cliquez|click|clic) (ici|here|sur|on)[^.;!?]{0,40}\b(desinscri|desabonn|"
    r"unsubscrib|opt out)|^(si|if) (vous|you) (ne |n')?(souhaitez|voulez|desirez|wish|want|no longer|don't|do not|"
    r"prefer|preferez)\b[^.;!?]{0,60}\b(recevoir|receive|desinscri|unsubscrib|cliquez|click|repondez|reply)|"
    r"\b(gerer|manage|update) (vos|your) (preferences|abonnements|subscriptions|donnees|data|informations)\b|^(se desinscrire|unsubscribe here|"
    r"se desabonner|desinscription|unsubscribe)\s*[:|]|\b(you are receiving this|vous recevez ce (mail|message|courriel))\b|"
    r"\b(pour|to) (ne plus|no longer|stop) (recevoir|receive|receiving|etre contacte)\b[^.;!?]{0,50}\b(repondez|reply|cliquez|click|envoyez|send|ecrivez|write)\b|"
    r"\b(repondez|reply|envoyez|send|tapez|ecrivez|write|en repondant|by replying|by sending)( avec| with)? \"?(stop|desabonner|desinscription|unsubscribe|remove)\b|"
    r"\b(ne plus|no longer) (recevoir|receive) (nos|our) |\bse (desinscrire|desabonner)\b|\b(how to|comment) (unsubscribe|opt out)\b)"
)
LOGIN_RE = re.compile(
    r"\b(n'ai (plus|pas) (acces|access)|plus acces|pas acces|impossible d'acceder|demander l'acces|request access|n'arrive (pas|plus) a "
    r"(acceder|me connecter|ouvrir)|ne (peux|parviens) (pas|plus) (acceder|me connecter)|mot de passe|identifiants?|"
    r"connexion|se connecter|me connecter|login|log in|sign in|password|can't access|cannot access|perdu (l')?acces|plus d'acces|"
    r"unable to access|no longer have access|lost access|locked out|acceder a (mon|ma) (espace|compte|formation|cours|module)|"
    r"(besoin de )?(mon )?acces a la plateforme|"
    r"access (my|the) (account|space|course|module|portal)|(tes|vos|your) (acces|identifiants|codes d'acces|logins?|credentials))\b"
)
#: Opposing the erasure ("je m'oppose à l'effacement de mes données"): keeping the data, an art. 18 restriction,
#: neither an erasure nor an objection.
AGAINST_ERASURE_RE = re.compile(
    r"\b(m'oppose|s'oppose|opposer|oppose|object\w*|opposition),? (a|to) (la |the |toute |any |l')?"
    r"(suppression|effacement|destruction|deletion|erasure)\b")
PERSONAL_DATA_RE = re.compile(r"\b(mes (donnees|informations|infos|coordonnees)|(donnees|informations|infos) (me concernant|qui me concernent)|my (personal )?(data|information|details))\b")
CONDITIONAL_CONSENT_RE = re.compile(
    r"^(et )?(si|if|au cas ou|in case|insofar as|dans la mesure ou) (j'ai|je vous ai|i have|i've|i had|"
    r"vous avez|you have)\b"
)


# ---------------------------------------------------------------- restriction, mentions, notices

#: "stop using it" (any object) and "keep it / don't delete it": together, a restriction.
STOP_USE_RE = re.compile(
    r"\b(n'?utilis(e|ez|er|es|iez) plus|hold on (using|processing)|no (further|more) (processing|use)|(freeze|suspend|block) (them|it|my)|ne (les |l'|la |le )?utilisez plus|(les|l') ?utilisez plus|ne (les |l'|la |le )?utilisiez plus|"
    r"ne plus (les |l'|la |le )?(utiliser|exploiter|traiter|communiquer)|(serve|servent|servir|be used|used) (a|for) (autre chose|anything else)|(qu'(il|elle|ils|elles)|ne) (ne )?serv\w* "
    r"(plus|a quoi que ce soit|a rien)|(bloquer|bloquez|suspendre|suspendez|suspendiez|geler|gelez) (leur |son |toute |l'|le |mes )?"
    r"(utilisation|usage|traitement|donnees)|(pas|plus) (s'en|vous en|en) servir|"
    r"(don't|do not|stop|no longer|not) (to )?(use|using|process|processing)\b|not (be )?used\b|ne pas (les |l'|la |le )?(utiliser|exploiter|traiter)\b|ne (transmettez|communiquez|partagez|transmets|communique) rien\b|ne (faites|fais|faire) plus rien (de|avec) (mes|mon|ma|ces|mon)\b|"
    r"\b(gelez|gele|geler|bloquez|bloque|bloquer|figez|figer) (mon|mes|ma) (dossier|compte|donnees|fiche|informations)\b|"
    r"(ne )?(vous|t') en serv(ez|iez) plus|(plus|pas) qu'(il|elle|ils|elles|on) (ne )?(soi(en)?t|les?|la) ?(utilis|exploit|trait)\w*|ne (soit|soient) plus (utilis|exploit|trait)\w*|ne (t'en|vous en) (sers|servez) (pas|plus)|(arret|cess|stopp)\w* (toute? |l')(utilisation|usage|traitement|exploitation)|plus aucune? (utilisation|usage|traitement|exploitation) (de |des )?(mes|mon|ma)|(ne )?plus (vous |te )?servir (de|des) (mes|mon|ma|les)|n'en faites plus rien|n'en faites (rien|aucun usage|plus aucun usage)|n'en (fassiez|fassent) (plus )?rien|(pas|plus|aucune) d'?(utilisation|exploitation|usage)\b(?! (du|de la|des|de l') (salle|materiel|parking|site|plateforme))|ne (les |l'|la |le )?utilisez pas|(tu|vous) (l'|les |le |la )?utilis(es|ez) (plus|pas)|sans plus (les |l'|la |le )?(utiliser|exploiter|traiter)|sans (les |l'|la |le |en )?(exploiter|utiliser|traiter|servir)\b|"
    r"limit (what you do|what is done|what's done) with|(only|just|simply) (be )?(stor(e|ed|ing)|kept|keep(ing)?) (it|them|my)|"
    r"(uniquement|seulement|simplement) (les |la |le |l')?(conserv|stock|archiv)\w*)"
)
KEEP_RE = re.compile(
    r"(?<!ne )(?<!plus )\b(conserv(e|er|ez|iez)|gard(e|er|ez|iez)|archiv(e|er|ez|iez))\b|"
    r"\bne (les |l'|la |le )?(supprimez|effacez|detruisez) (pas|rien)\b|\bne (supprimez|detruisez|effacez|jetez|supprime|detruis|efface|jette) rien\b|\bne (surtout |absolument |pas )?rien (supprimer|effacer|detruire|jeter)\b|\b(nor|ni) (delete|erase|destroy|effac\w*|supprim\w*|detrui\w*)|"
    r"\bsans (pour autant )?(les |la |l'|le )?(supprimer|effacer|detruire)\b|\bne pas (les |la |l'|le )?(supprimer|effacer|detruire)\b|"
    r"\b(don't|do not|not|no need to) (delete|erase|destroy)\b|\bne (veux|souhaite|desire) pas que (vous|tu) (effaciez|supprimiez|detruisiez|effaces|supprimes)\b|\bkeep (it|them|my data|my information|my file|my records|the data)\b|"
    r"\bretain (it|them|my)\b|\bnothing (gets|is|be|should be|will be) (deleted|erased|destroyed)\b|\b(que )?rien ne soit (supprime|efface|detruit)\b|\b(tu|vous) (le |la |les |l')?(supprimes|supprimez|effaces|effacez|jettes|jetez|detruis|detruisez) pas\b"
)
MARKETING_CTX_RE = re.compile(
    r"\b(newsletters?|prospection|marketing|publicit\w*|pubs?|promotion\w*|promotionnel\w*|lettres? d'information|"
    r"infolettres?|mailings?)\b"
)
#: First person singular: a right named with no "je/moi/mes/my/me" is a mention, not an exercise.
FIRST_PERSON_RE = re.compile(r"\b(je|j'|me|m'|moi|mon|ma|mes|i|i'm|i've|i'd|my|me|mine)\b|(^|\s)(j'|m')")
#: A privacy notice telling the reader about the reader's rights (newsletter footers, vendors).
RIGHTS_NOTICE_RE = re.compile(
    r"\b(vous (pouvez|pourrez|disposez|beneficiez|avez le droit|avez la possibilite)|you (may|can|have the right|are entitled)|"
    r"chacun (peut|dispose))\b[^.!?]*\b(vos donnees|vos informations|vous concernant|vos droits|your (personal )?(data|informations?)|"
    r"your rights|about you|votre consentement|your consent)\b"
)


#: A booking, a session or a day: "cancel my booking / delete it from the calendar", "take me
#: off the list for Saturday's circle" are cancellations, not erasure or objection.
CANCEL_CTX_RE = re.compile(
    r"\b(booking|bookings|reservation|reservations|rendez-vous|rdv|appointment|calendar|agenda|diary|schedule|"
    r"seance|session|atelier|workshop|stage|cercle|circle|class|retraite|retreat|(?<!en )cours|webinaire|webinar|"
    r"lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday|demain|tomorrow|ce soir|tonight|annul\w*|cancel\w*|inscription a l'|place|spot|seat|inscrits|participants|attendees|"
    r"guest list|waiting list|liste d'attente|rembours\w*|refund\w*|acompte|deposit|reporter|reporte|postpone\w*)\b"
)
#: What marks an objection as being about mail and marketing, whatever the context.
MAIL_CTX_RE = re.compile(
    r"\b(newsletters?|lettres? d'informations?|infolettres?|mailing\w*|diffusion|e-?mails?|mails?|courriels?|"
    r"sms|pubs?|publicit\w*|promotions?|prospection|marketing|offres?|messages|communications?|envois|annonces|whatsapp|groupes? promo)\b"
)
#: Thanks for something already done: "merci d'avoir supprimé", "thank you for deleting".
THANKS_DONE_RE = re.compile(
    r"\b((c'est )?(bien )?pris en compte|all sorted|c'est regle|(j'ai|i've|i have|i) (bien |well |just )?(recu|received|eu|got)|^(bien recu|well received|got it|received)|(je vous remercie|merci) (beaucoup |bien )?(de |d')(m'avoir|nous avoir|l'avoir|les avoir)|merci (beaucoup |bien )?(d'avoir|pour avoir|pour (la|le|les|l'|votre|vos|ta|ton|tes))|thanks? (you )?(so much |a lot )?for (the|your)|thanks? (you )?(so much |a lot )?for having|"
    r"thanks? (you )?(so much |a lot )?for (deleting|removing|erasing|sending|correcting|updating|"
    r"unsubscribing|taking))\b"
)

# ---------------------------------------------------------------- recall safety net
#: GDPR vocabulary: the sender speaks of data protection rights.
NET_GDPR_RE = re.compile(
    r"\b(rgpd|gdpr|dsgvo|donnees personnelles|donnees a caractere personnel|personal (data|information|details)|"
    r"(article|art\.?) ?(1[5-9]|2[01]|22|7)\b|droit (d'acces|a l'oubli|a l'effacement|d'effacement|d'opposition|"
    r"de rectification|a la rectification|a la portabilite|de portabilite|a la limitation|de limitation)|"
    r"right (of|to) (access|erasure|be forgotten|object|rectification|portability|restriction|deletion)|"
    r"data (rights|protection request)|vie privee|privacy|protection des donnees|data protection)"
)
#: The sender's own data, file, account, contact details or published testimonial.
NET_OWN_DATA_RE = re.compile(
    r"\b((mes|mon|ma|mé) (donn?e+s?|donnee|informations?|infos?|coordonn?e+s?|dossier|fiche|compte|profil|historique|notes|"
    r"adresse|numero|nom|prenom|temoignage|photo|foto|image|avis|video|e-?mail|mail|renseignements|"
    r"enregistrements?|reponses|bilans?|questionnaires?)|"
    r"(que vous avez|you have) (pour|sur|for|on) (moi|me)|"
    r"(moi|me|m'(\w+ )?) ?(de|du|des|hors de) (vos|votre|ton|ta|tes) (fichiers?|listes?|bases?|contacts|carnets?|repertoires?|registres?|systemes?)|"
    r"(me|myself) (off|out of|from) (your|the) (list|lists|system|database|records|files|books|contacts)|"
    r"my (stuff|email address|phone number|mobile number|name|last name|first name|story|quote|image|face)|"
    r"(tout )?ce qui me concerne|me concernant|sur moi|a mon sujet|"
    r"(documents?|bilans?|resultats?|notes|comptes?[- ]rendus|fiches?|questionnaires?|tests?|enregistrements?) (de|du|des|d') ?"
    r"(notre|nos|mon|mes|ma) (accompagnement|coaching|seances?|suivi|bilan|parcours|sessions?|entretiens?)|"
    r"(photos?|pictures?|videos?|images?)\b[^.;!?]{0,40}\b(with me|of me|where i am|ou je suis|ou j'apparais|ou l'on me voit|de moi)|"
    r"my (data|information|info|details|records?|file|account|profile|history|notes|address|number|name|"
    r"surname|email|testimonial|review|photo|picture|video|contact details)|about me|on me|on file)\b"
)
#: Verbs and nouns of the rights (any right), for a sentence about one's own data.
NET_ACTION_RE = re.compile(
    r"\b(s[ou]p+r+[iy]m\w*|ef+a[cs]+\w*|retir\w*|enlev\w*|ot(er|ez)|vir(er|ez)|disparai\w*|detrui\w*|gard\w*|conserv\w*|"
    r"figurer|copie|acces|recuper\w*|r?envoy\w*|transmet\w*|communiqu\w*|savoir|connaitre|voir|consulter|corrig\w*|"
    r"rectifi\w*|modifi\w*|mettre a jour|mettez a jour|s'ecrit|export\w*|transfer\w*|format|fichier|utilis\w*|"
    r"servir|faites plus|limit\w*|suspend\w*|gel\w*|bloqu\w*|publi\w*|diffus\w*|accord|consentement|autorisation|"
    r"delet\w*|eras\w*|remov\w*|purg\w*|wip\w*|forget|keep|copy|access|send|get|know|see|correct\w*|amend\w*|"
    r"updat\w*|fix|export|transfer\w*|spreadsheet|csv|use|using|suspend|restrict\w*|freeze|publish\w*|consent|"
    r"take (it |them )?(down|off)|have on|hold|chang\w*|got|ancienne?|old|nouvelle|nouveau|new|ray\w*|sort(ir|ez|e)|scrub\w*|drop|get rid|trai?ne\w*|partent|partir|"
    r"disparaiss\w*|errone\w*|faux|fausse|trompe\w*|wrong|incorrect|misspel\w*|mistake|cess\w*|arret\w*|stop\w*|"
    r"plus celui|plus celle|maintenant|desormais|now|show|give|donnez|exploit\w*|montr\w*)\b"
)
#: Mail and lists with a wish to get out: an objection in other words.
NET_LIST_RE = re.compile(
    r"\b(newsletters?|lettres? d'informations?|infolettres?|listes?|mailing\w*|diffusion|envois|mails?|e-?mails?|"
    r"courriels?|sms|pubs?|publicites?|promotions?|prospection|marketing|lists?|offers?|offres?|commerciale?s?|"
    r"communications?|relances?|sollicitations?|appels?|calls?|texts?)\b"
)
NET_OUT_RE = re.compile(
    r"\b(plus|stop\w*|arret\w*|cess\w*|retir\w*|enlev\w*|sort\w*|desinscri\w*|desabonn\w*|unsubscrib\w*|out|off|"
    r"no more|no longer|opt)\b"
)
#: Best guesses of the right, most specific first.
NET_GUESSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("withdraw_consent", re.compile(r"\b(consentement|consent|accord|autorisation|permission|temoignage|testimonial|"
                                    r"photos?|images?|videos?|avis|reviews?|pictures?|publi\w*|diffus\w*)\b")),
    ("restriction", re.compile(r"\b(limit\w*|restrict\w*|suspend\w*|gel\w*|freez\w*|bloqu\w*|pause|"
                               r"n'en faites plus|faites plus rien|ne vous en servez|(gard|conserv|keep)\w*[^.;!?]{0,40}"
                               r"\b(mais|but)\b)")),
    ("portability", re.compile(r"\b(export\w*|format|csv|json|excel|tableur|spreadsheet|transf[eé]r\w*|"
                               r"(nouvel|nouvelle|nouveau|autre|another|new) (coach|praticien\w*|therapeute|"
                               r"sophrologue|practitioner|provider))\b")),
    ("rectification", re.compile(r"\b(corrig\w*|rectifi\w*|modifi\w*|mettre a jour|mettez a jour|s'ecrit|"
                                 r"correct\w*|amend\w*|updat\w*|fix|spelled|spelt|misspel\w*|nouvelle adresse|"
                                 r"new address|changed|demenage|errone\w*|trompe\w*|wrong|incorrect|plus celui|"
                                 r"plus celle|desormais|dorenavant|nouvelle adresse|nouveau numero|nouvel e-?mail|new (email|address|number|phone))\b")),
    ("objection", re.compile(r"\b(newsletters?|lettres? d'informations?|infolettres?|listes?(?! de clients)|mailing\w*|"
                             r"diffusion|envois|mails|e-?mails|courriels|sms|pubs?|publicites?|promotions?|prospection|"
                             r"marketing|lists?|desinscri\w*|desabonn\w*|unsubscrib\w*|opposition|object\w*|"
                             r"plus recevoir|recevoir plus)\b")),
    ("erasure", re.compile(r"\b(s[ou]p+r+[iy]m\w*|ef+a[cs]+\w*|retir\w*|enlev\w*|vir(er|ez)|disparai\w*|detrui\w*|"
                           r"(plus|pas) (les |la |le )?(gard|conserv)\w*|figurer|oubli\w*|delet\w*|eras\w*|remov\w*|"
                           r"purg\w*|wip\w*|forget|forgotten|part(ent|ir)|disparai\w*|trai?ne\w*|ray(er|ez)|sort(ir|ez)|scrub\w*|"
                           r"get rid|drop)\b")),
    ("access", re.compile(r"\b(copie|acces|recuper\w*|envoy\w*|m'adress\w*|integralite|transmet\w*|communiqu\w*|savoir|connaitre|voir|"
                          r"consulter|copy|access|send|know|see|what do you have|what you have|have on|hold)\b")),
)
#: Consent given, not withdrawn: "vous pouvez publier mon témoignage", "signed consent form".
NET_GIVEN_RE = re.compile(
    r"\b(je (vous |te |t')?(donne|confirme|renouvelle) (mon|mon plein|notre) (accord|consentement|autorisation)|i (confirm|give) my (consent|agreement)|i give (my )?(consent|permission)|signed|signee?s?|"
    r"(vous pouvez|tu peux) (bien sur |tout a fait |toujours |continuer a )?(le |la |les |ca |l')?(publier|utiliser|partager|diffuser|garder|conserver|laisser)|"
    r"(you|vous|tu) (have|avez|as) (my|mon|notre) (full |plein |entier )?(consent|permission|agreement|accord|consentement|autorisation|feu vert|blessing)|"
    r"you (can|may) (publish|use|share|keep)|feel free to|happy for you to|you're welcome to|you are welcome to|no objection|ca ne me derange pas|avec plaisir|volontiers|with pleasure|"
    r"(continuer|continue) (a|to) (recevoir|receive|get)|keep me on|gardez[- ]moi|surtout gardez|please keep|"
    r"j'accepte|je consens|i agree|i accept|j'autorise|je vous autorise|je t'autorise|i authori[sz]e|je donne mon accord|"
    r"(je reste|je veux rester|je resterai|i'll stay|i want to stay|i'm staying) (abonnee?|inscrite?|subscribed|on the list))\b"
)
#: Somebody else named as the one who wants or has something (not a death, not a minor).
NET_OTHER_RE = re.compile(
    r"\b(my|mon|ma|une|un|a) (sister|brother|friend|husband|wife|partner|colleague|mother|father|mum|mom|dad|soeur|frere|"
    r"ami|amie|mari|femme|compagnon|compagne|collegue|mere|pere|cousin|cousine|voisin|voisine|copine|copain|cliente?|"
    r"participante?|client|relative)\b|\b(une|un) (autre )?personne\b|\b(quelqu'un|someone|somebody)\b"
)
