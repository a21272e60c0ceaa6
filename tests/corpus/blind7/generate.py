#!/usr/bin/env python3
"""Deterministic generator for the b7 held-out corpus (DSR Desk test mail).

Reads the records from records_*.py next to this file and writes b7-NNNN.eml,
labels.json and README.md next to itself. Standard library only; byte-identical output.
"""
import datetime as dt
import email
import email.message
import email.policy
import email.utils
import hashlib
import json
import os
import sys
from email.message import EmailMessage, Message

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import records_req_fr, records_req_en, records_neg_fr, records_neg_en  # noqa: E402

PREFIX = "b7"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
SANDRA_PRO = "Sandra - Floraison de Soi <contact@floraisondesoi.fr>"
ALLOWED = {"access", "rectification", "erasure", "restriction", "portability",
           "objection", "withdraw_consent", "post_mortem"}

FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MON = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def last_sunday(year, month):
    d = dt.date(year, month, 31)
    while d.weekday() != 6:
        d -= dt.timedelta(days=1)
    return d


def paris(naive):
    """Attach the Europe/Paris offset (CET/CEST) to a naive local datetime."""
    start = dt.datetime.combine(last_sunday(naive.year, 3), dt.time(2, 0))
    end = dt.datetime.combine(last_sunday(naive.year, 10), dt.time(3, 0))
    off = 2 if start <= naive < end else 1
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def msg_date(i):
    base = dt.datetime(2025, 1, 3, 8, 7)
    return paris(base + dt.timedelta(days=2 * i + (i % 3), minutes=(i * 173) % 720))


def h(*parts):
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


def domain_of(addr):
    a = email.utils.parseaddr(addr)[1]
    return a.split("@", 1)[1] if "@" in a else "localhost"


def fr_date(d):
    return f"{FR_DAYS[d.weekday()]} {d.day} {FR_MON[d.month - 1]} {d.year} à {d:%H:%M}"


def en_date(d):
    return f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MON[d.month - 1]} {d.year} at {d:%H:%M}"


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def build_quote(q, d, subj):
    """Format quoted history below the new text, in the style requested."""
    style = q.get("style", "gmail")
    who = q.get("who", SANDRA)
    name, addr = email.utils.parseaddr(who)
    qd = d - dt.timedelta(days=q.get("days", 2), hours=3, minutes=11)
    qsubj = q.get("subj", subj)
    text = q["text"].strip("\n")
    if style == "gmail":
        return f"\n\nLe {fr_date(qd)}, {name} <{addr}> a écrit :\n{quote_lines(text)}\n"
    if style == "gmail_en":
        return f"\n\nOn {en_date(qd)} {name} <{addr}> wrote:\n{quote_lines(text)}\n"
    if style == "apple":
        return f"\n\n> Le {qd.day} {FR_MON[qd.month-1]} {qd.year} à {qd:%H:%M}, {name} <{addr}> a écrit :\n>\n{quote_lines(text)}\n"
    if style == "apple_en":
        return f"\n\n> On {qd.day} {EN_MON[qd.month-1]} {qd.year}, at {qd:%H:%M}, {name} <{addr}> wrote:\n>\n{quote_lines(text)}\n"
    if style == "outlook":
        to = q.get("to", SANDRA)
        return (f"\n\n________________________________\nDe : {name} <{addr}>\n"
                f"Envoyé : {FR_DAYS[qd.weekday()][:-1]} {qd.day} {FR_MON[qd.month-1]} {qd.year} {qd:%H:%M}\n"
                f"À : {to}\nObjet : {qsubj}\n\n{text}\n")
    if style == "outlook_en":
        to = q.get("to", SANDRA)
        return (f"\n\n-----Original Message-----\nFrom: {name} <{addr}>\n"
                f"Sent: {EN_DAYS[qd.weekday()]} {EN_MON[qd.month-1]} {qd.day}, {qd.year} {qd:%H:%M}\n"
                f"To: {to}\nSubject: {qsubj}\n\n{text}\n")
    if style == "fwd":
        to = q.get("to", SANDRA)
        return (f"\n\n-------- Message transféré --------\nSujet : \t{qsubj}\n"
                f"Date : \t{qd:%a, %d %b %Y %H:%M:%S %z}\nDe : \t{name} <{addr}>\nPour : \t{to}\n\n{text}\n")
    if style == "fwd_en":
        to = q.get("to", SANDRA)
        return (f"\n\n---------- Forwarded message ---------\nFrom: {name} <{addr}>\n"
                f"Date: {en_date(qd)}\nSubject: {qsubj}\nTo: {to}\n\n{text}\n")
    raise ValueError(style)


