#!/usr/bin/env python3
"""Deterministic generator for the b29 evaluation corpus (DSR Desk).

Writes b29-0001.eml ... b29-NNNN.eml and labels.json next to this file.
Standard library only. Output is byte-identical on every run and for any
PYTHONHASHSEED: dates, Message-IDs, MIME boundaries and attachment bytes are
all derived from each record's key.
"""
import hashlib
import html as htmlmod
import io
import json
import os
import sys
import zipfile
from datetime import datetime, timedelta, timezone, date
from email import utils
from email.message import EmailMessage
from email.policy import SMTP

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

from corpus import ALL  # noqa: E402

PREFIX = "b29"
SANDRA = "Sandra Delomenie <sandra.delomenie@orange.fr>"
VALID_RIGHTS = {"access", "rectification", "erasure", "restriction", "portability",
                "objection", "withdraw_consent", "post_mortem"}


# ---------------------------------------------------------------- helpers
def h(key, salt=""):
    return hashlib.sha256((salt + "|" + key).encode("utf-8")).hexdigest()


def last_sunday(year, month):
    d = date(year, month, 31)
    while d.weekday() != 6:
        d -= timedelta(days=1)
    return d


def paris_dt(stamp):
    """'YYYY-MM-DD HH:MM' local Paris time -> aware datetime with Paris offset."""
    local = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    start = datetime.combine(last_sunday(local.year, 3), datetime.min.time()) + timedelta(hours=2)
    end = datetime.combine(last_sunday(local.year, 10), datetime.min.time()) + timedelta(hours=3)
    off = 2 if start <= local < end else 1
    return local.replace(tzinfo=timezone(timedelta(hours=off)))


def domain_of(addr):
    a = utils.parseaddr(addr)[1]
    return a.split("@", 1)[1].lower() if "@" in a else "localhost"


def make_msgid(key, mailer, frm, salt="mid"):
    x = h(key, salt)
    dom = domain_of(frm)
    if mailer == "gmail":
        import base64
        tok = base64.b64encode(bytes.fromhex(x[:48])).decode().replace("/", "_").replace("=", "")
        return "<CA%s@mail.gmail.com>" % tok[:44]
    if mailer == "outlook":
        return "<%s%s@%sPR0%sMB%s.eurprd0%s.prod.outlook.com>" % (
            x[:4].upper(), x[4:38].upper(), ["AM", "DB", "PA", "VI", "GV"][int(x[38], 16) % 5],
            int(x[39], 16) % 10, str(int(x[40:44], 16) % 10000).zfill(4), int(x[44], 16) % 9 + 1)
    if mailer == "apple":
        u = x[:32].upper()
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    if mailer == "orange":
        return "<%d.%d.%d.JavaMail.open-xchange@opme11oxm%02da.ifr.orange.fr>" % (
            int(x[:7], 16), int(x[7:12], 16), int(x[12:25], 16), int(x[25:27], 16) % 30)
    if mailer == "yahoo":
        return "<%d.%d.%d@mail.yahoo.com>" % (int(x[:8], 16), int(x[8:16], 16), int(x[16:24], 16))
    if mailer == "thunderbird":
        u = x[:32]
        return "<%s-%s-%s-%s-%s@%s>" % (u[:8], u[8:12], u[12:16], u[16:20], u[20:32], dom)
    return "<%s.%s@%s>" % (x[:20], x[20:28], dom)


MAILER_HDR = {
    "apple": "Apple Mail (2.3774.600.62)",
    "thunderbird": None,
    "outlook": None,
    "yahoo": "WebService/1.1.23187 YMailNorrin",
    "orange": "Open-Xchange Mailer v7.10.6-Rev61",
}
UA_HDR = {
    "thunderbird": "Mozilla Thunderbird",
}
DEFAULT_SHAPE = {"gmail": "alt", "outlook": "alt", "apple": "plain", "orange": "alt",
                 "yahoo": "alt", "thunderbird": "plain", "system": "alt", "plain": "plain"}
DEFAULT_CTE = {"gmail": "quoted-printable", "outlook": "quoted-printable", "apple": "quoted-printable",
               "orange": "8bit", "yahoo": "quoted-printable", "thunderbird": "8bit",
               "system": "quoted-printable", "plain": "8bit"}
