"""Record helper shared by the record files (b51 corpus)."""


def R(key, rights, frm, subject, body, **kw):
    rec = {"key": key, "rights": list(rights), "from": frm,
           "subject": subject, "body": body}
    rec.update(kw)
    return rec
