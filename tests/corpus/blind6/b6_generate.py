#!/usr/bin/env python3
"""Deterministic generator for the b6 corpus. Standard library only.
Writes b6-NNNN.eml and labels.json next to this file."""
import datetime, hashlib, html, json, os, sys
from email.message import EmailMessage
from email import policy
from email.parser import Parser
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from b6_common import SANDRA
import b6_records_fr_req, b6_records_fr_neg, b6_records_en

PREFIX = "b6"
RECORDS = b6_records_fr_req.RECORDS + b6_records_fr_neg.RECORDS + b6_records_en.RECORDS
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}

def h(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]

def hn(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)

def last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1) if month < 12 else datetime.date(year, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d

def paris(dt_naive):
    y = dt_naive.year
    start, end = last_sunday(y, 3), last_sunday(y, 10)
    summer = start <= dt_naive.date() < end
    return dt_naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))

def msg_date(rec):
    if rec.get("date"):
        return paris(datetime.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M"))
    n = hn("date:" + rec["key"])
    base = datetime.datetime(2025, 1, 6, 0, 0)
    day = n % 440
    hour = 7 + (n >> 12) % 15
    minute = (n >> 20) % 60
    return paris(base + datetime.timedelta(days=day, hours=hour, minutes=minute))

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_EN_L = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN_L = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]

def quote_block(rec, q, d):
    qd = d - datetime.timedelta(days=1 + hn("q:" + rec["key"]) % 4, hours=hn("qh:" + rec["key"]) % 5)
    who = q.get("frm", SANDRA)
    name, addr = parseaddr(who)
    style = q.get("style", "gmail")
    lang = q.get("lang", rec["lang"])
    text = q["text"].strip("\n")
    hm = "%02d:%02d" % (qd.hour, qd.minute)
    if style == "gmail":
        if lang == "fr":
            head = "Le %s %d %s %d à %s, %s <%s> a écrit :" % (JOURS_ABR[qd.weekday()], qd.day, MOIS[qd.month - 1], qd.year, hm, name, addr)
        else:
            head = "On %s, %d %s %d at %s, %s <%s> wrote:" % (DAYS_EN[qd.weekday()], qd.day, MONTHS_EN[qd.month - 1], qd.year, hm, name, addr)
        return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "outlook":
        to_name, to_addr = parseaddr(rec["frm"])
        if lang == "fr":
            head = ("________________________________\nDe : %s <%s>\nEnvoyé : %s %d %s %d %s\nÀ : %s <%s>\nObjet : %s"
                    % (name, addr, JOURS[qd.weekday()], qd.day, MOIS[qd.month - 1], qd.year, hm, to_name, to_addr, q.get("subj", rec["subj"])))
        else:
            head = ("________________________________\nFrom: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s <%s>\nSubject: %s"
                    % (name, addr, DAYS_EN_L[qd.weekday()], MONTHS_EN_L[qd.month - 1], qd.day, qd.year, hm, to_name, to_addr, q.get("subj", rec["subj"])))
        return "\n\n" + head + "\n\n" + text
    # apple
    if lang == "fr":
        head = "> Le %d %s %d à %s, %s <%s> a écrit :" % (qd.day, MOIS[qd.month - 1], qd.year, hm, name, addr)
    else:
        head = "> On %d %s %d, at %s, %s <%s> wrote:" % (qd.day, MONTHS_EN[qd.month - 1], qd.year, hm, name, addr)
    return "\n\n" + head + "\n>\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

def fwd_block(rec, f):
    lang = rec["lang"]
    if lang == "fr":
        head = "---------- Message transféré ---------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s" % (
            f["frm"], f["date"], f["subj"], f.get("to", SANDRA))
    else:
        head = "---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s" % (
            f["frm"], f["date"], f["subj"], f.get("to", SANDRA))
    return "\n\n" + head + "\n\n" + f["text"].strip("\n")

def to_html(text):
    out, quote = [], False
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines if l):
            inner = "<br>\n".join(html.escape(l.lstrip(">").lstrip(" ")) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in lines))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body><div dir="ltr" '
            'style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</div></body></html>\n")

