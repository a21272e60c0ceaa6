"""French negatives, part 1: everyday mail dense in trigger words, cancellations, logins,
questions about how rights work, other people's data."""
from recbase import M

RECORDS = [
    M("fr-neg-supprimer-creneau-mardi", [],
      "Agathe Roussel <agathe.roussel@gmail.com>",
      "Créneau de mardi",
      """Bonjour Sandra,

Pouvez-vous supprimer mon créneau de mardi 10 h ? J'ai une réunion qui a été avancée. Si le jeudi 14 h est encore libre, je le prends ; sinon, effacez simplement le mardi et je repasse par votre agenda en ligne pour la semaine d'après.

Merci !
Agathe""",
      hard=True, mailer="iphone"),

    M("fr-neg-copie-facture-comptable", [],
      "Olivier Tessier <o.tessier@tessier-paysage.fr>",
      "Copie de facture - mars",
      """Bonjour Madame,

Mon expert-comptable me réclame une copie de la facture de la formation de mars (les deux jours « Manager sans s'épuiser »). Je n'ai plus accès à l'espace client où elle était téléchargeable, le lien a expiré.

Pourriez-vous me la renvoyer en PDF, avec le numéro de SIRET de notre société, qui n'y figurait pas ? Il faudrait aussi corriger le libellé, c'était une formation intra et non inter.

Bien cordialement,
Olivier Tessier
Tessier Paysage - Déols""",
      hard=True, mailer="outlook"),

    M("fr-neg-acces-salle-code-portail", [],
      "Isabelle Dorléans <isabelle.dorleans@orange.fr>",
      "Accès salle samedi",
      """Bonjour,

Pour l'atelier de samedi, comment se fait l'accès à la salle ? La dernière fois le portail de la cour était fermé et on a attendu dehors dix minutes. Y a-t-il un code, ou faut-il sonner chez le voisin ?

Ma mère m'accompagne et elle a du mal avec les escaliers : y a-t-il un accès de plain-pied ?

Merci, à samedi,
Isabelle""",
      hard=True),

    M("fr-neg-co-animatrice-tableau-photos", [],
      "Émilie Parrain <emilie.parrain.sophro@gmail.com>",
      "Journée de jeudi - photos du tableau",
      """Coucou Sandra,

Super journée jeudi, le groupe était génial. J'ai pris en photo le tableau blanc avant qu'on l'efface, et le paperboard des « valeurs » aussi : je te les envoie ci-jointes pour le support participants.

Par contre j'ai supprimé celles où on voyait les prénoms sur les post-it, par précaution. Tu me diras si tu veux que je retire aussi celle avec les visages en arrière-plan avant qu'on les partage au groupe.

Je t'embrasse,
Émilie""",
      att=[{"kind": "png", "name": "tableau_valeurs.png"}, {"kind": "png", "name": "paperboard_apres-midi.png"}],
      hard=True, html="alt"),

    M("fr-neg-export-agenda-google", [],
      "Raphaël Cornu <raphael.cornu@free.fr>",
      "Agenda des ateliers",
      """Bonjour,

Est-ce qu'il est possible d'exporter l'agenda des ateliers du trimestre dans mon Google Agenda ? Sur votre site je ne vois que la liste en texte. Un lien iCal ou un fichier .ics, ce serait parfait : je pourrais tout importer d'un coup au lieu de copier chaque date.

Merci,
Raphaël""",
      hard=True),

    M("fr-neg-coquille-support-formation", [],
      "Sylvain Perrault <sylvain.perrault@gmail.com>",
      "Support de formation p.12",
      """Bonjour Sandra,

Petite remarque en relisant le support de la formation « Prise de parole » : page 12, le schéma de la boucle de feedback a deux flèches inversées, et page 15 il manque la fin de la citation de Rosenberg. Rien de grave, mais ça vaut peut-être le coup de corriger le document avant la prochaine session.

Merci encore pour ces deux jours, j'ai déjà testé la technique du « sandwich » en réunion !
Sylvain""",
      hard=True),

    M("fr-neg-apprendre-a-s-opposer-mere", [],
      "Lise Bonnaud <lise.bonnaud@laposte.net>",
      "Après notre séance",
      """Bonjour Sandra,

Je repense beaucoup à notre séance de jeudi. Vous avez mis le doigt sur quelque chose : je n'arrive pas à m'opposer à ma mère, même sur des choses minuscules comme la date du repas de Noël. Ce week-end j'ai essayé l'exercice : j'ai dit « non, je ne viendrai pas samedi », et j'ai tenu. Elle a retiré sa proposition de garder les enfants, évidemment, mais je me suis sentie plus droite.

Pouvez-vous me renvoyer la fiche sur les besoins et les limites ? J'ai effacé le mail par erreur.

À dans quinze jours,
Lise""",
      hard=True, html="alt"),
    # NEAR-LINE: asks to resend a generic handout (not a record about herself) -> negative.

    M("fr-neg-colis-cartes-retire", [],
      "Mireille Dupuy <mireille.dupuy@sfr.fr>",
      "Colis bien reçu",
      """Bonjour Sandra,

J'ai retiré hier au relais de la Poste le colis avec les jeux de cartes « Émotions » et le carnet. Tout est arrivé en bon état, merci !

Petit détail : la copie de la facture n'était pas dans le colis. Vous pouvez me l'envoyer par mail ?

Bonne journée,
Mireille""",
      hard=True),

    M("fr-neg-rh-formation-consentement", [],
      "Sophie Laurençon - RH Clinique du Parc <s.laurencon@clinique-du-parc36.fr>",
      "Demande de formation - consentement et limites",
      """Bonjour Madame Delomenie,

Suite à plusieurs situations délicates dans nos équipes soignantes, la direction souhaite organiser une demi-journée de sensibilisation sur le thème « consentement, limites et communication avec les patients ». Nous avons vu que vous interveniez sur la communication bienveillante.

Seriez-vous en mesure de proposer un module de ce type pour une quinzaine de personnes, en avril ou mai ? Nous aurions besoin d'un devis et d'un programme pour notre OPCO.

Cordialement,
Sophie Laurençon
Responsable Ressources Humaines
Clinique du Parc - Châteauroux""",
      hard=True, mailer="outlook", html="alt"),

    M("fr-neg-rgpd-module-entreprendre", [],
      "Yasmine Belkacem <yasmine.belkacem@gmail.com>",
      "Question sur le programme Oser entreprendre",
      """Bonjour,

Je lance mon activité de praticienne en réflexologie et j'hésite à m'inscrire à votre programme « Oser entreprendre ». Est-ce que le module administratif aborde le RGPD ? Je ne sais pas du tout comment gérer les données de mes futurs clients : fiches, consentement pour les données de santé, durée de conservation, droit d'accès...

Si ce n'est pas traité, pourriez-vous me conseiller une formation ?

Merci beaucoup,
Yasmine""",
      hard=True),

    M("fr-neg-mes-informations-inscription", [],
      "Brigitte Alleaume <brigitte.alleaume@orange.fr>",
      "Inscription cercle de femmes",
      """Bonjour Sandra,

Comme demandé au téléphone, voici mes informations pour l'inscription au cercle de femmes du mois prochain :
Brigitte Alleaume
3 rue du Bât-le-Tan, 36100 Issoudun
06 12 48 77 31
née le 22/09/1961

Je règlerai sur place par chèque. J'ai bien lu les conditions, je donne mon consentement pour le groupe WhatsApp.

Bien à vous,
Brigitte""",
      hard=True, mailer="orange"),

    M("fr-neg-annulation-atelier-malade", [],
      "Cécile Raffin <cecile.raffin@hotmail.fr>",
      "Annulation",
      """Bonjour Sandra,

Je suis désolée, je dois annuler ma participation à l'atelier de demain, j'ai attrapé la grippe de mes enfants. Est-ce que je peux reporter sur la session de mars ?

Cécile""",
      hard=True, mailer="android"),

    M("fr-neg-resilier-abonnement-programme", [],
      "Bruno Vignal <bruno.vignal@gmail.com>",
      "Résiliation abonnement mensuel",
      """Bonjour,

Je souhaite résilier mon abonnement mensuel au programme « 30 jours pour soi » à la fin de la période en cours. Pouvez-vous supprimer le prélèvement Stripe à partir du mois prochain ? Je garde un très bon souvenir du programme, c'est une question de budget.

Cordialement,
Bruno Vignal""",
      hard=True),

    M("fr-neg-mot-de-passe-espace-membre", [],
      "Josette Marchand <josette.marchand@wanadoo.fr>",
      "mot de passe",
      """Bonjour
je n'arrive plus a me connecter a la formation, le mot de passe ne marche plus et le lien "mot de passe oublié" m'envoie un mail que je ne reçois pas. J'ai regardé dans les spams. Pouvez-vous me redonner l'accès ?
Merci
Josette Marchand""",
      hard=True, to="orange"),

    M("fr-neg-acceder-espace-depuis-tablette", [],
      "Thibault Renaud <thibault.renaud@gmail.com>",
      "Accès à mon espace",
      """Bonjour,

Depuis la tablette, impossible d'accéder à mon espace membre : la page tourne dans le vide après l'identification. Sur l'ordinateur ça marche. C'est connu ? Je voulais revoir le module 3 dans le train.

Thibault""",
      hard=True, mailer="ipad"),

    M("fr-neg-fermer-compte-plateforme-seul", [],
      "Corentin Aubert <corentin.aubert@outlook.fr>",
      "Fermeture de compte",
      """Bonjour,

Vous pouvez fermer mon compte sur la plateforme de formation, je n'en ai plus l'usage depuis la fin du programme.

Bonne journée,
Corentin Aubert""",
      hard=True),
    # NEAR-LINE: "close my account" alone, no data mentioned -> negative per policy.

    M("fr-neg-question-duree-conservation-notes", [],
      "Valentine Hubert <valentine.hubert@gmail.com>",
      "Une question avant de commencer",
      """Bonjour Sandra,

Avant notre première séance, j'aurais une question : combien de temps gardez-vous les notes que vous prenez pendant les séances ? Et est-ce qu'elles sont sur papier ou sur ordinateur ? Je suis un peu anxieuse avec ça, ma précédente expérience avec un thérapeute s'est mal passée.

Merci de votre réponse,
Valentine""",
      hard=True),

    M("fr-neg-ai-je-le-droit-impaye", [],
      "Fabrice Leclerc <fabrice.leclerc@yahoo.fr>",
      "Question RGPD",
      """Bonjour,

Petite question théorique : si un client vous doit encore de l'argent, a-t-il quand même le droit de demander la suppression de ses données ? Un ami me dit que non, que vous devez tout garder pour la comptabilité. Je me demandais qui avait raison.

Bonne journée,
F. Leclerc""",
      hard=True),
    # NEAR-LINE: "ai-je le droit"-type question about how the right works, nothing asked for -> negative.

    M("fr-neg-copie-plainte-cnil", [],
      "Gérald Moineau <gerald.moineau@free.fr>",
      "Copie de ma plainte",
      """Madame,

Pour votre information, vous trouverez ci-joint la copie de la plainte que je viens de déposer auprès de la CNIL concernant la réception répétée de vos messages commerciaux.

G. Moineau""",
      att=[{"kind": "pdf", "name": "plainte_CNIL_Moineau.pdf",
            "text": "CNIL - Accuse de reception de plainte\nPlaignant : MOINEAU Gerald\nOrganisme mis en cause : Floraison de Soi (Issoudun)\nMotif : prospection commerciale"}],
      hard=True, cte="qp"),
    # NEAR-LINE: a copy of a CNIL complaint is a negative even though it concerns her marketing.

    M("fr-neg-mari-notes-epouse", [],
      "Dominique Castel <dominique.castel@orange.fr>",
      "Ma femme",
      """Bonjour,

Mon épouse, Sylvie Castel, vient vous voir depuis le printemps. Elle ne me dit rien de ce qui se passe en séance et depuis quelques semaines elle parle de séparation. Pouvez-vous me dire ce qu'elle vous raconte, et m'envoyer une copie de son dossier ? Si elle vous a rempli des questionnaires, j'aimerais les voir aussi.

Je pense avoir le droit de savoir, nous sommes mariés depuis 22 ans.

Dominique Castel""",
      hard=True, mailer="orange"),
    # NEAR-LINE: husband asking about his living wife's file -> negative (another adult's data).

    M("fr-neg-soeur-hospitalisee-donnees", [],
      "Murielle Lamy <murielle.lamy@gmail.com>",
      "Pour ma soeur Caroline",
      """Bonjour,

Ma soeur Caroline Lamy, votre cliente, est hospitalisée depuis trois semaines et ne peut pas utiliser son téléphone. Elle m'a dit qu'elle ne voulait plus de son dossier chez vous. Est-ce que vous pouvez supprimer ses données ? Je n'ai pas de procuration, mais je suis sa soeur.

Merci,
Murielle Lamy""",
      hard=True),
    # NEAR-LINE: a relative asking about a living adult's data without mandate -> negative.

    M("fr-neg-collegue-coordonnees-participante", [],
      "Fanny Robichon <fanny@atelier-des-possibles.fr>",
      "Coordonnées de Mme Tardieu",
      """Bonjour Sandra,

Lors de la formation commune de la semaine dernière, une participante, Mme Tardieu (la dame au foulard rouge), m'a parlé d'un projet d'atelier pour son association. Je n'ai pas pris son numéro. Pourrais-tu me transmettre ses coordonnées, ou une copie de sa fiche d'inscription ?

Merci, à bientôt,
Fanny
L'Atelier des Possibles - Vierzon""",
      hard=True),

    M("fr-neg-rh-feuilles-emargement", [],
      "Service Formation - Ets Villemont <formation@villemont-sa.fr>",
      "Feuilles d'émargement formation intra",
      """Bonjour Madame Delomenie,

Dans le cadre du contrôle OPCO, nous avons besoin d'une copie des feuilles d'émargement signées de nos salariés pour les deux journées de formation « Gestion du stress » des 12 et 13 juin, ainsi que des attestations individuelles de fin de formation.

Pourriez-vous également nous indiquer les absences éventuelles et leurs motifs ?

Avec nos remerciements,
Karine Delmas
Service Formation - Villemont SA""",
      hard=True, mailer="outlook", html="alt",
      cc="Frédéric Villemont <f.villemont@villemont-sa.fr>"),
    # NEAR-LINE: the company asks for documents about its employees (other adults) -> negative.

    M("fr-neg-question-parent-droit-notes-ado", [],
      "Hélène Bataille <helene.bataille@gmail.com>",
      "Question sur les notes de ma fille",
      """Bonjour,

Ma fille de 15 ans doit commencer un accompagnement avec vous en janvier. Une question de principe : en tant que parent, ai-je le droit d'accéder à ses notes de séance si je le souhaite, ou sont-elles confidentielles même pour nous ? J'aimerais le savoir avant qu'elle commence, pour pouvoir lui expliquer les choses honnêtement.

Merci,
Hélène Bataille""",
      hard=True),
    # NEAR-LINE: parent of a minor, but asks how the right works, not for the notes -> negative.

    M("fr-neg-retirer-candidature-salon", [],
      "Maud Lecomte <maud.lecomte@bien-etre-berry.fr>",
      "Salon Bien-être d'Issoudun - stands",
      """Bonjour Madame Delomenie,

Vous aviez déposé une candidature pour un stand au salon Bien-être d'octobre. Suite à votre appel, je retire bien votre candidature de la liste et je supprime la réservation de l'emplacement 14. L'acompte de 50 € vous sera remboursé sous quinze jours.

Si vous changez d'avis, une place reste possible sur liste d'attente.

Maud Lecomte
Association Bien-être en Berry""",
      hard=True),

    M("fr-neg-copie-diplome-cpf", [],
      "Nicolas Fradin <nicolas.fradin@gmail.com>",
      "Dossier CPF - pièces",
      """Bonjour,

Pour finaliser mon inscription à la formation via le CPF, vous trouverez ci-joint une copie de mon diplôme et de ma pièce d'identité, comme demandé. J'ai aussi rempli le questionnaire de positionnement en ligne, mes données devraient donc être complètes.

Dites-moi s'il manque quelque chose.
Nicolas Fradin""",
      att=[{"kind": "pdf", "name": "diplome_BTS_Fradin.pdf", "text": "BTS Management des unites commerciales - FRADIN Nicolas - session 2016"},
           {"kind": "pdf", "name": "CNI_Fradin.pdf", "text": "Carte nationale d'identite - FRADIN Nicolas"}],
      hard=True),

    M("fr-neg-mettre-en-copie-groupe", [],
      "Adèle Brunet <adele.brunet@laposte.net>",
      "Mails du groupe",
      """Bonjour Sandra,

Je n'ai pas WhatsApp et je n'ai donc pas accès aux échanges du groupe de formation. Est-ce que vous pourriez me mettre en copie des messages importants (changements d'horaire, documents à lire) ? Je ne veux pas rater les infos.

Merci,
Adèle""",
      hard=True),

    M("fr-neg-doublon-inscription", [],
      "Charlotte Pasquet <charlotte.pasquet@gmail.com>",
      "Inscription en double",
      """Bonjour,

Je crois que je me suis inscrite deux fois à l'atelier du 17 (j'ai reçu deux confirmations Systeme.io). Vous pouvez supprimer une des deux inscriptions ? Je n'ai payé qu'une fois, heureusement.

Merci !
Charlotte""",
      hard=True),
    # NEAR-LINE: deleting a duplicate booking is a booking matter, not erasure of personal data -> negative.

    M("fr-neg-ardoise-effacee-location-salle", [],
      "Jean-Marc Dubreuil <jm.dubreuil@orange.fr>",
      "Location de la salle - solde",
      """Bonjour Sandra,

Pour la location de la salle en décembre, ne t'embête pas avec le solde de 40 €, on efface l'ardoise : tu m'as assez rendu service avec l'atelier pour les bénévoles. Par contre, pense à retirer tes affaires du placard avant le 15, l'asso de théâtre s'installe.

Amitiés,
Jean-Marc""",
      hard=True),

    M("fr-neg-droit-image-question-avant-stage", [],
      "Ingrid Lavergne <ingrid.lavergne@yahoo.fr>",
      "Photos pendant le stage ?",
      """Bonjour,

Je m'inscris au stage d'été. Est-ce que vous prenez des photos pendant les journées ? Et si oui, est-ce que j'ai le droit de refuser d'apparaître sur celles publiées sur vos réseaux, sans que ce soit gênant pour le groupe ?

Merci de me rassurer,
Ingrid""",
      hard=True),

    M("fr-neg-transfert-place-collegue", [],
      "Aurélien Masson <aurelien.masson@gmail.com>",
      "Transfert de ma place",
      """Bonjour,

Je ne pourrai pas suivre la formation de la semaine prochaine. Avec l'accord de mon manager, je transfère ma place à ma collègue Laetitia Noël. Voici ses informations pour l'inscription : laetitia.noel@abc-logistique.fr, 06 84 20 11 57. Pouvez-vous remplacer mon nom par le sien sur la liste et sur la convention ?

Merci,
Aurélien Masson
ABC Logistique""",
      hard=True, mailer="outlook"),
    # NEAR-LINE: "remplacer mon nom par le sien" is swapping a participant, not rectifying his data -> negative.

    M("fr-neg-mairie-statistiques-participation", [],
      "Service Vie associative - Mairie d'Issoudun <vie.associative@issoudun.fr>",
      "Bilan des ateliers 2025 - données de fréquentation",
      """Madame,

Dans le cadre du bilan annuel des actions soutenues par la Ville, nous vous remercions de nous transmettre les données de fréquentation des ateliers organisés dans la salle municipale : nombre de séances, nombre de participants, tranche d'âge si vous en disposez. Des données anonymes suffisent, aucune donnée nominative ne doit nous être communiquée.

Un export sous forme de tableau serait idéal.

Le service Vie associative""",
      hard=True, html="alt"),

    M("fr-neg-facture-montant-errone", [],
      "Stéphane Pignol <stephane.pignol@sfr.fr>",
      "Erreur sur la facture",
      """Bonjour,

La facture que j'ai reçue indique 6 séances à 70 €, or le forfait annoncé était de 5 séances pour 320 €. Pouvez-vous corriger la facture et supprimer la ligne de frais de dossier, qui n'était pas prévue ? Je règle dès réception de la version corrigée.

Cordialement,
Stéphane Pignol""",
      hard=True),

    M("fr-neg-attestation-mutuelle", [],
      "Corinne Aguillon <corinne.aguillon@gmail.com>",
      "Attestation pour la mutuelle",
      """Bonjour Sandra,

Ma mutuelle rembourse désormais les séances de coaching à hauteur de 30 € par an (oui, c'est peu !). Il me faut une attestation de paiement, ou une copie de la facture acquittée, pour les séances de janvier et février. Vous pouvez me l'envoyer par mail ?

Merci d'avance,
Corinne""",
      hard=True),

    M("fr-neg-comptable-export-ventes", [],
      "Cabinet Marteau Expertise <compta@marteau-expertise.fr>",
      "Clôture 2025 - éléments à transmettre",
      """Bonjour Madame Delomenie,

En vue de la clôture de l'exercice, merci de nous transmettre :
- l'export des ventes de l'année depuis Systeme.io et Stripe (format CSV) ;
- les relevés Qonto de novembre et décembre ;
- la copie des factures d'achat supérieures à 150 €.

Pensez à supprimer les doublons de factures Stripe avant l'export, cela nous avait posé problème l'an dernier. Vos données comptables doivent nous parvenir avant le 31 janvier.

Cordialement,
Aurore Bessat
Cabinet Marteau Expertise""",
      hard=True, mailer="outlook"),

    M("fr-neg-webmaster-maintenance", [],
      "Quentin Lefort <quentin@lefort-web.fr>",
      "Maintenance du site - compte rendu",
      """Bonjour Sandra,

Maintenance mensuelle faite :
- mise à jour WordPress et des extensions ;
- suppression des anciennes sauvegardes (on garde les 3 dernières) ;
- export de la base de données stocké sur le serveur OVH ;
- le formulaire de contact affiche maintenant la case de consentement, comme convenu ;
- j'ai corrigé la page « politique de confidentialité », il restait l'ancienne adresse.

Le bandeau cookies permet désormais de retirer son consentement en un clic. Facture en pièce jointe.

Quentin""",
      att=[{"kind": "pdf", "name": "Facture_LW-2025-087.pdf", "text": "Lefort Web - Facture LW-2025-087\nMaintenance mensuelle site floraisondesoi.fr - 45,00 EUR HT"}],
      hard=True),

    M("fr-neg-assistante-menage-fichier", [],
      "Laëtitia Roche - Assistante <laetitia.roche.assistante@gmail.com>",
      "Fichier contacts - c'est fait",
      """Bonjour Sandra,

J'ai fini le ménage dans le fichier contacts de Systeme.io :
- supprimé 46 doublons ;
- effacé les 12 adresses en erreur (bounces) ;
- retiré les contacts « test » de la liste newsletter ;
- corrigé les noms en majuscules.

J'ai fait un export CSV avant les modifications, au cas où. Il est dans le Drive, dossier « Sauvegardes ».

Bonne soirée,
Laëtitia""",
      hard=True),

    M("fr-neg-badge-acces-maison-associations", [],
      "Maison des Associations <accueil.mda@issoudun.fr>",
      "Badge d'accès - renouvellement",
      """Bonjour,

Votre badge d'accès à la Maison des Associations arrive à expiration le 31 décembre. Pour le renouveler, merci de passer à l'accueil avec une copie de votre attestation d'assurance. L'ancien badge sera désactivé et devra être restitué.

Les créneaux de la salle 2 (mardi soir) sont maintenus.

L'accueil de la MDA""",
      hard=True),

    M("fr-neg-autorisation-parentale-stage", [],
      "Nathalie Ferrière <nathalie.ferriere@orange.fr>",
      "Autorisation pour Emma",
      """Bonjour,

Vous trouverez ci-joint l'autorisation parentale signée pour le stage ados de février, pour ma fille Emma. J'ai coché « oui » pour le droit à l'image, nous donnons notre consentement pour les photos de groupe sur votre site.

Emma a une allergie aux arachides, c'est indiqué sur la fiche.

Bien cordialement,
Nathalie Ferrière""",
      att=[{"kind": "pdf", "name": "autorisation_parentale_Emma.pdf",
            "text": "AUTORISATION PARENTALE - Stage ados fevrier\nEnfant : Emma FERRIERE\nDroit a l'image : OUI\nSignature du representant legal"}],
      hard=True, mailer="orange"),

    M("fr-neg-question-portabilite-memoire", [],
      "Lucas Perrin <lucas.perrin@etu.univ-tours.fr>",
      "Question pour mon mémoire",
      """Bonjour Madame,

Je suis étudiant en master de droit du numérique et je prépare un mémoire sur l'application du RGPD chez les très petites entreprises. Comment gérez-vous concrètement les demandes de portabilité ou d'effacement ? Dans quel format fourniriez-vous les données si un client les demandait ? Avez-vous déjà reçu ce type de demande ?

Accepteriez-vous un entretien de vingt minutes par téléphone ?

Cordialement,
Lucas Perrin""",
      hard=True),

    M("fr-neg-menace-cnil-remboursement", [],
      "Véronique Hamon <veronique.hamon@gmail.com>",
      "Remboursement atelier annulé",
      """Madame,

L'atelier du 5 a été annulé par vos soins la veille et je n'ai toujours pas été remboursée des 60 € versés, malgré deux relances. Si je n'ai pas de virement d'ici la fin de la semaine, je saisirai le médiateur de la consommation, voire la CNIL puisque vous avez gardé mes coordonnées bancaires.

Véronique Hamon""",
      hard=True),
    # NEAR-LINE: angry, mentions CNIL and bank details, but only asks for a refund -> negative.

    M("fr-neg-bandeau-cookies-bug", [],
      "Pierre-Yves Landais <py.landais@gmail.com>",
      "Bug sur votre site",
      """Bonjour,

Pour info, sur votre site le bouton « Tout refuser » du bandeau cookies ne fait rien sur Firefox : le bandeau reste affiché et on ne peut pas accéder à la page des tarifs. Votre webmaster devrait jeter un oeil.

Cordialement,
P.-Y. Landais""",
      hard=True),
    # NEAR-LINE: a bug report about the cookie banner; no objection or withdrawal is actually asked of her -> negative.

    M("fr-neg-retard-sms", [],
      "Maëlle <maelle.dufresne@gmail.com>",
      "retard",
      """g 10 min de retard dsl, bouchons sur la rocade, jarrive""",
      mailer="android"),

    M("fr-neg-devis-entreprise-cohesion", [],
      "Arnaud Lemoine <arnaud.lemoine@transports-lemoine.fr>",
      "Demande de devis - journée cohésion",
      """Bonjour,

Nous sommes une PME de transport de 35 salariés à Issoudun. Nous cherchons une intervenante pour une journée de cohésion d'équipe en juin, sur le thème de la communication entre les chauffeurs et le bureau.

Pourriez-vous nous faire une proposition ? Nous avons une salle sur place.

Cordialement,
Arnaud Lemoine
Directeur d'exploitation""",
      mailer="outlook"),
]

# Dates pinned where the text refers to a season, a month or a day of the month.
DATES = {
    "fr-neg-apprendre-a-s-opposer-mere": "2025-11-28 22:04",
    "fr-neg-rh-formation-consentement": "2026-02-03 10:27",
    "fr-neg-question-parent-droit-notes-ado": "2025-11-25 20:16",
    "fr-neg-retirer-candidature-salon": "2025-09-09 15:33",
    "fr-neg-mairie-statistiques-participation": "2025-12-10 09:18",
    "fr-neg-comptable-export-ventes": "2026-01-08 11:02",
    "fr-neg-badge-acces-maison-associations": "2025-12-04 14:40",
    "fr-neg-copie-facture-comptable": "2025-05-15 09:51",
    "fr-neg-rh-feuilles-emargement": "2025-07-03 16:12",
    "fr-neg-attestation-mutuelle": "2026-03-11 13:26",
}
for _r in RECORDS:
    if _r["key"] in DATES:
        _r["date"] = DATES[_r["key"]]
