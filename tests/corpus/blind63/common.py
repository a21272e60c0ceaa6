"""Shared record helper for the blind63 corpus (standard library only)."""

RIGHTS = ("access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem")

SANDRA_C = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
SANDRA_O = "Sandra Delomenie <sandra.delomenie@orange.fr>"
C = "contact@floraisondesoi.fr"
O = "sandra.delomenie@orange.fr"


def R(key, frm, subject, body, rights=(), **kw):
    """One record.

    key      fr-... / en-... (language of the new text)
    frm      From header ("Display <addr>")
    subject  Subject header
    body     new text (plain)
    rights   labels
    kw: to, cc, reply_to, hdr (dict of extra headers), quote (dict: style, text,
        frm, subj, to), html ('only'|'alt'), html_body, cte ('qp'|'b64'|'8bit'|'7bit'),
        att (list of (kind, filename, text)), kind ('bounce'|'fwd822'),
        inner (dict for fwd822), bounce (dict), mailer, date ((y,m,d,h,mi))
    """
    assert key[:3] in ("fr-", "en-"), key
    for r in rights:
        assert r in RIGHTS, (key, r)
    rec = dict(key=key, frm=frm, subject=subject, body=body,
               rights=sorted(set(rights)))
    rec.update(kw)
    return rec
