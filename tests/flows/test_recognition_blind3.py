"""Recognition on the fourth, blind corpus (tests/corpus/blind3): the floor it must keep.

Written blind in round 4; first figures were precision 0.915, recall 0.908, exact
rights 0.882 (see its README). The rules were then fixed on general causes, so it is no longer held out: this test keeps the product targets as a
floor and checks that the committed .eml files match their generator.
"""

from __future__ import annotations

import importlib.util
import json

import pytest

from flows.models import Right
from flows.reading import read_message
from flows.recognition import recognise
from tests.flows.corpus_support import CORPUS_ROOT, OWN, corpus_report

BLIND3 = CORPUS_ROOT / "blind3"


def test_blind3_meets_the_targets() -> None:
    report, errors = corpus_report(BLIND3)
    assert report.detection_recall >= 0.99, errors
    assert report.detection_precision >= 0.95, errors
    assert report.exact_set_accuracy >= 0.90, errors


def test_blind3_shape() -> None:
    labels = json.loads((BLIND3 / "labels.json").read_text(encoding="utf-8"))
    assert len(labels) >= 200
    assert sum(1 for e in labels.values() if not e["rights"]) >= 90
    for right in Right:
        assert sum(1 for e in labels.values() if right.value in e["rights"]) >= 5, right
    assert {p.name for p in BLIND3.glob("*.eml")} == set(labels)


def test_blind3_files_match_their_generator() -> None:
    """Each .eml is byte-identical to what make_blind3.py builds from blind3_texts.py (no hand edits)."""
    spec = importlib.util.spec_from_file_location("blind3_make", BLIND3 / "make_blind3.py")
    assert spec is not None and spec.loader is not None, "make_blind3.py must be loadable"
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    labels = json.loads((BLIND3 / "labels.json").read_text(encoding="utf-8"))
    for index, msg in enumerate(make.MESSAGES, start=1):
        name = f"b3-{index:04d}.eml"
        assert labels[name] == {"key": msg.key, "rights": list(msg.rights)}, name
        assert (BLIND3 / name).read_bytes() == make.build(msg, index), name


# Full messages written after the blind3 fixes, before the last round of changes (round 4):
# disclaimers, a buried request, a contact-form relay, "oui" to our own offer, subject-only,
# HTML signatures with unsubscribe labels, forwarded mail sent elsewhere, contesting + pause.
def _make():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("blind3_make", BLIND3 / "make_blind3.py")
    assert spec is not None and spec.loader is not None
    make = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make)
    return make


