"""The two recall nets behind the rules, and the learned rights guess of the cases they open.

When the rules find no request and no filter explains the message, the safety net looks for a
sentence about one's own data or rights that no rule resolved, and the learned net
(:mod:`flows.recognition_model`) scores what the filters left. Either opens a case "à confirmer"
(``review``); its rights come from the learned rights guess (:mod:`flows.recognition_rights_model`).
Pure.
"""

from __future__ import annotations

import re

from flows import recognition_model, recognition_rights_model
from flows.lexicon_context import (
    CANCEL_CTX_RE,
    DEMAND_RE,
    FIRST_PERSON_RE,
    INSTRUCTION_RE,
    LOGIN_RE,
    MAIL_CTX_RE,
    MINOR_AGE_RE,
    NET_ACTION_RE,
    NET_GDPR_RE,
    NET_GIVEN_RE,
    NET_GUESSES,
    NET_LIST_RE,
    NET_OTHER_RE,
    NET_OUT_RE,
    NET_OWN_DATA_RE,
    PERSONAL_DATA_RE,
    RIGHTS_NOTICE_RE,
    THANKS_DONE_RE,
    THIRD_PARTY_RE,
    Sentence,
    normalise,
    question_kind,
    sentences,
)
from flows.lexicon_rights import (
    ARTICLE_RE,
    ARTICLE_RIGHTS,
    DEATH_RE,
    OWN_DIRECTIVES_RE,
    WEAK,
)
from flows.models import Right
from flows.recognition_analysis import (
    BY_MYSELF_RE,
    HYPOTHESIS_RE,
    REPLY_PREFIX_RE,
    STAY_RE,
    someone_elses,
)
from flows.recognition_findings import Findings, clip

_NET_NEG_RE = re.compile(r"\b(bien note|i (have )?noted|noted that|je note que|je prends note|no (personal )?data|aucune donnee\w*|sans donnees|surtout pas|pas besoin|no need|ne (me |les |la |le |m'|l')?\w+ (surtout )?pas|n'(a|ont|ai|avons|avez|as) (surtout |jamais |pas )?(pas|change)|(has|have|hasn't|haven't) not changed|hasn't changed|haven't changed|don't|do not|never|haven't|hasn't|didn't)\b")
#: The sender doing it herself ("je supprime l'appli", "I've deleted the app"): not a request.
_SELF_ACTOR_RE = re.compile(
    r"\b(je|j'|i|i've|i have|i had|i just|i'm|je me suis|j'ai)\s+(les |la |le |l'|meme |deja |just |already |also |finally |enfin |"
    r"recently |successfully |today |ce matin |hier )?(supprime|efface|detruis|garde|"
    r"conserve|retire|enleve|change|modifie|deleted|removed|erased|wiped|delete|remove|erase|keep|changed|updated|"
    r"keeping|deleting|removing|unsubscribed|opted out|desinscrit\w*|desabonne\w*)\b|\b(moi-meme|myself|by myself|par moi-meme)\b|"
    r"\b(je vous ai|je t'ai|j'ai|i(?:'ve| have)?) (deja |bien |already |just )?(envoye|transmis|communique|donne|sent|given|emailed)\b")
#: Bank details named: mostly the sender giving them (the safety net's filter only; the learned
#: net was taught the requests about them, "supprimez mon RIB de vos dossiers").
_BANK_RE = re.compile(r"\b(coordonnees|details|informations) (bancaires|de paiement|de carte)|\bbank details\b|\b(rib|iban)\b")
#: Payments stopped ("merci de ne plus me prélever", "stop charging my card"): the contract, not data.
_STOP_BILLING_RE = re.compile(
    r"\b(ne plus|plus) (me |m')?(prelever|debiter|facturer|preleve|debite|facture)\b|\bstop (charging|billing)\b|"
    r"\b(arreter|arretez|stopper|stoppez|annuler|annulez|suspendre|suspendez) (les |mes |le |mon )?(prelevements?|paiements?|debits?)\b|"
    r"\b(cancel|stop) (the |my )?(direct debit|payments?|charges?|billing)\b")
