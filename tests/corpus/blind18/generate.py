#!/usr/bin/env python3
"""Deterministic generator for the b18 corpus: writes b18-NNNN.eml and labels.json next to itself."""
import hashlib, json, os, sys, textwrap, datetime, re
from email.message import EmailMessage, Message
from email import policy
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common
import records_fr_req, records_en_req, records_fr_neg, records_en_neg  # noqa: F401 (fill RECORDS)

PREFIX = "b18"
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability",
          "objection", "withdraw_consent", "post_mortem"}
CTYPES = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"),
          "png": ("image", "png"), "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
          "ics": ("text", "calendar"), "csv": ("text", "csv"), "zip": ("application", "zip"),
          "heic": ("image", "heic"), "txt": ("text", "plain")}

def paris(dt):
    def last_sunday(y, m):
        d = datetime.date(y, m, 31)
        return d - datetime.timedelta(days=(d.weekday() + 1) % 7)
    y = dt.year
    summer = last_sunday(y, 3) <= dt.date() < last_sunday(y, 10)
    return dt.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))

def addr(s):
    m = re.search(r"<([^>]+)>", s)
    return m.group(1) if m else s.strip()

def quote_block(r):
    style, who, date, text = r["q"]
    fr = r["lang"] == "fr"
    text = text.strip("\n")
    if style == "gmail":
        head = (f"Le {date}, {who} a écrit :" if fr else f"On {date}, {who} wrote:")
        return "\n\n" + head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    if style == "apple":
        head = (f"Le {date}, {who} a écrit :" if fr else f"On {date}, {who} wrote:")
        return "\n\n> " + head + "\n>\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    subj = re.sub(r"^(re|tr|fwd?|aw)\s*:\s*", "", r["subj"], flags=re.I)
    to = r.get("frm") if r["frm"] != common.SANDRA else r.get("to", "")
    if fr:
        return (f"\n\n________________________________\nDe : {who}\nEnvoyé : {date}\nÀ : {to}\n"
                f"Objet : {subj}\n\n{text}")
    return (f"\n\n________________________________\nFrom: {who}\nSent: {date}\nTo: {to}\n"
            f"Subject: {subj}\n\n{text}")

def fwd_block(r):
    who, date, subj, text = r["fwd"]
    if r["lang"] == "fr":
        return (f"\n\n---------- Forwarded message ---------\nDe : {who}\nDate: {date}\n"
                f"Subject: {subj}\nTo: {r['frm']}\n\n{text.strip()}")
    return (f"\n\n---------- Forwarded message ---------\nFrom: {who}\nDate: {date}\n"
            f"Subject: {subj}\nTo: {r['frm']}\n\n{text.strip()}")

def full_text(r):
    t = r["body"]
    if r.get("sig"):
        t += "\n\n-- \n" + r["sig"].strip()
    if "q" in r:
        t += quote_block(r)
    if "fwd" in r:
        t += fwd_block(r)
    return t + "\n"

def wrap(t):
    out = []
    for line in t.split("\n"):
        if len(line) <= 76:
            out.append(line)
        else:
            pre = "> " if line.startswith("> ") else ""
            out.extend(textwrap.wrap(line, 76, subsequent_indent=pre, break_long_words=False,
                                     break_on_hyphens=False))
    return "\n".join(out) + "\n"

