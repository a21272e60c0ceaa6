"""Record helper shared by the record files (standard library only)."""
RECORDS = []

def R(key, subject, body, rights, frm, **kw):
    """key, subject, body, rights label, From; optional kw:
    to, quote=(style, text[, who[, subj]]), html ('only'|'alt'), cte, hdr (dict),
    att [(kind, filename, text)], cc, replyto, kind ('bounce'|'rfc822'), inner (dict for rfc822)."""
    assert key.startswith(("fr-", "en-")), key
    rec = dict(key=key, subject=subject, body=body, rights=sorted(rights), frm=frm)
    rec.update(kw)
    RECORDS.append(rec)
    return rec
