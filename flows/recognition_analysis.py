"""Rules over a message's text: which rights each sentence exercises, then the message-level readings.

:func:`analyse_text` splits the new text into sentences (the subject first, unless it is a reply
prefix or a bare topic label), matches each against the rights lexicon
(:mod:`flows.lexicon_rights`) and reads its context (negation, questions, someone else's data,
cancellations, thanks for a done action, the sender doing it herself...), keeping a reason for
every discarded match, then applies the readings no single sentence gives (restriction from "stop
using it" and "keep it", a correction after the facts, post mortem). Pure.
"""

from __future__ import annotations

import re

from flows.lexicon_anchors import Prefilter
from flows.lexicon_context import (
    AGAINST_ERASURE_RE,
    CANCEL_CTX_RE,
    CONDITIONAL_CONSENT_RE,
    DEMAND_RE,
    FIRST_PERSON_RE,
    GENERAL_Q_RE,
    INSTRUCTION_RE,
    LOGIN_RE,
    MAIL_CTX_RE,
    MINOR_AGE_RE,
    NEG_ERASE_RE,
    PERSONAL_DATA_RE,
    REPRESENTED_RE,
    RIGHTS_NOTICE_RE,
    THANKS_DONE_RE,
    THIRD_PARTY_RE,
    Sentence,
    as_represented,
    is_negated,
    normalise,
    question_kind,
    sentences,
)
from flows.lexicon_rights import (
    DEATH_RE,
    MEDIUM,
    OWN_DIRECTIVES_RE,
    PATTERNS,
    PREFILTER,
    STRONG,
    THEIR_DATA_RE,
)
from flows.models import Right
from flows.recognition_findings import Findings, clip
from flows.recognition_readings import PHONE_DIGITS_RE, message_readings

REPLY_PREFIX_RE = re.compile(r"^\s*((re|tr|fwd?|aw|wg|rv|r)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_STOP_USING_RE = re.compile(
    r"\b(n'utilisez plus|ne plus (les )?utiliser|cessez d'utiliser|arretez d'utiliser|ne les utilisez plus|"
    r"stop using|no longer use|don't use|do not use)\b"
)
_OTHER_AGENT_RE = re.compile(r"\b(him|her|he|she|they|them|il|elle|ils|elles|lui|leur)\b")
_FOR_OTHER_RE = re.compile(r"\b(pour|for|aupres d'|a) (lui|him|eux|them|elle|her|elles)\b")
_YOU_HOLD_ABOUT_ME_RE = re.compile(
    r"\b(you|vous|tu) (are |still )?(keep|keeping|hold|holding|have|store|storing|avez|gardez|conservez|detenez|stockez|enregistrez|as|gardes|stockes)\b"
    r"[^.;!?]{0,30}\b(about me|on me|sur moi|me concernant|a mon sujet)\b|"
    r"\b(me concernant|sur moi|a mon sujet|about me|on me) (que|qu'|that|which) ?(vous|tu|you) (avez|gardez|conservez|detenez|stockez|enregistrez|as|gardes|have|keep|hold|store)\b|"
    r"\b(vous|tu|you|please|merci de)\b[^.;!?]{0,40}\b(transmett\w*|transfer\w*|envoy\w*|communiqu\w*|send|forward)\b[^.;!?]{0,80}\b(mes|my) (donnees|informations|infos|dossier|resultats|evaluations|notes|data|records|file|results)\b")
#: An item of a numbered list of demands ("Je vous prie : 1) de me communiquer ... 2) puis de
#: procéder à leur effacement"): the infinitive continues the lead-in's demand.
_LIST_ITEM_DEMAND_RE = re.compile(r"(\d{1,2}[).]|[a-h]\)|[-*\u2022]) ?(et |puis |ensuite |enfin |and |then )?(de |d'|to )|"
                                  r"(de |d')(nous |me |m')?[a-z]+(er|ir|re)\b")  # an item whose number the sentences split off
#: The sender's own data, named where her processors hold it ("y compris celles chez Stripe").
_MINE_AT_PROCESSOR_RE = re.compile(
    r"\b(mes|my) (donnees|informations|infos|coordonnees|data|details|personal data)\b[^.;!?]{0,80}\b(chez|at|with|in|dans|on) "
    r"(stripe|paypal|systeme\.?io|mailchimp|brevo|sendinblue|google drive|google|votre outil|vos outils|vos prestataires|"
    r"your (mailing|email|newsletter) (tool|platform)|your (providers|processors|subcontractors|tools))\b")
#: A signature's legal notice ("if you have received it in error please ... delete it").
_DISCLAIMER_RE = re.compile(
    r"\b((have )?received (this|it) (e-?mail |message |communication )?in error|if you are not the intended recipient|"
    r"(recu|recevez) (ce|cet) (message|courriel|e-?mail|mail) par erreur|si vous n'etes pas (le|la) destinataire)")
_YOU_RE = re.compile(r"\b(you|vous|tu|te|t')\b")
_PAST_ACTOR_RE = re.compile(
    r"\b(j'ai|je l'ai|je les ai|on a|il a|elle a|ils ont|nous avons|i|i've|i have|we|we've|he|she|they|je me suis|je m'etais|"
    r"il voulait|elle voulait|ils voulaient|he wanted to|she wanted to|they wanted to)"
    r" (deja |bien |moi-meme |accidentally |already |just |aussi |also |enfin |finally |may have |might have |must have |peut-etre |tout |ce week-end |hier )?$"
)
_FETCH_RE = re.compile(
    r"^((je veux|je voudrais|j'aimerais|je souhaite|je souhaiterais|i want|i'd like|give me|donnez[- ]moi|rendez[- ]moi) )?(recuper|export|obtenir|get|obtain|retrieve|send|m'envoy|me transmet|me communiqu|me fai|me renvoy|envoy|"
    r"transmet|communiqu|faites parvenir|adress|receive|recevoir)"
)
_ADULT_AGE_RE = re.compile(r"\b(fils|fille|enfant|son|daughter|child) (de|d'|is|aged|a|has) ?(1[89]|[2-9]\d) (ans|years)\b|"
                           r"\b(fils|fille|son|daughter)\b[^.;!?]{0,25}\((1[89]|[2-9]\d)\)|"
                           r"\b(fils|fille|enfant|son|daughter|child)\b[^.;!?]{0,25}[(,] ?(1[89]|[2-9]\d) (ans|years)|\b(majeure?|adulte|grown[- ]up|adult)\b|"
                           r"\b(fils|fille|son|daughter)\b[^.;!?]{0,60}\b(ses etudes a|son travail|his job|her job|university|universite|fac|"
                           r"ecole d'ingenieur|en master|married|mariee?|ses enfants|her husband|his wife)\b")
_SENDING_RE = re.compile(
    r"\b(je vous|je t'|je te|i(?:'m| am)?|we(?:'re| are)?) (envoie|envoi|transmets|joins|adresse|renvoie|fais parvenir|"
    r"sending|send|attach\w*|forward\w*|enclose\w*)\b|\bci-jointe?\b|\ben piece jointe\b|\battached\b|\bplease find\b")
#: Proof of identity or authority attached ("muni de son mandat ci-joint"): not a copy the sender sends.
_PROOF_ATTACHED_RE = re.compile(
    r"\b(mandats?|procurations?|pouvoirs?|pieces? d'identite|cartes? d'identite|passeports?|justificatifs?|jugements?|"
    r"autorisations?|attestations? de (deces|tutelle)|actes? de deces|mandate|power of attorney|id|passport|authori[sz]ation|"
    r"letter of authority|court order|death certificate)\b[^.;!?]{0,25}$")

_PROOF_AFTER_RE = re.compile(
    r"\s*[:,]?\s*(ci-jointe?s? |en piece jointe |attached |herewith )?(le |la |les |l'|mon |ma |mes |son |sa |ses |leur |une |un |the |my |his |her |a )?(copie (de |d')(mon |ma |sa |son |la |le )?)?"
    r"(mandats?|procurations?|pouvoirs?|pieces? d'identite|cartes? d'identite|passeports?|justificatifs?|jugements?|"
    r"autorisations?|acte de deces|mandate|power of attorney|id\b|passport|letter of authority|death certificate)")


