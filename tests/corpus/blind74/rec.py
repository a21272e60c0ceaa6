"""Shared helper for the b74 record files (standard library only)."""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

CONTACT = "contact@floraisondesoi.fr"
ORANGE = "sandra.delomenie@orange.fr"


def R(key, rights, subject, body, **kw):
    """One message record.

    key      fr-/en- prefix = language of the NEW text
    rights   label (empty = not a request to her)
    kw:      frm=(name, addr), to='contact'|'orange'|addr, reply_to, cc,
             headers={..}, quote=dict(style=gmail|outlook|apple|en|fwd|fwd_en|outlook_en,
             who=(name, addr), text=..., subject=..., days=N), html=None|'only'|'alt',
             cte=None|'qp'|'b64'|'8bit', atts=[(kind, filename, text)],
             kind=None|'bounce'|'rfc822', inner=dict(...) for rfc822/bounce,
             reply=True (adds In-Reply-To/References), mailer=str
    """
    for r in rights:
        assert r in RIGHTS, (key, r)
    assert key[:3] in ("fr-", "en-"), key
    d = dict(key=key, rights=sorted(set(rights)), subject=subject, body=body)
    d.update(kw)
    return d
