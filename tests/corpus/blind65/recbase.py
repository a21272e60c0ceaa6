"""Shared helpers for the record files (blind65)."""
RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")
SANDRA_C = ("Sandra Delomenie - Floraison de Soi", "contact@floraisondesoi.fr")
SANDRA_O = ("Sandra Delomenie", "sandra.delomenie@orange.fr")


def R(key, subject, body, rights=(), **kw):
    """One message. kw: frm=(name, addr), to='contact'|'orange'|addr, cc, hdr={...},
    q=dict(style, text, name, addr, subj), html='only'|'alt', cte, att=[(kind, filename, text)],
    shape='bounce'|'fwd822', inner=dict(...), reply=True."""
    assert key[:3] in ("fr-", "en-"), key
    for r in rights:
        assert r in RIGHTS, (key, r)
    d = dict(key=key, subject=subject, body=body, rights=sorted(set(rights)))
    d.update(kw)
    return d
