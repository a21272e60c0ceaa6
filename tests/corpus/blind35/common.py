"""Shared record helper for the b35 corpus (standard library only)."""

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
CONTACT = "Floraison de Soi <contact@floraisondesoi.fr>"


def R(key, rights, lang, frm, subj, body, **kw):
    """One message record.

    key     unique id (also drives file order, date, Message-ID)
    rights  list of exercised rights ([] = negative)
    lang    fr, fr-BE, fr-CH, fr-CA, en
    frm     From header
    subj    Subject ('' = empty subject, None = no Subject header)
    body    new text written by the sender
    kw      to, cc, reply_to, shape (plain|qp|b64|html|alt), quote=(style, who, when, text[, subj]),
            att=[(kind, filename)], hdr=[(name, value)], date='YYYY-MM-DD HH:MM', reply=True, html=str
    """
    rec = dict(key=key, rights=sorted(rights), lang=lang, frm=frm, subj=subj, body=body)
    rec.update(kw)
    return rec
