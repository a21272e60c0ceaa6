#!/usr/bin/env python3
"""Deterministic generator for the b25 corpus ("real mail clients' formatting").

Writes b25-0001.eml ... and labels.json next to this file.  Standard library only.
Order of files = sort by sha256(record key).  Dates, Message-IDs and MIME boundaries
are derived from the records, so output is byte-identical on every run."""
import base64
import hashlib
import json
import os
import sys
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import mailkit as mk  # noqa: E402
import recs_req_fr, recs_req_en, recs_neg_fr, recs_neg_en, recs_system  # noqa: E402,E401

PREFIX = "b25"
RIGHTS = {"access", "rectification", "erasure", "restriction", "portability", "objection",
          "withdraw_consent", "post_mortem"}

ALL_RECORDS = (recs_req_fr.RECORDS + recs_req_en.RECORDS + recs_neg_fr.RECORDS + recs_neg_en.RECORDS
               + recs_system.RECORDS)

CLIENT_HEADERS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook_old": [("X-Mailer", "Microsoft Office Outlook 12.0")],
    "iphone": [("X-Mailer", "iPhone Mail (22D72)")],
    "ipad": [("X-Mailer", "iPad Mail (22E240)")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "yahoo": [("X-Mailer", "WebService/1.1.23187 YMailNorrin")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "zimbra": [("X-Mailer", "Zimbra 9.0.0_GA_4583 (ZimbraWebClient - FF132 (Win)/9.0.0_GA_4583)")],
}


def chain_ids(rec):
    """Message-IDs of the replied-to ancestors, oldest first (stops at a forward)."""
    ids = []
    node = rec
    while node.get("quote") and not node.get("fwd"):
        node = node["quote"]
        ids.append("<%s>" % mk.msgid_core(node))
    return list(reversed(ids))


def text_part_args(rec, kind):
    charset = rec.get("charset", "utf-8")
    if kind == "plain":
        cte = rec.get("cte", "8bit" if charset == "utf-8" else "quoted-printable")
    else:
        cte = rec.get("html_cte", "quoted-printable")
    return charset, cte


def safe_charset(text, charset):
    try:
        text.encode(charset)
        return charset
    except UnicodeEncodeError:
        return "utf-8"


def make_attachment(msg, att, rec):
    kind = att["kind"]
    name = att.get("name", "")
    seed = rec["key"] + name
    if kind == "jpg":
        msg.add_attachment(mk.fake_jpeg(seed, att.get("size", 2400)), maintype="image", subtype="jpeg",
                           filename=name)
    elif kind == "png":
        msg.add_attachment(mk.PNG_1x1, maintype="image", subtype="png", filename=name)
    elif kind == "pdf":
        msg.add_attachment(mk.fake_pdf(seed, att.get("lines", [name])), maintype="application", subtype="pdf",
                           filename=name)
    elif kind == "docx":
        msg.add_attachment(mk.fake_docx(seed, att.get("lines", [name])), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename=name)
    elif kind in ("csv", "txt", "ics"):
        sub = {"csv": "csv", "txt": "plain", "ics": "calendar"}[kind]
        params = {}
        if kind == "ics":
            params = {"params": {"method": att.get("method", "REQUEST")}}
        msg.add_attachment(att["text"].replace("\n", "\r\n") if kind == "ics" else att["text"], subtype=sub,
                           filename=name, cte=att.get("cte", "base64" if kind == "ics" else "quoted-printable"),
                           **params)
    elif kind == "eml":
        inner = build(att["msg"])
        msg.add_attachment(inner)
    else:
        raise ValueError(kind)


def build(rec):
    if rec.get("raw"):
        raw = rec["raw"].replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
        return BytesParser(policy=policy.SMTP).parsebytes(raw)
    client = rec.get("client") or mk.default_client(rec["frm"])
    lang = rec.get("lang", "fr")
    msg = EmailMessage()
    for k, v in rec.get("pre_headers", []):
        msg[k] = v
    msg["From"] = rec["frm"]
    msg["To"] = rec.get("to", mk.SANDRA)
    if rec.get("cc"):
        msg["Cc"] = rec["cc"]
    if rec.get("reply_to"):
        msg["Reply-To"] = rec["reply_to"]
    if rec.get("subject") is not None:
        msg["Subject"] = rec["subject"]
    msg["Date"] = mk.rfc_date(rec["date"], rec["key"])
    msg["Message-ID"] = rec.get("msgid") or "<%s>" % mk.msgid_core(rec)
    ids = chain_ids(rec)
    if ids and rec.get("irt", True):
        msg["In-Reply-To"] = ids[-1]
        msg["References"] = " ".join(ids[-6:])
    for k, v in CLIENT_HEADERS.get(client, []):
        msg[k] = v
    if client in ("outlook", "outlook_old", "outlook_web", "outlook_mobile") and rec.get("subject"):
        msg["Thread-Topic"] = mk.strip_re(rec["subject"])
        msg["Thread-Index"] = base64.b64encode(mk.hbytes("ti", rec["key"], n=22)).decode()
        msg["Accept-Language"] = "fr-FR, en-US" if lang != "en" else "en-GB, fr-FR"
    for k, v in rec.get("headers", []):
        msg[k] = v

    if rec.get("plain") is not None:
        plain = rec["plain"]
        frag = rec.get("html") or mk.text_frag(client, plain)
    else:
        plain, frag = mk.render(rec, lang)
    if rec.get("logo"):
        frag += ('\n<p class="MsoNormal"><img width="180" height="54" style="width:1.875in;height:.5625in" '
                 'id="Image_x0020_1" src="cid:%s" alt="logo"><o:p></o:p></p>' % logo_cid(rec))
    html = rec.get("html_doc") or mk.wrap_doc(client, frag, lang)
    mime = rec.get("mime") or ("plain" if client in ("plain",) else "alt")
    charset, cte = text_part_args(rec, "plain")
    if mime == "plain":
        cs = safe_charset(plain, charset)
        msg.set_content(plain + "\n", charset=cs, cte=cte)
        if rec.get("flowed"):
            msg.set_param("format", "flowed")
    elif mime == "html":
        cs = safe_charset(html, charset)
        msg.set_content(html, subtype="html", charset=cs, cte=rec.get("html_cte", "quoted-printable"))
    else:
        cs = safe_charset(plain, charset)
        msg.set_content(plain + "\n", charset=cs, cte=cte)
        csh = safe_charset(html, charset)
        msg.add_alternative(html, subtype="html", charset=csh, cte=rec.get("html_cte", "quoted-printable"))
    if rec.get("logo"):
        target = msg if mime == "html" else msg.get_payload()[1] if mime == "alt" else None
        if target is not None:
            target.add_related(mk.PNG_1x1, maintype="image", subtype="png", cid="<%s>" % logo_cid(rec),
                               filename="image001.png", disposition="inline")
    for att in rec.get("attach", []):
        make_attachment(msg, att, rec)
    if client in ("outlook", "outlook_old", "outlook_web", "outlook_mobile", "thunderbird"):
        msg["Content-Language"] = ("fr-FR" if lang != "en" else "en-GB") if client != "thunderbird" else lang
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part and part.get_content_type() != "message/rfc822":
            del part["MIME-Version"]
    # deterministic boundaries
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(mk.boundary_for(client, rec["key"], i))
            i += 1
    return msg


def logo_cid(rec):
    return "image001.png@01DB%s.%s" % (mk.h(rec["key"], "cid", n=4).upper(), mk.h(rec["key"], "cid2", n=8).upper())


def check_records(records):
    keys = set()
    for r in records:
        k = r["key"]
        assert k not in keys, "duplicate key %s" % k
        keys.add(k)
        assert set(r["rights"]) <= RIGHTS, k
        assert list(r["rights"]) == sorted(set(r["rights"])), "unsorted rights %s" % k
        assert r.get("lang") in ("fr", "en"), k


def main():
    check_records(ALL_RECORDS)
    order = sorted(ALL_RECORDS, key=lambda r: hashlib.sha256(r["key"].encode("utf-8")).hexdigest())
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = {}
    for n, rec in enumerate(order, 1):
        name = "%s-%04d.eml" % (PREFIX, n)
        data = build(rec).as_bytes(policy=policy.SMTP)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        labels[name] = {"key": rec["key"], "rights": list(rec["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write("\n")
    print("wrote %d messages" % len(order))


if __name__ == "__main__":
    main()