#: Consent given once, then taken back ("I signed the photo release but I've changed my mind").
_CHANGED_MIND_RE = re.compile(r"\b(changed my mind|change d'avis|finalement|plus d'accord|no longer|don't want|ne veux plus)\b")
_MY_THING_RE = re.compile(r"\b(my|mes|mon|ma)\b")
#: Closing an account or a subscription is the contract, not a right (labelling policy).
_ACCOUNT_CLOSE_RE = re.compile(r"\b(fermer|fermez|cloturer|cloturez|resilier|resiliez|close|cancel) (mon|my) (compte|account|abonnement|subscription)\b")
_NET_PAST_RE = re.compile(r"^((bonjour|hello|hi|coucou|salut|sandra|dear sandra)\W+)*(merci(?!\s+(de\b|d'))|merci (de |d')((m'|l'|nous |vous )?avoir|votre|vos|ton|ta|tes|cette|ce)\b|thanks?|thank you|j'ai|i've|i have|vous avez|you have|c'est fait|bien recu|received)\b")
#: "Je retire mon consentement / mon ok": the sender withdrawing consent, not doing something herself.
_WITHDRAWS_RE = re.compile(r"\bje retire (mon|ma|ce|cet|cette|le|l') ?(consentement|accord|ok|autorisation|permission|approbation)\b")


def safety_net(text: str, subject: str, findings: Findings) -> tuple[set[Right], str] | None:
    """A sentence about one's own data or rights that no rule resolved and no filter explained.

    Returns the best-guess rights and the sentence, for a ``review`` ("à confirmer"): a missed
    request costs far more than a case to confirm. Sentences already discarded by a filter
    (negation, question about rights, login, someone else's data, cancellation, notices,
    thanks for a done action) are not taken again.
    """
    units = sentences(text)
    if subject and not REPLY_PREFIX_RE.match(subject) and len(text.split()) < 12:
        # a subject is a topic label ("Question RGPD") unless the body says next to nothing
        units.insert(0, Sentence(subject, normalise(subject), subject.rstrip().endswith("?")))
    explained = " ".join(findings.discarded)
    fired: list[tuple[set[Right], str]] = []
    eligible: list[int] = []
    for index, sentence in enumerate(units):
        norm = _URL_RE.sub(" ", sentence.norm)  # "https://rgpd-regularisation.biz/dossier" names no right
        if clip(sentence.original) in explained or question_kind(sentence) in ("info", "howto"):
            continue
        if sentence.is_question and (HYPOTHESIS_RE.search(norm) or _HOW_HANDLED_RE.search(norm)):
            continue  # "how does it work if I later want my data deleted?", "is my data transferred outside the EU?"
        if _PROFESSION_RE.search(norm):
            continue  # "je suis consultante en conformité RGPD", "GDPR Compliance Office"
        if _not_for_the_net(norm) or someone_elses(norm, findings):
            continue
        own = bool(NET_OWN_DATA_RE.search(norm))
        if findings.someone_else and not own:
            continue  # the rules read someone else's data here: only the sender's own counts
        if sentence.is_question and question_kind(sentence) != "polite" and not own:
            continue  # "le RGPD s'applique-t-il aux coachs ?": a question about the topic
        eligible.append(index)
        own_data = own and bool(NET_ACTION_RE.search(norm))
        list_out = bool(NET_LIST_RE.search(norm)) and bool(NET_OUT_RE.search(norm)) and bool(FIRST_PERSON_RE.search(norm) or DEMAND_RE.search(norm))
        gdpr = bool(NET_GDPR_RE.search(norm)) and (
            norm.count(" ") < 8 or own or bool(DEMAND_RE.search(norm) and FIRST_PERSON_RE.search(norm)))
        if not (gdpr or own_data or list_out):
            continue
        guessed = {r for r, s in findings.strength.items() if s >= WEAK}
        if not guessed:
            guessed = _net_guess(norm)
        if ARTICLE_RE.search(norm):
            guessed |= {ARTICLE_RIGHTS[m.group(1)] for m in ARTICLE_RE.finditer(norm)}
        fired.append((guessed, clip(sentence.original)))
    if not fired:
        fired = _net_pairs(units, eligible)
    if not fired:
        return None
    rights: set[Right] = set()
    for guessed, _ in fired:
        rights |= guessed
    if DEATH_RE.search(normalise(text)):
        rights = {Right.POST_MORTEM}
    return rights, fired[0][1]


