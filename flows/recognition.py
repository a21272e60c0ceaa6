"""Recognition: does a message exercise GDPR rights, which ones, and how sure are we.

Three outcomes (:class:`flows.models.Outcome`): ``request`` when a right is exercised in plain
words, ``review`` when a request is possible (a case opens flagged "à confirmer": a missed
request costs more than a false alarm), ``none`` otherwise. Only the sender's new text counts;
quoted history is used for one thing: a bare "oui" answering our own question.

Every decision carries its evidence: the sentences that triggered it, and short reasons for
what was discarded (negation, general question, somebody else's data, automatic message).

This module holds the decision ladder; the rules over the text are in
:mod:`flows.recognition_analysis`, the recall nets and the learned rights guess in
:mod:`flows.recognition_nets`.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, Field

from flows import recognition_model, recognition_rights_model
from flows.language import detect_language
from flows.lexicon_context import (
    AFFIRMATIVE_RE,
    COMPLAINT_FILED_RE,
    COMPLAINT_TO_AUTHORITY_RE,
    DEMAND_RE,
    NET_GUESSES,
    PERSONAL_DATA_RE,
    PRIOR_REQUEST_RE,
    REMINDER_RE,
    TOPIC_RE,
    normalise,
    sentences,
)
from flows.lexicon_foreign import FOREIGN_PATTERNS, FOREIGN_TOPIC_RE
from flows.lexicon_rights import (
    ARTICLE_RE,
    ARTICLE_RIGHTS,
    MEDIUM,
    STRONG,
)
from flows.models import Language, Outcome, Right, sorted_rights
from flows.reading import ParsedMessage
from flows.recognition_analysis import analyse_text, not_the_senders, without_drafts
from flows.recognition_filters import (
    automatic_reason,
    bulk_reason,
    compliance_pitch,
    own_message,
    relayed_words,
)
from flows.recognition_findings import Findings, clip
from flows.recognition_nets import learned_net, learned_rights, refine_rights, safety_net
from flows.requester import Requester, extract_requester
from flows.threading import case_ref_from_subject

__all__ = ["Recognition", "analyse_text", "recognise"]

ATTACHED_REQUEST_RE = re.compile(
    r"\b(ci-joint|ci-jointe|en piece jointe|en pj|attached|attachment|enclosed)\b[^.!?]{0,60}"
    r"(?<!comme )(?<!as )(?<!tel que )(?<!you )\b(demande|requete|courrier|lettre|request|letter|mandat|mandate)\b(?! (de mission|of engagement|d'engagement))|"
    r"\b(demande|courrier|lettre|request|letter|mandat|mandate)\b(?! (de mission|of engagement|d'engagement))[^.!?]{0,40}"
    r"\b(ci-joint|ci-jointe|en piece jointe|en pj|attached|enclosed)\b|"
    r"\b(ci-joint|ci-jointe|en piece jointe|en pj|attached|attachment|enclosed)\b[^.!?]{0,60}\b(formulaire|form)\b[^.!?]{0,20}"
    r"\b(asking|requesting|demandant|de demande|qui demande)\b"
)
#: What the attachment is when it is consent given or paperwork: a signed form, a contract, a mission letter.
_PAPERWORK_RE = re.compile(
    r"\b(formulaires? de consentement|consent forms?|autorisations? (signee|de droit a l'image)|lettre de mission|"
    r"conditions generales|contrat signe|signed (contract|agreement|release)|devis|facture|invoice|quote)\b")


class Recognition(BaseModel):
    """What recognition decided about one message, and why."""

    outcome: Outcome
    rights: list[Right] = Field(default_factory=list)
    language: Language = Language.OTHER
    confidence: float = Field(ge=0.0, le=1.0)
    evidence: list[str] = Field(default_factory=list)
    non_request_reason: str | None = None
    requester: Requester
    case_ref: str | None = None



#: A contact form's fields ("Nom : ...", "Email : ...", "Message : ..."), as relayed by a site or a platform.
_FORM_NAME_RE = re.compile(r"^\s*\**(nom|name|pr[ée]nom|first name|full name|votre nom|your name|e-?mail|adresse e-?mail|email address|"
                           r"votre e-?mail|your e-?mail)\**\s*:", re.IGNORECASE | re.MULTILINE)
_FORM_MESSAGE_RE = re.compile(r"^\s*\**(message|votre message|your message|demande|commentaire|comments?)\**\s*:", re.IGNORECASE | re.MULTILINE)


def _relayed_form(msg: ParsedMessage, text: str) -> bool:
    """A contact form relayed from a no-reply or platform sender, with the visitor in Reply-To:
    the message is the visitor's, not the platform's (no mailing list headers)."""
    return bool(msg.reply_to_differs and not msg.list_unsubscribe and not msg.list_id
                and _FORM_NAME_RE.search(text) and _FORM_MESSAGE_RE.search(text))


#: A reply ("Re: [Floraison de Soi] Cercle de mai") from someone, not from a platform's robot.
_REPLY_RE = re.compile(r"^\s*(re|r|aw|sv|antw)\s*:", re.IGNORECASE)
_PLATFORM_SENDER_RE = re.compile(r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|newsletters?|news|mailer|bounces?)\b")


def _reminder(text: str, findings: Findings) -> tuple[set[Right], str] | None:
    norm = normalise(text)
    if not (REMINDER_RE.search(norm) and PRIOR_REQUEST_RE.search(norm)):
        return None
    rights = {ARTICLE_RIGHTS[m.group(1)] for m in ARTICLE_RE.finditer(norm)}
    if rights or TOPIC_RE.search(norm) or PERSONAL_DATA_RE.search(norm) or findings.strength:
        return rights, "relance d'une demande antérieure"
    return None


def _foreign(text: str, findings: Findings) -> bool:
    norm = normalise(text)
    found = False
    for right, regex in FOREIGN_PATTERNS:
        if regex.search(norm):
            findings.add(right, MEDIUM, f"{right.value} (texte en langue étrangère)")
            found = True
    if not found and FOREIGN_TOPIC_RE.search(norm):
        findings.evidence.append("mention de protection des données (langue étrangère)")
        found = True
    return found


_FWD_TO_RE = re.compile(r"^\s*\*?(à|a|to|an|para)\s*\*?\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)
_FWD_FROM_RE = re.compile(r"^\s*\*?(de|from|von|van)\s*\*?\s*:\s*(.+)$", re.IGNORECASE | re.MULTILINE)


#: Mail providers whose domain says nothing of who sent a message.
_PUBLIC_DOMAINS = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "yahoo.fr", "hotmail.com", "hotmail.fr", "outlook.com", "outlook.fr",
    "live.com", "live.fr", "msn.com", "icloud.com", "me.com", "orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net",
    "bbox.fr", "neuf.fr", "aol.com", "gmx.fr", "gmx.de", "gmx.net", "proton.me", "protonmail.com", "posteo.de"})
#: A go-between passing on someone's message for her to act on ("Je te fais suivre le message de M. Lebrun").
_PASSING_ON_RE = re.compile(
    r"\b((je|on) (te|vous) (fais|fait) suivre|je (te|vous) (transmets|transfere)|voici|ci-dessous) (le |la |un |une |ce |cette )?(message|mail|courriel|demande|mot)s? (de|d')|"
    r"\b(m'a|nous a) (ecrit|écrit)( [àa] moi)? par erreur\b|\bwrote to me by mistake\b|"
    r"\bm'a demand[ée] de vous (transmettre|faire suivre|transf[ée]rer)|\ble (message|mail|courriel|mot) ci-dessous\b|"
    r"\bforwarding (on )?(a |the |this )?(note|message|email|request)? ?(from|on behalf of)\b|\basked me to (send|forward|pass) (this|it) on\b|"
    r"\b(i'm|i am) (forwarding|passing on) (you )?(a |the |this )?(message|email|request|note) (from|of)\b", re.IGNORECASE)


def _hers(sender: str, ours: frozenset[str]) -> bool:
    """The forwarded message's sender is one of ``ours``, or writes from the same own domain."""
    sender = sender.lower()
    if any(addr.lower() in sender for addr in ours):
        return True
    domains = {addr.lower().rsplit("@", 1)[-1] for addr in ours if "@" in addr} - _PUBLIC_DOMAINS
    return any(f"@{domain}" in sender for domain in domains)