def _sends_a_copy(before: str) -> bool:
    """The sender sends or attaches something before asking ("je vous envoie ma copie..."), unless
    what is attached is a proof of identity or authority."""
    found = [m for m in _SENDING_RE.finditer(before)]
    return any(not _PROOF_ATTACHED_RE.search(before[: m.start()]) and not _PROOF_AFTER_RE.match(before, m.end())
               for m in found)


#: One contact field removed and a replacement given: a correction ("supprimez mon adresse perso,
#: utilisez la pro : x@y").
_ONE_FIELD_ERASE_RE = re.compile(r"\b(mon|ma|my) (ancienne? |old |vieille? |adresse perso\w* |)?(adresse|numero|num|tel|telephone|portable|e-?mail|mail|email address|phone number|number|address)\b")
_REPLACEMENT_RE = re.compile(r"\b(utilisez|use|utilise|le nouveau|la nouvelle|mon nouveau|ma nouvelle|my new|desormais|dorenavant|from now on|instead|a la place|plutot)\b")
STAY_RE = re.compile(
    r"\b(je reste|je veux rester|je resterai|je souhaite rester|i'll stay|i will stay|i want to stay|i'm staying|"
    r"i am staying) (abonnee?|inscrite?|subscribed|on (the|your) list)\b|\bkeep me (subscribed|on (the|your) list)\b|"
    r"(?<!pas )(?<!plus )\b(me reinscrire|me reabonner|resubscribe|re-subscribe|subscribe again)\b|"
    r"\b(desinscrite?|desabonnee?|unsubscribed|removed) (par erreur|by mistake|by error|accidentally)\b|"
    r"\bje reste (dans|sur) (la|ta|votre) (newsletter|liste|mailing)\b|\b(keep|garder|gardez|garde) (my|mon) (account|compte)\b|"
    r"\b(unsubscrib\w*|desinscri\w*|desabonn\w*)[^.!?]{0,60}\b(by mistake|par erreur|accidentally|sans faire expres|par megarde)\b")
_BARE_STOP_RE = re.compile(r"^(je ne veux plus,? |i don't want (it|them) any ?more,? )?(merci (de |d')|please |svp |stp |(could|can|would) you (please )?|pouvez-vous |pourriez-vous |tu peux )?"
                           r"(arreter|arretez|stop|cessez|cesser|stopper|stoppez|m'enlever|me retirer|me desinscrire|me sortir|m'oter|take me|remove me|unsubscribe me)"
                           r"( \([^)]{1,30}\))?( off)?( svp| stp| merci| please| now| maintenant| immediatement)?\W*$")
_SELF_DONE_RE = re.compile(r"\b(je me suis|je m'etais|i(?:'ve| have| had)|i)\s*(deja |bien |already |just )?$")
_IN_ADVANCE_RE = re.compile(r"\b(d'avance|par avance|in advance|a l'avance)\b")
#: "si je retire mon consentement, est-ce que je pourrai... ?": a hypothesis, not an exercise.
#: "Once I've got it, please delete it": thanks for something still to come are a condition, not thanks.
_ONCE_RE = re.compile(r"\b(once|when|after|as soon as|une fois|des que|quand|lorsque|apres)\b")
#: The sender did it herself ("j'ai réussi à modifier mon adresse toute seule").
BY_MYSELF_RE = re.compile(r"\b((?<!a )(?<!pour )moi-meme|(?<!for )(?<!to )myself|par moi-meme|by myself|tout seul|toute seule|on my own|j'ai (reussi|pu|su) a|i (managed|was able) to)\b")
#: A phone number kept while changing operator: the telecom "portabilité", nothing to change here.
_TELECOM_RE = re.compile(
    r"\b(chang\w* (d'|of )?(operateur|forfait|carrier|mobile provider)|portabilite (du|de mon) numero|"
    r"(garde|conserve)\w* (mon|le meme) numero\b[^.;!?]{0,40}\bportabilite|number portability|keep(ing)? my (phone )?number)\b")
#: A draft shown for advice ("pourrais-tu jeter un œil à mon brouillon ci-dessous ?"): its quoted words are not to her.
_DRAFT_RE = re.compile(
    r"\b(brouillon|draft|projet de (lettre|mail|courrier|message)|modele de (lettre|courrier))\b[^.!?]{0,80}"
    r"\b(ci-dessous|below|relire|relis|jeter un (oeil|œil)|ton avis|votre avis|look at|check|proofread|feedback|formulation|wording)\b|"
    r"\b(relire|relis|jeter un (oeil|œil) a|look at|check|proofread)\b[^.!?]{0,40}\b(mon|ma|my) (brouillon|draft|lettre|letter|courrier)\b")
_QUOTED_SPAN_RE = re.compile(r"\"[^\"]{30,}\"?|«[^»]{30,}»?|“[^”]{30,}”?")


def without_drafts(text: str) -> str:
    """The text with a draft shown for advice taken out: a letter to someone else is not to her."""
    if _DRAFT_RE.search(normalise(text)):
        return _QUOTED_SPAN_RE.sub(" [brouillon cité] ", text)
    return text
#: A subject that states a hypothesis ("Si je fais supprimer mes données…"): the body says what is asked.
_IF_SUBJECT_RE = re.compile(r"^\s*(et )?(si|if|what if|en cas de|in case) ")
#: "delete everything you have on me": what is held named as the thing to erase, not access.
_ERASE_BEFORE_RE = re.compile(r"(?<!ne rien )(?<!ne pas )(?<!sans )(?<!don't )(?<!do not )(?<!not )"
                              r"\b(delete|erase|remove|wipe|destroy|supprime\w*|efface\w*|detrui\w*)\b[^.;!?()]{0,12}$")
#: Accuracy contested ("je les conteste") with no correction asked: a restriction while it is checked.
_INACCURATE_RE = re.compile(r"\b(conteste|contestons|contester|dispute|contest)\b|\b(inexact\w*|errone\w*|incorrect\w*|inaccurate|wrong)\b")
_CORRECT_ASK_RE = re.compile(
    r"\b(corrig\w*|rectifi\w*|modifi\w*|remplac\w*|mettre a jour|mettez a jour|noter|notez|changer|changez|"
    r"correct(ed|ion)?|fix|update|amend|replace|change)\b")
#: The opt-out keyword alone as a subject ("STOP"): mail stopped, whatever the quoted workshop offer says.
_OPT_OUT_WORD_RE = re.compile(r"^\W*(stop|stop pub|stop svp|stop merci|unsubscribe|unsubscribe me)\W*$")
#: Standing up to someone ("dès que je m'oppose à mon responsable"): no processing objected to.
_OPPOSE_PERSON_RE = re.compile(
    r"\s*((a|aux) (mon|ma|mes|son|sa|ses|lui|elle|eux|leur|quelqu'un|mes collegues|ma hierarchie|mon responsable|ma responsable)\b|"
    r"(au |a ce |a un )?(changement|report|deplacement|nouvel horaire|nouveau creneau|decalage|planning|programme)\b)"
    r"(?! (utilisation|traitement|prospection|profilage|envoi|usage|donnees|informations|coordonnees))")
#: A general rule repeated ("il faut demander l'effacement de ses données"): nobody's request.
_GENERIC_ADVICE_RE = re.compile(r"\b(il faut|il faudrait|on peut|on doit|tout le monde peut|people (should|can)|everyone (should|can))\b[^.;!?]{0,25}$")
_THEIR_RE = re.compile(r"\b(ses|leurs|their|sa|son)\b")
#: Curiosity about one's own data is still asking what is held ("par curiosité : qu'est-ce que t'as comme infos sur moi ?").
_CURIOUS_RE = re.compile(r"\b(par curiosite|out of curiosity|just curious)\b")
_ABOUT_ME_RE = re.compile(r"\b(sur moi|me concernant|a mon sujet|about me|on me|of mine)\b")


def _general_question(norm: str) -> bool:
    """A question about rights in general, not about what she holds on the sender."""
    found = GENERAL_Q_RE.search(norm)
    if found is None:
        return False
    return not (_CURIOUS_RE.fullmatch(found.group(0)) and _ABOUT_ME_RE.search(norm)
                and GENERAL_Q_RE.search(_CURIOUS_RE.sub(" ", norm)) is None)


#: What the sender will do herself with what she asked for: "envoyez-moi mes résultats, que je leur transmettrai moi-même".
_AFTERWARDS_RE = re.compile(r"\b(que je|qu'on|which i|that i|and i'll|and i will|so i can|pour que je|afin que je)\b")