_MAKE = _make()
M = _MAKE._texts.M
DISC_FR = "\n\n--\nCe message et ses pièces jointes sont confidentiels. Si vous n'en êtes pas le destinataire, merci de le supprimer et d'en avertir l'expéditeur. Toute copie ou diffusion est interdite."
DISC_EN = "\n\n--\nThis email is confidential. If you are not the intended recipient, please delete it and notify the sender. Any copying or distribution is prohibited."
ROUND4_MESSAGES = [
 M("d-fr-appt", "", "RDV", "Bonjour Sandra,\n\nJe confirme ma présence mardi à 18h.\n\nCordialement,\nM. Petit\nResponsable RH" + DISC_FR),
 M("d-en-invoice", "", "Invoice", "Hi Sandra,\n\nPayment sent for the October invoice.\n\nBest,\nTom" + DISC_EN, lang="en"),
 M("d-fr-req", "erasure", "Demande", "Bonjour,\n\nMerci de supprimer mes coordonnées de votre fichier.\n\nCordialement,\nM. Petit" + DISC_FR),
 M("long-buried", "erasure", "Des nouvelles", "Bonjour Sandra,\n\nÇa fait longtemps ! Depuis notre dernier accompagnement, j'ai changé de poste et déménagé à Lyon. Tout va bien, les outils que vous m'avez donnés me servent encore.\n\nJe fais un peu de tri dans ma vie numérique en ce moment. Du coup, je préfère que vous effaciez tout ce qui me concerne, je n'ai plus besoin d'être dans vos contacts.\n\nEncore merci pour tout,\nÉmilie"),
 M("form-site", "erasure", "Nouveau message depuis le formulaire de contact", "Nom : Paul Girard\nEmail : paul.girard@gmail.com\nMessage : Bonjour, je souhaite que vous supprimiez toutes mes données. Merci.", frm="WordPress <wordpress@floraisondesoi.fr>", headers=(("Reply-To", "paul.girard@gmail.com"),)),
 M("yes-delete", "erasure", "Votre dossier", "Oui, merci.", quoted="Bonjour,\n\nSouhaitez-vous que je supprime votre dossier et vos données maintenant que l'accompagnement est terminé ?\n\nSandra"),
 M("yes-unsub", "objection", "Newsletter", "Oui svp", quoted="Bonjour,\n\nVoulez-vous que je vous retire de la liste de la newsletter ?\n\nSandra"),
 M("no-keep", "", "Votre dossier", "Non, gardez tout, je reviendrai peut-être !", quoted="Bonjour,\n\nSouhaitez-vous que je supprime votre dossier maintenant que l'accompagnement est terminé ?\n\nSandra"),
 M("subject-only-empty", "erasure", "Suppression de mes données", ""),
 M("iphone-en", "objection", "newsletter", "Pls take me off ur newsletter\n\nSent from my iPhone", lang="en"),
 M("fr-story-access", "access", "Question", "Bonjour,\n\nJe me suis rendu compte que je ne sais pas vraiment ce que vous avez noté pendant nos séances, et ça me travaille un peu. Serait-il possible de me transmettre ces notes ?\n\nMerci,\nLaure"),
 M("fr-reply-neg-thanks", "", "Re: Newsletter", "Merci Sandra, c'est noté, bonne journée !", quoted="Bonjour,\n\nC'est fait, vous ne recevrez plus la newsletter.\n\n> Merci de me retirer de la newsletter.\n\nSandra"),
 M("fwd-article", "", "Tr: article RGPD", "Coucou, regarde cet article sur le droit à l'oubli, intéressant pour ton activité !\n\n---------- Message transféré ---------\nDe : Le Monde <newsletter@lemonde.fr>\nObjet : Droit à l'oubli : ce qui change\n\nLe droit à l'effacement permet à chacun de demander la suppression de ses données..."),
 M("html-sig-unsub", "", "Merci", "Merci pour la séance d'hier !\n\nJulie Martin | Naturopathe\nwww.julie-naturo.fr | Se désinscrire de ma lettre", html=True),
 M("en-polite-portab", "portability", "Quick request", "Hi Sandra, hope you're well! Would it be possible to get my session history exported so I can share it with my new therapist? Many thanks, Anna", lang="en"),
 M("fr-contest", "restriction", "Facture et dossier", "Bonjour,\n\nJe conteste les informations notées dans mon dossier sur mes absences. Tant que ce n'est pas réglé, merci de ne pas vous en servir.\n\nKarim"),
 M("fr-mother-alive", "", "Ma mère", "Bonjour, ma mère aimerait s'inscrire à votre atelier mais elle n'a pas d'email, puis-je l'inscrire avec le mien ?"),
 M("en-calendar", "", "Invitation: Coaching session @ Tue 14 Oct", "You have been invited to the following event.\nCoaching session\nWhen: Tue 14 Oct 2025 18:00\nJoining info: meet.google.com/abc\nInvitation from Google Calendar. You are receiving this email because you are an attendee. To stop receiving updates for this event, decline it.", lang="en", frm="Google Calendar <calendar-notification@google.com>"),
 M("fr-cc-other-company", "", "Tr: résiliation", "Pour info, voici ce que j'ai envoyé à ma mutuelle.\n\n---------- Message transféré ---------\nDe : Inès <ines@gmail.com>\nÀ : contact@mutuelle-xyz.fr\nObjet : Résiliation\n\nMadame, Monsieur, je vous demande de supprimer toutes mes données et de résilier mon contrat."),
 M("fr-rectif-html-sig", "rectification", "Coordonnées", "Bonjour Sandra,\n\nPour vos dossiers : ma nouvelle adresse est 5 place du Marché, 44000 Nantes.\n\nBelle journée,\nLucie", html=True),
]