def _forwarded_to_someone_else(forwarded: str, own_addresses: frozenset[str], ours: frozenset[str] = frozenset(),
                               note: str = "") -> bool:
    """A forwarded message whose header block shows another recipient was sent elsewhere; not when
    it came from her (``ours``: her addresses and the one written to: her own mail sent back), nor
    when the forwarder's ``note`` passes it on for her to act on (an assistant's "je te fais suivre")."""
    head = forwarded[:800]
    match = _FWD_TO_RE.search(head)
    if match is None or "@" not in match.group(2):
        return False
    if _PASSING_ON_RE.search(note):
        return False
    sender = _FWD_FROM_RE.search(head)
    if sender is not None and _hers(sender.group(2), ours | own_addresses):
        return False  # "This is the kind of mail I keep getting on my old address": her mail forwarded back
    to = match.group(2).lower()
    return not any(addr.lower() in to for addr in own_addresses) and bool(own_addresses)



def _top_level_quote(quoted: str) -> str:
    """The quoted message's own words: one level of ">" removed, deeper quotes dropped."""
    lines = quoted.split("\n")
    plain = [ln for ln in lines if ln.strip() and not ln.lstrip().startswith(">")]
    if any(ln.lstrip().startswith(">") for ln in lines) and all(ln.rstrip().endswith(":") for ln in plain):
        # gmail style: "Le ... a écrit :" then one level of ">" for our message
        lines = [re.sub(r"^\s*> ?", "", ln) for ln in lines]
    return "\n".join(ln for ln in lines if not ln.lstrip().startswith(">"))


