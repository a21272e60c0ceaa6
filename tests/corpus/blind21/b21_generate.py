#!/usr/bin/env python3
"""Deterministic generator for the b21 corpus (stdlib only).
Writes b21-NNNN.eml and labels.json next to this file."""
import datetime, email.policy, hashlib, json, os, sys
from email.message import EmailMessage, MIMEPart, Message

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from b21_records import RECORDS  # noqa: E402

PREFIX = "b21"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
             "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def h(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def last_sunday(y, m):
    d = datetime.date(y, m, 31 if m in (3, 10) else 30)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris_tz(dt):
    summer = last_sunday(dt.year, 3) <= dt.date() < last_sunday(dt.year, 10)
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))


def msg_date(i, key):
    base = datetime.datetime(2025, 1, 3, 7, 0)
    off = int(h("d" + key, 6), 16)
    dt = base + datetime.timedelta(days=(i * 497) // 250 % 497, minutes=off % 840, seconds=off % 60)
    return dt.replace(tzinfo=paris_tz(dt))


def fmt_quote_date(dt, lang):
    if lang == "fr":
        return f"{FR_DAYS[dt.weekday()]} {dt.day} {FR_MONTHS[dt.month-1]} {dt.year} à {dt:%H:%M}"
    return f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month-1]} {dt.day}, {dt.year} at {dt:%H:%M}"


def quote_block(q, dt, lang, to_addr):
    style, who, text = q[0], q[1], q[2]
    qsubj = q[3] if len(q) > 3 else ""
    qd = dt - datetime.timedelta(days=2, hours=3, minutes=17)
    if style == "gmail":
        head = (f"Le {fmt_quote_date(qd, 'fr')}, {who} a écrit :" if lang == "fr"
                else f"On {fmt_quote_date(qd, 'en')} {who} wrote:")
        return "\n\n" + head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")) + "\n"
    if style == "apple":
        head = (f"> Le {qd.day} {FR_MONTHS[qd.month-1]} {qd.year} à {qd:%H:%M}, {who} a écrit :" if lang == "fr"
                else f"> On {qd.day} {EN_MONTHS[qd.month-1]} {qd.year}, at {qd:%H:%M}, {who} wrote:")
        return "\n\n" + head + "\n> \n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")) + "\n"
    if style == "outlook":
        if lang == "fr":
            head = (f"De : {who}\nEnvoyé : {fmt_quote_date(qd, 'fr').replace(' à', '')}\n"
                    f"À : {to_addr}\nObjet : {qsubj}")
        else:
            head = (f"From: {who}\nSent: {fmt_quote_date(qd, 'en').replace(' at', '')}\n"
                    f"To: {to_addr}\nSubject: {qsubj}")
        return "\n\n" + "_" * 32 + "\n" + head + "\n\n" + text + "\n"
    if style == "fwd":
        if lang == "fr":
            head = (f"---------- Message transféré ---------\nDe : {who}\n"
                    f"Date : {fmt_quote_date(qd, 'fr')}\nObjet : {qsubj}\nÀ : {to_addr}")
        else:
            head = (f"---------- Forwarded message ---------\nFrom: {who}\n"
                    f"Date: {fmt_quote_date(qd, 'en')}\nSubject: {qsubj}\nTo: {to_addr}")
        return "\n\n" + head + "\n\n" + text + "\n"
    raise ValueError(style)


def to_html(text):
    import html
    paras = text.split("\n\n")
    out = []
    for p in paras:
        if p.startswith(">"):
            inner = "<br>".join(html.escape(l.lstrip("> ").rstrip()) for l in p.split("\n"))
            out.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<p>" + "<br>".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(out) + "\n</body></html>\n")


def fake_bytes(name, key):
    seed = hashlib.sha256((key + name).encode()).digest()
    if name.lower().endswith(".pdf"):
        return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n% " + seed.hex().encode()
                + b"\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    if name.lower().endswith((".jpg", ".jpeg")):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed * 8 + b"\xff\xd9"
    if name.lower().endswith(".png"):
        return b"\x89PNG\r\n\x1a\n" + seed * 8
    if name.lower().endswith(".ics"):
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//b21//FR\r\nBEGIN:VEVENT\r\nUID:" + seed.hex()[:20]
                + "@b21\r\nDTSTART:20250610T090000Z\r\nSUMMARY:Séance\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode()
    if name.lower().endswith(".csv"):
        return ("email;prenom;nom;date_inscription\nexemple" + seed.hex()[:6] + "@gmail.com;Anne;Exemple;2024-03-02\n").encode()
    return seed * 4


