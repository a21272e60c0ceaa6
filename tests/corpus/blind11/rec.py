"""Record helper shared by records_*.py."""
def R(key, lang, rights, frm, subj, body, **kw):
    d = dict(key=key, lang=lang, rights=sorted(rights), frm=frm, subj=subj, body=body)
    d.update(kw)
    return d
SANDRA = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
CONTACT = ("Floraison de Soi", "contact@floraisondesoi.fr")