def _by_myself(norm: str, end: int) -> bool:
    """The sender does it herself ("je me suis désinscrite moi-même"), unless the "myself" is what
    she will do afterwards with what she asks for."""
    found = BY_MYSELF_RE.search(norm)
    if found is None:
        return False
    return not (found.start() >= end and _AFTERWARDS_RE.search(norm, end, found.start()))


#: Her business's records asked for by a partner (accountant, assistant): not the sender's own data.
_BUSINESS_EXPORT_RE = re.compile(
    r"\b(vos|your|tes|ses|his|her|leurs|their) (encaissements|transactions|ventes|paiements|payments|sales|factures|invoices|"
    r"chiffres|comptes|stats|statistiques|revenus|recettes|depenses|expenses|payouts)\b(?! (page|pages|pitch|funnel|call|team))|"
    r"\bliste (des|de vos|de tes) (inscrits|inscrites|participants|participantes|clients|clientes|abonnes|contacts|eleves|stagiaires)\b|"
    r"\b(list of|the) (attendees|participants|subscribers|clients|students|registrations|signups|sign-ups)\b|"
    r"\b(ton|votre|your) (tableau de bord|dashboard|compte stripe|stripe account|back-office|backoffice|interface|logiciel|crm)\b|"
    r"\b(export|extraction|extract|releves?|statements?) (des|de vos|de tes|of the|of your) (transactions|ventes|encaissements|paiements|payments|sales|"
    r"factures|invoices|operations|ecritures|comptes|releves)\b|\b(releves|bank statements) (bancaires |qonto |de compte )?(de|d'|for|of) "
    r"(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|may|june|july|"
    r"august|september|october|november|december|l'annee|the year)\b")
#: "Est-ce que les notes sont détruites ?", "are they deleted after?": how data is handled, asked.
_HANDLED_PASSIVE_RE = re.compile(
    r"\b(sont|seront|est|sera|soient)[- ](elles |ils )?(detruite?s?|supprimee?s?|effacee?s?|conservee?s?|gardee?s?|archivee?s?)\b|"
    r"\b(are|is|will|get|gets) (they |it |my \w+ |the \w+ )?(be )?(destroyed|deleted|kept|stored|erased|archived)\b|"
    r"\b(tout de suite ou|immediately or|right away or|il y a un delai|is there a delay|how long (do|does|will))\b")
#: Her retention rule described ("les données sont supprimées au bout de 12 mois").
_RETENTION_RE = re.compile(
    r"\b(au bout de|apres|after|within|sous|au-dela de) (\d+|un|une|deux|trois|cinq|dix|one|two|three|five|ten) "
    r"(mois|ans?|jours|semaines|months?|years?|days|weeks)\b")
#: An order opening the sentence ("Delete everything ... within 30 days"): a deadline, not a retention period.
_IMPERATIVE_ERASE_RE = re.compile(r"^(please )?(delete|erase|remove|wipe|supprimez|effacez|detruisez|supprime|efface)\b")
#: Done to the sender's data by someone ("mon adresse a été importée dans un outil"): a complaint, not a demand.
_DONE_TO_ME_RE = re.compile(r"\b(a ete|ont ete|avait ete|was|were|has been|have been|had been)\s*$")
#: An email, not data, to be deleted ("please delete the email I just sent", "without opening it").
_MESSAGE_OBJECT_RE = re.compile(
    r"\b(delete|ignore|supprime[rz]?|efface[rz]?|ignore[rz]?)\b[^.;!?]{0,30}\b(this|that|the|ce|cet|le|les) "
    r"(last |previous |dernier |precedent )?(e-?mails?|messages?|mails?|courriels?|attachments?|pieces? jointes?)\b|"
    r"\b(delete|ignore|supprime[rz]?|efface[rz]?|ignore[rz]?)\b[^.;!?]{0,20}\b(my|mon) (last|previous|dernier|precedent) (e-?mail|message|mail|courriel)\b"
    r"(?! (address|adresse|de (mes|mon)))|"
    r"\bwithout opening\b|\bsans (l'|les )?ouvrir\b|\b(delete|supprime[rz]?|efface[rz]?) (it|ca|le|la) (and|et) (ignore|ignorez)\b|"
    r"\bhere'?s the (right|correct) one\b|\bvoici (le bon|la bonne)\b|\b(delete|remove|supprime[rz]?|efface[rz]?|enleve[rz]?) (it|ca|le|la|les|them) (from|du|dans le) (the |le )?(shared folder|dossier partage|shared drive|drive partage)\b")
#: "Je ne sais pas encore si je veux tout effacer": still weighing it, not asking.
#: What is usually done ("my data would normally be deleted after a while"): a practice described.
_USUALLY_RE = re.compile(r"\b(would|will|is|are|get|gets) (normally|usually|automatically|generally) (be )?(delet|eras|remov|destroy|wip|purg)|"
                         r"\b(sont|seront|serait|seraient|est) (normalement|habituellement|automatiquement|generalement) (supprim|effac|detrui)|"
                         r"\b(vu|lu|compris|note|remarque|constate|appris)\b[^.;!?]{0,40}\bque (vous|tu) (effacez|supprimez|detruisez|effaces|supprimes|detruis) (les|vos|tes|toutes les) (donnees|informations|dossiers|notes)\b")
_UNSURE_RE = re.compile(r"\b(je ne sais pas|je sais pas|i'm not sure|i am not sure|not sure|i don't know|i do not know) (encore |yet )?(si|if|whether)\b|"
                        r"\b(peut-etre|maybe|perhaps) (que )?(je|i|i'll|j') ?(vous |te )?(demanderai|demanderais|will ask|might ask|may ask|ask)\b")
HYPOTHESIS_RE = re.compile(r"(?<!decider )(?<!savoir )(?<!voir )\b(si je|s'il|if i|si (jamais|un jour),?( [^.;!?]{0,100},)? (je|j')|if ever,?( [^,.;!?]{0,30},)? i|si un jour (je|j')|if i ever|if one day i|et si je|au cas ou je|in case i|supposons que je|suppose i|"
                           r"do i have to|must i|should i|dois-je|est-ce que je dois|faut-il que je|"
                           r"un client peut-il|une cliente peut-elle|can a client|may a client|"
                            r"est-ce que je pourrai|pourrai-je|pourrais-je plus tard|could i later|can i later|will i be able to)\b")
#: A vendor's question about the reader's own business ("does your business handle access requests?").
_READER_BUSINESS_RE = re.compile(
    r"\b(your|votre|vos) (business|company|practice|clients|customers|entreprise|activite|cabinet|structure|site)\b|"
    r"\bhow (do )?you (handle|deal with|process|manage|treat)\b|\bcomment (gerez|traitez|geres|traites)[- ](vous|tu)\b")
_MY_DATA_RE = re.compile(r"\b(mes|my) ([\w-]+ ){0,2}(donnees|informations|notes|ecrits|dossiers?|fiches?|enregistrements|data|notes|files?|"
                         r"writings|records|recordings)\b")
#: One's contact details or data named in what is to be erased ("effacer mes coordonnées ainsi que les messages...").
_MY_CONTACT_DATA_RE = re.compile(r"\b(mes|my) (coordonnees|donnees|informations|infos|contact details|details|data|numeros?|adresses?)\b")
#: The deceased's accounts held by someone else ("sa banque refuse de clôturer ses comptes").
_ELSEWHERE_RE = re.compile(r"\b(sa|son|leur|his|her|their) (banque|operateur|mutuelle|assureur|employeur|fournisseur|bank|insurer|"
                           r"employer|provider|phone company)\b")
#: A verb that asks to see or receive what is held, between an erasure and "tout ce que vous avez".
_ACCESS_VERB_RE = re.compile(r"\b(envoy|transmet|communiqu|copi|send|voir|savoir|consult|montr|show|see|know|recevoir|receive|avant|before|d'abord|first)\w*")
_HELD_OBJECT_RE = re.compile(r"^(tout|ce|everything|all|whatever|what|toutes? les|les (donnees|informations|infos|renseignements)|l'information|l'info)\b")
_PAST_VERB_RE = re.compile(r"^(supprime|efface|detruit|deleted|erased|removed|wiped|destroyed|corrige|modifie|changed|updated|corrected|exporte|exported|"
                           r"retire|enleve|desinscrit|unsubscribed)\b")
