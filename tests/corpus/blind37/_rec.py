"""Shared helper for the b37 record files (standard library only).

Each record is a plain dict built by R().  Fields:
  key      unique record key (also drives file order, date, ids)
  lang     'fr' or 'en'
  rights   list of exercised rights ([] = not a request to Sandra)
  frm      From header
  subj     Subject ('' = empty subject header, None = no Subject header)
  body     text of the message (new text + any quoted history)
optional:
  to, cc, reply_to, hdr (dict of extra headers), reply (True -> In-Reply-To/References),
  shape    'plain' (default) | 'alt' (text+html) | 'html' (html only) | 'report' (DSN bounce)
  html     explicit HTML for 'alt'/'html' (otherwise derived from body)
  cte      None | 'quoted-printable' | 'base64' | '8bit' | '7bit'
  att      list of (kind, filename, text) with kind in pdf/jpg/png/csv/docx/ics/txt
  date     'YYYY-MM-DD HH:MM' Paris local time, overrides the hash-derived date
  dsn      dict for shape='report': orig_to, orig_subj, status, diag
"""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

SANDRA = "Sandra Delomenie <contact@floraisondesoi.fr>"
SANDRA_ORANGE = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"

_ALLOWED = {"to", "cc", "reply_to", "hdr", "reply", "shape", "html", "cte", "att",
            "date", "dsn"}


def R(key, lang, rights, frm, subj, body, **kw):
    assert lang in ("fr", "en"), key
    for r in rights:
        assert r in RIGHTS, (key, r)
    bad = set(kw) - _ALLOWED
    assert not bad, (key, bad)
    body = body.strip("\n")
    rec = dict(key=key, lang=lang, rights=sorted(set(rights)), frm=frm, subj=subj,
               body=(body + "\n") if body else "")
    rec.update(kw)
    return rec
