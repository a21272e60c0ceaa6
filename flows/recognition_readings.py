"""Message-level readings: what no single sentence gives, read over the whole new text.

"Stop using it" in one sentence and "keep it" in another is a restriction; a bare "merci de
corriger" after the facts is a rectification; "je préfère qu'il n'apparaisse plus" about a
testimonial named earlier withdraws a consent. Each reading adds to (or corrects) the
:class:`~flows.recognition_findings.Findings` of the sentences, with its evidence.
"""

from __future__ import annotations

import re

from flows.lexicon_context import (
    AGAINST_ERASURE_RE,
    KEEP_RE,
    MARKETING_CTX_RE,
    STOP_USE_RE,
    Sentence,
    normalise,
)
from flows.lexicon_rights import STRONG
from flows.models import Right
from flows.recognition_findings import Findings, clip

_CONTEST_RE = re.compile(r"\b(je conteste|conteste l'exactitude|contestation|i (dispute|contest)|disputing|contesting|accuracy|exactitude|verifi\w*|verified|verify|en attendant (que|qu'|l'issue|la verification|la resolution|d'en parler))\b")
PHONE_DIGITS_RE = re.compile(r"\b0\d([ .]?\d\d){4}\b|\+\d{2}[ .]?\d")

#: A bare request to correct ("Merci de corriger.", "Merci de mettre à jour, bonne journée !").
_BARE_FIX_RE = re.compile(
    r"^(merci de |merci d'|pouvez-vous |pourriez-vous |peux-tu |pourrais-tu |tu peux |vous pouvez |please |can you |could you )?"
    r"(bien )?(corriger|rectifier|completer|mettre a jour|faire (la|les) (modification|correction|mise a jour)s?|modifier|update|correct|fix|amend|complete)"
    r"( (ca|cela|it|this|that|those|them|svp|stp|please|merci|mon dossier|ma fiche|vos fichiers|your records|"
    r"(in|on|dans|sur) (your|the|vos|votre|mon|ma|my) (records|system|files|database|fichiers|dossier|fiche)))*"
    r"( (and|et) (reissue|resend|send|renvoyer|refaire|reediter|me renvoyer)\b[^.;!?]*)?"
    r"(,? (bonne journee|bonne soiree|merci( beaucoup)?|a bientot|thanks?( you)?|cheers|while you're at it|au passage))?\W*$"
)
#: The same ask closing an unpunctuated run of text ("... avec un h apres le o vous pouvez modifier ?").
_TRAILING_FIX_RE = re.compile(
    r"\b(pouvez-vous|pourriez-vous|peux-tu|pourrais-tu|tu peux|vous pouvez|vous pourriez|can you|could you) "
    r"(bien )?(corriger|rectifier|completer|modifier|changer|mettre a jour|update|correct|fix|change|amend)( (ca|cela|it|this|svp|stp|please))*\W*$")
#: Facts that a bare correction request refers to.
_FACTS_RE = re.compile(
    r"(c'est faux|c'est inexact|ce n'est pas (exact|juste|correct)|\berreurs?\b|errone|inexact|nouvelle adresse|"
    r"nouveau (numero|mail|nom)|nouvel e-?mail|\b\d{5} [a-z]|\b0\d([ .]?\d\d){4}\b|new (address|number|email|surname|name)|"
    r"\bwrong\b|incorrect|out of date|outdated|et non|au lieu de|instead of|vous n'avez que|you only have|il manque|is missing|"
    r"\b(mon|ma|my) (nom|prenom|name|surname|adresse|address|date de naissance|date of birth) (est|is) (ecrit|orthographie|mal \w+|spelt|spelled|written|listed)|"
    r"\bsans (s|e|accent|tiret|h)\b|\bavec (un|une|deux) (s|e|l|n|t|accent|tiret|h)\b|\bwithout (the|an?) (s|e|accent|hyphen)\b)"
)
#: The thing published with consent (narrower than the lexicon's list: no "avis", "posts").
_PUBLISHED_RE = re.compile(
    r"\b(temoignages?|photos?|videos?|enregistrements?|interviews?|podcasts?|portraits?|testimonials?|recordings?|pictures?|"
    r"filmed|filmee?s?|footage)\b")
#: Asking, by a pronoun, that it stop appearing.
_UNPUBLISH_RE = re.compile(
    r"\bqu'(il|elle|ils|elles) n'(apparaisse|apparaissent|figure|figurent|soi(en)?t) plus\b|"
    r"\bne (le|la|les) (publiez|diffusez|montrez|mettez|utilisez) (pas|plus)\b|"
    r"\b(don't|do not) (publish|use|air|post|share|release|broadcast) (it|them)\b|"
    r"(?<!n't )(?<!not )(?<!never )\b(please )?remove (it|them)( or crop me out)?\b|\bcrop me out\b|\bl'(enleve|enleves|enlevez|enlever|retire|retires|retirez|retirer)\b|\b(floutez|floute|flouter|blur) (moi|me|mon visage|my face)\b|"
    r"(?<!j'ai )(?<!on a )(?<!deja )\b(retirez|enlevez|retire|enleve|depubliez)[- ](le|la|les)\b|\b(la|le|les) (retirer|enlever|depublier)\b|\b(take|pull) (it|them) (down|off)\b"
)


