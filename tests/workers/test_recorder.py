"""Recorders: the writer process records exactly what recording in line records, on SQLite
and PostgreSQL; its errors reach the parent; it dies with its parent, even by SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.workers.mail_helpers import sample
from workers.intake import BatchResult, Incoming
from workers.recorder import InlineRecorder, ProcessRecorder, Recorder, RecorderError
from workers.store.db import Database
from workers.store.messages import get_checkpoint
from workers.store.schema import messages

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


def _batch(numbers: range | list[int], uid_base: int = 0) -> list[Incoming]:
    return [
        Incoming(raw=sample(n), source="imap", received_at=NOW, mailbox="INBOX", uidvalidity=7, uid=uid_base + n)
        for n in numbers
    ]


def _exercise(recorder: Recorder) -> list[BatchResult]:
    """Two batches (the second repeats three messages of the first), each collected before
    its checkpoint, as the watcher does."""
    results = []
    recorder.submit(_batch(range(10)), NOW)
    results.append(recorder.collect())
    recorder.checkpoint("INBOX", 7, 9, NOW)
    recorder.submit(_batch([7, 8, 9, 10, 11]), NOW)
    results.append(recorder.collect())
    recorder.checkpoint("INBOX", 7, 11, NOW)
    recorder.close()
    return results


def _rows(db: Database) -> list[tuple[str, int | None, str]]:
    with db.begin() as conn:
        return [tuple(r) for r in conn.execute(select(messages.c.sha256, messages.c.uid, messages.c.status).order_by(messages.c.uid))]  # type: ignore[misc]


def test_writer_process_records_what_inline_records(database_url: str, tmp_path: Path) -> None:
    """Same batches through a writer process (on SQLite or PostgreSQL) and in line (SQLite):
    same results (new ids, created counts), same rows, and the checkpoint written last."""
    db = Database(database_url)
    results = _exercise(ProcessRecorder(db))
    reference_db = Database(f"sqlite+pysqlite:///{tmp_path / 'inline.db'}")
    reference = _exercise(InlineRecorder(reference_db))

    assert [(r.created, r.seen, len(r.pending)) for r in results] == [(10, 10, 10), (2, 5, 5)]
    assert [(r.created, r.seen, len(r.pending)) for r in reference] == [(10, 10, 10), (2, 5, 5)]
    assert _rows(db) == _rows(reference_db)
    assert len(_rows(db)) == 12
    with db.begin() as conn:
        checkpoint = get_checkpoint(conn, "INBOX")
    assert checkpoint is not None and (checkpoint.uidvalidity, checkpoint.last_uid) == (7, 11)
    db.dispose()
    reference_db.dispose()


def test_an_error_in_the_writer_is_raised_in_the_parent(tmp_path: Path) -> None:
    """A batch the store refuses (a naive received time) raises the store's own error in the
    parent, and nothing of that batch is written; the writer goes on with the next command."""
    db = Database(f"sqlite+pysqlite:///{tmp_path / 'dsr.db'}")
    recorder = ProcessRecorder(db)
    naive = [Incoming(raw=sample(1), source="imap", received_at=datetime(2026, 3, 2, 10, 0), uid=1)]
    recorder.submit(naive, NOW)
    with pytest.raises(ValueError, match="naive datetime"):
        recorder.collect()
    recorder.submit(_batch([2]), NOW)
    assert recorder.collect().created == 1
    recorder.close()
    assert [r[1] for r in _rows(db)] == [2]
    db.dispose()


def test_a_writer_killed_is_a_clear_error(tmp_path: Path) -> None:
    """SIGKILL the writer: the parent's next collect raises RecorderError instead of hanging."""
    db = Database(f"sqlite+pysqlite:///{tmp_path / 'dsr.db'}")
    recorder = ProcessRecorder(db)
    pid = recorder._process.pid  # noqa: SLF001 - the test needs the child's pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    recorder._process.join(timeout=10)  # noqa: SLF001
    with pytest.raises(RecorderError):
        recorder.submit(_batch([1]), NOW)
        recorder.collect()
    recorder.abandon()
    db.dispose()


def test_the_writer_ignores_ctrl_c(tmp_path: Path) -> None:
    """SIGINT/SIGTERM reach the whole process group on Ctrl-C; the writer ignores them (its
    parent decides when it stops), so a transaction is never cut in the middle."""
    db = Database(f"sqlite+pysqlite:///{tmp_path / 'dsr.db'}")
    recorder = ProcessRecorder(db)
    pid = recorder._process.pid  # noqa: SLF001
    assert pid is not None
    recorder.submit(_batch(range(5)), NOW)
    os.kill(pid, signal.SIGINT)
    os.kill(pid, signal.SIGTERM)
    assert recorder.collect().created == 5
    recorder.submit(_batch([5]), NOW)
    assert recorder.collect().created == 1
    recorder.close()
    assert not recorder._process.is_alive()  # noqa: SLF001
    db.dispose()


def test_the_writer_dies_with_its_parent(tmp_path: Path) -> None:
    """A parent SIGKILLed (as in the watcher crash tests) leaves no writer behind: it reads
    end of file on its pipe and exits."""
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        from workers.recorder import ProcessRecorder
        from workers.store.db import Database
        recorder = ProcessRecorder(Database({f"sqlite+pysqlite:///{tmp_path / 'dsr.db'}"!r}))
        print(recorder._process.pid, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    parent = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert parent.returncode == -signal.SIGKILL, parent.stderr
    child = int(parent.stdout.split()[0])
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and _alive(child):
        time.sleep(0.05)
    assert not _alive(child)


def _alive(pid: int) -> bool:
    """True while ``pid`` runs (a zombie awaiting its reaper counts as gone)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][0]
    except (FileNotFoundError, IndexError):
        return False
    return state != "Z"
