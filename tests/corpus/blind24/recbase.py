"""Record helper for the b24 corpus ("a year of ordinary inbox").

Each message record is a plain dict built with M().  Fields:

  key      unique id; starts with "fr." or "en." (language of the new text)
  rights   list of exercised rights (empty list = negative)
  frm      From header (display name + address)
  subject  Subject header ("" allowed)
  body     text/plain body, written in full (quoted history included)

Optional keyword fields:
  to       To header (default: Sandra's orange.fr address, sometimes with display name)
  cc       Cc header
  date     "YYYY-MM-DD HH:MM" Paris local time (default: derived from the key hash)
  fmt      "plain" (default), "html" (HTML only) or "alt" (multipart/alternative)
  html     custom HTML (otherwise derived from body)
  cte      "8bit" (default), "qp", "b64" or "7bit"
  att      list of (filename, kind[, text]) attachments; kind in
           jpg png pdf docx csv ics txt eml
  hdr      list of (name, value) extra headers (List-Unsubscribe, Auto-Submitted, ...)
  irt      True -> In-Reply-To / References pointing at a deterministic parent id
  xm       X-Mailer / User-Agent value
  mid      Message-ID style: "gmail", "outlook", "apple", "orange", "generic"
  bounce   dict describing a multipart/report delivery-status notification
  fwd      dict describing a message forwarded as message/rfc822 attachment
"""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def M(key, rights, frm, subject, body, **kw):
    for r in rights:
        if r not in RIGHTS:
            raise ValueError("unknown right %r in %s" % (r, key))
    if not (key.startswith("fr.") or key.startswith("en.")):
        raise ValueError("key must start with fr. or en.: %s" % key)
    rec = dict(key=key, rights=sorted(rights), frm=frm, subject=subject, body=body)
    rec.update(kw)
    return rec
