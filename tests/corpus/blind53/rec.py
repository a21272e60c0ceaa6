"""Record helper shared by the record files (standard library only)."""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def R(key, subject, body, rights=(), **kw):
    """One message record.

    kw: frm=(name, addr); to=addr; cc=[...]; quote=(style, text) with style in
    gmail_fr, apple_fr, outlook_fr, en, fwd_fr, fwd_en; html=None|'only'|'alt';
    cte='qp'|'b64'|'8bit'|'7bit'; headers={...}; att=[(kind, filename, text)];
    form=True (website contact form, Reply-To = writer); kind='bounce'|'rfc822';
    inner=dict for rfc822 forwards; qfrom=(name, addr) author of the quoted text.
    """
    assert key[:3] in ("fr-", "en-"), key
    for r in rights:
        assert r in RIGHTS, (key, r)
    d = dict(key=key, subject=subject, body=body, rights=sorted(set(rights)))
    d.update(kw)
    return d
