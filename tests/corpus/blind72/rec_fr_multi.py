# French requests exercising two or more rights at once.
from rec_common import R, HER

R("fr-m-copie-avant-suppr", "Avant de tout supprimer",
  """Bonjour Sandra,

J'aimerais garder une trace de mon parcours : pourrais-tu m'envoyer une copie de mes notes et questionnaires ? Une fois que je les aurai reçus, tu pourras tout effacer de ton côté, je ne reprendrai pas l'accompagnement.

Merci beaucoup,
Fanny""", ["access", "erasure"], frm="Fanny Guillemin <fanny.guillemin@gmail.com>")

R("fr-m-desabo-suppr", "désinscription et suppression",
  """Bonjour,
Merci de me désabonner de la newsletter ET de supprimer mes coordonnées de votre fichier. Je ne veux plus figurer nulle part.
Alain Poulain""", ["erasure", "objection"], frm="Alain Poulain <alain.poulain@free.fr>")

R("fr-m-corriger-puis-suppr", "Correction puis suppression",
  """Bonjour Madame,

Deux choses :
1) mon adresse mail est fausse dans votre fichier de facturation (c'est bien marc.henriet@orange.fr, sans le "t" final que vous avez ajouté) — les factures doivent rester correctes pour ma comptabilité ;
2) en revanche, je souhaite que le questionnaire de santé rempli au début soit supprimé, il n'a plus lieu d'être.

Merci,
Marc Henriet""", ["erasure", "rectification"], frm="Marc Henriet <marc.henriet@orange.fr>")

R("fr-m-voir-et-fichier", "Ce que vous avez + export",
  """Bonjour,

Je voudrais savoir précisément quelles données vous conservez sur moi, et recevoir aussi l'historique de mes réservations dans un fichier exploitable (CSV) pour l'importer dans mon propre agenda de suivi.

Merci,
Chloé Bertin""", ["access", "portability"], frm="Chloé Bertin <chloe.bertin@gmail.com>")

R("fr-m-acces-rectif", "Vérification de mon dossier",
  """Bonjour Sandra,

Pourrais-tu m'envoyer ce que tu as dans mon dossier ? Je crois que ma date de naissance et mon adresse y sont encore les anciennes (j'habite maintenant 3 impasse des Vignes, 36100 Issoudun, et je suis née le 7 mai 1979, pas 1997 !). Merci de corriger et de me renvoyer la fiche à jour.

Bises,
Laetitia""", ["access", "rectification"], frm="Laetitia Moreau <laetitia.moreau@icloud.com>")

R("fr-m-temoignage-et-tout", "Retrait de mon témoignage et effacement",
  """Bonjour,

Je vous demande de retirer mon témoignage écrit et ma photo de votre site et de votre page systeme.io, et, plus largement, d'effacer toutes les données que vous détenez à mon sujet.

Cordialement,
Yolande Mercier""", ["erasure", "withdraw_consent"], frm="Yolande Mercier <yolande.mercier@laposte.net>")

R("fr-m-conteste-et-copie", "Contestation et copie",
  """Madame,

Je conteste l'exactitude des observations consignées lors de l'entretien de positionnement du 4 avril. Je vous demande d'une part de m'en adresser une copie intégrale, et d'autre part de ne plus les utiliser tant que nous n'aurons pas vérifié ensemble leur contenu.

Cordialement,
Fabrice Joly""", ["access", "restriction"], frm="Fabrice Joly <fabrice.joly@outlook.fr>")

R("fr-m-conteste-corrige-gel", "Bilan inexact",
  """Bonjour Sandra,

Le bilan de mi-parcours indique que je suis "sans diplôme". J'ai un BTS assistant manager (2012), je peux vous envoyer le diplôme. Merci de corriger. Et tant que ce n'est pas fait, je ne veux pas que ce bilan soit transmis à Pôle emploi / France Travail ni utilisé.

Merci,
Samia Haddad""", ["rectification", "restriction"], frm="Samia Haddad <samia.haddad@gmail.com>")
# NEAR-LINE: contest + pause would be restriction only; the correct value is given and correction asked, so rectification is added

R("fr-m-newsletter-temoignage", "Plusieurs choses",
  """Bonjour Sandra,
je ne souhaite plus recevoir la lettre mensuelle, et je voudrais aussi que tu retires mon témoignage de la page d'accueil. Rien de grave, je change juste de voie !
Merci, belle continuation
Delphine M.""", ["objection", "withdraw_consent"], frm="Delphine Mazet <delphine.mazet@gmail.com>")

R("fr-m-opp-acces", "Publicité et données",
  """Bonjour,

Je ne veux plus faire l'objet de démarchage commercial de votre part. Par ailleurs, merci de m'indiquer quelles données vous avez sur moi et d'où vous les tenez, car je ne suis jamais venue à vos ateliers.

Cordialement,
Ghislaine Pottier""", ["access", "objection"], frm="Ghislaine Pottier <ghislaine.pottier@orange.fr>")

