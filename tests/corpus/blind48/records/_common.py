"""Helpers shared by the record files (no randomness, no clock)."""

SANDRA_C = "contact@floraisondesoi.fr"
SANDRA_O = "sandra.delomenie@orange.fr"


def R(key, rights, subject, body, **kw):
    """One message record.

    kw: frm ("Name <addr>"), to (0 = contact@, 1 = orange, or a full address string),
    cc (list), reply_to, quote (dict style/who/when/text), html ('only'|'alt'),
    cte ('qp'|'b64'|'8bit'), headers (dict), attach (list of tuples),
    kind ('report'|'fwd822'), mailer (X-Mailer value), inner (dict for fwd822),
    date ('YYYY-MM-DD HH:MM'), reply (bool: add In-Reply-To/References).
    """
    assert key[:3] in ("fr-", "en-"), key
    d = dict(key=key, rights=sorted(rights), subject=subject, body=body)
    d.update(kw)
    return d


def form(tool, fields, message):
    """Body of a website contact-form notification."""
    if tool == "wpforms":
        out = ["Nouvelle entrée pour le formulaire « Contact » de Floraison de Soi", ""]
        for k, v in fields:
            out += [k, v, ""]
        out += ["Message", message, "", "---", "Envoyé depuis https://www.floraisondesoi.fr/contact/"]
        return "\n".join(out)
    if tool == "cf7":
        out = []
        for k, v in fields:
            out.append("%s : %s" % (k, v))
        out += ["", "Corps du message :", message, "", "-- ",
                "Cet e-mail a été envoyé via le formulaire de contact de Floraison de Soi (https://www.floraisondesoi.fr)"]
        return "\n".join(out)
    if tool == "cf7en":
        out = []
        for k, v in fields:
            out.append("%s: %s" % (k, v))
        out += ["", "Message Body:", message, "", "-- ",
                "This e-mail was sent from a contact form on Floraison de Soi (https://www.floraisondesoi.fr)"]
        return "\n".join(out)
    if tool == "systeme":
        out = ["Vous avez reçu un nouveau message depuis votre page « Me contacter ».", ""]
        for k, v in fields:
            out.append("• %s : %s" % (k, v))
        out += ["• Message :", "", message, "", "Systeme.io — ne répondez pas directement à cet e-mail si l'adresse de réponse est absente."]
        return "\n".join(out)
    raise ValueError(tool)


def booking(tool, lines, note):
    """Body of a booking-tool notification with the client's free-text note."""
    if tool == "calendly":
        out = ["Hi Sandra,", "", "A new event has been scheduled.", ""]
        for k, v in lines:
            out += ["%s:" % k, v, ""]
        out += ["Please share anything that will help prepare for our meeting.:", note, "",
                "View event in Calendly", "", "Sent from Calendly"]
        return "\n".join(out)
    if tool == "resalib":
        out = ["Bonjour Sandra Delomenie,", "", "Vous avez un nouveau rendez-vous :", ""]
        for k, v in lines:
            out.append("%s : %s" % (k, v))
        out += ["", "Note laissée par le client :", "« %s »" % note, "",
                "Pour gérer vos rendez-vous, connectez-vous à votre agenda Resalib.", "L'équipe Resalib"]
        return "\n".join(out)
    if tool == "gcal":
        out = ["Nouvelle réservation sur votre page de réservation « Séance découverte 30 min »", ""]
        for k, v in lines:
            out.append("%s : %s" % (k, v))
        out += ["", "Informations supplémentaires fournies par l'invité :", note, "",
                "Invitation de Google Agenda"]
        return "\n".join(out)
    raise ValueError(tool)
