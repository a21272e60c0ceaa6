#!/usr/bin/env python3
"""Deterministic generator for the b16 corpus. Standard library only.
Writes b16-NNNN.eml and labels.json next to this file."""
import hashlib, json, os, sys, datetime
from email.message import EmailMessage
from email import policy, utils

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import RECORDS, ALLOWED  # noqa: E402

PREFIX = "b16"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_L = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_L = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CTYPES = {"pdf": "application/pdf", "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png",
          "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "txt": "text/plain", "csv": "text/csv", "ics": "text/calendar", "heic": "image/heic",
          "zip": "application/zip", "odt": "application/vnd.oasis.opendocument.text",
          "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def h(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def paris_dt(key):
    start = datetime.datetime(2025, 1, 3, 6, 0)
    span_min = 480 * 24 * 60
    m = int(h("date:" + key, 12), 16) % span_min
    d = start + datetime.timedelta(minutes=m)
    # shift night hours into day time for most human mail
    if d.hour < 7:
        d = d + datetime.timedelta(hours=8)
    summer = (datetime.datetime(2025, 3, 30, 2) <= d < datetime.datetime(2025, 10, 26, 3)) or \
             (datetime.datetime(2026, 3, 29, 2) <= d < datetime.datetime(2026, 10, 25, 3))
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return d.replace(tzinfo=tz)


def addr_of(s):
    return utils.parseaddr(s)[1]


def fake_bytes(fn, key):
    ext = fn.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256((key + fn).encode()).digest() * 8
    if ext == "pdf":
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n" + seed + b"\n%%EOF\n"
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + seed + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + seed
    if ext in ("txt", "csv", "ics"):
        return None
    return b"PK\x03\x04" + seed


def quote_block(rec, dt):
    q = rec["quote"]
    style, text = q[0], q[1]
    who = q[2] if len(q) > 2 else SANDRA
    qd = dt - datetime.timedelta(days=1 + int(h("q" + rec["key"], 4), 16) % 9, hours=3)
    lang = rec["lang"]
    subj = rec["subj"]
    for p in ("Re: ", "RE: ", "RE : ", "Re : ", "TR: ", "Fwd: "):
        if subj.startswith(p):
            subj = subj[len(p):]
    name, mail = utils.parseaddr(who)
    me = rec.get("frm")
    if style == "gmail":
        if lang == "fr":
            head = f"Le {JOURS[qd.weekday()]} {qd.day} {MOIS[qd.month-1]} {qd.year} à {qd:%H:%M}, {name} <{mail}> a écrit :"
        else:
            head = f"On {DAYS[qd.weekday()]}, {qd.day} {MONTHS[qd.month-1]} {qd.year} at {qd:%H:%M}, {name} <{mail}> wrote:"
        return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")) + "\n"
    if style == "apple":
        if lang == "fr":
            head = f"> Le {qd.day} {MOIS_L[qd.month-1]} {qd.year} à {qd:%H:%M}, {name} <{mail}> a écrit :"
        else:
            head = f"> On {qd.day} {MONTHS[qd.month-1]} {qd.year}, at {qd:%H:%M}, {name} <{mail}> wrote:"
        return "\n\n" + head + "\n> \n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")) + "\n"
    # outlook
    if lang == "fr":
        head = (f"________________________________\nDe : {name} <{mail}>\n"
                f"Envoyé : {JOURS_L[qd.weekday()]} {qd.day} {MOIS_L[qd.month-1]} {qd.year} {qd:%H:%M}\n"
                f"À : {me}\nObjet : {subj}")
    else:
        head = (f"________________________________\nFrom: {name} <{mail}>\n"
                f"Sent: {DAYS[qd.weekday()]} {qd.day} {MONTHS[qd.month-1]} {qd.year} {qd:%H:%M}\n"
                f"To: {me}\nSubject: {subj}")
    return "\n\n" + head + "\n\n" + text + "\n"