R("fr-m-pm-et-copie", "Mes volontés + une copie",
  """Bonjour Sandra,

Deux demandes. D'abord, j'aimerais recevoir dès maintenant une copie de mon dossier d'accompagnement. Ensuite, pour l'avenir : à mon décès, je souhaite que ce dossier soit détruit et qu'il ne soit communiqué à personne, pas même à mes enfants.

Merci de m'en accuser réception.
Gilbert Charron""", ["access", "post_mortem"], frm="Gilbert Charron <gilbert.charron@wanadoo.fr>")
# NEAR-LINE: own instructions for after death (post_mortem) plus a current access request -> both

R("fr-m-gel-et-opposition", "Mes données – pas de suppression",
  """Bonjour,

Je ne veux plus recevoir aucune proposition commerciale de votre part. Par contre ne supprimez surtout pas mon dossier : je pourrais en avoir besoin pour une procédure avec ma mutuelle, donc gardez-le tel quel sans vous en servir.

Francis Delorme""", ["objection", "restriction"], frm="Francis Delorme <francis.delorme@sfr.fr>")

R("fr-m-export-puis-suppr", "Récupérer puis supprimer",
  """Bonjour Madame Delomenie,

Je souhaite récupérer mes données dans un format réutilisable (export de mon espace de formation, fichiers de mes exercices) afin de les conserver ailleurs, puis que mon compte et toutes mes données soient supprimés.

Merci d'avance,
Valentin Roux""", ["erasure", "portability"], frm="Valentin Roux <valentin.roux@gmail.com>")

R("fr-m-trois-droits", "Demande RGPD",
  """Madame,

Je vous prie :
- de me communiquer l'ensemble des données personnelles me concernant (art. 15) ;
- de cesser tout envoi de newsletter et de message promotionnel (art. 21) ;
- puis de supprimer ces données (art. 17) une fois la copie transmise.

Ci-joint ma pièce d'identité.

Régine Boulay""", ["access", "erasure", "objection"], frm="Régine Boulay <regine.boulay@gmail.com>",
  att=[("pdf", "piece_identite.pdf", "CARTE NATIONALE D'IDENTITE - BOULAY Regine - nee le 22.11.1961")])

R("fr-m-rectif-opp", "Adresse + plus de courrier",
  """Bonjour,
J'ai changé d'adresse : 18 rue Porte Neuve, 36100 Issoudun. Mettez à jour pour les factures s'il vous plaît. Et arrêtez de m'envoyer les catalogues papier, je n'en veux plus.
Merci
Robert Vial""", ["objection", "rectification"], frm="Robert Vial <robert.vial@orange.fr>")

R("fr-m-retrait-photo-copie", "photos du stage",
  """Bonjour Sandra !

Je retire mon accord pour l'utilisation des photos du stage de juillet où j'apparais (Instagram et site). Et est-ce que tu peux m'envoyer les photos de moi que tu as gardées ? J'aimerais bien les avoir.

Merci ❤️
Clémence""", ["access", "withdraw_consent"], frm="Clémence Brault <clemence.brault@gmail.com>")

R("fr-m-porta-acces-effac", "Fin de parcours - données",
  """Bonjour,

À la fin de mon parcours je souhaiterais :
- savoir quelles informations vous avez collectées à mon sujet ;
- récupérer mes fiches d'exercices dans un format que je puisse réutiliser chez mon nouveau thérapeute (il accepte PDF éditable ou tableur) ;
- que vous effaciez ensuite mon dossier.

Bien cordialement,
Yann Kerbrat""", ["access", "erasure", "portability"], frm="Yann Kerbrat <yann.kerbrat@orange.fr>")

R("fr-m-parent-mineur", "Données de ma fille",
  """Bonjour Madame,

Ma fille Inès, 15 ans, a participé à l'atelier ados "Confiance en soi" en février. Je souhaiterais savoir quelles informations vous avez recueillies à son sujet, et que la photo de groupe où elle apparaît soit retirée de votre page Facebook — je retire l'autorisation que j'avais signée.

Bien cordialement,
Nadia Belkacem""", ["access", "withdraw_consent"], frm="Nadia Belkacem <nadia.belkacem@hotmail.fr>")

R("fr-m-suppr-sauf-factures", "Suppression partielle",
  """Bonjour Sandra,

Je voudrais que tu supprimes mes notes de séances et mes enregistrements, et que tu ne m'envoies plus d'informations sur les ateliers. Je comprends que les factures doivent être gardées pour la compta, ça me va.

Merci,
Ludovic""", ["erasure", "objection"], frm="Ludovic Sarrazin <ludovic.sarrazin@gmail.com>")

