"""Shared helpers and constants for the b30 record files.

Each record is a plain dict built by R().  Fields:
  key      unique, stable identifier (also drives file order and Message-IDs)
  rights   list of exercised rights (empty list = negative)
  lang     fr, fr-BE, fr-CH, fr-CA, fr-informal, en, en-nonnative
  frm      From header (display name + address)
  subj     Subject ('' = empty subject, None = no Subject header at all)
  date     'YYYY-MM-DD HH:MM' local Paris time (offset computed by the generator)
  body     new text written by the sender (signature included)
optional:
  to, cc, reply_to, client (gmail, outlook, apple, iphone, thunderbird, orange,
  yahoo, proton, system), quote (dict: frm, date, subj, text, to, style),
  html ('alt' or 'only'), html_body (custom HTML), cte ('qp', 'b64', '8bit'),
  att (list of attachment dicts: name, kind, text), hdrs (list of extra headers),
  report (bounce description), fwd_msg (message forwarded as message/rfc822).
"""

SANDRA_ADDR = "sandra.delomenie@orange.fr"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA_FULL = "Sandra Dumot-Deloménie <sandra.delomenie@orange.fr>"
CONTACT_ADDR = "contact@floraisondesoi.fr"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"

RIGHTS = ("access", "erasure", "objection", "portability", "post_mortem",
          "rectification", "restriction", "withdraw_consent")


def R(key, rights, lang, frm, subj, date, body, **kw):
    rec = dict(key=key, rights=sorted(rights), lang=lang, frm=frm, subj=subj,
               date=date, body=body)
    rec.update(kw)
    return rec


SANDRA_SIG = """--
Sandra Dumot-Deloménie
Floraison de Soi - coaching, ateliers & formations
46 rue d'Estienne d'Orves, 36100 Issoudun
06 81 84 21 73"""
