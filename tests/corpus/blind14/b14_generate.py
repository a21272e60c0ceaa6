#!/usr/bin/env python3
"""Deterministic generator for the b14 corpus. Standard library only.
Writes b14-NNNN.eml and labels.json next to itself."""
import datetime, email.policy, hashlib, html, json, os, sys
from email.message import EmailMessage, MIMEPart

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import b14_records_req_fr, b14_records_req_en, b14_records_neg_fr, b14_records_neg_en

PREFIX = "b14"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]


def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def last_sunday(y, m):
    d = datetime.date(y, m + 1, 1) - datetime.timedelta(days=1) if m < 12 else datetime.date(y, 12, 31)
    return d - datetime.timedelta(days=(d.weekday() + 1) % 7)


MONTHS = {"janv": 1, "jan": 1, "january": 1, "janvier": 1, "févr": 2, "fév": 2, "février": 2, "feb": 2, "february": 2,
          "mars": 3, "mar": 3, "march": 3, "avr": 4, "avril": 4, "apr": 4, "april": 4, "mai": 5, "may": 5,
          "juin": 6, "jun": 6, "june": 6, "juil": 7, "juillet": 7, "jul": 7, "july": 7, "août": 8, "aug": 8,
          "august": 8, "sept": 9, "septembre": 9, "sep": 9, "september": 9, "oct": 10, "octobre": 10,
          "october": 10, "nov": 11, "novembre": 11, "november": 11, "déc": 12, "décembre": 12, "dec": 12,
          "december": 12}


def parse_when(when):
    import re
    w = when.lower().replace(".", " ").replace(",", " ")
    toks = w.split()
    for i, t in enumerate(toks):
        if t in MONTHS:
            mon = MONTHS[t]
            year = next((int(x) for x in toks[i + 1:i + 4] if re.fullmatch(r"20\d\d", x)), None)
            day = None
            if i > 0 and toks[i - 1].isdigit():
                day = int(toks[i - 1])
            elif i + 1 < len(toks) and toks[i + 1].isdigit() and len(toks[i + 1]) <= 2:
                day = int(toks[i + 1])
            if year and day:
                return datetime.date(year, mon, day)
    return None


def paris_dt(key, base=None):
    x = int(h("date:" + key)[:12], 16)
    if base is not None:
        day = base + datetime.timedelta(days=x % 4)
    else:
        day = datetime.date(2025, 1, 3) + datetime.timedelta(days=x % 470)
    hour = 7 + (x >> 10) % 15
    minute = (x >> 20) % 60
    sec = (x >> 28) % 60
    summer = last_sunday(day.year, 3) <= day < last_sunday(day.year, 10)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return datetime.datetime(day.year, day.month, day.day, hour, minute, sec, tzinfo=tz)


def addr_domain(a):
    a = a.split("<")[-1].rstrip(">")
    return a.split("@")[-1] if "@" in a else "mail.example"


def quote_block(q, lang_default):
    style, who, when, text = q[:4]
    lines = text.strip("\n").split("\n")
    if style.startswith("outlook"):
        fr = style.endswith("fr")
        hdr = ("________________________________\n" +
               ("De : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n" if fr else
                "From: %s\nSent: %s\nTo: %s\nSubject: %s\n") % (who, when, q[4] if len(q) > 4 else SANDRA,
                                                                q[5] if len(q) > 5 else "")) 
        return "\n\n" + hdr + "\n" + "\n".join(lines) + "\n"
    qt = "\n".join(("> " + l) if l else ">" for l in lines)
    if style == "gmail_fr":
        head = "Le %s, %s a écrit :" % (when, who)
    elif style == "gmail_en":
        head = "On %s, %s wrote:" % (when, who)
    elif style == "apple_fr":
        head = "> Le %s, %s a écrit :\n>" % (when, who)
        return "\n\n" + head + "\n" + qt + "\n"
    elif style == "apple_en":
        head = "> On %s, %s wrote:\n>" % (when, who)
        return "\n\n" + head + "\n" + qt + "\n"
    else:
        head = "%s :" % who
    return "\n\n" + head + "\n" + qt + "\n"


def fwd_block(f):
    style, frm, when, subj, to, text = f
    if style == "gmail_fr":
        head = ("---------- Message transféré ---------\nDe : %s\nDate: %s\nSubject: %s\nTo: %s\n"
                % (frm, when, subj, to))
    elif style == "gmail_en":
        head = ("---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n"
                % (frm, when, subj, to))
    elif style == "apple_fr":
        head = "Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %s\nÀ: %s\n" % (frm, subj, when, to)
    else:  # outlook_fr
        head = ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n"
                % (frm, when, to, subj))
    return "\n\n" + head + "\n" + text.strip("\n") + "\n"


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        groups = []
        for l in p.split("\n"):
            q = l.startswith(">")
            if groups and groups[-1][0] == q:
                groups[-1][1].append(l)
            else:
                groups.append((q, [l]))
        for q, ls in groups:
            if q:
                inner = "<br>\n".join(html.escape(l.lstrip(">").lstrip(" ").rstrip()) for l in ls)
                out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
            else:
                out.append("<p>%s</p>" % "<br>\n".join(html.escape(l) for l in ls))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</div></body></html>\n'
            % "\n".join(out))


