#!/usr/bin/env python3
"""Deterministic generator for the b20 corpus. Standard library only.
Writes b20-NNNN.eml and labels.json next to this file."""
import hashlib, json, os, sys, html as _html
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy, message_from_bytes
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import RECORDS  # noqa

PREFIX = "b20"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}


def h(s, n=8):
    return int(hashlib.sha256(s.encode()).hexdigest()[:n], 16)


def last_sunday(y, m):
    d = datetime(y, m + 1, 1) - timedelta(days=1) if m < 12 else datetime(y, 12, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris(dt):
    start, end = last_sunday(dt.year, 3), last_sunday(dt.year, 10)
    off = 2 if start <= dt < end else 1
    return dt.replace(tzinfo=timezone(timedelta(hours=off)))


def date_for(i, key):
    base = datetime(2025, 1, 4, 7, 0)
    dt = base + timedelta(days=i * 2 + (h(key) % 2), minutes=h(key + "m") % (14 * 60))
    return paris(dt)


def domain_of(addr):
    a = addr.split("<")[-1].rstrip(">")
    return a.split("@")[-1] if "@" in a else "localhost"


def to_html(text):
    paras = text.strip().split("\n\n")
    out = []
    for p in paras:
        lines = [_html.escape(l) for l in p.split("\n")]
        if all(l.startswith("&gt;") for l in lines if l):
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">'
                       + "<br>".join(l[4:].lstrip() for l in lines) + "</blockquote>")
        else:
            out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")


def fake_bytes(name, key):
    ext = name.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256((key + name).encode()).digest() * 8
    if ext == "pdf":
        return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 1/Kids[3 0 R]>>endobj\n"
                b"3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + seed + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + seed
    if ext == "ics":
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//b20//FR\r\nBEGIN:VEVENT\r\nUID:%s@b20\r\n"
                "DTSTART:20250915T090000Z\r\nSUMMARY:Seance\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % key).encode()
    if ext in ("txt", "csv"):
        return ("Document joint - %s\n" % name).encode()
    return seed


MIME = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"),
        "png": ("image", "png"), "ics": ("text", "calendar"), "csv": ("text", "csv"),
        "txt": ("text", "plain"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "heic": ("image", "heic")}


def build(i, r):
    key = r["key"]
    dt = date_for(i, key)
    if r.get("raw"):
        raw = r["raw"].format(date=format_datetime(dt), mid="<%016x.%s@%s>" % (h(key, 16), PREFIX, domain_of(r["frm"])))
        return message_from_bytes(raw.replace("\n", "\r\n").encode("utf-8"), policy=policy.SMTP)
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = r["frm"]
    m["To"] = r.get("to", SANDRA)
    if r.get("cc"):
        m["Cc"] = r["cc"]
    m["Subject"] = r["subj"]
    m["Date"] = format_datetime(dt)
    m["Message-ID"] = "<%016x.%s@%s>" % (h(key, 16), PREFIX, domain_of(r["frm"]))
    if r.get("reply_to"):
        m["Reply-To"] = r["reply_to"]
    if r.get("irt"):
        ref = "<%s@%s>" % (hashlib.sha256(("irt" + key).encode()).hexdigest()[:20], r.get("irt_dom", "orange.fr"))
        m["In-Reply-To"] = ref
        m["References"] = ref
    m["MIME-Version"] = "1.0"
    for k, v in r.get("headers", []):
        m[k] = v
    body = r["body"].strip("\n") + "\n"
    fmt = r.get("fmt", "plain")
    cte = r.get("cte")
    if fmt == "html":
        m.set_content(r.get("html") or to_html(body), subtype="html", cte=cte) if cte else \
            m.set_content(r.get("html") or to_html(body), subtype="html")
    else:
        if cte:
            m.set_content(body, cte=cte)
        else:
            m.set_content(body)
        if fmt == "alt":
            m.add_alternative(r.get("html") or to_html(body), subtype="html")
    for a in r.get("att", []):
        if isinstance(a, dict):  # attached message
            inner = build(i, a)
            m.add_attachment(inner)
            continue
        name = a
        mt, st = MIME.get(name.rsplit(".", 1)[-1].lower(), ("application", "octet-stream"))
        data = fake_bytes(name, key)
        if mt == "text":
            m.add_attachment(data.decode(), subtype=st, filename=name)
        else:
            m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary("=_b20_%s_%d_%06x" % (key, n, h(key + str(n), 6)))
    return m


def main():
    keys = set()
    for r in RECORDS:
        assert r["key"] not in keys, r["key"]
        keys.add(r["key"])
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    order = sorted(range(len(RECORDS)), key=lambda j: hashlib.sha256((PREFIX + RECORDS[j]["key"]).encode()).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for n, j in enumerate(order, 1):
        r = RECORDS[j]
        m = build(j, r)
        name = "%s-%04d.eml" % (PREFIX, n)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(m.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": sorted(set(r["rights"]))}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote", len(labels), "messages")


if __name__ == "__main__":
    main()
