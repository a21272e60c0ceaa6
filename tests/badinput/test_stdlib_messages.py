"""The malformed messages of the Python standard library's email test data, through the
product: each is read or refused (flows), and through a real worker each is recorded once
and recognised or quarantined with a reason, without stopping the worker."""

from __future__ import annotations

import sysconfig
from pathlib import Path

import pytest

from flows.reading import UnreadableMessage, read_message
from flows.recognition import recognise
from tests.workers.pipeline_support import make_runtime, request_message, running_worker, wait_for
from workers.intake import Incoming, ingest
from workers.runtime import utcnow
from workers.store.messages import list_messages

DATA = Path(sysconfig.get_paths()["stdlib"]) / "test" / "test_email" / "data"
SAMPLES = sorted(DATA.glob("msg_*.txt"))


def test_stdlib_email_data_is_present() -> None:
    """The standard library ships its email test messages here (else this suite proves nothing)."""
    assert len(SAMPLES) >= 40, DATA


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_each_stdlib_message_is_read_or_refused(path: Path) -> None:
    """read_message + recognise on each sample: a decision, or UnreadableMessage with a reason."""
    try:
        parsed = read_message(path.read_bytes())
    except UnreadableMessage as error:
        assert str(error)
        return
    recognise(parsed)


def test_worker_survives_the_whole_set(tmp_path: Path, redis_url: str) -> None:
    """All samples plus empty and binary input go through a worker; a real request still works after."""
    runtime = make_runtime(tmp_path, redis_url)
    from workers.actors import recognise_messages

    raws = [p.read_bytes() for p in SAMPLES] + [b"", b"\x00\xff" * 500, b"From: x\r\n", b"\r\n\r\n\r\n"]
    request = request_message("vraie.demande@exemple.test", "Vraie Demande", "RGPD",
                              "Bonjour, je demande la suppression de toutes mes données personnelles.\n")
    with running_worker(runtime):
        ingest(runtime.db, [Incoming(raw=r, source="file") for r in raws], lambda ids: recognise_messages.send(ids), utcnow)
        ingest(runtime.db, [Incoming(raw=request, source="file")], lambda ids: recognise_messages.send(ids), utcnow)

        def all_handled():  # type: ignore[no-untyped-def]
            with runtime.db.begin() as conn:
                rows = list_messages(conn, limit=1000)
            return rows if rows and all(r["status"] != "recorded" for r in rows) else None

        rows = wait_for(all_handled, timeout=60)
    distinct = {bytes(r) for r in raws + [request]}
    assert len(rows) == len(distinct), "every distinct input is recorded exactly once"
    quarantined = [r for r in rows if r["status"] == "quarantined"]
    assert all(r["quarantine_reason"] for r in quarantined)
    assert any(r["outcome"] == "request" and r["from_addr"] == "vraie.demande@exemple.test" for r in rows)