_OFFER_Q_RE = re.compile(
    r"\b(souhaitez|voulez|desirez|preferez|aimeriez)[- ]vous (que (je|nous)|(recevoir|obtenir) |la |le |les |l'|une |un )|"
    r"\bvous (souhaitez|voulez|desirez|preferez) (recevoir|obtenir|la |le |les |l'|une |un )|"
    r"\b(do|would) you (like|want|prefer) (me|us) to\b|\b(would you like|do you want|would you prefer|do you prefer) (a |the |your |to (receive|get|have) )|"
    r"\bshall (i|we)\b|\bdois-je\b|\bvous (la|le|les|en) (voulez|souhaitez|desirez)\b|\b(la|le|les) (voulez|souhaitez|desirez)[- ]vous\b|"
    r"\b(do you want|would you like) (it|them|one|a copy)\b")


#: Thanks or a greeting alone: an answer that asks nothing.
_THANKS_ONLY_RE = re.compile(
    r"^\W*(merci|thanks?|thank you|ok|okay|parfait|super|top|genial|great|perfect|bien recu|recu|received|noted|note|"
    r"c'est note|bonne journee|have a nice day|cordialement|regards|a bientot|see you)\b[\w\s,!.'-]{0,30}$")


_NEGATIVE_ANSWER_RE = re.compile(r"^\W*(non|no|nope|pas besoin|no need|rien|nothing|surtout pas|gardez|keep)\b")


def _short_answer(text: str, norm: str) -> bool:
    """A few words answering our quoted question ("Tout.", "la 2e option", "La copie svp", a new
    address): they take their meaning from the question, as "oui" does. ``norm``: ``text`` normalised."""
    return 0 < len(text.split()) <= 8 and not _THANKS_ONLY_RE.match(norm) and not _NEGATIVE_ANSWER_RE.match(norm)


def _offer_question(quoted: str, answer: str = "") -> tuple[Right, str] | None:
    """Our own quoted question offering an action on the reader's data ("Souhaitez-vous que je
    supprime votre dossier ?"), answered "oui": the right that the action serves. Where the
    question offers a choice ("une copie ou la suppression ?"), the answer's words pick it
    ("La copie svp"); ``answer`` is normalised."""
    units = sentences(quoted)
    for index, sentence in enumerate(units):
        if not (sentence.is_question and _OFFER_Q_RE.search(sentence.norm)):
            continue
        # "Je peux vous envoyer une copie de vos données. Vous la voulez ?": the offer may precede the question
        offered = sentence.norm if index == 0 else f"{units[index - 1].norm} {sentence.norm}"
        for name, regex in NET_GUESSES:
            if answer and regex.search(answer) and regex.search(offered):
                return Right(name), clip(sentence.original)
        for name, regex in NET_GUESSES:
            if regex.search(sentence.norm) or regex.search(offered):
                return Right(name), clip(sentence.original)
    return None



