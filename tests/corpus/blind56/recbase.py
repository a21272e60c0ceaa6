"""Shared helper for the record files of blind56.

A record is a plain dict.  Fields:
  key       'fr-...' or 'en-...' (language of the NEW text)
  rights    list of rights (empty list = not a request to her)
  frm       'Display Name <address>'
  subject   subject line (decoded)
  body      new text of the message (may be '')
  to        'contact' | 'orange' | any 'Name <addr>' string (default: picked from the key)
  cc        optional Cc value
  quote     optional dict(style=gmail|apple|outlook|en|en_us|outlook_en|fwd|fwd_tb|fwd_en,
                          text=..., who='Name <addr>' (default: Sandra at the To address),
                          days=int, subj=...)
  html      None | 'alt' (multipart/alternative) | 'only' (text/html only)
  html_body explicit HTML for the html part (otherwise built from the text)
  cte       'qp' | 'b64' | '8bit' | '7bit' for the text parts
  headers   list of (name, value) extra headers
  att       list of dict(kind=pdf|png|csv|docx|ics|txt, name=..., text=...)
  kind      'normal' | 'bounce' | 'rfc822'
  inner     for kind rfc822 / bounce: dict describing the enclosed message
  mailer    iphone | ipad | applemail | outlook | thunderbird | roundcube | orange | android
  date      'YYYY-MM-DD HH:MM' (Paris local time) to pin the date
  reply     True to add In-Reply-To/References without a quote
  hard      True for a hard negative (trigger words / near the line)
"""


def M(key, rights, frm, subject, body, **kw):
    d = {"key": key, "rights": sorted(rights), "frm": frm,
         "subject": subject, "body": body}
    d.update(kw)
    return d
