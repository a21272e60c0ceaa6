"""Shared helper for the record files of the blind44 corpus.

A record is a plain dict. Fields:
  key        str   'fr-...' or 'en-...' (language of the NEW text), unique
  rights     list  label (sorted by M); [] = not a request to Sandra
  subject    str or None (None = no Subject header at all; '' = empty Subject)
  body       str   the new text typed by the writer (may be '')
  frm        str   'Display Name <addr>' or 'sandra_contact' / 'sandra_orange'
  to         'contact' | 'orange' | any address string (default chosen from the key)
  cc, reply_to  str
  date       'YYYY-MM-DD HH:MM' local Paris time (default derived from the key)
  mailer     shortcut ('iphone', 'ipad', 'outlook', 'apple', 'ox', 'thunderbird', 'samsung') or raw
  headers    dict of extra headers, written in sorted order
  html       None | 'alt' (multipart/alternative) | 'only' (text/html only)
  html_body  explicit HTML (otherwise rendered from the text)
  cte        '7bit' | '8bit' | 'quoted-printable' | 'base64' (default derived from the key)
  quote      dict(style=..., text=..., frm=..., to=..., subject=..., ago=hours)
             styles: gmail_fr gmail_en apple_fr apple_en outlook_fr outlook_en
                     orange_fr yahoo_fr fwd_gmail_fr fwd_gmail_en fwd_apple_fr
  attach     list of dict(kind='pdf'|'png'|'csv'|'docx'|'txt', name=..., text=...)
  rfc822     dict(frm, to, subject, body, date) forwarded as a message/rfc822 attachment
  kind       None | 'bounce' (multipart/report) with bounce=dict(...)
  mid        Message-ID style override
"""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def M(key, rights, subject, body, **kw):
    for r in rights:
        if r not in RIGHTS:
            raise ValueError("unknown right %r in %s" % (r, key))
    rec = dict(key=key, rights=sorted(set(rights)), subject=subject, body=body)
    rec.update(kw)
    return rec


def with_dates(records, dates):
    """Pin the send date (local Paris time) of records whose text mentions calendar dates."""
    keys = {r["key"] for r in records}
    for k in dates:
        if k not in keys:
            raise KeyError(k)
    for r in records:
        if r["key"] in dates:
            r["date"] = dates[r["key"]]
    return records
