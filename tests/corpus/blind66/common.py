"""Shared helpers for the b66 record files: records are plain dicts built by R()."""
import hashlib

CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"
SANDRA = ("Sandra Delomenie - Floraison de Soi", CONTACT)


def R(key, rights, subject, body, **kw):
    d = dict(key=key, rights=sorted(rights), subject=subject, body=body)
    d.update(kw)
    return d


def h(key, n=8):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:n]


# ---- website contact forms (sender is the site, Reply-To is the person) ----
def cf7(name, email, subject, message, phone=None):
    out = [f"De : {name} <{email}>", f"Objet : {subject}"]
    if phone:
        out.append(f"Téléphone : {phone}")
    out += ["", "Corps du message :", message, "", "-- ",
            "Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://floraisondesoi.fr)"]
    return "\n".join(out)


def wix(first, last, email, message, phone=""):
    return "\n".join([
        "Vous avez reçu un nouveau message.", "",
        "Détails de l'envoi :",
        f"Prénom : {first}", f"Nom : {last}", f"E-mail : {email}",
        f"Téléphone : {phone}", f"Message : {message}", "",
        "Pour répondre, cliquez simplement sur Répondre.",
        "Cet e-mail a été envoyé par Wix Forms depuis floraisondesoi.fr"])


def sysio(email, first, message, form="Formulaire contact site"):
    return "\n".join([
        f"Bonjour Sandra,", "",
        f"Un contact vient de remplir le formulaire « {form} ».", "",
        f"Adresse e-mail : {email}", f"Prénom : {first}",
        f"Votre message : {message}", "",
        "Voir le contact dans votre tableau de bord systeme.io",
        "https://systeme.io/dashboard/contacts"])


def typeform(qa, form="Contact Floraison de Soi"):
    out = [f"New response for {form}", ""]
    for q, a in qa:
        out += [q, a, ""]
    out += ["View all responses: https://admin.typeform.com/form/Fq8Lk2/results",
            "Typeform · You can change your notification settings in Connect > Email notifications."]
    return "\n".join(out)


def gforms(qa, form="Demande d'informations - Floraison de Soi"):
    out = [f"Google Forms", "", f"Nouvelle réponse à « {form} »", ""]
    for q, a in qa:
        out += [f"{q}", f"    {a}", ""]
    out += ["Ce formulaire a été créé par Floraison de Soi.", "Google Forms - Créez vos propres formulaires"]
    return "\n".join(out)


# ---- platform notifications carrying the person's words ----
def fb(name, text):
    return "\n".join([f"{name} vous a envoyé un message sur la Page Floraison de Soi.", "",
                      f"« {text} »", "", "Répondre dans Meta Business Suite",
                      "https://business.facebook.com/latest/inbox", "",
                      "Ce message a été envoyé à contact@floraisondesoi.fr. Meta Platforms Ireland Ltd., Merrion Road, Dublin 4, Irlande."])


def insta(handle, text):
    return "\n".join([f"@{handle} vous a envoyé un message.", "", text, "",
                      "Ouvrez Instagram pour répondre.", "Instagram · Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025"])


def linkedin(name, title, text):
    return "\n".join([f"{name}", f"{title}", "", text, "",
                      "Répondre : https://www.linkedin.com/messaging/", "",
                      "Vous recevez des e-mails de notification de messagerie.",
                      "Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe",
                      "© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2."])


def wa_digest(items):
    out = ["Vous avez des messages non lus dans WhatsApp Business", ""]
    for who, when, txt in items:
        out += [f"{who} · {when}", txt, ""]
    out += ["Ouvrir WhatsApp Business pour répondre.", "WhatsApp LLC"]
    return "\n".join(out)


def malt(name, text):
    return "\n".join([f"Nouveau message de {name}", "", text, "",
                      "Répondre sur Malt : https://www.malt.fr/messages", "",
                      "Pour votre sécurité, continuez vos échanges sur Malt.", "Malt · 48 rue Pierre Charron, 75008 Paris"])


def resalib(name, text, when=None):
    out = ["Nouveau message d'un patient / client via Resalib", "", f"Expéditeur : {name}"]
    if when:
        out.append(f"Rendez-vous concerné : {when}")
    out += ["Message :", text, "", "Connectez-vous à votre espace praticien pour répondre.", "L'équipe Resalib"]
    return "\n".join(out)