#: The recipient's data ("les données vous concernant ont été effacées"): her side writing, not a client.
_YOUR_DATA_RE = re.compile(r"\b(vous concernant|your data|your personal data|about you|te concernant)\b|"
                           r"\bvos donnees\b[^.;!?]{0,40}\b(a|ont) ete\b")
#: An export the sender made herself ("j'ai fait l'export CSV des contacts comme demandé").
_SELF_EXPORT_RE = re.compile(r"\b(j'ai|i've|i have|nous avons|we've) (fait|realise|prepare|made|done|prepared|run) (l'|un |the |an )?export")
#: The unsubscribe link itself spoken of ("your newsletter had a broken unsubscribe link").
_LINK_RE = re.compile(r"\b(unsubscribe|desinscription|desabonnement) (link|lien|button|bouton)\b|\b(lien|bouton) de (desinscription|desabonnement)\b")
#: A tool that unsubscribes from newsletters, talked about.
_TOOL_RE = re.compile(r"\b(tool|outil|app|appli|application|extension|service) (to|pour|qui|that) (unsubscribe|desinscri|se desabonner|desabonne)")
#: "j'ai supprimé les comptes de test et effacé les données factices": the second past verb too.
_AND_PAST_RE = re.compile(r"\b(j'ai|i've|i have|nous avons|we've|on a)\b[^.;!?]*(\b(et|and) (aussi |also )?|, )$")
#: The sender is a practitioner herself ("un de mes clients", "dans ma pratique"): her own clients' data.
_PRACTITIONER_CTX_RE = re.compile(
    r"\b((un|une|l'un|l'une) de mes (clients|clientes|patients|patientes|coaches)|one of my (clients|patients|coachees)|"
    r"ma pratique|mon cabinet|my practice|mes propres clients|my own clients|dans ma pratique)\b")
#: "la différence entre le droit d'opposition et le droit à l'effacement": the rights discussed.
_DIFFERENCE_RE = re.compile(r"\b(la difference entre|difference between|differences entre)\b")
#: One's place given to someone else ("remplacer mon nom par le sien sur la liste"): a substitution.
_PLACE_GIVEN_RE = re.compile(
    r"\b(remplac\w*|substitu\w*|replace\w*) (mon nom|my name|moi) (par|with|by) (le sien|la sienne|celui de|celle de|son nom|his|hers|her name|his name)\b")
#: A right as the topic of a case study or an exercise ("a case on consent - for example, a client
#: withdrawing consent"): a right someone generic exercises, not the sender.
_CASE_STUDY_RE = re.compile(
    r"\b(case (study|on|about)|etude de cas|cas pratique|(un|a) cas (sur|anonymise)|anonymi[sz]ed case|for example|par exemple|"
    r"role-?play|jeu de role|mise en situation|scenario|supervision)\b[^.;!?]{0,80}"
    r"\b(a|an|un|une|the|le|la|des|some) (client|cliente|coachee|participant|participante|stagiaire|person|personne|patient|patiente)s?\b")


#: Another adult's wish passed on ("ma sœur ne veut plus recevoir vos mails", "my friend would like...").
_SOMEONE_ELSE_WANTS_RE = re.compile(
    r"\b(mon|ma|mes) (soeur|frere|amie?|mari|femme|epouse|epoux|mere|pere|collegue|compagnon|compagne|conjointe?|"
    r"cousine?|tante|oncle|voisine?|copine|copain|belle-soeur|beau-frere|niece|neveu|associee?)\b[^.;!?]{0,80}"
    r"(?<!\bje )(?<!\bje vous )(?<!\bj')(?<!\bmoi je )\b(ne veut plus|ne veut pas|ne voulait plus|veut|voudrait|aimerait|souhaite|souhaiterait|m'a demande|m'a dit|demande|prefere|n'ose pas)\b|"
    r"\b(he|she|il|elle)\b[^.;!?]{0,30}\b(asked|told|demande|dit) (me|moi|m')\b|"
    r"\b(il|ils|on|they|he|it|elle) (me|m') (demande|demandent|asks?|asked) (de|d'|to)\b|"
    r"\b(la|le) (supprimer|retirer|enlever|exclure|bannir) (du|de la|des) (groupe|liste)\b|\bremove (him|her) from the group\b|"
    r"\bce (dont|que|qu') ?(elle|il) (vous|t') ?a (parle|dit|raconte|confie)\b|\bwhat (she|he) (told|said to|shared with) you\b|"
    r"\bmy (sister|brother|friend|husband|wife|partner|mother|father|mum|mom|dad|colleague|cousin|aunt|uncle|"
    r"neighbou?r|boyfriend|girlfriend|flatmate|roommate)\b[^.;!?]{0,40}\b(wants|would like|asked me|doesn't want|"
    r"does not want|no longer wants|prefers|is too|would rather)\b|"
    r"\b(la|le|les) (desinscrire|desabonner)\b|\b(desinscri|desabonn)\w*[- ](la|le|les)\b|\bunsubscribe (him|her|them)\b|"
    r"\b(take|remove) (him|her|them) (off|from)\b|"
    r"\b(desinscription|suppression|effacement|unsubscrib\w*|removal|deletion|donnees|data) (de|d'|of|for) (mon|ma|my) (fille|fils|mari|femme|epouse|epoux|"
    r"mere|pere|soeur|frere|wife|husband|daughter|son|mother|father|sister|brother)\b|"
    r"\b(emailing|contacting|calling|writing to|texting|messaging) my "
    r"(girlfriend|boyfriend|wife|husband|partner|mother|father|mum|mom|dad|sister|brother|friend|colleague)\b|"
    r"\b(unsubscribe|remove|delete|take off|desinscrire|desabonner|supprimer|retirer|effacer) (my|mon|ma) (husband|wife|partner|sister|brother|"
    r"mother|father|mum|mom|dad|friend|colleague|mari|femme|epoux|epouse|conjointe?|compagnon|compagne|soeur|frere|mere|pere|amie?|collegue)\b"
    r"(?! (too|as well|also|aussi|egalement))|"
    r"\b(a|an|une?|if a|si une?|when a|quand une?|lorsqu'une?) (client|cliente|customer|participant|participante|patient|patiente)s? "
    r"(me |m'|nous |us |te |t'|vous |you )?(asks|demande|wants|veut|requests|souhaite|exige|exerce)\b|"
    r"\b(we|nous) (have |avons )?(received|recu) (a|une) (request|demande)\b")
#: Her clients' data handled by her team ("les données des participants de l'an dernier").
_CLIENTELE_RE = re.compile(
    r"\b(donnees|coordonnees|infos|informations|fiches|dossiers|notes) (des|de vos|de tes|de nos|de ses) (anciens? |anciennes? )?"
    r"(participants|participantes|clients|clientes|inscrits|inscrites|abonnes|stagiaires|eleves|contacts|patients|patientes)\b|"
    r"\b(data|details|records|notes|files) (of|about) (your|the|our|her) (clients|participants|attendees|subscribers|students|customers)\b")
#: "Your privacy page says I can object": the sender reading her notice, not exercising the right.
_SAYS_I_CAN_RE = re.compile(r"\b(says|states|indique|dit|mentionne|explique|precise) (that |qu'|que )?(i|je) (can|could|peux|pourrais|have the right|ai le droit)\b")
#: An objection in so many words is never a cancellation ("je m'oppose à ce que mon nom figure sur la liste des participants").
_OBJECT_WORD_RE = re.compile(
    r"\b((m'oppose|opposer|object|objects|objecting) (a ce que|a l'utilisation|au traitement|to) ?(mon|ma|mes|my|l'utilisation|the use|the processing|"
    r"le traitement|vos|your|any|toute?|vous (utilisiez|conserviez|gardiez|partagiez|diffusiez|transmettiez))|droit d'opposition|right to object|"
    r"(m'oppose|opposer) a (ce|cet|tout) (traitement|suivi|profilage)|object to (this|that|such|any) (processing|tracking|profiling))\b")
#: Requests she receives, handled for her: a vendor's or an assistant's offer, not a request.
_HER_REQUESTS_RE = re.compile(
    r"\b((gestion|traitement|suivi|gerer|traiter|handle|handling|manage|managing|process|processing) (de |des |of )?(vos|your|tes) "
    r"(demandes|requests|requetes)|(vos|your|tes) (demandes|requetes) (d'acces|de suppression|d'effacement|de desinscription|rgpd)|"
    r"your (access|erasure|deletion|gdpr|data subject|dsar|subject access) requests)\b")