def _result(
    outcome: Outcome,
    msg: ParsedMessage,
    language: Language,
    confidence: float,
    evidence: list[str],
    rights: set[Right] | None = None,
    reason: str | None = None,
) -> Recognition:
    if outcome is not Outcome.NONE and not rights:
        # a possible request the rules gave no right: the learned guess names one, to be confirmed
        rights = recognition_rights_model.guess(recognition_model.message_text(msg.subject, _reading_text(msg)))
    return Recognition(
        outcome=outcome,
        rights=sorted_rights(rights or set()) if outcome is not Outcome.NONE else [],
        language=language,
        confidence=round(confidence, 2),
        evidence=evidence,
        non_request_reason=reason,
        requester=extract_requester(msg),
        case_ref=case_ref_from_subject(msg.subject),
    )


#: "Si ce n'est pas fait sous 8 jours, je porte plainte": a threat, the complaint is not filed.
_THREAT_RE = re.compile(r"\b(si|sinon|sans quoi|otherwise|if|or else|unless)\b")
_FILED_RE = re.compile(r"(j'ai|i have|i've|i|que j'ai)\b")


#: A demand made again to her beside the complaint: "cela ne vous dispense pas de répondre : je vous demande à nouveau".
_RENEWED_RE = re.compile(
    r"\b(je vous (re)?demande,? (a nouveau|de nouveau|encore|une nouvelle fois|une derniere fois)|je reitere|ne vous dispense pas|"
    r"(i|we) (ask|request|demand) (you )?(again|once more|once again)|i reiterate|does not (relieve|exempt) you|still (expect|require) you to)\b")


def _complaint_filed(norm_text: str) -> bool:
    """A complaint to an authority said to be filed, not threatened under a condition."""
    for match in COMPLAINT_FILED_RE.finditer(norm_text):
        clause = re.split(r"[.!?;]", norm_text[max(0, match.start() - 80):match.start()])[-1]
        if _FILED_RE.match(match.group(0)) or not _THREAT_RE.search(clause):
            return True
    return False


_TEST_SUBJECT_RE = re.compile(r"^\s*\[(test|essai)\]", re.IGNORECASE)
_TEST_BODY_RE = re.compile(r"\b(test du formulaire|formulaire de test|message de test|test message|this is a test|ceci est un test|ignorer|please ignore)\b")


def _test_message(subject: str, text: str) -> str | None:
    """A form or mailbox test ("[TEST] ... test du formulaire, ignorer"): not a person writing."""
    if _TEST_SUBJECT_RE.match(subject) and _TEST_BODY_RE.search(normalise(text)):
        return "message de test (formulaire ou boîte), pas une demande"
    return None


#: The learned model's veto: below these probabilities (of the whole new text, subject included)
#: what the rules read as a request, or the safety net as a possible one, is let go as none.
#: Chosen by leave-one-corpus-out over 23 corpora (session 4): at 0.02 a confident request loses
#: 2 true requests of 2,425 for 12 false alarms of 44; at 0.05 a possible one ("à confirmer")
#: loses 2 of 214 for 30 of 41.
VETO_REQUEST = 0.02
VETO_REVIEW = 0.05
VETO_MIN_WORDS = 12
#: The triggering sentence alone, at or above this probability, keeps the outcome from the veto.
VETO_SENTENCE = 0.95


