# Shared record helper for the b18 corpus. Each record file calls M(...) for each message.
RECORDS = []
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA2 = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"

def M(key, lang, rights, frm, subj, body, **kw):
    """key, language ('fr'/'en'), rights list, From, Subject, new body text, options:
    mime: '8bit' | 'qp' | 'b64' | 'html' | 'alt'   (default 8bit)
    q: (style, who, date, quoted_text)  style in gmail/outlook/apple  -> reply with quoted history
    fwd: (who, date, subject, text)  -> forwarded message under the new text
    att: [filenames]; to; cc; reply_to; lu (List-Unsubscribe url); auto (Auto-Submitted value);
    bounce: dict(orig_to=..., status=..., diag=...); xh: dict of extra headers; sig: signature text
    """
    RECORDS.append(dict(key=key, lang=lang, rights=sorted(rights), frm=frm, subj=subj,
                        body=body.strip("\n"), **kw))
