"""Record helper shared by the rec_*.py files.

R(key, frm, subject, body, rights, **options)
  key      fr-... / en-... (language of the new text), unique
  frm      "Display Name <addr>"
  rights   list of rights ([] = not a request to her)
options: to, cc, reply_to, quote=dict(style, who, text, subject, to), html ('plain'|'only'|'alt'),
  html_src, cte ('qp'|'b64'|'8bit'|'7bit'), headers=[(name, value)], att=[(kind, filename, text)],
  fwd=dict(frm, to, subject, body) (attached message/rfc822), bounce=dict(...), mailer=(hdr, value),
  reply=True (In-Reply-To without visible quote), exchange=True, date=(y, m, d, h, mi), auto=True.
"""


def R(key, frm, subject, body, rights=(), **kw):
    d = dict(key=key, frm=frm, subject=subject, body=body, rights=sorted(rights))
    d.update(kw)
    return d


def Q(style, text, who=None, **kw):
    d = dict(style=style, text=text)
    if who:
        d["who"] = who
    d.update(kw)
    return d


SANDRA = "Sandra Delomenie <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"
NEWS = "Floraison de Soi <contact@floraisondesoi.fr>"
FORM = "Formulaire de contact <wordpress@floraisondesoi.fr>"