#: A signed form or consent sent back: consent given, not withdrawn.
_SIGNED_FORM_RE = re.compile(r"\b(signee?s?|signed|remplie?s?|completed|filled in)\b")
#: Someone else's file named, and nothing of the sender's ("une copie de son dossier", "his file").
_THEIR_THING_RE = re.compile(
    r"\b(his|her|son|sa|ses) (file|records|data|notes|details|information|dossier|donnees|fiche|informations|"
    r"coordonnees|temoignage|testimonial|photo|compte|account|card details|card|bank details|payment details|carte bancaire)\b|"
    r"(?<!chacun pour )(?<!chacune pour )\b(tout )?ce qui (la|le|les) concerne\b|"
    r"\b(have|hold|keep|know) (on|about) (him|her|them)\b")
#: The sender's data not to be passed to someone ("ne transmettez rien à mon employeur", "don't send it to my manager").
_NOT_TO_THEM_RE = re.compile(
    r"\b(ne (rien |pas |plus )?(transmett|communiqu|envoy|donn|partag|utilis)\w*|ni (de )?(le |la |les |l')?(transmett|communiqu|envoy)\w*|(ne|n') ?(les |le |la |l')?(transmettez|communiquez|envoyez|donnez|partagez) (rien|pas|plus)|"
    r"rien (transmettre|communiquer|envoyer)|rien ne (soit|sera|doit etre) (transmis|communique|envoye|donne|partage)|"
    r"(do not|don't|never|not to) (send|share|pass|give|forward|disclose)\w*|"
    r"(m'oppose|object) (a ce (que|qu') ?\w*|to (it|them|this|my \w+) being) (soi(en)?t |be )?(transmis|communiqu|envoy|partag|sent|shared|passed|disclosed|given)\w*)\b[^.;!?]{0,80}"
    r"\b(a|au|aux|to) (mon|ma|mes|my)\b")
#: Something of the sender's to take off her pages or accounts ("remove my photo from Facebook").
_OFF_HER_PAGES_RE = re.compile(
    r"\b(remove|delete|take (down|off)|retirer|retirez|supprimer|supprimez|enlever|enlevez)\b[^.;!?]{0,80}\b(from|de|du|sur) "
    r"(facebook|instagram|linkedin|youtube|your (site|website|page)|votre (site|page)|ton site|ta page)\b")
#: The object is another person: "vos notes la concernant", "tout ce que vous avez sur lui", "what you hold about her".
_ABOUT_THEM_RE = re.compile(r"\b((la|le) concernant|sur (elle|lui)|a son sujet|about (him|her)|on (him|her)(?= *([,.;:!?]|$)))\b")
_MINE_RE = re.compile(r"\b(mes|mon|ma|my|mine|moi|me concernant)\b")


def someone_elses(norm: str, findings: Findings) -> bool:
    """A sentence about another adult's things ("supprimez toutes ses données", "what you hold about
    her") and none of the sender's, where nobody is represented: not for the recall nets."""
    if findings.represented:
        return False
    return bool((_THEIR_THING_RE.search(norm) or _ABOUT_THEM_RE.search(norm)) and not _MINE_RE.search(norm))


#: A living adult relative named as the one the message is about ("Ma mère, 84 ans, vient vous voir").
_RELATIVE_RE = re.compile(
    r"\b(mon|ma|my) (frere|soeur|mere|pere|maman|papa|mari|epoux|epouse|femme|compagnon|compagne|conjointe?|ami|amie|copine|copain|collegue|"
    r"friend|colleague|cousin|cousine|"
    r"beau-pere|belle-mere|grand-mere|grand-pere|father|mother|dad|mum|mom|husband|wife|brother|sister|partner|"
    r"grandmother|grandfather|father-in-law|mother-in-law)\b|"
    r"\b(je suis|i'm|i am) (le|la|her|his) (fils|fille|mari|epoux|epouse|femme|frere|soeur|son|daughter|husband|wife|brother|sister)\b")
#: Their things or them taken off a list ("son dossier", "à son sujet", "take him off").
_THEIR_REF_RE = re.compile(
    r"\b(a son sujet|(la|le) concernant|sur (elle|lui)|about (him|her)|(take|remove|get|strike) (him|her) (off|from|out))\b|"
    r"\b(m'inquiete|inquiete?|worried|concerned) (pour|about) (elle|lui|him|her)\b|\b(demander|demande|ask|asking) (ca |cela |it |this )?(pour|for) (elle|lui|him|her)\b|"
    r"\b(son|sa|ses|his|her) (bilan|evaluation|assessment|resultats?|results?|questionnaire|notes de seance|session notes)\b|"
    r"\b(son|sa|ses|his|her) (dossier|fiche|donnees|informations|coordonnees|notes|compte|file|records|data|details|"
    r"information|inbox|boite|adresse|e-?mail|numero|portable|account)\b")
_MY_THINGS_RE = re.compile(
    r"\b(mes|mon|ma|my|nos|notre|our) ([\w-]+ ){0,2}(donnees|informations|infos|notes|dossiers?|fiches?|coordonnees|adresse|"
    r"e-?mail|numero|compte|questionnaires?|tableaux|resultats?|bilans?|reponses|documents|photos?|temoignage|"
    r"data|files?|records|details|account|address|number|questionnaires?|results|answers|photos?|testimonial)\b|\b(me concernant|sur moi|about me|a mon sujet)\b|"
    r"\b(i (filled in|filled out|completed|wrote|did)|que j'(ai|avais) (rempli|remplis|complete|ecrit|fait)e?s?)\b")


#: The sender says they ask nothing yet ("je ne vous demande rien pour l'instant, c'est juste pour
#: savoir", "I'm just asking for now"): their questions are questions.
JUST_ASKING_RE = re.compile(
    r"\b(je ne (vous|te) demande rien( de (particulier|special|precis))?( pour (l'instant|le moment))?(?! pour (les autres|eux|elles?|lui))(?! (d'autre|de plus))(?![^.;!?]{0,30}\bmais\b)|c'est juste pour (savoir|info|information)|"
    r"simple curiosite|(i'm|i am) (just|only) asking( for now)?|(i'm|i am) not asking (you )?(for anything|to do anything) (yet|for now)|"
    r"(i|je) (haven't|have not|n'ai (encore )?rien|n'ai pas (encore )?) decid\w*)\b")


def relatives_data(norm_all: str, findings: Findings) -> bool:
    """A message about a living adult relative's data ("Ma mère... Pourriez-vous m'envoyer son
    dossier ?", "He's on your mailing list. Could you take him off?") with nothing of the sender's
    own: someone else's data, not a request to her (labelling policy), unless someone is
    represented (a minor, a mandate) or has died (an heir)."""
    if findings.represented or DEATH_RE.search(norm_all):
        return False
    return bool(_RELATIVE_RE.search(norm_all) and _THEIR_REF_RE.search(norm_all) and not _MY_THINGS_RE.search(norm_all))


def not_the_senders(norm_all: str, findings: Findings) -> bool:
    """A relative's data, or a sender who says they ask nothing yet ("je ne vous demande rien pour
    l'instant", "I'm just asking for now"): neither recall net reads a request of the sender's into it."""
    return relatives_data(norm_all, findings) or JUST_ASKING_RE.search(norm_all) is not None


#: Records kept of one's sessions ("les notes de séance de 2022"): data, not a booking to cancel.
_SESSION_RECORDS_RE = re.compile(
    r"\b(notes?|comptes?[- ]rendus?|fiches?|bilans?|enregistrements?|questionnaires?|syntheses?|observations|traces?) "
    r"(de|des|du|d'|prises? (en|pendant|lors de)) ?(mes |nos |la |les |ma |notre )?(seances?|sessions?|ateliers?|stages?|coaching|entretiens?)\b|"
    r"\b(session|coaching|workshop) (notes|recordings?|records|summaries|worksheets)\b")


