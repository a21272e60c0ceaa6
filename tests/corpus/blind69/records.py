"""Collects the record files. Each record is a dict built with R()."""
import importlib

MODULES = ["rec_fr_req1", "rec_fr_req2", "rec_en_req", "rec_fr_neg1", "rec_fr_neg2", "rec_en_neg", "rec_extra"]

S0 = ("Sandra Delomenie", "contact@floraisondesoi.fr")
S1 = ("Sandra Delomenie", "sandra.delomenie@orange.fr")


def R(key, rights, frm, subject, body, **kw):
    d = dict(key=key, rights=sorted(rights), frm=frm, subject=subject, body=body)
    d.update(kw)
    return d


# Shape variations layered on a few records (transfer encodings, Cc).
TWEAKS = {
    "fr-req-access-mari-conseille": {"cte": "base64"},
    "fr-req-post-mortem-epoux-formel": {"cte": "base64"},
    "en-req-access-husband-lawyer": {"cte": "base64"},
    "fr-neg-donnees-mari-vivant": {"cte": "base64"},
    "fr-neg-copie-facture": {"cte": "base64", "cc": [("Expert-comptable Cabinet Aubin", "m.aubin@aubin-expertise.fr")]},
    "en-neg-hr-employee-data": {"cte": "base64", "cc": [("Natalie Brooks", "natalie.brooks@northbridge-ltd.com")]},
    "fr-req-portability-nouvelle-coach": {"cc": [("Lise Garrel", "cabinet.lisegarrel@gmail.com")]},
    "fr-req-erasure-mandat-avocat": {"cc": [("Céline Bardin", "celine.bardin@gmail.com")]},
    "fr-neg-rh-infos-salaries": {"cc": [("Direction Transports Lecomte", "direction@transports-lecomte.fr")]},
    "fr-req-objection-prospection-entreprise": {"cte": "8bit"},
    "en-neg-delete-slot": {"cte": "8bit"},
}


def all_records():
    out = []
    for m in MODULES:
        for r in importlib.import_module(m).RECORDS:
            r = dict(r)
            r.update(TWEAKS.get(r["key"], {}))
            out.append(r)
    return out
