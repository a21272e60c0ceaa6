#!/usr/bin/env python3
"""Deterministic generator for the b11 corpus. Standard library only.
Reads records from records_*.py next to this file, writes b11-NNNN.eml and labels.json."""
import hashlib, html, json, os, sys, datetime, email.policy, email.utils
from email.message import EmailMessage, Message

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
PREFIX = "b11"
SANDRA = ("Sandra Delomenie", "sandra.delomenie@orange.fr")
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}

def load():
    recs = []
    for mod in ("records_en_req", "records_fr_req", "records_en_neg", "records_fr_neg"):
        m = __import__(mod)
        recs.extend(m.RECORDS)
    return recs

def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()

def last_sunday(y, m):
    d = datetime.date(y, m + 1, 1) - datetime.timedelta(days=1) if m < 12 else datetime.date(y, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d

def paris(dt_naive):
    y = dt_naive.year
    start = datetime.datetime.combine(last_sunday(y, 3), datetime.time(2))
    end = datetime.datetime.combine(last_sunday(y, 10), datetime.time(3))
    off = 2 if start <= dt_naive < end else 1
    return dt_naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))

def msg_date(r):
    if r.get("date"):
        y, mo, d, hh, mi = r["date"]
        return paris(datetime.datetime(y, mo, d, hh, mi))
    x = int(h("date:" + r["key"])[:12], 16)
    base = datetime.datetime(2025, 1, 3, 0, 0)
    day = x % 540
    hour = 7 + (x >> 10) % 15
    minute = (x >> 20) % 60
    return paris(base + datetime.timedelta(days=day, hours=hour, minutes=minute))

FR_D = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DL = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_M = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_ML = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
EN_D = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_ML = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

def fmt_addr(n, a):
    return email.utils.formataddr((n, a)) if n else a

def quote_block(q, d, subj):
    st, n, a, t = q["style"], q["n"], q["a"], q["t"].strip("\n")
    to = q.get("to", SANDRA[1])
    qs = q.get("subj", subj)
    hm = d.strftime("%H:%M")
    if st == "gmail_en":
        head = f"On {EN_D[d.weekday()]}, {d.day} {EN_ML[d.month-1][:3]} {d.year} at {hm}, {n} <{a}> wrote:"
        return head + "\n\n" + "\n".join("> " + l if l else ">" for l in t.split("\n"))
    if st == "gmail_fr":
        head = f"Le {FR_D[d.weekday()]} {d.day} {FR_M[d.month-1]} {d.year} à {hm}, {n} <{a}> a écrit :"
        return head + "\n\n" + "\n".join("> " + l if l else ">" for l in t.split("\n"))
    if st == "apple_en":
        head = f"> On {d.day} {EN_ML[d.month-1][:3]} {d.year}, at {hm}, {n} <{a}> wrote:\n> "
        return head + "\n" + "\n".join("> " + l if l else ">" for l in t.split("\n"))
    if st == "apple_fr":
        head = f"> Le {d.day} {FR_M[d.month-1]} {d.year} à {hm}, {n} <{a}> a écrit :\n> "
        return head + "\n" + "\n".join("> " + l if l else ">" for l in t.split("\n"))
    if st == "outlook_en":
        ampm = d.strftime("%I:%M %p").lstrip("0")
        return ("-----Original Message-----\n" if q.get("orig") else "________________________________\n") + \
            f"From: {n} <{a}>\nSent: {EN_DL[d.weekday()]}, {EN_ML[d.month-1]} {d.day}, {d.year} {ampm}\nTo: {to}\nSubject: {qs}\n\n{t}"
    if st == "outlook_fr":
        return "________________________________\n" + \
            f"De : {n} <{a}>\nEnvoyé : {FR_DL[d.weekday()]} {d.day} {FR_ML[d.month-1]} {d.year} {hm}\nÀ : {to}\nObjet : {qs}\n\n{t}"
    raise ValueError(st)

def fwd_block(f, d):
    st = f["style"]
    n, a, s, t = f["n"], f["a"], f["subj"], f["t"].strip("\n")
    to = f.get("to", "")
    if st == "gmail_en":
        return (f"---------- Forwarded message ---------\nFrom: {n} <{a}>\n"
                f"Date: {EN_D[d.weekday()]}, {d.day} {EN_ML[d.month-1][:3]} {d.year} at {d.strftime('%H:%M')}\n"
                f"Subject: {s}\nTo: {to}\n\n{t}")
    if st == "gmail_fr":
        return (f"---------- Message transféré ---------\nDe : {n} <{a}>\n"
                f"Date: {FR_D[d.weekday()]} {d.day} {FR_M[d.month-1]} {d.year} à {d.strftime('%H:%M')}\n"
                f"Subject: {s}\nTo: {to}\n\n{t}")
    if st == "outlook_fr":
        return ("-----Message d'origine-----\n"
                f"De : {n} <{a}>\nEnvoyé : {FR_DL[d.weekday()]} {d.day} {FR_ML[d.month-1]} {d.year} {d.strftime('%H:%M')}\n"
                f"À : {to}\nObjet : {s}\n\n{t}")
    if st == "apple_en":
        return (f"Begin forwarded message:\n\nFrom: {n} <{a}>\nSubject: {s}\n"
                f"Date: {d.day} {EN_ML[d.month-1]} {d.year} at {d.strftime('%H:%M')}:00 CET\nTo: {to}\n\n{t}")
    raise ValueError(st)

def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                       + "<br>\n".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")