#: Where a long sentence divides into clauses: punctuation, a dash, "mais", "alors", "donc", "but", "so".
_CLAUSE_RE = re.compile(r"[,;:()]|\s[-\u2013\u2014]+\s|\s[-\u2013\u2014]+(?=,)|\b(?:mais|alors|donc|but|so)\b")
#: A clause that asks something of her on its own ("j'aimerais savoir", "je m'oppose", "pourriez-vous").
_CLAUSE_DEMAND_RE = re.compile(
    DEMAND_RE.pattern + r"|\b(je m'oppose|i object|je vous demande|je (vous )?serais (tres )?(reconnaissante?|obligee?)|de bien vouloir|"
    r"(i|we) (would|'d) be (most |very )?(grateful|obliged)|je (retire|reviens sur|revoque)|i (withdraw|revoke|take back)|"
    r"si (tu|vous) (pouvais|pouviez)|if you could)\b")


#: A sentence led by a condition ("Si j'ai consenti..., je retire ce consentement"): its clauses are not read alone.
_LEADING_IF_RE = re.compile(r"^(et |and )?(si|s'il|if|au cas ou|in case|insofar as|dans la mesure ou|should|supposing|en cas de|a supposer)\b")


def _demand_clauses(norm: str) -> list[str]:
    """The clauses of a long sentence that carry a demand of their own, when there are several; a
    short demand ("je vous demande") is read with the clauses that complete it ("sur le fondement de
    l'article 17", "de procéder à l'effacement de...")."""
    clauses = [c.strip() for c in _CLAUSE_RE.split(norm) if c and c.strip()]
    if len(clauses) < 2:
        return []
    found: list[str] = []
    for i, clause in enumerate(clauses):
        if not _CLAUSE_DEMAND_RE.search(clause):
            continue
        if clause.count(" ") >= 3:
            found.append(clause)
        else:
            found.append(", ".join(clauses[i:i + 3]))
    return found


