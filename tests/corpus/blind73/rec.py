"""Record helper shared by the record files of blind73."""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def m(key, rights, frm, subject, body, **kw):
    """One message record.

    key      fr-... / en-... (language of the new text)
    rights   list of labels (empty list = not a request to her)
    frm      "Display Name <addr>"
    kw       to ('contact'|'orange'|address), date ('YYYY-MM-DD HH:MM'),
             quote (quoted history text), qstyle (gmail|apple|outlook|en|en_outlook|fwd|en_fwd),
             qfrom, html (None|'only'|'alt'), cte, headers (dict), reply_to, cc,
             att (list of (kind, filename, text)), kind (None|'bounce'|'rfc822'),
             inner (dict for kind='rfc822'), reply (bool: add In-Reply-To/References)
    """
    for r in rights:
        assert r in RIGHTS, (key, r)
    assert key[:3] in ("fr-", "en-"), key
    d = dict(key=key, rights=sorted(set(rights)), frm=frm, subject=subject, body=body)
    d.update(kw)
    return d
