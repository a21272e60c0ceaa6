#!/usr/bin/env python3
"""Deterministic generator for the b10 corpus. Standard library only.
Reads RECORDS from records.py, writes b10-NNNN.eml + labels.json next to itself."""
import hashlib, json, os, sys, html as htmlmod
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import RECORDS, ALLOWED  # noqa

PREFIX = "b10"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA2 = "Floraison de Soi <contact@floraisondesoi.fr>"

def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()

def paris_offset(dt):
    # DST: 2025-03-30..2025-10-26, 2026-03-29..2026-10-25
    d = dt.date()
    summer = (datetime(2025,3,30).date() <= d < datetime(2025,10,26).date()) or \
             (datetime(2026,3,29).date() <= d < datetime(2026,10,25).date())
    return timezone(timedelta(hours=2 if summer else 1))

def make_date(rec):
    if rec.get("date"):
        naive = datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
    else:
        x = int(h("date:" + rec["key"])[:12], 16)
        naive = datetime(2025, 1, 3, 7, 0) + timedelta(days=x % 440, minutes=(x // 440) % (15 * 60))
    return naive.replace(tzinfo=paris_offset(naive))

JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOISL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
JOURSL = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]

def fmt_quote(style, who, text, qdate, lang, subj, to):
    lines = text.strip("\n").split("\n")
    if style == "gmail":
        if lang == "fr":
            head = f"Le {JOURS[qdate.weekday()]} {qdate.day} {MOIS[qdate.month-1]} {qdate.year} à {qdate:%H:%M}, {who} a écrit :"
        else:
            head = f"On {qdate:%a, %b} {qdate.day}, {qdate.year} at {qdate:%I:%M %p}, {who} wrote:"
        return "\n\n" + head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in lines) + "\n"
    if style == "apple":
        if lang == "fr":
            head = f"> Le {qdate.day} {MOISL[qdate.month-1]} {qdate.year} à {qdate:%H:%M}, {who} a écrit :"
        else:
            head = f"> On {qdate.day} {qdate:%b} {qdate.year}, at {qdate:%H:%M}, {who} wrote:"
        return "\n\n" + head + "\n> \n" + "\n".join(("> " + l) if l else ">" for l in lines) + "\n"
    if style == "outlook":
        if lang == "fr":
            head = (f"De : {who}\nEnvoyé : {JOURSL[qdate.weekday()]} {qdate.day} {MOISL[qdate.month-1]} {qdate.year} {qdate:%H:%M}\n"
                    f"À : {to}\nObjet : {subj}")
        else:
            head = (f"From: {who}\nSent: {qdate:%A, %B} {qdate.day}, {qdate.year} {qdate:%I:%M %p}\n"
                    f"To: {to}\nSubject: {subj}")
        return "\n\n________________________________\n" + head + "\n\n" + "\n".join(lines) + "\n"
    if style == "fwd":
        if lang == "fr":
            head = (f"---------- Message transféré ---------\nDe : {who}\n"
                    f"Date: {JOURS[qdate.weekday()]} {qdate.day} {MOIS[qdate.month-1]} {qdate.year} à {qdate:%H:%M}\n"
                    f"Subject: {subj}\nTo: {to}")
        else:
            head = (f"---------- Forwarded message ---------\nFrom: {who}\n"
                    f"Date: {qdate:%a, %b} {qdate.day}, {qdate.year} at {qdate:%I:%M %p}\n"
                    f"Subject: {subj}\nTo: {to}")
        return "\n\n" + head + "\n\n" + "\n".join(lines) + "\n"
    raise ValueError(style)

def to_html(text):
    paras = text.strip().split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">"):
            inner = "<br>\n".join(htmlmod.escape(l.lstrip("> ").rstrip()) for l in p.split("\n"))
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<div>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</div>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n<div><br></div>\n".join(out) + "\n</body></html>\n")

def fake_bytes(fname, key):
    seed = h("att:" + key + fname)
    low = fname.lower()
    if low.endswith(".pdf"):
        return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1>>endobj\n"
                + b"% " + seed.encode() + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    if low.endswith((".jpg", ".jpeg")):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes.fromhex(seed * 4) + b"\xff\xd9"
    if low.endswith(".png"):
        return b"\x89PNG\r\n\x1a\n" + bytes.fromhex(seed * 3)
    if low.endswith(".ics"):
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//b10//FR\r\nBEGIN:VEVENT\r\nUID:" + seed[:16] +
                "\r\nDTSTART:20250612T090000Z\r\nSUMMARY:Séance\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    if low.endswith((".txt", ".csv")):
        return ("Document " + fname + "\nref " + seed[:10] + "\n").encode()
    return b"PK\x03\x04" + bytes.fromhex(seed * 2)

CTYPES = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
          "ics": "text/calendar", "txt": "text/plain", "csv": "text/csv",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "zip": "application/zip"}

