"""French negatives, part B: everyday business mail with trigger words, and her own sent mail."""
from ._base import R

HER_C = ("Sandra Delomenie - Floraison de Soi", "contact@floraisondesoi.fr")
HER_O = ("Sandra Delomenie", "sandra.delomenie@orange.fr")

RECORDS = [

R("fr-neg-supprimer-creneau-jeudi", [],
  ("Amandine Roy", "amandine.roy@gmail.com"),
  "créneau de jeudi",
  """Coucou Sandra, tu peux supprimer mon créneau de jeudi 18h ? J'ai un conseil de classe qui tombe pile dessus. Je reprends celui de la semaine d'après si il est libre. Merci !! Amandine
""", to="o", hard=True, cte="8bit"),

R("fr-neg-effacer-tableau-salle", [],
  ("Maison des associations d'Issoudun", "mda@ville-issoudun.fr"),
  "Salle Berry - consignes après utilisation",
  """Bonjour Madame Delomenie,

Suite à votre atelier de samedi dans la salle Berry, l'agent d'entretien nous signale que le tableau blanc n'avait pas été effacé et que deux tables n'étaient pas repliées.

Nous vous remercions pour les prochaines utilisations de bien vouloir effacer le tableau, remettre les tables le long du mur et rendre la clé à l'accueil avant 18 h.

Cordialement,
Le service Vie associative
""", to="c", hard=True, cte="quoted-printable", mid="plain"),

R("fr-neg-acces-salle-code", [],
  ("Gîte des Chaumes", "reservation@gitedeschaumes.fr"),
  "Accès au gîte pour votre stage",
  """Bonjour Sandra,

Pour votre stage du week-end prochain, voici les informations d'accès à la salle : le code du portail est 4719, la boîte à clés se trouve à gauche de la porte de la grange (code 0306). Le chauffage sera allumé dès vendredi midi.

Pensez à me prévenir si vos participants arrivent après 21 h.

Bon stage !
Marie-Claude
""", to="o", hard=True, cte="8bit", mid="plain"),

R("fr-neg-export-agenda-google", [],
  ("Océane Petit", "oceane.petit.assistante@gmail.com"),
  "Export de ton agenda",
  """Hello Sandra,

J'ai fait l'export de ton agenda Calendly vers Google Agenda comme tu me l'avais demandé, tout est synchronisé maintenant (les séances individuelles en vert, les ateliers en violet). Par contre j'ai supprimé les doublons de la semaine 12, vérifie que je n'ai rien effacé de trop.

Bises,
Océane
""", attach=[("csv", "export_agenda_mars.csv", "date;heure;type;titre\n2026-03-03;10:00;individuel;Seance\n2026-03-05;18:30;atelier;Cercle de parole\n2026-03-07;10:00;atelier;Respirer le printemps\n")], to="c", hard=True, html="alt", cte="quoted-printable"),

R("fr-neg-corriger-document-support", [],
  ("Thibault Caron", "thibault.caron@orange.fr"),
  "Coquilles dans le support de formation",
  """Bonjour Sandra,

En relisant le support PDF du module 3 j'ai trouvé deux coquilles : page 12, « l'écoute active permet de reformulé » et page 18 le schéma de la fenêtre de Johari est inversé. Si vous voulez corriger le document avant la prochaine session...

Merci encore pour la formation, très riche.
Thibault
""", attach=[("pdf", "Support_module3_annote.pdf", ["Module 3 - Ecoute active", "p.12 : reformule -> reformuler", "p.18 : schema Johari inverse"])], to="c", hard=True, cte="8bit"),

R("fr-neg-sopposer-ado", [],
  ("Valérie Giraud", "valerie.giraud@free.fr"),
  "Accompagnement pour mon fils",
  """Bonjour,

Mon fils de 15 ans s'oppose à tout en ce moment : aux règles de la maison, aux devoirs, à son beau-père surtout. Les conflits sont quotidiens. Une amie m'a parlé de vos séances pour ados.

Proposez-vous un premier rendez-vous avec lui seul, ou faut-il que je sois présente ?

Merci,
Valérie Giraud
""", to="c", hard=True, cte="quoted-printable", mid="free"),

R("fr-neg-retirer-colis-relais", [],
  ("Agnès", "agnes.paquet36@gmail.com"),
  "ton colis",
  """Sandra, je suis passée au relais Pickup du Carrefour Market, j'ai pu retirer ton colis de coussins de méditation avec ta procuration. Je te le dépose demain matin au cabinet.
Bisous
Agnès
""", to="o", hard=True, cte="8bit"),

R("fr-neg-consentement-theme-formation", [],
  ("Hélène Morvan", "helene.morvan@ac-orleans-tours.fr"),
  "Module consentement - formation des AESH",
  """Bonjour Madame,

Dans le cadre de la formation que vous animerez pour nos AESH en mars, serait-il possible de développer davantage le module sur le consentement (consentement de l'enfant au toucher, à la prise de photo, posture professionnelle) ? Les équipes ont beaucoup de questions à ce sujet.

Je reste disponible pour en discuter.

Hélène Morvan
Conseillère pédagogique
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="plain"),

R("fr-neg-rgpd-sujet-formation-asso", [],
  ("Association Les Aînés Ruraux", "ainesruraux.issoudun@orange.fr"),
  "Demande de formation RGPD pour nos bénévoles",
  """Madame,

Notre association gère un fichier de 240 adhérents et nos bénévoles ne savent pas toujours ce qu'ils ont le droit de faire avec les données (listes d'anniversaires, photos des sorties, numéros de téléphone).

Proposez-vous une demi-journée de sensibilisation au RGPD adaptée à des bénévoles retraités ? Si oui, à quel tarif ?

Pour le bureau,
Robert Chaumeil, président
""", to="c", hard=True, cte="8bit"),

R("fr-neg-mes-informations-inscription", [],
  ("Lina Marchetti", "lina.marchetti@gmail.com"),
  "Inscription webinaire du 5",
  """Bonjour,

Voici mes informations pour l'inscription au webinaire « Apprivoiser le changement » :
Nom : Marchetti
Prénom : Lina
Mail : lina.marchetti@gmail.com
Téléphone : 07 81 22 36 45
Profession : infirmière

Merci de m'envoyer le lien de connexion.
Lina
""", to="c", hard=True, cte="8bit"),

R("fr-neg-rh-feuille-emargement", [],
  ("Service RH - Berry Logistique", "rh@berry-logistique.fr"),
  "Formation « Gestion des conflits » - pièces pour l'OPCO",
  """Bonjour Madame,

Afin de constituer le dossier de prise en charge auprès de notre OPCO, pourriez-vous nous transmettre les feuilles d'émargement signées, les attestations de fin de formation de nos six salariés et la facture acquittée ?

Je vous remercie par avance.

Corinne Fabre
Responsable Ressources Humaines
Berry Logistique - ZI de la Limoise - 36100 Issoudun
""", to="c", hard=True, html="alt", cte="base64",
  headers={"X-Mailer": "Microsoft Outlook 16.0"}, mid="outlook"),

R("fr-neg-entreprise-devis", [],
  ("Pauline Chevalier", "p.chevalier@cabinet-expertise-berry.fr"),
  "Devis atelier cohésion d'équipe",
  """Bonjour,

Nous sommes un cabinet d'expertise comptable de 14 personnes et nous souhaiterions organiser une demi-journée de cohésion d'équipe en juin, idéalement un vendredi après-midi.

Pourriez-vous nous faire une proposition ?

Cordialement,
Pauline Chevalier
Office manager
""", attach=[("docx", "Cahier_des_charges_cohesion.docx", ["Atelier cohesion d'equipe - cahier des charges", "Effectif : 14 personnes", "Date souhaitee : un vendredi apres-midi de juin"])], to="c", cte="quoted-printable", mid="plain"),

R("fr-neg-annulation-stage-ete", [],
  ("Mélanie Girard", "melanie.girard@icloud.com"),
  "Annulation stage été",
  """Bonjour Sandra,

Je suis obligée d'annuler ma participation au stage « Se retrouver » de juillet, mon père doit être opéré et je dois m'occuper de lui. Je suis vraiment déçue.

Est-il possible de reporter sur la session d'automne ?

Mélanie

Envoyé de mon iPhone
""", to="c", hard=True, date="2025-06-19 07:48", cte="8bit", headers={"X-Mailer": "iPhone Mail (22F76)"}),

R("fr-neg-resiliation-abonnement", [],
  ("Christophe Noël", "christophe.noel@outlook.fr"),
  "Résiliation abonnement mensuel",
  """Bonjour,

Je souhaite résilier mon abonnement mensuel au cercle en ligne à la fin du mois en cours. Merci de stopper le prélèvement Stripe.

Bonne journée,
Christophe Noël
""", to="c", hard=True, cte="quoted-printable", mid="outlook"),

R("fr-neg-notaire-devis-formation-equipe", [],
  ("Étude de Maître Gaudin", "etude.gaudin@notaires.fr"),
  "Formation gestion du stress - équipe de l'étude",
  """Madame,

Maître Gaudin souhaiterait proposer à l'équipe de l'étude (huit collaborateurs) une formation à la gestion du stress et des situations difficiles avec la clientèle, notamment lors des rendez-vous de succession avec des familles endeuillées.

Pourriez-vous nous adresser un programme et un devis ?

Avec nos remerciements,
Sabine Leclerc
Assistante de direction
""", to="c", hard=True, html="alt", cte="quoted-printable", mid="plain",
  headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-neg-sandra-confirme-effacement", [],
  HER_C,
  "Re: suppression",
  """Bonjour Monsieur Lamarque,

Je vous confirme que votre compte et l'ensemble de vos données ont été supprimés de mes fichiers et de la plateforme Systeme.io. Seules les factures sont conservées pendant la durée légale de dix ans.

Bien cordialement,
Sandra Delomenie
Floraison de Soi - Coaching & formation
46 rue d'Estienne d'Orves, 36100 Issoudun
""", date="2025-03-14 09:40", to="Cédric Lamarque <cedric.lamarque@gmail.com>", cc="sandra.delomenie@orange.fr", hard=True,
  cte="quoted-printable", mid="plain",
  quote=dict(style="gmail_fr", who="Cédric Lamarque <cedric.lamarque@gmail.com>", days=6,
             text="""Supprimez mon compte et toutes mes données. Merci.
C. Lamarque""")),

R("fr-neg-sandra-envoi-export-csv", [],
  HER_C,
  "Vos données - export",
  """Bonjour Benoît,

Suite à votre demande, vous trouverez ci-joint l'export de vos données de formation au format CSV (progression, résultats des quiz et notes), ainsi que le récapitulatif des données que je détiens à votre sujet.

N'hésitez pas si quelque chose n'est pas clair.

Belle journée,
Sandra
""", date="2025-04-18 17:20", to="Benoît Charrier <benoit.charrier@gmail.com>", cc="sandra.delomenie@orange.fr", hard=True,
  cte="8bit", mid="plain",
  attach=[("csv", "export_benoit_charrier.csv",
           "module;lecon;statut;score;date\nM1;Introduction;termine;;2025-02-03\nM1;Quiz 1;termine;8/10;2025-02-05\nM2;Les valeurs;termine;;2025-02-19\nM2;Quiz 2;en cours;;\n"),
          ("pdf", "recapitulatif_donnees.pdf",
           ["Recapitulatif des donnees detenues - Benoit Charrier",
            "Identite, coordonnees, facturation, progression de formation"])]),

R("fr-neg-sandra-newsletter", [],
  ("Floraison de Soi", "contact@floraisondesoi.fr"),
  "🌸 La lettre de Floraison de Soi - Novembre",
  """Bonjour,

Novembre nous invite à ralentir. Voici ce qui vous attend ce mois-ci :

- Cercle de parole « Les deuils de la vie » - jeudi 13 novembre, 19h
- Atelier « Respirer l'hiver » - samedi 22 novembre, 10h
- Nouveau : la formation en ligne « Prendre soin de soi quand on aide un proche »

Pour les aidants familiaux qui accompagnent un parent âgé, un groupe de soutien mensuel démarre en décembre.

Prenez soin de vous,
Sandra

--
Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun
Vous recevez cette lettre car vous y êtes inscrit(e). Conformément au RGPD, vous pouvez vous désinscrire à tout moment : https://floraisondesoi.fr/desinscription
""", to="Abonnés Floraison de Soi <contact@floraisondesoi.fr>", hard=True, date="2025-11-03 08:00",
  html="alt", cte="quoted-printable", mid="plain",
  headers={"Reply-To": "Sandra Delomenie <sandra.delomenie@orange.fr>", "List-Id": "Lettre Floraison de Soi <lettre.floraisondesoi.fr>",
           "List-Unsubscribe": "<https://floraisondesoi.fr/desinscription>, <mailto:contact@floraisondesoi.fr?subject=desinscription>",
           "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
           "Precedence": "bulk", "X-Mailer": "Systeme.io"},
  html_body="""<html><body style="font-family:Georgia,serif;background:#fbf6f2">
<table width="600" align="center"><tr><td>
<h1 style="color:#a0527a">🌸 La lettre de Floraison de Soi</h1>
<p>Bonjour,</p>
<p>Novembre nous invite à ralentir. Voici ce qui vous attend ce mois-ci :</p>
<ul><li>Cercle de parole « Les deuils de la vie » - jeudi 13 novembre, 19h</li>
<li>Atelier « Respirer l'hiver » - samedi 22 novembre, 10h</li>
<li>Nouveau : la formation en ligne « Prendre soin de soi quand on aide un proche »</li></ul>
<p>Pour les aidants familiaux qui accompagnent un parent âgé, un groupe de soutien mensuel démarre en décembre.</p>
<p>Prenez soin de vous,<br>Sandra</p>
<p style="font-size:11px;color:#888">Floraison de Soi - 46 rue d'Estienne d'Orves, 36100 Issoudun<br>
Vous recevez cette lettre car vous y êtes inscrit(e). Conformément au RGPD, vous pouvez vous
<a href="https://floraisondesoi.fr/desinscription">désinscrire</a> à tout moment.</p>
</td></tr></table></body></html>
"""),

R("fr-neg-sandra-condoleances-confirmation", [],
  HER_O,
  "Re: Monsieur Gérard Bonnin",
  """Chère Madame Bonnin,

Votre lettre m'a beaucoup touchée. Gérard était un homme d'une grande douceur et je garde un souvenir ému de nos séances.

Comme vous me l'avez demandé, j'ai effacé les données qui le concernaient et il ne recevra plus aucun message de ma part.

Je vous adresse, ainsi qu'à vos enfants, mes sincères condoléances.

Sandra Delomenie
""", to="Marie-Thérèse Bonnin <mt.bonnin36@laposte.net>", hard=True, date="2025-03-24 18:10",
  cte="8bit", mid="orange",
  headers={"X-Mailer": "Open-Xchange Mailer v7.10.6-Rev62"}, reply=True),

R("fr-neg-sandra-accuse-reception", [],
  HER_C,
  "Accusé de réception de votre demande",
  """Madame,

J'accuse réception de votre courrier du 3 courant, par lequel vous exercez votre droit d'accès en application de l'article 15 du RGPD.

Je vous adresserai les éléments demandés par voie postale dans le délai d'un mois.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Sandra Dumot-Deloménie
Floraison de Soi
""", date="2025-04-08 18:05", to="Danielle Vergnaud <danielle.vergnaud@orange.fr>", cc="sandra.delomenie@orange.fr",
  hard=True, cte="quoted-printable", mid="plain", reply=True),

R("fr-neg-merci-seance", [],
  ("Lydie Fabre", "lydie.fabre@gmail.com"),
  "merci pour hier",
  """Bonjour Sandra,

Je voulais juste vous dire merci pour la séance d'hier. J'ai dormi comme un bébé pour la première fois depuis des semaines. À dans quinze jours !

Lydie
""", to="c", cte="8bit"),

R("fr-neg-question-prix-seance", [],
  ("Marc Olivier", "marc.olivier@laposte.net"),
  "Tarifs",
  """Bonjour, quels sont vos tarifs pour une séance individuelle et proposez-vous des séances en visio ? Cordialement, M. Olivier
""", to="c", cte="quoted-printable", mid="laposte"),

R("fr-neg-collegue-coordonnees-cliente", [],
  ("Nathalie Sorel - Sophrologue", "nathalie.sorel.sophro@gmail.com"),
  "Mme Brigitte Caillaud",
  """Bonjour Sandra,

Je crois que nous avons une cliente en commun, Brigitte Caillaud, d'Ardentes. Elle m'a parlé de toi en séance. Pourrais-tu me donner son numéro de portable et me dire ce sur quoi vous avez travaillé ensemble ? Ça m'éviterait de repartir de zéro.

Belle journée,
Nathalie
""", to="c", hard=True, cte="8bit"),

R("fr-neg-comptable-factures", [],
  ("Cabinet Fiducial Berry - Stéphanie", "s.aubry@fiduberry.fr"),
  "Pièces manquantes exercice 2025",
  """Bonjour Madame Delomenie,

Pour la clôture de l'exercice, il me manque encore l'export des ventes Stripe de novembre et décembre, la copie des factures fournisseurs Systeme.io et le relevé Qonto de décembre.

Pouvez-vous me les déposer sur l'espace client avant le 15 ?

Cordialement,
Stéphanie Aubry
Collaboratrice comptable
""", to="o", hard=True, date="2026-01-08 09:12", html="alt", cte="quoted-printable", mid="plain",
  headers={"X-Mailer": "Microsoft Outlook 16.0"}),

R("fr-neg-webmaster-cookies", [],
  ("Julien - Web & Sens", "julien@webetsens.fr"),
  "Mise à jour du bandeau cookies",
  """Salut Sandra,

J'ai mis à jour le bandeau cookies du site : le consentement est maintenant demandé avant de charger Google Analytics, et il y a un bouton « Tout refuser » au même niveau que « Tout accepter », comme l'exige la CNIL. J'ai aussi ajouté le lien vers ta politique de confidentialité en pied de page.

Dis-moi si tu veux changer les couleurs.

Julien
""", attach=[("png", "bandeau_cookies_v2.png", "bandeau-cookies")], to="c", hard=True, cte="8bit", mid="plain"),

R("fr-neg-replay-acces", [],
  ("Coralie Simon", "coralie.simon@hotmail.fr"),
  "Pas reçu le replay",
  """Bonjour,

J'étais inscrite au webinaire de mardi mais je n'ai pas pu y assister. Je n'ai pas reçu le lien d'accès au replay, pouvez-vous me le renvoyer ?

Merci,
Coralie
""", to="c", hard=True, cte="quoted-printable", mid="outlook"),

R("fr-neg-consentement-temoignage-donne", [],
  ("Patricia Leblanc", "patricia.leblanc@orange.fr"),
  "Re: Votre avis compte 💬",
  """Bonjour Sandra,

Avec plaisir ! J'accepte que vous publiiez mon témoignage ci-dessous sur votre site avec mon prénom et l'initiale de mon nom :

« Trois mois d'accompagnement qui m'ont permis de retrouver confiance et de changer de métier à 52 ans. Merci Sandra ! » Patricia L.

Patricia
""", to="c", hard=True, html="alt", cte="quoted-printable",
  quote=dict(style="gmail_fr", who="Sandra Delomenie <contact@floraisondesoi.fr>", days=4,
             text="""Bonjour Patricia,

Notre accompagnement se termine et j'aimerais beaucoup recueillir votre avis. Accepteriez-vous que je publie quelques mots de vous sur mon site ?

Merci !
Sandra""")),

R("fr-neg-inscription-newsletter", [],
  ("Romane Dupuis", "romane.dupuis@gmail.com"),
  "newsletter",
  """Bonjour ! Je voudrais recevoir votre newsletter, je n'ai pas trouvé le formulaire sur le site depuis mon téléphone. Mon adresse est celle-ci. Merci :)
""", to="c", hard=True, cte="8bit"),

]
