"""Tiny helper shared by the record files."""


def R(key, frm, rights, subject, body, **kw):
    rec = {"key": key, "frm": frm, "rights": sorted(rights), "subject": subject, "body": body}
    rec.update(kw)
    return rec


CONTACT = ("Sandra Delomenie", "contact@floraisondesoi.fr")
ORANGE = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
SIG_SANDRA = """--
Sandra Delomenie
Floraison de Soi - coaching & formation
46 rue d'Estienne d'Orves, 36100 Issoudun
06 81 84 21 73"""