_HOW_HANDLED_RE = re.compile(r"^((and |et )?(is|are|will) my (personal )?(data|information|details|notes)|(et )?(est-ce que )?mes (donnees|informations|notes) (sont|seront|restent))\b")
_PROFESSION_RE = re.compile(
    r"\b((je suis|i am|i'm|je travaille|i work) (un |une |a |an |en |in |dans |as |comme )?(consultante?|dpo|delegue\w*|juriste|"
    r"avocate?|expert\w*|specialiste|auditeur|auditrice|responsable|data protection|privacy|compliance|conformite)|"
    r"je m'installe|je me lance|i'm starting (my|a) (business|practice)|i am setting up|"
    r"(compliance|conformite) (office|department|team|service|officer|desk)|(office|department|service|equipe) (conformite|compliance|rgpd|gdpr)|"
    r"(etes|soyez|etes-vous|are you|is your \w+) (bien )?(en conformite|conforme|compliant))\b")
_URL_RE = re.compile(r"\b(https?://|www\.)\S+|\b[\w-]+\.(com|fr|org|net|biz|info|io|eu)(/\S*)?")


#: What a course or an exercise was about ("the exercise where we wrote down what we'd stopped
#: consenting to in our own lives"): a reflection, not a request.
_COURSE_CONTENT_RE = re.compile(
    r"\b(the|this|that|l'|cet|cette|le) ?(exercise|exercice|activity|activite|module|role-?play|jeu de role)\b[^.;!?]{0,15}\b(where|ou|on|sur|about|when)\b|"
    r"\bin (our|my) (own )?li(fe|ves)\b|\bdans (nos|ma|notre) (propres? )?vies?\b")
#: Copied in on mail, kept informed ("me mettre en copie des messages importants", "je ne veux pas rater les
#: infos"): no copy of one's data.
_CC_ME_RE = re.compile(
    r"\b(mettre|mets|mettez|mettiez|remettre|ajouter)[- ](moi )?en (copie|cc)\b|\ben (copie|cc) (de|des) (vos |tes |ces |les )?(messages|mails|e-mails|echanges|envois)\b|"
    r"\b(cc|copy) me (in|on)\b|\bkeep me in the loop\b|"
    r"\b(ne (veux|voudrais) (pas|rien)|don't want to|do not want to) (rater|manquer|louper|miss) (les |des |d'|any |the )?(infos|informations|nouvelles|updates|news)\b")
#: A closing formula ("Merci de me rassurer, Ingrid"): no request of its own.
_CLOSING_RE = re.compile(
    r"^(merci (de|d') (me|m') ?(rassurer|repondre|tenir au courant|eclairer|revenir vers moi|confirmer)|merci d'avance|"
    r"thanks? (for (reassuring|letting)|in advance)|thank you in advance)\b[^.;!?]{0,25}$")


def _not_for_the_net(norm: str, *, negations: bool = True) -> bool:
    """A sentence a filter explains (login, someone else's data, instructions, notices, past
    or own actions, consent given, staying subscribed, closing an account): neither net takes it.

    ``negations=False`` (the learned net's veto) lets a negation through: the safety net reads one
    as no request ("je ne demande pas..."), but the learned net was taught the ones that are ("don't
    use or delete anything for now", "je ne veux pas être profilée"); a session or workshop named
    beside one's own things ("my session worksheets") does not make it a booking either, bank
    details named are not the sender giving them, and consent given then taken back is not given."""
    return bool(
        LOGIN_RE.search(norm) or THIRD_PARTY_RE.search(norm) or INSTRUCTION_RE.search(norm)
        or RIGHTS_NOTICE_RE.search(norm) or (_NET_PAST_RE.search(norm) and "?" not in norm)
        or (negations and _NET_NEG_RE.search(norm))
        or (NET_GIVEN_RE.search(norm) and (negations or not _CHANGED_MIND_RE.search(norm)))
        or (NET_OTHER_RE.search(norm) and not DEATH_RE.search(norm) and not OWN_DIRECTIVES_RE.search(norm))
        or (_SELF_ACTOR_RE.search(norm) and not _WITHDRAWS_RE.search(norm)) or (negations and _BANK_RE.search(norm))
        or (THANKS_DONE_RE.search(norm) and not DEMAND_RE.search(norm))
        or STAY_RE.search(norm) or BY_MYSELF_RE.search(norm)
        or (_STOP_BILLING_RE.search(norm) and not PERSONAL_DATA_RE.search(norm))
        or ("?" in norm and HYPOTHESIS_RE.search(norm) is not None)
        or _COURSE_CONTENT_RE.search(norm) is not None or _CC_ME_RE.search(norm) is not None
        or _CLOSING_RE.match(norm) is not None
        or (_ACCOUNT_CLOSE_RE.search(norm) and not PERSONAL_DATA_RE.search(norm))
        or (CANCEL_CTX_RE.search(norm) and not MAIL_CTX_RE.search(norm) and not NET_GDPR_RE.search(norm)
            and (negations or not (_MY_THING_RE.search(norm) or DEATH_RE.search(norm) or OWN_DIRECTIVES_RE.search(norm)))))


