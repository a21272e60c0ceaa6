"""Shared helper for the b14 record files."""
S = "Sandra Delomenie <sandra.delomenie@orange.fr>"
C = "Floraison de Soi <contact@floraisondesoi.fr>"


def maker(R):
    def m(key, lang, rights, frm, subject, body, **kw):
        d = dict(key=key, lang=lang, rights=list(rights), frm=frm, subject=subject, body=body)
        d.update(kw)
        R.append(d)
    return m
