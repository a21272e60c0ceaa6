"""Shared record constructor for the blind55 corpus.

A record is a plain dict.  Fields:
  key        'fr-...' or 'en-...' (language of the NEW text); unique
  subject    Subject header ('' allowed)
  body       the new text written by the sender (signature included)
  rights     list of rights; [] means not a request to her
  frm        'Display Name <addr>' of the sender
  to         'contact' | 'orange' | an explicit address (default: derived from the key)
  cc, reply_to   optional header values
  quote      optional quoted history: dict(style=..., who='Name <addr>', text=..., subj=..., days=...)
             styles: gmail-fr apple-fr outlook-fr gmail-en apple-en outlook-en
                     fwd-gmail-fr fwd-apple-fr fwd-outlook-fr fwd-gmail-en
  html       None (text/plain) | 'alt' (multipart/alternative) | 'only' (text/html only)
  cte        None (library choice) | 'qp' | 'b64' | '8bit' | '7bit'  for the text parts
  headers    extra headers (dict)
  mailer     X-Mailer / User-Agent shortcut: None picks one from the provider, '' means none
  attach     list of (kind, filename, text-lines) with kind in pdf png csv docx txt
  shape      None | 'report' (multipart/report bounce) | 'rfc822' (forwarded message attached)
  inner      for shape='rfc822': dict(frm, to, subject, body, days)
  report     for shape='report': dict(mta, rcpt, status, diag, orig_subject)
  hard       for negatives: True when it is a hard negative (trigger words, automated mail, etc.)
  date       optional 'YYYY-MM-DD HH:MM' (Paris local time); default derived from the key
"""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def R(key, subject, body, rights=(), **kw):
    for r in rights:
        if r not in RIGHTS:
            raise ValueError("%s: unknown right %r" % (key, r))
    rec = dict(key=key, subject=subject, body=body, rights=sorted(set(rights)))
    rec.update(kw)
    return rec
