# Per-record transport variations (headers, encodings, attachments) applied after the record modules load.
from rec_common import RECORDS

FORM = {"Reply-To": None, "X-Mailer": "WPForms via WordPress 6.7"}
VARIANTS = {
    "fr-acc-origine": dict(headers={"Reply-To": "jbarrault36@wanadoo.fr", "X-Mailer": "WPForms via WordPress 6.7"},
                           frm="Floraison de Soi (formulaire) <wordpress@floraisondesoi.fr>"),
    "fr-era-poli": dict(headers={"Reply-To": "Bérénice Aumont <berenice.aumont@gmail.com>",
                                 "X-Mailer": "WPForms via WordPress 6.7"},
                        frm="Formulaire de contact <wordpress@floraisondesoi.fr>"),
    "en-porta-art20": dict(headers={"Reply-To": "martin.becker@gmx.de", "X-Mailer": "WPForms via WordPress 6.7"},
                           frm="Floraison de Soi contact form <wordpress@floraisondesoi.fr>"),
    "fr-neg-rh-attestation": dict(headers={"Cc": "Direction <direction@berry-logistique.fr>"}),
    "fr-m-avocat-multi": dict(headers={"Cc": "Thierry Besson <thierry.besson@orange.fr>"}),
    "en-pm-executor": dict(headers={"Cc": "Probate Team <probate@ellis-family.co.uk>"}),
    "fr-neg-comptable": dict(headers={"Cc": "sandra.delomenie@orange.fr"}),
    "fr-porta-csv": dict(cte="base64"),
    "fr-m-trois-droits": dict(cte="base64"),
    "en-m-three": dict(cte="base64"),
    "fr-neg-colis": dict(cte="8bit"),
    "fr-neg-mdp": dict(cte="8bit"),
    "fr-wc-photo": dict(att=[("png", "capture_facebook.png", "")]),
    "en-neg-correct-slides": dict(att=[("png", "slide12.png", "")]),
    "fr-neg-export-agenda": dict(html="only"),
    "fr-rect-date-naissance": dict(html="alt"),
    "en-m-see-and-export": dict(html="alt"),
    "fr-m-desabo-suppr": dict(html="only"),
}

_by_key = {r["key"]: r for r in RECORDS}
for _k, _v in VARIANTS.items():
    _r = _by_key[_k]
    _v = dict(_v)
    if "headers" in _v:
        h = dict(_r.get("headers", {}))
        h.update(_v.pop("headers"))
        _r["headers"] = h
    if "att" in _v:
        _r["att"] = list(_r.get("att", [])) + _v.pop("att")
    _r.update(_v)
