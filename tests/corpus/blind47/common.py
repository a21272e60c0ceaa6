"""Shared helpers for the b47 record files (standard library only).

A record is a plain dict built by m(). Fields:
  key        str   starts with fr- or en- (language of the NEW text)
  rights     list  sorted rights labels ([] = not a request to her)
  frm        str   "Display Name <addr>" (sender override)
  subject    str
  body       str   the new text (plain)
  to         str   'contact' | 'orange' | explicit address string
  quote      str   optional quoted history (plain text, not yet prefixed)
  qstyle     str   gmail | gmail_en | apple | outlook | outlook_en | en | fwd | fwd_apple
  qfrom      str   who wrote the quoted part (default: Sandra)
  qsubj      str   subject of the quoted message (default: subject without Re:)
  html       None | 'only' | 'alt'
  cte        None | 'quoted-printable' | 'base64' | '8bit' | '7bit'
  hdr        dict  extra headers (Reply-To, Cc, List-Id, Auto-Submitted ...)
  att        list  attachments: (kind, filename, text) kind in pdf png csv docx ics txt
  kind       None | 'bounce' | 'rfc822'
  inner      dict  for kind='rfc822': frm, to, subject, body, date
  bounce     dict  for kind='bounce': rcpt, status, diag, orig_subject, mta
  reply      bool  add In-Reply-To / References
  date       str   optional 'YYYY-MM-DD HH:MM' local Paris time
"""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

SANDRA_C = "Sandra Delomenie <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"


def m(key, rights, frm, subject, body, **kw):
    if isinstance(rights, str):
        rights = rights.split()
    for r in rights:
        if r not in RIGHTS:
            raise ValueError("bad right %r in %s" % (r, key))
    if not (key.startswith("fr-") or key.startswith("en-")):
        raise ValueError("bad key " + key)
    rec = dict(key=key, rights=sorted(set(rights)), frm=frm, subject=subject,
               body=body.strip("\n") + ("\n" if body.strip() else ""))
    rec.update(kw)
    return rec
