#!/usr/bin/env python3
"""Deterministic generator for the b8 corpus. Standard library only.

Writes b8-NNNN.eml and labels.json next to this file. Byte-identical on every run.
"""
import datetime
import hashlib
import html
import json
import os
import sys
from email.message import EmailMessage, MIMEPart, Message
from email.policy import SMTP
from email.utils import format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b8_records_fr_req  # noqa: E402
import b8_records_fr_neg  # noqa: E402
import b8_records_en  # noqa: E402
from b8_common import SANDRA  # noqa: E402

PREFIX = "b8"
RECORDS = b8_records_fr_req.RECORDS + b8_records_fr_neg.RECORDS + b8_records_en.RECORDS
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}

JOURS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
JOURS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
MOIS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def hint(s, mod):
    return int(h(s)[:12], 16) % mod


def last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1) if month < 12 else datetime.date(year, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def paris(naive):
    start = datetime.datetime.combine(last_sunday(naive.year, 3), datetime.time(2, 0))
    end = datetime.datetime.combine(last_sunday(naive.year, 10), datetime.time(3, 0))
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def msg_date(rec):
    if rec.get("date"):
        naive = datetime.datetime.strptime(rec["date"], "%Y-%m-%d %H:%M")
    else:
        base = datetime.datetime(2025, 1, 6, 0, 0)
        days = hint("d|" + rec["key"], 500)
        auto = rec["frm"].lower()
        if any(x in auto for x in ("no-reply", "noreply", "notifications", "mailer-daemon", "ne-pas-repondre")):
            minutes = hint("m|" + rec["key"], 24 * 60)
        else:
            minutes = 7 * 60 + hint("m|" + rec["key"], 16 * 60)
        naive = base + datetime.timedelta(days=days, minutes=minutes, seconds=hint("s|" + rec["key"], 60))
    return paris(naive)


def domain_of(addr):
    a = parseaddr(addr)[1]
    return a.split("@", 1)[1] if "@" in a else "localhost"


def attribution(style, who, dt, subj, me):
    name = parseaddr(who)[0] or parseaddr(who)[1]
    if style == "gmail_fr":
        return "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (
            JOURS[dt.weekday()], dt.day, MOIS[dt.month - 1], dt.year, dt.hour, dt.minute, who), "gt"
    if style == "gmail_en":
        return "On %s, %d %s %d at %02d:%02d, %s wrote:" % (
            DAYS_EN[dt.weekday()], dt.day, MONTHS_EN[dt.month - 1], dt.year, dt.hour, dt.minute, who), "gt"
    if style == "apple_fr":
        return "Le %d %s %d à %02d:%02d, %s a écrit :" % (
            dt.day, MOIS_LONG[dt.month - 1], dt.year, dt.hour, dt.minute, who), "apple"
    if style == "apple_en":
        return "On %d %s %d, at %02d:%02d, %s wrote:" % (
            dt.day, MONTHS_EN[dt.month - 1], dt.year, dt.hour, dt.minute, who), "apple"
    if style == "outlook_fr":
        return ("________________________________\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s" % (
            who, JOURS_LONG[dt.weekday()], dt.day, MOIS_LONG[dt.month - 1], dt.year, dt.hour, dt.minute, me, subj)), "outlook"
    if style == "outlook_en":
        return ("________________________________\nFrom: %s\nSent: %s, %d %s %d %02d:%02d\nTo: %s\nSubject: %s" % (
            who, DAYS_EN[dt.weekday()], dt.day, MONTHS_EN[dt.month - 1], dt.year, dt.hour, dt.minute, me, subj)), "outlook"
    raise ValueError(style)


def base_subject(subj):
    s = subj
    while True:
        for p in ("Re: ", "RE: ", "TR: ", "Fwd: ", "FW: ", "Tr : "):
            if s.startswith(p):
                s = s[len(p):]
                break
        else:
            return s


