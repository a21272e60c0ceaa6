"""Benchmark: end-to-end latency from APPEND on Dovecot to the acknowledgment draft.

A private Dovecot and Redis (tests/harness), SQLite, the bundled sample connectors, the
watcher in IDLE mode in a thread and an in-process dramatiq worker. N requests are sent
one by one; for each, the time from APPEND to the stored acknowledgment draft is
measured. The baseline, measured in the same process against the same server, is the
time from APPEND until a bare imapclient IDLE session hears of the message (Dovecot's own
notification delay, about 0.5 s): the ratio says how much the product adds to it.

    .venv/bin/python bench/latency.py [--requests 50]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import threading
import time
from email.message import EmailMessage
from email.utils import make_msgid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select  # noqa: E402

from tests.harness import DovecotServer, RedisServer  # noqa: E402
from workers.logging import configure_logging  # noqa: E402
from workers.runtime import boot, utcnow  # noqa: E402
from workers.settings import REPO_ROOT, Settings  # noqa: E402
from workers.store.schema import drafts, messages  # noqa: E402

EXPORTS = REPO_ROOT / "examples" / "exports"


def request(i: int) -> bytes:
    message = EmailMessage()
    message["From"] = f"Client {i} <client{i}@exemple.net>"
    message["To"] = "pro@floraison.test"
    message["Subject"] = "Demande d'accès RGPD"
    message["Message-ID"] = make_msgid(domain="exemple.net")
    message.set_content(f"Bonjour,\n\nJe vous demande une copie de mes données personnelles (article 15).\n\nClient {i}\n")
    return message.as_bytes()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def idle_baseline(dovecot: DovecotServer, rounds: int) -> list[float]:
    """APPEND → a bare IDLE session sees EXISTS."""
    out = []
    with dovecot.client() as client:
        client.select_folder("INBOX", readonly=True)
        for i in range(rounds):
            client.idle()
            started = time.perf_counter()
            threading.Thread(target=dovecot.append, args=(request(10_000 + i),)).start()
            while True:
                responses = client.idle_check(timeout=5)
                if any(isinstance(r, tuple) and b"EXISTS" in r for r in responses):
                    break
            out.append(time.perf_counter() - started)
            client.idle_done()
    return out


def product(dovecot: DovecotServer, redis_url: str, data_dir: Path, count: int) -> list[float]:
    """APPEND → acknowledgment draft stored, through watcher, queue, recognition, case, identity."""
    import dramatiq

    from workers.imap_watcher import Watcher, WatchOptions

    account = dovecot.account()
    runtime = boot(Settings(
        data_dir=data_dir, redis_url=redis_url, imap_host=account.host, imap_port=account.port,
        imap_security="plain", imap_user=account.user, imap_password=account.password,
        contact_address=account.user, connectors={
            "stripe": {"mode": "export", "export_dir": str(EXPORTS / "stripe")},
            "systemeio": {"mode": "export", "export_file": str(EXPORTS / "systemeio" / "contacts.csv")},
            "drive": {"mode": "local", "folder": str(EXPORTS / "drive")},
            "mailbox": {"mode": "stored"},
        },
    ))
    import workers.actors  # noqa: F401
    from workers.actors import recognise_messages

    worker = dramatiq.Worker(runtime.broker, worker_threads=4, worker_timeout=20)
    worker.start()
    watcher = Watcher(runtime.settings, runtime.db, lambda ids: recognise_messages.send(ids), now=utcnow,
                      options=WatchOptions(all=True, idle_slice=0.2))
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    watcher.connected.wait(10)
    latencies = []
    try:
        for i in range(count):
            raw = request(i)
            message_id = raw.split(b"Message-ID: ")[1].split(b"\n")[0].strip().decode()
            started = time.perf_counter()
            dovecot.append(raw)
            while True:
                with runtime.db.begin() as conn:
                    found = conn.execute(
                        select(drafts.c.id).join(messages, messages.c.case_id == drafts.c.case_id)
                        .where(messages.c.message_id == message_id, drafts.c.kind == "acknowledgment")
                    ).first()
                if found:
                    break
                if time.perf_counter() - started > 30:
                    raise RuntimeError(f"request {i}: no acknowledgment after 30 s")
                time.sleep(0.01)
            latencies.append(time.perf_counter() - started)
    finally:
        watcher.stop()
        thread.join(10)
        worker.stop()
        runtime.stop()
    return latencies


def run(requests: int = 50) -> dict[str, float]:
    configure_logging(level="ERROR")
    base = Path(tempfile.mkdtemp(prefix="dsr-bench-latency-"))
    with DovecotServer() as dovecot, RedisServer() as redis_server:
        baseline = idle_baseline(dovecot, min(requests, 20))
        dovecot.recreate_mailbox("INBOX", keep_messages=False)
        ours = product(dovecot, redis_server.url, base / "data", requests)
    figures = {
        "p50_s": statistics.median(ours),
        "p95_s": percentile(ours, 0.95),
        "idle_p50_s": statistics.median(baseline),
    }
    figures["ratio_p50"] = figures["p50_s"] / figures["idle_p50_s"]
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    figures = run(args.requests)
    print(f"APPEND → acknowledgment draft, {args.requests} requests one by one:")
    print(f"  p50 {figures['p50_s']:.2f} s   p95 {figures['p95_s']:.2f} s   (target p95 < 3 s)")
    print(f"  baseline: APPEND → IDLE notification p50 {figures['idle_p50_s']:.2f} s")
    print(f"  ratio p50 / baseline: {figures['ratio_p50']:.2f}")


if __name__ == "__main__":
    main()
