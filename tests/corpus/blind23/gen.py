#!/usr/bin/env python3
"""Deterministic generator for the b23 corpus. Standard library only.
Writes b23-NNNN.eml and labels.json next to this file."""
import base64, datetime, email.policy, hashlib, json, os, sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_b23 import RECORDS  # noqa: E402

PREFIX = "b23"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA_PRO = "Floraison de Soi <contact@floraisondesoi.fr>"
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}


def h(s, n=12):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def paris_offset(d):
    # DST: last Sunday of March to last Sunday of October
    def last_sunday(y, m):
        x = datetime.date(y, m, 31)
        return x - datetime.timedelta(days=(x.weekday() + 1) % 7)
    return 2 if last_sunday(d.year, 3) <= d.date() < last_sunday(d.year, 10) else 1


def date_for(i, key):
    base = datetime.datetime(2025, 1, 3, 7, 12)
    d = base + datetime.timedelta(days=i * 2.1 + 0.0, minutes=int(h(key, 4), 16) % 840)
    off = paris_offset(d)
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return d.replace(tzinfo=tz)


def fmt_date(d):
    return email.utils.format_datetime(d)


import email.utils  # noqa: E402


def quote_block(style, who, when, text, lang, subj):
    lines = text.strip("\n").split("\n")
    if style == "gmail":
        if lang == "fr":
            head = "Le %s, %s a écrit :" % (when.strftime("%d/%m/%Y à %H:%M"), who)
        else:
            head = "On %s, %s wrote:" % (when.strftime("%a, %d %b %Y at %H:%M"), who)
        return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style == "apple":
        head = ("Le %s à %s, %s a écrit :" % (when.strftime("%d %m %Y"), when.strftime("%H:%M"), who)
                if lang == "fr" else "On %s, at %s, %s wrote:" % (when.strftime("%d %b %Y"), when.strftime("%H:%M"), who))
        return "\n\n" + head + "\n\n" + "\n".join("> " + l if l else ">" for l in lines)
    if style in ("outlook_fr", "outlook_en"):
        if style == "outlook_fr":
            head = ("________________________________\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s"
                    % (who, when.strftime("%d/%m/%Y %H:%M"), "sandra.delomenie@orange.fr", subj))
        else:
            head = ("________________________________\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s"
                    % (who, when.strftime("%A, %B %d, %Y %I:%M %p"), "sandra.delomenie@orange.fr", subj))
        return "\n\n" + head + "\n\n" + "\n".join(lines)
    if style == "fwd":
        if lang == "fr":
            head = ("---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s"
                    % (who, when.strftime("%d/%m/%Y %H:%M"), subj, "sandra.delomenie@orange.fr"))
        else:
            head = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s"
                    % (who, when.strftime("%a, %d %b %Y at %H:%M"), subj, "sandra.delomenie@orange.fr"))
        return "\n\n" + head + "\n\n" + "\n".join(lines)
    raise ValueError(style)


def to_html(text):
    import html
    out = []
    for para in text.split("\n\n"):
        inner = "<br>\n".join(html.escape(l) for l in para.split("\n"))
        if para.startswith(">"):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % inner)
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


def fake_bytes(name, key):
    ext = name.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256((key + name).encode()).digest()
    if ext == "pdf":
        return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
                b"% " + seed.hex().encode() + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed * 8 + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + seed * 8
    if ext in ("docx", "xlsx", "zip"):
        return b"PK\x03\x04" + seed * 10
    if ext == "ics":
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//b23//EN\r\nBEGIN:VEVENT\r\nUID:%s@b23\r\n"
                "DTSTART:20250612T090000Z\r\nSUMMARY:Session\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % seed.hex()[:16]).encode()
    if ext == "csv":
        return b"email,first_name,tags\r\nexample@example.com,Example,newsletter\r\n"
    return seed * 4


MIME = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"),
        "png": ("image", "png"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        "zip": ("application", "zip"), "ics": ("text", "calendar"), "csv": ("text", "csv")}


def set_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("=_b23_%s_%02d" % (h(key, 16), n))