def build_quote(rec, dt):
    if not rec.get("quote"):
        return None
    style, who, text = rec["quote"]
    qdt = dt - datetime.timedelta(days=1 + hint("q|" + rec["key"], 9), minutes=hint("qm|" + rec["key"], 600))
    me = rec.get("to") or rec["frm"]
    attr, kind = attribution(style, who, qdt, base_subject(rec["subj"]), rec["frm"])
    lines = text.split("\n")
    if kind == "outlook":
        plain = attr + "\n\n" + text
    elif kind == "apple":
        plain = "\n".join(["> " + attr, ">"] + [("> " + l) if l else ">" for l in lines])
    else:
        plain = attr + "\n" + "\n".join([("> " + l) if l else ">" for l in lines])
    return dict(plain=plain, attr=attr, text=text, kind=kind)


def text_to_html(t):
    paras = t.split("\n\n")
    return "\n".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>\n") for p in paras if p.strip())


def build_html(rec, q):
    if rec.get("html"):
        return rec["html"]
    body = text_to_html(rec["body"]) if rec["body"].strip() else "<br>"
    if q:
        if q["kind"] == "outlook":
            qh = '<hr style="display:inline-block;width:98%%">\n<div id="divRplyFwdMsg">%s</div>\n<div>%s</div>' % (
                html.escape(q["attr"].split("\n", 1)[1]).replace("\n", "<br>\n"), text_to_html(q["text"]))
        else:
            qh = '<div class="gmail_quote"><div class="gmail_attr">%s</div>\n<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote></div>' % (
                html.escape(q["attr"]), text_to_html(q["text"]))
        body += "\n<br>\n" + qh
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</div></body></html>\n' % body)


