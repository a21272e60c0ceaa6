"""Record helper: every records_*.py file calls m(...) to declare one message."""
RECORDS = []

def m(key, subject, body, rights=(), **kw):
    """key: fr-... or en-...; rights: iterable of labels ([] = not a request to her).
    kw: frm, to (0 contact@ / 1 orange), cc, reply (bool), quote, qstyle (gmail|apple|outlook|en|fwd),
        qwho, html (None|'only'|'alt'), cte (qp|b64|8bit), hdr (dict), att (list of (kind, name, text)),
        kind (None|'report'|'rfc822'), inner (dict for rfc822: frm, subject, body, date), mailer."""
    assert key[:3] in ("fr-", "en-"), key
    assert all(r in ("access", "rectification", "erasure", "restriction", "portability",
                     "objection", "withdraw_consent", "post_mortem") for r in rights), key
    d = dict(key=key, subject=subject, body=body, rights=sorted(set(rights)))
    d.update(kw)
    RECORDS.append(d)
