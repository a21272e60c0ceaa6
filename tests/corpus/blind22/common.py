# Helpers shared by the record files (b22 corpus).
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA_PRO = "Floraison de Soi <contact@floraisondesoi.fr>"
RECORDS = []

def M(key, rights, lang, frm, subj, body, **kw):
    d = dict(key=key, rights=sorted(rights), lang=lang, frm=frm, subj=subj, body=body)
    d.update(kw)
    RECORDS.append(d)

def _quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))

def gq(who, when, text, lang="fr"):
    """Gmail-style quote."""
    head = f"Le {when}, {who} a écrit :" if lang == "fr" else f"On {when}, {who} wrote:"
    return f"\n\n{head}\n{_quote(text)}\n"

def oq(who, when, to, subj, text, lang="fr"):
    """Outlook-style quote."""
    if lang == "fr":
        head = f"De : {who}\nEnvoyé : {when}\nÀ : {to}\nObjet : {subj}"
    else:
        head = f"From: {who}\nSent: {when}\nTo: {to}\nSubject: {subj}"
    return "\n\n________________________________\n" + head + "\n\n" + text.strip("\n") + "\n"

def aq(who, when, text, lang="fr"):
    """Apple Mail-style quote."""
    head = f"> Le {when}, {who} a écrit :" if lang == "fr" else f"> On {when}, {who} wrote:"
    return f"\n\n{head}\n>\n{_quote(text)}\n"

def fwd(who, when, to, subj, text, lang="fr"):
    if lang == "fr":
        return (f"\n\n---------- Message transféré ---------\nDe : {who}\nDate : {when}\nObjet : {subj}\nÀ : {to}\n\n"
                + text.strip("\n") + "\n")
    return (f"\n\n---------- Forwarded message ---------\nFrom: {who}\nDate: {when}\nSubject: {subj}\nTo: {to}\n\n"
            + text.strip("\n") + "\n")

NEWS = """Bonjour à toutes et à tous,

Le printemps arrive et avec lui le nouveau cycle « Oser sa place ». Six soirées en petit groupe
pour reprendre confiance et poser vos limites avec douceur.

Inscriptions ouvertes jusqu'au 15 du mois.

Belle semaine,
Sandra - Floraison de Soi
Vous recevez cette lettre car vous êtes inscrit(e) à la newsletter. Se désinscrire : lien en bas de page."""