R("fr-m-belge-acces-porta", "Mes données en fichier",
  """Bonjour Madame,

Pourriez-vous me faire savoir quelles données me concernant se trouvent encore chez vous et me les envoyer dans un fichier que je pourrai ouvrir avec Excel ? Je les transférerai à la coach qui prend le relais à Liège.

Je vous en remercie,
Pierre-Yves Lambotte""", ["access", "portability"], frm="Pierre-Yves Lambotte <py.lambotte@skynet.be>")

R("fr-m-rectif-effac", "mise à jour",
  """Bonsoir,
Vous pouvez corriger mon prénom (Maxence et pas Maxime) sur ma fiche ? Et par contre les numéros de téléphone de mes proches que j'avais donnés comme contacts d'urgence pour le stage, il faut les enlever, le stage est fini.
Merci
Maxence""", ["erasure", "rectification"], frm="Maxence Leroux <maxence.leroux@laposte.net>")
# NEAR-LINE: emergency contacts removed with no replacement value -> erasure, not rectification

R("fr-m-opp-profil-retrait-stats", "Sondages",
  """Bonjour,

J'ai répondu à vos sondages de satisfaction en tant que non-cliente, en donnant mon accord. Je retire cet accord, et je m'oppose aussi à ce que mon adresse serve à vos campagnes de publicité ciblée.

Merci,
Cécile Andrieu""", ["objection", "withdraw_consent"], frm="Cécile Andrieu <cecile.andrieu@gmail.com>")

R("fr-m-avocat-multi", "Mandat – M. Thierry Besson",
  """Madame,

Agissant pour le compte de M. Thierry Besson (mandat ci-joint), je vous demande :
1. la communication de l'intégralité des données le concernant, y compris les notes prises lors des séances ;
2. la rectification de la mention erronée relative à son arrêt maladie (il s'agit d'un congé sabbatique) ;
3. la limitation du traitement de son dossier dans l'attente de ces opérations.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Maître Sophie Delaunay""", ["access", "rectification", "restriction"],
  frm="Me Sophie Delaunay <s.delaunay@avocats-bourges.fr>",
  att=[("pdf", "mandat_Besson.pdf", "MANDAT DE REPRESENTATION - Thierry Besson - Me Sophie Delaunay")])

R("fr-m-quebec-desabo-effacer", "désabonnement",
  """Allô,
Je veux me désabonner de votre infolettre, pis effacez mon adresse courriel de votre liste au complet s'il vous plaît. Merci!
Sylvain Gagnon""", ["erasure", "objection"], frm="Sylvain Gagnon <sylvain.gagnon@videotron.ca>")
# NEAR-LINE: "effacez mon adresse ... de votre liste" could be unsubscribe wording only; "au complet" + effacer asks deletion -> erasure + objection

R("fr-m-pm-directive-effacer-maintenant", "Pour plus tard, et pour maintenant",
  """Sandra,

Pour maintenant : merci d'effacer les enregistrements audio de nos séances de 2023.
Pour plus tard : si je venais à disparaître, je souhaite que mon fils Hugo puisse récupérer mes carnets d'exercices, et que le reste soit supprimé.

Avec toute mon amitié,
Jacqueline""", ["erasure", "post_mortem"], frm="Jacqueline Rambert <jacqueline.rambert@orange.fr>")
# NEAR-LINE: instructions for after her own death plus a current erasure -> post_mortem + erasure

R("fr-m-acces-obj-fb", "Groupe Facebook et données",
  """Bonjour,

J'ai quitté le groupe Facebook privé de la formation. Merci de ne plus m'y ajouter ni me contacter via Messenger, et pouvez-vous me dire quelles données issues de ce groupe vous avez conservées sur moi ?

Salutations,
Thomas Huet""", ["access", "objection"], frm="Thomas Huet <thomas.huet@gmail.com>")

R("fr-m-rh-salarie", "Demande de notre salariée (mandat)",
  """Bonjour Madame Delomenie,

Je suis responsable RH chez Menuiseries Berrichonnes. Notre salariée Mme Karima Touati, qui a suivi votre formation "Gestion du stress" financée par l'entreprise, m'a mandatée par écrit (document joint) pour vous demander la copie de ses évaluations individuelles puis leur suppression de vos fichiers. Elle est en copie de ce mail.

Cordialement,
Florence Aubert
Ressources humaines""", ["access", "erasure"], frm="Florence Aubert <f.aubert@menuiseries-berrichonnes.fr>",
  headers={"Cc": "Karima Touati <karima.touati@gmail.com>"},
  att=[("pdf", "mandat_Touati.pdf", "Je soussignee Karima Touati mandate Florence Aubert (RH) pour ma demande de donnees")])
# NEAR-LINE: HR writing about another adult would be negative, but the employee mandated her and is in copy -> request