_NET_ANAPHOR_RE = re.compile(r"\b(les|la|le|l'|them|it|aussi|too|also|as well|egalement|idem|pareil|ca|that|those)\b")


def _net_pairs(units: list[Sentence], eligible: list[int]) -> list[tuple[set[Right], str]]:
    """Own data in one sentence, the demand on it in the next ("Mes infos. Vous pouvez les virer ?")."""
    fired: list[tuple[set[Right], str]] = []
    for b in eligible:
        a = b - 1
        if a < 0:
            continue
        first, second = units[a].norm, units[b].norm
        if (THIRD_PARTY_RE.search(first) or LOGIN_RE.search(first) or INSTRUCTION_RE.search(first)
                or RIGHTS_NOTICE_RE.search(first) or NET_OTHER_RE.search(first) or NET_GIVEN_RE.search(first)
                or _NET_NEG_RE.search(first) or (CANCEL_CTX_RE.search(second) and not MAIL_CTX_RE.search(second))):
            continue
        if not (NET_OWN_DATA_RE.search(first) or NET_OWN_DATA_RE.search(second)):
            continue
        if not (DEMAND_RE.search(second) or question_kind(units[b]) == "polite") or not _NET_ANAPHOR_RE.search(second):
            continue
        if not (NET_ACTION_RE.search(second) or NET_OUT_RE.search(second)):
            continue
        joined = f"{first} {second}"
        fired.append((_net_guess(joined), clip(units[a].original + " " + units[b].original)))
    return fired


_NET_CLAUSE_RE = re.compile(r"\b(?:et|and|puis|then|also|aussi|ainsi que|plus)\b|[,;]")


def _net_guess(norm: str) -> set[Right]:
    """Best guess per clause ("virez mon mail et plus de pub" -> erasure and objection)."""
    guesses: set[Right] = set()
    for clause in _NET_CLAUSE_RE.split(norm):
        if not (NET_ACTION_RE.search(clause) or NET_OUT_RE.search(clause)):
            continue
        for name, regex in NET_GUESSES:
            if regex.search(clause):
                guesses.add(Right(name))
                break
    if not guesses:
        for name, regex in NET_GUESSES:
            if regex.search(norm):
                return {Right(name)}
    return guesses


#: Invoices, receipts and certificates: accounting documents, not a request for one's data.
_ACCOUNTING_RE = re.compile(
    r"\b(copie|duplicata|double|renvoyer|renvoyez|envoyer|envoyez|m'envoyer|transmettre|besoin|send|resend|copy|need|get|"
    r"avoir|recevoir|obtenir|refaire|editer|etablir|conserver|conservez|garder|gardez|keep|archiver|archivez)\b[^.;!?]{0,40}\b"
    r"(factures?|invoices?|receipts?|recus de paiement|attestations? de (presence|paiement|formation)|devis)\b")


#: The sender booking or resuming her own sessions ("j'aimerais reprendre les séances").
_OWN_BOOKING_RE = re.compile(
    r"\b(je|j'|i|i'd|me|nous|we)\b[^.?!]{0,40}\b(reprendre|reporter|decaler|prendre|planifier|book|move|reschedule|"
    r"start|restart|resume|plan)\b[^.?!]{0,30}\b(seances?|sessions?|rendez-vous|rdv|accompagnement|coaching|ateliers?)\b|"
    r"\b(je|j'|i|i'd)\b[^.?!]{0,20}\b(reprendre|revenir|me reinscrire|m'inscrire|continuer|come back|sign up again|resume)\b[^.?!]{0,15}"
    r"\b(en (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|a la rentree|"
    r"l'an prochain|l'annee prochaine|bientot|in (january|february|march|april|may|june|july|august|september|october|november|december)|"
    r"next (year|month|term|season)|soon)\b")


