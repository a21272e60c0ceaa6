"""Tiny helper shared by the record files (standard library only)."""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

SANDRA = "Sandra Delomenie <contact@floraisondesoi.fr>"
SANDRA_ORANGE = "Sandra Delomenie <sandra.delomenie@orange.fr>"


def R(key, lang, rights, frm, subj, body, **kw):
    """One record.

    key    unique record key (drives file order, dates, ids, boundaries)
    lang   fr / fr-BE / fr-CH / fr-QC / en / en-GB / en-IE
    rights list of rights exercised towards Sandra ([] = not a request)
    frm    From header
    subj   Subject header ("" = empty subject)
    body   text body (quoted history is written inline)
    kw     to, cc, reply_to, reply (bool or parent Message-ID), shape
           (plain/alt/html/bounce), html, cte, att (list of tuples), hdr
           (extra headers), ua, bounce (dict)
    """
    for r in rights:
        if r not in RIGHTS:
            raise ValueError("%s: unknown right %r" % (key, r))
    d = dict(key=key, lang=lang, rights=sorted(set(rights)), frm=frm,
             subj=subj, body=body)
    d.update(kw)
    return d
