"""Record helper shared by the records_*.py files.

Each record is a dict:
  key       str, starts with fr- or en- (language of the new text)
  rights    list of rights (empty = not a request to her)
  subject   str
  body      str (new text only)
  frm       "Display Name <addr>" (sender override; default derived from key)
  to        one of her two addresses (default derived from key)
  quote     optional dict(style=gmail|apple|outlook|en|fwd, who=..., when=..., text=...)
  html      "plain" (default) | "only" | "alt"
  cte       "8bit" | "quoted-printable" | "base64" (default derived from key)
  headers   dict of extra headers (Reply-To, Cc, X-Mailer, List-Id, Auto-Submitted ...)
  reply     True -> Re: subject + In-Reply-To / References
  att       list of (kind, filename, text) with kind in pdf|png|csv|docx
  kind      "mail" (default) | "bounce" | "rfc822" (forward as attachment)
  inner     for kind rfc822: dict(frm, subject, body, date)
"""

RIGHTS = ["access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"]


def R(key, rights, subject, body, **kw):
    assert key[:3] in ("fr-", "en-"), key
    for r in rights:
        assert r in RIGHTS, (key, r)
    d = dict(key=key, rights=sorted(rights), subject=subject, body=body)
    d.update(kw)
    return d