def fix_boundaries(msg, key):
    n = [0]
    def walk(m):
        if m.get_content_maintype() == "multipart":
            n[0] += 1
            m.set_boundary("=_b10_%s_%02d" % (h("bd:" + key)[:20], n[0]))
            for p in m.get_payload():
                if isinstance(p, EmailMessage) or hasattr(p, "is_multipart"):
                    walk(p)
    walk(msg)

def build_bounce(rec, msg, dt):
    from email.message import Message
    msg.set_content(rec["body"])
    msg.make_mixed()
    msg.replace_header("Content-Type", "multipart/report; report-type=delivery-status")
    ds = EmailMessage()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message(); b1["Reporting-MTA"] = "dns; smtp-out.orange.fr"; b1["Arrival-Date"] = format_datetime(dt)
    b2 = Message(); b2["Final-Recipient"] = "rfc822; " + rec["bounce_rcpt"]; b2["Action"] = "failed"
    b2["Status"] = rec.get("bounce_status", "5.1.1"); b2["Diagnostic-Code"] = rec.get("bounce_diag", "smtp; 550 5.1.1 User unknown")
    ds.set_payload([b1, b2])
    msg.attach(ds)
    orig = EmailMessage()
    orig["From"] = SANDRA
    orig["To"] = rec["bounce_rcpt"]
    orig["Subject"] = rec["bounce_subj"]
    orig["Date"] = format_datetime(dt - timedelta(minutes=2))
    orig["Message-ID"] = "<%s@orange.fr>" % h("orig:" + rec["key"])[:24]
    orig.set_content(rec.get("bounce_orig", "(contenu du message d'origine)\n"))
    wrap = EmailMessage()
    wrap.set_content(orig)  # message/rfc822
    msg.attach(wrap)

def build(rec):
    key = rec["key"]
    dt = make_date(rec)
    msg = EmailMessage(policy=SMTP)
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["Subject"] = rec["subj"]
    msg["Date"] = format_datetime(dt)
    addr = rec["frm"].split("<")[-1].rstrip(">").strip()
    dom = addr.split("@")[-1] if "@" in addr else "mail.local"
    msg["Message-ID"] = "<%s.%s@%s>" % (h("mid:" + key)[:16], h("mid2:" + key)[:8], dom)
    if rec.get("quote") or rec.get("irt"):
        parent = "<%s@%s>" % (h("parent:" + key)[:20], rec.get("parent_dom", "orange.fr"))
        msg["In-Reply-To"] = parent
        msg["References"] = parent
    msg["MIME-Version"] = "1.0"
    for k, v in rec.get("hdrs", {}).items():
        msg[k] = v
    if "X-Mailer" not in rec.get("hdrs", {}) and int(h("xm:" + key)[:2], 16) < 90:
        msg["X-Mailer"] = ["Apple Mail (2.3774.600.62)", "Microsoft Outlook 16.0", "Orange Messagerie",
                           "Mozilla Thunderbird 128.5", "iPhone Mail (22B91)"][int(h("xm2:" + key)[:2], 16) % 5]
    body = rec["body"].strip("\n") + "\n"
    if rec.get("quote"):
        style, who, qtext = rec["quote"][:3]
        qsubj = rec["quote"][3] if len(rec["quote"]) > 3 else rec["subj"].replace("Re: ", "").replace("RE: ", "").replace("TR: ", "").replace("Fwd: ", "")
        qdate = dt - timedelta(days=2, hours=3, minutes=17)
        body = body + fmt_quote(style, who, qtext, qdate, rec["lang"] if rec.get("qlang") is None else rec["qlang"], qsubj,
                                rec.get("qto", rec["frm"] if style != "fwd" else SANDRA))
    shape = rec.get("shape", "plain")
    if shape == "bounce":
        build_bounce(rec, msg, dt)
    elif shape == "html":
        msg.set_content(rec.get("html") or to_html(body), subtype="html", cte=rec.get("cte", "quoted-printable"))
    elif shape == "alt":
        msg.set_content(body, cte=rec.get("cte", "quoted-printable"))
        msg.add_alternative(rec.get("html") or to_html(body), subtype="html", cte="quoted-printable")
    else:
        cte = rec.get("cte") or {"qp": "quoted-printable", "b64": "base64"}.get(shape)
        if cte:
            msg.set_content(body, cte=cte)
        else:
            msg.set_content(body)
    for fname in rec.get("attach", []):
        ext = fname.rsplit(".", 1)[-1].lower()
        mt, st = CTYPES.get(ext, "application/octet-stream").split("/")
        data = fake_bytes(fname, key)
        if mt == "text":
            msg.add_attachment(data.decode("utf-8"), subtype=st, filename=fname)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    fix_boundaries(msg, key)
    return msg

def main():
    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in RECORDS:
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = sorted(RECORDS, key=lambda r: h("order:" + r["key"]))
    labels = {}
    for i, rec in enumerate(order, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        data = build(rec).as_bytes(policy=SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote", len(labels), "messages")

if __name__ == "__main__":
    main()
