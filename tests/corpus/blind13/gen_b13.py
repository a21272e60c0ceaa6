#!/usr/bin/env python3
"""Deterministic generator for the b13 corpus. Standard library only.
Writes b13-NNNN.eml and labels.json next to this file."""
import hashlib, json, os, sys, datetime, html as htmlmod
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records_b13 import RECORDS  # noqa

PREFIX = "b13"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}


def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def last_sunday(y, m):
    d = datetime.date(y, m + 1, 1) - datetime.timedelta(days=1) if m < 12 else datetime.date(y, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_dt(key, when=None):
    if when:
        y, mo, d, hh, mi = when
    else:
        n = int(h("date:" + key)[:12], 16)
        start = datetime.date(2025, 1, 6)
        day = start + datetime.timedelta(days=n % 540)
        y, mo, d = day.year, day.month, day.day
        hh = 7 + (n >> 12) % 15
        mi = (n >> 20) % 60
    day = datetime.date(y, mo, d)
    summer = last_sunday(y, 3) <= day < last_sunday(y, 10)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    sec = int(h("sec:" + key)[:4], 16) % 60
    return datetime.datetime(y, mo, d, hh, mi, sec, tzinfo=tz)


MONTHS = {"jan": 1, "janv": 1, "janvier": 1, "january": 1, "feb": 2, "févr": 2, "février": 2, "february": 2,
          "mar": 3, "mars": 3, "march": 3, "apr": 4, "avr": 4, "avril": 4, "april": 4, "may": 5, "mai": 5,
          "jun": 6, "juin": 6, "june": 6, "jul": 7, "juil": 7, "juillet": 7, "july": 7, "aug": 8, "août": 8,
          "august": 8, "sep": 9, "sept": 9, "septembre": 9, "september": 9, "oct": 10, "octobre": 10,
          "october": 10, "nov": 11, "novembre": 11, "november": 11, "dec": 12, "déc": 12, "décembre": 12,
          "december": 12}


def parse_quote_when(s):
    import re
    m = re.search(r"(\d{1,2})\s+([A-Za-zéûè]+)\.?\s+(20\d\d)\D+(\d{1,2}):(\d\d)", s)
    if not m:
        return None
    mo = MONTHS.get(m.group(2).lower())
    if not mo:
        return None
    return (int(m.group(3)), mo, int(m.group(1)), int(m.group(4)), int(m.group(5)))


def after(key, base):
    y, mo, d, hh, mi = base
    n = int(h("after:" + key)[:8], 16)
    delta = datetime.timedelta(minutes=25 + n % (60 * 52))
    t = datetime.datetime(y, mo, d, hh, mi) + delta
    if t.hour < 7:
        t = t.replace(hour=7 + n % 3)
    return (t.year, t.month, t.day, t.hour, t.minute)


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(l.lstrip("&gt; ") for l in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")


def quote_block(q, lang):
    style, who, when, text = q[:4]
    lines = text.strip("\n").split("\n")
    if style == "gmail":
        head = (f"Le {when}, {who} a écrit :" if lang == "fr" else f"On {when}, {who} wrote:")
        return "\n\n" + head + "\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "apple":
        head = (f"Le {when}, {who} a écrit :" if lang == "fr" else f"On {when}, {who} wrote:")
        return "\n\n" + head + "\n\n" + "\n".join("> " + l if l else ">" for l in lines) + "\n"
    if style == "outlook":
        if lang == "fr":
            head = (f"________________________________\nDe : {who}\nEnvoyé : {when}\n"
                    f"À : {SANDRA}\nObjet : {q[4] if len(q) > 4 else 'RE:'}\n")
        else:
            head = (f"________________________________\nFrom: {who}\nSent: {when}\n"
                    f"To: {SANDRA}\nSubject: {q[4] if len(q) > 4 else 'RE:'}\n")
        return "\n\n" + head + "\n" + "\n".join(lines) + "\n"
    if style == "fwd":
        head = ("---------- Forwarded message ---------\n" if lang == "en" else
                "---------- Message transféré ---------\n")
        return "\n\n" + head + f"De : {who}\nDate : {when}\n\n" + "\n".join(lines) + "\n"
    raise ValueError(style)


def fake_pdf(name):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {name}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("ascii", "replace")


def fake_jpg(name):
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + hashlib.sha256(name.encode()).digest() * 8 + b"\xff\xd9"


def add_att(msg, fname, mtype):
    maintype, subtype = mtype.split("/")
    if mtype == "application/pdf":
        data = fake_pdf(fname)
    elif maintype == "image":
        data = fake_jpg(fname)
    elif mtype == "text/csv":
        msg.add_attachment("nom;email;date\nexemple;exemple@example.org;2025-03-02\n", subtype="csv", filename=fname)
        return
    elif mtype == "text/calendar":
        msg.add_attachment("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Séance\r\nDTSTART:20250612T090000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                           subtype="calendar", filename=fname)
        return
    else:
        data = ("contenu " + fname).encode("utf-8")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)


def build(rec, idx_name):
    key = rec["key"]
    lang = rec["lang"]
    kind = rec.get("kind")
    when = rec.get("when")
    if not when and rec.get("quote"):
        base = parse_quote_when(rec["quote"][2])
        if base:
            when = after(key, base)
    dt = paris_dt(key, when)
    frm = rec["frm"]
    domain = frm.split("@")[-1].rstrip(">").strip() if "@" in frm else "mail.example"
    text = rec["body"].strip("\n") + "\n"
    if rec.get("quote"):
        text += quote_block(rec["quote"], lang)
    shape = rec.get("shape", "plain")

    if kind == "bounce":
        msg = EmailMessage()
        msg.set_content(text, cte="7bit" if text.isascii() else "8bit")
        msg.make_mixed()
        # turn into multipart/report
        msg.replace_header("Content-Type", 'multipart/report; report-type=delivery-status')
        part = EmailMessage()
        part["Content-Type"] = "message/delivery-status"
        part["Content-Transfer-Encoding"] = "7bit"
        import email as _email
        blocks = [b for b in rec["dsn"].strip("\n").split("\n\n") if b.strip()]
        part.set_payload([_email.message_from_string(b + "\n", _class=EmailMessage, policy=policy.SMTP)
                          for b in blocks])
        msg.attach(part)
        orig = EmailMessage()
        orig["Content-Type"] = "text/rfc822-headers"
        orig["Content-Transfer-Encoding"] = "7bit"
        from email.header import Header
        hl = []
        for line in rec["orig_headers"].strip("\n").split("\n"):
            k, v = line.split(": ", 1)
            hl.append(f"{k}: {v}" if v.isascii() else f"{k}: " + Header(v, "utf-8").encode())
        orig.set_payload("\n".join(hl) + "\n")
        msg.attach(orig)
    else:
        msg = EmailMessage()
        if shape in ("plain", "qp", "b64"):
            cte = {"plain": "7bit" if text.isascii() else "8bit", "qp": "quoted-printable", "b64": "base64"}[shape]
            if cte:
                msg.set_content(text, cte=cte)
            else:
                msg.set_content(text)
        elif shape in ("html", "html_qp"):
            msg.set_content(rec.get("html") or to_html(text), subtype="html",
                            cte="quoted-printable" if shape == "html_qp" else None)
        elif shape in ("alt", "alt_qp", "alt_b64"):
            cte = {"alt": None, "alt_qp": "quoted-printable", "alt_b64": "base64"}[shape]
            if cte:
                msg.set_content(text, cte=cte)
            else:
                msg.set_content(text)
            msg.add_alternative(rec.get("html") or to_html(text), subtype="html", cte=cte)
        else:
            raise ValueError(shape)
        for fname, mtype in rec.get("att", []):
            add_att(msg, fname, mtype)
        if rec.get("rfc822"):
            inner = EmailMessage()
            isubj, ifrm, ibody = rec["rfc822"]
            inner["From"] = ifrm
            inner["To"] = SANDRA
            inner["Subject"] = isubj
            inner["Date"] = format_datetime(paris_dt(key + ":inner"))
            inner["Message-ID"] = f"<{h('inner' + key)[:20]}@{ifrm.split('@')[-1].rstrip('>')}>"
            inner.set_content(ibody)
            if msg.get_content_maintype() != "multipart":
                msg.make_mixed()
            msg.add_attachment(inner)

    msg["From"] = frm
    msg["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = f"<{h('mid' + key)[:24]}.{PREFIX}@{domain}>"
    if rec.get("quote") or rec["subj"].lower().startswith(("re:", "re :", "tr:", "fwd:", "aw:")):
        ref = f"<{h('ref' + key)[:20]}@orange.fr>"
        if rec.get("quote") and rec["quote"][0] != "fwd":
            msg["In-Reply-To"] = ref
            msg["References"] = ref
    for k, v in rec.get("hdr", {}).items():
        msg[k] = v
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    # put content headers last, as most clients do
    items = list(msg.items())
    content = [(k, v) for k, v in items if k.lower().startswith(("content-", "mime-version"))]
    other = [(k, v) for k, v in items if not k.lower().startswith(("content-", "mime-version"))]
    for k in set(k for k, _ in items):
        del msg[k]
    for k, v in other + content:
        msg[k] = v
    # deterministic boundaries
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_{PREFIX}_{h(key)[:10]}_{i}")
            i += 1
    return msg


def main():
    seen = set()
    for r in RECORDS:
        assert r["key"] not in seen, r["key"]
        seen.add(r["key"])
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    order = sorted(RECORDS, key=lambda r: h("order:" + r["key"]))
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for n, r in enumerate(order, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        msg = build(r, name)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(len(labels), "messages written")


if __name__ == "__main__":
    main()