def _unexplained(text: str, findings: Findings) -> str:
    """The text without the sentences a filter already explained (an unsubscribe instruction,
    a negation, someone else's data...): the model judges only what the rules left open."""
    explained = " ".join(findings.discarded)
    return "\n".join(s.original for s in sentences(text) if clip(s.original) not in explained)


#: The reader's own papers asked for by a partner: "faire parvenir une copie de votre pièce d'identité".
_YOUR_PAPERS_RE = re.compile(
    r"\b(nous|me|m') ?(faire parvenir|envoyer|transmettre|retourner|adresser)\b[^.;!?]{0,60}\b(votre|vos) (piece d'identite|pieces justificatives|"
    r"extrait|kbis|rib|attestation|justificatif|signature|observations|statuts|bilan comptable)")


#: Asking to receive the newsletter ("je voudrais recevoir votre newsletter").
_SUBSCRIBE_RE = re.compile(
    r"\b(voudrais|souhaite|souhaiterais|aimerais|veux|bien|like to|love to|want to|wish to) "
    r"(recevoir|m'inscrire (a|sur)|m'abonner (a|sur)|receive|subscribe to|sign up (for|to)|join) (votre|ta|la|vos|tes|your|the) "
    r"(newsletter|lettre d'information|infolettre|mailing list|mailing|liste de diffusion)\b")


#: Where a sentence divides into clauses: punctuation, an emoji, a dash, "mais", "but".
_CLAUSE_SPLIT_RE = re.compile(r"[,;:()]|[\u2600-\u27bf\U0001f300-\U0001faff]|\s[-\u2013\u2014]\s|\b(?:mais|but)\b")


def _unexplained_clauses(sentence: str) -> str:
    """The clauses of a sentence that no filter explains, when one clause of it does ("je t'adore mais
    stop les appels 😅 si je veux je te fais signe": the hypothesis is one clause, the demand another)."""
    clauses = [c.strip() for c in _CLAUSE_SPLIT_RE.split(sentence) if c and c.strip()]
    if len(clauses) < 2:
        return ""
    kept = [c for c in clauses if not _not_for_the_net(normalise(c), negations=False)]
    return ", ".join(kept) if len(kept) < len(clauses) else ""


def learned_net(text: str, subject: str, findings: Findings) -> tuple[set[Right], str] | None:
    """Second recall net: the learned model (flows.recognition_model), when no rule fired.

    Only reached when the rules say none and no filter (own, automatic, bulk, complaint)
    explained the message. Rights: the rules' weak signals, else a guess on the top sentence.
    """
    unexplained = _unexplained(text, findings)
    if text.strip() and not unexplained.strip():
        return None  # every sentence was explained by a filter: nothing is left to judge
    norm = normalise(text)
    if _SUBSCRIBE_RE.search(norm) and not NET_OUT_RE.search(norm):
        return None  # asking to receive the newsletter, the address given: consent given
    if (_ACCOUNTING_RE.search(norm) and not PERSONAL_DATA_RE.search(norm) and not DEATH_RE.search(norm)
            and not NET_OWN_DATA_RE.search(norm)):
        return None  # an invoice or a certificate asked for: an accounting document (an heir's is post mortem)
    if _YOUR_PAPERS_RE.search(norm) and not NET_OWN_DATA_RE.search(norm):
        return None  # the reader's own papers asked for (a notary wanting her ID and registration extract)
    if DEATH_RE.search(norm) and _OWN_BOOKING_RE.search(norm) and not NET_OWN_DATA_RE.search(norm):
        return None  # a bereavement told while booking one's own sessions: grief, not post mortem
    probability = recognition_model.score(recognition_model.message_text(subject, unexplained))
    if probability < recognition_model.THRESHOLD:
        return None
    sentence, sentence_score = recognition_model.top_sentence(unexplained)
    sentence_norm = normalise(sentence)
    if (findings.someone_else and not NET_OWN_DATA_RE.search(sentence_norm)) or someone_elses(sentence_norm, findings):
        return None  # the rules read someone else's data here, and nothing left names the sender's own
    if sentence and _not_for_the_net(sentence_norm, negations=False):
        # the most request-like sentence is one a filter explains: judge what the filters leave
        # a filter may explain one clause only ("please stop the marketing emails, I'll check the website
        # myself"): a sentence's other clauses are kept
        kept = "\n".join(filter(None, (s.original if not _not_for_the_net(s.norm, negations=False)
                                        else _unexplained_clauses(s.original) for s in sentences(unexplained))))
        if not kept.strip() or recognition_model.score(recognition_model.message_text(subject, kept)) < recognition_model.THRESHOLD:
            return None
        sentence, sentence_score = recognition_model.top_sentence(kept)
        sentence_norm = normalise(sentence)
    guessed = {r for r, s in findings.strength.items() if s >= WEAK}
    if not guessed and sentence:
        guessed = _net_guess(sentence_norm)
    why = (f"modèle appris (probabilité {probability:.2f}) ; phrase la plus probable "
           f"({sentence_score:.2f}) : {clip(sentence) if sentence else subject}")
    return guessed, why


