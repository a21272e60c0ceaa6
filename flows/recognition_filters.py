"""Messages that are not requests by their nature: automatic, bulk, or our own.

Checked from headers and sender before any reading of the content: auto-replies, delivery
reports, newsletters and platform notifications, and the practitioner's own messages.
Each check returns a short reason (kept as evidence) or ``None``.
"""

from __future__ import annotations

import re

from flows.reading import ParsedMessage

_AUTO_SUBJECT_RE = re.compile(
    r"^\s*(r[ée]ponse automatique|message automatique|automatic reply|auto[- ]?reply|autoreply|"
    r"out of (the )?office|abwesenheitsnotiz|message d'absence|absent du bureau|"
    r"away from (the )?office)\b",
    re.IGNORECASE,
)
_BOUNCE_SUBJECT_RE = re.compile(
    r"(undeliver|delivery status notification|delivery (has )?failed|mail delivery (failed|system)|"
    r"returned mail|non remis|[ée]chec de (la )?remise|message non d[ée]livr[ée]|"
    r"failure notice|unzustellbar)",
    re.IGNORECASE,
)
_BOUNCE_SENDERS = ("mailer-daemon@", "postmaster@", "mail-daemon@")
_PLATFORM_LOCAL_RE = re.compile(
    r"^(no[-_.]?reply|do[-_.]?not[-_.]?reply|donotreply|notifications?|notify|alerts?|mailer|"
    r"bounces?|news|newsletters?|updates|marketing|automated|system|robot|billing|invoice\+.*)"
    r"([-_.+].*)?@"
)
_PLATFORM_DOMAINS = (
    "stripe.com", "systeme.io", "google.com", "accounts.google.com", "calendly.com", "paypal.com",
    "paypal.fr", "facebookmail.com", "linkedin.com", "zoom.us", "mailchimp.com", "mcsv.net",
    "sendinblue.com", "brevo.com", "wordpress.com", "instagram.com", "youtube.com", "canva.com",
    "notion.so", "orange.fr.notification", "amazonses.com", "sendgrid.net", "doctolib.fr",
)


def _domain_matches(addr: str) -> bool:
    domain = addr.rsplit("@", 1)[-1]
    return any(domain == d or domain.endswith("." + d) for d in _PLATFORM_DOMAINS)


def own_message(msg: ParsedMessage, own_addresses: frozenset[str]) -> str | None:
    """The practitioner's own message (sent from one of her addresses)."""
    own = {a.lower() for a in own_addresses}
    if msg.from_addr and msg.from_addr in own:
        return "message de la praticienne elle-même (expéditeur = adresse de contact)"
    return None


def automatic_reason(msg: ParsedMessage) -> str | None:
    """Auto-replies and delivery reports."""
    if msg.is_report:
        return "delivery report: multipart/report"
    if any(msg.from_addr.startswith(s) for s in _BOUNCE_SENDERS):
        return f"delivery report: sender {msg.from_addr.split('@')[0]}"
    if _BOUNCE_SUBJECT_RE.search(msg.subject):
        return "delivery report: subject"
    auto = (msg.auto_submitted or "").strip().lower()
    if auto and auto != "no":
        return f"auto-reply: Auto-Submitted: {auto}"
    if msg.x_autoreply:
        return "auto-reply: X-Autoreply"
    if msg.x_autorespond:
        return "auto-reply: X-Autorespond"
    precedence = (msg.precedence or "").strip().lower()
    if precedence in ("bulk", "junk", "list", "auto_reply"):
        return f"bulk: Precedence: {precedence}"
    if _AUTO_SUBJECT_RE.search(msg.subject):
        return "auto-reply: subject"
    return None


def bulk_reason(msg: ParsedMessage) -> str | None:
    """Newsletters, mailing lists and platform notifications."""
    if msg.list_unsubscribe:
        return "newsletter/notification: List-Unsubscribe"
    if msg.list_id:
        return "newsletter/notification: List-Id"
    if _PLATFORM_LOCAL_RE.match(msg.from_addr):
        return f"notification: sender {msg.from_addr.split('@')[0]}@"
    if msg.from_addr and _domain_matches(msg.from_addr):
        return f"notification: platform {msg.from_addr.rsplit('@', 1)[-1]}"
    return None