def _vetoed(outcome: Outcome, msg: ParsedMessage, text: str, language: Language, evidence: list[str],
            sentence: str = "") -> Recognition | None:
    """None when the learned model lets the rules' outcome stand; else a ``none`` that says why.
    A terse message ("Article 17 RGPD.", a subject alone) gives the model too little to judge.
    ``sentence``: the one that triggered the outcome, judged alone too, since a long chatty mail
    dilutes one request ("could you take me off the monthly newsletter?" among workshop details)."""
    if len(msg.subject.split()) + len(text.split()) < VETO_MIN_WORDS or (
            not msg.new_text.strip() and len(msg.subject.split()) <= 3):
        return None  # too short to judge, or a short subject alone above a quoted mail ("STOP")
    bar = VETO_REQUEST if outcome is Outcome.REQUEST else VETO_REVIEW
    probability = recognition_model.score(recognition_model.message_text(msg.subject, text))
    if probability >= bar:
        return None
    if len(sentence.split()) >= 6 and recognition_model.score(sentence) >= VETO_SENTENCE:
        return None  # (a bare "Unsubscribe." in a forwarded footer is too short to judge alone)
    why = f"modèle appris : demande très improbable (probabilité {probability:.2f}) malgré les phrases relevées"
    return _result(Outcome.NONE, msg, language, 0.6, [why] + evidence, reason=why)


def _first_sentence(findings: Findings) -> str:
    """The first sentence the rules read a right in (for the veto to judge alone)."""
    for found in findings.sentences.values():
        if found:
            return found[0]
    return ""




#: Where a contact form's relayed message starts ("Message : ...", "Corps du message : ...").
_FORM_FIELD_RE = re.compile(r"^\s*\**(message|votre message|your message|demande|commentaire|comments?|corps du message)\**\s*:\s*",
                            re.IGNORECASE | re.MULTILINE)
#: The platform's short closing lines under a relayed form ("Retrouvez ce contact dans votre CRM").
_FORM_FOOTER_RE = re.compile(r"(retrouvez ce contact|l'[ée]quipe|the .{1,20} team|envoy[ée] (via|depuis)|sent (via|from)|"
                             r"https?://|crm|espace systeme|g[ée]rer|manage|tableau de bord|dashboard|voir le contact|view (the )?contact)", re.IGNORECASE)


def _form_message(text: str) -> str:
    """A relayed contact form's message field onward, without the platform's short closing lines."""
    field = _FORM_FIELD_RE.search(text)
    if field is None:
        return text
    lines = text[field.end():].splitlines()
    return "\n".join(line for line in lines if not (len(line) < 100 and _FORM_FOOTER_RE.search(line)))



def _reading_text(msg: ParsedMessage) -> str:
    """The text judged: the sender's new text; the whole body (or, failing it, the quote) when
    there is no new text and nothing forwarded."""
    if not msg.new_text.strip() and not msg.forwarded_text.strip():
        return msg.quoted_text if not msg.body_text.strip() else msg.body_text
    return msg.new_text


#: A mandate, a guardianship, a minor represented: a request made for someone, said in words the model rarely saw.
_MANDATE_RE = re.compile(
    r"\b(procuration|mandat|mandate|tutelle|curatelle|tuteur|tutrice|avocate?|conseil de (madame|monsieur|mme|m)|power of attorney|"
    r"court-appointed|deputyship|legal guardian|parental responsibility|representante? legale?|en tant que (parents?|mere|pere|tuteur|tutrice)|"
    r"(aged|age de|agee de) ([4-9]|1[0-7])\b|[(,] ?([4-9]|1[0-7]) (ans|years?|yo)\b)")


#: A message that closes an exchange: a false alarm called off, an answer that settled it.
_CLOSURE_RE = re.compile(
    r"\b(fausse alerte|false alarm|tout est en ordre|tout est rentre dans l'ordre|tout est clair maintenant|"
    r"(is|it's|it is|that's|all is|everything is) (ok|okay|fine|clear|sorted)( now)?,? (no problem|thank|merci|have a)|no problem at all|"
    r"desolee? pour (le|mon) message d'hier|sorry for my (last|previous|earlier) (message|email)|"
    r"(ne tenez pas compte|oubliez) (de )?mon (dernier |precedent )?(message|mail|courriel)|"
    r"please (ignore|disregard) my (last|previous|earlier) (message|email|e-mail))\b")


