"""Shared helpers for the blind67 records (stdlib only)."""


def R(key, subject, body, rights=(), **kw):
    d = dict(key=key, subject=subject, body=body, rights=sorted(rights))
    d.update(kw)
    return d