#: Cues of a compliance pitch or scam addressed to her business ("votre entreprise n'est pas en
#: conformité RGPD", "fines of up to €20,000,000", "register now"): each names the business as the
#: one at fault, never a person's own data.
_PITCH_CUES = (
    re.compile(r"\b(votre|your) (entreprise|societe|site|site web|website|business|company|activite|cabinet|structure|organisation|organization)\b"
               r"[^.!?]{0,80}\b(conformite|conforme|compliance|compliant|registered|enregistree?|declaree?|manquements?|non-conformite)"),
    re.compile(r"\b(mise en conformite|regulariser votre situation|compliance (check|audit|register|registry|registration)|"
               r"(gdpr|rgpd) (registration|register|registry|audit|certification)|registre (europeen|national) (rgpd|de conformite)|"
               r"declaration de conformite|attestation de conformite)\b"),
    re.compile(r"\b(amendes?|sanctions?|fines?|penalt\w+)\b[^.!?]{0,50}(20 ?000 ?000|20,000,000|20 millions|20m|4 ?%)"),
    re.compile(r"\b(frais de dossier|one-time fee|register now|inscrivez-vous maintenant|sous (48|72) ?h|within (48|72) hours|"
               r"dans les (48|72) heures|failure to register|sans reponse de votre part)\b"),
)


def compliance_pitch(norm_text: str) -> str | None:
    """A compliance pitch or scam aimed at her business: two cues or more. ``norm_text`` is normalised."""
    if sum(1 for cue in _PITCH_CUES if cue.search(norm_text)) >= 2:
        return "démarchage « mise en conformité RGPD » adressé à l'entreprise (pas une demande)"
    return None


#: A platform telling her that a person wrote to her ("Nathalie Roux vous a envoyé un message", "Your
#: form has a new response", "Caroline Meunier via LinkedIn").
_RELAY_RE = re.compile(
    r"(vous a envoy[ée] un (nouveau )?message|sent you a (new )?message|(a envoy[ée]|sent) (a |un )(new |nouveau )?message (to|[àa])|(has )?a new response|nouvelle r[ée]ponse|"
    r"new (form )?(submission|response|entry)|nouvelle (soumission|entr[ée]e)|nouveau message (de|depuis)|new message from|"
    r"a laiss[ée] un commentaire|left a (new )?comment|a comment[ée]|commented on|message priv[ée]|\bvia linkedin\b|"
    r"messages? non lus?|unread messages?|(\d+|des|de) nouveaux messages|\d+ new messages|"
    r"(re[çc]u|have received|received) (un |a )?(nouveau |new )?message (de|from)|nouvelle question|new question|question d'un (participant|[ée]l[èe]ve|client)|"
    r"new voicemail|nouveau message vocal|message vocal de|voicemail from|transcription\s*:|transcript\s*:|transcription \(|"
    r"nouveau message sur votre messagerie|texte du message\s*:|vous a [ée]crit|wrote to you|"
    r"(whatsapp|messenger|instagram|sms|facebook|linkedin) message from|e-?mail relay|->\s*e-?mail|nouveau commentaire|new comment)",
    re.IGNORECASE)
#: A quoted message inside the notification, as its own paragraph: « ... », “ ... ” or "...".
_QUOTED_RE = re.compile(r"^\s*(?:\w[\w .'-]{0,40}:\s*)?(?:«\s*(.{20,}?)\s*»|“(.{20,}?)”|\"(.{20,}?)\")", re.DOTALL | re.MULTILINE)
#: The platform's own lines around the relayed words (short lines only: a person's paragraph stays).
_PLATFORM_LINE_RE = re.compile(
    r"(^\s*(se )?d[ée]sabonner|^\s*unsubscribe|notifications?\b|^\s*r[ée]pondre|^\s*reply\b|^\s*view (all|in|the|message|conversation)|"
    r"^\s*voir (le|la|les|toutes) |\bvous recevez (ce|cet|cette|des|les)|you('re| are) receiving|ce message a [ée]t[ée] envoy[ée]|this (message|email) was sent|"
    r"ireland|dublin|platforms|all rights reserved|tous droits|manage (your )?(notifications|preferences)|"
    r"g[ée]rer (vos|les) (notifications|pr[ée]f[ée]rences))", re.IGNORECASE)


def relayed_words(subject: str, display_name: str, text: str) -> str | None:
    """The person's own words when a platform notification relays them (a Facebook or LinkedIn
    message, a form response, a comment): the quoted paragraph if there is one, else the text
    without the platform's short lines. None when the message is no such relay."""
    head = f"{subject}\n{display_name}\n{text[:400]}"
    if not _RELAY_RE.search(head):
        return None
    quoted = [next(g for g in m.groups() if g) for m in _QUOTED_RE.finditer(text)]
    if quoted:
        return "\n".join(q.strip() for q in quoted)
    lines = [line for line in text.splitlines()
             if line.strip() and not (len(line) < 160 and (_PLATFORM_LINE_RE.search(line) or _RELAY_RE.search(line)))]
    return "\n".join(lines)
