"""Shared record helper for the b38 corpus. Standard library only."""

RECORDS = []

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")


def R(key, lang, rights, frm, subj, body, **kw):
    """Register one message record.

    key     unique record key
    lang    'fr' or 'en'
    rights  list of rights (empty list = not a request)
    frm     'Display Name <addr>' or bare address
    subj    subject ('' = empty subject, None = no Subject header)
    body    new text written by the sender (quoted/forwarded parts go in kw)
    kw      to, cc, shape ('plain'|'alt'|'html'|'report'), cte ('qp'|'b64'|'8bit'),
            quote (dict), fwd (dict), att (list), hdr (dict), reply (bool),
            replyto (str), bounce (dict)
    """
    for r in rights:
        assert r in RIGHTS, (key, r)
    assert lang in ("fr", "en"), key
    if body:
        body = body.strip("\n") + "\n"
    rec = dict(key=key, lang=lang, rights=sorted(set(rights)), frm=frm,
               subj=subj, body=body)
    rec.update(kw)
    RECORDS.append(rec)
