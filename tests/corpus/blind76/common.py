"""Record helper for the b76 corpus. Each record is a plain dict."""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def R(key, subject, body, rights=(), **kw):
    """key: fr-/en- prefix; rights: labels; kw (all optional):
    frm=(name, addr)        sender (display name may be '')
    to=addr                 one of her two addresses (default derived from key)
    cc=[...], reply_to=addr
    quote=(style, who, addr, subject, text)  style: gmail|apple|outlook|en|enoutlook|fwd|fwden
    html=None|'alt'|'only'
    headers={...}           extra headers
    attach=[(kind, filename, text)] kind: pdf|png|csv|docx|txt|ics
    cte='quoted-printable'|'base64'|'8bit'|'7bit'
    shape=None|'report'|'rfc822'  ('report' needs orig=(from, to, subject, text))
    reply=True               adds In-Reply-To/References
    """
    assert key[:3] in ("fr-", "en-"), key
    for r in rights:
        assert r in RIGHTS, (key, r)
    d = dict(key=key, subject=subject, body=body, rights=sorted(set(rights)))
    d.update(kw)
    return d
