"""Record helper for the blind70 corpus (standard library only)."""

RIGHTS = {"access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"}


def M(key, subject, body, rights=(), **kw):
    """One message record.

    kw: frm ("Name <addr>"), to (0 contact@, 1 orange, or a string), cc, reply_to,
        headers (dict), mailer, reply (bool: add In-Reply-To/References),
        q (dict style/who/text/subject/pos), html (None|'only'|'alt'),
        cte (None|'quoted-printable'|'base64'|'8bit'), att (list of (kind, filename, text)),
        shape (None|'bounce'|'rfc822'), inner (dict for rfc822/bounce inner message).
    """
    assert key[:3] in ("fr-", "en-"), key
    bad = set(rights) - RIGHTS
    assert not bad, (key, bad)
    rec = dict(key=key, subject=subject, body=body, rights=sorted(set(rights)))
    rec.update(kw)
    return rec
