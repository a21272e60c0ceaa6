"""Recording fetched batches: in line, or in a writer process beside the fetching.

During a backfill the watcher spends its time in two places of about the same size:
fetching from the server (socket reads and imapclient's parsing) and recording (hashing,
header parsing and database writes). A :class:`ProcessRecorder` does the recording in a
forked child, so batch N is written while batch N+1 is fetched, on two cores. The
watcher's order does not change: it collects batch N's result (committed), queues its
recognition, and only then asks for its checkpoint.

Both recorders answer the same three calls, in order: :meth:`submit` a batch,
:meth:`collect` the oldest submitted batch's :class:`~workers.intake.BatchResult`, and
:meth:`checkpoint`. :meth:`close` waits until everything asked for is written.

The child only writes: it reads commands from a pipe, exits at end of file (the parent is
gone, even by SIGKILL), ignores SIGINT/SIGTERM (the parent decides when to stop) and sends
back any error, which the parent raises as its own.
"""

from __future__ import annotations

import multiprocessing
import pickle
import signal
from collections import deque
from collections.abc import Sequence
from datetime import datetime
from multiprocessing.connection import Connection
from typing import Any, Protocol

from workers.intake import BatchResult, Incoming, record_batch
from workers.logging import get_logger
from workers.store.db import Database
from workers.store.messages import set_checkpoint

log = get_logger(__name__)


class RecorderError(RuntimeError):
    """The writer process failed, or died, before answering."""


class Recorder(Protocol):
    def submit(self, batch: Sequence[Incoming], now: datetime) -> None: ...

    def collect(self) -> BatchResult: ...

    def checkpoint(self, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None: ...

    def close(self) -> None: ...

    def abandon(self) -> None: ...


class InlineRecorder:
    """Records each batch when it is submitted, in this process."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._results: deque[BatchResult] = deque()

    def submit(self, batch: Sequence[Incoming], now: datetime) -> None:
        self._results.append(record_batch(self.db, batch, now))

    def collect(self) -> BatchResult:
        return self._results.popleft()

    def checkpoint(self, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        write_checkpoint(self.db, folder, uidvalidity, last_uid, now)

    def close(self) -> None:
        self._results.clear()

    def abandon(self) -> None:
        self.close()


def write_checkpoint(db: Database, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
    with db.begin() as conn:
        set_checkpoint(conn, folder, uidvalidity, last_uid, now)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class ProcessRecorder:
    """Records in a forked writer process; every command is answered, in order."""

    def __init__(self, db: Database) -> None:
        context = multiprocessing.get_context("fork")
        self._conn, child_end = context.Pipe()
        self._process = context.Process(
            target=_writer_main, args=(db, child_end, self._conn), name="dsr-recorder", daemon=True,
        )
        self._process.start()
        child_end.close()
        self._waiting: deque[str] = deque()  # kinds of the answers not yet read
        self._closed = False

    def submit(self, batch: Sequence[Incoming], now: datetime) -> None:
        self._send(("record", list(batch), now))

    def collect(self) -> BatchResult:
        """The oldest submitted batch's result; checkpoint answers before it are checked."""
        while self._waiting:
            kind = self._waiting[0]
            answer = self._receive()
            if kind == "record":
                assert isinstance(answer, BatchResult)
                return answer
        raise RecorderError("no batch was submitted")

    def checkpoint(self, folder: str, uidvalidity: int, last_uid: int, now: datetime) -> None:
        self._send(("checkpoint", folder, uidvalidity, last_uid, now))

    def close(self) -> None:
        """Wait for every command sent (raising the first error), then end the child."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._process.is_alive():
                self._send(("stop",))
                while self._waiting:
                    self._receive()
        finally:
            self._end_child()

    def abandon(self) -> None:
        """End the child without waiting for answers (the caller is failing anyway)."""
        if self._closed:
            return
        self._closed = True
        self._end_child()

    def _end_child(self) -> None:
        self._conn.close()  # the child reads end of file and exits
        self._process.join(timeout=30)
        if self._process.is_alive():
            self._process.kill()
            self._process.join()

    def _send(self, command: tuple[Any, ...]) -> None:
        try:
            self._conn.send(command)
        except (BrokenPipeError, ConnectionResetError, OSError) as error:
            raise RecorderError("le processus d'écriture s'est arrêté") from error
        self._waiting.append(command[0])

    def _receive(self) -> object:
        try:
            status, value = self._conn.recv()
        except (EOFError, OSError) as error:
            raise RecorderError("le processus d'écriture s'est arrêté sans répondre") from error
        self._waiting.popleft()
        if status == "error":
            raise value if isinstance(value, BaseException) else RecorderError(str(value))
        return value


def _writer_main(db: Database, conn: Connection, parent_end: Connection) -> None:
    """The child: apply each command in order and answer it, until ``stop`` or end of file."""
    parent_end.close()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    db.engine.dispose(close=False)  # the parent's pooled connections stay the parent's
    try:
        while True:
            try:
                command = conn.recv()
            except EOFError:
                return
            except Exception as error:  # noqa: BLE001 - a command that cannot be read is still answered
                conn.send(("error", RecorderError(f"unreadable command ({type(error).__name__})")))
                continue
            kind = command[0]
            try:
                if kind == "stop":
                    conn.send(("ok", None))
                    return
                if kind == "record":
                    conn.send(("ok", record_batch(db, command[1], command[2])))
                elif kind == "checkpoint":
                    write_checkpoint(db, *command[1:])
                    conn.send(("ok", None))
                else:
                    conn.send(("error", RecorderError(f"unknown command {kind!r}")))
            except (BrokenPipeError, ConnectionResetError):
                return
            except Exception as error:  # noqa: BLE001 - handed to the parent, which raises it
                log.warning("recorder.failed", command=kind, error_type=type(error).__name__)
                conn.send(("error", _transferable(error)))
    finally:
        db.engine.dispose()
        conn.close()


def _transferable(error: Exception) -> BaseException:
    """The error itself when it survives pickling, else a RecorderError naming its type."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - some driver errors do not pickle
        return RecorderError(f"{type(error).__name__} in the writer process")
    return error