def to_html(text):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(_h.escape(l) for l in p.split("\n")) + "</p>")
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n' + "\n".join(out) + "\n</body></html>\n")


def fake_bytes(fname, key):
    seed = h("att", key, fname).encode()
    ext = fname.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        return b"%PDF-1.4\n% fake document for tests\n" + seed * 4 + b"\n%%EOF\n"
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + seed * 8 + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + seed * 8
    return seed * 3


def build(rec, i):
    key = rec["key"]
    d = msg_date(i)
    frm = rec["frm"]
    to = rec.get("to", SANDRA)
    subj = rec["subj"]
    if rec.get("reply") and not subj.lower().startswith(("re", "tr", "fwd", "fw")):
        subj = ("RE: " if rec.get("quote", {}).get("style", "").startswith("outlook") else "Re: ") + subj
    body = rec["body"].strip("\n") + "\n"
    if rec.get("quote"):
        body = body.rstrip("\n") + build_quote(rec["quote"], d, rec["subj"])

    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    for k in ("Cc",):
        if k in rec:
            m[k] = rec[k]
    m["Subject"] = subj
    m["Date"] = email.utils.format_datetime(d)
    m["Message-ID"] = f"<{h('mid', key)[:24]}@{rec.get('mid_domain', domain_of(frm))}>"
    if rec.get("reply") or rec.get("quote", {}).get("style", "").startswith(("gmail", "apple", "outlook")):
        ref = f"<{h('ref', key)[:20]}@{domain_of(rec.get('quote', {}).get('who', SANDRA))}>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    m["MIME-Version"] = "1.0"
    for k, v in rec.get("hdr", {}).items():
        m[k] = v

    shape = rec.get("shape", "plain")
    if rec.get("special") == "bounce":
        m.set_content(body)
        m.make_mixed()
        m.replace_header("Content-Type", "multipart/report; report-type=delivery-status")
        ds = Message()
        ds["Content-Type"] = "message/delivery-status"
        p1 = Message()
        p1["Reporting-MTA"] = "dns; " + domain_of(frm)
        p1["Arrival-Date"] = email.utils.format_datetime(d)
        p2 = Message()
        p2["Final-Recipient"] = "rfc822; " + rec["bounce_rcpt"]
        p2["Action"] = "failed"
        p2["Status"] = rec.get("bounce_status", "5.1.1")
        p2["Diagnostic-Code"] = rec.get("bounce_diag", "smtp; 550 5.1.1 User unknown")
        ds.set_payload([p1, p2])
        m.attach(ds)
        orig = EmailMessage()
        orig.set_content(rec["bounce_orig"].strip("\n") + "\n")
        orig.replace_header("Content-Type", "text/rfc822-headers")
        del orig["Content-Transfer-Encoding"]
        m.attach(orig)
    else:
        if shape == "html":
            m.set_content(rec.get("html") or to_html(body), subtype="html", cte="quoted-printable")
        elif shape == "alt":
            m.set_content(body, cte="quoted-printable")
            m.add_alternative(rec.get("html") or to_html(body), subtype="html", cte="quoted-printable")
        elif shape == "qp":
            m.set_content(body, cte="quoted-printable")
        elif shape == "b64":
            m.set_content(body, cte="base64")
        else:
            m.set_content(body)
        for fname, ctype in rec.get("att", []):
            mt, st = ctype.split("/")
            m.add_attachment(fake_bytes(fname, key), maintype=mt, subtype=st, filename=fname)
    n = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_b7_{h('bnd', key, str(n))[:28]}")
            n += 1
    return m


def main():
    records = (records_req_fr.RECORDS + records_req_en.RECORDS
               + records_neg_fr.RECORDS + records_neg_en.RECORDS)
    keys = [r["key"] for r in records]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    for r in records:
        assert set(r["rights"]) <= ALLOWED, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    # date index = position in record list; file order = sorted by sha256 of the key
    idx = {r["key"]: i for i, r in enumerate(records)}
    order = sorted(records, key=lambda r: h("order", r["key"]))
    labels = {}
    for n, r in enumerate(order, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        m = build(r, idx[r["key"]])
        data = m.as_bytes(policy=email.policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
