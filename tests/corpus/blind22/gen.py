#!/usr/bin/env python3
"""Deterministic generator for the b22 corpus: writes b22-NNNN.eml and labels.json next to itself."""
import hashlib, json, os, sys, datetime, html
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common, records_req_fr, records_req_en, records_neg  # noqa: E402,F401

PREFIX = "b22"
TO_DEFAULT = "Sandra Delomenie <sandra.delomenie@orange.fr>"


def h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def paris_date(key):
    n = int(h("date:" + key)[:8], 16)
    base = datetime.datetime(2025, 1, 2, 7, 0)
    dt = base + datetime.timedelta(minutes=n % (480 * 24 * 60))
    if dt.hour < 7:
        dt = dt.replace(hour=dt.hour + 8)
    # crude EU DST: last Sunday of March to last Sunday of October
    def last_sun(y, m):
        d = datetime.date(y, m, 31)
        return d - datetime.timedelta(days=(d.weekday() + 1) % 7)
    summer = last_sun(dt.year, 3) <= dt.date() < last_sun(dt.year, 10)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return dt.replace(tzinfo=tz)


def addr_of(frm):
    return frm.split("<")[-1].rstrip(">") if "<" in frm else frm


def to_html(text):
    if text.lstrip().startswith("<"):
        return text
    return "<html><body>" + "".join(
        "<p>" + html.escape(p).replace("\n", "<br>") + "</p>" for p in text.split("\n\n")) + "</body></html>"


def to_plain(text):
    import re
    t = re.sub(r"<br\s*/?>", "\n", text)
    t = re.sub(r"</(p|div|h\d)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(t).strip() + "\n"


def fake_bytes(name, key):
    seed = h("att:" + key + name)
    if name.endswith(".pdf"):
        return ("%PDF-1.4\n% " + seed + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").encode()
    return bytes.fromhex(seed * 8)


def build(r):
    key = r["key"]
    m = EmailMessage(policy=SMTP)
    frm = r["frm"]
    m["From"] = frm
    m["To"] = r.get("to", TO_DEFAULT)
    m["Subject"] = r["subj"]
    dt = paris_date(key)
    m["Date"] = format_datetime(dt)
    dom = addr_of(frm).split("@")[-1]
    m["Message-ID"] = f"<{PREFIX}.{h('mid:'+key)[:16]}@{dom}>"
    if r.get("irt"):
        ref = f"<{PREFIX}.{h('prev:'+key)[:16]}@{dom}>"
        m["In-Reply-To"] = ref
        m["References"] = ref
    if int(h("rt:" + key)[:2], 16) < 20 and r["rights"]:
        m["Reply-To"] = frm
    for k, v in (r.get("headers") or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    body = r["body"]
    if not body.endswith("\n"):
        body += "\n"
    if r.get("kind") == "report":
        return build_report(m, r, body)
    shape = r.get("shape", "plain")
    is_html = body.lstrip().startswith("<")
    if shape == "html" or (is_html and shape not in ("alt",)):
        m.set_content(to_html(body), subtype="html")
    elif shape == "alt":
        plain = to_plain(body) if is_html else body
        m.set_content(plain)
        m.add_alternative(to_html(body), subtype="html")
    elif shape == "qp":
        m.set_content(body, cte="quoted-printable")
    elif shape == "b64":
        m.set_content(body, cte="base64")
    else:
        m.set_content(body)
    for name, ctype in r.get("attach", []):
        mt, st = ctype.split("/")
        m.add_attachment(fake_bytes(name, key), maintype=mt, subtype=st, filename=name)
    fix_boundaries(m, key)
    return m


def build_report(m, r, body):
    key = r["key"]
    tp = EmailMessage(policy=SMTP)
    tp.set_content(body)
    ds = EmailMessage(policy=SMTP)
    ds["Content-Type"] = "message/delivery-status"
    b1 = EmailMessage(policy=SMTP)
    b1["Reporting-MTA"] = "dns; smtp.orange.fr"
    b2 = EmailMessage(policy=SMTP)
    b2["Final-Recipient"] = "rfc822; " + r["failed"]
    b2["Action"] = "failed"
    b2["Status"] = "5.1.1"
    b2["Diagnostic-Code"] = "smtp; 550 5.1.1 User unknown"
    ds.set_payload([b1, b2])
    orig = EmailMessage(policy=SMTP)
    orig["From"] = TO_DEFAULT
    orig["To"] = r["failed"]
    orig["Subject"] = r["orig_subj"]
    orig["Date"] = format_datetime(paris_date(key) - datetime.timedelta(minutes=2))
    orig["Message-ID"] = f"<{PREFIX}.{h('orig:'+key)[:16]}@orange.fr>"
    orig.set_content(r["orig_body"] + "\n")
    rp = EmailMessage(policy=SMTP)
    rp.set_content(orig)
    m["Content-Type"] = "multipart/report; report-type=delivery-status"
    m.set_payload([tp, ds, rp])
    fix_boundaries(m, key)
    return m


def fix_boundaries(m, key):
    for i, part in enumerate(m.walk()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_b22_{h('b:'+key)[:12]}_{i}")


def main():
    recs = sorted(common.RECORDS, key=lambda r: h("order:" + r["key"]))
    keys = [r["key"] for r in recs]
    assert len(set(keys)) == len(keys), "duplicate keys"
    labels = {}
    for i, r in enumerate(recs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        data = build(r).as_bytes(policy=SMTP)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        labels[name] = {"key": r["key"], "rights": sorted(r["rights"])}
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")
    print(f"wrote {len(labels)} messages")


if __name__ == "__main__":
    main()