def att_bytes(fname, mime, key):
    seed = hashlib.sha256(("att|" + key + "|" + fname).encode()).digest()
    filler = (seed * 40)[:1200]
    if mime == "application/pdf":
        return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\nstream\n" + filler + b"\nendstream\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    if mime.startswith("image/"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + filler + b"\xff\xd9"
    if mime == "text/csv":
        return ("date;montant;client;description\n2025-01-14;120,00;S. Delorme;Atelier\n"
                "2025-02-03;297,00;B. Lemoine;Formation\n2025-03-21;70,00;M. Vandenbussche;Séance\n").encode("utf-8")
    return filler


def choose_fmt(rec):
    if rec.get("fmt"):
        return rec["fmt"]
    v = hint("fmt|" + rec["key"], 100)
    return "alt" if v < 35 else ("html" if v < 42 else "plain")


def choose_cte(rec, fmt):
    if rec.get("cte"):
        return rec["cte"]
    v = hint("cte|" + rec["key"], 100)
    if v < 20:
        return "quoted-printable"
    if v < 32:
        return "base64"
    return None


def set_text(part, text, subtype, cte):
    if cte:
        part.set_content(text, subtype=subtype, charset="utf-8", cte=cte)
    else:
        part.set_content(text, subtype=subtype, charset="utf-8")


def build_orig(rec, dt, origd):
    o = EmailMessage()
    o["From"] = origd.get("frm", SANDRA)
    o["To"] = origd["to"]
    o["Subject"] = origd["subj"]
    o["Date"] = format_datetime(dt - datetime.timedelta(minutes=3 + hint("o|" + rec["key"], 3000)))
    o["Message-ID"] = "<%s@%s>" % (h("orig|" + rec["key"])[:20], domain_of(o["From"]))
    o["MIME-Version"] = "1.0"
    o.set_content(origd["body"], charset="utf-8")
    return o


def build(rec, idx):
    dt = msg_date(rec)
    key = rec["key"]
    to = rec.get("to") or SANDRA
    msg = EmailMessage()
    msg["From"] = rec["frm"]
    msg["To"] = to
    msg["Subject"] = rec["subj"]
    msg["Date"] = format_datetime(dt)
    msg["Message-ID"] = "<%s.%s@%s>" % (h("mid|" + key)[:16], h("mid2|" + key)[:8], domain_of(rec["frm"]))
    subj = rec["subj"]
    if rec.get("quote") or subj[:3].lower() in ("re:", "tr:") or subj[:4].lower() in ("fwd:",) or subj[:3] in ("FW:",):
        if subj[:3].lower() == "re:" or subj[:3] == "RE:" or rec.get("quote"):
            parent = "<%s@%s>" % (h("parent|" + key)[:24], domain_of(rec["quote"][1] if rec.get("quote") else to))
            msg["In-Reply-To"] = parent
            msg["References"] = "<%s@%s> %s" % (h("gp|" + key)[:24], domain_of(to), parent)
    for k, v in (rec.get("hdr") or {}).items():
        msg[k] = v
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    msg["MIME-Version"] = "1.0"
    fromlow = rec["frm"].lower()
    if "iphone" in rec["body"].lower() or "ipad" in rec["body"].lower():
        msg["X-Mailer"] = "iPhone Mail (22D82)"
    elif "outlook" in fromlow or (rec.get("quote") and rec["quote"][0].startswith("outlook")):
        msg["X-Mailer"] = "Microsoft Outlook 16.0"

    kind = rec.get("kind", "normal")
    if kind == "bounce":
        return build_bounce(msg, rec, dt)

    q = build_quote(rec, dt)
    text = rec["body"].rstrip("\n") + "\n"
    if q:
        text = text + "\n" + q["plain"] + "\n"
    fmt = choose_fmt(rec)
    cte = choose_cte(rec, fmt)
    if fmt == "plain":
        set_text(msg, text, "plain", cte)
    elif fmt == "html":
        set_text(msg, build_html(rec, q), "html", cte)
    else:
        set_text(msg, text, "plain", cte)
        hp = MIMEPart(policy=SMTP)
        set_text(hp, build_html(rec, q), "html", cte)
        msg.make_alternative()
        msg.attach(hp)
    if kind == "fwd_eml":
        msg.add_attachment(build_orig(rec, dt, rec["orig"]))
    for fname, mime in rec.get("att") or []:
        maintype, subtype = mime.split("/")
        msg.add_attachment(att_bytes(fname, mime, key), maintype=maintype, subtype=subtype, filename=fname)
    return msg


def build_bounce(msg, rec, dt):
    msg.set_content(rec["body"].rstrip("\n") + "\n", charset="utf-8")
    msg.make_mixed()
    msg.replace_header("Content-Type", "multipart/report")
    msg.set_param("report-type", "delivery-status")
    msg["Auto-Submitted"] = "auto-replied"
    ds = MIMEPart(policy=SMTP)
    rcpt = rec["orig"]["to"]
    ds["Content-Type"] = "message/delivery-status"
    blk1 = Message(policy=SMTP)
    blk1["Reporting-MTA"] = "dns; %s" % domain_of(rec["frm"])
    blk1["Arrival-Date"] = format_datetime(dt)
    blk2 = Message(policy=SMTP)
    blk2["Final-Recipient"] = "rfc822; %s" % rcpt
    blk2["Action"] = "failed"
    blk2["Status"] = "5.1.1" if "full" not in rec["body"] else "5.2.2"
    blk2["Diagnostic-Code"] = "smtp; 550 5.1.1 <%s>: Recipient address rejected" % rcpt
    ds.set_payload([blk1, blk2])
    msg.attach(ds)
    op = MIMEPart(policy=SMTP)
    op.set_content(build_orig(rec, dt, rec["orig"]))
    msg.attach(op)
    return msg


def fix_boundaries(msg, key):
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("=_b8_%s_%d" % (h("bnd|" + key)[:20], n))
            n += 1


def main():
    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in RECORDS:
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    ordered = sorted(RECORDS, key=lambda r: h("order|b8|" + r["key"]))
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(ordered, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec, i)
        fix_boundaries(msg, rec["key"])
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(labels))


if __name__ == "__main__":
    main()