#: How sure the learned rights guess must be to turn a confident request into an heir's: a death
#: told by a client writing about her own mail ("depuis le décès de ma mère ... plus de mails")
#: scores about 0.5, an heir's "mettez à jour votre fichier" above 0.8.
POST_MORTEM_SURE = 0.75


def refine_rights(rights: set[Right], text: str, subject: str, norm_text: str,
                  negated: frozenset[Right] = frozenset()) -> set[Right]:
    """A confident request's rights: an heir's request the rules read as something else ("merci
    de mettre à jour votre fichier" after a death) is post mortem when a death is named and the
    learned rights guess says so; and a right the rules missed (most often the second right of a
    multi-right message) is added when the guess is at least :data:`ADD_SURE` sure, unless the
    sender negated it ("ne supprimez rien"); ``negated``: the rights the rules read negated or read
    and then set aside (an unsubscription worded as a consent withdrawn). Session 4,
    leave-one-corpus-out over the ten newest corpora: exact rights-set 0.894 without, 0.908 at
    0.9, 0.915 at 0.8, same detection (the datenanfragen letters keep their exact sets); session 3 had measured +0.4 point
    with fewer corpora and dropped it."""
    if not rights or Right.POST_MORTEM in rights:
        return rights
    dead = bool(DEATH_RE.search(norm_text))
    if ADD_SURE is None and not dead:
        return rights
    scores = recognition_rights_model.scores(recognition_model.message_text(subject, text))
    if dead and scores[Right.POST_MORTEM] >= POST_MORTEM_SURE:
        return {Right.POST_MORTEM}
    if ADD_SURE is not None:
        rights = rights | {r for r, p in scores.items()
                           if p >= ADD_SURE and r is not Right.POST_MORTEM and r not in negated}
    return rights


#: The learned rights guess adds to a confident request a right the rules missed when it is at
#: least this sure (None: never).
ADD_SURE: float | None = 0.8


def learned_rights(text: str, subject: str, guessed: set[Right]) -> set[Right]:
    """The rights of a case a net caught: the learned rights guess (flows.recognition_rights_model),
    better than the rules' weak words there; a death named still makes it post mortem only."""
    if guessed == {Right.POST_MORTEM}:
        return guessed
    norm = normalise(subject + "\n" + text)
    parent = bool(_PARENT_RE.search(norm) or MINOR_AGE_RE.search(norm)) and not DEATH_RE.search(norm)
    return recognition_rights_model.guess(recognition_model.message_text(subject, text),
                                          frozenset({Right.POST_MORTEM}) if parent else frozenset())


#: A parent writing for a child ("As his mum", "en tant que sa mère"): a representative, no heir.
_PARENT_RE = re.compile(
    r"\b((as|being) (his|her|their) (mum|mom|mother|father|dad|parents?|legal guardian)|"
    r"en tant que (sa |son |leur )?(mere|pere|maman|papa|parents?|representante? legale?)|"
    r"(mon|ma) (fils|fille) (mineure?|de ([4-9]|1[0-7]) ans)|my (son|daughter),? (is )?([4-9]|1[0-7])\b)")


