"""Shared record constructor for the blind54 corpus.

A record is a plain dict. Fields:
  key       str, starts with fr- or en- (language of the NEW text)
  rights    list of rights (empty list = not a request to her)
  frm       (display name, address) of the sender
  subject   str
  body      str, the new text written by the sender (signature included)
Optional:
  to        'c' (contact@floraisondesoi.fr), 'o' (sandra.delomenie@orange.fr) or a full header value
  cc        header value
  quote     dict(style=..., who=..., text=..., days=int, subject=optional, to=optional)
  html      None | 'alt' (multipart/alternative) | 'only' (text/html only)
  html_body optional hand-written HTML used instead of the HTML derived from body
  cte       '7bit' | '8bit' | 'quoted-printable' | 'base64' for the text parts
  headers   dict of extra headers (Reply-To, X-Mailer, List-Id, Auto-Submitted ...)
  attach    list of tuples: ('pdf', name, [lines]) ('png', name, seed) ('csv', name, text)
            ('docx', name, [paragraphs]) ('ics', name, summary)
  kind      None | 'bounce' | 'fwd822'
  inner     dict for the embedded message of a bounce / fwd822
  hard      True for a hard negative (trigger words or near the line, still a negative)
  date      'YYYY-MM-DD HH:MM' Paris local time (otherwise derived from the key)
  mid       Message-ID style override ('gmail', 'orange', 'outlook', 'apple', 'yahoo', 'free',
            'laposte', 'sfr', 'ses', 'plain')
  reply     True to force In-Reply-To/References even without a quote
"""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

_ALLOWED = {"to", "cc", "quote", "html", "html_body", "cte", "headers", "attach", "kind",
            "inner", "hard", "date", "mid", "reply"}


def R(key, rights, frm, subject, body, **kw):
    bad = set(kw) - _ALLOWED
    if bad:
        raise ValueError("%s: unknown fields %s" % (key, sorted(bad)))
    for r in rights:
        if r not in RIGHTS:
            raise ValueError("%s: unknown right %s" % (key, r))
    if not (key.startswith("fr-") or key.startswith("en-")):
        raise ValueError("bad key %s" % key)
    d = dict(key=key, rights=sorted(set(rights)), frm=frm, subject=subject, body=body)
    d.update(kw)
    return d