MIME_OF = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"),
           "png": ("image", "png"), "ics": ("text", "calendar"), "csv": ("text", "csv"),
           "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
           "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")}


def build(i, r):
    key = r["key"]
    dt = msg_date(i, key)
    frm = r["frm"]
    to = r.get("to", SANDRA)
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if r.get("cc"):
        m["Cc"] = r["cc"]
    m["Subject"] = r["subj"]
    m["Date"] = email.utils.format_datetime(dt)
    dom = frm.split("@")[-1].rstrip(">").strip() if "@" in frm else "mail.example"
    m["Message-ID"] = f"<{h('mid' + key, 24)}@{dom}>"
    if r.get("reply_to"):
        m["Reply-To"] = r["reply_to"]
    body = r["body"].strip("\n") + "\n"
    q = r.get("q")
    if q:
        qto = r.get("q_to", to if q[0] == "fwd" else frm)
        body = body.rstrip("\n") + quote_block(q, dt, r["lang"], qto)
        if q[0] in ("gmail", "apple", "outlook"):
            parent = f"<{h('parent' + key, 20)}@{'orange.fr' if 'Sandra' in q[1] or 'floraison' in q[1].lower() else 'mail.gmail.com'}>"
            m["In-Reply-To"] = parent
            m["References"] = f"<{h('root' + key, 20)}@mail.gmail.com> {parent}"
    for k, v in r.get("hdr", {}).items():
        m[k] = v
    shape = r.get("shape", "plain")
    if shape == "dsn":
        m["Content-Type"] = "multipart/report; report-type=delivery-status"
        p1 = MIMEPart(); p1.set_content(body, cte="quoted-printable")
        p2 = MIMEPart()
        ds1 = Message(); ds1["Reporting-MTA"] = "dns; " + r.get("mta", "smtp-out.orange.fr")
        ds1["Arrival-Date"] = email.utils.format_datetime(dt)
        ds2 = Message(); ds2["Final-Recipient"] = "rfc822; " + r.get("rcpt", "unknown@example.com")
        ds2["Action"] = "failed"; ds2["Status"] = r.get("status", "5.1.1")
        ds2["Diagnostic-Code"] = "smtp; " + r.get("diag", "550 5.1.1 User unknown")
        p2["Content-Type"] = "message/delivery-status"
        p2.set_payload([ds1, ds2])
        p3 = MIMEPart()
        p3["Content-Type"] = "text/rfc822-headers"
        p3.set_payload(r.get("orig_headers", "From: " + SANDRA + "\nSubject: (sans objet)\n"))
        m.set_payload([p1, p2, p3])
    elif shape == "html":
        m.set_content(to_html(body), subtype="html", cte=r.get("cte", "quoted-printable"))
    elif shape == "alt":
        m.set_content(body, cte=r.get("cte", "quoted-printable"))
        m.add_alternative(to_html(body), subtype="html", cte="quoted-printable")
    else:
        cte = {"plain": "8bit", "qp": "quoted-printable", "b64": "base64"}[shape]
        m.set_content(body, cte=cte)
    for name in r.get("att", []):
        ext = name.rsplit(".", 1)[-1].lower()
        if ext == "eml":
            inner = EmailMessage()
            inner["From"] = r.get("att_from", SANDRA); inner["To"] = frm
            inner["Subject"] = r.get("att_subj", "Message"); inner["Date"] = email.utils.format_datetime(dt - datetime.timedelta(days=9))
            inner.set_content(r.get("att_body", "(message d'origine)\n"))
            m.add_attachment(inner, filename=name)
            continue
        mt, st = MIME_OF.get(ext, ("application", "octet-stream"))
        data = fake_bytes(name, key)
        if mt == "text":
            m.add_attachment(data.decode(), subtype=st, filename=name)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    n = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(f"=_b21_{h('b' + key, 10)}_{n}")
    return m


def main():
    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in RECORDS:
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    order = sorted(range(len(RECORDS)), key=lambda j: hashlib.sha256(("b21:" + RECORDS[j]["key"]).encode()).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for n, j in enumerate(order, 1):
        r = RECORDS[j]
        name = f"{PREFIX}-{n:04d}.eml"
        m = build(n, r)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(m.as_bytes(policy=email.policy.SMTP))
        labels[name] = {"key": r["key"], "rights": sorted(set(r["rights"]))}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(len(labels), "messages written")


import email.utils  # noqa: E402
if __name__ == "__main__":
    main()