def fake_bytes(name, n=900):
    out = b""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{name}:{i}".encode()).digest()
        i += 1
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + out[:n] + b"\n%%EOF\n"
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + out[:n] + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + out[:n]
    if ext == "ics":
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Calendly//EN\r\nBEGIN:VEVENT\r\nUID:%s\r\n"
                "SUMMARY:Appel découverte\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % hashlib.sha256(name.encode()).hexdigest()[:16]).encode()
    return out[:n]

def build(r):
    d = msg_date(r)
    key = r["key"]
    frm = r["frm"]
    to = r.get("to", SANDRA)
    subj = r["subj"]
    body = r["body"].strip("\n") + "\n"
    qd = d - datetime.timedelta(days=2, hours=3, minutes=17)
    if r.get("fwd"):
        body = body + "\n\n" + fwd_block(r["fwd"], qd) + "\n"
    if r.get("quote"):
        body = body + "\n" + quote_block(r["quote"], qd, subj.split(":", 1)[-1].strip()) + "\n"
    if r.get("kind") == "report":
        return build_report(r, d)
    m = EmailMessage()
    m["From"] = fmt_addr(*frm)
    m["To"] = fmt_addr(*to) if isinstance(to, tuple) else to
    if r.get("cc"):
        m["Cc"] = r["cc"]
    m["Subject"] = subj
    m["Date"] = email.utils.format_datetime(d)
    dom = frm[1].split("@")[1]
    m["Message-ID"] = f"<{h('mid:' + key)[:24]}@{dom}>"
    if r.get("quote") or r.get("reply"):
        ref = f"<{h('ref:' + key)[:20]}@{r.get('quote', {}).get('a', SANDRA[1]).split('@')[1]}>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    m["MIME-Version"] = "1.0"
    for k, v in r.get("hdr", {}).items():
        m[k] = v
    shape = r.get("shape", "plain")
    cte = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit"}.get(r.get("cte"))
    if shape == "html":
        m.set_content(r.get("html") or to_html(body), subtype="html", cte=cte or "quoted-printable")
    elif shape == "alt":
        m.set_content(body, cte=cte)
        m.add_alternative(r.get("html") or to_html(body), subtype="html")
    else:
        m.set_content(body, cte=cte)
    for att in r.get("att", []):
        fname, ctype = att
        mt, st = ctype.split("/")
        if mt == "message":
            inner = EmailMessage()
            f = r["fwd_msg"]
            inner["From"] = fmt_addr(f["n"], f["a"])
            inner["To"] = f.get("to", SANDRA[1])
            inner["Subject"] = f["subj"]
            inner["Date"] = email.utils.format_datetime(qd)
            inner["Message-ID"] = f"<{h('inner:' + key)[:24]}@{f['a'].split('@')[1]}>"
            inner.set_content(f["t"].strip("\n") + "\n")
            m.add_attachment(inner)
        elif mt == "text":
            m.add_attachment(fake_bytes(fname).decode("latin-1") if st != "calendar" else fake_bytes(fname).decode(),
                             subtype=st, filename=fname)
        else:
            m.add_attachment(fake_bytes(fname), maintype=mt, subtype=st, filename=fname)
    fix_boundaries(m, key)
    return m

def fix_boundaries(m, key):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"----=_Part_{h('b:' + key)[:12]}_{i}")
            i += 1

def build_report(r, d):
    key = r["key"]
    frm = r["frm"]
    m = EmailMessage()
    m["From"] = fmt_addr(*frm)
    m["To"] = fmt_addr(*r.get("to", SANDRA))
    m["Subject"] = r["subj"]
    m["Date"] = email.utils.format_datetime(d)
    m["Message-ID"] = f"<{h('mid:' + key)[:24]}@{frm[1].split('@')[1]}>"
    m["Auto-Submitted"] = "auto-replied"
    m["MIME-Version"] = "1.0"
    m.set_content(r["body"].strip("\n") + "\n")
    m.make_mixed()
    m.set_param("report-type", "delivery-status")
    m.set_type("multipart/report")
    ds = Message()
    ds["Content-Type"] = "message/delivery-status"
    b1 = Message(); b1["Reporting-MTA"] = "dns; " + frm[1].split("@")[1]
    b1["Arrival-Date"] = email.utils.format_datetime(d - datetime.timedelta(minutes=1))
    b2 = Message(); b2["Final-Recipient"] = "rfc822; " + r["bounce_to"]
    b2["Action"] = "failed"; b2["Status"] = r.get("status", "5.1.1")
    b2["Diagnostic-Code"] = r.get("diag", "smtp; 550 5.1.1 User unknown")
    ds.set_payload([b1, b2])
    m.attach(ds)
    orig = EmailMessage()
    o = r["orig"]
    orig["From"] = fmt_addr(*o.get("frm", SANDRA))
    orig["To"] = r["bounce_to"]
    orig["Subject"] = o["subj"]
    orig["Date"] = email.utils.format_datetime(d - datetime.timedelta(minutes=2))
    orig["Message-ID"] = f"<{h('orig:' + key)[:24]}@orange.fr>"
    orig.set_content(o["t"].strip("\n") + "\n")
    wrap = EmailMessage()
    wrap.set_content(orig)
    m.attach(wrap)
    fix_boundaries(m, key)
    return m

def main():
    recs = load()
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in recs:
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("en", "fr"), r["key"]
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = sorted(recs, key=lambda r: h("order:" + r["key"]))
    labels = {}
    for i, r in enumerate(order, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        data = build(r).as_bytes(policy=email.policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(len(labels), "messages written")

if __name__ == "__main__":
    main()
