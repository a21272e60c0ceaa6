"""Additional records: forwarded-history shapes and HTML-only mail, both languages."""
from ._common import CONTACT, ORANGE, FLORAISON, SIG, SIG_SHORT

RECORDS = [
    dict(
        key="fr-era-benevole-association-html",
        rights=["erasure"],
        sender=("Monique Aubrun", "monique.aubrun@bbox.fr"),
        subject="Atelier à l'association Les Jardins Partagés",
        body=(
            "Bonjour Madame,\n\n"
            "J'étais bénévole aux Jardins Partagés quand vous êtes venue animer l'atelier « prendre soin de soi quand "
            "on prend soin des autres ». L'association vous avait transmis la liste des inscrits avec nos téléphones.\n\n"
            "Je ne fais plus partie de l'association et je voudrais que mes coordonnées soient effacées de vos "
            "fichiers, ainsi que la fiche que j'avais remplie ce jour-là.\n\n"
            "Je vous remercie,\n"
            "Monique Aubrun"
        ),
        html="only",
        mid="uuid",
    ),
    # NEAR-LINE: employee forwards her manager's mail; asks only about her own data ('je ne vous demande rien pour les autres') -> access.
    dict(
        key="fr-acc-salariee-transfert-mail-manager",
        rights=["access"],
        sender=("Céline Moreau", "celine.moreau.perso@gmail.com"),
        subject="Fwd: Résultats positionnement - équipe planning",
        body=(
            "Bonjour Sandra,\n\n"
            "Je vous transfère ce mail que mon chef a envoyé par erreur à toute l'équipe. On y voit un extrait de mes "
            "résultats au test de positionnement que j'ai passé avec vous.\n\n"
            "Je ne vous demande rien pour les autres, mais pour moi : pouvez-vous me dire tout ce que vous avez "
            "comme données me concernant, et m'envoyer mon résultat complet ? Je découvre que d'autres l'ont vu "
            "avant moi.\n\n"
            "Merci,\n"
            "Céline Moreau\n"
            "(j'écris depuis mon adresse perso)"
        ),
        quote=dict(
            style="fwd_fr",
            sender=("Graham Pike", "graham.pike@nordfrost-logistics.com"),
            to=("Équipe planning", "planning.chateauroux@nordfrost-logistics.com"),
            subject="Résultats positionnement - équipe planning",
            text=(
                "Bonjour à tous,\n\n"
                "Voici les résultats du test de positionnement fait avec Mme Delomenie. Céline : 42/60, à "
                "travailler sur la priorisation. On en parle en entretien.\n\n"
                "Graham"
            ),
        ),
    ),
    # NEAR-LINE: forwards her (Sandra's) old mail only to identify himself; the new text asks erasure of his own data -> erasure.
    dict(
        key="en-era-employee-left-company",
        rights=["erasure"],
        sender=("Bastien Roy", "bastien.roy.86@gmail.com"),
        subject="Fwd: Joining instructions - resilience workshop cohort 3",
        body=(
            "Hello Sandra,\n\n"
            "I'm forwarding this so you know who I am - I was in cohort 3 for NordFrost. I left the company last "
            "month. Since the workshop was for my old job, please erase my personal data (contact details, shift "
            "information, the questionnaire I filled in). I'd rather nothing stays on file.\n\n"
            "Thanks and good luck with the next groups,\n"
            "Bastien Roy"
        ),
        quote=dict(
            style="fwd_en",
            sender=CONTACT,
            to=("Bastien Roy", "bastien.roy@nordfrost-logistics.com"),
            subject="Joining instructions - resilience workshop cohort 3",
            text=(
                "Dear all,\n\n"
                "The workshop starts at 8:30 in the training room next to the canteen. Please bring the short "
                "questionnaire you received last week.\n\n" + SIG
            ),
        ),
    ),
    dict(
        key="fr-neg-rh-transfert-mail-opco",
        rights=[],
        sender=("Laure Dumont", "l.dumont@groupe-laiterie-boischaut.fr"),
        to="contact",
        subject="TR: Demande de prise en charge n° 25-OC-40712",
        body=(
            "Bonjour Madame Delomenie,\n\n"
            "Je vous transfère le message d'OCAPIAT : ils ont besoin du programme détaillé et de votre numéro de "
            "déclaration d'activité pour valider le financement. Pourriez-vous me les envoyer directement ?\n\n"
            "Merci,\n"
            "Laure Dumont\n"
            "Assistante formation - Laiterie du Boischaut"
        ),
        quote=dict(
            style="fwd_tb_fr",
            sender=("OCAPIAT - Délégation Centre-Val de Loire", "centre@ocapiat.fr"),
            to=("Laure Dumont", "l.dumont@groupe-laiterie-boischaut.fr"),
            subject="Demande de prise en charge n° 25-OC-40712",
            text=(
                "Madame,\n\n"
                "Votre demande de prise en charge pour l'action « Manager de proximité » est incomplète. Merci de "
                "nous transmettre le programme détaillé de la formation ainsi que le numéro de déclaration "
                "d'activité de l'organisme.\n\n"
                "OCAPIAT"
            ),
        ),
        mid="outlook365",
        mua="thunderbird",
    ),
    # NEAR-LINE: forwarded booking confirmation with a date mix-up - booking logistics -> negative.
    dict(
        key="fr-neg-cliente-transfert-confirmation",
        rights=[],
        sender=("Gisèle Morand", "gisele.morand@orange.fr"),
        subject="Tr : Confirmation de votre réservation",
        body=(
            "Bonjour Madame,\n\n"
            "Je crois qu'il y a un souci : j'ai reçu cette confirmation pour le 12 alors que je m'étais inscrite pour "
            "le 19. Vous pouvez vérifier ? Le 12 je travaille.\n\n"
            "Gisèle Morand\n\n"
            "Envoyé de mon iPad"
        ),
        quote=dict(
            style="fwd_apple_fr",
            sender=("Floraison de Soi", "contact@floraisondesoi.fr"),
            to=("Gisèle Morand", "gisele.morand@orange.fr"),
            subject="Confirmation de votre réservation",
            text=(
                "Bonjour Gisèle,\n\n"
                "Votre place pour l'atelier « Oser prendre la parole » est réservée. Rendez-vous à 9h30 salle de la "
                "Minoterie.\n\n"
                "À bientôt,\nSandra"
            ),
        ),
        mua="ipad",
    ),
    dict(
        key="en-neg-reply-access-building",
        rights=[],
        sender=("Margaret Holloway", "maggie.holloway@btinternet.com"),
        subject="Re: Your session on Thursday",
        body=(
            "Lovely, thank you. One practical thing: how do I access the building if the front door is locked? Last "
            "time I waited ten minutes before someone let me in!\n\n"
            "Maggie"
        ),
        quote=dict(
            style="apple_en",
            sender=ORANGE,
            text=(
                "Dear Maggie,\n\n"
                "Just a reminder of our session on Thursday at 10am at the practice, 46 rue d'Estienne d'Orves.\n\n"
                "See you then,\nSandra"
            ),
        ),
        mua="ipad",
        html="alt",
    ),
]
