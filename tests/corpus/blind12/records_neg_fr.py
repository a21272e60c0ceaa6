# -*- coding: utf-8 -*-
"""French messages that do NOT exercise a right addressed to her (labels empty)."""

SP = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SO = "Sandra Delomenie <sandra.delomenie@orange.fr>"

from records_req_fr import NL_FR, RAPPEL_FR  # noqa: E402

LU = lambda url, mail=None: [("List-Unsubscribe", f"<{url}>" + (f", <mailto:{mail}>" if mail else "")),
                              ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                              ("Precedence", "bulk")]
AUTO = [("Auto-Submitted", "auto-generated")]

RECORDS = [
# ---------------------------------------------------------------- same verbs, other objects
dict(key="fr_neg_doublon_reservation", lang="fr", rights=[],
     frm="Corinne Lambert <corinne.lambert@gmail.com>",
     subj="Doublon de réservation",
     body="""Bonjour Sandra,

J'ai fait une fausse manip sur Calendly et je me retrouve avec deux réservations pour le jeudi 13 à 10h. Pouvez-vous supprimer le doublon ? Je garde évidemment une seule séance.

Merci !
Corinne"""),

dict(key="fr_neg_export_agenda", lang="fr", rights=[],
     frm="Amandine Colas <amandine.colas@outlook.fr>",
     subj="Exporter les dates de la formation dans mon agenda",
     body="""Coucou Sandra,

Est-ce qu'il y a moyen d'exporter toutes les dates des classes virtuelles de la formation dans mon agenda Google ? Un fichier .ics par exemple. Je n'ai trouvé que les liens Zoom un par un.

Merci !
Amandine"""),

dict(key="fr_neg_faute_facture_montant", lang="fr", rights=[],
     frm="Service comptabilité - Mairie de Vatan <compta@mairie-vatan.fr>",
     subj="Facture n°2025-087 - erreur de montant",
     body="""Bonjour Madame,

La facture n°2025-087 relative à l'atelier "Gestion du stress" animé pour les agents comporte une erreur : le montant HT indiqué (1 250 €) ne correspond pas au devis signé (1 150 €). Pourriez-vous nous adresser une facture corrigée et, si possible, mentionner notre numéro d'engagement EJ-2025-0331 ?

Cordialement,
Service comptabilité
Mairie de Vatan""", att=["devis_signe_FloraisonDeSoi.pdf"]),

dict(key="fr_neg_retirer_inscription_atelier", lang="fr", rights=[],
     frm="Sophie Aubert <sophie.aubert@yahoo.fr>",
     subj="Je me retire de l'atelier du 22",
     body="""Bonjour Sandra,

Je dois malheureusement me retirer de l'atelier "Racines" du 22 novembre, j'ai un déplacement professionnel imprévu. Si quelqu'un est sur liste d'attente, ma place peut lui revenir. Est-ce que l'acompte peut être reporté sur la session de janvier ?

Merci et désolée,
Sophie"""),

dict(key="fr_neg_copie_attestation", lang="fr", rights=[],
     frm="Pauline Garnier <pauline.garnier@gmail.com>",
     subj="Copie de mon attestation de formation",
     body="""Bonjour Sandra,

J'ai perdu l'attestation de fin de formation que vous m'aviez envoyée en 2024 (ordinateur volé...). Serait-il possible de m'en renvoyer une copie ? J'en ai besoin pour mon dossier Qualiopi.

Merci beaucoup,
Pauline"""),

dict(key="fr_neg_desinscrire_collegue_atelier", lang="fr", rights=[],
     frm="Valérie Tessier <valerie.tessier@gmail.com>",
     subj="Désinscrire Julie de jeudi",
     body="""Bonjour Sandra,

Ma collègue Julie Ferreira est malade (grippe) et ne pourra pas venir à l'atelier de jeudi. Elle m'a demandé de vous prévenir : pouvez-vous la désinscrire ? Elle vous recontactera pour une prochaine date.

Valérie"""),

# NEAR-LINE: a relative asks to unsubscribe another living adult from the newsletter -> negative (not the data subject, no mandate).
dict(key="fr_neg_desinscrire_mere_newsletter", lang="fr", rights=[],
     frm="Stéphane Girard <stephane.girard@gmail.com>",
     subj="Newsletter de ma mère",
     body="""Bonjour,

Ma mère, Marie-Claude Girard, reçoit votre newsletter et elle s'y perd un peu avec tous ces mails. Pouvez-vous la désinscrire ? Elle n'est pas très à l'aise avec l'ordinateur.

Stéphane Girard"""),

dict(key="fr_neg_partenaire_conformite", lang="fr", rights=[],
     frm="Laure Gaillard - Centre Équilibre <laure.gaillard@centre-equilibre.fr>",
     subj="Partenariat - documents RGPD",
     body="""Bonjour Sandra,

Pour finaliser notre partenariat (vos ateliers dans nos locaux à partir de janvier), notre juriste me demande si vous êtes en conformité RGPD de votre côté : avez-vous un registre des traitements, et pouvez-vous nous transmettre votre politique de confidentialité ? Nous devrons aussi signer un petit avenant sur le partage de la liste des inscrits.

Belle journée,
Laure Gaillard
Directrice - Centre Équilibre, Châteauroux"""),

dict(key="fr_neg_stagiaire_question_rgpd", lang="fr", rights=[],
     frm="Nathalie Besson <n.besson@cabinet-besson.fr>",
     subj="Question module 4 - notes de séance et RGPD",
     body="""Bonjour Sandra,

Dans le module 4 de la formation, tu parles de la conservation des notes de séance. Pour ma propre pratique de sophrologue, combien de temps dois-je garder les fiches de mes clients ? Et si un client me demande de tout effacer, est-ce que je dois garder les factures quand même ?

Merci pour ce module très riche !
Nathalie"""),

dict(key="fr_neg_informaticien_sauvegardes", lang="fr", rights=[],
     frm="Fabien Lacroix - FL Informatique <fabien@fl-informatique.fr>",
     subj="Sauvegardes et nettoyage du PC",
     body="""Bonjour Sandra,

Comme convenu, j'ai fait le point sur ton PC :
- la sauvegarde automatique vers le NAS fonctionne (tous les soirs à 21h) ;
- j'ai supprimé les vieux dossiers "Clients 2016-2018" du bureau après les avoir archivés sur le disque chiffré ;
- il faudrait qu'on voie ensemble la durée de conservation des données sur le Drive, il y a beaucoup de doublons.

Facture à suivre.
Fabien""", att=["rapport_intervention_0312.pdf"]),

dict(key="fr_neg_assistante_drive", lang="fr", rights=[],
     frm="Maëva - assistante <maeva.assist@gmail.com>",
     subj="Rangement du Drive + données des inscrites",
     body="""Hello Sandra,

J'ai fini le rangement du Drive : les fiches d'inscription 2023 sont dans "Archives", j'ai effacé les exports Systeme.io en double et j'ai corrigé les noms de fichiers mal orthographiés. Pour les données des inscrites de l'atelier ados, je te laisse voir ce qu'on garde, je n'ai rien supprimé.

Dis-moi si tu veux que je mette à jour le tableau des contacts.
Maëva"""),

dict(key="fr_neg_question_delai_droit", lang="fr", rights=[],
     frm="Didier Caron <didier.caron@orange.fr>",
     subj="Question sur vos délais",
     body="""Bonjour,

Simple curiosité : si un client vous demande une copie de ses données, combien de temps avez-vous pour répondre ? Et est-ce payant ? Je vois ça dans votre politique de confidentialité mais ce n'est pas précisé.

Didier"""),

# NEAR-LINE: asks what happens IF she asks for deletion -> question about how the right works, not a request.
dict(key="fr_neg_question_si_suppression", lang="fr", rights=[],
     frm="Aurélie Blanchard <aurelie.blanchard@gmail.com>",
     subj="Question avant de faire une bêtise",
     body="""Bonjour Sandra,

Si je demandais la suppression de mes données, est-ce que je perdrais aussi l'accès aux replays et à mon attestation ? Je préfère savoir avant, je ne suis pas du tout décidée.

Aurélie"""),

dict(key="fr_neg_copie_plainte_cnil", lang="fr", rights=[],
     frm="Bernard Lacombe <bernard.lacombe@laposte.net>",
     subj="Copie de ma plainte auprès de la CNIL",
     body="""Madame,

Pour votre information, je vous transmets la copie de la plainte que j'ai déposée ce jour auprès de la CNIL (accusé de réception en pièce jointe). La suite sera gérée par leurs services.

Bernard Lacombe""", att=["plainte_CNIL_accuse_reception.pdf"]),

# NEAR-LINE: wife asking about her husband's (living adult) data -> negative.
dict(key="fr_neg_epouse_donnees_mari", lang="fr", rights=[],
     frm="Sylvie Hamon <sylvie.hamon@gmail.com>",
     subj="Mon mari Frédéric",
     body="""Bonjour Madame,

Mon mari Frédéric a suivi un bilan avec vous l'an dernier. Il ne va pas bien en ce moment et ne me dit rien. Pourriez-vous me dire ce que vous avez noté sur lui, ou me faire une copie de son dossier ? Je m'inquiète.

Sylvie Hamon"""),

# NEAR-LINE: a colleague relays another living adult's wish, no mandate -> negative.
dict(key="fr_neg_collegue_suppr_donnees", lang="fr", rights=[],
     frm="Olivier Dupré <olivier.dupre@gmail.com>",
     subj="Pour Karine",
     body="""Bonjour Sandra,

Karine, ma collègue qui est venue avec moi au séminaire d'équipe, m'a dit qu'elle ne voulait plus recevoir vos mails et que vous pouviez supprimer ses coordonnées. Je vous transmets, elle n'a pas votre adresse.

Olivier"""),

dict(key="fr_neg_annulation_rdv", lang="fr", rights=[],
     frm="Ophélie Guyot <ophelie.guyot@gmail.com>",
     subj="Suppression de mon rendez-vous de mardi",
     body="""Bonjour, pouvez-vous supprimer mon rendez-vous de mardi 14h ? Je vous recontacte pour en fixer un autre. Merci, Ophélie"""),

dict(key="fr_neg_annuler_stage", lang="fr", rights=[],
     frm="Mélanie Roche <melanie.roche@gmail.com>",
     subj="Annulation stage de juin",
     body="""Bonjour Sandra,

Je ne pourrai finalement pas venir au stage de juin, merci d'effacer mon inscription. Je sais que l'acompte est conservé, pas de souci.

Mélanie"""),

dict(key="fr_neg_mot_de_passe", lang="fr", rights=[],
     frm="Colette Marais <colette.marais@orange.fr>",
     subj="mot de passe",
     body="""Bonjour je n'arrive plus à accéder à mon espace de formation, le site me dit mot de passe incorrect et je ne reçois pas le mail de réinitialisation. pouvez vous m'aider ?
Colette"""),

dict(key="fr_neg_acceder_espace", lang="fr", rights=[],
     frm="Michel Aubry <michel.aubry36@orange.fr>",
     subj="Accès à mon espace",
     body="""Bonjour,

Comment accéder à mon espace pour voir les vidéos du module 2 ? J'ai bien payé mais je ne vois que le module 1.

Michel"""),

# NEAR-LINE: "fermer mon compte" alone with no data mentioned -> negative per policy.
dict(key="fr_neg_fermer_compte_seul", lang="fr", rights=[],
     frm="Océane Brunet <oceane.brunet@icloud.com>",
     subj="Fermeture compte",
     body="""Bonjour,
Pouvez-vous fermer mon compte sur la plateforme ? Je ne l'utilise plus.
Merci
Océane"""),

dict(key="fr_neg_resilier_abonnement", lang="fr", rights=[],
     frm="Gaëlle Perrin <gaelle.perrin@laposte.net>",
     subj="Résiliation abonnement mensuel",
     body="""Bonjour,

Je souhaite résilier mon abonnement mensuel au cercle en ligne à compter du mois prochain. Merci d'arrêter les prélèvements Stripe après l'échéance du 5.

Gaëlle Perrin"""),

dict(key="fr_neg_modifier_heure", lang="fr", rights=[],
     frm="Romain Petit <romain.petit.pro@gmail.com>",
     subj="Re: Rappel de votre rendez-vous",
     body="""Bonjour Sandra, est-ce qu'on peut modifier l'heure ? 16h au lieu de 14h m'arrangerait beaucoup. Sinon je m'adapte.
Romain""",
     quote=dict(style="gmail", who=SO, text=RAPPEL_FR)),

dict(key="fr_neg_copie_support", lang="fr", rights=[],
     frm="Caroline Vincent <caroline.vincent@free.fr>",
     subj="Copie du support de l'atelier",
     body="""Bonjour,

Serait-il possible d'avoir une copie du support de présentation de l'atelier de samedi ? Surtout la diapo avec la roue des émotions. Merci beaucoup, c'était un très beau moment.

Caroline"""),

dict(key="fr_neg_envoi_cni_cpf", lang="fr", rights=[],
     frm="Cindy Maillard <cindy.maillard@outlook.fr>",
     subj="Pièces pour mon dossier CPF",
     body="""Bonjour Sandra,

Comme demandé, voici la copie de ma carte d'identité et mon attestation France Travail pour finaliser l'inscription CPF à la formation. Dites-moi s'il manque quelque chose.

Cindy""", att=["CNI_Cindy_Maillard.pdf", "attestation_FT.pdf"]),

# NEAR-LINE: first provision of address for an invoice, nothing held is corrected -> negative.
dict(key="fr_neg_mes_informations_facture", lang="fr", rights=[],
     frm="Arnaud Lucas <arnaud.lucas@gmail.com>",
     subj="Mes informations pour la facture",
     body="""Bonjour Sandra,

Voici mes informations pour établir la facture de la séance découverte :
Arnaud Lucas
21 avenue de la Gare
36000 Châteauroux

Merci !"""),

dict(key="fr_neg_opposition_carte", lang="fr", rights=[],
     frm="Marc Olivier <marc.olivier@laposte.net>",
     subj="Paiement de la séance",
     body="""Bonjour,

J'ai fait opposition sur ma carte bancaire (perdue dans le train), donc le paiement Stripe de la séance de jeudi va sans doute échouer. Je peux vous régler par virement ou par chèque, dites-moi.

Marc Olivier"""),

dict(key="fr_neg_retirer_propos", lang="fr", rights=[],
     frm="Audrey Leroux <audrey.leroux@gmail.com>",
     subj="Désolée pour jeudi",
     body="""Sandra,

Je retire ce que j'ai dit au cercle jeudi, je me suis emportée et ce n'était pas juste envers toi ni envers le groupe. Merci d'avoir gardé ton calme. Je serai là la prochaine fois.

Audrey"""),

dict(key="fr_neg_consentement_formation", lang="fr", rights=[],
     frm="Laetitia Faure <laetitia.faure@gmail.com>",
     subj="Module consentement - lecture complémentaire",
     body="""Bonjour Sandra,

Suite au module sur le consentement éclairé dans la relation d'accompagnement, tu avais parlé d'un livre sur le consentement et les limites. Tu peux me redonner le titre ? Je voudrais aussi savoir si le formulaire de consentement que tu nous as montré peut être réutilisé dans nos pratiques.

Merci !
Laetitia"""),

dict(key="fr_neg_merci_au_dessus_demande", lang="fr", rights=[],
     frm="Bernard Lacombe <bernard.lacombe@laposte.net>",
     subj="RE: Demande d'effacement - article 17 RGPD",
     body="""Madame,

Je vous remercie pour votre confirmation rapide. Dossier clos pour moi.

Bernard Lacombe""",
     quote=dict(style="outlook", who=SO, text="""Monsieur Lacombe,

Je vous confirme l'effacement de l'ensemble de vos données personnelles de mes outils (fichier clients, Systeme.io, Google Drive et messagerie), à l'exception des factures que je suis tenue de conserver dix ans.

Bien cordialement,
Sandra Dumot-Deloménie

> Madame,
> En application de l'article 17 du RGPD, je vous demande d'effacer l'ensemble des données personnelles me concernant...""")),

dict(key="fr_neg_merci_copie_recue", lang="fr", rights=[],
     frm="Isabelle Fontaine <isabelle.fontaine@sfr.fr>",
     subj="Re: Votre demande d'accès à vos données",
     body="""Bonjour Sandra,

Bien reçu le dossier, merci pour votre réactivité et la clarté du document. Rien à redire.

Isabelle Fontaine""",
     quote=dict(style="gmail", who=SO, text="""Bonjour Madame Fontaine,

Suite à votre demande d'accès du 3 mars, vous trouverez ci-joint l'ensemble des données vous concernant, leurs finalités, leurs destinataires et leur durée de conservation.

Bien cordialement,
Sandra Dumot-Deloménie""")),

dict(key="fr_neg_merci_newsletter", lang="fr", rights=[],
     frm="Yvette Marchal <yvette.marchal@orange.fr>",
     subj="Re: Le cercle de femmes Racines - jeudi 16 octobre",
     body="""Quelle belle lettre Sandra, ce passage sur ce qu'on laisse tomber m'a beaucoup parlé. Je m'inscris pour le 16 !
Yvette""",
     quote=dict(style="orange", who=SP, text=NL_FR)),

dict(key="fr_neg_article_rgpd_amie", lang="fr", rights=[],
     frm="Isabelle Renaud <isa.renaud@gmail.com>",
     subj="Fwd: Coachs, thérapeutes : ce que le RGPD change pour vos notes",
     body="""Coucou Sandra, je suis tombée sur cet article, ça peut t'intéresser pour ta formation. Bises ! Isa""",
     quote=dict(style="fwd", who="La Lettre des Praticiens <newsletter@lettre-praticiens.fr>", to="isa.renaud@gmail.com",
                subj="Coachs, thérapeutes : ce que le RGPD change pour vos notes",
                text="""Notes de séance, fiches clients, données de santé : êtes-vous en règle ?

Droit d'accès, droit à l'effacement, durée de conservation... Le point complet pour les praticiens indépendants.
Lire l'article : https://lettre-praticiens.fr/rgpd-notes-de-seance

Se désinscrire de cette lettre""")),

dict(key="fr_neg_comptable_export_stripe", lang="fr", rights=[],
     frm="Cabinet Delorme Expertise <m.delorme@delorme-expertise.fr>",
     subj="Clôture 2025 - pièces manquantes",
     body="""Bonjour Madame Delomenie,

Pour la clôture de l'exercice, merci de nous transmettre :
- l'export Stripe des transactions de l'année (format CSV) ;
- le relevé PayPal de décembre ;
- la copie des factures émises pour la Mairie de Vatan.

Pensez également à supprimer de vos envois les RIB en clair, nous préférons passer par le portail sécurisé.

Cordialement,
Marion Delorme
Expert-comptable""", shape="alt"),

dict(key="fr_neg_webmaster_bandeau", lang="fr", rights=[],
     frm="Kevin - Studio Pixelvert <kevin@pixelvert.fr>",
     subj="Mise à jour du bandeau cookies",
     body="""Salut Sandra,

J'ai mis à jour le plugin de consentement cookies sur le site : les traceurs Google Analytics ne se déclenchent plus avant le clic sur "Accepter", et il y a maintenant un bouton "Tout refuser" bien visible, comme le demande la CNIL. J'ai aussi corrigé le lien vers ta politique de confidentialité qui pointait sur l'ancienne page.

Tu me dis si tu veux qu'on supprime les anciennes données Analytics de plus de 25 mois.

Kevin""", att=["capture_bandeau.png"]),

dict(key="fr_neg_coanimatrice_diapos", lang="fr", rights=[],
     frm="Élise Fontan <elise.fontan@gmail.com>",
     subj="Drive partagé - mes anciennes diapos",
     body="""Coucou Sandra,

Tu peux supprimer mes anciennes diapos du dossier partagé "Stage forêt" ? J'ai déposé les nouvelles versions, avec les corrections de fautes.

Bisous, à samedi
Élise"""),

dict(key="fr_neg_autre_coach_modele", lang="fr", rights=[],
     frm="Ghislaine Roche <ghislaine.roche.coaching@gmail.com>",
     subj="Ta politique de confidentialité ?",
     body="""Bonjour Sandra,

Nous nous sommes croisées au salon bien-être de Bourges. Je m'installe comme coach et je galère avec le RGPD. Accepterais-tu de me montrer ta politique de confidentialité ou ton modèle de consentement pour les données de santé ? Je te paierai un café (ou une séance de supervision !).

Ghislaine"""),

dict(key="fr_neg_tutoriel_export_notion", lang="fr", rights=[],
     frm="Tom Blanc <tom.blanc@gmail.com>",
     subj="Exporter mes notes Notion ?",
     body="""Salut Sandra,

Tu m'avais dit que tu utilisais Notion pour tes fiches de préparation d'atelier. Moi je veux exporter toutes mes pages Notion en PDF pour les archiver, tu sais comment on fait ? Je n'y arrive pas.

Tom"""),

dict(key="fr_neg_doublon_contact", lang="fr", rights=[],
     frm="Maëva - assistante <maeva.assist@gmail.com>",
     subj="Doublons dans Systeme.io",
     body="""Sandra,

En préparant l'envoi de la newsletter, j'ai vu qu'il y a 43 contacts en double dans Systeme.io (même personne inscrite deux fois avec deux tags différents). Je peux fusionner les doublons et supprimer les contacts "bounce" ? Je ne touche à rien sans ton feu vert.

Maëva"""),

dict(key="fr_neg_desinscrire_fils_atelier", lang="fr", rights=[],
     frm="Sabrina Lopes <sabrina.lopes@gmail.com>",
     subj="Désinscription de Nathan",
     body="""Bonjour,

Nathan a un match de hand samedi, il ne pourra pas venir à la séance "Confiance en soi ados". Pouvez-vous le désinscrire pour cette date uniquement ? Il sera là la semaine suivante.

Sabrina Lopes"""),

dict(key="fr_neg_corriger_faute_site", lang="fr", rights=[],
     frm="Josiane Poirier <josiane.poirier@orange.fr>",
     subj="Petite faute sur votre site",
     body="""Bonjour Sandra,

Je me permets : sur la page de l'atelier d'automne, il est écrit "vous serez acceuillies" au lieu de "accueillies". Rien de grave mais je sais que vous aimez que ce soit soigné ! À corriger quand vous aurez le temps.

Josiane"""),

dict(key="fr_neg_effacer_tableau_blanc", lang="fr", rights=[],
     frm="Salle des fêtes de Sainte-Lizaigne <salle.stelizaigne@orange.fr>",
     subj="Location salle - état des lieux",
     body="""Madame,

Suite à votre atelier de samedi : la salle était en bon état, merci. Pour la prochaine fois, pensez juste à effacer le tableau blanc et à retirer les punaises des panneaux. La caution vous sera rendue la semaine prochaine.

Pour la mairie,
G. Perrot"""),

dict(key="fr_neg_reclamation_remboursement", lang="fr", rights=[],
     frm="Julien Marchand <julien.marchand@gmail.com>",
     subj="Réclamation - webinaire annulé",
     body="""Bonjour,

Le webinaire du 12 a été annulé une heure avant et je n'ai toujours pas été remboursé. Je demande le remboursement des 35 € sous huitaine, sinon je contesterai le paiement auprès de ma banque.

Julien Marchand"""),

dict(key="fr_neg_demande_info_tarifs", lang="fr", rights=[],
     frm="Agathe Simon <agathe.simon@gmail.com>",
     subj="Renseignements accompagnement",
     body="""Bonjour,

J'ai eu vos coordonnées par une amie, Corinne, qui a été accompagnée par vous. Je traverse une période de transition professionnelle et j'aimerais savoir comment se passe un accompagnement, combien de séances et à quel tarif. Les séances peuvent-elles se faire en visio ?

Merci,
Agathe Simon
06 45 11 27 83"""),

dict(key="fr_neg_temoignage_propose", lang="fr", rights=[],
     frm="Noémie Dubois <noemie.dubois@gmail.com>",
     subj="Mon témoignage pour ton site",
     body="""Coucou Sandra,

Comme promis voici mon petit témoignage ! Tu peux l'utiliser sur ton site et sur Instagram, avec mon prénom et la photo jointe. Tu peux corriger les fautes s'il y en a, hein.

"Grâce à Sandra, j'ai retrouvé confiance en moi et osé changer de métier..."

Noémie""", att=["photo_noemie.jpg"]),

dict(key="fr_neg_sandra_confirmation_effacement", lang="fr", rights=[],
     frm=SO, to="Océane Brunet <oceane.brunet@icloud.com>",
     subj="Re: Compte Systeme.io",
     body="""Bonjour Océane,

Je vous confirme que votre compte sur l'espace de formation a été supprimé, ainsi que les données qui y étaient associées. Seules les factures sont conservées pour des raisons comptables.

Belle continuation,
Sandra Delomenie
Floraison de Soi - 06 81 84 21 73""",
     quote=dict(style="apple", who="Océane Brunet <oceane.brunet@icloud.com>", to=SO,
                text="""Bonjour,

Pouvez-vous supprimer mon compte sur votre espace de formation ainsi que toutes les données qui y sont liées ?

Merci,
Océane""")),

dict(key="fr_neg_sandra_envoi_newsletter", lang="fr", rights=[],
     frm=SP, to="Lettre Floraison de Soi <contact@floraisondesoi.fr>",
     subj="Le cercle de femmes Racines - jeudi 16 octobre",
     body=NL_FR, shape="alt",
     extra=LU("https://floraisondesoi.systeme.io/unsubscribe")),

dict(key="fr_neg_sandra_question_juriste", lang="fr", rights=[],
     frm=SO, to="Permanence juridique CMA Centre <juridique@cma-cvl.fr>",
     subj="Question : demande d'effacement et factures",
     body="""Bonjour,

Je suis coach (entreprise individuelle, immatriculée à la CMA). Une ancienne cliente me demande d'effacer toutes ses données. Dois-je conserver ses factures malgré tout, et puis-je garder une trace de sa demande ? Par ailleurs, un notaire m'écrit au sujet d'un client décédé : que puis-je lui communiquer ?

Merci d'avance,
Sandra Dumot-Deloménie
Floraison de Soi"""),

# ---------------------------------------------------------------- automatic mail
dict(key="fr_neg_autoreply_absence", lang="fr", rights=[],
     frm="Patricia Gomez <patricia.gomez@hotmail.fr>",
     subj="Réponse automatique : Votre bilan de fin d'accompagnement",
     body="""Bonjour,

Je suis absente du 4 au 18 août avec un accès limité à mes mails. Pour toute urgence, merci de contacter le secrétariat au 02 54 21 00 00. Vos données et demandes seront traitées à mon retour.

Patricia Gomez""",
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]),

