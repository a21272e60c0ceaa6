"""Message records for the b21 corpus. Each record: key, lang, rights, frm, subj, body and optional
to, cc, reply_to, q (quoted history: (style, who, text[, subject])), att (attachment file names),
hdr (extra headers), shape (plain|qp|b64|html|alt|dsn).  NEAR-LINE comments explain borderline labels."""

S = "Sandra Delomenie <sandra.delomenie@orange.fr>"
C = "Floraison de Soi <contact@floraisondesoi.fr>"


def R(key, lang, rights, frm, subj, body, **kw):
    d = dict(key=key, lang=lang, rights=list(rights), frm=frm, subj=subj, body=body)
    d.update(kw)
    return d


from b21_records_req import REQ  # noqa: E402
from b21_records_neg import NEG  # noqa: E402

RECORDS = REQ + NEG
