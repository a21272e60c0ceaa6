"""Compact record constructor shared by the record files."""
CODES = {"A": "access", "R": "rectification", "E": "erasure", "L": "restriction",
         "P": "portability", "O": "objection", "W": "withdraw_consent", "M": "post_mortem"}


def R(key, codes, frm, subject, body, **kw):
    rights = sorted({CODES[c] for c in codes})
    d = dict(key=key, rights=rights, frm=frm, subject=subject, body=body)
    d.update(kw)
    return d
