"""Generate the blind2 corpus: one .eml per texts.MESSAGES entry, plus labels.json.

Run from anywhere: ``.venv/bin/python tests/corpus/blind2/make_blind2.py``. Deterministic
(fixed dates and message ids), so the committed files can be checked against the texts.
"""

from __future__ import annotations

import json
import sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from texts import MESSAGES, OWN, Msg  # noqa: E402

BASE = datetime(2025, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))
SANDRA = f"Sandra Delomenie <{OWN}>"


def _quote(m: Msg) -> str:
    if not m.quoted:
        return ""
    if m.quote_style == "fr":
        head = f"Le lun. 3 mars 2025 à 10:12, {SANDRA} a écrit :"
        return "\n\n" + head + "\n" + "\n".join("> " + ln if ln else ">" for ln in m.quoted.splitlines())
    if m.quote_style == "en":
        head = f"On Mon, 3 Mar 2025 at 10:12, {SANDRA} wrote:"
        return "\n\n" + head + "\n" + "\n".join("> " + ln if ln else ">" for ln in m.quoted.splitlines())
    if m.quote_style == "outlook":
        return ("\n\n-----Message d'origine-----\nDe : " + SANDRA + "\nEnvoyé : lundi 3 mars 2025 10:12\n"
                f"À : {m.sender}\nObjet : {m.subject}\n\n" + m.quoted)
    if m.quote_style == "fwd":
        return "\n\n---------- Forwarded message ---------\n" + m.quoted
    raise ValueError(m.quote_style)


def build(m: Msg, index: int) -> bytes:
    body = m.body + _quote(m)
    if m.content_type == "report":
        outer = MIMEMultipart("report", report_type="delivery-status")
        outer.attach(MIMEText(body, "plain", "utf-8"))
        status = MIMEText("", "plain", "utf-8")
        status.set_type("text/rfc822-headers")
        status.set_payload("Reporting-MTA: dns; smtp.example\nFinal-Recipient: rfc822; x@example\n"
                           "Action: failed\nStatus: 5.1.1\n")
        del status["Content-Transfer-Encoding"]
        outer.attach(status)
        msg: EmailMessage | MIMEMultipart = outer
    else:
        em = EmailMessage()
        if m.kind == "html":
            em.set_content(body, subtype="html", charset="utf-8")
        else:
            em.set_content(body, charset="utf-8")
        msg = em
    msg["From"] = m.sender
    msg["To"] = SANDRA
    msg["Subject"] = m.subject
    msg["Date"] = format_datetime(BASE + timedelta(hours=7 * index))
    msg["Message-ID"] = f"<b2-{index:04d}@blind2.example>"
    if m.subject.lower().startswith(("re:", "re :", "rép")) or m.quoted and m.quote_style != "fwd":
        msg["In-Reply-To"] = f"<orig-{index:04d}@orange.fr>"
        msg["References"] = f"<orig-{index:04d}@orange.fr>"
    for name, value in m.headers:
        msg[name] = value
    return msg.as_bytes()


def main() -> None:
    labels: dict[str, dict[str, object]] = {}
    for old in HERE.glob("*.eml"):
        old.unlink()
    for i, m in enumerate(MESSAGES, start=1):
        name = f"b2-{i:04d}.eml"
        (HERE / name).write_bytes(build(m, i))
        labels[name] = {"key": m.key, "rights": list(m.rights)}
    (HERE / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(MESSAGES)} messages written")


if __name__ == "__main__":
    main()