R("fr-m-opp-rectif-quebec", "Erreur + courriels",
  """Bonjour,
Mon nom de famille est mal écrit dans vos courriels : c'est Bélanger, pas Belenger. Corrigez-le s'il vous plaît. Aussi, je ne veux plus recevoir les offres promotionnelles, juste les infos de la formation en cours.
Merci
Josée Bélanger""", ["objection", "rectification"], frm="Josée Bélanger <josee.belanger@sympatico.ca>")

R("fr-m-effac-retrait-video", "Vidéo + mon compte",
  """Bonjour Sandra,

Je retire mon accord pour la vidéo témoignage tournée au salon bien-être. Et tant qu'on y est, supprime mon compte systeme.io et tout ce qui va avec, je n'utiliserai plus la plateforme.

Merci
Romain""", ["erasure", "withdraw_consent"], frm="Romain Labbé <romain.labbe@outlook.fr>", html="alt")

R("fr-m-limitation-porta", "export et ne pas effacer",
  """Bonjour,

Mon compte sur l'espace formation va expirer. Je voudrais un export de mes données (résultats, attestations, exercices) dans un format réutilisable, et que vous ne les effaciez pas à l'expiration : gardez-les sans les utiliser, le temps que je règle un litige avec mon OPCO.

Cordialement,
Mathilde Perrot""", ["portability", "restriction"], frm="Mathilde Perrot <mathilde.perrot@gmail.com>")

R("fr-m-typos-tout", "donnees",
  """bonjour jveux savoir ce que vous avez sur moi et apres vous efacez tout svp, et plus de mail merci
steph""", ["access", "erasure", "objection"], frm="steph <steph.rocher36@gmail.com>")

R("fr-m-suisse-rect-porta", "Mise à jour et transfert",
  """Bonjour Madame,

Veuillez d'abord corriger mon adresse, désormais Chemin des Vignes 7, 1009 Pully. Ensuite, je vous prie de transmettre mes données d'accompagnement au format électronique structuré à mon nouveau coach, M. Urs Baumann (u.baumann@coaching-lavaux.ch).

Avec mes remerciements,
Claudine Meylan""", ["portability", "rectification"], frm="Claudine Meylan <claudine.meylan@bluewin.ch>")

R("fr-m-desabo-garder", "Plus de newsletter mais...",
  """Bonjour Sandra,
Je me désabonne de la newsletter. Par contre je ne veux pas que mon dossier soit effacé : je reviendrai peut-être, et j'aurai besoin de mes notes à ce moment-là. En attendant, qu'elles ne servent à rien d'autre.
Merci
Armand""", ["objection", "restriction"], frm="Armand Giraud <armand.giraud@free.fr>")

R("fr-m-acces-effac-buried", "Des nouvelles !",
  """Bonjour Sandra,

Voilà un an que nous avons terminé notre travail ensemble, et je voulais vous donner des nouvelles : j'ai finalement quitté la banque, repris des études d'ébéniste, et je m'éclate. Le travail sur les valeurs qu'on avait fait m'a beaucoup aidée à franchir le pas. Mes enfants se sont aussi habitués au nouveau rythme, même si ce n'était pas gagné.

Petite chose administrative au passage : j'aimerais récupérer une copie de ce que vous avez noté sur moi pendant nos séances, puis que tout soit supprimé de votre côté. Je préfère repartir de zéro.

Encore merci, et au plaisir de vous croiser au marché !
Hélène Bouchard""", ["access", "erasure"], frm="Hélène Bouchard <helene.bouchard@laposte.net>")

R("fr-m-rectif-acces-apple", "Re: Votre attestation de formation",
  """Bonjour Sandra,
L'attestation indique 14 h au lieu de 21 h, et mon prénom est Anne-Sophie (avec trait d'union). Pouvez-vous corriger ? Et pour vérifier le reste, pouvez-vous m'envoyer ce que vous avez enregistré sur moi pour cette formation ?
Merci !
Anne-Sophie

Envoyé de mon iPhone""", ["access", "rectification"], frm="Anne-Sophie Colas <annesophie.colas@icloud.com>",
  q="""Bonjour Anne Sophie,
Vous trouverez ci-joint votre attestation de fin de formation.
Bien à vous,
Sandra Delomenie
Floraison de Soi""", qs="apple")
# NEAR-LINE: hours on an attestation are about her training record -> rectification; plus access to what is held

R("fr-m-consent-photo-oppo", "Photos et newsletter",
  """Bonjour,
Je ne veux plus que les photos de moi prises à l'atelier soient utilisées (je retire mon accord) et je m'oppose à recevoir vos messages commerciaux par SMS.
Cordialement
Agnès Lebrun""", ["objection", "withdraw_consent"], frm="Agnès Lebrun <agnes.lebrun@wanadoo.fr>")