CTE_ALIASES = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def norm_cte(cte, text):
    cte = CTE_ALIASES.get(cte, cte)
    ascii_ok = text.isascii()
    if ascii_ok and cte == "8bit":
        return "7bit"
    if not ascii_ok and cte == "7bit":
        return "8bit"
    return cte


# ------------------------------------------------------------ text -> html
def _render_lines(lines, mailer):
    out = []
    i = 0
    para = []

    def flush():
        if para:
            inner = "<br>\n".join(htmlmod.escape(p) for p in para)
            if mailer == "outlook":
                out.append('<p class="MsoNormal">%s</p>' % inner)
            elif mailer == "gmail":
                out.append("<div>%s</div>" % inner)
            else:
                out.append("<p>%s</p>" % inner)
            para.clear()

    while i < len(lines):
        ln = lines[i]
        if ln.startswith(">"):
            flush()
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                if s.startswith(" "):
                    s = s[1:]
                q.append(s)
                i += 1
            inner = _render_lines(q, mailer)
            if mailer == "gmail":
                out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           'border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>' % inner)
            else:
                out.append('<blockquote type="cite">%s</blockquote>' % inner)
            continue
        if ln.strip() == "":
            flush()
            if mailer == "gmail":
                out.append("<div><br></div>")
        else:
            para.append(ln)
        i += 1
    flush()
    return "\n".join(out)


def text_to_html(text, mailer):
    body = _render_lines(text.rstrip("\n").split("\n"), mailer)
    if mailer == "gmail":
        return '<div dir="ltr">%s</div>\n' % body
    if mailer == "outlook":
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="FR"><div class="WordSection1">\n%s\n</div></body></html>\n' % body)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=UTF-8"></head>\n'
            '<body style="overflow-wrap: break-word;">\n%s\n</body></html>\n' % body)


# ------------------------------------------------------------ attachments
def pseudo_bytes(seed, n):
    out = bytearray()
    c = 0
    while len(out) < n:
        out += hashlib.sha256(("%s:%d" % (seed, c)).encode()).digest()
        c += 1
    return bytes(out[:n])


def make_attachment(key, fname, ctype, content):
    seed = key + "/" + fname
    if content is not None:
        return content.encode("utf-8") if isinstance(content, str) else content
    if ctype == "image/jpeg":
        return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
                + pseudo_bytes(seed, 2400 + int(h(seed)[:3], 16)) + b"\xff\xd9")
    if ctype == "image/png":
        return b"\x89PNG\r\n\x1a\n" + pseudo_bytes(seed, 1800)
    if ctype == "application/pdf":
        txt = ("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
               "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
               "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>\nendobj\n"
               "% scan " + fname + "\n")
        return txt.encode("latin-1") + pseudo_bytes(seed, 1500) + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    if ctype.endswith("wordprocessingml.document"):
        bio = io.BytesIO()
        with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in (
                ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'),
                ("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % htmlmod.escape(fname))):
                zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)
        return bio.getvalue()
    return pseudo_bytes(seed, 800)


def add_attachments(msg, key, atts):
    for att in atts:
        fname, ctype = att[0], att[1]
        content = att[2] if len(att) > 2 else None
        data = make_attachment(key, fname, ctype, content)
        maintype, subtype = ctype.split("/", 1)
        if maintype == "text":
            text = data.decode("utf-8")
            kw = {}
            if subtype == "calendar":
                kw["params"] = {"method": "REQUEST"}
            msg.add_attachment(text, subtype=subtype, filename=fname,
                               cte=norm_cte("quoted-printable", text) if not text.isascii() else "7bit", **kw)
        else:
            msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)


# ------------------------------------------------------------ builders
def set_common_headers(msg, rec, mailer):
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to", SANDRA)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("subj") is not None:
        msg["Subject"] = rec["subj"]
    msg["Date"] = utils.format_datetime(paris_dt(rec["date"]))
    msg["Message-ID"] = rec.get("msgid") or make_msgid(rec["key"], mailer, rec["frm"])
    if rec.get("irt"):
        msg["In-Reply-To"] = rec["irt"]
        msg["References"] = rec.get("refs", rec["irt"])
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    if MAILER_HDR.get(mailer) and not rec.get("hdr", {}).get("X-Mailer"):
        msg["X-Mailer"] = MAILER_HDR[mailer]
    if UA_HDR.get(mailer):
        msg["User-Agent"] = UA_HDR[mailer]
    for k, v in rec.get("hdr", {}).items():
        msg[k] = v