def _match_sentence(sentence: Sentence, findings: Findings, prefilter: Prefilter,
                    third_context: bool = False, is_subject: bool = False, represented: bool = False,
                    body_cancel: bool = False, adult_child: bool = False, in_clause: bool = False) -> None:
    """The rights ``sentence`` exercises, added to ``findings``; the ones a filter explains are set
    aside with the reason. When a filter set aside a whole sentence ("J'ai essayé moi-même..., alors
    pourriez-vous faire l'export"), each of its clauses that asks on its own is read alone."""
    norm = sentence.norm
    found = [(pattern, match) for pattern in map(PATTERNS.__getitem__, prefilter.candidates(norm))
             if (match := pattern.regex.search(norm)) is not None]
    if not found:
        return  # most sentences: no right named, so no context to read
    if _DISCLAIMER_RE.search(norm):
        findings.discarded.append(f"ignoré (mention légale d'une signature) : {clip(sentence.original)}")
        return
    first_person = bool(FIRST_PERSON_RE.search(norm))
    notice = (not first_person and bool(RIGHTS_NOTICE_RE.search(norm)
                                        or (sentence.is_question and _READER_BUSINESS_RE.search(norm)))) or bool(_SAYS_I_CAN_RE.search(norm)
                                                                                  or _HER_REQUESTS_RE.search(norm))
    long_sentence = norm.count(" ") >= 6  # a bare "Article 15 RGPD." is still a possible request
    kind = question_kind(sentence)
    demand = bool(DEMAND_RE.search(norm)) or kind == "polite" or bool(_LIST_ITEM_DEMAND_RE.match(norm))
    third_party = bool(THIRD_PARTY_RE.search(norm)) or (
        third_context and bool(_OTHER_AGENT_RE.search(norm)) and not _YOU_RE.search(norm)
        and not (represented and re.search(r"\b(me concernant|sur moi|a mon sujet|mes donnees)\b", norm))  # the client's, read as own
    ) or (third_context and sentence.is_question and bool(_FOR_OTHER_RE.search(norm)))
    if not represented and (_SOMEONE_ELSE_WANTS_RE.search(norm)
                            or (_THEIR_THING_RE.search(norm) and not _MINE_RE.search(norm))
                            or _ABOUT_THEM_RE.search(norm)):
        third_party = True  # an adult relative's or friend's data: theirs to ask for
    if adult_child and not represented and not _MINE_RE.search(norm):
        third_party = True  # "Ma fille (24 ans) ... Pourriez-vous me transmettre vos notes ?": her data, not the sender's
    if third_party and _NOT_TO_THEM_RE.search(norm):
        third_party = False  # "ne transmettez rien à mon employeur": the sender's data kept from someone
    if third_party and _OFF_HER_PAGES_RE.search(norm) and not _SOMEONE_ELSE_WANTS_RE.search(norm):
        third_party = False  # "remove the photos where I appear from Facebook and from your site": her pages
    if third_party and _MINE_AT_PROCESSOR_RE.search(norm):
        third_party = False  # "toutes mes données, y compris celles chez Stripe": hers, held by her processors
    if third_party and _YOU_HOLD_ABOUT_ME_RE.search(norm):
        third_party = False  # "what you keep about me, and who you gave it to (a company I don't know)"
    hits: list[tuple[Right, int, str, int, int]] = []
    discarded_before = len(findings.discarded)
    instruction = bool(INSTRUCTION_RE.search(norm))
    thanks_done = THANKS_DONE_RE.search(norm)
    cancel = ((bool(CANCEL_CTX_RE.search(norm)) or body_cancel) and not MAIL_CTX_RE.search(norm)
              and not _OBJECT_WORD_RE.search(norm))
    login = bool(LOGIN_RE.search(norm))
    for pattern, match in found:
        right = pattern.right
        if right is Right.ACCESS and _sends_a_copy(norm[: match.start()]):
            findings.discarded.append(f"ignoré (l'expéditeur envoie lui-même une copie) : {clip(sentence.original)}")
            continue
        if right is Right.ERASURE and _USUALLY_RE.search(norm[max(0, match.start() - 30):match.end()]):
            findings.discarded.append(f"ignoré (pratique habituelle décrite, pas une demande) : {clip(sentence.original)}")
            continue
        if _UNSURE_RE.search(norm[: match.start()]):
            findings.discarded.append(f"ignoré (hésitation, pas encore une demande) : {clip(sentence.original)}")
            continue
        if sentence.is_question and _HANDLED_PASSIVE_RE.search(norm):
            findings.discarded.append(f"ignoré (question sur le traitement des données) : {clip(sentence.original)}")
            continue
        if right is Right.ERASURE and _RETENTION_RE.search(norm) and not demand and not _IMPERATIVE_ERASE_RE.match(norm):
            findings.discarded.append(f"ignoré (durée de conservation décrite, pas une demande) : {clip(sentence.original)}")
            continue
        if (right is Right.PORTABILITY and _SELF_EXPORT_RE.search(norm)) or (right is Right.OBJECTION and _TOOL_RE.search(norm)) or (
                right is Right.OBJECTION and _LINK_RE.search(norm) and not re.search(r"\b(me|moi|m')\b", norm)):
            findings.discarded.append(f"ignoré (action de l'expéditeur ou outil, pas une demande) : {clip(sentence.original)}")
            continue
        if (right in (Right.RECTIFICATION, Right.PORTABILITY) and _TELECOM_RE.search(norm)
                and not PHONE_DIGITS_RE.search(norm) and not re.search(r"\b(nouveau numero|new number)\b", norm)):
            findings.discarded.append(f"ignoré (changement d'opérateur, numéro conservé) : {clip(sentence.original)}")
            continue
        if right in (Right.ERASURE, Right.OBJECTION) and any(
                against.start() < match.end() and match.start() < against.end() for against in AGAINST_ERASURE_RE.finditer(norm)):
            findings.negated.add(Right.ERASURE)
            findings.discarded.append(f"ignoré (opposition à l'effacement : une limitation) : {clip(sentence.original)}")
            continue
        if right is Right.OBJECTION and "oppos" in match.group(0) and _OPPOSE_PERSON_RE.match(norm, match.end()):
            findings.discarded.append(f"ignoré (s'opposer à quelqu'un, pas à un traitement) : {clip(sentence.original)}")
            continue
        if _GENERIC_ADVICE_RE.search(norm[max(0, match.start() - 40):match.start()]) and _THEIR_RE.search(match.group(0)):
            findings.discarded.append(f"ignoré (conseil général, pas une demande) : {clip(sentence.original)}")
            continue
        if right is Right.ACCESS and _ERASE_BEFORE_RE.search(norm[max(0, match.start() - 30):match.start()]):
            findings.discarded.append(f"ignoré (ce qui est à effacer, pas un accès) : {clip(sentence.original)}")
            findings.set_aside.add(Right.ACCESS)
            continue
        if right is Right.PORTABILITY and _DONE_TO_ME_RE.search(norm[: match.start()]):
            findings.discarded.append(f"ignoré (ce qui a été fait de ses données, pas une demande) : {clip(sentence.original)}")
            continue
        if right is Right.ERASURE and _MESSAGE_OBJECT_RE.search(norm) and not _MY_CONTACT_DATA_RE.search(match.group(0)):
            findings.discarded.append(f"ignoré (un message à effacer, pas des données) : {clip(sentence.original)}")
            continue
        if right is Right.PORTABILITY and not first_person and not is_subject and not demand:
            findings.discarded.append(f"ignoré (format de fichier, sans demande pour soi) : {clip(sentence.original)}")
            continue
        if sentence.is_question and HYPOTHESIS_RE.search(norm[: match.start()]):
            findings.discarded.append(f"ignoré (question hypothétique) : {clip(sentence.original)}")
            continue
        if login and (right is Right.ACCESS or (right is Right.RECTIFICATION and not PHONE_DIGITS_RE.search(norm)
                                                and "@" not in sentence.original)):
            findings.discarded.append(f"ignoré (problème de connexion, pas un droit d'accès) : {clip(sentence.original)}")
            continue
        if instruction and right is Right.OBJECTION:
            findings.discarded.append(f"ignoré (mode d'emploi de désinscription) : {clip(sentence.original)}")
            continue
        if right is Right.WITHDRAW_CONSENT and CONDITIONAL_CONSENT_RE.match(norm):
            findings.discarded.append(f"ignoré (consentement conditionnel, formule type) : {clip(sentence.original)}")
            continue
        if (right is Right.OBJECTION and re.match(r"(desinscri|desincri|desabonn|desabone|unsubscrib|opted)", match.group(0))
                and _SELF_DONE_RE.search(norm[: match.start()])
                and not MAIL_CTX_RE.search(norm[match.end():])):
            findings.discarded.append(f"ignoré (désinscription faite ailleurs, pas une demande) : {clip(sentence.original)}")
            continue
        if (right is Right.ERASURE and re.match(r"(s[ou]p+r|ef+a[cs]|detrui|delet|eras|remov|wip)", match.group(0))
                and re.search(r"(\b(je|i|i'll|i will|je vais|on va|we'll|we will|nous allons|j'ai du (le |la |les )?|i had to|do i just|do i simply|should i just)|(^|\s)j')\s*$", norm[: match.start()])) or _by_myself(norm, match.end()):
            findings.discarded.append(f"ignoré (l'expéditeur le fait lui-même) : {clip(sentence.original)}")
            continue
        if _YOUR_DATA_RE.search(norm) and not _MINE_RE.search(norm):
            findings.discarded.append(f"ignoré (les données du destinataire, pas celles de l'expéditeur) : {clip(sentence.original)}")
            continue
        if right is Right.RECTIFICATION and _PLACE_GIVEN_RE.search(norm):
            findings.discarded.append(f"ignoré (place cédée à quelqu'un d'autre, pas une correction) : {clip(sentence.original)}")
            continue
        if _DIFFERENCE_RE.search(norm) or _PRACTITIONER_CTX_RE.search(norm) or _CASE_STUDY_RE.search(norm[: match.start()]):
            findings.discarded.append(f"ignoré (droits discutés, pas exercés) : {clip(sentence.original)}")
            continue
        if _PAST_VERB_RE.match(match.group(0)) and (_PAST_ACTOR_RE.search(norm[: match.start()])
                                                    or _AND_PAST_RE.search(norm[: match.start()])):
            findings.discarded.append(f"ignoré (action passée, pas une demande) : {clip(sentence.original)}")
            continue
        if (thanks_done and thanks_done.start() < match.start() and not _IN_ADVANCE_RE.search(norm)
                and not _ONCE_RE.search(norm[max(0, thanks_done.start() - 30):thanks_done.start()])):
            findings.discarded.append(f"ignoré (remerciement pour une action faite) : {clip(sentence.original)}")
            continue
        if _CLIENTELE_RE.search(norm) and not PERSONAL_DATA_RE.search(norm):
            findings.discarded.append(f"ignoré (données de sa clientèle, pas celles de l'expéditeur) : {clip(sentence.original)}")
            continue
        if right is Right.WITHDRAW_CONSENT and _SENDING_RE.search(norm) and _SIGNED_FORM_RE.search(norm):
            findings.discarded.append(f"ignoré (autorisation signée envoyée, consentement donné) : {clip(sentence.original)}")
            continue
        if right in (Right.PORTABILITY, Right.ACCESS) and _BUSINESS_EXPORT_RE.search(norm) and not PERSONAL_DATA_RE.search(norm):
            findings.discarded.append(f"ignoré (export de données d'activité, pas les siennes) : {clip(sentence.original)}")
            continue
        if cancel and (right is Right.OBJECTION or (right is Right.ERASURE and pattern.strength == MEDIUM
                                                    and not _SESSION_RECORDS_RE.search(norm))):
            findings.discarded.append(f"ignoré (annulation d'une réservation ou d'une séance) : {clip(sentence.original)}")
            continue
        if is_negated(norm, match.start(), match.end(), pattern.self_negating):
            findings.negated.add(right)
            findings.discarded.append(f"ignoré (négation, {right.value}) : {clip(sentence.original)}")
            continue
        if third_party:
            findings.someone_else = True
            findings.discarded.append(f"ignoré (données d'un tiers) : {clip(sentence.original)}")
            continue
        if notice:
            findings.discarded.append(f"ignoré (information sur les droits du lecteur) : {clip(sentence.original)}")
            continue
        if pattern.strength == MEDIUM and not demand and not first_person and not is_subject and long_sentence:
            findings.discarded.append(f"ignoré (droit cité, sans demande pour soi) : {clip(sentence.original)}")
            continue
        if kind == "info" and not (pattern.question_ok and not _general_question(norm)):
            findings.discarded.append(f"ignoré (question générale sur les droits) : {clip(sentence.original)}")
            continue
        strength = pattern.strength
        if strength == MEDIUM and demand:
            strength = STRONG
        if kind in ("howto", "other") and not pattern.question_ok:
            strength = min(strength, MEDIUM)
        hits.append((right, strength, match.group(0), match.start(), match.end()))
    portability = any(h[0] is Right.PORTABILITY for h in hits)
    erase_spans = [(h[3], h[4]) for h in hits if h[0] in (Right.ERASURE, Right.PORTABILITY, Right.RESTRICTION)]
    if erase_spans:
        # "effacez tout ce que vous avez sur moi": what is held is the object of the erasure
        hits = [h for h in hits if not (h[0] is Right.ACCESS and _HELD_OBJECT_RE.match(h[2])
                                        and any(b <= h[3] <= e + 3 or (e < h[3] <= e + 80 and not _ACCESS_VERB_RE.search(norm[e:h[3]]))
                                                for b, e in erase_spans))]
    set_aside_rights = {p.right for p, _ in found if p.strength >= STRONG} - {h[0] for h in hits}
    if set_aside_rights and not in_clause and not _LEADING_IF_RE.match(norm):
        # a filter set a right aside for the whole sentence: its clauses that ask on their own are read alone
        set_aside, evidence = len(findings.discarded) - discarded_before, len(findings.evidence)
        for clause in _demand_clauses(norm):
            _match_sentence(Sentence(sentence.original, clause, sentence.is_question), findings, prefilter, third_context,
                            is_subject=is_subject, represented=represented, body_cancel=body_cancel,
                            adult_child=adult_child, in_clause=True)
        if not hits and len(findings.evidence) > evidence:  # a clause asks on its own: the whole sentence's reasons no longer hold
            del findings.discarded[discarded_before:discarded_before + set_aside]
        if not hits:
            return
    for right, strength, text, _, _ in hits:
        if portability and right is Right.ACCESS and _FETCH_RE.match(text):
            continue  # "récupérer mes données ... au format CSV": one portability request
        if right is Right.ACCESS:
            findings.access_fetch.append(bool(_FETCH_RE.match(text)))
        findings.add(right, strength, clip(sentence.original))


