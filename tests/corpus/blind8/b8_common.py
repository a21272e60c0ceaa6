"""Shared helper for the b8 record files (standard library only)."""

SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA_PRO = "Floraison de Soi - Sandra Delomenie <contact@floraisondesoi.fr>"


def M(key, rights, lang, frm, subj, body, **kw):
    """One message record.

    rights: space separated labels ("" = negative).
    kw: fmt (plain|alt|html), cte (quoted-printable|base64), quote=(style, who, text),
        att=[(filename, mime)], hdr={...}, to=..., kind (normal|bounce|fwd_eml), orig={...},
        html=<explicit html body>, date="YYYY-MM-DD HH:MM".
    """
    r = dict(key=key, rights=sorted(rights.split()), lang=lang, frm=frm, subj=subj, body=body)
    r.update(kw)
    return r
