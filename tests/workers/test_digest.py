"""The daily digest built from a real store with a fixed clock, and the reminders the scheduler sends."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from flows.deadlines import due_date
from tests.harness import SmtpSink
from tests.workers.answers_support import PRACTITIONER, seed_case, settings_for
from workers.digest import digest_text, todays_digest
from workers.runtime import boot
from workers.scheduler import run_due

PARIS = ZoneInfo("Europe/Paris")
TODAY = date(2027, 3, 2)  # a Tuesday


def paris(day: date, hour: int = 9) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=PARIS).astimezone(UTC)


def test_digest_order_overdue_then_days_left(tmp_path: Path, redis_url: str, database_url: str) -> None:
    """Overdue cases come first (oldest due first), then open cases by days left; closed ones are absent."""
    runtime = boot(settings_for(tmp_path, redis_url, database_url=database_url), with_broker=False)
    late_10 = seed_case(runtime, date(2027, 1, 19))          # due 2027-02-19
    late_3 = seed_case(runtime, date(2027, 1, 26))           # due 2027-02-26
    in_7 = seed_case(runtime, date(2027, 2, 9))              # due 2027-03-09
    in_1 = seed_case(runtime, date(2027, 2, 3))              # due 2027-03-03
    in_20 = seed_case(runtime, date(2027, 2, 22), state="awaiting_approval")
    done = seed_case(runtime, date(2027, 1, 5), state="closed")
    assert due_date(date(2027, 2, 3)) == date(2027, 3, 3)
    digest = todays_digest(runtime, TODAY)
    assert [line.ref for line in digest.section("overdue").lines] == [late_10, late_3]
    assert [line.ref for line in digest.section("open").lines] == [in_1, in_7, in_20]
    subject, body = digest_text(runtime, TODAY)
    assert "2 en retard, 3 en cours" in subject
    positions = [body.index(f"[{ref}]") for ref in (late_10, late_3, in_1, in_7, in_20)]
    assert positions == sorted(positions)
    assert f"[{done}]" not in body
    assert "en retard de 11 jours" in body and "échéance demain" in body


def test_extension_notice_warning(tmp_path: Path, redis_url: str, database_url: str) -> None:
    """A case whose first month ends within 7 days asks for the extension notice; an extended one does not."""
    runtime = boot(settings_for(tmp_path, redis_url, database_url=database_url), with_broker=False)
    soon = seed_case(runtime, date(2027, 2, 5))             # first month ends 2027-03-05
    later = seed_case(runtime, date(2027, 2, 25))           # ends 2027-03-25: not yet
    extended = seed_case(runtime, date(2027, 2, 4), extended=True)
    digest = todays_digest(runtime, TODAY)
    lines = digest.section("extensions").lines
    assert [line.ref for line in lines] == [soon]
    assert "avis de prolongation à envoyer au plus tard le 5 mars 2027" in lines[0].detail
    _, body = digest_text(runtime, TODAY)
    assert "Prolongations à notifier" in body
    assert later not in "".join(line.ref for line in lines) and extended not in body.split("Prolongations")[1]


def test_reminders_sent_once_each_by_the_scheduler(tmp_path: Path, redis_url: str, database_url: str,
                                                    clean_smtp_sink: SmtpSink) -> None:
    """Ticks from D-8 to D+2 (several a day): D-7, D-3, D-1 and overdue go out once each, never before 8:00."""
    settings = settings_for(tmp_path, redis_url, sink=clean_smtp_sink, database_url=database_url, digest_hour=8)
    runtime = boot(settings, with_broker=False)
    receipt = date(2027, 2, 9)
    ref = seed_case(runtime, receipt)
    due = due_date(receipt)
    ran = run_due(runtime, paris(due - timedelta(days=7), hour=7))  # before her working day: no mail
    assert not [job for job in ran if job.startswith(("digest", "reminder"))] and clean_smtp_sink.messages == []
    day = due - timedelta(days=8)
    while day <= due + timedelta(days=2):
        for hour in (9, 14, 18):
            run_due(runtime, paris(day, hour))
        day += timedelta(days=1)
    reminders = [m.message["Subject"] for m in clean_smtp_sink.messages if "Rappel" in m.message["Subject"]]
    assert reminders == [
        f"[{ref}] Rappel : échéance dans 7 jours",
        f"[{ref}] Rappel : avis de prolongation à envoyer",
        f"[{ref}] Rappel : échéance dans 3 jours",
        f"[{ref}] Rappel : échéance demain",
        f"[{ref}] Rappel : délai dépassé",
    ]
    digests = [m for m in clean_smtp_sink.messages if m.message["Subject"].startswith("DSR Desk – point du")]
    assert len(digests) == 11  # one a day, D-8 .. D+2
    assert all(m.rcpt_tos == (PRACTITIONER,) for m in clean_smtp_sink.messages)
    assert all("personne" not in m.content.decode() for m in clean_smtp_sink.messages)  # no addresses