def recognise(msg: ParsedMessage, *, own_addresses: frozenset[str] = frozenset()) -> Recognition:
    """Decide whether ``msg`` exercises GDPR rights; see the module docstring."""
    text = without_drafts(_reading_text(msg))
    language = detect_language(text or msg.subject)
    automatic, bulk = automatic_reason(msg), bulk_reason(msg)
    generated = (automatic or "").startswith(("bulk: Precedence", "auto-reply: Auto-Submitted: auto-generated"))
    relayed = None
    if bulk or generated:
        relayed = relayed_words(msg.subject, msg.from_name or "", text)  # only a platform relays
        if relayed is not None:
            text = relayed  # a platform relaying a person's message: only the person's words are read
            automatic = None if generated else automatic

    reason = own_message(msg, own_addresses) or automatic or _test_message(msg.subject, text)
    if reason:
        return _result(Outcome.NONE, msg, language, 0.95, [reason], reason=reason)

    if relayed is None and _relayed_form(msg, text):
        text = relayed = _form_message(text)  # the visitor's message field, not the form's template
    findings = analyse_text(text, "" if relayed is not None else msg.subject)
    if relayed is not None:
        bulk = None  # a form or a platform relaying a person's words: read as theirs
    if bulk:
        if findings.best() >= STRONG and msg.reply_to_differs:
            return _result(Outcome.REVIEW, msg, language, 0.5,
                           [bulk, "formulaire/plateforme avec Reply-To d'une personne"] + findings.evidence,
                           set(findings.strength))
        if findings.best() >= STRONG and _REPLY_RE.match(msg.subject) and not _PLATFORM_SENDER_RE.match(msg.from_addr):
            return _result(Outcome.REVIEW, msg, language, 0.5,
                           [bulk, "réponse d'une personne à une lettre d'information"] + findings.evidence,
                           set(findings.strength))
        return _result(Outcome.NONE, msg, language, 0.9, [bulk], reason=bulk)

    norm_text = normalise(text)
    with_subject = normalise(msg.subject) + "\n" + norm_text  # "Fwd: Complaint submitted to the CNIL" / "the complaint I filed"
    if (_complaint_filed(with_subject) and COMPLAINT_TO_AUTHORITY_RE.search(with_subject)
            and not (findings.best() >= STRONG and _RENEWED_RE.search(norm_text))):
        why = "plainte adressée à une autorité de contrôle (pas une demande à la praticienne)"
        return _result(Outcome.NONE, msg, language, 0.8, [why], reason=why)

    if _CLOSURE_RE.search(norm_text) and not DEMAND_RE.search(norm_text) and not any(
            not _CLOSURE_RE.search(normalise(said)) for said in findings.evidence):  # "tout est en ordre. En revanche, ..."
        why = "message qui clôt un échange (« fausse alerte », « tout est en ordre »), sans nouvelle demande"
        return _result(Outcome.NONE, msg, language, 0.7, [why] + findings.evidence, reason=why)

    best = findings.best()
    pitch = compliance_pitch(norm_text) if best < STRONG else None
    if pitch:
        return _result(Outcome.NONE, msg, language, 0.8, [pitch] + findings.discarded, reason=pitch)
    rights = {r for r, s in findings.strength.items() if s >= MEDIUM}
    evidence = findings.evidence + findings.discarded
    if best >= STRONG:
        if (veto := _vetoed(Outcome.REQUEST, msg, text, language, evidence, _first_sentence(findings))) is not None:
            if _MANDATE_RE.search(norm_text):  # a representative's letter is rare in what the model learned: to confirm
                return _result(Outcome.REVIEW, msg, language, 0.4, veto.evidence, rights)
            return veto
        confidence = min(0.98, 0.75 + 0.05 * len(findings.evidence))
        return _result(Outcome.REQUEST, msg, language, confidence, evidence,
                       refine_rights(rights, text, msg.subject, norm_text, frozenset(findings.negated | findings.set_aside)))

    for attachment in msg.attachments:
        if attachment.text:
            attached = analyse_text(attachment.text)
            if attached.best() >= STRONG:
                rights_att = {r for r, v in attached.strength.items() if v >= MEDIUM}
                return _result(Outcome.REQUEST, msg, language, 0.7,
                               [f"demande dans la pièce jointe {attachment.filename or 'PDF'}"] + attached.evidence[:5],
                               rights | rights_att)
    if ATTACHED_REQUEST_RE.search(norm_text) and msg.attachments and not (
            _PAPERWORK_RE.search(norm_text) and not re.search(r"\b(asking|requesting|demandant|qui demande)\b", norm_text)):
        return _result(Outcome.REVIEW, msg, language, 0.4,
                       ["demande annoncée en pièce jointe (illisible ou sans texte)"] + evidence, rights)

    reminder = _reminder(text, findings)
    if reminder is not None:
        extra, why = reminder
        outcome = Outcome.REQUEST if extra else Outcome.REVIEW  # a deadline may already run: no veto
        return _result(outcome, msg, language, 0.7 if extra else 0.5, [why] + evidence, rights | extra)
    if best >= MEDIUM:
        if (veto := _vetoed(Outcome.REVIEW, msg, text, language, evidence, _first_sentence(findings))) is not None:
            return veto
        return _result(Outcome.REVIEW, msg, language, 0.5, evidence, rights)

    if language is Language.OTHER and _foreign(text, findings):
        return _result(Outcome.REVIEW, msg, language, 0.4, findings.evidence,
                       {r for r, s in findings.strength.items() if s >= MEDIUM})

    # what is passed on: a forwarded block, or the quoted message a go-between passes on ("Ci-dessous le mail de Mme Pichon")
    passed_on = msg.forwarded_text if msg.forwarded_text.strip() else (
        msg.quoted_text if _PASSING_ON_RE.search(msg.new_text) else "")
    if passed_on.strip() and not _forwarded_to_someone_else(passed_on, own_addresses, frozenset(msg.to), msg.new_text):
        forwarded = analyse_text(passed_on)
        if forwarded.best() >= STRONG:
            return _result(Outcome.REVIEW, msg, language, 0.4,
                           ["demande dans un message transféré"] + forwarded.evidence, set(forwarded.strength))

    affirmative = bool(AFFIRMATIVE_RE.search(norm_text))
    top = _top_level_quote(msg.quoted_text) if msg.quoted_text else ""
    if top and len(text.split()) <= 12 and _NEGATIVE_ANSWER_RE.match(norm_text) and _offer_question(top) is not None:
        why = "refus d'une proposition citée (« non, gardez tout »)"
        return _result(Outcome.NONE, msg, language, 0.7, [why] + evidence, reason=why)
    if top and len(text) < 300 and (affirmative or (_short_answer(text, norm_text) and "?" in top)):
        quoted = analyse_text(top)
        if quoted.strength:
            return _result(Outcome.REVIEW, msg, language, 0.4,
                           ["réponse affirmative à un message cité"] + quoted.evidence, set(quoted.strength))
        offer = _offer_question(top, norm_text)
        if offer is not None:
            right, question = offer
            return _result(Outcome.REVIEW, msg, language, 0.4,
                           ["réponse affirmative à une proposition citée", question], {right})

    if not_the_senders(norm_text, findings):
        return _result(Outcome.NONE, msg, language, 0.85 if not findings.discarded else 0.6, evidence,
                       reason="aucune demande d'exercice de droits reconnue")
    subject = "" if relayed is not None else msg.subject  # a relay's subject is the platform's, not the person's
    net = safety_net(text, subject, findings)
    if net is not None:
        guessed, sentence = net
        if (veto := _vetoed(Outcome.REVIEW, msg, text, language, [sentence] + evidence, sentence)) is not None:
            return veto
        return _result(Outcome.REVIEW, msg, language, 0.3,
                       [f"filet de sécurité (vocabulaire des droits non résolu) : {sentence}"] + evidence,
                       learned_rights(text, subject, guessed))
    learned = learned_net(text, subject, findings)
    if learned is not None:
        guessed, why = learned
        return _result(Outcome.REVIEW, msg, language, 0.3, [why] + evidence, learned_rights(text, subject, guessed))
    return _result(Outcome.NONE, msg, language, 0.85 if not findings.discarded else 0.6, evidence,
                   reason="aucune demande d'exercice de droits reconnue")