dict(key="fr_neg_autoreply_orange", lang="fr", rights=[],
     frm="Josiane Poirier <josiane.poirier@orange.fr>",
     subj="Absence - Re: Le cercle de femmes Racines",
     body="""Je suis en vacances jusqu'au 30 août. Je lirai votre message à mon retour.
Josiane""",
     extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")]),

dict(key="fr_neg_bounce_orange", lang="fr", rights=[], date="2025-10-14 09:04",
     frm="Mail Delivery System <MAILER-DAEMON@orange.fr>",
     subj="Échec de la remise du message / Undelivered Mail Returned to Sender",
     kind="bounce",
     body="""Ceci est un message automatique du serveur de messagerie.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
<elo.charpentier@gmail.com> : adresse introuvable (550 5.1.1 The email account that you tried to reach does not exist).""",
     dsn="""Reporting-MTA: dns; smtp.orange.fr
Arrival-Date: Tue, 14 Oct 2025 09:02:11 +0200

Final-Recipient: rfc822; elo.charpentier@gmail.com
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 The email account that you tried to reach does not exist.""",
     orig=dict(to="elo.charpentier@gmail.com", subj="Le cercle de femmes Racines - jeudi 16 octobre",
               text=NL_FR),
     to=SP, extra=AUTO),

dict(key="fr_neg_bounce_boite_pleine", lang="fr", rights=[],
     frm="Mail Delivery Subsystem <mailer-daemon@sfr.fr>",
     subj="Message non remis : Votre demande de suppression de données",
     kind="bounce",
     body="""Le message ci-joint n'a pas pu être délivré : la boîte du destinataire est pleine.

nadine.bories@sfr.fr : 552 5.2.2 Mailbox full""",
     dsn="""Reporting-MTA: dns; mx1.sfr.fr

Final-Recipient: rfc822; nadine.bories@sfr.fr
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full""",
     orig=dict(**{'from': SO}, to="nadine.bories@sfr.fr", subj="Votre demande de suppression de données",
               text="""Bonjour Madame Bories,

J'ai bien reçu votre demande de suppression de vos données. Pourriez-vous me confirmer qu'elle concerne aussi vos factures de 2024 ?

Sandra Delomenie"""),
     extra=AUTO),

dict(key="fr_neg_stripe_paiement", lang="fr", rights=[],
     frm="Stripe <notifications@stripe.com>",
     subj="Paiement réussi de 80,00 € de Corinne Lambert",
     body="""Vous avez reçu un paiement de 80,00 € EUR.

Client : Corinne Lambert (corinne.lambert@gmail.com)
Description : Séance individuelle - 13 mars
Moyen de paiement : Visa •••• 4242

Consulter le paiement dans votre Dashboard : https://dashboard.stripe.com/payments/py_3Q

Vous recevez cet e-mail parce que vous avez activé les notifications de paiement. Modifier vos préférences de notifications : https://dashboard.stripe.com/settings/user""",
     shape="alt", extra=AUTO),

dict(key="fr_neg_stripe_litige", lang="fr", rights=[],
     frm="Stripe <notifications@stripe.com>",
     subj="Action requise : un paiement a été contesté",
     body="""Un client a contesté un paiement de 35,00 € EUR.

Motif : produit non reçu
Client : julien.marchand@gmail.com
Date limite de réponse : 28 novembre 2025

Soumettez vos justificatifs (copie de la facture, échanges avec le client) depuis votre Dashboard. Les données de la carte ne sont jamais visibles par vous.""",
     shape="html", extra=AUTO),

dict(key="fr_neg_systemeio_desabonnement", lang="fr", rights=[],
     frm="Systeme.io <no-reply@systeme.io>",
     subj="Un contact s'est désabonné de votre liste",
     body="""Bonjour Sandra,

Le contact sophie.aubert@yahoo.fr s'est désabonné de la liste "Lettre mensuelle" le 15/10/2025 à 08:41.

Il ne recevra plus vos campagnes. Ses données restent visibles dans votre onglet Contacts.

L'équipe Systeme.io""", shape="html", extra=AUTO),

dict(key="fr_neg_systemeio_nouvel_inscrit", lang="fr", rights=[],
     frm="Systeme.io <no-reply@systeme.io>",
     subj="Nouvelle inscription : Formation Accompagner avec le coeur",
     body="""Bonjour Sandra,

Un nouvel élève s'est inscrit à votre formation "Accompagner avec le coeur".
Nom : Inès Carpentier
Email : ines.carpentier@gmail.com
Offre : Paiement en 3 fois

Accéder à l'espace élèves : https://app.systeme.io/school""", shape="html", extra=AUTO),

dict(key="fr_neg_systemeio_cgu_rgpd", lang="fr", rights=[],
     frm="Systeme.io <news@systeme.io>",
     subj="Mise à jour de notre accord de traitement des données (DPA)",
     body="""Bonjour,

Nous mettons à jour notre accord de traitement des données (Data Processing Agreement) et notre liste de sous-traitants ultérieurs, conformément à l'article 28 du RGPD. Ces modifications entreront en vigueur le 1er février 2026.

Vous n'avez aucune action à effectuer. Si vous vous opposez à l'ajout d'un sous-traitant, vous pouvez nous écrire à dpo@systeme.io.

L'équipe Systeme.io""", shape="alt",
     extra=LU("https://systeme.io/unsubscribe/ab12", "unsubscribe@systeme.io")),

dict(key="fr_neg_google_drive_partage", lang="fr", rights=[],
     frm="Florence Tardieu (via Google Drive) <drive-shares-dm-noreply@google.com>",
     subj="Document partagé avec vous : \"Mon arbre généalogique - séance 4\"",
     reply_to="Florence Tardieu <florence.tardieu@gmail.com>",
     body="""Florence Tardieu a partagé un document avec vous

"Voilà l'arbre pour jeudi, on en parlera ensemble."

Mon arbre généalogique - séance 4
Ouvrir : https://docs.google.com/document/d/1xYz/edit

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
Vous avez reçu cet e-mail, car Florence Tardieu a partagé un document avec vous depuis Google Drive.""",
     shape="alt", extra=AUTO),

dict(key="fr_neg_google_securite", lang="fr", rights=[],
     frm="Google <no-reply@accounts.google.com>",
     subj="Alerte de sécurité",
     body="""Nouvelle connexion sur Windows

floraisondesoi@gmail.com
Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. Si c'était vous, vous n'avez rien à faire. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications""",
     to="floraisondesoi@gmail.com", shape="html", extra=AUTO),

dict(key="fr_neg_zoom_enregistrement", lang="fr", rights=[],
     frm="Zoom <no-reply@zoom.us>",
     subj="L'enregistrement cloud est maintenant disponible",
     body="""Bonjour Sandra Delomenie,

Votre enregistrement cloud est maintenant disponible.
Sujet : Webinaire "Sortir du mode survie"
Date : 3 avr. 2025 19:00 Paris

Les participants ne peuvent pas voir cet enregistrement tant que vous ne l'avez pas partagé. Les enregistrements sont supprimés automatiquement après 30 jours.

Merci d'avoir choisi Zoom.""", shape="alt", extra=AUTO),

dict(key="fr_neg_calendly_annulation", lang="fr", rights=[],
     frm="Calendly <notifications@calendly.com>",
     subj="Annulé : Ophélie Guyot - Séance individuelle (60 min)",
     body="""Bonjour Sandra,

L'événement ci-dessous a été annulé.

Nom de l'invité : Ophélie Guyot
E-mail : ophelie.guyot@gmail.com
Date : mardi 4 mars 2025, 14:00 - 15:00 (heure de Paris)
Motif d'annulation : "J'ai trouvé un accompagnement plus près de chez moi."

Reprogrammer ou voir les détails dans Calendly.""", shape="html", extra=AUTO),

dict(key="fr_neg_calendly_nouveau", lang="fr", rights=[],
     frm="Calendly <notifications@calendly.com>",
     subj="Nouvel événement : Agathe Simon - Séance découverte (30 min)",
     body="""Bonjour Sandra,

Un nouvel événement a été programmé.

Invité : Agathe Simon (agathe.simon@gmail.com)
Date : jeudi 20 novembre 2025, 18:00 - 18:30 (heure de Paris)
Questions : "Je suis en reconversion et je me sens perdue."

Vous pouvez modifier ou supprimer cet événement dans Calendly.""", shape="alt", extra=AUTO),

dict(key="fr_neg_banque_ca", lang="fr", rights=[],
     frm="Crédit Agricole Centre Loire <ne-pas-repondre@credit-agricole.fr>",
     subj="Votre relevé de compte professionnel est disponible",
     body="""Madame DUMOT-DELOMENIE,

Votre relevé de compte professionnel du mois de septembre est disponible dans votre espace Crédit Agricole En Ligne.

Pour des raisons de sécurité, nous ne vous demanderons jamais vos identifiants ou vos codes par e-mail.

Protection de vos données personnelles : pour exercer vos droits, consultez la rubrique dédiée sur notre site.""",
     shape="html", extra=AUTO),

dict(key="fr_neg_newsletter_federation", lang="fr", rights=[],
     frm="Fédération Francophone des Coachs <lettre@ffcoachs.org>",
     subj="La lettre de novembre : supervision, RGPD et nouveaux ateliers",
     body="""Chers membres,

Au sommaire ce mois-ci :
- Supervision : les nouvelles règles de la charte
- RGPD : comment répondre à une demande d'accès ou d'effacement d'un client ? Notre fiche pratique
- Agenda des ateliers régionaux

Vous recevez cette lettre en tant que membre. Pour vous désinscrire, cliquez ici.""",
     shape="alt", extra=LU("https://ffcoachs.org/unsub?u=7781", "desinscription@ffcoachs.org")),

dict(key="fr_neg_newsletter_fournisseur", lang="fr", rights=[],
     frm="Nature & Découvertes Pro <pro@news.natureetdecouvertes.com>",
     subj="-15 % sur les bols chantants et les coussins de méditation",
     body="""Offre réservée aux professionnels du bien-être

Profitez de -15 % sur une sélection de bols chantants, coussins et encens jusqu'au 30 novembre.

Conformément au RGPD, vous pouvez vous désinscrire à tout moment ou modifier vos préférences de communication.""",
     shape="html", extra=LU("https://news.natureetdecouvertes.com/u/xk2", None)),

dict(key="fr_neg_orange_info", lang="fr", rights=[],
     frm="Orange <information@orange.fr>",
     subj="Votre facture Orange est disponible",
     body="""Bonjour,

Votre facture Orange du mois de mars est disponible dans votre Espace Client.
Montant : 42,99 €

Orange SA traite vos données personnelles conformément à sa politique de protection des données.""",
     shape="html", extra=AUTO),

dict(key="fr_neg_ovh_expiration", lang="fr", rights=[],
     frm="OVHcloud <support@ovh.com>",
     subj="Votre domaine floraisondesoi.fr expire dans 30 jours",
     body="""Bonjour,

Le nom de domaine floraisondesoi.fr arrive à expiration le 12/04/2026. Pour éviter toute interruption de votre site et de vos e-mails, pensez à le renouveler.

Rappel : les données WHOIS des particuliers et entreprises individuelles sont masquées par défaut (RGPD).""",
     to=SP, shape="alt", extra=AUTO),

dict(key="fr_neg_facebook_notif", lang="fr", rights=[],
     frm="Facebook <notification@facebookmail.com>",
     subj="Nathalie Besson a commenté votre publication",
     body="""Nathalie Besson a commenté votre publication : "Merci pour ce beau stage, j'ai supprimé mon ancien profil mais je vous suis avec celui-ci !"

Voir le commentaire""",
     shape="html", extra=AUTO),

# ---------------------------------------------------------------- spam / phishing
dict(key="fr_neg_phishing_amende_rgpd", lang="fr", rights=[],
     frm="Service Conformité RGPD <conformite@rgpd-controle-officiel.com>",
     subj="URGENT : Votre site n'est pas conforme au RGPD - amende jusqu'à 20 000 €",
     body="""Madame, Monsieur,

Suite à un contrôle automatisé, votre site floraisondesoi.fr présente 7 non-conformités au Règlement Général sur la Protection des Données (absence de registre, bandeau cookies non conforme, droit d'accès non documenté).

Vous disposez de 72 heures pour régulariser votre situation en souscrivant à notre pack de mise en conformité (349 € HT), faute de quoi un signalement pourra être transmis aux autorités.

Régulariser maintenant : http://rgpd-controle-officiel.com/dossier/88412

Service Conformité""", shape="html"),

dict(key="fr_neg_spam_formation_rgpd", lang="fr", rights=[],
     frm="Julie de DataConform <julie@dataconform-formation.fr>",
     subj="Sandra, vos clients peuvent-ils exercer leur droit d'accès ?",
     body="""Bonjour Sandra,

Saviez-vous que 8 praticiens sur 10 ne savent pas répondre correctement à une demande d'accès, de rectification ou d'effacement ?

Notre formation en ligne "RGPD pour les thérapeutes" (finançable CPF) vous apprend tout en 3 heures.

Je vous propose un appel de 15 minutes cette semaine ?

Julie
Pour ne plus recevoir nos messages, répondez STOP.""",
     extra=LU("https://dataconform-formation.fr/optout?id=5512")),

dict(key="fr_neg_phishing_orange", lang="fr", rights=[],
     frm="Orange Messagerie <securite@orange-messagerie-verif.com>",
     subj="Votre boîte mail sera supprimée sous 24h",
     body="""Cher(e) client(e),

Suite à la nouvelle réglementation sur la protection des données, votre boîte sandra.delomenie@orange.fr doit être vérifiée. Sans action de votre part, votre compte et toutes vos données seront supprimés définitivement sous 24h.

Vérifier mon compte : http://orange-messagerie-verif.com/login

Le service client Orange""", shape="html"),

dict(key="fr_neg_spam_annuaire", lang="fr", rights=[],
     frm="Annuaire des Thérapeutes de France <inscription@annuaire-therapeutes-fr.com>",
     subj="Mise à jour de vos informations - Floraison de Soi",
     body="""Bonjour,

Votre fiche "Floraison de Soi - Issoudun" est en attente de validation dans notre annuaire. Merci de vérifier et corriger vos informations (adresse, téléphone, spécialités) avant publication en cliquant ci-dessous.

Valider ma fiche : https://annuaire-therapeutes-fr.com/valider

L'inscription premium est de 29 €/mois.""", shape="alt"),

# ---------------------------------------------------------------- more tricky ordinary mail
# NEAR-LINE: asks to delete a message sent by mistake (meant for her sister), not her data as a client -> negative.
dict(key="fr_neg_effacer_message_whatsapp", lang="fr", rights=[],
     frm="Lina Haddad <lina.haddad@outlook.fr>",
     subj="Oups",
     body="""Sandra, je viens de t'envoyer par erreur sur WhatsApp un message qui était destiné à ma soeur. Tu peux l'effacer sans le lire ? Merci et désolée !!
Lina"""),

# NEAR-LINE: the wrong dates are the event's dates printed on every participant's attestation (a document error), not his record -> negative; contrast fr_multi_restr_rect.
dict(key="fr_neg_corriger_date_attestation", lang="fr", rights=[],
     frm="Hugo Mercier <hugo.mercier@protonmail.com>",
     subj="Attestation de présence",
     body="""Bonjour,

Sur l'attestation de présence du stage, la date indiquée est le 14 au 16 mai, alors que le stage a eu lieu du 15 au 17. Je crois que c'est la même erreur sur les attestations de tout le groupe. Mon employeur risque de la refuser. Pourriez-vous me renvoyer une attestation corrigée ?

Merci,
Hugo Mercier"""),

# NEAR-LINE: invoice to be addressed to his company (who pays), not correcting his data -> negative.
dict(key="fr_neg_modifier_facture_societe", lang="fr", rights=[],
     frm="Frédéric Hamon <frederic.hamon@gmail.com>",
     subj="Facture à établir au nom de l'entreprise",
     body="""Bonjour,

Mon entreprise prend finalement en charge le bilan. Pourriez-vous établir la facture au nom de la société Hamon Industries SAS (SIRET 812 345 678 00021, 4 rue du Port, 18000 Bourges) plutôt qu'à mon nom ?

Frédéric Hamon"""),

dict(key="fr_neg_retrait_chequier", lang="fr", rights=[],
     frm="Danielle Robin <danielle.robin@laposte.net>",
     subj="Règlement",
     body="""Bonjour Sandra,

Je n'ai pas pu retirer d'espèces et je n'ai plus de chéquier, est-ce que je peux vous régler la séance par virement ? Si oui, pouvez-vous me renvoyer votre RIB ?

Danielle"""),

dict(key="fr_neg_acces_salle", lang="fr", rights=[],
     frm="Christelle Moreau <christelle.moreau@yahoo.fr>",
     subj="Accès au cabinet",
     body="""Bonjour Sandra,

Est-ce que le cabinet est accessible en fauteuil roulant ? Je viendrai avec ma mère à l'atelier de samedi. Sinon, y a-t-il un accès par l'arrière ?

Merci,
Christelle"""),

dict(key="fr_neg_donnees_pour_memoire", lang="fr", rights=[],
     frm="Clémence Aubry <clemence.aubry@etu.univ-tours.fr>",
     subj="Mémoire de master - entretien",
     body="""Bonjour Madame,

Je suis étudiante en master de psychologie du travail et je rédige un mémoire sur les coachs indépendants en milieu rural. Accepteriez-vous un entretien de 45 minutes ? Les données recueillies seront anonymisées et vous pourrez demander leur suppression à tout moment.

Clémence Aubry"""),

dict(key="fr_neg_plainte_voisine_bruit", lang="fr", rights=[],
     frm="Jacqueline Bourdin <jacqueline.bourdin@orange.fr>",
     subj="Bruit le samedi",
     body="""Madame,

Je suis votre voisine du 48. Vos ateliers du samedi matin avec les bols tibétains et les chants commencent de plus en plus tôt. Je m'oppose à ce que cela continue avant 10h. Merci de votre compréhension.

Mme Bourdin"""),

dict(key="fr_neg_stagiaire_devoir_rgpd", lang="fr", rights=[],
     frm="Amandine Colas <amandine.colas@outlook.fr>",
     subj="Devoir module 6 - cas pratique",
     body="""Bonjour Sandra,

Voici mon cas pratique du module 6 (éthique et cadre). J'ai traité le cas de la cliente qui demande l'effacement de ses notes : j'ai répondu qu'il faut effacer sous un mois sauf les factures, et garder une trace de la demande. Est-ce que c'est juste ?

Amandine""", att=["cas_pratique_module6_Colas.docx"]),

dict(key="fr_neg_partenaire_dpa_salon", lang="fr", rights=[],
     frm="Organisation Salon Zen Berry <contact@salonzenberry.fr>",
     subj="Salon Zen Berry 2026 - liste des visiteurs et RGPD",
     body="""Bonjour,

Merci pour votre participation au Salon Zen Berry. Comme chaque année, nous pouvons vous transmettre la liste des visiteurs ayant coché "accepte d'être contacté par les exposants". Pour cela, merci de nous retourner signé l'engagement de confidentialité ci-joint (traitement conforme au RGPD, suppression sous 12 mois).

L'équipe du salon""", att=["engagement_confidentialite_exposants.pdf"]),

dict(key="fr_neg_client_donne_consentement", lang="fr", rights=[],
     frm="Lydie Prévost <lydie.prevost@gmail.com>",
     subj="Re: Autorisation enregistrement",
     body="""Bonjour Sandra, c'est d'accord pour l'enregistrement de la séance et son utilisation pour la formation de vos stagiaires, je vous renvoie le formulaire signé.
Lydie""",
     att=["autorisation_enregistrement_signee.pdf"],
     quote=dict(style="gmail", who=SP, text="""Bonjour Lydie,

Accepteriez-vous que l'enregistrement audio de notre séance soit utilisé (anonymisé) dans ma formation ? Vous trouverez le formulaire ci-joint. Vous pouvez bien sûr refuser.

Sandra""")),

dict(key="fr_neg_mail_transfert_contact", lang="fr", rights=[],
     frm="Valérie Tessier <valerie.tessier@gmail.com>",
     subj="Fwd: coordonnées de ma soeur",
     body="""Sandra, comme promis je te transfère les coordonnées de ma soeur qui aimerait te rencontrer. Elle est d'accord pour que tu l'appelles.
V.""",
     quote=dict(style="fwd", who="Carole Tessier <carole.tessier@gmail.com>", to="valerie.tessier@gmail.com",
                subj="coordonnées de ma soeur",
                text="""Tu peux donner mon numéro à ta coach : 06 33 21 87 45. Plutôt le soir.
Carole""")),

dict(key="fr_neg_confirmation_inscription", lang="fr", rights=[],
     frm="Systeme.io <no-reply@systeme.io>",
     subj="Confirmez votre inscription à la lettre de Floraison de Soi",
     body="""Bonjour,

Merci de confirmer votre adresse e-mail pour recevoir la lettre de Floraison de Soi.
Confirmer : https://floraisondesoi.systeme.io/confirm?t=abc

Si vous n'êtes pas à l'origine de cette demande, ignorez simplement ce message : vos données ne seront pas conservées.""",
     to="agathe.simon@gmail.com", shape="html", extra=AUTO),

dict(key="fr_neg_sandra_relance_devis", lang="fr", rights=[],
     frm=SP, to="Laure Gaillard - Centre Équilibre <laure.gaillard@centre-equilibre.fr>",
     subj="Re: Partenariat - documents RGPD",
     body="""Bonjour Laure,

Voici ma politique de confidentialité et mon registre simplifié. Pour l'avenant, je propose que la liste des inscrits ne soit partagée que le jour de l'atelier et supprimée ensuite. Dites-moi si cela convient à votre juriste.

Belle journée,
Sandra""",
     att=["politique-de-confidentialite.pdf", "registre_traitements_FloraisonDeSoi.xlsx"],
     quote=dict(style="gmail", who="Laure Gaillard - Centre Équilibre <laure.gaillard@centre-equilibre.fr>",
                to=SP, text="""Bonjour Sandra,

Pour finaliser notre partenariat, notre juriste me demande si vous êtes en conformité RGPD de votre côté...""")),

dict(key="fr_neg_assurance_rcpro", lang="fr", rights=[],
     frm="MAAF Pro <service.pro@maaf.fr>",
     subj="Votre contrat RC Pro - mise à jour de vos informations",
     body="""Madame Dumot-Deloménie,

Afin de maintenir vos garanties, merci de vérifier les informations de votre contrat Responsabilité Civile Professionnelle (activité, chiffre d'affaires, adresse d'exercice) dans votre espace client avant le 31 janvier.

Vos données sont traitées conformément à notre politique de protection des données disponible sur maaf.fr.""",
     shape="alt", extra=AUTO),

dict(key="fr_neg_inscription_liste_attente", lang="fr", rights=[],
     frm="Brigitte Fournier <brigitte.fournier@orange.fr>",
     subj="Liste d'attente",
     body="""Bonjour Sandra,

Pouvez-vous m'inscrire sur la liste d'attente du stage de juillet ? Et si une place se libère, me prévenir par SMS plutôt que par mail, je les lis rarement.

Brigitte"""),

dict(key="fr_neg_questionnaire_retour", lang="fr", rights=[],
     frm="Karim Benyahia <karim.benyahia@gmail.com>",
     subj="Re: Votre avis compte ! Questionnaire 2025",
     body="""Bonjour Sandra, c'est fait, j'ai rempli le questionnaire. J'ai coché que vous pouviez utiliser mes réponses de façon anonyme. Bravo pour cette année !
Karim""",
     quote=dict(style="gmail", who=SP, text="""Bonjour,

Vous avez participé à l'un de mes ateliers cette année. Pourriez-vous prendre 5 minutes pour répondre à mon questionnaire de satisfaction ?

Merci infiniment,
Sandra""")),

# NEAR-LINE: asks to re-send two documents she already received and lost (customer service), not what is held -> negative.
dict(key="fr_neg_anciens_mails_perdus", lang="fr", rights=[],
     frm="Stéphanie Roux <stephanie.roux@gmail.com>",
     subj="Mails perdus",
     body="""Bonjour Sandra,

J'ai supprimé par erreur tous mes mails de 2024, dont le compte rendu de séance que vous m'aviez envoyé en février et la fiche d'exercices. Vous pourriez me les renvoyer ? Je les relisais souvent.

Merci !
Stéphanie"""),

dict(key="fr_neg_groupe_whatsapp_ajout", lang="fr", rights=[],
     frm="Delphine Picard <delphine.picard@gmail.com>",
     subj="Groupe WhatsApp du stage",
     body="""Bonjour Sandra,

Je n'ai pas été ajoutée au groupe WhatsApp du stage en forêt, les autres en parlent ! Je crois que je n'avais pas mis de numéro sur le formulaire d'inscription, le voici : 06 78 45 12 90. Tu peux m'ajouter ?

Delphine"""),

dict(key="fr_neg_transfert_rdv_outlook", lang="fr", rights=[],
     frm="Gilles Morel <gilles.morel@orange.fr>",
     subj="TR: Convocation France Travail",
     body="""Bonjour Madame,

Je vous transfère la convocation de ma conseillère : elle souhaite un point avec vous sur mon accompagnement. Je suis d'accord pour que vous échangiez avec elle sur mon parcours.

Gilles Morel""",
     quote=dict(style="fwd_fr_outlook", who="France Travail Issoudun <ne-pas-repondre@francetravail.fr>",
                to="gilles.morel@orange.fr", subj="Convocation",
                text="""Monsieur Morel,

Vous êtes invité à un entretien de suivi le 12/05/2025 à 10h00 en agence. Merci de vous munir de l'attestation de votre prestataire d'accompagnement.""")),

dict(key="fr_neg_avis_google", lang="fr", rights=[],
     frm="Jessica Morin <jessica.morin@hotmail.fr>",
     subj="Mon avis Google",
     body="""Coucou Sandra,

J'ai voulu laisser un avis Google mais il a été supprimé par Google (sans doute à cause du lien que j'avais mis). Je vais le réécrire ce soir, sans lien cette fois !

Jess"""),

dict(key="fr_neg_relance_facture_impayee", lang="fr", rights=[],
     frm=SP, to="Julien Marchand <julien.marchand@gmail.com>",
     subj="Re: Réclamation - webinaire annulé",
     body="""Bonjour Julien,

Toutes mes excuses pour l'annulation. Le remboursement de 35 € a été effectué ce matin via Stripe, il apparaîtra sous 5 à 10 jours. Je vous offre par ailleurs l'accès au replay de la session reprogrammée.

Sandra""",
     quote=dict(style="gmail", who="Julien Marchand <julien.marchand@gmail.com>", to=SP,
                text="""Bonjour,

Le webinaire du 12 a été annulé une heure avant et je n'ai toujours pas été remboursé.""")),

dict(key="fr_neg_urssaf", lang="fr", rights=[],
     frm="URSSAF <ne-pas-repondre@urssaf.fr>",
     subj="Votre déclaration de chiffre d'affaires du 3e trimestre",
     body="""Madame,

Votre déclaration de chiffre d'affaires pour le 3e trimestre 2025 est à effectuer avant le 31 octobre sur autoentrepreneur.urssaf.fr.

Cet e-mail est envoyé automatiquement, merci de ne pas y répondre.""",
     shape="html", extra=AUTO),

# NEAR-LINE: asks how her name is displayed in a testimonial she is giving, before publication; nothing held is inaccurate and no consent is withdrawn -> negative.
dict(key="fr_neg_anonymiser_temoignage", lang="fr", rights=[],
     frm="Mireille Roger <mireille.roger@gmail.com>",
     subj="Re: Mon témoignage pour ton site",
     body="""Bonjour Sandra, merci de m'avoir envoyé la version mise en page ! C'est parfait. Une seule modif : tu peux mettre "Mireille, 62 ans" au lieu de "Mireille R." ? Je préfère comme ça.
Mireille""",
     quote=dict(style="gmail", who=SP, text="""Bonjour Mireille,

Voici comment ton témoignage apparaîtra sur le site. Dis-moi si tout te convient avant publication.

Sandra""")),
]