def analyse_text(text: str, subject: str = "") -> Findings:
    """Find the rights exercised in ``text`` (new text) and an optional non-reply subject."""
    findings = Findings()
    units = sentences(text)
    body_info_question = any(question_kind(s) == "info" for s in units)
    subject_norm = normalise(subject)
    label_only = not (DEMAND_RE.search(subject_norm) or FIRST_PERSON_RE.search(subject_norm))
    if subject and not REPLY_PREFIX_RE.match(subject) and not _IF_SUBJECT_RE.match(subject_norm) and not (
            (subject.rstrip().endswith("?") or label_only) and body_info_question):
        units.insert(0, Sentence(subject, normalise(subject), subject.rstrip().endswith("?")))
    else:
        subject = ""
    adult = any(_ADULT_AGE_RE.search(s.norm) for s in units)  # "ma fille de 25 ans": another adult
    dead = any(DEATH_RE.search(s.norm) for s in units)
    represented = any(REPRESENTED_RE.search(s.norm) or MINOR_AGE_RE.search(s.norm) for s in units) and not adult and not dead
    findings.represented = represented or dead
    if represented:
        units = [Sentence(s.original, as_represented(s.norm), s.is_question) for s in units]
    third_context = any(THIRD_PARTY_RE.search(s.norm) for s in units)
    # a subject ("Désinscription") reads in its body's context: a workshop cancelled, or mail stopped
    body_cancel = bool(subject) and not _OPT_OUT_WORD_RE.match(subject_norm) and any(
        CANCEL_CTX_RE.search(s.norm) for s in units[1:]) and not any(MAIL_CTX_RE.search(s.norm) for s in units[1:])
    prefilter = PREFILTER.within("\n".join(s.norm for s in units))  # the anchors of this message
    for index, sentence in enumerate(units):
        is_subject = bool(subject) and index == 0 and not REPLY_PREFIX_RE.match(subject)
        _match_sentence(sentence, findings, prefilter, third_context, is_subject=is_subject,
                        represented=represented or dead, body_cancel=is_subject and body_cancel,
                        adult_child=adult)
    norm_all = normalise(text)
    if findings.strength and JUST_ASKING_RE.search(norm_all) and all(
            s.is_question for s in units if clip(s.original) in {e for v in findings.sentences.values() for e in v}):
        findings.discarded.extend(f"ignoré (simple question, l'expéditeur ne demande rien) : {e}" for e in findings.evidence)
        findings.strength, findings.evidence, findings.sentences = {}, [], {}
    if findings.strength and relatives_data(norm_all, findings):
        findings.discarded.extend(f"ignoré (données d'un proche, pas les siennes) : {e}" for e in findings.evidence)
        findings.strength, findings.evidence, findings.sentences = {}, [], {}
        findings.someone_else = True
    message_readings(units, norm_all, findings)
    erasure = findings.sentences.get(Right.ERASURE, [])
    if (erasure and Right.RECTIFICATION not in findings.strength and _REPLACEMENT_RE.search(norm_all)
            and all(_ONE_FIELD_ERASE_RE.search(normalise(e)) and not PERSONAL_DATA_RE.search(normalise(e)) for e in erasure)):
        findings.strength[Right.RECTIFICATION] = findings.strength.pop(Right.ERASURE)
        findings.evidence.append("rectification : une coordonnée retirée, une autre donnée à la place")
    rectified = findings.sentences.get(Right.RECTIFICATION, [])
    if (Right.RESTRICTION in findings.strength and rectified and _INACCURATE_RE.search(norm_all)
            and not any(_CORRECT_ASK_RE.search(normalise(r)) for r in rectified)):
        findings.strength.pop(Right.RECTIFICATION)  # accuracy contested, processing paused meanwhile: art. 18(1)(a)
        findings.evidence.append("limitation : exactitude contestée, sans correction demandée")
    if not findings.strength.get(Right.OBJECTION) and MAIL_CTX_RE.search(norm_all):
        bare = [s for s in units if _BARE_STOP_RE.match(s.norm)]
        if bare:  # "je n'ai jamais consenti à recevoir vos SMS. Merci d'arrêter."
            findings.add(Right.OBJECTION, STRONG, clip(bare[0].original))
    if Right.OBJECTION in findings.strength and STAY_RE.search(norm_all):
        findings.strength.pop(Right.OBJECTION)  # "le lien de désinscription est cassé (je reste abonnée !)"
        findings.discarded.append("ignoré (l'expéditeur veut rester abonné)")
    if Right.OBJECTION in findings.strength and (Right.ERASURE in findings.negated or NEG_ERASE_RE.search(normalise(text))):
        stop = any(_STOP_USING_RE.search(normalise(s)) for s in findings.sentences.get(Right.OBJECTION, []))
        if stop and not re.search(r"\b(newsletter|prospection|marketing|publicit|mails?|emails?)\b", norm_all):
            findings.strength[Right.RESTRICTION] = findings.strength.pop(Right.OBJECTION)
            findings.evidence.append("restriction : ne plus utiliser sans supprimer")
    cue = _own_directives(norm_all)
    if (DEATH_RE.search(norm_all) and THEIR_DATA_RE.search(norm_all) and not _PRACTITIONER_CTX_RE.search(norm_all)
            and not _held_elsewhere(units)):
        _only_post_mortem(units, DEATH_RE, findings)
    elif (any(cue.search(s.norm) and not s.is_question for s in units)
            and (findings.strength or _MY_DATA_RE.search(norm_all))):
        # instructions for one's own data after one's death (art. 85 loi Informatique et Libertés);
        # what is asked for now besides ("en attendant, plus de newsletter") stays asked
        now = {right for right in set(findings.strength) - {Right.POST_MORTEM} if _MEANWHILE_RE.search(norm_all) and any(
            _MEANWHILE_RE.search(said) or not cue.search(said) for said in map(normalise, findings.sentences.get(right, [])))}
        strength = dict(findings.strength)
        _only_post_mortem(units, cue, findings)
        findings.strength.update({right: strength[right] for right in now})
    return findings


#: Death said softly ("après mon départ", "quand je serai partie"): one's own only beside a grave illness told.
_SOFT_DEATH_RE = re.compile(
    r"\b(apres mon depart|(quand|lorsque|une fois que) je serai partie?|quand je m'en (irai|serai allee?)|"
    r"when i'?m gone|once i'?ve gone|after i'?m gone)\b(?! (en|a|au|aux|pour|de|du|des|dans|chez|sur|on|to|for|from)\b)")
_GRAVE_ILLNESS_RE = re.compile(
    r"\b(maladie|malade|cancer|tumeur|condamnee?|soins palliatifs|fin de vie|phase terminale|mes jours sont comptes|"
    r"(pas|plus) (beaucoup|longtemps|tres longtemps) (de temps|a vivre)|ne me laisse (pas|plus) (beaucoup|longtemps)|il me reste (peu|quelques)|"
    r"terminal|terminally|illness|palliative|not much time|not long to live|end of life)\b")
#: Something asked for now beside instructions for after one's death.
_MEANWHILE_RE = re.compile(
    r"\b(en attendant|d'ici la|dans l'immediat|des maintenant|des a present|des aujourd'hui|pour l'instant|pour le moment|"
    r"d'une part|d'autre part|in the meantime|meanwhile|for now|right now|until then|firstly|secondly)\b")
_OWN_DIRECTIVES_SOFT_RE = re.compile(OWN_DIRECTIVES_RE.pattern + "|" + _SOFT_DEATH_RE.pattern)


def _held_elsewhere(units: list[Sentence]) -> bool:
    """Every sentence naming the deceased's data names it at their bank or operator, not with her."""
    theirs = [norm for norm in (normalise(s.original) for s in units) if THEIR_DATA_RE.search(norm)]
    return bool(theirs) and all(_ELSEWHERE_RE.search(norm) for norm in theirs)


def _own_directives(norm_all: str) -> re.Pattern[str]:
    """The cue of instructions for after one's own death: the soft words count when an illness is told."""
    return _OWN_DIRECTIVES_SOFT_RE if _GRAVE_ILLNESS_RE.search(norm_all) else OWN_DIRECTIVES_RE


def _only_post_mortem(units: list[Sentence], cue: re.Pattern[str], findings: Findings) -> None:
    """Whatever else is asked, the right is the post-mortem one; the sentences with ``cue`` lead the evidence."""
    lead = [clip(s.original) for s in units if cue.search(s.norm)][:2]
    findings.strength = {Right.POST_MORTEM: STRONG}
    findings.evidence = lead + [e for e in findings.evidence if e not in lead]