def fake_bytes(name, key):
    seed = hashlib.sha256((key + "/" + name).encode()).digest()
    low = name.lower()
    if low.endswith(".pdf"):
        body = b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n% " + name.encode("utf-8") + b"\n"
        return body + seed * 24 + b"\n%%EOF\n"
    if low.endswith((".jpg", ".jpeg")):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed * 64 + b"\xff\xd9"
    if low.endswith(".png"):
        return b"\x89PNG\r\n\x1a\n" + seed * 48
    if low.endswith(".ics"):
        return None
    return seed * 16

def build(rec, idx):
    d = msg_date(rec)
    body = rec["body"].strip("\n") + "\n"
    if rec.get("fwd"):
        body = body.rstrip("\n") + fwd_block(rec, rec["fwd"]) + "\n"
    if rec.get("quote"):
        body = body.rstrip("\n") + quote_block(rec, rec["quote"], d) + "\n"
    if rec.get("footer"):
        body = body.rstrip("\n") + "\n\n" + rec["footer"].strip("\n") + "\n"
    m = EmailMessage()
    m["From"] = rec["frm"]
    m["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        m["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        m["Reply-To"] = rec["reply_to"]
    subj = rec["subj"]
    m["Subject"] = subj
    m["Date"] = format_datetime(d)
    dom = parseaddr(rec["frm"])[1].split("@")[-1] or "localhost"
    m["Message-ID"] = "<%s.%s@%s>" % (h("mid:" + rec["key"], 20), h("mid2:" + rec["key"], 8), dom)
    if rec.get("quote") or rec.get("reply"):
        ref = "<%s@%s>" % (h("ref:" + rec["key"], 24), "orange.fr" if rec.get("quote", {}).get("frm", SANDRA) == SANDRA else dom)
        m["In-Reply-To"] = ref
        m["References"] = ref
    m["MIME-Version"] = "1.0"
    for k, v in rec.get("hdrs", {}).items():
        m[k] = v
    fmt = rec.get("fmt", "plain")
    if rec.get("kind") == "report":
        return build_report(rec, m, body)
    if fmt == "html":
        m.set_content(rec.get("html") or to_html(body), subtype="html")
    elif fmt == "alt":
        m.set_content(body)
        m.add_alternative(rec.get("html") or to_html(body), subtype="html")
    elif fmt == "qp":
        m.set_content(body, cte="quoted-printable")
    elif fmt == "b64":
        m.set_content(body, cte="base64")
    elif fmt == "8bit":
        m.set_content(body, cte="8bit")
    else:
        m.set_content(body)
    for att in rec.get("att", []):
        name, mime = att[0], att[1]
        maintype, subtype = mime.split("/")
        if maintype == "text":
            content = att[2] if len(att) > 2 else "Pièce jointe %s\n" % name
            m.add_attachment(content, subtype=subtype, filename=name)
        elif mime == "message/rfc822":
            inner = EmailMessage()
            inner["From"], inner["To"], inner["Subject"] = att[2]["frm"], att[2].get("to", SANDRA), att[2]["subj"]
            inner["Date"] = att[2]["date"]
            inner.set_content(att[2]["text"])
            m.add_attachment(inner)
        else:
            m.add_attachment(fake_bytes(name, rec["key"]), maintype=maintype, subtype=subtype, filename=name)
    fix_boundaries(m, rec["key"])
    return m

def build_report(rec, m, body):
    m.set_content(body)
    m.make_mixed()
    dsn = EmailMessage()
    dsn["Content-Type"] = "message/delivery-status"
    blocks = [Parser(policy=policy.default).parsestr(b.strip("\n") + "\n", headersonly=True)
              for b in rec["dsn"].strip("\n").split("\n\n")]
    dsn.set_payload(blocks)
    m.attach(dsn)
    orig = EmailMessage()
    o = rec["orig"]
    orig["From"], orig["To"], orig["Subject"], orig["Date"] = o["frm"], o["to"], o["subj"], o["date"]
    orig.set_content(o["text"])
    wrap = EmailMessage()
    wrap.set_content(orig)
    m.attach(wrap)
    m.set_type("multipart/report")
    m.set_param("report-type", "delivery-status")
    fix_boundaries(m, rec["key"])
    return m

def fix_boundaries(m, key):
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("==b6_%s_%d==" % (h("b:" + key, 12), i))
            i += 1

def main():
    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in RECORDS:
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    order = sorted(RECORDS, key=lambda r: hashlib.sha256(("b6order:" + r["key"]).encode()).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, r in enumerate(order, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(r, i)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(order))

if __name__ == "__main__":
    main()
