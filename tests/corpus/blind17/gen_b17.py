#!/usr/bin/env python3
"""Deterministic generator for the b17 corpus. Standard library only.
Writes b17-NNNN.eml and labels.json next to itself."""
import hashlib, json, os, sys, base64
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy, utils

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_b17 import RECORDS  # noqa

PREFIX = "b17"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA_PRO = "Sandra Delomenie - Floraison de Soi <contact@floraisondesoi.fr>"
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}

FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_FULL = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def paris_tz(dt):
    # CEST between last Sunday of March and last Sunday of October
    y = dt.year
    def last_sunday(m):
        d = datetime(y, m, 31 if m in (3, 10) else 30)
        while d.weekday() != 6:
            d -= timedelta(days=1)
        return d
    summer = last_sunday(3) <= dt.replace(tzinfo=None) < last_sunday(10)
    return timezone(timedelta(hours=2 if summer else 1))


def msg_date(key):
    hv = int(h("date:" + key)[:12], 16)
    base = datetime(2025, 1, 3, 0, 0)
    dt = base + timedelta(days=hv % 520, minutes=(hv // 520) % (15 * 60) + 7 * 60, seconds=(hv >> 20) % 60)
    return dt.replace(tzinfo=paris_tz(dt))


def fmt_quote_header(style, who, dt):
    name = who.split("<")[0].strip().strip('"') or who
    addr = who[who.find("<") + 1:who.find(">")] if "<" in who else who
    if style == "gmail":
        return f"Le {FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month-1]} {dt.year} à {dt:%H:%M}, {name} <{addr}> a écrit :"
    if style == "gmail_en":
        return f"On {EN_DAYS[dt.weekday()]}, {dt.day} {EN_MONTHS[dt.month-1]} {dt.year} at {dt:%H:%M}, {name} <{addr}> wrote:"
    if style == "apple":
        return f"Le {dt.day} {FR_MONTHS_FULL[dt.month-1]} {dt.year} à {dt:%H:%M}, {name} <{addr}> a écrit :"
    if style == "apple_en":
        return f"On {dt.day} {EN_MONTHS[dt.month-1]} {dt.year}, at {dt:%H:%M}, {name} <{addr}> wrote:"
    raise ValueError(style)


def build_quote(rec, dt):
    style, who, text = rec["q"]
    qdt = dt - timedelta(days=1 + int(h("q" + rec["k"])[:2], 16) % 9, minutes=37)
    subj = rec.get("qsubj") or rec["subj"].split(":", 1)[-1].strip()
    if style in ("outlook", "outlook_en"):
        fr = style == "outlook"
        name = who.split("<")[0].strip().strip('"')
        addr = who[who.find("<") + 1:who.find(">")]
        to = rec["frm"]
        d = (f"{FR_DAYS[qdt.weekday()].rstrip('.')} {qdt.day} {FR_MONTHS_FULL[qdt.month-1]} {qdt.year} {qdt:%H:%M}" if fr
             else f"{EN_DAYS[qdt.weekday()]}, {EN_MONTHS[qdt.month-1]} {qdt.day}, {qdt.year} {qdt:%I:%M %p}")
        lines = ["", "", "________________________________"]
        if fr:
            lines += [f"De : {name} <{addr}>", f"Envoyé : {d}", f"À : {to}", f"Objet : {subj}"]
        else:
            lines += [f"From: {name} <{addr}>", f"Sent: {d}", f"To: {to}", f"Subject: {subj}"]
        return "\n".join(lines) + "\n\n" + text.strip("\n") + "\n"
    if style in ("fwd", "fwd_en"):
        name = who.split("<")[0].strip().strip('"')
        addr = who[who.find("<") + 1:who.find(">")]
        head = "---------- Message transféré ---------" if style == "fwd" else "---------- Forwarded message ---------"
        d = (f"{FR_DAYS[qdt.weekday()]} {qdt.day} {FR_MONTHS[qdt.month-1]} {qdt.year} à {qdt:%H:%M}" if style == "fwd"
             else f"{EN_DAYS[qdt.weekday()]}, {EN_MONTHS[qdt.month-1]} {qdt.day}, {qdt.year} at {qdt:%I:%M %p}")
        lab = ("De", "Date", "Objet", "À") if style == "fwd" else ("From", "Date", "Subject", "To")
        to = rec.get("fwdto", SANDRA)
        return (f"\n\n{head}\n{lab[0]} : {name} <{addr}>\n{lab[1]} : {d}\n{lab[2]} : {subj}\n{lab[3]} : {to}\n\n"
                if style == "fwd" else
                f"\n\n{head}\n{lab[0]}: {name} <{addr}>\n{lab[1]}: {d}\n{lab[2]}: {subj}\n{lab[3]}: {to}\n\n") + text.strip("\n") + "\n"
    head = fmt_quote_header(style, who, qdt)
    quoted = "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))
    return "\n\n" + head + "\n" + quoted + "\n"


def to_html(text):
    import html as H
    out = []
    for para in text.split("\n\n"):
        if para.startswith(">") or para.lstrip().startswith(">"):
            inner = "<br>\n".join(H.escape(l.lstrip("> ").rstrip()) for l in para.split("\n"))
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<div>" + "<br>\n".join(H.escape(l) for l in para.split("\n")) + "</div>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n<div><br></div>\n".join(out) + "\n</body></html>\n")


def fake_pdf(name):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% {name}\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_jpg(name):
    seed = hashlib.sha256(name.encode()).digest()
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed * 24 + b"\xff\xd9"


def attach(msg, fname):
    low = fname.lower()
    if low.endswith(".pdf"):
        msg.add_attachment(fake_pdf(fname), maintype="application", subtype="pdf", filename=fname)
    elif low.endswith((".jpg", ".jpeg")):
        msg.add_attachment(fake_jpg(fname), maintype="image", subtype="jpeg", filename=fname)
    elif low.endswith(".png"):
        msg.add_attachment(b"\x89PNG\r\n\x1a\n" + hashlib.sha256(fname.encode()).digest() * 8, maintype="image", subtype="png", filename=fname)
    elif low.endswith(".ics"):
        msg.add_attachment("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//b17//FR\nBEGIN:VEVENT\nUID:" + h(fname)[:16] +
                           "\nSUMMARY:Rendez-vous\nDTSTART:20250612T140000Z\nEND:VEVENT\nEND:VCALENDAR\n",
                           subtype="calendar", filename=fname)
    elif low.endswith(".csv"):
        msg.add_attachment("date;montant;client\n2025-03-02;90,00;Séance individuelle\n", subtype="csv", filename=fname)
    else:
        msg.add_attachment(hashlib.sha256(fname.encode()).digest() * 10, maintype="application", subtype="octet-stream", filename=fname)


def build(rec, idx):
    dt = msg_date(rec["k"])
    frm = rec["frm"]
    to = rec.get("to", SANDRA if not frm.endswith("floraisondesoi.fr>") else None) or rec.get("to")
    domain = frm[frm.find("@") + 1:frm.find(">")] if "@" in frm else "mail.example"
    mid = f"<{h('mid:' + rec['k'])[:20]}@{domain}>"
    body = rec["body"].strip("\n") + "\n"
    if rec.get("sig"):
        body += "\n" + rec["sig"].strip("\n") + "\n"
    if rec.get("q"):
        body += build_quote(rec, dt)
    shape = rec.get("shape")
    if shape is None:
        r = int(h("shape:" + rec["k"])[:4], 16) % 20
        shape = "plain" if r < 10 else "qp" if r < 13 else "b64" if r < 15 else "alt" if r < 19 else "html"
    if rec.get("bounce"):
        return build_bounce(rec, dt, mid, body)
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to if to else SANDRA
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subj"]
    msg["Date"] = utils.format_datetime(dt)
    msg["Message-ID"] = mid
    if rec.get("rt"):
        msg["Reply-To"] = rec["rt"]
    if rec.get("q") and rec["q"][0] not in ("fwd", "fwd_en"):
        qd = rec["q"][1]
        qdom = qd[qd.find("@") + 1:qd.find(">")]
        ref = f"<{h('ref:' + rec['k'])[:20]}@{qdom}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in rec.get("hdrs", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if shape == "plain":
        msg.set_content(body, cte="8bit")
    elif shape == "qp":
        msg.set_content(body, cte="quoted-printable")
    elif shape == "b64":
        msg.set_content(body, cte="base64")
    elif shape == "html":
        msg.set_content(rec.get("html") or to_html(body), subtype="html", cte="quoted-printable")
    elif shape == "alt":
        msg.set_content(body, cte="quoted-printable")
        msg.add_alternative(rec.get("html") or to_html(body), subtype="html", cte="quoted-printable")
    for a in rec.get("att", []):
        attach(msg, a)
    if rec.get("rfc822"):
        inner = EmailMessage(policy=policy.SMTP)
        f, s, b = rec["rfc822"]
        inner["From"] = f
        inner["To"] = SANDRA
        inner["Subject"] = s
        inner["Date"] = utils.format_datetime(dt - timedelta(days=3))
        inner["Message-ID"] = f"<{h('inner:' + rec['k'])[:20]}@{f[f.find('@')+1:f.find('>')]}>"
        inner.set_content(b, cte="8bit")
        msg.add_attachment(inner)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"----=_Part_{PREFIX}_{idx:04d}_{n}_{h('b' + rec['k'])[:10]}")
    return msg


def build_bounce(rec, dt, mid, body):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to", SANDRA)
    msg["Subject"] = rec["subj"]
    msg["Date"] = utils.format_datetime(dt)
    msg["Message-ID"] = mid
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    msg.set_content(body, cte="8bit")
    msg.make_mixed()
    st = EmailMessage(policy=policy.SMTP)
    st["Content-Type"] = "message/delivery-status"
    blocks = []
    for blk in rec["bounce"]["status"].strip().split("\n\n"):
        bm = EmailMessage(policy=policy.SMTP)
        for line in blk.strip().split("\n"):
            k, v = line.split(":", 1)
            bm[k.strip()] = v.strip()
        blocks.append(bm)
    st.set_payload(blocks)
    msg.attach(st)
    inner = EmailMessage(policy=policy.SMTP)
    inner["From"] = rec["bounce"].get("ofrom", SANDRA_PRO)
    inner["To"] = rec["bounce"]["orcpt"]
    inner["Subject"] = rec["bounce"]["osubj"]
    inner["Date"] = utils.format_datetime(dt - timedelta(minutes=2))
    inner["Message-ID"] = f"<{h('orig:' + rec['k'])[:20]}@floraisondesoi.fr>"
    inner.set_content(rec["bounce"]["obody"], cte="8bit")
    wrap = EmailMessage(policy=policy.SMTP)
    wrap.set_content(inner)
    msg.attach(wrap)
    msg.replace_header("Content-Type", "multipart/report; report-type=delivery-status")
    msg.set_boundary(f"----=_Bounce_{PREFIX}_{h('bb' + rec['k'])[:12]}")
    return msg


def main():
    keys = [r["k"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in RECORDS:
        assert set(r["rights"]) <= ALLOWED, r["k"]
        assert r["lang"] in ("fr", "en"), r["k"]
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = sorted(RECORDS, key=lambda r: h("order:" + r["k"]))
    labels = {}
    for i, rec in enumerate(order, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        msg = build(rec, i)
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["k"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
