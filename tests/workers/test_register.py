"""The request register: CSV export, tamper detection, and the purge three years after closing."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import func, select, update

from flows.case_machine import Event
from workers.cli import main
from workers.register import export_csv, purge, verify_all
from workers.runtime import Runtime, boot, set_current
from workers.settings import Settings
from workers.store import cases as case_store
from workers.store.messages import record_message
from workers.store.schema import blobs, case_events, messages, register_purges

CLOSED = datetime(2026, 3, 10, 15, 0, tzinfo=timezone.utc)


def runtime_for(database_url: str, tmp_path: Path) -> Runtime:
    return boot(Settings(data_dir=tmp_path, database_url=database_url), with_broker=False)


def closed_case(runtime: Runtime, n: int, closed_at: datetime | None) -> str:
    with runtime.db.begin() as conn:
        message = record_message(conn, f"Subject: {n}\r\n\r\nbody {n}".encode(), source="file",
                                 received_at=closed_at or CLOSED, now=closed_at or CLOSED)
        opened = case_store.open_case(
            conn, message_pk=message.id, at=CLOSED, received_at=CLOSED, receipt_date=date(2026, 2, 10),
            due_date=date(2026, 3, 10), outcome="request", rights=["erasure"], language="fr",
            requester_email=f"p{n}@example.test", requester_name=None,
        )
        conn.execute(update(messages).where(messages.c.id == message.id).values(case_id=opened.id))
        if closed_at is not None:
            case_store.move(conn, opened.id, Event.REFUSED, actor="practitioner", at=closed_at)
            case_store.move(conn, opened.id, Event.CLOSED, actor="practitioner", at=closed_at, closed_at=closed_at)
        return opened.ref


def test_purge_after_three_years_leaves_only_a_count_and_a_date(database_url: str, tmp_path: Path) -> None:
    """Closed 10 March 2026: kept until 10 March 2029, purged from 11 March 2029 (Paris calendar)."""
    runtime = runtime_for(database_url, tmp_path)
    old = closed_case(runtime, 1, CLOSED)
    still_open = closed_case(runtime, 2, None)
    recent = closed_case(runtime, 3, CLOSED + timedelta(days=400))
    assert purge(runtime, datetime(2029, 3, 10, 21, 0, tzinfo=timezone.utc)) == 0  # 22:00 in Paris, still the 10th
    assert purge(runtime, datetime(2029, 3, 10, 23, 30, tzinfo=timezone.utc)) == 1  # 00:30 on the 11th in Paris
    with runtime.db.begin() as conn:
        refs = {c["ref"] for c in case_store.list_cases(conn)}
        purges = conn.execute(select(register_purges.c.count).order_by(register_purges.c.id)).scalars().all()
        leftover_events = conn.execute(select(func.count()).select_from(case_events)).scalar()
        leftover_messages = conn.execute(select(func.count()).select_from(messages)).scalar()
        leftover_blobs = conn.execute(select(func.count()).select_from(blobs)).scalar()
    assert refs == {still_open, recent}
    assert old not in refs
    assert purges == [0, 1]
    assert leftover_messages == 2 and leftover_blobs == 2
    assert leftover_events >= 2
    set_current(None)


def test_export_csv_holds_every_case(database_url: str, tmp_path: Path) -> None:
    """``dsr register export --csv`` writes one row per case with its dates and rights."""
    runtime = runtime_for(database_url, tmp_path)
    closed_case(runtime, 1, CLOSED)
    closed_case(runtime, 2, None)
    out = tmp_path / "registre.csv"
    with runtime.db.begin() as conn:
        assert export_csv(conn, out) == 2
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["reference"] for r in rows] == ["DSR-2026-0001", "DSR-2026-0002"]
    assert rows[0]["cloturee_le"].startswith("2026-03-10")
    assert rows[0]["droits"] == "erasure"
    assert rows[1]["etat"] == "received"
    set_current(None)


def test_verify_names_the_altered_case(tmp_path: Path) -> None:
    """``dsr register verify`` passes on an intact register and names a case whose history was altered."""
    url = f"sqlite:///{tmp_path / 'data' / 'dsr.sqlite3'}"
    runtime = runtime_for(url, tmp_path)
    closed_case(runtime, 1, CLOSED)
    altered = closed_case(runtime, 2, CLOSED)
    env = {"DSR_DATA_DIR": str(tmp_path / "data"), "DSR_CONFIG": str(tmp_path / "none.toml")}
    assert CliRunner().invoke(main, ["register", "verify"], env=env).exit_code == 0
    with runtime.db.begin() as conn:
        case_id = case_store.get_case(conn, altered)["id"]
        assert verify_all(conn) == []
        conn.execute(update(case_events).where(case_events.c.case_id == case_id, case_events.c.seq == 2)
                     .values(actor="someone-else"))
    set_current(None)
    result = CliRunner().invoke(main, ["register", "verify"], env=env)
    assert result.exit_code == 1
    assert altered in result.output and "DSR-2026-0001" not in result.output
