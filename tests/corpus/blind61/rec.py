"""Record helper: R(key, subject, body, rights, **options).

options: q (quoted history text), qs (quote style: gmail, apple, outlook, en, fwd),
qwho (quoted author line), html ('only' | 'alt'), hdr (extra headers dict),
frm ((display, address)), to (address), att (list of attachment specs 'pdf:text', 'png',
'csv:text', 'docx:text', 'ics'), cte ('quoted-printable' | 'base64' | '8bit'),
kind ('report' bounce | 'rfc822' forwarded message), reply (True: In-Reply-To/References).
"""
def R(key, subject, body, rights, **opt):
    assert key.startswith(("fr-", "en-")), key
    d = {"key": key, "subject": subject, "body": body.strip("\n"), "rights": sorted(rights)}
    d.update(opt)
    return d
