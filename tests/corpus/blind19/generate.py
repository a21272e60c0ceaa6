#!/usr/bin/env python3
"""Deterministic generator for the b19 held-out corpus. Standard library only.
Writes b19-NNNN.eml and labels.json next to this script. Byte-identical on every run."""
import hashlib, json, os, sys
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from records import RECORDS, ALLOWED  # noqa: E402

PREFIX = "b19"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
FR_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]
FR_MONTHS_LONG = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_DAYS_LONG = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def H(s):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest(), 16)


def paris(naive):
    y = naive.year
    def last_sunday(month):
        d = datetime(y, month, 31)
        while d.weekday() != 6:
            d -= timedelta(days=1)
        return d
    summer = last_sunday(3) <= naive < last_sunday(10)
    return naive.replace(tzinfo=timezone(timedelta(hours=2 if summer else 1)))


def msg_date(key):
    n = H("date:" + key)
    base = datetime(2025, 1, 3, 7, 0)
    day = n % 470
    minute = (n // 470) % (15 * 60)  # 07:00 .. 22:00
    return paris(base + timedelta(days=day, minutes=minute))


def quote_header(style, who, dt, lang):
    if style == "gmail":
        if lang == "fr":
            return "Le %s %d %s %d à %02d:%02d, %s a écrit :" % (FR_DAYS[dt.weekday()], dt.day, FR_MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute, who)
        return "On %s, %d %s %d at %02d:%02d, %s wrote:" % (EN_DAYS[dt.weekday()], dt.day, EN_MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute, who)
    if style == "apple":
        if lang == "fr":
            return "> Le %d %s %d à %02d:%02d, %s a écrit :" % (dt.day, FR_MONTHS_LONG[dt.month - 1], dt.year, dt.hour, dt.minute, who)
        return "> On %d %s %d, at %02d:%02d, %s wrote:" % (dt.day, EN_MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute, who)
    raise ValueError(style)


def build_quote(q, dt, lang, to_addr):
    style = q.get("style", "gmail")
    who = q.get("who", SANDRA)
    qdt = dt - timedelta(days=q.get("days", 3), hours=2, minutes=17)
    text = q["text"].strip("\n")
    if style == "outlook":
        if lang == "fr":
            head = ("-----Message d'origine-----\nDe : %s\nEnvoyé : %s %d %s %d %02d:%02d\nÀ : %s\nObjet : %s\n" %
                    (who, FR_DAYS_LONG[qdt.weekday()], qdt.day, FR_MONTHS_LONG[qdt.month - 1], qdt.year, qdt.hour, qdt.minute, to_addr, q.get("subj", "")))
        else:
            head = ("From: %s\nSent: %s, %s %d, %d %d:%02d %s\nTo: %s\nSubject: %s\n" %
                    (who, ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][qdt.weekday()],
                     EN_MONTHS[qdt.month - 1], qdt.day, qdt.year, (qdt.hour % 12) or 12, qdt.minute, "AM" if qdt.hour < 12 else "PM",
                     to_addr, q.get("subj", "")))
        return "\n\n________________________________\n" + head + "\n" + text + "\n"
    hdr = quote_header(style, who, qdt, lang)
    if style == "apple":
        return "\n\n" + hdr + "\n> \n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")) + "\n"
    return "\n\n" + hdr + "\n\n" + "\n".join(("> " + l) if l else ">" for l in text.split("\n")) + "\n"


def build_fwd(f, dt, lang):
    fdt = dt - timedelta(days=f.get("days", 5), hours=5, minutes=41)
    if lang == "fr" and f.get("style", "gmail") == "gmail":
        head = "---------- Forwarded message ---------\nDe : %s\nDate: %s %d %s %d à %02d:%02d\nSubject: %s\nTo: %s\n" % (
            f["who"], FR_DAYS[fdt.weekday()], fdt.day, FR_MONTHS[fdt.month - 1], fdt.year, fdt.hour, fdt.minute, f.get("subj", ""), f.get("to", ""))
    elif f.get("style") == "apple":
        head = "Début du message réexpédié :\n\nDe: %s\nObjet: %s\nDate: %d %s %d à %02d:%02d\nÀ: %s\n" % (
            f["who"], f.get("subj", ""), fdt.day, FR_MONTHS_LONG[fdt.month - 1], fdt.year, fdt.hour, fdt.minute, f.get("to", ""))
    else:
        head = "---------- Forwarded message ---------\nFrom: %s\nDate: %s, %s %d, %d at %d:%02d\nSubject: %s\nTo: %s\n" % (
            f["who"], EN_DAYS[fdt.weekday()], EN_MONTHS[fdt.month - 1], fdt.day, fdt.year, fdt.hour, fdt.minute, f.get("subj", ""), f.get("to", ""))
    return "\n\n" + head + "\n\n" + f["text"].strip("\n") + "\n"