def build(i, r):
    key = r["key"]
    lang = r["lang"]
    d = date_for(i, key)
    msg = EmailMessage()
    frm = r["frm"]
    msg["From"] = frm
    msg["To"] = r.get("to") or (SANDRA if i % 3 else "sandra.delomenie@orange.fr")
    if r.get("cc"):
        msg["Cc"] = r["cc"]
    subj = r["subj"]
    msg["Subject"] = subj
    msg["Date"] = fmt_date(d)
    dom = frm.rsplit("@", 1)[-1].rstrip(">").strip() if "@" in frm else "mail.example"
    msg["Message-ID"] = "<%s.%s@%s>" % (h(key, 10), h("m" + key, 8), dom)
    if r.get("reply_to"):
        msg["Reply-To"] = r["reply_to"]
    q = r.get("quote")
    body = r["body"].strip("\n") + "\n"
    if q:
        style, who, qtext = q
        qd = d - datetime.timedelta(days=2, hours=3)
        if style != "fwd" and not subj.lower().startswith(("re", "tr", "fw")):
            pass
        if style != "fwd":
            pid = "<%s@%s>" % (h("parent" + key, 14), "orange.fr" if "orange" in who or "floraison" in who else "mail.example")
            msg["In-Reply-To"] = pid
            msg["References"] = pid
        body = body.rstrip("\n") + quote_block(style, who, qd, qtext, lang, r.get("qsubj", subj.split(":", 1)[-1].strip())) + "\n"
    for hk, hv in r.get("hdr", []):
        msg[hk] = hv
    shape = r.get("shape", "plain")
    if shape == "plain":
        msg.set_content(body)
    elif shape == "qp":
        msg.set_content(body, cte="quoted-printable")
    elif shape == "b64":
        msg.set_content(body, cte="base64")
    elif shape == "html":
        msg.set_content(to_html(body), subtype="html")
    elif shape == "alt":
        msg.set_content(body)
        msg.add_alternative(to_html(body), subtype="html")
    else:
        raise ValueError(shape)
    for name in r.get("att", []):
        ext = name.rsplit(".", 1)[-1].lower()
        mt, st = MIME.get(ext, ("application", "octet-stream"))
        data = fake_bytes(name, key)
        if mt == "text":
            msg.add_attachment(data.decode(), subtype=st, filename=name)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    if r.get("rfc822"):
        inner = EmailMessage()
        ifrm, isubj, ibody = r["rfc822"]
        inner["From"] = ifrm
        inner["To"] = "sandra.delomenie@orange.fr"
        inner["Subject"] = isubj
        inner["Date"] = fmt_date(d - datetime.timedelta(days=5))
        inner["Message-ID"] = "<%s@inner.example>" % h("inner" + key, 14)
        inner.set_content(ibody)
        msg.add_attachment(inner)
    set_boundaries(msg, key)
    return msg.as_bytes(policy=email.policy.SMTP)


def build_bounce(i, r):
    key = r["key"]
    d = date_for(i, key)
    b = "=_b23_%s_report" % h(key, 16)
    rcpt = r["bounce_rcpt"]
    orig_subj = r["bounce_subj"]
    text = r["body"].strip("\n").replace("\n", "\r\n")
    lines = [
        "From: Mail Delivery Subsystem <MAILER-DAEMON@smtp.orange.fr>",
        "To: " + (r.get("to") or "sandra.delomenie@orange.fr"),
        "Subject: " + r["subj"],
        "Date: " + fmt_date(d),
        "Message-ID: <%s@smtp.orange.fr>" % h(key, 20),
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        'Content-Type: multipart/report; report-type=delivery-status; boundary="%s"' % b,
        "",
        "--" + b,
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
        "",
        text,
        "",
        "--" + b,
        "Content-Type: message/delivery-status",
        "",
        "Reporting-MTA: dns; smtp.orange.fr",
        "Arrival-Date: " + fmt_date(d - datetime.timedelta(minutes=3)),
        "",
        "Final-Recipient: rfc822; " + rcpt,
        "Action: failed",
        "Status: 5.1.1",
        "Diagnostic-Code: smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown" % rcpt,
        "",
        "--" + b,
        "Content-Type: text/rfc822-headers",
        "",
        "From: Sandra Delomenie <sandra.delomenie@orange.fr>",
        "To: " + rcpt,
        "Subject: " + orig_subj,
        "Date: " + fmt_date(d - datetime.timedelta(minutes=4)),
        "",
        "--" + b + "--",
        "",
    ]
    s = "\r\n".join(lines)
    # encode header non-ascii safely: subjects of bounces kept ascii in records
    return s.encode("utf-8")


def main():
    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in RECORDS:
        assert r["lang"] in ("fr", "en"), r["key"]
        assert set(r["rights"]) <= ALLOWED, r["key"]
    order = sorted(RECORDS, key=lambda r: hashlib.sha256(("b23:" + r["key"]).encode()).hexdigest())
    labels = {}
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    for n, r in enumerate(order, 1):
        idx = RECORDS.index(r)
        name = "%s-%04d.eml" % (PREFIX, n)
        data = build_bounce(idx, r) if r.get("bounce_rcpt") else build(idx, r)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, indent=1, ensure_ascii=False, sort_keys=True)
        f.write("\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
