"""Forwarded messages (inline and as message/rfc822) and website contact-form
notifications, requests and negatives."""
from records_common import R, SANDRA, CONTACT, SANDRA_SIG

RECORDS = [

# NEAR-LINE: the new text asks her to handle the request forwarded as an attachment;
# the attached message is the sender's own earlier access request -> access.
R("fwd-fr-resend-request-attached", ["access"], "fr",
  "Yvonne Letellier <yvonne.letellier@gmail.com>",
  "Fwd: Demande de copie de mon dossier",
  "2025-05-05 10:40",
  """Bonjour Madame Delomenie,

Je vous renvoie en pièce jointe le message que j'avais adressé le 2 avril à votre adresse contact@, resté sans réponse. Je maintiens ma demande : merci de me faire parvenir la copie de mon dossier et de toutes les données que vous avez sur moi.

Yvonne Letellier""",
  fwd_msg=dict(frm="Yvonne Letellier <yvonne.letellier@gmail.com>", to="contact@floraisondesoi.fr",
               subj="Demande de copie de mon dossier", date="2025-04-02 09:15",
               body="""Bonjour,

J'ai été suivie en coaching en 2024. Pourriez-vous m'envoyer une copie de mon dossier et des données me concernant ?

Merci,
Yvonne Letellier""")),

# NEAR-LINE: the wrapper is a machine notification, but the message inside is a person
# writing to her through her own site -> erasure.
R("form-fr-contact-erasure", ["erasure"], "fr",
  "Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Martine Lebon",
  "2025-07-14 15:26",
  """De : Martine Lebon <martine.lebon@gmail.com>
Objet : Mes données

Corps du message :
Bonjour, j'ai téléchargé votre ebook il y a longtemps et je reçois encore des messages. Je ne suis plus du tout concernée : merci de supprimer toutes mes données de votre fichier, mon adresse comme mon prénom.
Bonne journée

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  to="contact@floraisondesoi.fr", reply_to="Martine Lebon <martine.lebon@gmail.com>",
  client="system"),

R("form-fr-contact-booking", [], "fr",
  "Floraison de Soi <wordpress@floraisondesoi.fr>",
  "[Floraison de Soi] Nouveau message de Kévin Marchand",
  "2025-09-01 12:03",
  """De : Kévin Marchand <kevin.marchand@gmail.com>
Objet : Coaching pour mon fils

Corps du message :
Bonjour, mon fils de 16 ans manque beaucoup de confiance en lui depuis son entrée au lycée. Proposez-vous des séances individuelles pour les ados, et quels sont vos tarifs ? J'ai lu la partie sur les données de santé dans votre politique, pas de souci pour nous.

--
Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)""",
  to="contact@floraisondesoi.fr", reply_to="Kévin Marchand <kevin.marchand@gmail.com>",
  client="system"),

R("fwd-fr-inline-rectification-reminder", ["rectification"], "fr",
  "Gisèle Morvan <gisele.morvan@gmail.com>",
  "Fwd: Changement d'adresse",
  "2025-03-17 09:05",
  """Bonjour Sandra,

Je vous renvoie mon message de janvier : la newsletter et la dernière facture sont encore arrivées à mon ancienne adresse à Vatan. Pouvez-vous bien la remplacer par la nouvelle ci-dessous ?

Merci d'avance,
Gisèle""",
  quote=dict(frm="Gisèle Morvan <gisele.morvan@gmail.com>", date="2025-01-12 18:30",
             subj="Changement d'adresse", to=SANDRA, style="fwd",
             text="""Bonjour Sandra,

J'ai déménagé : ma nouvelle adresse est 9 rue du Pont, 36100 Issoudun (au lieu de 4 place de la Mairie, 36150 Vatan).

Bonne soirée,
Gisèle""")),

R("fwd-en-newsletter-attached", [], "en-nonnative",
  "Aude Villeneuve <aude@audevilleneuve-coaching.fr>",
  "Fw: thought you'd like this one",
  "2025-10-24 08:55",
  """Morning Sandra,

Forwarding this newsletter from a UK coach I follow - the bit on "withdrawing a yes" fits our November workshop perfectly. Shall we borrow the journaling prompt?

Aude""",
  fwd_msg=dict(frm="Laura Finch <laura@thecouragecircle.co>", to="aude@audevilleneuve-coaching.fr",
               subj="How to withdraw a yes (gracefully)", date="2025-10-22 14:00",
               body="""Hi friend,

This week: how to withdraw a "yes" you regret, without a 12-paragraph apology. Try this prompt: "What did I agree to out of fear?"

With love,
Laura

Unsubscribe | Update your preferences""")),
]
