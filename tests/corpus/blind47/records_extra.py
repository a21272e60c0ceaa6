from common import m

RECORDS = [
m("fr-era-fwd-welcome-rfc822", "erasure", "Agnès Lemoine <agnes.lemoine@gmail.com>",
  "Fwd: Bienvenue dans votre espace membre",
  """Bonjour,

Je vous transfère le mail de bienvenue que j'avais reçu, pour que vous retrouviez le compte (c'était avec mon ancienne adresse de travail). Je n'y ai plus accès. Pouvez-vous supprimer ce compte et toutes les données qui vont avec ? Je ne souhaite rien conserver chez vous.

Merci beaucoup,
Agnès Lemoine""",
  kind="rfc822", html="alt",
  inner=dict(frm="Floraison de Soi <no-reply@systeme.io>", to="a.lemoine@groupe-aubry.fr",
             subject="Bienvenue dans votre espace membre",
             body="""Bonjour Agnès,

Votre accès à la formation « Gérer son stress au quotidien » est prêt.
Identifiant : a.lemoine@groupe-aubry.fr
Connectez-vous ici : https://floraisondesoi.systeme.io/school

À très vite,
Sandra""")),

m("fr-neg-fwd-phishing-rfc822", "", "Monique Fabre <monique.fabre@orange.fr>",
  "TR: c'est vous ?",
  """Bonjour Sandra,

J'ai reçu ce message ce matin, soi-disant de votre part, qui me demande de payer l'atelier par un lien bizarre. Je n'ai pas cliqué. C'est bien vous ? Je préfère vérifier avant.

Monique""", kind="rfc822", to="orange",
  inner=dict(frm="Floraison de Soi <paiement@floraisondesoi-reglement.com>", to="monique.fabre@orange.fr",
             subject="Règlement en attente - atelier du 28 mars",
             body="""Bonjour,

Votre réservation sera annulée si le règlement n'est pas effectué sous 24h.
Payer maintenant : https://floraisondesoi-reglement.com/pay

Floraison de Soi""")),

m("en-neg-fwd-colleague-rfc822", "", "Jessica Turner <jess.turner@gmail.com>",
  "Fwd: venue options for the June retreat",
  """Hi Sandra - forwarding the reply from the gîte owner so you have it all in one place. Looks like the barn is free the second week. x Jess""",
  kind="rfc822",
  inner=dict(frm="Gîte des Trois Chênes <contact@gite3chenes.fr>", to="jess.turner@gmail.com",
             subject="Re: Retreat in June",
             body="""Hello Jessica,

The barn and the six bedrooms are available from 8 to 14 June. We can provide vegetarian meals.

Best regards,
Hélène""")),
]
