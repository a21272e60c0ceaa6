#!/usr/bin/env python3
"""Deterministic generator for the b15 held-out corpus (stdlib only).
Reads records from b15_records.py (same folder), writes b15-NNNN.eml and labels.json."""
import datetime, email, email.policy, hashlib, html, json, os, sys
from email.message import EmailMessage

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b15_records as R

PREFIX = "b15"
POL = email.policy.SMTP
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"

FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                  "septembre", "octobre", "novembre", "décembre"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_MONTHS_LONG = ["January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December"]


def h(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def last_sunday(y, m):
    d = datetime.date(y, m + 1, 1) - datetime.timedelta(days=1) if m < 12 else datetime.date(y, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_offset(dt):
    a, b = last_sunday(dt.year, 3), last_sunday(dt.year, 10)
    return 2 if a <= dt.date() < b else 1


def base_date(key):
    v = int(h("date:" + key, 12), 16)
    start = datetime.datetime(2025, 1, 6, 0, 0)
    days = v % 445  # up to late March 2026
    hour = 7 + (v >> 12) % 15
    minute = (v >> 20) % 60
    sec = (v >> 28) % 60
    return start + datetime.timedelta(days=days, hours=hour, minutes=minute, seconds=sec)


def fmt_date(dt):
    off = paris_offset(dt)
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return email.utils.format_datetime(dt.replace(tzinfo=tz))


def quote_header(style, lang, dt, who, to, subj):
    if style == "outlook":
        if lang == "fr":
            return ("________________________________\n"
                    f"De : {who}\nEnvoyé : {FR_DAYS_LONG[dt.weekday()]} {dt.day} {FR_MONTHS_LONG[dt.month-1]} {dt.year} {dt:%H:%M}\n"
                    f"À : {to}\nObjet : {subj}\n\n"), False
        return ("________________________________\n"
                f"From: {who}\nSent: {EN_DAYS_LONG[dt.weekday()]}, {EN_MONTHS_LONG[dt.month-1]} {dt.day}, {dt.year} {dt:%I:%M %p}\n"
                + f"To: {to}\nSubject: {subj}\n\n"), False
    if style == "apple":
        if lang == "fr":
            return f"> Le {dt.day} {FR_MONTHS_LONG[dt.month-1]} {dt.year} à {dt:%H:%M}, {who} a écrit :\n>\n", True
        return f"> On {EN_MONTHS[dt.month-1]} {dt.day}, {dt.year}, at {dt:%H:%M}, {who} wrote:\n>\n", True
    # gmail
    if lang == "fr":
        return f"Le {FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month-1]} {dt.year} à {dt:%H:%M}, {who} a écrit :\n", True
    return f"On {EN_DAYS[dt.weekday()]}, {dt.day} {EN_MONTHS[dt.month-1]} {dt.year} at {dt:%H:%M}, {who} wrote:\n", True


def build_text(rec, dt):
    body = rec["body"].strip("\n") + "\n"
    q = rec.get("quote")
    if q:
        style = q.get("style", "gmail")
        qdt = dt - datetime.timedelta(days=q.get("days", 2), hours=3, minutes=17)
        who = q.get("who", SANDRA)
        to = q.get("to", rec["frm"])
        subj = q.get("subj", rec["subj"].replace("RE: ", "").replace("Re: ", "").replace("TR : ", ""))
        head, arrow = quote_header(style, rec["lang"], qdt, who, to, subj)
        qt = q["text"].strip("\n")
        if arrow:
            qt = "\n".join(("> " + l) if l else ">" for l in qt.split("\n"))
        body = body + "\n" + head + qt + "\n"
    return body


def to_html(text):
    out = []
    inq = False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if lines and all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>\n".join(html.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


def fake_bytes(name, key):
    seed = hashlib.sha256(("att:" + key + name).encode()).digest()
    low = name.lower()
    if low.endswith(".pdf"):
        head = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n"
    elif low.endswith((".jpg", ".jpeg")):
        head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    elif low.endswith(".png"):
        head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    elif low.endswith(".ics"):
        return None
    else:
        head = b"PK\x03\x04"
    return head + (seed * 24)


MIME = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"),
        "png": ("image", "png"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "odt": ("application", "vnd.oasis.opendocument.text"), "zip": ("application", "zip"),
        "heic": ("image", "heic")}


def set_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"----=_Part_{h('b:' + key + str(n), 20)}_{n}")


def build(rec, idx):
    key = rec["key"]
    dt = base_date(key) if "date" not in rec else datetime.datetime(*rec["date"])
    if rec.get("raw"):
        raw = rec["raw"](fmt_date(dt), key)
        msg = email.message_from_bytes(raw.encode("utf-8"), policy=POL)
        return msg
    msg = EmailMessage(policy=POL)
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    msg["Subject"] = rec["subj"]
    msg["Date"] = fmt_date(dt)
    dom = rec["frm"].rsplit("@", 1)[-1].rstrip(">").strip()
    msg["Message-ID"] = f"<{h('mid:' + key, 24)}@{dom}>"
    if rec.get("reply") or rec.get("quote"):
        ref = f"<{h('ref:' + key, 20)}@orange.fr>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in rec.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    text = build_text(rec, dt)
    shape = rec.get("shape", "plain")
    cte = rec.get("cte")
    if shape == "html":
        msg.set_content(rec.get("html") or to_html(text), subtype="html", cte=cte or "quoted-printable")
    elif shape == "alt":
        msg.set_content(text, cte=cte or "quoted-printable")
        msg.add_alternative(rec.get("html") or to_html(text), subtype="html", cte="quoted-printable")
    else:
        if cte:
            msg.set_content(text, cte=cte)
        else:
            msg.set_content(text)
    for att in rec.get("attach", []):
        name = att
        ext = name.rsplit(".", 1)[-1].lower()
        mt, st = MIME.get(ext, ("application", "octet-stream"))
        msg.add_attachment(fake_bytes(name, key), maintype=mt, subtype=st, filename=name)
    if rec.get("fwd"):
        f = rec["fwd"]
        inner = EmailMessage(policy=POL)
        inner["From"] = f["frm"]
        inner["To"] = f.get("to", SANDRA)
        inner["Subject"] = f["subj"]
        inner["Date"] = fmt_date(dt - datetime.timedelta(days=f.get("days", 5)))
        inner["Message-ID"] = f"<{h('inner:' + key, 24)}@{f['frm'].rsplit('@',1)[-1].rstrip('>')}>"
        inner.set_content(f["body"].strip("\n") + "\n")
        msg.add_attachment(inner)
    set_boundaries(msg, key)
    return msg


def main():
    recs = R.RECORDS
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in recs:
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    order = sorted(recs, key=lambda r: hashlib.sha256(("b15-order:" + r["key"]).encode()).hexdigest())
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX + "-") and fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    labels = {}
    for i, rec in enumerate(order, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        msg = build(rec, i)
        data = msg.as_bytes(policy=POL)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, indent=1, ensure_ascii=False, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