def to_html(text):
    import html
    paras = text.split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<html><head><meta charset=\"utf-8\"></head><body><div dir=\"ltr\">\n"
            + "\n".join(out) + "\n</div></body></html>\n")


def build(rec):
    key = rec["key"]
    dt = paris_dt(key)
    if rec.get("date"):
        y, mo, d, hh, mi = rec["date"]
        base = paris_dt(key)
        dt = datetime.datetime(y, mo, d, hh, mi, tzinfo=base.tzinfo)
    msg = EmailMessage(policy=policy.SMTP)
    frm = rec["frm"]
    msg["From"] = frm
    msg["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["Subject"] = rec["subj"]
    msg["Date"] = utils.format_datetime(dt)
    dom = addr_of(frm).split("@")[-1] or "localhost"
    msg["Message-ID"] = f"<{h('mid'+key, 20)}@{dom}>"
    if rec.get("reply") or rec.get("quote"):
        ref = f"<{h('ref'+key, 18)}@{'orange.fr' if 'quote' not in rec or len(rec['quote']) < 3 else addr_of(rec['quote'][2]).split('@')[-1]}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    for k, v in rec.get("hdr", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    body = rec["body"].strip("\n") + "\n"
    if rec.get("quote"):
        body = body + quote_block(rec, dt)
    kind = rec.get("kind", "")
    fmt = rec.get("fmt", "plain")
    if kind == "bounce":
        msg.set_content(body)
        ds = EmailMessage(policy=policy.SMTP)
        ds["Content-Type"] = "message/delivery-status"
        from email import message_from_string
        blocks = [b for b in rec["ds"].strip("\n").split("\n\n") if b.strip()]
        ds.set_payload([message_from_string(b + "\n", policy=policy.SMTP) for b in blocks])
        hd = EmailMessage(policy=policy.SMTP)
        hd["Content-Type"] = "text/rfc822-headers"
        hd.set_payload(rec["orig_headers"])
        msg.make_mixed()
        msg.attach(ds)
        msg.attach(hd)
        msg.set_type("multipart/report")
        msg.set_param("report-type", "delivery-status")
    else:
        if fmt == "html":
            msg.set_content(rec.get("html") or to_html(body), subtype="html", cte="quoted-printable")
        elif fmt == "alt":
            msg.set_content(body)
            msg.add_alternative(rec.get("html") or to_html(body), subtype="html")
        elif fmt == "qp":
            msg.set_content(body, cte="quoted-printable")
        elif fmt == "b64":
            msg.set_content(body, cte="base64")
        else:
            msg.set_content(body)
        if kind == "rfc822":
            inner = EmailMessage(policy=policy.SMTP)
            i = rec["inner"]
            inner["From"] = i["frm"]
            inner["To"] = i.get("to", SANDRA)
            inner["Subject"] = i["subj"]
            idt = dt - datetime.timedelta(days=4, hours=2)
            inner["Date"] = utils.format_datetime(idt)
            inner["Message-ID"] = f"<{h('inner'+key, 20)}@{addr_of(i['frm']).split('@')[-1]}>"
            inner.set_content(i["body"].strip("\n") + "\n")
            msg.add_attachment(inner)
        for fn in rec.get("att", []):
            ext = fn.rsplit(".", 1)[-1].lower()
            ct = CTYPES.get(ext, "application/octet-stream")
            data = fake_bytes(fn, key)
            if data is None:
                msg.add_attachment(f"(contenu de {fn})\n", subtype=ct.split("/")[1], filename=fn)
            else:
                mt, st = ct.split("/")
                msg.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"==b16_{h('bnd'+key, 12)}_{i}==")
            i += 1
    return msg


def main():
    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in RECORDS:
        assert all(x in ALLOWED for x in r["rights"]), r["key"]
    order = sorted(RECORDS, key=lambda r: hashlib.sha256(("b16:" + r["key"]).encode()).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for n, r in enumerate(order, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        data = build(r).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(len(order), "messages written")


if __name__ == "__main__":
    main()
