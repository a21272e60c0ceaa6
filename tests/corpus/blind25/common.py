"""Shared quoted material: Sandra's newsletters (as sent through Systeme.io) and helpers."""
from mailkit import CONTACT, esc


def nl_html(title, paras, cta=None, footer_extra=""):
    rows = "".join('<tr><td style="padding:6px 32px;font-family:Georgia,serif;font-size:16px;line-height:24px;'
                   'color:#3b3b3b;">%s</td></tr>' % esc(p) for p in paras)
    btn = ""
    if cta:
        btn = ('<tr><td align="center" style="padding:18px 32px;"><a href="%s" style="background:#b5657a;color:#ffffff;'
               'padding:12px 22px;border-radius:22px;text-decoration:none;font-family:Arial,sans-serif;font-size:15px;">'
               '%s</a></td></tr>' % (cta[1], esc(cta[0])))
    return ('<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f6efe9;"><tr><td align="center">'
            '<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">'
            '<tr><td style="padding:24px 32px 8px 32px;"><img src="https://d1yei2z3i6k35z.cloudfront.net/4417361/logo-floraison.png" '
            'width="160" alt="Floraison de Soi"></td></tr>'
            '<tr><td style="padding:8px 32px;font-family:Georgia,serif;font-size:24px;color:#7a3e52;">%s</td></tr>%s%s'
            '<tr><td style="padding:20px 32px;font-family:Arial,sans-serif;font-size:11px;color:#8a8a8a;">'
            'Floraison de Soi – 46 rue d\'Estienne d\'Orves, 36100 Issoudun<br>Vous recevez cet e-mail car vous êtes '
            'inscrit(e) à la lettre de Floraison de Soi.%s<br><a href="https://systeme.io/unsubscribe/%s" '
            'style="color:#8a8a8a;">Se désinscrire</a> · <a href="https://floraisondesoi.fr/preferences" '
            'style="color:#8a8a8a;">Gérer mes préférences</a></td></tr></table></td></tr></table>'
            % (esc(title), rows, btn, footer_extra, abs(hash_title(title))))


def hash_title(t):
    import hashlib
    return int(hashlib.sha256(t.encode()).hexdigest()[:8], 16)


def nl_text(title, paras, cta=None):
    out = [title, ""]
    for p in paras:
        out += [p, ""]
    if cta:
        out += ["%s : %s" % cta, ""]
    out += ["--", "Floraison de Soi – 46 rue d'Estienne d'Orves, 36100 Issoudun",
            "Vous recevez cet e-mail car vous êtes inscrit(e) à la lettre de Floraison de Soi.",
            "Se désinscrire : https://systeme.io/unsubscribe/%d" % abs(hash_title(title))]
    return "\n".join(out)


NL_MARS = dict(
    title="🌱 La lettre de mars : oser dire non sans se justifier",
    paras=["Bonjour à vous,",
           "Ce mois-ci, je voulais vous parler de ce petit mot qui nous coûte tant : non. Dire non à une demande, "
           "c'est souvent dire oui à soi-même. Pourtant, beaucoup d'entre nous ressentent le besoin de se justifier, "
           "de s'excuser, d'expliquer longuement.",
           "Un exercice pour la semaine : la prochaine fois qu'on vous sollicite, prenez trois respirations avant "
           "de répondre. Observez ce qui se passe dans votre corps.",
           "Prochain atelier « S'affirmer en douceur » : samedi 12 avril, 9h30–12h30, à Issoudun. Il reste 4 places.",
           "Belle floraison à vous,",
           "Sandra"],
    cta=("Je réserve ma place", "https://floraisondesoi.fr/atelier-affirmation"))

NL_RENTREE = dict(
    title="Rentrée : trois rituels pour garder le cap 🍂",
    paras=["Bonjour,",
           "Septembre est là, avec son lot de listes, d'inscriptions et de bonnes résolutions. Je vous propose "
           "trois petits rituels simples pour ne pas vous perdre en route : la page du matin, le point du vendredi "
           "et la promenade sans téléphone.",
           "Les inscriptions au parcours en ligne « Retrouver son élan » sont ouvertes jusqu'au 30 septembre.",
           "Et pour les parents d'ados : l'atelier « Parler pour que les ados écoutent » reprend le mercredi 8 octobre.",
           "À très vite,",
           "Sandra"],
    cta=("Découvrir le parcours", "https://floraisondesoi.systeme.io/retrouver-son-elan"))

NL_JANVIER = dict(
    title="Belle année 2026 ✨ et les ateliers du trimestre",
    paras=["Chère lectrice, cher lecteur,",
           "Je vous souhaite une année douce, pleine de projets qui vous ressemblent.",
           "Au programme du trimestre : le cercle de femmes mensuel (premier jeudi du mois), deux journées de "
           "formation « Gestion du stress au travail » pour les entreprises, et un nouveau webinaire gratuit le "
           "22 janvier : « Mes intentions, pas mes résolutions ».",
           "Merci pour votre fidélité,",
           "Sandra"],
    cta=("M'inscrire au webinaire", "https://floraisondesoi.systeme.io/webinaire-intentions"))

NL_MAI = dict(
    title="Cercle de juin & nouvelles du jardin 🌿",
    paras=["Bonjour à toutes et à tous,",
           "Le cercle de juin aura lieu en plein air, dans le jardin de l'atelier, le jeudi 4 juin à 19h.",
           "Je partage aussi avec vous trois témoignages de participantes du parcours « Retrouver son élan » "
           "(merci à elles !) sur la page Témoignages du site.",
           "Prenez soin de vous,",
           "Sandra"],
    cta=("Réserver pour le cercle", "https://floraisondesoi.fr/cercle-juin"))


def nl_quote(nl, date, lang="fr"):
    """A Sandra newsletter as a quoted node (sent by Systeme.io from the contact address)."""
    from mailkit import Q
    return Q(frm=CONTACT, date=date, body=nl_text(nl["title"], nl["paras"], nl.get("cta")),
             client="system", subject=nl["title"], html=nl_html(nl["title"], nl["paras"], nl.get("cta")))