def build_report(rec):
    """multipart/report; report-type=delivery-status bounce."""
    mailer = "system"
    rp = rec["report"]
    msg = EmailMessage(policy=SMTP)
    set_common_headers(msg, rec, mailer)
    msg.set_content(rec["body"].lstrip("\n"), cte=norm_cte(rec.get("cte", "7bit"), rec["body"]))
    msg.make_mixed()
    msg.set_type("multipart/report")
    msg.set_param("report-type", "delivery-status")
    ds = EmailMessage(policy=SMTP)
    b1 = EmailMessage(policy=SMTP)
    b1["Reporting-MTA"] = "dns; " + rp["mta"]
    b1["Arrival-Date"] = msg["Date"]
    b2 = EmailMessage(policy=SMTP)
    b2["Final-Recipient"] = "rfc822; " + rp["rcpt"]
    b2["Action"] = "failed"
    b2["Status"] = rp["status"]
    b2["Diagnostic-Code"] = "smtp; " + rp["diag"]
    ds.set_payload([b1, b2])
    ds["Content-Type"] = "message/delivery-status"
    msg.attach(ds)
    hdrs = EmailMessage(policy=SMTP)
    hdrs.set_content(rp["orig_headers"].lstrip("\n"), subtype="rfc822-headers",
                     cte=norm_cte("8bit", rp["orig_headers"]))
    hdrs["Content-Description"] = "Undelivered Message Headers"
    msg.attach(hdrs)
    return msg


def build_inner(rec, parent_key):
    inner = EmailMessage(policy=SMTP)
    mailer = rec.get("mailer", "gmail")
    sub = dict(rec)
    sub["key"] = parent_key + "/inner"
    set_common_headers(inner, sub, mailer)
    inner.set_content(rec["body"].lstrip("\n"), cte=norm_cte(rec.get("cte", "qp"), rec["body"]))
    return inner


def build(rec):
    if rec.get("report"):
        msg = build_report(rec)
    else:
        mailer = rec.get("mailer", "gmail")
        shape = rec.get("shape", DEFAULT_SHAPE.get(mailer, "alt"))
        text = rec["body"].lstrip("\n")
        if not text.endswith("\n"):
            text += "\n"
        cte = norm_cte(rec.get("cte", DEFAULT_CTE.get(mailer, "8bit")), text)
        msg = EmailMessage(policy=SMTP)
        set_common_headers(msg, rec, mailer)
        html = rec.get("html")
        if shape == "html":
            if not html:
                html = text_to_html(text, mailer)
            msg.set_content(html, subtype="html", cte=norm_cte(rec.get("cte", "quoted-printable"), html))
        elif shape == "alt":
            msg.set_content(text, cte=cte)
            if not html:
                html = text_to_html(text, mailer)
            msg.add_alternative(html, subtype="html",
                                cte=norm_cte(rec.get("html_cte", "quoted-printable"), html))
        else:
            msg.set_content(text, cte=cte)
        if rec.get("att"):
            add_attachments(msg, rec["key"], rec["att"])
        if rec.get("fwd"):
            msg.add_attachment(build_inner(rec["fwd"], rec["key"]))
    # deterministic boundaries
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (h(rec["key"], "bnd")[:24], n))
            n += 1
    return msg


def validate(records):
    seen = set()
    for r in records:
        k = r["key"]
        assert k not in seen, "duplicate key " + k
        seen.add(k)
        assert set(r["rights"]) <= VALID_RIGHTS, k
        assert r.get("lang"), k
        if "post_mortem" in r["rights"]:
            assert r["rights"] == ["post_mortem"], k


def main():
    validate(ALL)
    ordered = sorted(ALL, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    # remove stale output
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for i, rec in enumerate(ordered, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        msg = build(rec)
        with open(os.path.join(HERE, name), "wb") as fp:
            fp.write(msg.as_bytes(policy=SMTP))
        labels[name] = {"key": rec["key"], "rights": sorted(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8", newline="\n") as fp:
        json.dump(labels, fp, ensure_ascii=False, indent=1)
        fp.write("\n")
    print("wrote %d messages + labels.json" % len(labels))


if __name__ == "__main__":
    main()