def html_of(t):
    import html
    paras = t.rstrip("\n").split("\n\n")
    parts = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>".join(html.escape(l.lstrip("> ").rstrip()) for l in lines)
            parts.append(f'<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">{inner}</blockquote>')
        else:
            parts.append("<p>" + "<br>".join(html.escape(l) for l in lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div dir="ltr" style="font-family:Arial,sans-serif;font-size:14px">\n'
            + "\n".join(parts) + "\n</div></body></html>\n")

def att_bytes(name):
    ext = name.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256(name.encode()).digest()
    if ext == "pdf":
        return b"%PDF-1.4\n% " + name.encode() + b"\n1 0 obj<<>>endobj\n" + seed.hex().encode() + b"\n%%EOF\n"
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + seed * 8 + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + seed * 8
    if ext in ("ics", "csv", "txt"):
        return ("Fichier joint : " + name + "\n").encode()
    return b"PK\x03\x04" + seed * 6

def build(r, i):
    msg = EmailMessage(policy=policy.SMTP)
    start = datetime.datetime(2025, 1, 3, 8, 7)
    dt = paris(start + datetime.timedelta(minutes=i * 3079))
    msg["From"] = r["frm"]
    msg["To"] = r.get("to", common.SANDRA if i % 4 else common.SANDRA2)
    if r.get("cc"):
        msg["Cc"] = r["cc"]
    if r.get("reply_to"):
        msg["Reply-To"] = r["reply_to"]
    msg["Subject"] = r["subj"]
    msg["Date"] = format_datetime(dt)
    h = hashlib.sha256(("b18:" + r["key"]).encode()).hexdigest()
    dom = addr(r["frm"]).split("@")[-1]
    msg["Message-ID"] = f"<{h[:20]}.{dt:%Y%m%d%H%M}@{dom}>"
    if "q" in r or r["subj"].lower().startswith(("re:", "re :", "aw:")):
        ref = f"<{h[20:40]}@{'orange.fr' if i % 2 else 'floraisondesoi.fr'}>"
        msg["In-Reply-To"] = ref
        msg["References"] = ref
    if r.get("lu"):
        msg["List-Unsubscribe"] = f"<{r['lu']}>"
        msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if r.get("auto"):
        msg["Auto-Submitted"] = r["auto"]
    for k, v in sorted(r.get("xh", {}).items()):
        msg[k] = v
    text = full_text(r)
    mime = r.get("mime", "8bit")
    if r.get("bounce"):
        b = r["bounce"]
        msg["MIME-Version"] = "1.0"
        msg["Content-Type"] = f'multipart/report; report-type=delivery-status; boundary="=_b18_{i}_rep"'
        p1 = EmailMessage(policy=policy.SMTP)
        p1.set_content(wrap(text), cte="8bit")
        p2 = Message()
        p2["Content-Type"] = "message/delivery-status"
        f1 = Message(); f1["Reporting-MTA"] = "dns; " + b.get("mta", "smtp-out.orange.fr")
        f1["Arrival-Date"] = format_datetime(dt)
        f2 = Message(); f2["Final-Recipient"] = "rfc822; " + b["orig_to"]
        f2["Action"] = "failed"; f2["Status"] = b["status"]; f2["Diagnostic-Code"] = "smtp; " + b["diag"]
        p2.set_payload([f1, f2])
        p3 = Message()
        p3["Content-Type"] = "text/rfc822-headers"
        p3.set_payload(f"From: {common.SANDRA}\nTo: {b['orig_to']}\nSubject: {Header(b['orig_subj'], 'utf-8').encode()}\n"
                       f"Date: {format_datetime(dt - datetime.timedelta(minutes=3))}\n")
        msg.attach(p1); msg.attach(p2); msg.attach(p3)
        return msg
    if mime == "html":
        msg.set_content(html_of(text), subtype="html", cte="quoted-printable")
    elif mime == "alt":
        msg.set_content(wrap(text), cte="quoted-printable")
        msg.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    elif mime == "qp":
        msg.set_content(text, cte="quoted-printable")
    elif mime == "b64":
        msg.set_content(text, cte="base64")
    else:
        msg.set_content(wrap(text), cte="8bit")
    for name in r.get("att", []):
        mt, st = CTYPES[name.rsplit(".", 1)[-1].lower()]
        data = att_bytes(name)
        if mt == "text":
            msg.add_attachment(data.decode(), subtype=st, filename=name)
        else:
            msg.add_attachment(data, maintype=mt, subtype=st, filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"=_b18_{i}_{n}")
            n += 1
    return msg

def main():
    recs = common.RECORDS
    keys = [r["key"] for r in recs]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in recs:
        assert set(r["rights"]) <= RIGHTS, r["key"]
        assert r["lang"] in ("fr", "en"), r["key"]
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = sorted(range(len(recs)), key=lambda j: hashlib.sha256(("b18:" + recs[j]["key"]).encode()).hexdigest())
    labels = {}
    for n, j in enumerate(order, 1):
        r = recs[j]
        name = f"{PREFIX}-{n:04d}.eml"
        msg = build(r, j)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": r["key"], "rights": r["rights"]}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print(len(labels), "messages written")

if __name__ == "__main__":
    main()
