"""Record constructor shared by the record files of blind57.

M(key, rights, frm, subject, body, **options)

key       'fr-...' or 'en-...' (language of the NEW text of the message)
rights    list of rights; [] means not a request to her
frm       (display name, address)
subject   subject line ('' allowed)
body      new text written by the sender ('' allowed)

options (all optional)
  to        'c' (contact@floraisondesoi.fr), 'o' (sandra.delomenie@orange.fr),
            a (name, addr) tuple or a list of tuples.  Default: derived from the key.
  cc        list of (name, addr)
  reply_to  (name, addr)
  headers   dict of extra headers, written verbatim
  mailer    'iphone' | 'applemail' | 'outlook' | 'thunderbird' | 'orange' | 'yahoo' |
            'android' | 'mac_outlook' | any other string (used as X-Mailer)
  mid       Message-ID style override ('ses', 'sendgrid', 'mailchimp', 'brevo', 'generic')
  html      None | 'alt' (multipart/alternative) | 'only' (text/html only)
  html_body custom HTML (otherwise derived from the plain text)
  cte       None (let the library choose) | 'quoted-printable' | 'base64' | '8bit' | '7bit'
  wrap      True: hard-wrap the new text at 72 columns (mail clients that wrap)
  quote     dict(style=..., who=(name, addr), text=..., subject=..., hours=...)
            styles: gmail_fr, apple_fr, outlook_fr, gmail_en, apple_en, outlook_en,
                    fwd_fr, fwd_en, outlook_fwd_fr
  reply     True: add In-Reply-To / References even without a quote
  attach    list of (kind, filename, text)  kind: pdf, png, csv, docx, ics, txt
  kind      None | 'bounce' | 'fwd822'
  bounce    dict for kind='bounce'
  inner     dict for kind='fwd822' (frm, to, subject, body, lang)
  date      'YYYY-MM-DD HH:MM' Paris local time (otherwise derived from the key)
  neg       category of a negative (for the counts only)
"""

VALID_OPTS = {
    "to", "cc", "reply_to", "headers", "mailer", "mid", "html", "html_body", "cte",
    "wrap", "quote", "reply", "attach", "kind", "bounce", "inner", "date", "neg",
}


def M(key, rights, frm, subject, body, **kw):
    bad = set(kw) - VALID_OPTS
    if bad:
        raise ValueError("%s: unknown options %s" % (key, sorted(bad)))
    rec = dict(key=key, rights=sorted(set(rights)), frm=frm, subject=subject,
               body=body.strip("\n"))
    rec.update(kw)
    return rec