def att_bytes(fname, key):
    seed = ("%s|%s" % (key, fname)).encode()
    if fname.lower().endswith(".pdf"):
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n% " + seed + b"\n%%EOF\n"
    if fname.lower().endswith((".jpg", ".jpeg")):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + hashlib.sha256(seed).digest() * 4 + b"\xff\xd9"
    if fname.lower().endswith(".png"):
        return b"\x89PNG\r\n\x1a\n" + hashlib.sha256(seed).digest() * 4
    if fname.lower().endswith(".ics"):
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//b14//EN\r\nBEGIN:VEVENT\r\nUID:%s\r\n"
                "SUMMARY:Rendez-vous\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % h(key)[:16]).encode()
    if fname.lower().endswith((".csv", ".txt")):
        return ("nom;email;date\r\nexemple;exemple@example.org;2025-01-01\r\n# %s\r\n" % key).encode()
    return b"PK\x03\x04" + hashlib.sha256(seed).digest() * 8


def build(r, idx_key):
    key = r["key"]
    base = None
    if r.get("day"):
        base = datetime.date.fromisoformat(r["day"])
    elif r.get("quote") or r.get("fwd"):
        base = parse_when((r.get("quote") or r.get("fwd"))[2])
        assert base is not None, key
    dt = paris_dt(key, base)
    frm = r["frm"]
    body = r["body"].strip("\n") + "\n"
    if r.get("quote"):
        body = body.rstrip("\n") + "\n" + quote_block(r["quote"], r["lang"])
    if r.get("fwd"):
        body = body.rstrip("\n") + "\n" + fwd_block(r["fwd"])
    if r.get("kind") == "bounce":
        return build_bounce(r, dt)
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = frm
    msg["To"] = r.get("to", SANDRA)
    if r.get("cc"):
        msg["Cc"] = r["cc"]
    msg["Subject"] = r["subject"]
    msg["Date"] = email.utils.format_datetime(dt)
    msg["Message-ID"] = "<%s@%s>" % (h("mid:" + key)[:24], addr_domain(frm))
    if r.get("reply_to"):
        msg["Reply-To"] = r["reply_to"]
    if r.get("reply") or r.get("quote"):
        parent = "<%s@%s>" % (h("parent:" + key)[:20], addr_domain(r.get("to", SANDRA)))
        root = "<%s@%s>" % (h("root:" + key)[:20], addr_domain(frm))
        msg["In-Reply-To"] = parent
        msg["References"] = root + " " + parent
    for k, v in r.get("hdrs", []):
        msg[k] = v
    shape = r.get("shape", "plain")
    cte = r.get("cte")
    if shape == "html":
        msg.set_content(to_html(body), subtype="html", cte=cte or "quoted-printable")
    elif shape == "alt":
        msg.set_content(body, cte=cte or "quoted-printable")
        msg.add_alternative(to_html(body), subtype="html", cte=cte or "quoted-printable")
    else:
        msg.set_content(body, cte=cte or "8bit")
    for fname, ctype in r.get("att", []):
        maintype, subtype = ctype.split("/")
        data = att_bytes(fname, key)
        if maintype == "text":
            msg.add_attachment(data.decode(), subtype=subtype, filename=fname)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    del msg["MIME-Version"]
    msg["MIME-Version"] = "1.0"
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_b14_%s_%d" % (h("b:" + key)[:16], n))
            n += 1
    return msg


def build_bounce(r, dt):
    key = r["key"]
    msg = EmailMessage(policy=email.policy.SMTP)
    msg["From"] = r["frm"]
    msg["To"] = r.get("to", SANDRA)
    msg["Subject"] = r["subject"]
    msg["Date"] = email.utils.format_datetime(dt)
    msg["Message-ID"] = "<%s@%s>" % (h("mid:" + key)[:24], addr_domain(r["frm"]))
    msg["Auto-Submitted"] = "auto-replied"
    msg["MIME-Version"] = "1.0"
    msg["Content-Type"] = 'multipart/report; report-type=delivery-status; boundary="=_b14_%s"' % h("b:" + key)[:16]
    p1 = MIMEPart(policy=email.policy.SMTP)
    p1.set_content(r["body"].strip("\n") + "\n", cte="8bit")
    p2 = MIMEPart(policy=email.policy.SMTP)
    p2["Content-Type"] = "message/delivery-status"
    b1 = MIMEPart(policy=email.policy.SMTP)
    b1["Reporting-MTA"] = "dns; %s" % addr_domain(r["frm"])
    b2 = MIMEPart(policy=email.policy.SMTP)
    b2["Final-Recipient"] = "rfc822; %s" % r["failed"]
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    p2.set_payload([b1, b2])
    p3 = MIMEPart(policy=email.policy.SMTP)
    p3["Content-Type"] = "text/rfc822-headers"
    p3.set_payload("From: %s\nTo: %s\nSubject: %s\nDate: %s\n" % (
        "Sandra Delomenie <contact@floraisondesoi.fr>", r["failed"], r["orig_subject"],
        email.utils.format_datetime(dt - datetime.timedelta(minutes=3))))
    msg.set_payload([p1, p2, p3])
    return msg


def main():
    recs = (b14_records_req_fr.R + b14_records_req_en.R + b14_records_neg_fr.R + b14_records_neg_en.R)
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in recs:
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    recs.sort(key=lambda r: h("order:" + r["key"]))
    labels = {}
    for i, r in enumerate(recs, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(r, name)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(msg.as_bytes(policy=email.policy.SMTP))
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    meta = {r["key"]: r["lang"] for r in recs}
    with open(os.path.join(HERE, "b14_langs.json"), "w", encoding="utf-8") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print("wrote", len(recs), "messages")


if __name__ == "__main__":
    import email.utils
    main()
