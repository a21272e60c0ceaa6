"""Shared helpers for the b46 record files.

A record is a plain dict.  Fields:
  key          "fr-..." or "en-..." (language of the NEW text)
  subject      subject line ("" allowed)
  body         new text written by the sender ("" allowed)
  rights       list of rights from RIGHTS; [] = not a request to her
  frm          (display name, address) of the sender
  to           "contact" | "orange" | (name, address); None = chosen from the key hash
  date         "YYYY-MM-DD HH:MM" Paris local time; None = derived from the key hash
  quote        dict(style=..., frm=(name, addr), text=..., subject=optional, days=optional)
               styles: gmail_fr gmail_en apple_fr apple_en outlook_fr outlook_en
                       fwd_fr fwd_en
  html         None | "alt" (text + html) | "only" (html only)
  html_body    explicit HTML (else produced from the text)
  cte          None | "qp" | "b64" | "8bit" | "7bit" for the text parts
  headers      dict of extra headers (List-Id, Auto-Submitted, Sender, ...)
  cc           list of (name, address)
  reply_to     (name, address)
  mailer       iphone | applemail | outlook | thunderbird | orange | roundcube | yahoo | none
  attachments  list of dict(kind=pdf|png|csv|docx|ics, name=..., text=...)
  special      None | "bounce" | "rfc822"
  bounce       dict(orig_to=..., orig_subject=..., status=..., diag=..., mta=...)
  inner        dict(frm=..., to=..., subject=..., body=..., date=...) for rfc822
"""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

SANDRA = ("Sandra Delomenie", "contact@floraisondesoi.fr")
SANDRA_O = ("Sandra Deloménie", "sandra.delomenie@orange.fr")
SANDRA_ADDRS = ("contact@floraisondesoi.fr", "sandra.delomenie@orange.fr")


def M(key, subject, body, rights, frm, **kw):
    rec = dict(key=key, subject=subject, body=body, rights=sorted(rights), frm=frm)
    rec.update(kw)
    return rec