def to_html(text):
    import html as h
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(h.escape(l.lstrip("> ").rstrip()) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote>' % inner)
        else:
            out.append("<p>%s</p>" % "<br>\n".join(h.escape(l) for l in lines))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body style="font-family:Arial,sans-serif;font-size:14px">\n%s\n</body></html>\n' % "\n".join(out))


MIME_BY_EXT = {"pdf": ("application", "pdf"), "jpg": ("image", "jpeg"), "jpeg": ("image", "jpeg"), "png": ("image", "png"),
               "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
               "ics": ("text", "calendar"), "csv": ("text", "csv"), "odt": ("application", "vnd.oasis.opendocument.text"),
               "heic": ("image", "heic"), "zip": ("application", "zip")}


def fake_bytes(name):
    ext = name.rsplit(".", 1)[-1].lower()
    seed = hashlib.sha256(name.encode()).digest() * 12
    if ext == "pdf":
        return b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + seed + b"\n%%EOF\n"
    if ext in ("jpg", "jpeg"):
        return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + seed + b"\xff\xd9"
    if ext == "png":
        return b"\x89PNG\r\n\x1a\n" + seed
    return b"PK\x03\x04" + seed


def build(rec, idx_name):
    key = rec["key"]
    lang = rec["lang"]
    dt = msg_date(key)
    m = EmailMessage()
    m["From"] = rec["frm"]
    m["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        m["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        m["Reply-To"] = rec["reply_to"]
    m["Subject"] = rec["subj"]
    m["Date"] = format_datetime(dt)
    dom = rec["frm"].rsplit("@", 1)[-1].strip(">").strip() or "mail.example"
    m["Message-ID"] = "<%s.%s@%s>" % (hashlib.sha256(("mid:" + key).encode()).hexdigest()[:20], dt.strftime("%Y%m%d%H%M"), dom)
    if rec.get("quote") or rec.get("reply"):
        parent = "<%s@%s>" % (hashlib.sha256(("parent:" + key).encode()).hexdigest()[:24], rec.get("parent_dom", "orange.fr"))
        m["In-Reply-To"] = parent
        m["References"] = parent
    for k, v in rec.get("headers", {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"

    body = rec["body"].strip("\n") + "\n"
    if rec.get("fwd"):
        body += build_fwd(rec["fwd"], dt, lang)
    if rec.get("quote"):
        body += build_quote(rec["quote"], dt, lang, rec["frm"])  # quoted mail was addressed to the current sender
    shape = rec.get("shape", "plain")

    if rec.get("kind") == "dsn":
        build_dsn(m, rec, dt)
    else:
        if shape == "html":
            m.set_content(to_html(body), subtype="html", cte="quoted-printable")
        elif shape == "alt":
            m.set_content(body, cte="quoted-printable" if not body.isascii() else "7bit")
            m.add_alternative(to_html(body), subtype="html", cte="quoted-printable")
        elif shape == "b64":
            m.set_content(body, cte="base64")
        elif shape == "8bit":
            m.set_content(body, cte="8bit")
        else:
            m.set_content(body, cte="quoted-printable")
        for name in rec.get("attach", []):
            mt, st = MIME_BY_EXT[name.rsplit(".", 1)[-1].lower()]
            if mt == "text":
                m.add_attachment(fake_bytes(name).hex(), subtype=st, filename=name)
            else:
                m.add_attachment(fake_bytes(name), maintype=mt, subtype=st, filename=name)
    # fixed boundaries
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d_%s" % (hashlib.sha256(key.encode()).hexdigest()[:12], i, dt.strftime("%H%M%S")))
            i += 1
    return m


def build_dsn(m, rec, dt):
    from email.message import Message
    human = EmailMessage()
    human.set_content(rec["body"].strip("\n") + "\n")
    del human["MIME-Version"]
    status = EmailMessage()
    del status["MIME-Version"]
    status["Content-Type"] = "message/delivery-status"
    b1 = Message(); b1["Reporting-MTA"] = "dns; smtp-out.orange.fr"; b1["Arrival-Date"] = format_datetime(dt - timedelta(minutes=1))
    b2 = Message(); b2["Final-Recipient"] = "rfc822; " + rec["dsn_rcpt"]; b2["Action"] = "failed"
    b2["Status"] = rec.get("dsn_status", "5.1.1"); b2["Diagnostic-Code"] = rec.get("dsn_diag", "smtp; 550 5.1.1 User unknown")
    status.set_payload([b1, b2])
    orig = EmailMessage()
    orig["From"] = SANDRA
    orig["To"] = rec["dsn_rcpt"]
    orig["Subject"] = rec["dsn_subj"]
    orig["Date"] = format_datetime(dt - timedelta(minutes=2))
    orig.set_content(rec["dsn_text"].strip("\n") + "\n", cte="quoted-printable")
    wrap = EmailMessage()
    wrap.set_content(orig)
    del wrap["MIME-Version"]
    m["Content-Type"] = "multipart/report; report-type=delivery-status"
    m.set_payload([human, status, wrap])


def main():
    keys = [r["key"] for r in RECORDS]
    assert len(keys) == len(set(keys)), "duplicate keys"
    for r in RECORDS:
        assert r["lang"] in ("fr", "en"), r["key"]
        assert all(x in ALLOWED for x in r["rights"]), r["key"]
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX + "-") and fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    order = sorted(RECORDS, key=lambda r: hashlib.sha256(("b19-order:" + r["key"]).encode()).hexdigest())
    labels = {}
    for n, rec in enumerate(order, 1):
        name = "%s-%04d.eml" % (PREFIX, n)
        msg = build(rec, name)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(msg.as_bytes(policy=policy.SMTP))
        labels[name] = {"key": rec["key"], "rights": sorted(set(rec["rights"]))}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(order))


if __name__ == "__main__":
    main()