#: "si je signe l'autorisation, est-ce que je pourrai la retirer ?": a hypothesis, not a withdrawal.
_IF_I_RE = re.compile(r"\b(si je|if i|est-ce que je pourrai|pourrai-je|could i later|will i be able)\b")
#: All of one's data, not a published item: erasure stays beside a withdrawal.
_ALL_MY_DATA_RE = re.compile(
    r"\b(mes donnees|mes informations|mes infos|mon dossier|mon compte|tout|toutes|everything|all (of )?(my|the)|"
    r"my (data|account|file|information)|the data)\b")
#: A photo or testimonial listed among all the data to erase ("toutes les données (fiche, photos)").
_LISTED_AMONG_ALL_RE = re.compile(
    r"\b(toutes? (les |mes )?(donnees|informations|infos)|l'ensemble des (donnees|informations)|all (of )?(my|the|his|her) (data|information))"
    r"[^.;!?]{0,60}[(:][^)]{0,120}\b(photos?|videos?|temoignages?|images?|pictures?|testimonials?|enregistrements?|recordings?)\b")
#: Consent or publication named: a withdrawal, not one more item of the data to erase.
_CONSENT_WORD_RE = re.compile(r"\b(consent\w*|accord|autoris\w*|permission|publi\w*|diffus\w*|utilis\w*|use|using)\b")
#: Where a published item is shown.
_ONLINE_RE = re.compile(r"\b(site|website|youtube|instagram|insta|facebook|page|blog|en ligne|online|reseaux|social media|brochure|plaquette)\b")
#: Receiving mail from her: consent to it withdrawn is an unsubscription.
_RECEIVING_RE = re.compile(
    r"\b(recevoir|receive|receiving|newsletters?|lettres? d'information|infolettres?|mailing|e-?mails?|mails?|courriels?|"
    r"sms|marketing|prospection|publicit\w*|offres? commerciales?)\b")
#: Processing paused for a while ("until this is resolved", "le temps que je vérifie"): restriction only.
_PAUSE_RE = re.compile(r"\b(until|till|pending|while i|in the meantime|meanwhile|en attendant|le temps qu(e|')|dans l'attente|"
                       r"entre-temps|pour le moment|pour l'instant|"
                       r"jusqu'a ce que|jusqu'a nouvel ordre|for the time being|for now)\b")
#: The sender checking what is held while processing pauses: no copy asked for.
_VERIFY_PAUSE_RE = re.compile(r"\b(le temps que|pendant que|while|until) (je|j'|i) ?(verifie|controle|relise|check|review|look)\w*")
#: A copy asked for outright: access stays beside a restriction.
_COPY_ASK_RE = re.compile(r"\b(copie|copy|send me|m'envoy\w*|me transmet\w*|me communiqu\w*|consulter|see|voir)\b")
#: Explicit objection wording: kept beside a restriction even while processing pauses.
_OBJECTION_WORDING_RE = re.compile(r"\b(m'oppose|s'oppose|nous opposons|opposition|object\w*|desinscri\w*|unsubscrib\w*|opt(ing)? out)\b")


