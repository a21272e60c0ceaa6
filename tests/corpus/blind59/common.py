"""Shared helpers for the blind59 record files (standard library only)."""

RIGHTS = (
    "access", "rectification", "erasure", "restriction",
    "portability", "objection", "withdraw_consent", "post_mortem",
)

HER_CONTACT = "contact@floraisondesoi.fr"
HER_ORANGE = "sandra.delomenie@orange.fr"
HER_NAME = "Sandra Delomenie"

FIELDS = {
    "key", "subject", "body", "rights", "frm", "to", "cc", "reply_to",
    "headers", "quote", "html", "cte", "attachments", "shape", "inner",
    "date", "in_reply", "note",
}


def M(key, subject, body, rights=(), **kw):
    """One message record.

    key        fr-... / en-... (language of the new text)
    subject    Subject header ("" allowed)
    body       new text written by the sender ("" for subject-only mail)
    rights     labels (see RIGHTS); empty = not a request to her
    frm        "Display Name <addr>" (sender override)
    to         recipient override (default: one of her two addresses)
    cc         Cc header value
    reply_to   Reply-To header value
    headers    list of (name, value) extra headers
    quote      dict(style=..., text=..., who="Name <addr>", subject=...)
               styles: gmail_fr gmail_en apple_fr apple_en outlook_fr
               outlook_en fwd_fr fwd_en
    html       None | "alt" (multipart/alternative) | "only" (text/html)
    cte        None (derived from key) | "qp" | "b64" | "8bit" | "7bit"
    attachments list of dict(kind=pdf|png|csv|docx|ics|txt, name=..., text=...)
    shape      None | "bounce" | "fwd822"
    inner      dict for the embedded message of bounce / fwd822 shapes
    date       "YYYY-MM-DD HH:MM" override (Paris local time)
    in_reply   True to force In-Reply-To/References even without a quote
    """
    unknown = set(kw) - FIELDS
    if unknown:
        raise ValueError("%s: unknown fields %s" % (key, sorted(unknown)))
    bad = [r for r in rights if r not in RIGHTS]
    if bad:
        raise ValueError("%s: unknown rights %s" % (key, bad))
    if not (key.startswith("fr-") or key.startswith("en-")):
        raise ValueError("bad key %s" % key)
    d = {"key": key, "subject": subject, "body": body,
         "rights": sorted(set(rights))}
    d.update(kw)
    return d
