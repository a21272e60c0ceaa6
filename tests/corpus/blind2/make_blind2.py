"""Generate the blind2 corpus: one .eml per texts.MESSAGES entry, plus labels.json.

Run from anywhere: ``.venv/bin/python tests/corpus/blind2/make_blind2.py``. Deterministic
(fixed dates and message ids), so the committed files can be checked against the texts.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _load_texts() -> object:
    """texts.py under a unique module name (the held-out corpus also has a ``texts`` module)."""
    if "blind2_texts" not in sys.modules:
        spec = importlib.util.spec_from_file_location("blind2_texts", HERE / "texts.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules["blind2_texts"] = module
        spec.loader.exec_module(module)
    return sys.modules["blind2_texts"]


_texts = _load_texts()
MESSAGES = _texts.MESSAGES  # type: ignore[attr-defined]
OWN = _texts.OWN  # type: ignore[attr-defined]
Msg = _texts.Msg  # type: ignore[attr-defined]

BASE = datetime(2025, 3, 3, 9, 0, tzinfo=timezone(timedelta(hours=1)))
SANDRA = f"Sandra Delomenie <{OWN}>"


def _quote(m: Msg) -> str:  # type: ignore[valid-type]
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


def build(m: Msg, index: int) -> bytes:  # type: ignore[valid-type]
    body = m.body + _quote(m)
    if m.content_type == "report":
        outer = MIMEMultipart("report", boundary=f"b2-report-{index:04d}", report_type="delivery-status")
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