def restriction_and_portability(units: list[Sentence], norm_all: str, findings: Findings) -> None:
    """Message-level readings that no single sentence gives.

    "Stop using it" with "keep it / don't delete it" anywhere in the message, or said for a while
    ("in the meantime", "le temps que"), is a restriction (not an objection unless worded as one,
    not an erasure); kept apart from marketing unless paused. "Send me my data" in a message that
    asks for a reusable format for another provider is portability.
    """
    stop = [s for s in units if STOP_USE_RE.search(s.norm)]
    keep = bool(KEEP_RE.search(norm_all)) or Right.ERASURE in findings.negated or bool(_CONTEST_RE.search(norm_all))
    paused_stop = [s for s in stop if _PAUSE_RE.search(s.norm)]  # "in the meantime, don't use my details"
    if stop and (keep or paused_stop) and (not MARKETING_CTX_RE.search(norm_all) or paused_stop):
        if Right.RESTRICTION not in findings.strength:
            findings.add(Right.RESTRICTION, STRONG, clip((paused_stop or stop)[0].original))
            findings.evidence.append("restriction : ne plus utiliser, conserver")
        stopped = {clip(s.original) for s in stop}
        if all((o in stopped and not _OBJECTION_WORDING_RE.search(normalise(o))) or AGAINST_ERASURE_RE.search(normalise(o))
               for o in findings.sentences.get(Right.OBJECTION, [])):
            # "ne les utilisez plus" is the restriction; an objection said apart, or worded as one, stays
            findings.strength.pop(Right.OBJECTION, None)
        erasure = findings.sentences.get(Right.ERASURE, [])
        if erasure and (Right.ERASURE in findings.negated or all(KEEP_RE.search(normalise(e)) for e in erasure)):
            findings.strength.pop(Right.ERASURE, None)  # "don't delete, but don't use it either"
    restriction = set(findings.sentences.get(Right.RESTRICTION, []))
    objection = findings.sentences.get(Right.OBJECTION, [])
    paused = {r for r in restriction if _PAUSE_RE.search(normalise(r))}
    if (findings.strength.get(Right.RESTRICTION, 0) >= STRONG and objection and all(o in restriction for o in objection)
            and (not MARKETING_CTX_RE.search(norm_all)
                 or all(o in paused and not _OBJECTION_WORDING_RE.search(normalise(o)) for o in objection))):
        findings.strength.pop(Right.OBJECTION, None)  # "limitez le traitement : ne les utilisez plus"
    access = findings.sentences.get(Right.ACCESS, [])
    if findings.strength.get(Right.RESTRICTION, 0) >= STRONG and access and all(
            _VERIFY_PAUSE_RE.search(normalise(a)) and not _COPY_ASK_RE.search(normalise(a)) for a in access):
        # "ne plus les exploiter, le temps que je vérifie ce que vous avez noté sur moi": paused, not asked for
        findings.strength.pop(Right.ACCESS, None)
    if (Right.PORTABILITY in findings.strength and Right.ACCESS in findings.strength
            and findings.access_fetch and all(findings.access_fetch)):
        findings.strength.pop(Right.ACCESS)


#: Accuracy contested, not processing objected to ("I object to the accuracy of my scores").
_ACCURACY_RE = re.compile(r"\b(object\w* to|dispute|contest\w*|m'oppose a|conteste\w*) (the )?(accuracy|exactitude|l'exactitude)\b")


#: Access asked in its own words beside the retention question ("communication de", "article 15").
_ART15_RE = re.compile(r"\b(art(icle|\.)? ?15|communication de|access to)\b")
#: What must be kept despite an erasure ("statutory retention obligations... tell me which data").
_RETENTION_RE = re.compile(
    r"\b(retention (obligations?|periods?|requirements?)|statutory (retention|obligations?)|legally (required|obliged) to (keep|retain)|"
    r"obligations? (legales? )?de conservation|conservation (legale|obligatoire)|tenue? de (les )?conserver|"
    r"gesetzliche aufbewahrungspflicht\w*)\b")


#: The sender taking back what they just asked ("Actually, scratch that", "Oubliez la correction").
_RETRACT_RE = re.compile(
    r"\b(scratch that|forget (that|what i (just )?(said|wrote|asked))|on second thoughts?|actually,? (no|forget|scratch)|"
    r"oubliez (ca|cela|ce que (je viens de|j'ai) (dire|dit|ecrire|ecrit|demander|demande)|la correction|ma (premiere )?demande|mon (premier )?message)|"
    r"laissez tomber|non,? finalement|finalement,? non|en fait,? non|"
    r"(ce n'etait|c'est) pas (vraiment )?ce que (je voulais|je veux)( vraiment)?)\b")
#: What the sender asks instead, in the same sentence as the retraction ("supprimez plutôt...").
_INSTEAD_RE = re.compile(r"\b(plutot|instead|rather|juste|just|seulement|only)\b")


def changed_mind(units: list[Sentence], findings: Findings) -> None:
    """Rights asked before the sender takes them back ("Please delete my account. Actually, scratch
    that - just take me off the mailing list") are dropped when something is asked after."""
    marks = [(i, m) for i, s in enumerate(units) if (m := _RETRACT_RE.search(s.norm))]
    if marks and "correction" in marks[-1][1].group(0):
        findings.set_aside.add(Right.RECTIFICATION)  # "oubliez la correction": not to be guessed back
    if not marks or len(findings.strength) < 2:
        return
    at, mark = marks[-1]
    index = {clip(s.original): i for i, s in enumerate(units)}
    instead = bool(_INSTEAD_RE.search(units[at].norm, mark.end()))

    def last(right: Right) -> int:
        return max((index.get(e, -1) for e in findings.sentences.get(right, [])), default=-1)

    after = {r for r in findings.strength if last(r) > at or (last(r) == at and instead)}
    if not after:
        return
    for right in [r for r in findings.strength if r not in after]:
        findings.strength.pop(right)
        findings.set_aside.add(right)
        findings.evidence.append(f"{right.value} demandé puis retiré par l'expéditeur")