QN = "Bonjour à toutes,\n\nVoici les dates des ateliers de novembre. Pour ne plus recevoir ces informations, répondez STOP.\n\nSandra"
QR = "Bonjour,\n\nPetit rappel : votre séance est demain à 10h.\n\nSandra"
QD = "Bonjour,\n\nJe vous confirme la suppression de vos données, conformément à votre demande.\n\nSandra"
ROUND4_MESSAGES += [
 M("p6-stop-reply", "objection", "Ateliers de novembre", "STOP", quoted=QN),
 M("p6-stop-reply-html", "objection", "Ateliers de novembre", "Stop merci", quoted=QN, html=True),
 M("p6-reply-request-outlook", "access", "Rappel séance", "Je serai là. J'en profite : pourriez-vous m'envoyer une copie de ma fiche client ?", quoted=QR, quote_style="outlook"),
 M("p6-reply-thanks-deletion", "", "Suppression", "Merci beaucoup Sandra, bonne continuation !", quoted=QD),
 M("p6-reply-thanks-deletion-outlook", "", "Suppression", "Merci, bien reçu.", quoted=QD, quote_style="outlook"),
 M("p6-reply-not-done", "erasure", "Suppression", "Bonjour, je reçois pourtant encore vos mails et mon compte existe toujours. Merci de vraiment tout supprimer.", quoted=QD),
 M("p6-en-html-long", "erasure objection", "Privacy", "Hi Sandra,\n\nI hope all is well. I've been thinking about my digital footprint lately and I'm trying to reduce the number of places that hold my information.\n\nWould you mind deleting my details from your client files? And please take me off the newsletter too.\n\nThanks so much, and best of luck with the new studio!\nRachel", lang="en", html=True),
 M("p6-fr-html-neg-long", "", "Merci !", "Bonjour Sandra,\n\nJe voulais vous remercier pour l'accompagnement. J'ai supprimé beaucoup de choses inutiles de ma vie, y compris des applis et des contacts toxiques, et je me sens libérée.\n\nJe garde précieusement le carnet.\n\nÀ bientôt peut-être,\nMaud", html=True),
 M("p6-mixed-lang", "erasure", "Request / demande", "Hello Sandra, sorry my French is bad. Je voudrais que vous supprimez mes données please. Thank you, Ana", lang="en"),
 M("p6-subject-request-body-thanks", "objection", "Désinscription de la newsletter svp", "Merci et bonne journée."),
 M("p6-subject-question-body-neg", "", "RGPD ?", "Bonjour, vous êtes soumise au RGPD en tant que coach ? Je me pose la question pour ma propre activité."),
 M("p6-sig-disclaimer-en", "", "Thursday", "Hi Sandra, Thursday at 5 works for me. Jo\n\n--\nJo Baker | Baker & Co\nThis message may contain confidential information. If you received it in error, please notify the sender and delete it. Unsubscribe from our updates: reply REMOVE.", lang="en"),
 M("p6-heir-en-html", "post_mortem", "My father", "Dear Sandra,\n\nI am sorry to inform you that my father, Alan Price, passed away in August. I am handling his affairs. Could you please close his account and remove his details from your mailing list?\n\nRegards,\nClaire Price", lang="en", html=True),
 M("p6-heir-reply-newsletter", "post_mortem", "Ateliers de novembre", "Bonjour, Mme Girard est décédée, merci de la retirer de vos envois. Son fils.", quoted=QN),
 M("p6-cnil-threat", "erasure", "Dernier avertissement", "Madame, je vous ai demandé il y a deux mois d'effacer mes données et je n'ai aucune réponse. Sans réponse sous 8 jours, je saisirai la CNIL."),
 M("p6-cnil-done", "", "Information", "Madame, je vous informe que j'ai saisi la CNIL au sujet de votre newsletter. Je n'ai rien d'autre à ajouter."),
 M("p6-old-address-switch", "rectification", "Newsletter", "Bonjour, vous m'envoyez la newsletter sur mon ancienne adresse pro. Pouvez-vous la remplacer par camille.t@gmail.com ?"),
 M("p6-en-bare-article", "access", "Article 15", "Article 15 GDPR request. Please respond within one month.\n\nM. Novak", lang="en"),
 M("p6-fr-typo-heavy", "erasure", "supresion", "bjr sandra jvoudrai ke tu suprime mon conte et tt mé info stp merci"),
 M("p6-fr-emoji", "objection", "🙏", "Coucou Sandra ! Je reçois trop de mails en ce moment, tu peux m'enlever de ta newsletter ? 🙏 Bisous"),
 M("p6-en-rectif-html-sig", "rectification", "Update", "Hi Sandra,\n\nQuick one: I've married and my surname is now Okafor. Could you update your records?\n\nThanks!\nGrace Okafor (formerly Mensah)", lang="en", html=True),
 M("p6-restrict-en-legal", "restriction", "Data", "Dear Sandra, I'm in a dispute with my employer and your session notes may be needed. Please keep them safe and don't use or share them in the meantime.", lang="en"),
 M("p6-withdraw-newsletter-consent", "withdraw_consent", "Consentement", "Bonjour, je retire le consentement que j'avais donné pour l'enregistrement de nos séances en visio."),
 M("p6-neg-consent-form", "", "Formulaire", "Bonjour, ci-joint le formulaire de consentement signé pour les photos de l'atelier. Bonne journée !"),
 M("p6-neg-workshop-unsub-en", "", "Retreat", "Hi, I need to unsubscribe from the June retreat, something came up at work. Can I transfer my place to a friend?", lang="en"),
 M("p6-neg-access-building-fr", "", "Accès", "Bonjour, quel est le code d'accès de l'immeuble ? Je viens pour la première fois jeudi."),
 M("p6-neg-copie-carte", "", "Mutuelle", "Bonjour, ma mutuelle me demande une copie de vos factures avec votre numéro ADELI. Pouvez-vous me les envoyer ?"),
 M("p6-neg-data-app", "", "Appli", "Bonjour Sandra, l'appli de suivi d'humeur que vous m'avez conseillée me demande l'accès à mes données de santé, c'est sûr ?"),
 M("p6-neg-forward-friend", "", "Tr: demande", "Je te transfère le message de ma sœur, elle voudrait que tu la retires de ta liste mais elle n'ose pas te l'écrire."),
]


@pytest.mark.parametrize("index", range(len(ROUND4_MESSAGES)), ids=[m.key for m in ROUND4_MESSAGES])
def test_round4_full_messages(index: int) -> None:
    msg = ROUND4_MESSAGES[index]
    rec = recognise(read_message(_MAKE.build(msg, 900 + index)), own_addresses=OWN)
    if not msg.rights:
        assert rec.outcome.value == "none", rec.evidence
    else:
        assert rec.outcome.value != "none", rec.evidence
        assert {r.value for r in rec.rights} == set(msg.rights), rec.evidence
