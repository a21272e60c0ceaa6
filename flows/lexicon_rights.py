"""Lexicon of rights: patterns (French and English) that signal the exercise of each right.

Patterns run on *normalised* text (lowercase, accents stripped, straight apostrophes, single
spaces; see :func:`flows.lexicon_context.normalise`), so they are written without accents and
tolerate the common typos ("suprimer", "donees"). Each pattern carries a strength:

* ``STRONG`` (3): an explicit exercise ("supprimez mes données", "send me a copy of my data");
* ``MEDIUM`` (2): the right named with a personal object or article ("droit à l'oubli",
  "article 17"), a request when a demand cue is in the sentence, else a possible request;
* ``WEAK`` (1): the topic only.

``question_ok`` marks patterns that are requests even as questions ("quelles données
avez-vous sur moi ?").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from flows.lexicon_anchors import Prefilter, anchors
from flows.models import Right

STRONG = 3
MEDIUM = 2
WEAK = 1


@dataclass(frozen=True)
class Pattern:
    """One signal: a compiled regex, the right it points to, its strength."""

    right: Right
    regex: re.Pattern[str]
    strength: int
    question_ok: bool = False
    self_negating: bool = False
    #: literal strings one of which a match starts with (flows.lexicon_anchors), None if unknown
    anchors: frozenset[str] | None = None


# ---------------------------------------------------------------- shared building blocks
GAP = r"[^.;:!?]{0,45}?"  # a short stretch inside the same clause
DATA_FR = (
    r"(donn?e+s?|infos?|informations?|coordonn?e+s?|fichiers?|dossiers?|historiques?|traces?|"
    r"profils?|comptes?|enregistrements?|notes?|documents?|contacts?|adresses?|e-?mails?|mails?|"
    r"numeros?|fiches?|elements?|renseignements?|echanges|bilans?|questionnaires?|correspondances?|conversations?)"
)
MY_FR = r"(mes|mon|ma|toutes? mes|tous mes|l'ensemble de mes|l'integralite de mes|les)"
ABOUT_ME_FR = r"(me concernant|sur moi|a mon (sujet|propos|nom)|qui me concerne(nt)?|relatives? a moi|sur ma personne|pour moi)"
DATA_EN = (
    r"(data|informations?|info|details|records?|account|profile|file|history|contact details|"
    r"email address|e-mail address|personal details)"
)
MY_EN = r"(my|all my|all of my|all the|all|any|the|all of the|any of my|any of the)"
ABOUT_ME_EN = r"(about me|on me|concerning me|relating to me|related to me|you (hold|have|keep|store))"
NOT_SERVICE = (
    r"(?!\s*(a |au |aux |de )?(mon |ma |mes |votre |vos |la |le |l')?"
    r"(espace|plateforme|formation|replay|cours|video|module|contenu|lien|seance|atelier|zoom|"
    r"programme|membre|site|application|appli|compte client en ligne|groupe))"
)
ERASE_V_FR = r"(s[ou]p+r+[iy]m+\w*|ef+a[cs]+\w*|detrui\w*|detruis\w*|radie\w*)"
ERASE_V_EN = r"(delet\w*|eras\w*|remov\w*|wip\w*|purg\w*|destroy\w*|get rid of|bin|ditch|scrap|trash)"
PUBLISHED_FR = r"(temoignages?|interviews?|podcasts?|photos?|fotos?|images?|videos?|avis|portraits?|citations?|visages?|commentaires?|posts?|textes?|recits?|histoire|propos)"
PUBLISHED_EN = r"(testimonials?|interviews?|podcasts?|photos?|pictures?|images?|videos?|reviews?|quotes?|story|face)"
FIELDS_FR = (
    r"(nom|prenom|adresse|numero|telephone|portable|tel|num|e-?mail|mail|courriel|coordonn?ees|date de naissance|"
    r"orthographe|informations personnelles|donnees personnelles|donnees|infos|code postal|ville)"
)
FIELDS_EN = (
    r"(name|surname|first name|last name|address|phone( number)?|mobile( number)?|number|"
    r"email( address)?|e-mail( address)?|date of birth|birthdate|details|contact details|"
    r"personal (data|informations?|details)|records?|spelling|postcode|zip code)"
)
MARKETING_FR = (
    r"(news?lett?ers?|lettres? d'informations?|mails?|e-?mails?|courriels?|messages?|sms|offres?|"
    r"publicites?|pubs?|promotions?|relances?|actualites|infolettres?|communications?)"
)
MARKETING_EN = (
    r"(newsletters?|emails?|e-mails?|mails?|messages?|texts?|sms|offers?|marketing|promotions?|"
    r"promotional \w+|updates|mailings?|communications?|adverts?|advertising)"
)
EVENT = r"(atelier|stage|formation|seance|cours|evenement|webinaire|retraite|cercle|workshop|session|class|course|event|webinar|retreat|circle|programme|program)"


_SELF_NEG_RE = re.compile(r"n't|(?:\\b|(?<![A-Za-z]))(?:pas|plus|not|never|no longer|dont|n'utilisez)\b")


#: After "I object": unless "to the <thing>" names processing, mail or data, it is no objection.
_NOT_PROCESSING_EN = (r"(?! to (the|a|an|this|that|these|those|your) (new )?(?!(use|using|processing|marketing|newsletters?|mailings?|"
                      r"e-?mails?|profiling|sharing|transfer|collection|storage|retention|data|information|personal|recording|"
                      r"publication|photos?|testimonials?)\b))")


def _p(right: Right, strength: int, pattern: str, question_ok: bool = False) -> Pattern:
    return Pattern(right, re.compile(pattern), strength, question_ok, bool(_SELF_NEG_RE.search(pattern)), anchors(pattern))


A, RE, E, RS, P, O, W, PM = (
    Right.ACCESS,
    Right.RECTIFICATION,
    Right.ERASURE,
    Right.RESTRICTION,
    Right.PORTABILITY,
    Right.OBJECTION,
    Right.WITHDRAW_CONSENT,
    Right.POST_MORTEM,
)

PATTERNS: tuple[Pattern, ...] = (
    # ------------------------------------------------------------------ access
    _p(A, STRONG, rf"\b(copie|extrait|releve)s? (integrale |complete |exhaustive )?(de |des |d')(toutes |l'ensemble )?(de )?{MY_FR} {DATA_FR}"),
    _p(A, STRONG, rf"\bcopie,? {GAP}{ABOUT_ME_FR}|\bcopie (de |d')?(l'ensemble|l'integralite|la totalite|tout|toutes|tous)\b[^.;!?]{{0,80}}{ABOUT_ME_FR}"),
    _p(A, STRONG, rf"\bacces {GAP}{MY_FR} {DATA_FR}(?! (de )?(connexion|d'acces))"),
    _p(A, STRONG, rf"(\b(demander|demande|exerce|exercer|obtenir|avoir) (l'|un |mon |le droit d'|votre )|\bma demande d')acces\b{NOT_SERVICE}"),
    _p(A, STRONG, rf"\b(quelles?|quels?|quel type de|quels types de|lesquelles de) (sont les )?(donnees|informations|infos?|renseignements)\b{GAP}(avez|detenez|possedez|conservez|gardez|traitez|stockez|collectez|disposez|vous avez|"
        r"aviez|gardiez|conserviez|deteniez)\b(?! (prevu|propose|annonce|envoye|donne))", question_ok=True),
    _p(A, STRONG, rf"\b(savoir|connaitre|m'indiquer|me dire|me communiquer|me transmettre|m'envoyer|me faire parvenir|recevoir|obtenir|consulter|voir|verifier)\b{GAP}(donnees|informations|infos?|renseignements)\b{GAP}({ABOUT_ME_FR}|que vous (avez|detenez|possedez|conservez|gardez|traitez))", question_ok=True),
    _p(A, STRONG, rf"\b(ce|tout ce) (que|qu'on|qu') ?(vous|tu|t') ?(avez|savez|detenez|possedez|conservez|gardez|stockez|as|sais|detiens|conserves|gardes|stockes)\b(?! (fait|ete|dit|apporte|donne))(?! pu )(?! tant )(?! bien )(?!(?:[^.;!?]{0,40})\b(fait|apporte) pour moi){GAP}({ABOUT_ME_FR}|de moi)", question_ok=True),
    _p(A, STRONG, r"\b(m'envoyer|me transmettre|me communiquer|me faire parvenir|recevoir|obtenir|consulter|recuperer|avoir acces a) (une copie de |la copie de )?(l'ensemble de |toutes |tous )?(mon dossier|mes notes|mes comptes?[- ]rendus|mes fiches?|mon historique|ma fiche)"),
    _p(A, STRONG, r"\b(envoyez|transmettez|communiquez|faites parvenir|adressez|faites suivre)[- ]moi\b[^.;!?]{0,40}\b(donnees|informations|infos|dossier|copie|notes|fiches?|renseignements)\b(?![^.;!?]{0,20}\b(atelier|stage|formation|seance|programme|tarifs?|prix|horaires?|facture))"),
    _p(A, STRONG, r"\b(me faire parvenir|m'envoyer|me transmettre|m'adresser|me communiquer|recuperer|obtenir|recevoir) (l'integralite|la totalite|l'ensemble) (de |des )?(mon dossier|mes donnees|mes informations|mes notes|mes fiches|donnees|informations)\b[^.;!?]{0,60}\b(me concernant|sur moi|a mon sujet|que vous (detenez|conservez|avez|gardez|traitez))|\b(me faire parvenir|m'envoyer|me transmettre|m'adresser|recuperer|obtenir|recevoir) (l'integralite|la totalite|l'ensemble) (de )?(mon dossier|mes donnees|mes informations|mes notes|mes fiches)"),
    _p(A, STRONG, r"\bwhat (else )?(do|does|did) you (know|have|hold|keep|store) (on|about) me\b", question_ok=True),
    _p(A, STRONG, r"\b(toute?s?|tous) (les )?(infos?|informations|donnees|renseignements) (que|qu') ?(vous avez|tu as|t'as|vous detenez|vous gardez|vous possedez|vous conservez)\b[^.;!?]{0,20}\b(sur moi|me concernant|a mon sujet)", question_ok=True),
    _p(A, STRONG, r"\bsend me (everything|all|what|whatever) (you have|you've got|you hold|you keep)\b(?! (for|about|on) (the|your|this|next|our) )"),
    _p(A, STRONG, r"\b(avoir acces|acceder|obtenir l'acces) (a|aux|a l'ensemble des|a toutes les) (informations|donnees|infos|renseignements|elements) (que vous (detenez|avez|conservez|gardez)|me concernant)\b"),
    # where the data came from, who received it (art. 15(1)(c) and (g))
    _p(A, STRONG, r"\bd'ou (tenez|tiens|avez|as|sortez|sors)[- ]?(vous|tu)? ?(eu |obtenu |recupere |trouve )?(mon|ma|mes|cette|ce|ces) (adresse|e-?mail|mail|numero|coordonnees|nom|donnees|informations|infos)\b|"
                  r"\bqui (vous|t') ?(l'|les|la|le)? ?(a|ont|aurait) (donne|transmis|communique|fourni|vendu|passe)e?s?\b", question_ok=True),
    _p(A, STRONG, r"\bdestinataires\b[^.;!?]{0,50}\b(mes|mon|ma) (donnees|informations|infos|coordonnees)\b|"
                  r"\b(a|avec) qui\b[^.;!?]{0,40}\b(transmi|communiqu|partag|vend|vendu|donn|transf|cede)\w*\b[^.;!?]{0,30}\b(mes|mon|ma) (donnees|infos|informations|coordonnees|adresse|numero|e-?mail|dossier)\b|"
                  r"\b(a|avec) qui (mes|mon|ma) (donnees|infos|informations|coordonnees|adresse|numero|e-?mail|dossier)\b[^.;!?]{0,30}\b(transmi|communiqu|partag|vend|vendu|donn|transf|cede)\w*|"
                  r"\b(a|avec|aupres de|chez) (quels|quelles) (autres )?(prestataires|partenaires|tiers|destinataires|entreprises|societes|organismes|sous-traitants|outils|plateformes)\b"
                  r"[^.;!?]{0,40}\b(mes|mon|ma) (donnees|infos|informations|coordonnees|adresse|numero|e-?mail|dossier)\b[^.;!?]{0,40}\b(transmi|communiqu|partag|vend|vendu|donn|transf|cede|envoy)\w*|"
                  r"\b(mes|mon|ma) (donnees|infos|informations|coordonnees|adresse|numero|e-?mail|dossier)\b[^.;!?]{0,30}\b(transmi|communiqu|partag|vend|vendu|donn|transf|cede|envoy)\w*"
                  r"[^.;!?]{0,20}\b(a|avec|aupres de|chez) (quels|quelles|qui)\b", question_ok=True),
    _p(A, STRONG, r"\bcomment (vous|tu) (les|l'|la|le) ?(avez|as) (obtenue?s?|eue?s?|recuperee?s?|trouvee?s?|collectee?s?)\b|"
                  r"\bhow you (got|obtained|collected|found) (them|it|my \w+)\b", question_ok=True),
    _p(A, STRONG, r"\bhow did you (get|obtain|find|come by|get hold of) my (mobile |phone |cell |personal |e-?mail |home |postal )?(number|email|e-mail|address|details|data|contact details|information)\b|"
                  r"\bwho (did you|have you|you've|you have|you) (share|shared|give|gave|given|pass|passed|sell|sold|disclose|disclosed|send|sent|transfer|transferred)\w* my (personal )?(data|details|information|email|number|address|name)\b|"
                  r"\b(which|what) (third parties|third-parties|companies|partners|organi[sz]ations|processors|recipients)\b[^.;!?]{0,30}\b(share|shared|give|gave|pass|passed|sell|sold|disclose|disclosed|transfer|transferred|send|sent)\w*\b[^.;!?]{0,20}\bmy\b", question_ok=True),
    _p(A, STRONG, r"\bsend me (a copy of )?(all )?(of )?(my|the personal|my personal) (data|informations?|file|records|notes|details)\b|\bsend me (all )?the (data|informations?) (you hold|you have|you keep|about me|on me)\b"),
    _p(A, STRONG, r"\brecuperer (toutes )?(mes donnees|mes informations|mes infos)\b"),
    _p(A, STRONG, r"\b(m'envoy\w*|me transmet\w*|me communiqu\w*|me fai\w* parvenir|me renvoy\w*|me redonn\w*) (une copie de |la copie de |copie de )?(toutes |l'ensemble de |l'integralite de )?(mes|mon) (donnees|infos|informations|dossier|notes|fiches?|renseignements)\b"),
    _p(A, STRONG, r"\b(relire|lire|voir|consulter|recevoir|avoir|recuperer) ce que (vous|tu) (aviez|avez|avais|as) (note|ecrit|consigne|garde|conserve)\b", question_ok=True),
    _p(A, STRONG, r"\b(copie|recevoir|recuperer|avoir|m'envoyer|me renvoyer|me transmettre|copy|get|receive|send me|have)\b[^.;!?]{0,25}\b(le|du|mon|my|the|of my|of the) "
                  r"(questionnaire|bilan|test|quiz|assessment|intake form|formulaire|profil)\b[^.;!?]{0,40}\b(que j'avais|que j'ai|qu'on avait|i|i'd|i had) "
                  r"(rempli|complete|remplie|fait|filled|did|took|completed)", question_ok=True),
    _p(A, STRONG, r"\b(recevoir|obtenir|avoir|m'envoyer|nous envoyer|me transmettre|nous transmettre|receive|get|send (me|us)) (une |a )?(copie|copy) (des|de ses|de mes|du|de son|of (the|her|his|my)) "
                  r"(comptes?[- ]rendus|notes|fiches|questionnaires?|bilans?|session notes|session reports?|reports?) (de|des|du|of) ?(la |the )?(seances?|sessions?|coaching|bilan|accompagnement)", question_ok=True),
    _p(A, MEDIUM, r"\bdroit d'acces\b"),
    _p(A, MEDIUM, r"\b(je veux|je voudrais|j'aimerais|je souhaite|je souhaiterais|i want|i'd like|give me|donnez[- ]moi|rendez[- ]moi) (avoir |recevoir |obtenir |recuperer |voir |to see |to get |to have )?(toutes |all |all of )?(mes|my|mon|ma) (donn?e+s?|infos|informations|data|personal data|dossier|fiche|file)\b(?! (soient|soit|to be|be|deleted|erased|removed|supprim|effac|detrui|corrig|modifi|rectifi))"),
    _p(A, MEDIUM, r"\b(m'envoy|me transmet|me communiqu|me faire parvenir|recevoir|obtenir|consulter|relire)\w* (une copie de |copie de )?(ces|vos) (notes|comptes?[- ]rendus|observations)\b(?! (de|du|des) (l'atelier|la formation|cours|stage|webinaire|la conference|programme))", question_ok=True),
    _p(A, STRONG, r"\b(m'envoy\w*|me transmet\w*|me communiqu\w*|recevoir|obtenir|consulter|avoir|me redonn\w*|relire) (une copie (de|des) |communication )?(les|des|vos) (notes|comptes?[- ]rendus|fiches?|observations)\b[^.;!?]{0,40}\b(que vous avez (prises?|ecrites?|redigee?s?)|(de|sur|pendant|lors de) (nos|mes) (seances|rendez-vous|rdv|entretiens)|me concernant|sur moi)"),
    _p(A, STRONG, r"\b(tout|ce) (ce )?que vous (avez|gardez|conservez|detenez) (encore |toujours |gard\w* )?(sur moi|me concernant|a mon sujet)", question_ok=True),
    _p(A, STRONG, r"\bque (savez|detenez|possedez|conservez|gardez|avez)[- ](vous|tu) (exactement |encore |au juste )?(de moi|sur moi|me concernant|a mon sujet)\b|"
                  r"\bla liste (de |des )?(toutes )?(mes|les) (donnees|informations|infos)( personnelles)?\b(?! (de|des) (participants|inscrits|clients|stagiaires))", question_ok=True),
    # a result of one's own test or assessment asked back ("récupérer le résultat de mon test de personnalité")
    _p(A, MEDIUM, r"\b(recuperer|recevoir|avoir|obtenir|me renvoyer|me transmettre|m'envoyer|me redonner|retrieve|get back|have back)\b[^.;!?]{0,20}\b(le |les |mes |mon |une copie (de|du|des) )?"
                  r"(resultats?|compte[- ]rendu|reponses?|results?|answers?|scores?) (de|du|a|of|from|to) (mon|ma|mes|my) (test|bilan|questionnaire|evaluation|entretien|profil|diagnostic|assessment|quiz|inventaire)"),
    _p(A, STRONG, r"\b(quelles?|quels?) (donnees|informations|infos|renseignements)\b[^.;!?]{0,60}\b(sont|seraient|restent|demeurent|are|remain) (encore |toujours |still )?"
                  r"(conservee?s|detenue?s|stockee?s|gardee?s|archivee?s|held|kept|stored)( (par vos soins|par vous|chez vous|by you))?\b", question_ok=True),
    _p(A, STRONG, r"\b(know|tell me|see|find out|understand) what (you )?(actually |really |still |exactly |currently )?(keep|hold|have|store|know|retain) (on|about) me\b", question_ok=True),
    _p(A, STRONG, r"\b(connaitre|savoir|know|tell me|see|learn|me dire|m'indiquer)\b[^.;!?]{0,20}\b(les |des |which |what )?(categories|tags|segments|labels|etiquettes|profils?|scores?)\b[^.;!?]{0,60}"
                  r"\b(attribu\w*|attach\w*|assign\w*|associ\w*|applied|linked|me sont|to my (profile|account|record))", question_ok=True),
    _p(A, STRONG, r"\b(furnish|provide|supply|give|send)\w* (me )?(with )?(all |any |a copy of |copies of )?(the |my )?(personal )?(data|information|details|records)\b[^.;!?]{0,30}\b(pertaining to|relating to|concerning|regarding|about|related to) (me|my person)\b"),
    _p(A, MEDIUM, r"\b(questionnaires?|notes|bilans?|dossier|fiches?|comptes?[- ]rendus|reponses|answers|records)\b[^.;!?]{0,120}\b(en )?(garder|conserver|avoir|recevoir|keep|have|get) (une |a )?cop(ie|y)\b", question_ok=True),
    _p(A, STRONG, r"\b(vous|vs|tu|t') ?(avez|as|a) (quoi|koi|quel(le)?s? (infos?|donnees)) (exactement |au juste )?(sur moi|me concernant|de moi|sur mon compte)|"
                  r"\bsavoir ce (qui|ki|que|ke) (est|et|vous avez|vs avez) (stocke|stoke|garde|conserve|enregistre|note)\w*", question_ok=True),
    # what was kept from one's sessions, asked in the past tense ("ce que tu gardais comme traces de nos séances")
    _p(A, MEDIUM, r"\bce que (vous|tu) (gardiez|gardais|conserviez|conservais|aviez|avais|notiez|notais) (encore )?(comme (traces?|notes?|infos?|informations|donnees|documents) )?"
                  r"(de|sur) (moi|nos|mes) ?(seances|echanges|rendez-vous|accompagnement|suivi|coaching|entretiens)?\b", question_ok=True),
    _p(A, MEDIUM, r"\b(ca )?m'interesserait (bien |beaucoup )?(de |d')(les |la |le |l')?(relire|lire|consulter|recuperer|recevoir|avoir)\b"),
    _p(A, STRONG, r"\b(copy|extract|printout) of (all |any |everything )?(of )?(my|the) (personal |session |coaching |own |intake |assessment )?"
                  r"(data|informations?|info|records|file|details|notes|answers|results|questionnaires?|assessments?)\b(?! (you sent|i sent))"),
    _p(A, STRONG, rf"\bwhat (personal |kind of |sort of |types of )?(data|informations?|info|details|records)\b{GAP}(do you|you|does your \w+|have you|you've|you have) (hold|have|keep|store|process|collect|retain|got)", question_ok=True),
    _p(A, STRONG, rf"\b(access to|see|view|know|receive|get(?! rid)|obtain|confirm)\b{GAP}(personal )?(data|informations?|info|details|records)\b{GAP}({ABOUT_ME_EN}|concerning me|you are processing)", question_ok=True),
    _p(A, STRONG, r"\baccess to (all )?(of )?(my|the) (personal )?(data|informations?|records|file|personal details)"),
    _p(A, STRONG, r"\b(subject access request|data subject access|dsar)\b"),
    _p(A, STRONG, r"\b(everything|all|whatever|what) (that )?you(?:'ve| have)? (have|hold|keep|know|store|got|have got) (on file |in your files |in your records )?(on|about) me\b", question_ok=True),
    _p(A, STRONG, rf"\b(recevoir|obtenir|consulter|voir|avoir|m'envoy\w*|me transmet\w*|me communiqu\w*|me fai\w* parvenir) (une copi\w* (de |du )?)?(le|du|mon|ce) (dossier|fichier|fiche)\b{GAP}({ABOUT_ME_FR}|que (vous|tu) (tenez|avez|detenez|gardez|conservez|tiens|as|gardes))", question_ok=True),
    _p(A, STRONG, rf"\bcopi(e|es)? (de |des |d')?(toutes? |tous )?(mes|mon|ma) {DATA_FR}\b"),
    _p(A, STRONG, r"\b(requesting|request|exercise|exercising)\w* (my )?(right of )?access\b(?! to (my|the) (account|course|platform|replay|video|session|portal|link))"),
    _p(A, MEDIUM, r"\bright (of|to) access\b"),
    _p(A, STRONG, rf"\b(which|what) (personal )?(data|informations?|info|details|records)\b{GAP}\byou (still |currently |actually )?(hold|have|keep|store|process)\b{GAP}(on|about) me\b", question_ok=True),
    _p(A, STRONG, r"\b(tell|show) me (what|which) (of my |of the )?(personal )?(data|informations?|info|details|records)\b", question_ok=True),
    _p(A, MEDIUM, r"\bsend me a copy\b(?! of (the|your|this|that|our|a|an) (?!(personal )?(data|informations?|info|file|records|details|notes)\b))(?! of (the |your |this |that |my |our )?([a-z]+ )?(invoice|receipt|recording|webinar|video|slides|workbook|handout|contract|programme|program|certificate|attestation))"),
    _p(A, MEDIUM, r"\b(article|art\.?) ?15\b"),
    _p(A, STRONG, r"\bcopy of (what|everything|all|whatever) (that )?you (have|hold|keep|store)\b"),
    _p(A, STRONG, r"\bcopy of (whatever|everything|all|any|the|all the) (personal )?(data|information|info|details|records)\b[^.;!?]{0,30}\b(you (hold|have|keep|store)|about me|on me)\b"),
    _p(A, STRONG, r"\b(send|give) me (a |the )?(full |complete )?copy of (the|my) (session )?(notes|file|records|dossier)\b"),
    _p(A, STRONG, r"\b(everything|all|whatever|what) (that )?you(?:'ve| have)? (have |'ve )?(stored|kept|collected|saved|recorded|noted) (on file |in your files |in your records )?(on|about) me\b", question_ok=True),
    _p(A, STRONG, r"\bcopy of (the|all the|any|all) [^.;!?]{0,40}\byou (have|hold|keep|store)\w* (for|on|about) me\b"),
    _p(A, MEDIUM, r"\b(a|full|complete) copy of (everything|all of it|it all)\b"),
    _p(A, STRONG, r"\b(see|get|receive|have|read|obtain|send me|copy of) (a copy of )?(the|my|your) (session )?notes\b[^.;!?]{0,40}\b(you (took|made|wrote|kept|have)|(from|of|during) (our|my) sessions|about me|on me)"),
    _p(A, STRONG, r"\b(obtenir|recevoir|avoir) (la )?communication (de|des|du) (mon dossier|mes donnees|mes notes|notes|donnees|informations|pieces)\b"),
    # "la communication de l'ensemble des données le concernant, puis leur suppression"
    _p(E, STRONG, r"\b(puis|ensuite|et enfin|then|and then|and afterwards) (de proceder a |a )?(leur|their|mon|ma|my) (suppression|effacement|destruction|deletion|erasure)\b"),
    # session 8: the second right of a message, said in everyday words
    _p(E, STRONG, r"(\b(je (souhaite|veux|voudrais|demande)|j'aimerais|merci de faire en sorte) |^(et )?)(que|qu') ?(tout|tout le reste|le reste|l'ensemble) (soit|soient) (ensuite |alors |definitivement )?(efface|supprime|detruit|jete)e?s?\b|"
                  r"\b(et )?(ensuite |puis |apres )?(qu'il|qu'il ne) (n'en )?(reste|restera) (plus )?rien( de moi)? (chez vous|dans vos (fichiers|dossiers|bases))\b"),
    _p(E, STRONG, r"\b(supprim|effac|detrui|retir|enlev)\w* (la|les|cette|ces) (notes?|mentions?|passages?|lignes?) (sur|concernant|relatives? a|a propos de) (mes|mon|ma)\b"),
    _p(E, MEDIUM, r"\b(wipe|scrub|erase|delete) (my|all my) (details|data|info|information|records)\b|\b(following|after) (delivery|that|which|this),? (its|their) (erasure|deletion)\b|"
                  r"\b(puis|ensuite|apres),? (son|leur) (effacement|suppression|destruction)\b"),
    _p(O, STRONG, r"\b(ne (veux|souhaite|voudrais) plus|plus envie|refuse) que (mes|mon|ma) (reponses|donnees|infos|informations|resultats|avis)\b[^.;!?]{0,40}\b(servent|serve|soi(en)?t utilise\w*)\b[^.;!?]{0,20}\b(stats|statistiques|analyses|etudes de marche|marketing|profilage|ciblage)\b"),
    _p(W, STRONG, r"\bi (agreed|consented|gave (you )?(my )?(consent|permission)|said yes)\b[^.;!?]{0,80}\b(but|however)\b[^.;!?]{0,30}\b(i've|i have|i) (changed my mind|no longer agree|reconsidered)\b"),
    _p(P, STRONG, r"\b(as|in) a (file|format|spreadsheet|csv|export) (that )?i can (import|upload|load|reuse|re-use|use) (it )?(elsewhere|into|in (another|my|a different))\b|"
                  r"\b(fichier|format|export) (que je puisse|que je peux|pour pouvoir|a) (l'|les )?(importer|reimporter|reutiliser|recharger) (ailleurs|dans|sur)\b"),
    _p(O, STRONG, r"\b(plus|pas) d'(invitations?|offres|promos?|pubs?|relances|sollicitations)( commerciales)?,? (svp|stp|merci|s'il vous plait)\b|\bno more (invitations|offers|promos)\b"),
    _p(RE, STRONG, r"\b(mon|ma|l') ?(adresse|numero|e-?mail|nom) n'est plus (la bonne|le bon|valide|a jour|correcte?)\b[^.;!?]{0,40}\b(j'habite|je vis|c'est|le nouveau|la nouvelle|maintenant|desormais)\b|"
                   r"\bmy (address|number|e-?mail) is (no longer|not) (right|correct|valid|up to date)\b"),
    _p(RE, STRONG, r"\b(is|was) (spelt|spelled|written|listed|recorded) [^.;!?]{1,40}\b(but|when it) (should|ought to) be\b|"
                   r"\bmy (date of birth|birth date|surname|last name|first name|name|address|e-?mail|phone number|postcode|job title) (corrected|changed|updated|amended|fixed) to\b"),
    _p(W, STRONG, r"\b(withdraw\w*|revok\w*|retract\w*|rescind\w*) (my |the |our |this |that |all )?(photo|image|video|picture|recording|marketing|testimonial|publicity|media) (consent|permission|release|authori[sz]ation)\b"),
    # "pouvez-vous me dire avec qui exactement, et ce qui a été transmis ?"
    _p(A, STRONG, r"\b(me dire|m'indiquer|me preciser|dites[- ]moi|tell me) (avec qui|a qui|with whom|who)\b[^.;!?]{0,40}\b(partag|transmi|communiqu|shared|passed on|sent|given)\w*", question_ok=True),
    # "je vous demande la communication de l'ensemble des données personnelles me concernant"
    _p(A, STRONG, r"\b(demande|demandons|sollicite|solliciter|request) (la |the )?(communication|transmission|copie|copy) (de |d'|of )?(l'ensemble |l'integralite |la totalite |toutes? |all )?"
                  r"(des |de mes |de |my |the )?(donnees|informations|data|information)( personnelles| personal)? (me concernant|sur moi|about me|concerning me|relating to me)\b"),
    # ------------------------------------------------------------------ rectification
    _p(RE, STRONG, rf"\b(corrig\w*|rectifi\w*|modifi\w*|mettre a jour|mettez a jour|mise a jour|actualis\w*|chang\w*|remplac\w*)\b{GAP}\b(mon|ma|mes)( ancien(ne)?s?| nouvel(le)?s?| nouveau)? {FIELDS_FR}\b(?! (bancaire|de paiement|de passe))(?!{GAP}(rendez|rdv|seance|creneau))"),
    _p(RE, STRONG, r"\b(corrig|rectifi)\w* (ma|mon|mes) (fiche|dossier|profil|fiches|dossiers)\b(?! (de paie|d'exercices?))"),
    _p(RE, STRONG, r"\b(swap|replace|switch|change) (it|that|this|my (old )?(email|e-mail|address|number|email address|phone number))( one)? (for|with|to) (this|the|my) (one|new|address|email|number)\b"),
    _p(RE, STRONG, r"\b(mon|ma) (tel|telephone|portable|numero|num|adresse|mail|e-?mail|adresse mail|nom)( de (tel|telephone|portable))? (c'est|c est|est|sera)\b[^.;!?]{0,50}\b(maintenant|desormais|dorenavant)\b"),
    _p(RE, MEDIUM, r"\b(rectifi|corrig)\w* (cette|cet|ces|la|le|les|l') ?(mention|informations?|erreurs?|donnees?|appreciations?|phrase|ligne|date|inexactitudes?)\b"),
    _p(RE, STRONG, rf"\b(mon|ma|mes) {FIELDS_FR}\b{GAP}\b(est|sont|a ete|ont ete|etait)\b{GAP}(mal (orthographi|ecrit|saisi|renseign|epele)\w*|errone\w*|incorrect\w*|faux|fausse|inexact\w*|obsolete\w*|plus (valable|valide|active|a jour|le bon|la bonne|correct|d'actualite))"),
    # a contact field no longer in use ("mon adresse n'est plus utilisée"); data no longer used is a restriction
    _p(RE, STRONG, r"\b(mon|ma) (adresse|numero|telephone|portable|tel|num|e-?mail|mail|courriel|boite)\b[^.;:!?]{0,45}?\b(est|n'est) plus utilise"),
    _p(RE, STRONG, rf"\b(erreurs?|fautes?|coquilles?) (de frappe )?(dans|sur) (mon|ma|mes|l'orthographe de mon) {FIELDS_FR}"),
    _p(RE, STRONG, rf"{ERASE_V_FR}{GAP}\b(mon|ma|mes) (anciens?|anciennes?) (numero|adresse|e-?mail|mail|nom|telephone|coordonnees)"),
    # "Changement d'adresse postale, merci de mettre à jour : j'habite maintenant ..."; "me noter X au lieu de Y"
    _p(RE, STRONG, r"\b(changement|change) d'(adresse|e-?mail|numero|nom)\b[^.;!?]{0,60}\b(mettre a jour|mettez a jour|noter|notez|modifier|modifiez|prendre en compte|corriger|corrigez)\b"
                   r"|\b(me noter|m'inscrire|m'enregistrer|me mettre|m'appeler)\b[^.;!?]{0,40}\bau lieu de\b"),
    _p(RE, STRONG, r"\b(nouvelle adresse|nouvel e-?mail|nouveau numero|new (e-?mail )?address|new number)\b[^;!?]{0,80}\b(qui remplace|remplace|remplacant|replaces|replacing|instead of) (l'ancienne?|l'ancien|the old)\b"),
    _p(O, STRONG, r"\bne pas me (re)?(abonner|inscrire|reinscrire|ajouter)\b[^.;!?]{0,30}\b(newsletter|lettre d'information|liste|mailing|infolettre|groupes?)\b|\bne plus m'ajouter (dans|a|aux|sur) (ces|vos|les|des) (groupes|listes)\b"),
    _p(RE, STRONG, r"\b(la|le) remplacer\b[^.;!?]{0,40}\bpar (celle-ci|celui-ci|la nouvelle|le nouveau|ma nouvelle|mon nouveau)\b"),
    _p(RE, MEDIUM, r"\b(porte (maintenant|desormais) le nom|mon nom (d'epouse|de mariage|de jeune fille)|my (married|maiden|new) (last )?name)\b"),
    # "remplacer l'ancien numéro (+41 ...) par le nouveau : ...": the old value swapped for the new one
    _p(RE, STRONG, r"\b(remplac\w*|chang\w*|modifi\w*|corrig\w*) (l'ancien|l'ancienne|le|la|l') ?(numero|adresse|e-?mail|mail|telephone|portable|natel|cellulaire)\b[^.;!?]{0,60}\b(par|avec) (le|la|l'|mon|ma) ?(nouveau|nouvelle|bon|bonne|actuel|actuelle)\b"),
    _p(RE, STRONG, rf"\b(mes|mon|ma) {FIELDS_FR}\b{GAP}\b(soi(en)?t|etre) (mis(es)? a jour|corrige|modifie|rectifie|change|actualise)\w*"),
    _p(RE, STRONG, r"\b(corrig\w*|rectifi\w*)\b (ce qui est (faux|inexact|errone|incorrect)|ce qui n'est (pas|plus) (juste|exact|correct|a jour)|les (erreurs|informations (fausses|erronees|inexactes)))"),
    _p(RE, STRONG, r"\b(informations?|donnees?|mentions?) (errone|inexact|fausse|incorrect)\w*\b[^.;!?]{0,40}\b(soi(en)?t|etre) (rectifi|corrig|modifi|supprim|retir)\w*"),
    _p(RE, MEDIUM, rf"\b(mon|ma|mes) {FIELDS_FR}( [a-z']+){{0,3}} (a|ont) change\b"),
    _p(RE, STRONG, r"\b(ecri\w*|contact\w*|utilis\w*|envoy\w*)[^.;!?]{0,30}\b(sur|a) (cette|ma|mon) (nouvelle adresse|nouvel e-?mail|nouveau (mail|numero|e-?mail))\b|\b(write|email|contact|text) (to )?me (at|on) (this|my) new (address|email|number)\b"),
    _p(RE, MEDIUM, r"\b(adresse|numero|e-?mail|mail|coordonnees)s? (que vous avez|dans vos fichiers|que vous utilisez)\b[^.;!?]{0,30}\b(l'ancienne|l'ancien|ancienne|ancien|obsolete|plus la bonne|plus le bon|plus valable|fausse|faux)\b"),
    _p(RE, MEDIUM, r"\b(corrig\w*|rectifi\w*|mettre a jour|mettez a jour|actualis\w*) (votre|vos|ton|tes) (fichiers?( clients?)?|registres?|base de donnees|listings?)\b"),
    _p(RE, STRONG, rf"\b(wrote|spelled|spelt|spell|have|got|put|typed) (my|the) {FIELDS_EN} (wrong|wrongly|incorrectly|badly)\b"),
    _p(RE, MEDIUM, r"\b(je viens de|j'ai|jai|nous avons|je) chang\w* (de num|d'adresse|de numero|de nom|d'e-?mail|de mail|de telephone|de portable|de coordonnees|de tel|de tel\w*|de mobile|d'adresse mail|de numero de tel\w*)\b"),
    _p(RE, MEDIUM, rf"\b(trompe\w*|erreur|errone\w*) (dans|sur|en (ecrivant|saisissant|donnant)) (mon|ma|mes) {FIELDS_FR}\b|\b(mon|ma) {FIELDS_FR} (c'est|c est|c|n'est) plus (celui|celle|le meme|la meme|bon|bonne|le bon|la bonne|valable)"),
    _p(RE, MEDIUM, r"\b(mon|ma) (ancien(ne)?|vieille|vieux) (adresse|numero|e-?mail|mail|telephone)\b|\bmy old (address|email|number|phone number)\b"),
    _p(RE, MEDIUM, r"\b(j'ai|i have|i've got|i have got) (une |a )?(nouvelle adresse|nouveau (numero|mail|e-?mail|telephone|portable)|nouvel e-?mail|new (email|e-mail|address|number|phone number|mobile))\b"),
    _p(RE, MEDIUM, r"\b(your|the|vos|votre) (records|files|system|database|mailing list|fichiers?|base) (still )?(shows?|has|have|lists?|says?|indique\w*|affiche\w*|contien\w*) (encore |toujours )?(my|mon|ma|mes)\b|\b(change|update|correct|amend|fix)\w* (it|this|that) to\b"),
    _p(RE, MEDIUM, r"\b(ma nouvelle adresse|mon nouveau (numero|nom|mail|e-?mail|telephone|portable)|mon nouvel (e-?mail|email)|mes nouvelles coordonnees)\b"),
    _p(RE, MEDIUM, r"\b(j'ai|nous avons) (change (d'adresse|de numero|de nom|d'e-?mail|de mail|de telephone)|demenage(?=[^.;!?]{0,80}(\d+,? (rue|avenue|av|bd|boulevard|allee|impasse|chemin|place|route|quai|cours|lieu-dit)\b|nouvelle adresse|\b\d{5}\b|mettre a jour|mettez a jour|modifi|corrig|chang)))"),
    _p(RE, MEDIUM, r"\b(droit de rectification|droit a la rectification)\b|\b(article|art\.?) ?16\b"),
    _p(RE, STRONG, rf"\b(correct\w*|rectif\w*|updat\w*|amend\w*|fix\w*|chang\w*)\b{GAP}\b(my|the)( old| new)? {FIELDS_EN}\b(?! (password|card))(?!{GAP}(appointment|booking|session|slot))"),
    _p(RE, STRONG, rf"\bmy {FIELDS_EN} (is|are|was|has been) {GAP}(misspel\w*|wrong|incorrect|inaccurate|out of date|outdated|not correct|no longer (valid|correct|in use|current))"),
    _p(RE, STRONG, rf"\b(typo|mistake|error|misprint)s? in (my|the spelling of my) {FIELDS_EN}"),
    _p(RE, STRONG, rf"\b(the )?{FIELDS_EN} you have (for|on|of) me (is|are|was) {GAP}(wrong|incorrect|out of date|outdated|inaccurate|misspel\w*|not correct|old)"),
    _p(RE, STRONG, rf"{ERASE_V_EN}{GAP}\bmy old (number|phone number|address|email|email address|name)"),
    _p(RE, MEDIUM, r"\bmy new (address|email|email address|phone number|number|surname|name|mobile) is\b|\bi(?:'ve| have) (moved house|moved(?=[^.;!?]{0,80}(\d+,? [a-z]+ (street|road|avenue|lane|rue)|new address|\b\d{5}\b|update|change))|changed my (address|name|email|number|phone))"),
    _p(RE, MEDIUM, r"\bright to rectification\b|\brectification\b"),
    _p(RE, STRONG, rf"\b(mon|ma) {FIELDS_FR}\b,? (c'est|c est|s'ecrit|est) [^ ,.;]+( [^ ,.;]+)?,? (pas|et non|non|et pas|not|au lieu de)\b"),
    _p(RE, MEDIUM, r"\bnew (address|email|email address|e-mail|phone number|number|mobile|mobile number|surname|name)( for [a-z]+)?( is\b| ?:)"),
    _p(RE, STRONG, rf"\b(my|the) {FIELDS_EN} (as|is|reads|says|shows)\b[^;!?\n]{{0,80}}\b(it|this|that|which) should (be|read|say)\b|\bshould (be|read) [^ ]+ (instead|not)\b"),
    _p(RE, STRONG, rf"\b(informations?|donnees|infos|renseignements|mentions)\b[^.;!?]{{0,25}}\b(de|sur|dans) (mon|ma|mes) (profil|fiche|dossier|compte)\b[^.;!?]{{0,20}}\b(est|sont|etaient)\b{GAP}(errone|inexact|incorrect|fausse|faux|obsolete|plus a jour)\w*"),
    _p(RE, STRONG, rf"\b(correction|rectification|modification|actualisation)s? (de |d')?(mon|ma|mes)( ancien(ne)?s?| nouvel(le)?s?| nouveau)? {FIELDS_FR}\b"),
    _p(RE, STRONG, r"\b(corrig\w*|rectifi\w*|modifi\w*|mettre|mettez|mettiez|actualis\w*|mettre a jour|mettez a jour)\b[^.;!?]{0,60}\b(dans|sur) (votre|vos|ton|tes) (fichiers?|registres?|bases?( de donnees)?|listings?|systemes?|dossiers?|agenda|repertoire)\b"),
    _p(RE, MEDIUM, r"\b(au nom de|under the name|in the name of|made out to|etablie? (au nom de|pour)|"
                   r"(ecrit|orthographie|note|mis|inscrit|tape|spelt|spelled|written|wrote|put)\w* (mon|ma|mes|my) (nom|prenom|adresse|date de naissance|name|surname|address|date of birth))\b"
                   r"[^.;!?]{0,40}\b(au lieu de|instead of|rather than|et non)\b"),
    _p(RE, STRONG, r"\bcomplet(er|ez|iez|e) (ma|mon|mes|la|le|les) (fiche|dossier|coordonnees|informations|donnees|nom|identite)\b(?! (d'inscription|de presence) (pour|avant) )"),
    _p(RE, MEDIUM, r"\b(faux|fausse|fausses|errone\w*|inexact\w*|wrong|incorrect) (dans|sur|in|on) (votre|vos|ma|mon|your|my|the) (fiche|dossier|fichier|fichiers|records?|file|system|profile|profil)\b"),
    # one's name as it should be written, against how it was ("je m'appelle Aurélie avec un accent, pas Aurelie")
    _p(RE, MEDIUM, r"\b(je m'appelle |mon (pre)?nom (c'est|s'ecrit|est) |ca s'ecrit |my (first |last |sur)?name is (spelt |spelled |written )?|it's spel[lt]\w* )"
                   r"(?P<name>[a-z]{3})[a-z-]*[^.;!?]{0,30}?,? (pas|et non( pas)?|not|rather than|instead of) (?P=name)"),
    _p(RE, MEDIUM, rf"\b(mon|ma|mes) {FIELDS_FR}\b,? (c'est|est|sont) (maintenant|desormais|dorenavant)\b|\bje m'appelle (maintenant|desormais|dorenavant)\b|\b(mon|ma) nom de jeune fille\b"),
    _p(RE, MEDIUM, rf"\bmy {FIELDS_EN} (is|are) now\b|\bmy (name|surname|first name|last name) is now\b"),
    _p(RE, MEDIUM, r"\b(update|correct|amend|fix)\w* (your|the) (records|files?|database|system|details|mailing list|contact list|address book)\b"),
    _p(RE, STRONG, rf"{ERASE_V_EN}{GAP}\b(my|the) old (mobile |phone |home |postal |e-?mail )?(number|phone number|address|email|email address|name)\b"),
    # ------------------------------------------------------------------ erasure
    _p(E, STRONG, rf"{ERASE_V_FR}\b{GAP}\b{MY_FR} (donn?e+s?|infos?|informations?|coordonn?e+s?|fichiers?|dossiers?|historiques?|traces?|profils?|comptes?|enregistrements?|notes?|documents?|fiches?|renseignements?|adresse|e-?mails?|mails?|num|numero|tel|telephone|portable)\b(?! (de (la |l')?(seance|atelier|rdv|rendez)))(?![^.;!?]{{0,40}}\b(liste(?! (de |des )?(clients|contacts|patients))|newsletter|mailing|diffusion|infolettre)\b)"),
    _p(E, STRONG, rf"{ERASE_V_FR}\b{GAP}(tout|toutes? (les )?(donnees|informations|infos)|l'ensemble des (donnees|informations|infos|elements|renseignements)|ces donnees|mes donn?e+s?)\b{GAP}{ABOUT_ME_FR}"),
    _p(E, STRONG, r"\b(la suppression|l'effacement|supprimer|effacer|supprimiez|effaciez) (de )?(toutes |l'ensemble de )?nos (donnees personnelles|donnees|informations personnelles|dossiers)\b"),
    _p(E, STRONG, r"\b(want|would like|wish|like|need) to be (deleted|erased|removed|cancell?ed|wiped) from (all )?(of )?(your|the) (lists?|files?|databases?|records|systems?|contacts)\b(?! (for|of) (the )?(workshop|retreat|session|class|course))|"
                  r"\bcancel (all )?(of )?my (personal )?(data|details|informations?|personal data)\b"),
    _p(E, STRONG, r"\b(m'|me )?(supprim|effac|retir|ot|sort|ray|vir|enlev)\w*[- ]?(moi )?(de|des|du) (vos|votre|ton|ta|tes|la|le|tous vos|toutes vos) (fichiers?|carnets? d'adresses|bases?|registres?|systemes?|contacts?|repertoires?|listings?)\b(?![^.;!?]{0,50}\b(mails?|e-?mails?|newsletters?|envois|lettres? d'information|infolettre|mailing|diffusion|sms|prospection)\b)"),
    _p(E, STRONG, rf"\b(suppression|suppresion|supression|effacement|destruction|oubli)\b{GAP}\b{MY_FR} (donn?e+s?|infos?|informations?|coordonn?e+s?|fichiers?|dossiers?|comptes?|profils?|traces?|historiques?|renseignements?)"),
    _p(E, STRONG, rf"\b(suppression|effacement|destruction)\b{GAP}(des|de toutes les|de l'ensemble des) donnees\b{GAP}{ABOUT_ME_FR}"),
    _p(E, STRONG, rf"\b(que|qu') (vous|tu) {ERASE_V_FR}\b{GAP}\b(tout|mes|mon)\b"),
    _p(E, STRONG, r"\b((ne )?(veux |souhaite |desire |voudrais |souhaiterais )?plus (figurer|apparaitre|exister|etre enregistre\w*)) (dans|sur) (vos|votre|aucun|ton|tes|ta)(?! (liste de diffusion|listes de diffusion|mailing|newsletter|lettre d'information|liste d'envoi|fichier de prospection))"),
    _p(O, STRONG, r"\bno (more )?(marketing|promotional|promo|advertising|sales)( e-?mails?| mails?| messages?| texts?| sms)?\b[^.;!?]{0,30}\bplease\b|\bplease,? no (more )?(marketing|promotional|promo|newsletters?)\b"),
    _p(O, STRONG, r"\b(ne )?(veux |souhaite |desire |voudrais |souhaiterais )?plus (figurer|apparaitre|etre) (dans|sur) (vos|votre|ta|tes) (listes? de diffusion|mailing|newsletter|lettre d'information|listes? d'envoi|fichier de prospection)"),
    _p(E, STRONG, r"\bque (vous|tu) ne (les|la|le|l') ?(gardiez|conserviez|gardez|conservez|stockiez) (pas|plus)\b"),
    _p(E, STRONG, r"\b(tout ce qui me concerne|mes donnees|mon dossier|mes informations|toutes mes (donnees|informations|traces)|mes coordonnees) "
                  r"(disparaisse|disparaissent|soit effacee?|soient effacee?s|soit supprimee?|soient supprimee?s|soit detruite?|soient detruite?s)\b"),
    # what is held about one, as the object of an erasure ("supprimer ce que vous avez gardé sur moi")
    _p(E, STRONG, rf"\b{ERASE_V_FR} (tout )?(ce|tout ce) (que|qu') ?(vous|tu|t') ?(avez|as) (garde|conserve|note|stocke|recueilli|collecte|ecrit|enregistre)?\w* ?(sur moi|me concernant|a mon sujet|de moi)\b|"
                  rf"\b{ERASE_V_EN} (everything|all|whatever|what) (that )?you(?:'ve| have)? (have|hold|keep|kept|store|stored|got|noted|collected) (on|about) me\b"),
    _p(E, STRONG, r"\b(remove|delete|erase|wipe|purge|destroy|get rid of) (every (last )?(bit|scrap|trace|piece) of|all traces of|any trace of|each and every (bit|piece) of) (my |the )?(personal )?(data|information|info|details)\b"),
    # "que vous supprimiez le questionnaire que j'avais rempli", "que vous l'effaciez ensuite"
    _p(E, STRONG, r"\bque (vous|tu) (supprimiez|effaciez|detruisiez|supprimes|effaces|detruises|jetiez) (le|la|les|l'|ce|cette|ces) ?[^.;!?]{0,40}?\b(que|qu') ?(j'ai|j'avais|je vous ai|je t'ai|je vous avais|je t'avais) "
                  r"(rempli|remplie|remplis|envoye|envoyee|envoyes|donne|donnee|donnes|transmis|transmise|fourni|fournie|ecrit|ecrite|redige|complete)"),
    _p(E, MEDIUM, r"\bque (vous|tu) (les |l'|la |le )(supprimiez|effaciez|detruisiez|supprimes|effaces|detruises)\b(?! (du|de l'|de mon|de votre|de ton) (agenda|calendrier|planning))"),
    _p(E, STRONG, rf"({ERASE_V_FR}|vir(e|es|ez|er)) (tout|absolument tout)\b(?! (ce qui est prevu|le planning|l'agenda))"),
    _p(E, STRONG, rf"\b{MY_FR} {DATA_FR}\b{GAP}\b(soi(en)?t|etre|sont|seront) (definitivement |bien |toutes )?(supprim|effac|detrui|retir|ot)\w*"),
    _p(E, STRONG, r"\b(ne (veux|souhaite|desire) (plus|pas) que (vous|tu) (conserviez|gardiez|stockiez|conserves|gardes)|ne (conservez|gardez) (plus|pas)|ne plus (conserver|garder)) (de |d')?(mes|mon|ma|aucune?|les|trace)"),
    _p(E, STRONG, r"\bne (pas|plus) (conserver|garder|stocker) (mes|mon|ma|aucune?|de trace|trace)"),
    _p(E, STRONG, rf"\b(ne (veux|souhaite|desire) (pas|plus)|refuse) que (mes|mon|ma) {DATA_FR} (restent|reste|soi(en)?t (conserve|garde|stocke)\w*|figurent|figure|apparaissent|apparaisse|traine\w*|demeure\w*|subsist\w*|soi(en)?t (encore |toujours )?(dans|chez|sur))"),
    _p(E, STRONG, r"\bi (don't|do not|no longer) want you to (keep|hold|store|retain) (my|any of my|any)\b|\bdon't (keep|retain|store) (my|any of my) (data|informations?|details)|\b(don't|do not) (keep|retain|store|hold) (anything|any data|any information|any records|any details|any of it) (on|about) me\b"),
    _p(E, STRONG, rf"\b(mes|mon|ma) {DATA_FR} (soi(en)?t )?(supprim|effac|detrui)\w*"),
    _p(E, STRONG, rf"\b(tout|toutes mes donnees|tout mon dossier) ({ERASE_V_FR})\b(?! (ce qui est prevu|le planning|l'agenda|de mon agenda))"),
    _p(E, STRONG, r"\b(que vous )?ne (gardiez|conserviez|gardez|conservez|garderez|conserverez) rien\b"),
    _p(E, STRONG, rf"{ERASE_V_FR}\b{GAP}\b(mon|ma|mes) (numero|telephone|portable|numero de telephone)\b{GAP}\b(de|des) (vos|votre|ton|tes) (fichiers?|contacts?|bases?|registres?|repertoires?|listes? de clients)"),
    _p(E, STRONG, r"\b(proceder|procedez|procediez) (a|au) (l'|leur |la |son |mon |ma )?(effacement|suppression|destruction)\b"),
    _p(E, STRONG, r"\b(delete|erase|remove|wipe) me (from|off) (everything|it all|all of it|your (lists|files|records|systems))\b|\bm'oubli(er|ez|iez|ie|ies)\b|\boubli(ez|e)[- ]moi\b|\bforget (about )?me\b"),
    _p(E, STRONG, r"\b(jet(ez|er|te|tez)(?! un (oeil|coup d'oeil))|balanc(ez|er)|poubelle)\b[^.;!?]{0,20}\b(mes|mon|ma|le|la|les) ?(donnees|infos|informations|notes|dossier|fiches?|coordonnees|questionnaires?|bilans?)?\b|\b(vous|tu) (le|la|les) (jetez|jettes|detruisez|detruis)\b|\b(toss|bin|shred|trash|ditch) (it|them|my \w+)( all)?\b"),
    _p(E, STRONG, r"^(svp |stp |merci de |please )?(supprimez|effacez|supprime|efface|delete|erase)[- ](moi|me)\W*(svp|stp|merci|please|thanks)?\W*$"),
    _p(E, STRONG, rf"\b(retir|enlev|ot|sort)\w*\b{GAP}\b(mes|mon|ma) {DATA_FR}\b{GAP}\b(de|des|du) (vos|votre|ton|tes|ta) (fichiers?|bases?|registres?|systemes?|listings?|repertoires?|contacts|logiciel|agenda)\b"),
    _p(E, STRONG, r"\bm'(effacer|supprimer|retirer|oter|enlever|rayer) (de|des) (vos|votre|ton|tes|ta) (fichiers?|bases?|registres?|systemes?|contacts|repertoires?|listings?|listes? de (clients|patients))\b"),
    _p(E, STRONG, r"\bvir(er|ez|e)[- ](moi|mon compte|mon (e-?mail|mail|numero|num|tel|adresse|nom|dossier)|mes (donnees|infos|informations|coordonnees))\b"),
    _p(E, STRONG, r"\btake (my|all my|all of my) (data|details|informations?|name|records) (off|out of) (your|the) (system|database|records|files|crm|books)"),
    _p(E, STRONG, rf"{ERASE_V_EN}\b{GAP}\b(my|me|all my)\b(?!{GAP}\bold\b){GAP}\b(off|out of|from) (your|the|all your) (system|systems|database|records|files|crm|books|computer|address book|contacts)\b"),
    _p(E, STRONG, rf"\b(ray|rayez|rayer|barr\w*)\b{GAP}\b(mon|ma|mes) (nom|coordonnees|adresse|numero|e-?mail|fiche)\b"),
    _p(E, MEDIUM, rf"\b{ERASE_V_FR}-(les|la|le)\b|\b(les|la) (supprimer|effacer|detruire)\b|\b(vous|tu) (les|la) (supprim|effac|detrui)\w*"),
    _p(E, MEDIUM, r"\b(delete|erase|destroy|wipe) (them|it)( all)?\b"),
    _p(E, STRONG, r"\b(delete|erase|remove|wipe|destroy|supprim\w*|effac\w*|detrui\w*) (the rest|everything else|le reste|tout le reste)\b"),
    _p(E, MEDIUM, r"\bdroit (a l'oubli|a l'effacement|a l'effacer|d'effacement)\b|\b(article|art\.?) ?17\b"),
    _p(E, STRONG, rf"\b(mes|mon|ma) {DATA_FR}\b (ne )?(soi(en)?t|soient|soit|restent|reste) (pas|plus) (conserv|gard|stock|archiv)\w*"),
    _p(E, STRONG, r"\b(ne|n')? ?(veux|veu|veut|souhaite|desire|voudrais) (plus|pas) (faire partie|figurer) (de |dans )?(vos|votre|tes|ton) (contacts|fichiers?|base|bases|clients|fichier clients|repertoire)\b"),
    _p(E, STRONG, rf"{ERASE_V_EN}\b{GAP}\b(my|me)\b(?!{GAP}\bold\b)[^.;!?]{{0,60}}\b(your|the) (files|records|database|system|systems|crm|client files)\b"),
    _p(E, STRONG, r"\b(delete|erase|remove|wipe)\w* (my )?ac+o+u?n+t\b"),
    _p(E, STRONG, rf"{ERASE_V_FR}\b{GAP}\b(le|la|les|l') ?{DATA_FR}\b[^.;!?]{{0,40}}\b(que j'ai (rempli|donne|envoye|fourni|transmis|ecrit|communique)e?s?|que je vous ai (donne|envoye|fourni|transmis|communique)e?s?)"),
    _p(O, STRONG, r"\b(rather|prefer to|prefer) not (to )?hear from you\b|\b(don't|do not|no longer) want to hear from you\b|\bleave me alone\b|\bme (laissiez|laisser|laissez|laisses) tranquille\b"),
    _p(O, STRONG, r"\b(no longer|don't|do not|never) want my (personal )?(data|information|details|email|contact details) (to be )?(shared|used|passed|sold|given|disclosed)\b|\bne (veux|souhaite|desire) (plus|pas) que mes (donnees|infos|informations|coordonnees) soi(en)?t (partagees|transmises|utilisees|cedees|vendues|communiquees)\b"),
    _p(E, STRONG, rf"{ERASE_V_FR}\b{GAP}\b(les|la|le|l') ?{DATA_FR}\b[^.;!?]{{0,50}}\b({ABOUT_ME_FR}|que (vous|tu) (avez|as) (prises?|ecrites?|redigee?s?|gardee?s?|conservee?s?) (sur moi|a mon sujet|me concernant))"),
    _p(E, STRONG, rf"\b(mes|mon|ma) {DATA_FR}\b[^.;!?]{{0,60}}\b(puis|ensuite|apres|et|then|and then)\b[^.;!?]{{0,15}}\b(vous |tu )?(les|la|l') ?{ERASE_V_FR}"),
    _p(E, WEAK, r"\bfermer (definitivement )?mon compte\b"),
    _p(E, STRONG, r"\bfermer et supprimer (definitivement )?mon compte\b"),
    _p(E, STRONG, rf"{ERASE_V_EN}\b{GAP}\b{MY_EN} (personal )?(data|informations?|info|details|records|account|profile|file|history|contact details|notes|files|documents|email address|email)\b(?! (you sent|i sent))(?![^.;!?]{{0,40}}\b(list(?! of (clients|customers|contacts))|newsletter|mailing|mailings)\b)"),
    _p(E, STRONG, rf"{ERASE_V_EN}\b{GAP}\b(everything|all|any)( data| informations?| info)? (that )?you (have|hold|keep|store)\b"),
    _p(E, STRONG, r"\b(delete|erase|remove|wipe)\b (me|myself) (from|off) (your|the|all your|all of your) (database|records|files|systems?|crm|client list|customer list|books)"),
    _p(E, STRONG, rf"\b(erasure|deletion|removal|destruction)\b{GAP}\b(of )?{MY_EN} (personal )?(data|informations?|info|details|records|account|profile)"),
    _p(E, STRONG, r"\b(have|get) (all )?(my|the) (personal )?(data|informations?|details|account|records) (deleted|erased|removed|wiped)"),
    _p(E, STRONG, r"\b(data|informations?|details)\b (about me|concerning me|you hold on me)? ?(to be|be) (deleted|erased|removed|wiped)"),
    _p(E, STRONG, r"\b(delete|erase|wipe|remove|destroy) (everything|it all|all of it|all of that)\b"),
    _p(E, MEDIUM, r"\bright to (be forgotten|erasure|deletion)\b"),
    _p(E, WEAK, r"\bclose my account\b"),
    _p(E, STRONG, r"\b(donnees|informations|infos|data|information|notes|dossier)\b[^.;!?]{0,80}\b(qu'elles|qu'ils|qu'elle|qu'il|that they|that it|they|it) "
                  r"(soient|soit|be|are) (ensuite |then |alors |after that )?(supprimee?s?|effacee?s?|detruite?s?|deleted|erased|destroyed)\b"),
    # "pourriez-vous supprimer les notes de la séance du 12 juin ?"
    _p(E, STRONG, r"\b(supprim\w*|effac\w*|detrui\w*|delete|erase|destroy) (les |mes |vos |the |my |your )(notes|comptes?[- ]rendus|enregistrements?|recordings?) "
                  r"(de|des|du|prises|of|from|taken)\b", question_ok=True),
    # "merci de m'effacer de tous vos fichiers (newsletter, formation, factures)": all of them, not a mailing list
    _p(E, STRONG, r"\b(m'|me )(supprim|effac|ray|retir|enlev)\w* de (tous|toutes|l'ensemble de) (vos|tes) (fichiers|bases|registres|systemes|listes(?! (d'envoi|de diffusion|de mailing|mailing|de prospection|marketing)))\b"),
    # "je souhaite que toutes mes données, y compris celles chez Stripe, soient effacées"
    _p(E, STRONG, r"\b(toutes |all )?(mes|my) (donnees|informations|infos|coordonnees|data|personal data)\b[^.;!?]{0,80}\b(soient|soit|be) "
                  r"(definitivement |completement |entierement |bien |permanently |completely )?(supprimee?s?|effacee?s?|detruite?s?|deleted|erased|destroyed)\b"),
    # "..., and then my account and all associated data deleted": the object, then its participle
    _p(E, STRONG, r"(?<!was )(?<!were )(?<!is )(?<!got )(?<!had )\bmy (account|data|personal data|details|information|records|profile)"
                  r"( and (all )?(my |the |any )?(associated |related |other |personal )?(data|details|information|records))? (deleted|erased|wiped)\b"),
    _p(E, STRONG, r"\b(i'd like|i want|i would like|i'd want) (my|all my|that my) (account|data|personal data|information|details|file|records|notes|profile)\b"
                  r"[^.;!?]{0,50}\b(deleted|erased|removed|destroyed)\b"),
    # the data named first, its erasure after ("what you have about me, and after that delete all of them")
    _p(E, STRONG, r"\b(data|informations?|info|details|records|donnees|infos|renseignements)\b[^.;!?]{0,80}\b(then|after that|afterwards|and|puis|ensuite|apres|et)\b"
                  r"[^.;!?]{0,20}\b((to )?(delete|erase|remove|destroy|wipe) (all of )?(them|it all|everything|all of it)|"
                  r"(les|tout) (supprimer|effacer|detruire)|(supprimez|effacez|detruisez)[- ](les|tout))\b"),
    _p(E, STRONG, r"\b(n'ayez|n'aies|ne gardiez|ne conserviez|ne gardez|ne conservez|ne garde|ne conserve) plus rien\b|"
                  r"\bne (rien|plus rien) (garder|conserver|avoir)\b[^.;!?]{0,30}\b(sur moi|me concernant|de moi|a mon sujet|de mon dossier|de mes)\b|"
                  r"\b(not|don't|do not|no longer) (to )?(keep|hold|retain|store) (anything|any data|any information|any of my data|anything at all)( about me| on me| of mine)?\b"),
    _p(E, STRONG, r"\bclose and delete my account\b"),
    # ------------------------------------------------------------------ restriction
    _p(RS, STRONG, r"\b(que )?rien ne soit (plus )?(exploite|utilise|partage|analyse|traite|communique|diffuse)\b|"
                   r"\b(tout )?en ne (les |l'|le |la )?(utilisant|exploitant|traitant) plus\b|\bsans (les |l'|le |la )(utiliser|exploiter)\b"),
    _p(RS, STRONG, r"\b(que )?(le traitement|l'utilisation|l'usage|l'exploitation) de (mes|toutes mes) (donnees|informations|infos)( personnelles)? (soit|soient|reste|restent) (limite|restreint|reduit|cantonne)e?s?\b|"
                   r"\b(the )?(processing|use) of my (personal )?(data|information) (be |is |to be )?(limited|restricted|confined)\b"),
    _p(RS, STRONG, r"\blimit(er|ez|iez|e) (le |du |de |leur |son |ce |ces |mon |tout )?(traitement|l'utilisation|l'usage|utilisation|usage)"),
    _p(RS, STRONG, r"\b(ne (pas|plus) (rien )?(utiliser|exploiter|transmettre|communiquer|vous servir)|n'utilisez (pas|plus)|ne (l'|les |le |la )?(utilisez|transmettez|communiquez) (pas|plus))\b"
                   r"[^.;!?]{0,80}\b(tant que|en attendant|jusqu'a ce que|d'ici la|le temps que|dans l'attente)\b|"
                   r"\b(tant que|en attendant|jusqu'a ce que|d'ici la|dans l'attente|entre-temps)\b[^.;!?]{0,100}\b(ne (pas|plus) (rien )?(utiliser|exploiter|transmettre|communiquer)|n'utilisez (pas|plus)|ne (l'|les |le |la )?(utilisez|transmettez|communiquez) (pas|plus))\b"),
    _p(RE, MEDIUM, r"\b(merci de|pouvez-vous|pourriez-vous|je vous demande de|je vous prie de|please|can you|could you) (bien vouloir )?(corriger|rectifier|correct|fix|amend)\b(?= *[,;:] *(et |and )?(en attendant|d'ici la|tant que|meanwhile|in the meantime|until)| (en attendant|d'ici la|tant que|meanwhile|in the meantime|until))"),
    _p(RS, STRONG, r"\b(mes donnees|mon dossier|mes informations|mes infos|mes notes|mes fiches) (soient|soit|restent|reste) "
                   r"(bloquee?s?|gelee?s?|suspendue?s?|mise?s? de cote|mise?s? en pause|figee?s?)\b"),
    _p(RS, MEDIUM, r"\blimitation (du |de )?(traitement|l'utilisation|l'usage)"),
    _p(RS, STRONG, r"\b(geler|gelez|bloquer|bloquez|suspendre|suspendez|mettre en pause|mettez en pause|figer|figez) (le traitement|l'utilisation|l'usage|mes donnees|ces donnees|les donnees|mon dossier|tout traitement)"),
    _p(RS, STRONG, r"\b(les|le|la) (geler|bloquer|figer|mettre en pause|suspendre)\b[^.;!?]{0,40}\b(aucune? (utilisation|usage|traitement|exploitation)|en attendant|le temps|jusqu'a|tant que)\b"),
    _p(RS, STRONG, r"\b(freez\w*|gel(er|ez|e)|bloqu(er|ez|e)|(mettre|mets|mettez) en pause|suspend(re|ez|s)?) (tout )?(ce|tout ce) (que|qu') ?(vous|tu|t') ?(avez|as|detenez|gardez)\b"),
    _p(RS, STRONG, r"\b(conserv|gard)\w*[^.;!?]{0,30}mais (de |d')?(ne (les |l')?(utilisez|exploitez|traitez) plus|sans (plus )?(les |l')?(utiliser|exploiter|traiter)|ne plus (les |l')?(utiliser|exploiter|traiter))"),
    _p(RS, STRONG, r"\bplus (traite|utilise|exploite)\w* (mais|tout en etant|tout en restant) (conserv|gard|stock)\w*"),
    # "send me a copy of your session notes and the questionnaires I filled in"
    _p(A, STRONG, r"\b(send|give|forward|share|email|e-mail) me (a copy of |copies of |the )?(your|the) (session |coaching )?notes\b(?! (of|from|for) (the |your )?(workshop|webinar|training|course|class|conference|talk))"
                  r"|\b(copy|copies) of (the )?(forms|questionnaires?) i (filled|completed)\b"),
    # profiling refused: "je ne souhaite pas être profilée comme ça", "I don't want to be profiled"
    _p(O, STRONG, r"\b(ne (souhaite|veux|desire) (pas|plus)|refuse d'|ne pas) ?(etre )?profile\w*|\b(don't|do not|no longer) (want|wish) to be profiled\b"),
    # an account named with its data: "delete my Systeme.io account and the data tied to it"
    _p(E, STRONG, r"\b(delete|remove|erase|close)\b (my|the) [\w.-]+ ?(account|profile)\b[^.;!?]{0,15}\band (all )?(the |my )?(data|information|info|details)\b"),
    # consent taken back in so many words, then the photos: "I changed my mind, please don't use photos where I am visible"
    _p(W, STRONG, r"\b(i've changed my mind|i have changed my mind|i changed my mind|i no longer agree|i don't agree anymore)\b[^.;!?]{0,40}\b(don't|do not|stop) (use|using|publish\w*|post\w*|shar\w*) (the |my |any |those |these )?(photos?|pictures?|videos?|recordings?|testimonials?|images?)\b"),
    # "nous préférons que sa fiche ... soient supprimées" (represented: "ma fiche")
    _p(E, STRONG, r"\b(preferons|prefere|preferais|prefererions|prefererais|souhaitons|voudrions|aimerions) que (ma|mon|mes) [^.;!?]{0,80}\b(soient|soit) (supprime|efface|detruit)\w*"),
    _p(E, STRONG, r"\btout ce qui me concerne\b[^.;!?]{0,20}\b(soit|soient|sera|soit bien) (supprime|efface|detruit)\w*"),
    # erased once sent on: "lui envoyer mon dossier ..., puis le supprimer de votre côté"
    _p(E, STRONG, r"\b(puis|ensuite|apres quoi|and then|then)\b[^.;!?]{0,20}\b(le|la|les|tout) (supprimer|effacer|detruire)\b|\b(delete|erase|remove|wipe) (it|them|everything) (on|from|at) your (side|end|files)\b"),
    # "m'envoyer mes données ... dans un fichier électronique que je pourrai lui remettre"
    _p(P, STRONG, r"\b(m'envoyer|me transmettre|envoyez-moi|me les envoyer)\b[^.;!?]{0,80}\bdans un fichier (electronique|numerique|informatique|exploitable|reutilisable)\b"),
    # opposing the erasure and asking to keep: art. 18(1)(b)-(c)
    _p(RS, STRONG, r"\b(je m'oppose|m'opposer|i object|i oppose|objecting) (a|to) (l'effacement|la suppression|the (deletion|erasure))\b"),
    # kept as it is, used for nothing else: "ne les utiliser que pour ce dossier", "vous abstenir de tout autre traitement"
    _p(RS, STRONG, r"\b(ne les |ne la |ne le |ne l')(utiliser|utilisez|exploiter|exploitez|traiter|traitez) que pour\b(?![^.;!?]{0,80}\b(sms|pubs?|publicit\w*|newsletters?|marketing|promo\w*|offres|prospection))|\b(vous abstenir|abstenir) de tout (autre )?(traitement|usage|utilisation|exploitation)\b|"
                   r"\b(conserver|conservez|garder|gardez)\b[^.;!?]{0,60}\ben l'etat\b[^.;!?]{0,20}\bsans (les |le |la )?(modifier|effacer|supprimer|toucher)"),
    _p(E, STRONG, r"\b(get|getting) rid of (my|all my|all of my|the) (old )?(notes|forms|data|files|records|details|information|worksheets)\b"),
    _p(RE, STRONG, r"\bmy (tele)?phone( number)? (is|has) changed\b|\b(my )?(phone|number|telephone|e-?mail)[^.;!?]{0,30}\bthe (good|new|right|correct) one (now )?is\b"),
    # "please put the report on hold — don't send it, don't change it"; "de le mettre en sommeil"
    _p(RS, STRONG, r"\b(put|place|keep) (the|my|this|that) (report|file|notes|assessment|summary|records|results) on hold\b|"
                   r"\b(le|la|les) (mettre|mettiez|mettrez) en (sommeil|veille|pause|attente|suspens)\b"),
    # "rectifier l'attestation et votre fichier stagiaires : les dates indiquées sont erronées"
    _p(RE, STRONG, r"\b(rectifier|rectifiez|corriger|corrigez)\b (l'|le |la |les |votre |vos )?(attestation|fichier|fiche|dossier|donnees|informations|dates?)\b[^.;!?]{0,140}\b(errone\w*|inexact\w*|incorrect\w*|faux|fausses?)\b"),
    # casual, hinted (blind49): "plus besoin de m'envoyer la newsletter"; "l'ancien ... le nouveau c'est le 07..."
    _p(O, STRONG, r"\bplus besoin de (m'envoyer|m'ecrire|me mettre dans|me relancer)\b[^.;!?]{0,30}\b(newsletters?|lettre d'information|infolettre|mails|e-mails|sms|promos?|offres)\b"),
    _p(RE, STRONG, r"\bl'ancien\b[^.;!?]{0,60}\ble nouveau (c'est|est)\b|\b(pense|pensez) a (le |la )?(remplacer|changer|mettre a jour)\b[^.;!?]{0,40}\b(repertoire|fichier|contacts|fiche)\b"),
    _p(A, MEDIUM, r"\b(me transferer|m'envoyer|me transmettre|me passer|me renvoyer) (le |l')(fichier audio|enregistrement|audio|video)\b", question_ok=True),
    _p(A, STRONG, r"\b(qu'est-ce que|qu'est ce que) (vous avez|t'as|tu as|tu avais|vous aviez) (exactement )?comme (infos|informations|donnees|renseignements) sur moi\b", question_ok=True),
    _p(A, STRONG, r"\b(me dire|dites-moi|dis-moi|m'indiquer) d'ou (il|elle|ils|elles|ca|cela) (sort|sortent|vient|viennent)\b|\b(vous|tu) (l'avez|l'as) eu comment\b|"
                  r"\bcomment (vous avez|avez-vous|tu as|as-tu) (eu|obtenu|recupere) mon (numero|adresse|mail|e-mail|contact)\b", question_ok=True),
    # "I'd like a copy of the parts that involve me, and to know who else has access to them"
    _p(A, STRONG, r"\bcopy of (the parts?|anything|everything|whatever|what|those|the bits|the sections|the passages)( \w+)? (that |which )?(involves?|concerns?|relates? to|is about|are about|mentions?) me\b"),
    _p(A, MEDIUM, r"\b(to know|tell me|let me know) who (else )?has access to (them|it|my (data|file|notes|records|information))\b", question_ok=True),
    _p(RS, STRONG, r"\b(merci de|pouvez-vous|pourriez-vous|peux-tu|pourrais-tu) (la|le|les) (bloquer|geler|figer)\b"),
    # "would you be able to share the notes you took during our coaching sessions?"
    _p(A, STRONG, r"\b(share|send|give|forward|email)( me)? (the|your|those) (session |coaching )?notes (that )?you (took|made|wrote|kept)\b[^.;!?]{0,40}\b(our|my|me)\b", question_ok=True),
    # set aside and left alone: "je préfère qu'elle soit mise de côté pour l'instant : ne la transmettez à personne"
    _p(RS, STRONG, r"\b(mes donnees|mon dossier|mes informations|mes infos|mes fiches) (sont|soient|est|soit|restent|reste) (bien )?mise?s? de cote\b|\bne plus (les|la|le) (utiliser|exploiter|traiter)\b|"
                   r"\b(mise?s?|mettre|mettez) de cote (pour l'instant|pour le moment|en attendant|le temps)\b|\bne (la|le|les) (transmettez|communiquez|diffusez|partagez|montrez) a personne\b[^.;!?]{0,60}\bne (la|le|les) (detruisez|supprimez|effacez)"),
    # sent on to the next coach in editable files: "could you send her the materials I produced with you ... in editable files"
    _p(P, STRONG, r"\b(send|transfer|forward)\w* (her|him|them|my new \w+)\b(?:[^.;!?]|\.(?=\w)){0,120}\b(in|as) (editable|reusable|machine-readable|digital|electronic|word|excel) (files?|formats?|documents?|versions?)\b"),
    # kept as they are, left untouched meanwhile: "garder mon dossier tel quel mais ne plus y toucher, ne rien en faire"
    _p(RS, STRONG, r"\b(conserv|gard)\w* (mon|mes|ma) (dossier|donnees|fiches?|informations|infos|notes|compte)\b[^.;!?]{0,40}"
                   r"\b(ne plus y toucher|n'y touchez plus|ne rien en faire|sans (y )?toucher|sans rien en faire|"
                   r"sans les (utiliser|supprimer)\b[^.;!?]{0,40}\ben attendant)"),
    _p(RS, STRONG, r"\b(put|place) a hold on (using|processing|the use of|any use of)\b|\b(put|place|keep) (my data|my file|my account|my records|my informations?|the processing( of my data)?) on hold\b|\b(keep|retain) my (file|data|records)\b[^.;!?]{0,60}\bbut (put|place) (it|them) on hold\b|\bmettre (mes donnees|mon dossier) en (pause|attente|suspens)"),
    _p(RS, STRONG, r"\b(bloquer|bloquez|suspendre|suspendez|geler|gelez|mettre en pause|mettez en pause|mettre en suspens|mettez en suspens) (leur|son|toute|tout|l') ?(utilisation|usage|traitement)\b|\bsuspendiez (toute |l')?(utilisation|usage|traitement)\b"),
    _p(RS, MEDIUM, r"\bdroit (a la|de) limitation\b|\b(article|art\.?) ?18\b"),
    _p(RS, STRONG, r"\brestrict\w* (the |any |all |its |their |her |his |my )?(processing|use|usage)\b|\brestriction of (the )?processing\b"),
    _p(RS, STRONG, r"\b(keep|retain|store|hold)\w* (it|them|my data|my informations?|my records)[^.;!?]{0,20}but (do not|don't|stop|no longer|not) (use|using|process)"),
    _p(RS, STRONG, r"\b(freeze|suspend|block|pause) (the |all |any )?(processing|use|usage) of my\b"),
    _p(RS, MEDIUM, r"\bright to restriction\b"),
    _p(RS, STRONG, r"\b(bloquez|gelez|suspendez|figez)[- ](le|la|les)\b[^.;!?]{0,40}\bplus (aucune? )?(utilisation|usage|traitement|exploitation)\b|\bplus aucune? (utilisation|usage|traitement|exploitation) (de |des )?(mes|mon|ma)\b[^.;!?]{0,60}\b(tant que|jusqu'a|until|le temps)\b"),
    _p(RS, STRONG, r"\b(freeze|suspend|block|pause) (them|it|my (data|records|file|account|informations?))\b|\bno (further|more) (processing|use)\b"),
    _p(RS, STRONG, r"\b(mettre|mettez|mettiez) (mes donnees|mon dossier|mes informations|mes infos|les|le|la) en (sommeil|veille|pause|attente|suspens)\b"),
    # ------------------------------------------------------------------ portability
    _p(P, MEDIUM, r"\bportabilit\w*(?![^.;!?]{0,25}\b(numero|number|chez|operateur|carrier))|\bportability\b(?! of (my|the|your) (phone )?number)|\b(article|art\.?) ?20\b"),
    _p(P, STRONG, r"\bformat\b[^.;!?]{0,25}\b(structure|lisible par (une )?machine|informatique|exploitable|reutilisable|ouvert|csv|json|xml|tableur|excel)\b|\ben (csv|json|xml)\b|\bfichier (csv|json)\b"),
    _p(P, STRONG, rf"\b(transmet\w*|transfer\w*|envoy\w*|communiqu\w*|porter|portiez|migr\w*)\b{GAP}(mes donnees|mon dossier|mes informations|mes infos|mes notes|mes fiches?|les donnees)\b{GAP}\b(a|vers|chez|aupres d') ?(un autre|une autre|mon nouveau|ma nouvelle|mon nouvel|le nouveau|la nouvelle|un nouveau|une nouvelle|d'autres?)"),
    _p(P, STRONG, r"\b(export\w*|recuperer) (de |d')?(toutes )?(mes donnees|mon dossier|mes informations)\b[^.;!?]{0,60}(transfer|import|autre|nouveau|nouvelle|reutilis|format)"),
    _p(P, MEDIUM, r"\bexport\w* (de )?(toutes )?(mes donnees|mon dossier|mes informations)\b"),
    _p(P, STRONG, r"\b(en|au format|format|sous forme|fichier|dans un fichier|as an?|in an?|to an?)\b[^.;!?]{0,80}\b(csv|json|xml|excel|tableur|spreadsheet)\b"),
    _p(P, STRONG, r"\b(transfer|transmit|forward|send)\w* (all )?(of )?my (data|file|records|notes|informations?|history) directly to\b|\b(transmettre|transferer|envoyer|transmettez|transferez|envoyez) (directement )?(mes donnees|mon dossier|mes notes|mes informations) directement\b"),
    _p(P, STRONG, r"\bmachine[- ]readable\b|\bstructured,? commonly[- ]used\b|\bin (a )?(csv|json|xml|spreadsheet)( format| file)?\b|\bas (a )?(csv|json) (file|export)\b"),
    _p(P, STRONG, rf"\b(transfer|transmit|send|move|port|forward)\b{GAP}\bmy ([a-z]+ )?(data|informations?|records|file|notes|details|history)\b{GAP}\bto (another|a new|my new|the new|a different|a other)"),
    _p(P, MEDIUM, r"\bexport (of )?(all )?(of )?my (data|informations?|records)\b"),
    _p(P, STRONG, rf"\b(transmet\w*|transfer\w*|envoy\w*|communiqu\w*|fai\w* (suivre|parvenir))\b{GAP}\b(mes|mon|ma) {DATA_FR}\b{GAP}\b(a|au|vers|chez) (la|le|mon|ma|un|une|l') ?(psy\w*|medecin|coach|therapeute|praticien\w*|sophrologue|naturopathe|kine\w*|osteo\w*|nouveau|nouvelle|nouvel|autre)\b"),
    _p(P, STRONG, r"\bpass (on )?(my|all my|the) (file|data|records|notes|details|history)( on)? to\b|\bpass(ez|er|e) (mon dossier|mes donnees|mes notes|mes informations|mes infos|mes fiches?) (a|au|chez)\b|\bfaire suivre (mon dossier|mes donnees|mes notes|mes informations)\b"),
    _p(P, STRONG, r"\b(transmet\w*|transfer\w*|envoy\w*|fai\w* suivre)\b[^.;!?]{0,45}\b(a|au|vers|chez) (mon|ma) (medecin|therapeute|psy\w*|coach|nouveau|nouvelle|nouvel|kine\w*|osteo\w*|praticien\w*|sophrologue|naturopathe|psychiatre|generaliste)\b"),
    _p(P, STRONG, r"\b(get|have) my (data|session history|history|file|records|notes|informations?|details)\b[^.;!?]{0,20}\bexported\b|\b(share|use|import|upload) (it|them|this|that) (with|to|into|at) (my new|another|a new|a different)\b"),
    _p(P, STRONG, r"\b(fichier|format|forme) (exportable|importable|reutilisable|numerique reutilisable)\b|\b(re)?import\w* (ailleurs|chez|dans|sur) (un|une|mon|ma|l'autre|leur|son)\b|\bpour (pouvoir )?(les |le |la |l')?(re)?importer\b"),
    _p(P, STRONG, r"\b(export\w*|import\w*|transfer\w*|reutilis\w*|reus\w*)\b[^.;!?]{0,80}\b(csv|json|xml|excel|tableur|spreadsheet)\b|\b(csv|json|xml|excel|tableur|spreadsheet)\b[^.;!?]{0,60}\b(import\w*|transfer\w*|reutilis\w*)"),
    _p(P, STRONG, r"\b(lui|leur) (transmettre|transferer|envoyer|communiquer|faire suivre|faire parvenir|adresser) (directement )?(mes donnees|mon dossier|mes notes|mes informations|mes fiches?)|\b(transmettre|transferer|envoyer|transmettez|transferez|envoyez|faire suivre) directement (mes donnees|mon dossier|mes notes|mes informations) (a|au|chez|vers)"),
    _p(P, STRONG, r"\b(importer|reprendre|recuperer|reutiliser) (dans|chez|sur|avec) (un|une|mon|ma) (autre|nouvel|nouveau|nouvelle)\b"),
    # ------------------------------------------------------------------ objection
    _p(O, STRONG, r"\bje m'oppose\b(?! (un peu |vraiment |plutot )?a (l'idee|cet exercice|cette idee|votre proposition))(?=[^.;!?]{0,60}\b(trait\w*|donnees|utilis\w*|usage|prospection|envoi\w*|profilage|coordonnees|informations|infos|marketing|publicit\w*|sms|mails?|e-?mails?|news?letters?|ce que (vous|tu)|transmi\w*|partage|cession|analyse|fichier|exploitation|statistiques|numero|adresse|photo|image|mes|mon|ma|suivi|tracage|traceurs?|cookies?|pixels?|enregistre\w*|collecte)\b|\s*[.!]?\s*$)|\bm'opposer (au|a l'|a la|a ce|a toute|a tout)|\bopposition (au|a la|a l'|a toute|a tout) (traitement|utilisation|prospection|envoi|profilage|usage)"),
    _p(O, STRONG, r"\b(ne|n')? ?(veux|veu|veut|souhaite|desire|voudrais|souhaiterais|aimerais|plus|plu) ?(plus|plu|pu|pas) (rien |aucun\w* )?(recev\w*|etre (contacte|sollicite|demarche|relance)e?s?|avoir de vos nouvelles|faire partie de (vos|votre) (liste|newsletter|mailing|diffusion))"),
    _p(O, STRONG, r"\bplus (jamais )?(recevoir|etre contacte)\b"),
    _p(O, STRONG, rf"\b(ar+et+(ez|er|e|es|iez)|cess(ez|er|e|iez)|stopp(ez|er|e|iez)|stop) (de |d')?(m'?envoy(er|e|ez|es)|m'ecrire|me contacter|m'appeler|me telephoner|me demarcher|me solliciter|me spammer|me relancer|me harceler|les envois|l'envoi|vos {MARKETING_FR}|tout envoi|toute communication)"),
    _p(O, STRONG, rf"\b(desinscri|desincri|desabonn|desabone|desinscript)\w*(?!{GAP}\b{EVENT})"),
    _p(O, STRONG, rf"\b(retir|supprim|enlev|effac|ot|vir|sort|ray)\w*[- ](moi|mon adresse|mon e-?mail|mon mail|mon numero)\b{GAP}\b(liste(?! d.?attente)|newsletter|mailing|diffusion|envois|prospection|lettre d'informations?|infolettre)"),
    _p(O, STRONG, rf"\bplus (de|d'aucun\w*) (vos |tes |ces )?{MARKETING_FR}\b(?!{GAP}\?)"),
    _p(O, STRONG, r"\bne (me |m')(envoy|ecriv|contact|appel|relanc|sollicit|spamm)\w* plus\b"),
    _p(O, STRONG, r"\b(plus|plu|pu) (que|ke|qu') ?(tu|vous|vs) (m'|me |m)?(ecriv|envoy|contact|appel|relanc|spamm)\w*"),
    _p(O, STRONG, r"\bne (plus|jamais plus) (me |m')(adresser|transmettre|proposer|faire parvenir|telephoner) (vos|des|de|aucune?|les)\b"),
    _p(O, STRONG, r"\b(ne )?plus (vous |te )?servir (de|des) (mes|mon|ma)\b"),
    _p(O, STRONG, rf"\b(veux|veu|veut|souhaite|voudrais|desire) (plus|plu|pu) (de |d')?(la |les |vos |ta |tes |votre |ton |ces )?{MARKETING_FR}\b"),
    _p(O, STRONG, r"\b(n'utilisez plus|ne plus utiliser|ne plus exploiter|cessez d'utiliser|arretez d'utiliser|cesser d'utiliser|arreter d'utiliser) (mes|les|vos|ces) (donnees|informations|infos|coordonnees)|\bne (les|la) (utilisez|exploitez|traitez) plus\b"),
    _p(O, STRONG, r"\b(cesser|arreter|stopper|suspendre)\w* (de m'envoyer |d'envoyer |de lui envoyer )?(vos|ces|les|tes|tous (vos|ces|les)|toutes? (vos|ces|les)) (envois|mails|e-?mails|courriels|sms|"
                  r"messages (commerciaux|promotionnels|publicitaires)|offres|relances|sollicitations|newsletters?|appels)\b(?! (de|des|du|d') (factures?|documents?|dossier|rappel))"),
    _p(O, STRONG, rf"\bme (retirer|supprimer|enlever|rayer|sortir)( vous-meme| toi-meme| manuellement)? (de|des) (votre|vos|la|les|toutes? vos|ta|tes|cette) {GAP}(liste(?! d.?attente)|newsletter|mailing|diffusion|envois|prospection|lettre d'informations?|infolettre)"),
    _p(O, STRONG, r"(?<!\bi )(?<!\bwe )\b(don't|do not|dont|no longer) (use|process) (it|them|my (personal )?(data|informations?|details))( any ?more| any longer)?\b"),
    _p(O, STRONG, r"\bne (plus|jamais plus) (me |m')(envoyer|ecrire|contacter|solliciter|appeler|relancer|demarcher)\b|\bje refuse (que|l'utilisation|le traitement|toute (prospection|sollicitation|utilisation))\b"),
    _p(O, STRONG, r"^(stop|stop pub|stop newsletter|stop mails?|desabonnement|desinscription|unsubscribe|remove me)\W*(merci|svp|stp|please|thanks|thank you|merci d'avance)?\W*$"),
    _p(O, STRONG, r"\b(supprim|annul|retir|arret|stopp)\w* (mon|ma|l') ?(inscription|abonnement) (a|de) (la|votre|vos|ta|tes) (newsletter|liste(?! d.?attente)|lettre|mailing|infolettre|diffusion)"),
    _p(O, STRONG, r"\b(arret|stopp|stop)\w* (la|votre|vos|les|ta|tes|the|your) (newsletters?|mails?|e-?mails?|envois|mailings?|sms|relances)\b"),
    _p(O, STRONG, r"\b(no longer|don't|do not|never) (wish|want) to hear from you\b|\b(don't|do not) send me (any )?(more |further )?(emails|newsletters|messages|offers|marketing|mail)"),
    _p(O, STRONG, r"\b(mettre fin|mettez fin|mettiez fin) (a|au) (tout |le )?traitement\b|\b(cesser|cessez|arreter|arretez|stopper|stoppez) (tout |le )traitement (de |des )?(mes|mon|me concernant|de mes)|\bstop (processing|using) (my|all my|any of my)\b(?! (photos?|pictures?|images?|videos?|testimonials?|reviews?|quotes?|story|face)\b)"),
    _p(O, MEDIUM, r"\bdroit d'opposition\b|\b(article|art\.?) ?21\b|\bprospection\b"),
    # "I object" to something of hers that is not processing ("the price increase") is no objection
    _p(O, STRONG, rf"(\bi (hereby )?(object|am objecting|am hereby objecting)\b|\bobjecting to\b|\bi object\b){_NOT_PROCESSING_EN}"),
    _p(O, STRONG, rf"\b(unsubscribe|unsubscribing|opt[- ]?out|opt me out)\b(?!{GAP}\b{EVENT})"),
    _p(O, STRONG, r"\b(remove|take|scrub|strike|drop|delete|erase|get|cross)\w* (me|my (email|email address|address|name|number|details|contact details|data|information)) (from|off|out of) (your|the|all|any|this|that|these) (monthly |weekly |regular |daily |mailing |marketing |email |newsletter |contact |distribution |subscriber )*(list|lists|newsletters?|mailings?)\b"),
    _p(O, STRONG, r"\b(stop|cease|quit)\w* (sending|emailing|e-mailing|contacting|messaging|texting|calling|spamming|marketing to) (me|us)?"),
    _p(O, STRONG, r"\b(do not|don't|dont|no longer|never) (want|wish) to (receive|get|be contacted)|\b(do not|don't|dont) (contact|email|e-mail|message|text) me (again|anymore|any more|in future)"),
    _p(O, STRONG, rf"\bno (more|further) {MARKETING_EN}\b|\bstop using my (personal )?(data|informations?|details)\b"),
    _p(O, STRONG, r"\bi want (out|off) (of|from) (your|the) (mailing |marketing |email |newsletter )?(list|lists|newsletter|mailings?)\b"),
    _p(O, MEDIUM, r"\bright to object\b|\bdirect marketing\b"),
    _p(O, STRONG, rf"\bmais (plus|pas) (les |de |d'|vos |la )?{MARKETING_FR}\b|\b(ne (veux|souhaite|desire) plus|\bni) que (vous|tu) (m'envoy|m'ecriv|me contact|me relanc|me sollicit|m'adress)\w*"),
    _p(O, STRONG, r"\b(i'd rather not|i would rather not|i'd prefer not to|i would prefer not to) (get|receive|be sent)\b[^.;!?]{0,20}\b(sms|texts?|adverts?|ads|promos?|promotions|marketing|newsletters?|offers|mailings?)\b|"
                  r"\bje (prefere|prefererais|voudrais|aimerais) (ne )?(plus|pas) (recevoir|avoir)\b[^.;!?]{0,20}\b(sms|textos?|pubs?|publicites?|promos?|offres|newsletters?|lettres? d'information|mailings?)\b"),
    _p(O, STRONG, r"\brefrain from (sending|contacting|emailing|e-mailing|calling|texting|messaging)\b|\bvous abstenir de (m'envoyer|me contacter|m'ecrire|me solliciter|me relancer)\b"),
    _p(O, STRONG, r"\bobject (to|against) (any |all |the )?(further |future )?(processing|use|marketing|profiling)\b"),
    _p(O, STRONG, r"\bm'(enlever|retirer|oter|effacer|supprimer|desinscrire|rayer|sortir) (de|des) (votre|vos|ta|tes|la|les|cette|ton)\b[^.;!?]{0,30}\b(liste(?! d.?attente| de (clients|patients))|newsletter|mailing|diffusion|envois|infolettre|lettre d'informations?)"),
    # ------------------------------------------------------------------ withdraw consent
    _p(W, STRONG, r"\b(retir|revoqu|annul)\w* (de )?(mon |ma |le |l'|votre |ce |cet |cette |notre |nos )?(consentement|accord|autorisation|consent|ok)\b(?! (de|d'|du|des) (l'|mon |ma |la |le )?(employeur|banque|medecin|assureur))"),
    _p(W, STRONG, r"\b(accord|consentement|autorisation|permission)\b[^.!?]{0,60}\b(je (prefere |souhaite |veux |voudrais )?(le |la |l')(retirer|retire|revoquer|revoque|annuler|annule))\b"),
    _p(W, STRONG, r"\b(consent|permission|agreement|authori[sz]ation)\b[^.!?]{0,60}\b(withdraw|revoke|retract|take back)\w* it\b"),
    _p(W, STRONG, rf"\b{PUBLISHED_FR}\b[^.;!?]{{0,50}}\b(soi(en)?t|etre) (retire|enleve|supprime|depublie|decroche)e?s?\b"),
    _p(W, STRONG, r"\bje (suis plus d'accord|consens plus)\b"),
    _p(W, STRONG, r"\bje ne (suis plus d'accord|consens plus|donne plus mon accord|souhaite plus que (mon|ma|mes) (temoignage|photo|image|video|avis))|\bje reviens sur mon (accord|consentement|autorisation)"),
    _p(W, STRONG, rf"\b(retir|enlev|supprim|effac|depubli|decroch|ot)\w*\b{GAP}\b(mon|ma|mes|le|la|les) {PUBLISHED_FR}\b{GAP}(de moi|ou j'apparais|ou je figure|ou l'on me voit|sur (votre|le) (site|page|blog|compte|instagram|facebook|profil|reseaux|brochure|plaquette)|de (votre|vos) (site|page|reseaux|publications?|brochure)|publie)"),
    _p(W, STRONG, rf"\b(retir|enlev|supprim|effac|depubli)\w*\b{GAP}\b(mon|ma|mes) {PUBLISHED_FR}\b"),
    # something of one's own, however named ("mon petit mot"), taken off her site or pages
    _p(W, MEDIUM, r"\b(retir|enlev|depubli|decroch)\w*[- ](?:moi )?(mon|ma|mes) (\w+ ){1,3}(de|sur|du) (ton|votre|ta|le) (site|page|blog|instagram|insta|facebook|compte insta\w*|linkedin|plaquette|brochure)\b"),
    _p(W, STRONG, rf"\bne plus (publier|diffuser|utiliser|afficher|montrer|partager) (mon|ma|mes|les|la|le) {PUBLISHED_FR}"),
    _p(W, STRONG, r"\b(consentement|accord|autorisation)\b[^.!?]{0,60}\b(ne )?plus (la |le |les |l')(publier|diffuser|utiliser|afficher|montrer|partager)\b"),
    _p(W, STRONG, rf"\bne (veux|souhaite|desire) plus (apparaitre|figurer|etre|que (mon|ma|mes|la|le|les|cette|ces) {PUBLISHED_FR})\b{GAP}\b({PUBLISHED_FR}|site|page|instagram|facebook|reseaux|brochure|publie)"),
    _p(W, STRONG, rf"\b(ne (veux|souhaite|desire) plus|refuse) que vous (utilisiez|publiiez|diffusiez|affichiez|montriez|partagiez|gardiez|conserviez) (mon|ma|mes|les) {PUBLISHED_FR}"),
    _p(W, STRONG, rf"(n't|\bnot|\bno longer|\bstop) (use|using|publish|publishing|show|showing|display|displaying|share|sharing|put|putting|post|posting|print|printing|include|including|feature|featuring) (my|the|any|any of the|any of my) {PUBLISHED_EN}\b"),
    _p(W, STRONG, r"\bchanged my mind (about|on|regarding|concerning) [^.!?]{0,40}\b(consent|permission|authori[sz]ation|release|photos?|pictures?|testimonials?|videos?|recordings?)\b|\bchange d'avis (pour|sur|concernant|a propos d[eu']) [^.!?]{0,40}\b(consentement|accord|autorisation|photos?|temoignages?|videos?|enregistrements?|droit a l'image)\b"),
    _p(W, MEDIUM, r"\bdroit a l'image\b|\b(article|art\.?) ?7\b"),
    _p(W, STRONG, rf"\b{PUBLISHED_FR}\b[^.!?]{{0,80}}\bne (veux|souhaite|desire) (plus|pas) qu'(elles?|ils?) (circul\w*|soi(en)?t|apparaiss\w*|figur\w*|rest\w*|tourn\w*)"),
    _p(W, STRONG, rf"\b(rather|prefer) (that )?(my|the) {PUBLISHED_EN}\b{GAP}\b(wasn't|weren't|was not|were not|not be|isn't|is not|no longer|taken down|removed)\b"),
    _p(W, STRONG, rf"\bprefer\w* que (mon|ma|mes|le|la|les) {PUBLISHED_FR}\b{GAP}\bne (soi(en)?t|figur\w*|apparaiss\w*) (plus|pas)\b|\bn'autoris\w* plus (la |l')?(diffusion|publication|utilisation) (de )?(mon|ma|mes)\b"),
    _p(W, STRONG, rf"\b(veux|veu|veut|souhaite|desire|voudrais|envie|plus envie) (plus |pas )?que (mon|ma|mes|les|la|le) {PUBLISHED_FR}\b{GAP}\b(soi(en)?t|apparai\w*|figur\w*|rest\w*|publi\w*|utilis\w*|sur)\b"),
    _p(W, STRONG, r"\b(withdraw|withdrawing|withdrew|revoke|revoking|retract|retracting|rescind|rescinding|cancel|cancelling)\w* (my |said |the |this |that |all |any )?(consent|permission|authori[sz]ation|agreement)\b"),
    _p(W, STRONG, r"\bi (no longer|do not|don't) (consent|agree to)\b|\bi(?:'m| am) no longer (happy|ok|okay|comfortable)\b(?![^.;!?]{0,30}\b(kept|stored|held|retained|keeping|storing|holding|on file)\b)"),
    _p(W, STRONG, rf"\b(remove|take down|delete|unpublish|stop (using|publishing|showing|displaying|sharing))\b{GAP}\b(my|the) {PUBLISHED_EN}\b"),
    _p(W, STRONG, rf"\btake (my|the) {PUBLISHED_EN}( (and|&) (my |the )?{PUBLISHED_EN})?( of me)? (off|down)\b"),
    _p(W, STRONG, rf"\b(remove|take down|delete|unpublish|stop (using|publishing|showing|displaying|sharing))\b{GAP}\b{PUBLISHED_EN} of me\b"),
    _p(W, STRONG, rf"\b(don't|do not|no longer) want (my|the) {PUBLISHED_EN}\b{GAP}\b(on|in|to be|used|published|shared|shown)"),
    # ------------------------------------------------------------------ round 5 (blind4): general forms
    # access: past tenses and "l'information que tu gardes sur moi"; "d'où vient mon adresse ?"
    _p(A, STRONG, rf"\b(ce|tout ce) (que|qu') ?(vous|tu|t') ?(aviez|gardiez|conserviez|deteniez|aviez garde|avais|gardais|conservais)\b{GAP}({ABOUT_ME_FR}|de moi)", question_ok=True),
    _p(A, STRONG, rf"\b(l'information|les informations|l'info|les infos|les donnees|les renseignements) (que|qu') ?(vous|tu|t') ?(avez|gardez|conservez|detenez|stockez|as|gardes|conserves|detiens|stockes|aviez|gardiez)\b{GAP}({ABOUT_ME_FR}|de moi)", question_ok=True),
    _p(A, STRONG, r"\bcopie (de )?(tout )?(ce que|ce qu') ?(vous|tu) ?(avez|aviez|as|avais) (note|ecrit|garde|conserve|consigne|pris|redige)\w*"),
    _p(A, STRONG, r"\b(d'ou (vient|viennent|provient|provenait|venait)|comment (avez-vous|as-tu|vous avez|tu as) (eu|obtenu|recupere|trouve)) (mon|ma|mes) (adresse|e-?mail|mail|numero|coordonnees|nom|donnees)\b|\bwhere did you (get|find|obtain) my (email|e-mail|address|number|details|data|contact details)\b", question_ok=True),
    _p(A, STRONG, r"\b(send|give|show) me (everything |all |what |whatever )(that )?you(?:'ve| have)? (got|have|hold|keep)( got)? (on file |in your files |in your records )?(for|on|about) me\b", question_ok=True),
    # erasure: the data named with a modifier ("my session notes"), passive with "me concernant"
    _p(E, STRONG, rf"{ERASE_V_EN}\b[^.;!?]{{0,60}}\b(my|all my) ([a-z-]+ ){{0,2}}(notes|journal|journal entries|entries|files|documents|folder|folders|questionnaires?|answers|recordings?|messages|emails|records|data|details)\b(?![^.;!?]{{0,40}}\b(list|newsletter|mailing)\b)"),
    _p(E, STRONG, r"\b(delete|erase|destroy|wipe|bin|shred) the lot\b"),
    _p(E, STRONG, r"\b(puis|ensuite|et|then|apres quoi) (que|qu') ?(ce|tout|cela|ca|elles?|ils?|le tout|l'ensemble) (soi(en)?t|soit) (definitivement |bien )?(supprim|effac|detrui)\w*"),
    _p(E, STRONG, r"\b(delete|erase|remove|wipe|destroy)\b[^.;!?]{0,20}\bwhatever (else )?(you|u) (hold|have|keep|store|got)\b"),
    _p(E, STRONG, rf"\b{DATA_FR}\b[^.;!?]{{0,30}}{ABOUT_ME_FR}[^.;!?]{{0,30}}\b(soi(en)?t|etre|seront|soit) (definitivement |bien |toutes )?(supprim|effac|detrui)\w*"),
    # rectification: "mets à jour mon numéro", "mettre mon dossier à jour", "corrige la date de naissance"
    _p(RE, STRONG, rf"\b(mets|met|mettre|mettez|mettiez|mettrais|mettriez) a jour (mon|ma|mes|le|la|les) ({FIELDS_FR}|dossier|fiche|profil|compte)\b"),
    _p(RE, STRONG, rf"\b(mets|met|mettre|mettez|mettiez) (mon|ma|mes) ({FIELDS_FR}|dossier|fiche|profil)\b[^.;!?]{{0,20}}\ba jour\b"),
    _p(RE, STRONG, rf"\b(corrig\w*|rectifi\w*|modifi\w*) (la|le|l'|les) ?{FIELDS_FR}\b[^.;!?]{{0,60}}\b(c'est|pas le|pas la|et non|au lieu)\b|\b(date de naissance|birth ?date|date of birth)\b[^.;!?]{{0,40}}\b(c'est le|is the|not the|pas le)\b"),
    _p(RE, STRONG, rf"\bmy {FIELDS_EN} and (my )?{FIELDS_EN} (are|were) {GAP}(out of date|outdated|wrong|incorrect|inaccurate|not correct)\b"),
    # objection: "don't add it to your newsletter", "I'd rather not get marketing emails"
    _p(O, STRONG, r"\b(don't|do not|please don't|never|didn't|did not|wouldn't|would not) (add|put|subscribe) (it|me|my \w+( address)?) (to|on) (your|the|any) (newsletter|mailing list|marketing list|list)\b|\b(rather|prefer) not (to )?(get|receive) (any ?more |any |more |further |your )?(marketing|promotional|newsletter|advertising|commercial|sales)\b"),
    # withdrawal: non-native "I retire my agreement"
    _p(O, STRONG, r"\bstop (pub|newsletters?|mails?|sms|mailings?)\b"),
    _p(O, STRONG, rf"\bi (don't|do not|no longer) want (any more |anymore |no more |more |any |to receive |to get )?(of )?(your )?{MARKETING_EN}\b"),
    _p(W, STRONG, r"\b(revenir|reviens|revenez) sur (ce|cet|mon|le|cette|mon propre) (consentement|accord|autorisation)\b|"
                  r"\bje (le|la|l') ?(retire|revoque|retracte) (a compter|des (aujourd'hui|maintenant|a present)|definitivement|par la presente)"),
    _p(W, STRONG, r"\bi (retire|am retiring|take back) (my |the )?(consent|agreement|permission|authori[sz]ation)\b"),
    # a questionnaire, answers or one's story no longer to serve a study, a book or research (consent to that use taken back)
    _p(W, STRONG, r"\b(ne (veux|veut|souhaite|desire|voudrais) plus|plus envie|refuse) que (mon|ma|mes) (questionnaires?|reponses|histoire|cas|temoignage|donnees|infos|bilan)\b[^.;!?]{0,40}"
                  r"\b(serve|servent|soi(en)?t (utilise|exploite|integre|reprise?)e?s?|figur\w*|apparaiss\w*)\b[^.;!?]{0,30}\b(etude|recherche|enquete|livre|ouvrage|article|memoire|these|formation)s?\b|"
                  r"\b(don't|do not|no longer) want (my|the) (questionnaires?|answers|responses|story|case|data)\b[^.;!?]{0,30}\b(used|included|featured|to (be used|appear|serve))\b[^.;!?]{0,30}\b(study|research|survey|book|article|thesis|training)\b"),
)
#: Which PATTERNS are worth trying on a sentence, from their anchors (flows.lexicon_anchors).
PREFILTER = Prefilter([p.anchors for p in PATTERNS])

# ---------------------------------------------------------------- post mortem (two parts)
DEATH_RE = re.compile(
    r"\b(deced\w*|deces|disparition de (mon|ma)|nous a quitte\w*|est (mort|morte)\b|s'est eteinte?\b|emportee? par (la|sa|un|une) (maladie|cancer)|"
    r"(il|elle) (est|s'en est) (parti|partie|alle|allee) (en|au mois de|fin|debut) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|"
    r"octobre|novembre|decembre)\s*[.;]|(s'est|s est|se sont) suicide\w*|took (his|her) own life|"
    r"\b(papa|maman|mon pere|ma mere|mon mari|ma femme|mon epouse|mon epoux|mon frere|ma soeur|mon fils|ma fille|mon compagnon|ma compagne)( \([^)]{0,40}\)|, [^,.;()]{1,40},)? "
    r"est (parti|partie) (la semaine derniere|le mois dernier|hier|cette nuit|ce matin|le \d+ \w+|il y a (\d+|deux|trois|quelques) (jours|semaines|mois)|"
    r"en (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))\s*[.;,]|"
    r"s'est donnee? la mort|(avant|depuis|apres) sa disparition|"
    r"defunt\w*|feu (mon|ma)|executeur testamentaire|heriti\w*|legataire|faire-part(?! de (mariage|naissance|bapteme))|obseques|funerailles|ayants?[- ]droits?|(la|pour la|de la|dossier de) succession\b|notaire|acte de deces|"
    r"the late (mr|mrs|ms|miss|dr|m|mme)\b|\b(mum|mom|dad|father|mother|husband|wife|son|daughter|brother|sister|partner|grand\w+) ([a-z]+ )?(passed|died)\b|late (grand\w*|aunt|uncle|father-in-law|mother-in-law|friend|client)|"
    r"passed away|has died|died|death|is dead|dead since|has passed|passed on|deceased|late (husband|wife|mother|father|son|daughter|"
    r"partner|brother|sister|mum|mom|dad)|heirs?\b|executor|estate of|next of kin|bereave\w*)"
)
THEIR_DATA_RE = re.compile(
    # what the practitioner noted, in a sentence naming nothing of the sender's own ("mes notes à moi")
    r"(?:^|[.;!?\n]) *(?:(?!\b(?:mes|moi|mon|ma|nous|nos)\b)[^.;!?\n])*\bce que (vous|tu) (avez|aviez|as|avais) (note|ecrit)\b(?:(?!\b(?:mes|moi|mon|ma)\b)[^.;!?\n])*[.;!?\n]|"
    r"\b(plus (lui|le|la) (envoyer|ecrire|contacter|relancer)|(stop|no longer|cease) (sending|emailing|contacting|writing to) (him|her)|(stop|no longer|cease) (sending|emailing) (these|them|this|it|e?mails|newsletters?|the newsletter) to (him|her)\b|ses (donnees|informations|infos|coordonnees|dossiers?|notes|echanges|messages|documents|bilans|seances|correspondances?|enregistrements|factures|fiches?|comptes?|mails|e-?mails|abonnements?|photos?)|"
    r"son (compte|dossier|profil|adresse|abonnement|historique|e-?mail|mail|numero|inscription)|"
    r"sa (fiche|newsletter|boite|adresse|carte|inscription|photo|video)|son temoignage|(de|d') (leur|notre) (fils|fille|enfant|pere|mere|mari|frere|soeur)\b|(her|his) (photos?|pictures?|testimonial|video)|a son nom|au nom (du|de la) defunte?|(si|whether) (le|la) defunte?|"
    r"(les|des) (donnees|informations|comptes?|coordonnees|dossiers?) (de|d') (ma|mon|feu|notre)|"
    r"\b(relatives?|concernant|relating to|about|regarding) (au |a la |le |la |the )?(defunte?|deceased|disparue?)\b|"
    r"(her|his|their) (data|informations?|details|account|profile|records|file|email|subscription|notes)|"
    r"(the )?(data|informations?|account|records|details) of (my|our) (late|mother|father|husband|wife)|"
    r"(supprim|ferm|clotur|effac|desinscri|desabonn|retir|delete|close|remove|unsubscrib|eras)\w*[- ](la|le|les|her|him|them)\b|take (him|her|them) off\b|"
    r"ce qui (le|la) concerne|(le|la) concernant|(sur|de) (lui|elle)\b|(about|on|of) (him|her)\b|"
    r"(relating to|concerning|regarding|about|of) (the late |the deceased )?(mr|mrs|ms|miss|dr|monsieur|madame|m|mme)\b|"
    r"(qu')?(il|elle) (avait|m'avait|vous avait|a) (depose|ecrit|envoye|partage|rempli|confie)\w*|(he|she) (had )?(shared|sent|wrote|uploaded|stored)|"
    r"(au|a) nom (de la|du|de notre|de leur) (defunt\w*|mere|pere|soeur|frere)|(ouvert|enregistre\w*|reste\w*) a son nom|(son|leur) espace|"
    r"(her|his) (photo|photos|testimonial|pictures?|writings|texts|notes|videos?)|(it|them) (removed|deleted|taken down)|"
    r"l'(enlever|oter|rayer|desinscrire|desabonner|effacer|supprimer|retirer)\b|les recuperer|"
    r"\b(le|la|les|l') ?(desinscrire|desabonner|supprimer|effacer|retirer|radier)\b)"
)

#: Someone leaving instructions for their own data after their death (art. 85 loi I&L): post mortem.
OWN_DIRECTIVES_RE = re.compile(
    r"\b(apres (ma mort|mon deces|ma disparition)|si je (viens a |venais a )?(deced|mour)\w*|en cas de (mon )?deces|"
    r"a mon deces|lorsque je (serai|mourrai) (decede\w*|mort\w*)?|in the event of my death|after my (death|passing)|"
    r"(le jour|quand|lorsque) (ou )?je (mourrai|serai morte?|deced\w+|partirai pour de bon)|(quand|lorsque|une fois que) je serai partie?(?=,)|"
    r"when i die|if i (die|pass away|should die)|si je (venais|devais) a (partir|m'en aller)|(le jour|quand|lorsque|une fois) (ou |que )?je (ne serai|serai) plus (la|de ce monde)|"
    r"(when|once|after) i('m| am) (gone|no longer here|no longer around)|(s'il|si jamais il|si un jour il) (m'arrivait|m'arrive) (quelque chose|malheur)|"
    r"if (anything|something) (happens|should happen|were to happen) to me|if i (don't|do not|didn't) (make it|pull through|survive|wake up)|"
    r"si je (ne m'en sors pas|ne me reveille pas|n'en reviens pas|ne survis pas)|directives? (anticipees? |particulieres? )?(relatives? a|concernant|sur|pour) "
    r"(mes donnees|le sort|la conservation)|article 85)\b"
)

# ---------------------------------------------------------------- articles (for reminders)
ARTICLE_RIGHTS: dict[str, Right] = {
    "15": A,
    "16": RE,
    "17": E,
    "18": RS,
    "20": P,
    "21": O,
}
ARTICLE_RE = re.compile(r"\b(?:article|art\.?)\s?(15|16|17|18|20|21)\b")