def message_readings(units: list[Sentence], norm_all: str, findings: Findings) -> None:
    """Every message-level reading, in order."""
    restriction_and_portability(units, norm_all, findings)
    access = findings.sentences.get(Right.ACCESS, [])
    if Right.ERASURE in findings.strength and access and all(
            _RETENTION_RE.search(normalise(a)) and not _COPY_ASK_RE.search(normalise(a)) and not _ART15_RE.search(normalise(a))
            for a in access):
        findings.strength.pop(Right.ACCESS, None)  # "if you must keep some, tell me which data": part of the erasure
    if Right.OBJECTION in findings.strength and Right.RESTRICTION in findings.strength and _ACCURACY_RE.search(norm_all):
        findings.strength.pop(Right.OBJECTION)  # contesting accuracy while processing is paused: restriction only
    if Right.RECTIFICATION not in findings.strength and _FACTS_RE.search(norm_all):
        bare = [s for s in units if _BARE_FIX_RE.match(s.norm) or _TRAILING_FIX_RE.search(s.norm)]
        if bare:
            findings.add(Right.RECTIFICATION, STRONG, clip(bare[0].original))
            findings.evidence.append("rectification : demande de correction après les faits à corriger")
    withdrawn = findings.sentences.get(Right.WITHDRAW_CONSENT, [])
    erased = findings.sentences.get(Right.ERASURE, [])
    if withdrawn and erased and all(e in withdrawn and _ONLINE_RE.search(normalise(e))
                                    and not _ALL_MY_DATA_RE.search(normalise(e)) for e in erased):
        # "je retire mon accord pour la vidéo, merci de la supprimer du site": the withdrawal, said twice
        findings.strength.pop(Right.ERASURE, None)
    if (withdrawn and erased and Right.ERASURE in findings.strength
            and all(w in erased and _LISTED_AMONG_ALL_RE.search(normalise(w)) and not _CONSENT_WORD_RE.search(normalise(w))
                    and not _ONLINE_RE.search(normalise(w)) for w in withdrawn)):
        # "toutes les données (fiche, questionnaire, photos éventuelles) supprimées de vos fichiers": a photo
        # listed among all the data to erase is erasure, not a consent withdrawn
        findings.strength.pop(Right.WITHDRAW_CONSENT, None)
    if (Right.WITHDRAW_CONSENT in findings.strength and Right.OBJECTION not in findings.strength
            and all(_RECEIVING_RE.search(normalise(w)) and not _PUBLISHED_RE.search(normalise(w)) for w in withdrawn)):
        # "je retire mon consentement à recevoir votre lettre": unsubscribing, an objection (labelling policy)
        findings.strength[Right.OBJECTION] = findings.strength.pop(Right.WITHDRAW_CONSENT)
        findings.evidence.append("opposition : consentement retiré à recevoir des messages")
        findings.set_aside.add(Right.WITHDRAW_CONSENT)
    objection = findings.sentences.get(Right.OBJECTION, [])
    if (Right.WITHDRAW_CONSENT in findings.strength and Right.OBJECTION in findings.strength and objection
            and all(o in withdrawn and _PUBLISHED_RE.search(normalise(o)) and not _RECEIVING_RE.search(normalise(o)) for o in objection)):
        # "withdraw that permission - take down the pictures and don't use them again": one withdrawal
        findings.strength.pop(Right.OBJECTION)
    restricted = findings.sentences.get(Right.RESTRICTION, [])
    if (Right.WITHDRAW_CONSENT in findings.strength and Right.RESTRICTION in findings.strength and restricted
            and all(r in withdrawn for r in restricted)):
        # "je reviens sur cet accord : merci de ne plus les utiliser et de retirer celles où l'on me voit": one withdrawal
        findings.strength.pop(Right.RESTRICTION)
    if Right.WITHDRAW_CONSENT not in findings.strength and _PUBLISHED_RE.search(norm_all):
        unpublish = [s for s in units if _UNPUBLISH_RE.search(s.norm) and not _IF_I_RE.search(s.norm)]
        if unpublish:
            findings.add(Right.WITHDRAW_CONSENT, STRONG, clip(unpublish[0].original))
            findings.evidence.append("retrait du consentement : ce qui a été publié ne doit plus apparaître")
            said = {clip(u.original) for u in unpublish}
            if all(o in said and not _RECEIVING_RE.search(normalise(o)) for o in findings.sentences.get(Right.OBJECTION, [])):
                findings.strength.pop(Right.OBJECTION, None)  # "changed my mind, don't use it": the same withdrawal
    changed_mind(units, findings)  # last: a right taken back stays dropped whatever reading found it
