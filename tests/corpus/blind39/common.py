"""Shared helpers for the b39 record files (standard library only).

A record is a plain dict. Fields:
  key      unique record key (also drives file order, date, ids)
  lang     "fr" or "en"
  rights   list of rights exercised by the new text ([] = not a request to Sandra)
  frm      From header ("Name <addr>")
  subj     Subject ("" = empty subject)
  body     new text written by the sender (plain text)
optional:
  to, cc, reply_to
  shape    plain | qp | b64 | 8bit | html | alt | alt_qp | alt_b64 | report
  html     custom HTML (for html/alt shapes); generated from body otherwise
  quote    dict(style, frm, to, subj, text)   quoted history below the new text
  fwd      dict(style, frm, to, subj, text)   inline forwarded message
  rfc822   dict(frm, to, subj, text)          original message attached as message/rfc822
  att      list of (kind, filename, text)     kind: pdf jpg png csv docx ics txt
  hdr      dict of extra headers
  report   dict for multipart/report bounces (orig_to, status, diag, mta, orig_subj, orig_text)
"""

SANDRA = "Sandra Delomenie <contact@floraisondesoi.fr>"
SANDRA_ORANGE = "Sandra Delomenie <sandra.delomenie@orange.fr>"
FLORAISON = "Floraison de Soi <contact@floraisondesoi.fr>"

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def R(key, lang, rights, frm, subj, body, **kw):
    for r in rights:
        if r not in RIGHTS:
            raise ValueError("bad right %r in %s" % (r, key))
    d = dict(key=key, lang=lang, rights=sorted(rights), frm=frm, subj=subj, body=body)
    d.update(kw)
    return d


def Q(style, frm, subj, text, to=None):
    return dict(style=style, frm=frm, subj=subj, text=text, to=to)


NEWSLETTER_FR = """Bonjour à toutes et à tous,

Le printemps revient et avec lui l'envie de se remettre en mouvement. Ce mois-ci je vous
propose un petit exercice : notez chaque soir trois choses qui vous ont fait du bien.

Prochain atelier "Oser dire non" : samedi matin à Issoudun, 6 places restantes.

Belle semaine,
Sandra - Floraison de Soi

Vous recevez cet e-mail car vous êtes inscrit(e) à la newsletter Floraison de Soi.
Se désinscrire : https://floraisondesoi.systeme.io/unsubscribe"""

NEWSLETTER_EN = """Hello everyone,

This month's theme is boundaries: how to say no without guilt. I've recorded a short
15-minute audio exercise for you, available in your member area.

Next online workshop: "Finding your inner compass" - Thursday 7pm (Paris time).

Warmly,
Sandra - Floraison de Soi

You are receiving this email because you subscribed to the Floraison de Soi newsletter.
Unsubscribe: https://floraisondesoi.systeme.io/unsubscribe"""
