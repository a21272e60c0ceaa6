# Representatives: guardians of protected adults, lawyers with a mandate, assistants writing for
# their boss, and other holders of a written mandate (all requests).
from common import M, SANDRA, CONTACT, SANDRA_BARE, CONTACT_BARE, q, gmail_fr, gmail_en, apple_fr, outlook_fr, outlook_en, fwd_fr, fwd_en

RECORDS = [

# ---------------------------------------------------------------- guardians of adults
M("b32-rep-mjpm-tutelle-acces", ["access"], "fr",
  "Service MJPM – ATI 36 <mjpm.issoudun@ati36.fr>", "2025-02-19 14:16",
  "Mesure de tutelle – M. Jean-Claude BOURDIN – demande de communication",
  """Madame,

En qualité de mandataire judiciaire à la protection des majeurs, je suis chargée de la mesure de tutelle aux biens et à la personne de Monsieur Jean-Claude BOURDIN, né le 14/09/1962, suivant jugement du juge des contentieux de la protection de Châteauroux du 18 novembre 2024 (copie jointe).

Il apparaît que Monsieur BOURDIN a souscrit auprès de vous un accompagnement en 2024. Afin de pouvoir gérer sa situation, je vous remercie de bien vouloir me communiquer une copie des données personnelles le concernant que vous détenez (coordonnées, contrats, factures, échanges écrits, comptes rendus), ainsi que les éventuels destinataires de ces données.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Mme Corinne Lagarde
Mandataire judiciaire à la protection des majeurs
ATI 36 – Antenne d'Issoudun – 8 rue de la Sous-Préfecture – 36100 Issoudun""",
  attach=[("jugement_tutelle_BOURDIN.pdf", "pdf", "Jugement de tutelle - Jean-Claude Bourdin")]),

# NEAR-LINE: a daughter writing about her living father would be a negative, but she is his
# court-appointed curatrice (curatelle renforcée, judgment attached) -> legal representative -> request.
M("b32-rep-curatrice-fille-effacer", ["erasure"], "fr",
  "Séverine Maillard <severine.maillard@gmail.com>", "2025-04-22 10:55",
  "Demande de suppression – M. Roland Maillard (sous curatelle renforcée)",
  """Bonjour Madame,

Je suis la fille et la curatrice de Monsieur Roland Maillard, placé sous curatelle renforcée par jugement du 3 février 2025 (je joins la copie du jugement et ma pièce d'identité).

Mon père a souscrit l'an dernier, dans une période difficile, plusieurs programmes en ligne chez vous. D'un commun accord avec lui, nous vous demandons la suppression de toutes les données le concernant : compte sur la plateforme, fiches, questionnaires et coordonnées.

Mon père est d'accord et a contresigné ce courrier (voir PDF).

Séverine Maillard""",
  attach=[("jugement_curatelle_Maillard.pdf", "pdf", "Jugement curatelle renforcee - Roland Maillard"),
          ("courrier_signe_suppression.pdf", "pdf", "Demande de suppression signee R. Maillard et S. Maillard")]),

M("b32-rep-udaf-adresse", ["rectification"], "fr",
  "UDAF de l'Indre – Service protection <protection.majeurs@udaf36.fr>", "2025-06-24 11:02",
  "Mme Josiane FAUCHER – changement d'adresse",
  """Madame,

L'UDAF de l'Indre exerce la mesure de curatelle de Madame Josiane FAUCHER, qui participe à votre cercle de parole mensuel.

Madame FAUCHER a changé de domicile. Nous vous remercions de mettre à jour ses coordonnées dans vos fichiers :
Ancienne adresse : 5 rue des Capucins, 36100 Issoudun
Nouvelle adresse : Résidence Les Alisiers, appt 12, 2 avenue Jean Bonnin, 36100 Issoudun

Les factures doivent désormais être adressées au service (adresse ci-dessous), à l'attention de la déléguée, Mme Roche.

Cordialement,
Anne-Sophie Roche, déléguée mandataire
UDAF de l'Indre – 4 rue Bourdillon – 36000 Châteauroux"""),

M("b32-rep-lpa-mother-dementia", ["erasure", "objection"], "en",
  "Philippa Grant <philippa.grant@btinternet.com>", "2025-09-09 12:27",
  "My mother Margaret Grant - LPA attached",
  """Dear Sandra,

I hold a registered Lasting Power of Attorney for health and welfare and for property and financial affairs for my mother, Margaret Grant, who lives near Le Blanc and was diagnosed with Alzheimer's last year. A copy of the LPA and its French apostilled translation are attached.

Mum is still receiving your marketing emails and, worryingly, has signed up to two paid programmes in the last months without understanding what they were. Acting under the LPA, I ask you to stop sending her any marketing and to delete her personal data from your systems, including her account on the course platform.

I'll deal with the subscriptions separately with Stripe.

Kind regards,
Philippa Grant""",
  attach=[("LPA_Margaret_Grant.pdf", "pdf", "Lasting Power of Attorney - Margaret Grant"),
          ("LPA_traduction_apostille.pdf", "pdf", "Traduction certifiee - procuration durable")]),

M("b32-rep-tuteur-frere-geler", ["restriction"], "fr",
  "Jean-Marc Leroux <jm.leroux@orange.fr>", "2025-11-04 16:38",
  "Mon frère Didier Leroux – tutelle",
  """Madame,

Je suis tuteur de mon frère Didier Leroux depuis le jugement du 12 septembre dernier (copie jointe). Mon frère vous a transmis beaucoup de documents personnels lors de ses séances, y compris des éléments médicaux.

Une procédure est en cours devant le juge concernant sa situation. Jusqu'à la décision, je vous demande de conserver son dossier tel quel, sans rien effacer, mais de ne plus l'utiliser ni le traiter de quelque façon que ce soit.

Je vous remercie,
Jean-Marc Leroux""",
  attach=[("jugement_tutelle_Didier_Leroux.pdf", "pdf", "Jugement de tutelle - Didier Leroux")]),

# NEAR-LINE: a son about his living mother would be a negative, but he holds a judge-granted
# habilitation familiale (attached) -> legal representative; he withdraws her testimonial consent.
M("b32-rep-habilitation-temoignage", ["withdraw_consent"], "fr",
  "Arnaud Besson <arnaud.besson@free.fr>", "2026-01-22 19:10",
  "Témoignage vidéo de ma mère, Mme Colette Besson",
  """Madame Deloménie,

Je dispose depuis décembre d'une habilitation familiale générale pour représenter ma mère, Colette Besson (jugement joint). Son état s'est beaucoup dégradé ces derniers mois.

En 2023, elle avait accepté que vous publiiez une vidéo où elle témoigne de son parcours après son veuvage. Je pense qu'aujourd'hui elle ne serait plus en mesure de confirmer cet accord, et la famille ne souhaite pas que cette vidéo continue de circuler. Au nom de ma mère, je retire donc ce consentement et vous demande de dépublier la vidéo.

Bien à vous,
Arnaud Besson""",
  attach=[("jugement_habilitation_familiale.pdf", "pdf", "Jugement habilitation familiale - Colette Besson")]),

M("b32-rep-administrateur-belge", ["access"], "fr-BE",
  "Maître Catherine Dubois <c.dubois@avocats-dubois.be>", "2025-03-26 09:34",
  "Administration de M. Henri Lemmens – demande d'accès aux données",
  """Madame,

Par ordonnance du juge de paix du canton de Mons du 7 janvier 2025, j'ai été désignée administratrice de la personne et des biens de Monsieur Henri LEMMENS.

Monsieur LEMMENS a participé à plusieurs de vos formations en ligne. En ma qualité d'administratrice, je sollicite la communication de l'ensemble des données à caractère personnel que vous traitez à son sujet, la finalité de ces traitements et les destinataires auxquels elles ont été communiquées.

Je joins l'ordonnance me désignant.

Veuillez agréer, Madame, mes salutations distinguées.

Catherine Dubois
Avocate – administratrice judiciaire
Boulevard Dolez 14, 7000 Mons""",
  attach=[("ordonnance_JP_Mons.pdf", "pdf", "Ordonnance juge de paix - administration Lemmens")]),

M("b32-rep-amministratore-italian", ["erasure"], "en-nonnative",
  "Giulia Bianchi <giulia.bianchi@pec-avvocati.it>", "2025-08-05 10:21",
  "Request deletion data - Mr. Paolo Ferri (amministrazione di sostegno)",
  """Dear Madam,

I am the "amministratore di sostegno" (a kind of legal guardian in Italy) of Mr. Paolo Ferri, appointed by the Tribunal of Torino with decree of 14 March 2025, which I attach with an english translation.

Mr. Ferri has bought in 2024 your online courses during a stay in France. In the interest of Mr. Ferri I ask you the cancellation of all his personal data from your databases and from the platform, and the confirmation in written form when it is done.

Kind regards,
Avv. Giulia Bianchi
Via Po 18, 10123 Torino""",
  attach=[("decreto_nomina_ADS_Ferri.pdf", "pdf", "Decreto di nomina amministratore di sostegno - Ferri"),
          ("translation_decree_EN.pdf", "pdf", "English translation of the decree")],
  cte="base64"),

# ---------------------------------------------------------------- lawyers with a mandate
M("b32-rep-avocat-acces-dossier", ["access"], "fr",
  "Maître Sophie Carré <s.carre@carre-avocat.fr>", "2025-01-29 15:52",
  "Demande d'accès – Mme Laetitia Morand – mandat joint",
  """Madame,

J'interviens en qualité de conseil de Madame Laetitia MORAND, qui a suivi un accompagnement individuel auprès de vous de mars à octobre 2024, et dont je vous transmets le mandat exprès signé ainsi que la copie de sa pièce d'identité.

Sur le fondement de l'article 15 du RGPD, ma cliente sollicite la communication de l'intégralité des données la concernant : fiches de suivi, notes prises lors des séances, questionnaires, tests, courriels et messages échangés, y compris via WhatsApp, ainsi que les informations relatives à leur durée de conservation.

Je vous remercie de bien vouloir adresser votre réponse à mon cabinet, dans le délai d'un mois prévu par le règlement.

Je vous prie de croire, Madame, à l'assurance de mes sentiments distingués.

Sophie Carré
Avocat au Barreau de Châteauroux
15 rue Victor Hugo – 36000 Châteauroux

Le présent message est confidentiel et couvert par le secret professionnel.""",
  attach=[("mandat_MORAND_signe.pdf", "pdf", "Mandat expres - Laetitia Morand"),
          ("CNI_MORAND.pdf", "pdf", "Piece d'identite - Laetitia Morand")]),

M("b32-rep-avocate-effacer-opposition", ["erasure", "objection"], "fr",
  "Cabinet Hautier <contact@hautier-avocats.fr>", "2025-05-14 17:05",
  "V/Réf : M. David Clément – effacement et opposition",
  """Madame,

Je suis le conseil de Monsieur David CLÉMENT, qui m'a donné mandat (ci-joint) pour exercer en son nom ses droits sur ses données personnelles.

Mon client s'oppose à toute utilisation de ses données à des fins de prospection commerciale et vous demande l'effacement de l'ensemble des données le concernant, son accompagnement ayant pris fin depuis plus d'un an.

Vous voudrez bien m'adresser confirmation de l'exécution de ces demandes.

Bien à vous,

Maître Valérie Hautier
Avocate – 9 rue Porte Jaune – 18000 Bourges""",
  attach=[("mandat_CLEMENT.pdf", "pdf", "Mandat - David Clement")],
  reply_to="Valérie Hautier <v.hautier@hautier-avocats.fr>"),

M("b32-rep-avocat-gel-litige", ["restriction"], "fr",
  "Maître Guillaume Perret <g.perret@perret-associes.fr>", "2025-10-16 11:48",
  "Mme Nadège Collin – demande de limitation du traitement",
  """Madame,

Je vous écris pour le compte de Madame Nadège COLLIN, dont vous trouverez le mandat en pièce jointe.

Ma cliente conteste l'exactitude de plusieurs mentions portées dans les comptes rendus de séances que vous lui avez transmis (notamment sur sa relation avec son employeur). Un contentieux prud'homal étant en cours, elle vous demande, en application de l'article 18 du RGPD, de limiter le traitement de ses données : elles doivent être conservées en l'état, sans suppression ni modification, mais ne plus faire l'objet d'aucune autre utilisation ni communication, jusqu'à nouvel ordre de ma part.

Je vous remercie de votre diligence.

Guillaume Perret
Perret & Associés – Avocats
Orléans""",
  attach=[("mandat_COLLIN.pdf", "pdf", "Mandat - Nadege Collin")]),

M("b32-rep-solicitor-dsar", ["access"], "en",
  "Amelia Brooks <a.brooks@harcourtsolicitors.co.uk>", "2025-07-02 13:14",
  "Subject Access Request - our client Mr James Whitaker",
  """Dear Ms Deloménie,

We act for Mr James Whitaker, who attended your leadership coaching programme in 2024 while seconded to a company in Orléans.

Please treat this letter as a subject access request under Article 15 GDPR made on his behalf. Our client's signed form of authority and a copy of his passport are enclosed. We request a copy of all personal data you hold about him, including session notes, psychometric results, correspondence and any information shared with his former employer, together with the identity of any recipients.

Please send the response to this office.

Yours sincerely,

Amelia Brooks
Associate, Harcourt Solicitors
14 Lincoln's Inn Fields, London WC2A 3BP

This email is confidential and may be legally privileged.""",
  attach=[("Form_of_Authority_Whitaker.pdf", "pdf", "Form of authority - James Whitaker"),
          ("Passport_Whitaker.jpg", "jpg")]),

M("b32-rep-us-attorney-machine-readable", ["access", "portability"], "en",
  "Daniel Rosen <drosen@rosenpartners.com>", "2025-12-09 17:30",
  "Data request on behalf of Ms. Claire Whitman",
  """Dear Ms. Deloménie,

This firm represents Ms. Claire Whitman, who purchased and completed your online program "Leading with Calm" in 2025. A signed authorization from Ms. Whitman is attached.

On her behalf, we request (1) confirmation of the categories of personal data you hold about her and a copy of that data, and (2) the data she provided to you and her course records (progress, submitted exercises, certificates) in a structured, commonly used, machine-readable format such as CSV or JSON, so that they can be transmitted to her new employer's learning platform.

Thank you for your prompt attention.

Daniel Rosen
Rosen & Partners LLP
New York, NY""",
  attach=[("Whitman_authorization.pdf", "pdf", "Authorization - Claire Whitman")]),

M("b32-rep-avocat-rectification-employeur", ["rectification"], "fr",
  "Maître Karim Haddad <k.haddad@avocat-haddad.fr>", "2026-02-10 10:19",
  "M. Rachid Benali – rectification de données",
  """Madame,

En vertu du mandat que m'a confié Monsieur Rachid BENALI (joint), je vous demande de rectifier les données inexactes figurant dans son dossier :

- le nom de son employeur au moment de la formation n'est pas « Transports Meunier » mais « Meunier Logistique SAS » ;
- les factures et l'attestation de formation doivent être établies au nom de « Rachid BENALI » et non « Rachid BENALLI ».

Je vous remercie de bien vouloir adresser à mon cabinet les documents rectifiés.

Karim Haddad, avocat
Barreau de Tours""",
  attach=[("mandat_BENALI.pdf", "pdf", "Mandat de representation - Rachid Benali")]),

M("b32-rep-avocat-lausanne-effacement", ["erasure"], "fr-CH",
  "Me Laurent Chappuis <l.chappuis@etude-chappuis.ch>", "2025-09-30 08:40",
  "Mme Véronique Jaquier – demande d'effacement",
  """Madame,

Je suis mandaté par Madame Véronique Jaquier, domiciliée à Lausanne, qui a suivi votre formation « Communication bienveillante au travail » en 2023 (procuration annexée).

Ma mandante vous prie d'effacer sans délai l'ensemble des données personnelles la concernant, y compris celles conservées par vos sous-traitants (plateforme de formation et prestataire de paiement), et de me confirmer par écrit l'effacement effectué.

Je vous présente, Madame, mes salutations distinguées.

Laurent Chappuis
Avocat
Avenue de la Gare 10 – 1003 Lausanne""",
  attach=[("procuration_Jaquier.pdf", "pdf", "Procuration - Veronique Jaquier")]),

M("b32-rep-avocat-video-et-tout", ["erasure", "withdraw_consent"], "fr",
  "Maître Élodie Garnier <elodie.garnier@avocat-conseil.fr>", "2026-05-18 16:02",
  "Mme Justine Peyrard – retrait de consentement et effacement",
  """Madame,

Je représente Madame Justine PEYRARD (mandat ci-joint).

Ma cliente avait consenti en 2024 à l'enregistrement et à la publication d'une vidéo témoignage sur votre site et votre chaîne YouTube. Elle retire ce consentement. Elle vous demande en outre l'effacement de la totalité des données la concernant.

Je vous saurais gré de me confirmer, sous quinzaine, la suppression de la vidéo ainsi que de ses autres données.

Élodie Garnier, avocate""",
  attach=[("mandat_PEYRARD.pdf", "pdf", "Mandat - Justine Peyrard")]),

M("b32-rep-avocat-bruxelles-opposition", ["objection"], "fr-BE",
  "Maître Nicolas Peeters <n.peeters@peeters-law.be>", "2025-06-17 14:28",
  "Opposition au traitement – M. Thibault Janssens",
  """Chère Madame,

Je vous écris au nom de mon client, Monsieur Thibault JANSSENS, en vertu du mandat que vous trouverez en annexe.

Mon client a appris que sa situation (anonymisée, mais aisément reconnaissable par ses collègues) était présentée comme « cas pratique » dans vos formations destinées aux managers. Il s'oppose à ce traitement de ses données, ainsi qu'à l'envoi de toute communication commerciale.

Je vous remercie de bien vouloir y donner suite et de m'en informer.

Nicolas Peeters
Avocat au barreau de Bruxelles
Avenue Louise 120 – 1050 Bruxelles""",
  attach=[("mandat_Janssens.pdf", "pdf", "Mandat - Thibault Janssens")]),

M("b32-rep-ufc-association", ["access"], "fr",
  "UFC-Que Choisir de l'Indre <contact@indre.ufcquechoisir.fr>", "2025-11-20 10:12",
  "Litige / demande de communication de données – Mme Patricia Rey",
  """Madame,

Notre association a été saisie par Madame Patricia REY, adhérente, qui nous a donné mandat écrit (joint) pour intervenir en son nom.

Madame REY souhaiterait obtenir communication des données personnelles que vous détenez à son sujet, et notamment savoir comment ses coordonnées ont été obtenues : elle indique avoir reçu vos offres commerciales sans s'être jamais inscrite elle-même.

Nous vous remercions de répondre à l'association, qui transmettra à l'intéressée.

Pour l'association,
Bernard Lhomme, bénévole juriste
UFC-Que Choisir de l'Indre""",
  attach=[("mandat_adherente_REY.pdf", "pdf", "Mandat - Patricia Rey")]),

M("b32-rep-lawyer-access-freeze", ["access", "restriction"], "en",
  "Sophie Laurent-Hughes <slh@laurenthughes.law>", "2025-04-03 12:00",
  "Mr. Peter Hanley - access and restriction request",
  """Dear Madam,

I represent Mr. Peter Hanley (authority attached). Mr. Hanley disputes the accuracy of notes relating to a conversation about his health which he believes you recorded during your group workshop in Poitiers in January.

On his behalf I request: (i) a copy of all personal data you hold relating to him, including those notes; and (ii) that, until the accuracy question is resolved, you restrict processing of those data - keep them, but do not use, share or alter them.

Kind regards,
Sophie Laurent-Hughes
Attorney at law""",
  attach=[("Hanley_authority.pdf", "pdf", "Letter of authority - Peter Hanley")]),

M("b32-rep-avocat-portabilite-csv", ["portability"], "fr",
  "Maître Anne Lecomte <anne.lecomte@lecomte-avocat.fr>", "2026-03-24 09:47",
  "Demande de portabilité – Mme Caroline Texier",
  """Madame,

Agissant en vertu du mandat que m'a confié Madame Caroline TEXIER (ci-joint), je vous demande de transmettre, dans un format structuré, couramment utilisé et lisible par machine (CSV par exemple), les données qu'elle vous a fournies dans le cadre de votre parcours de formation en ligne : réponses aux exercices, historique de progression, évaluations.

Ma cliente souhaite que ces données soient transmises directement à l'organisme de formation qui reprend son parcours : Formaplus Centre, à l'adresse dpo@formaplus-centre.fr.

Je vous remercie par avance.

Anne Lecomte, avocate à Blois""",
  attach=[("mandat_TEXIER.pdf", "pdf", "Mandat - Caroline Texier")]),

M("b32-rep-avocat-origine-destinataires", ["access"], "fr",
  "Maître Paul-Henri Sauvage <ph.sauvage@sauvage-avocats.com>", "2026-06-02 15:35",
  "Mme Odile Granger",
  """Madame,

Je suis mandaté par Madame Odile GRANGER (mandat et pièce d'identité joints).

Ma cliente a reçu un appel d'un organisme de formation tiers qui semblait connaître précisément son parcours chez vous. Elle souhaite donc savoir : quelles données vous détenez sur elle, d'où elles proviennent, et à quels tiers (partenaires, prestataires, autres formateurs) elles ont été communiquées, avec les dates.

Bien respectueusement,
Paul-Henri Sauvage
Avocat à Paris""",
  attach=[("mandat_GRANGER.pdf", "pdf", "Mandat - Odile Granger"),
          ("CNI_GRANGER.jpg", "jpg")]),

# ---------------------------------------------------------------- assistants writing for the boss
M("b32-rep-assistante-pdg-copie", ["access"], "fr",
  "Isabelle Roy <isabelle.roy@groupe-verdier.fr>", "2025-02-06 09:28",
  "Pour M. Verdier – demande de copie de son dossier",
  """Bonjour Madame Deloménie,

Je suis l'assistante de direction de Monsieur Alain Verdier, PDG du Groupe Verdier, que vous avez accompagné en coaching individuel en 2024.

M. Verdier m'a demandé de vous écrire pour obtenir une copie de l'ensemble des données que vous détenez à son nom : comptes rendus de séances, tests, feuilles de route. Il souhaite les relire avant de démarrer un nouvel accompagnement. Il est en copie de ce message et confirmera si besoin.

Pourriez-vous envoyer les documents directement à son adresse personnelle (a.verdier@gmail.com) ?

Bien cordialement,
Isabelle Roy
Assistante de direction – Groupe Verdier
ZI des Grands Champs – 36100 Issoudun""",
  cc="Alain Verdier <alain.verdier@groupe-verdier.fr>"),

M("b32-rep-assistant-nouvelle-adresse-boss", ["rectification"], "fr",
  "Thomas Pichon <thomas.pichon@biocoop-berry.fr>", "2025-08-19 14:44",
  "Mise à jour de l'adresse mail de Mme Leclerc",
  """Bonjour,

Je vous écris de la part de Mme Anne Leclerc, directrice, qui suit votre programme "Manager en conscience".

Son adresse électronique change : merci de remplacer anne.leclerc@biocoop-berry.fr par anne.leclerc@leclerc-conseil.fr dans votre fichier et sur la plateforme de formation. L'ancienne boîte sera fermée à la fin du mois.

Merci d'avance,
Thomas Pichon
Assistant de direction"""),

M("b32-rep-pa-ceo-unsubscribe", ["objection"], "en",
  "Grace Whitman <grace.whitman@northbridgecapital.com>", "2025-10-07 08:03",
  "Unsubscribe - Mr. Richard Hale",
  """Good morning,

I'm the executive assistant to Richard Hale, who attended your executive workshop in Paris last spring. Richard has asked me to have him removed from your newsletter and any promotional mailings. He's happy to be contacted directly if there is anything relating to the programme itself.

Many thanks,
Grace Whitman
Executive Assistant to the CEO
Northbridge Capital | 30 St Mary Axe, London""",
  fmt="alt"),

M("b32-rep-assistante-supprimer-boss", ["erasure"], "fr",
  "Mélanie Joly <m.joly@cabinet-dentaire-joly.fr>", "2025-12-11 12:16",
  "Dr Fabrice Joly – suppression de ses données",
  """Bonjour,

Secrétaire du Dr Fabrice Joly, je vous écris à sa demande. Le Dr Joly a suivi votre formation sur la gestion du stress en 2023 et souhaite que vous supprimiez toutes ses données personnelles de vos fichiers (fiche d'inscription, compte en ligne, historique).

Il vous remercie de lui confirmer la suppression sur son adresse : f.joly@cabinet-dentaire-joly.fr.

Cordialement,
Mélanie Joly
Secrétariat médical – Cabinet dentaire Joly"""),

M("b32-rep-ea-testimonial-linkedin", ["withdraw_consent"], "en",
  "Priya Natarajan <priya.n@helixbio.eu>", "2026-03-17 11:51",
  "Dr. Stefan Kohl's testimonial",
  """Dear Sandra,

I'm writing on behalf of Dr. Stefan Kohl, our Chief Scientific Officer, whose assistant I am.

Last year Dr. Kohl agreed to let you quote him, with his name and photo, in a testimonial about your team-coaching programme. Given his new role, he is withdrawing that consent: please remove the quote and photo from your website and from the LinkedIn post where it was shared.

Dr. Kohl is cc'd for confirmation.

Best regards,
Priya Natarajan
Executive Assistant, Helix Bio GmbH""",
  cc="Stefan Kohl <stefan.kohl@helixbio.eu>"),

M("b32-rep-secretaire-medecin-export", ["portability"], "fr",
  "Secrétariat Dr Moulin <secretariat.drmoulin@medecin36.fr>", "2026-04-01 10:07",
  "Dr Hervé Moulin – export de son parcours de formation",
  """Bonjour,

Le Dr Hervé Moulin, qui a suivi votre parcours en ligne sur l'écoute active, me charge de vous demander l'export de ses données de formation (modules suivis, durées de connexion, quiz, attestation) dans un format exploitable, type tableur, afin de les transférer à son organisme de DPC.

Pourriez-vous nous l'envoyer à cette adresse ?

Merci,
Corinne, secrétaire du Dr Moulin"""),

M("b32-rep-assistante-ne-plus-utiliser", ["restriction"], "fr",
  "Audrey Lambert <a.lambert@garnier-immobilier.fr>", "2025-05-21 17:55",
  "Demande de M. Garnier",
  """Bonjour Madame,

M. Xavier Garnier, que vous accompagnez depuis janvier, m'a demandé de vous indiquer qu'il souhaite que vous ne fassiez plus aucune utilisation de ses données (pas de compte rendu transmis à qui que ce soit, pas de mails automatiques, pas d'analyse de ses questionnaires) tant qu'il n'a pas repris contact avec vous. Il précise bien qu'il ne faut rien supprimer pour l'instant.

Il traverse une période compliquée et reprendra la main d'ici l'été.

Cordialement,
Audrey Lambert
Assistante de M. Garnier – Garnier Immobilier"""),

M("b32-rep-assistant-address-sms", ["objection", "rectification"], "en",
  "Lucas Meyer <lucas.meyer@vantage-consulting.ch>", "2026-01-15 13:22",
  "For Ms. Olga Petrenko - address update / SMS",
  """Hello,

On behalf of Ms. Olga Petrenko (I'm her assistant), two things:

1. Her postal address has changed. Old: Rue du Rhône 48, 1204 Geneva. New: Chemin des Crêts 17, 1218 Le Grand-Saconnex. Please update it for invoices.
2. She no longer wishes to receive promotional text messages from you. Appointment reminders are fine.

Thank you,
Lucas Meyer
Vantage Consulting SA"""),

M("b32-rep-assistante-suisse-acces", ["access"], "fr-CH",
  "Nicole Baumann <nicole.baumann@fiduciaire-baumann.ch>", "2025-07-23 09:38",
  "Demande de M. Peter Baumann",
  """Madame,

Je me permets de vous écrire au nom de Monsieur Peter Baumann, directeur de notre fiduciaire, dont je suis l'assistante.

Monsieur Baumann souhaite savoir quelles données personnelles vous détenez à son sujet suite au séminaire de Neuchâtel, et en recevoir une copie. Il a signé le courrier ci-joint.

Avec mes meilleures salutations,
Nicole Baumann
Fiduciaire Baumann SA – Neuchâtel""",
  attach=[("demande_acces_P_Baumann.pdf", "pdf", "Demande d'acces signee - Peter Baumann")]),

M("b32-rep-assistante-photos-newsletter", ["objection", "withdraw_consent"], "fr",
  "Chloé Marchand <chloe.marchand@mairie-vatan.fr>", "2026-05-12 11:33",
  "De la part de Mme le Maire",
  """Bonjour Madame Deloménie,

Je vous contacte de la part de Mme Françoise Dupuis, maire, que j'assiste au cabinet.

Mme Dupuis avait donné son accord pour que les photos prises lors de votre conférence sur le leadership au féminin soient utilisées dans votre communication. Elle retire cet accord, vu la période électorale qui approche ; merci de retirer les photos où elle apparaît.

Elle souhaite aussi ne plus recevoir votre newsletter sur son adresse personnelle.

Bien cordialement,
Chloé Marchand
Assistante de cabinet – Mairie de Vatan""",
  cte="quoted-printable"),

M("b32-rep-ea-coaching-export-newcoach", ["portability"], "en",
  "Hannah Fischer <hannah.fischer@brightlane.de>", "2025-11-26 15:05",
  "Transfer of Mr. Weber's coaching assessments",
  """Dear Ms. Deloménie,

I assist Mr. Jonas Weber, Managing Director at Brightlane. He is starting a new leadership coaching with a coach in Munich and would like the assessments and self-evaluations he completed with you to be transferred to her in a reusable digital format (Excel or CSV is fine).

The new coach's address is: mail@coaching-anna-roth.de. Mr. Weber is in copy and agrees to this transfer.

Kind regards,
Hannah Fischer
Office of the Managing Director""",
  cc="Jonas Weber <jonas.weber@brightlane.de>"),

M("b32-rep-assistante-effacement-tout", ["erasure"], "fr",
  "Sophie Tessier <stessier@tessier-avocats-associes.fr>", "2026-06-16 18:12",
  "Me Tessier – effacement des données",
  """Bonjour,

Je vous écris pour Maître Jacques Tessier, dont je suis l'assistante, qui avait participé à un atelier de prise de parole en public chez vous en 2022.

Maître Tessier vous demande de bien vouloir effacer l'ensemble des données personnelles le concernant et de lui en faire confirmation.

Cordialement,
Sophie Tessier
Assistante juridique"""),

# ---------------------------------------------------------------- other written mandates
# NEAR-LINE: a husband about his living wife would be a negative, but he attaches her signed
# procuration and her ID for this specific request -> treated like any mandated representative.
M("b32-rep-mari-procuration-signee", ["erasure"], "fr",
  "Patrick Hubert <patrick.hubert36@orange.fr>", "2026-02-02 20:26",
  "Demande de suppression pour mon épouse (procuration jointe)",
  """Madame,

Mon épouse, Martine Hubert, est actuellement hospitalisée pour plusieurs semaines et n'a pas accès à ses mails. Elle m'a signé la procuration ci-jointe pour vous adresser la demande suivante en son nom :

« Je demande la suppression de toutes mes données personnelles détenues par Floraison de Soi, y compris mon compte sur la plateforme de formation. »

Vous trouverez également la copie de sa carte d'identité.

Cordialement,
Patrick Hubert""",
  attach=[("procuration_Martine_Hubert.pdf", "pdf", "Procuration - Martine Hubert donne pouvoir a Patrick Hubert"),
          ("CNI_Martine_Hubert.jpg", "jpg")]),

M("b32-rep-mandat-protection-future", ["access"], "fr",
  "Geneviève Colas <genevieve.colas@laposte.net>", "2026-05-29 10:58",
  "Mandat de protection future – ma tante Mme Simone Colas",
  """Madame,

Ma tante, Madame Simone Colas, avait établi en 2021 un mandat de protection future par acte notarié me désignant comme mandataire. Ce mandat a été mis à exécution le 6 mai 2026 (visa du greffe joint).

Dans ce cadre, je vous demande de me communiquer les informations que vous détenez sur elle : contrats souscrits, factures, données de son compte en ligne et tout document la concernant.

Je vous remercie,
Geneviève Colas""",
  attach=[("mandat_protection_future_vise.pdf", "pdf", "Mandat de protection future - vise greffe - Simone Colas")]),

M("b32-rep-avocat-trois-droits", ["access", "objection", "rectification"], "fr",
  "Maître Claire Bouvier <c.bouvier@bouvier-avocat.fr>", "2025-12-22 10:26",
  "Mme Agnès Lebrun – exercice de ses droits (mandat joint)",
  """Madame,

Je suis le conseil de Madame Agnès LEBRUN, dont je vous transmets le mandat signé.

Ma cliente vous demande :
1. la communication d'une copie de l'ensemble des données la concernant ;
2. la rectification de son adresse postale, qui est désormais 9 rue des Remparts, 36100 Issoudun (et non plus 31 avenue de la Gare, 36000 Châteauroux) ;
3. la cessation de tout envoi de messages commerciaux, ma cliente s'opposant à la prospection.

Je vous remercie de me faire parvenir votre réponse dans le délai légal.

Claire Bouvier
Avocate au Barreau de l'Indre""",
  attach=[("mandat_LEBRUN.pdf", "pdf", "Mandat - Agnes Lebrun")]),

# NEAR-LINE: the assistant forwards her boss's own written request (quoted below her note); the new text relays it -> erasure. His mention of 'relances' is context, not an unsubscribe request.
M("b32-rep-assistante-transfert-demande-boss", ["erasure"], "fr",
  "Sandrine Guillon <s.guillon@cabinet-archi-moreau.fr>", "2026-04-09 14:52",
  "TR: suppression de mes données",
  """Bonjour Madame Deloménie,

Je vous transfère ci-dessous la demande de M. Moreau, qui n'avait pas votre adresse sous la main. Merci de lui répondre directement.

Cordialement,
Sandrine Guillon
Assistante – Cabinet d'architecture Moreau

""" + outlook_fr("Vincent Moreau <v.moreau@cabinet-archi-moreau.fr>", "jeudi 9 avril 2026 13:40",
                 "Sandrine Guillon <s.guillon@cabinet-archi-moreau.fr>", "suppression de mes données",
                 """Sandrine,

Peux-tu écrire à la coach de l'atelier prise de parole de l'an dernier (Floraison de Soi) ? Je veux qu'elle supprime toutes mes données, je ne suivrai pas la suite du programme et je reçois encore des relances.

Merci,
Vincent"""),
  reply_to="Vincent Moreau <v.moreau@cabinet-archi-moreau.fr>"),

]
