"""Tiny helper used by the record files. A record is a plain dict."""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def m(key, rights, frm, subject, body, **kw):
    """key: fr-/en- slug; rights: list; frm: 'Display <addr>'; kw: see generate.py.

    Optional keys: to, quote=(style, who, text), html ('alt'|'only'), cte ('qp'|'b64'|'8bit'),
    headers {name: value}, cc, reply_to, attachments [(kind, filename, text)], kind
    ('bounce'|'fwd822'), inner (dict for fwd822), mailer, reply (bool: add In-Reply-To).
    """
    for r in rights:
        assert r in RIGHTS, (key, r)
    assert key.startswith(("fr-", "en-")), key
    d = dict(key=key, rights=sorted(rights), frm=frm, subject=subject, body=body)
    d.update(kw)
    return d
