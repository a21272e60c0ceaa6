"""Benchmark: the watcher's backfill against a plain imapclient fetch loop, same mailbox.

Seeds a private Dovecot (tests/harness) with N realistic small messages (MULTIAPPEND),
then times, in this process:

- the baseline: log in, EXAMINE, ``UID SEARCH ALL``, then ``FETCH BODY.PEEK[]`` in batches
  of 500, keeping the bytes and nothing else;
- the watcher: ``Watcher.run()`` with ``--all --once`` semantics on a fresh SQLite file and a
  private Redis (tests/harness/redis_server.py), recognition tasks queued through dramatiq's
  RedisBroker: fetch, header parse, hashing, blobs + records, enqueue, checkpoints (the
  recording runs in the watcher's writer process, beside the fetching, as in production).

Each is run ``--rounds`` times alternately (fresh database each watcher round), the best
round of each is kept, and the ratio watcher/baseline is printed. Target: >= 0.5.

    .venv/bin/python bench/ingest.py                 # 5,000 messages
    .venv/bin/python bench/ingest.py --messages 1000 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import shutil
import sys
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.harness import DovecotServer, RedisServer
from workers.actors import recognise_messages
from workers.broker import make_redis_broker
from workers.imap_watcher import Watcher, WatchOptions, connect
from workers.runtime import utcnow
from workers.settings import Settings, load_settings
from workers.store.db import Database

WORDS = ["bonjour", "merci", "données", "commande", "rendez-vous", "séance", "facture", "question", "suppression", "accès", "copie", "informations", "personnelles", "cordialement", "semaine", "prochaine", "possible"]


def make_message(i: int, rng: random.Random) -> bytes:
    """A plausible small message (1-4 KB): French text, sometimes quoted-printable."""
    msg = EmailMessage()
    msg["From"] = f"Client {i} <client{i}@exemple.net>"
    msg["To"] = "pro@floraison.test"
    msg["Subject"] = f"Re: {rng.choice(WORDS)} {i}"
    msg["Date"] = "Mon, 02 Mar 2026 09:30:00 +0100"
    msg["Message-ID"] = f"<bench-{i}-{rng.randrange(10**9)}@exemple.net>"
    msg["Received"] = "from mx.exemple.net by mail.floraison.test; Mon, 02 Mar 2026 09:30:01 +0100"
    body = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(100, 500)))
    msg.set_content(body)
    return msg.as_bytes().replace(b"\n", b"\r\n")


def baseline(settings: Settings, batch: int = 500) -> int:
    """Plain imapclient: fetch every message's BODY.PEEK[] in batches; returns the count."""
    client = connect(settings)
    try:
        client.select_folder("INBOX", readonly=True)
        uids = sorted(client.search(["ALL"]))
        kept = 0
        for start in range(0, len(uids), batch):
            fetched = client.fetch(uids[start : start + batch], ["BODY.PEEK[]"])
            kept += sum(1 for data in fetched.values() if data.get(b"BODY[]") is not None)
        return kept
    finally:
        client.logout()


def watcher_run(settings: Settings, redis_url: str, work: Path, profile: bool) -> tuple[int, int, float]:
    """A full backfill by the watcher into a fresh SQLite; returns (recorded, queued tasks,
    seconds). Creating the database (migrations) and the broker is set-up, not timed."""
    if work.exists():
        shutil.rmtree(work)
    db = Database(f"sqlite:///{work / 'dsr.sqlite3'}")  # migrations run here, outside the timing
    broker = make_redis_broker(redis_url)
    broker.declare_queue(recognise_messages.queue_name)
    sent = 0

    def enqueue(ids: list[int]) -> None:
        nonlocal sent
        broker.enqueue(recognise_messages.message(ids))
        sent += 1

    watcher = Watcher(settings, db, enqueue, now=utcnow, options=WatchOptions(all=True, once=True))
    profiler = cProfile.Profile() if profile else None
    if profiler:
        profiler.enable()
    began = time.perf_counter()
    watcher.run()
    elapsed = time.perf_counter() - began
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    with db.begin() as conn:
        recorded = int(conn.exec_driver_sql("SELECT count(*) FROM messages").scalar_one())
    db.dispose()
    broker.close()
    return recorded, sent, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="cProfile the last watcher round")
    args = parser.parse_args()

    rng = random.Random(42)
    base = Path(tempfile.mkdtemp(prefix="dsr-bench-ingest-"))
    with DovecotServer() as dovecot, RedisServer() as redis_server:
        began = time.perf_counter()
        messages = [make_message(i, rng) for i in range(args.messages)]
        dovecot.multiappend(messages)
        seeded = time.perf_counter() - began
        size = sum(len(m) for m in messages)
        print(f"seeded {args.messages} messages ({size / 1e6:.1f} MB) in {seeded:.1f} s")
        account = dovecot.account()
        settings = load_settings(
            data_dir=base / "data", mail_provider="custom", imap_host=account.host, imap_port=account.port,
            imap_security="plain", imap_user=account.user, imap_password=account.password,
        )
        best_base = best_watch = float("inf")
        for round_no in range(1, args.rounds + 1):
            client = redis_server.client()
            client.flushall()
            client.close()
            began = time.perf_counter()
            fetched = baseline(settings)
            t_base = time.perf_counter() - began
            recorded, tasks, t_watch = watcher_run(settings, redis_server.url, base / f"round{round_no}",
                                                   args.profile and round_no == args.rounds)
            assert fetched == recorded == args.messages, (fetched, recorded)
            print(f"round {round_no}: plain fetch {fetched / t_base:,.0f} msg/s ({t_base:.2f} s); "
                  f"watcher {recorded / t_watch:,.0f} msg/s ({t_watch:.2f} s, {tasks} tasks queued)")
            best_base, best_watch = min(best_base, t_base), min(best_watch, t_watch)
    shutil.rmtree(base, ignore_errors=True)
    base_rate, watch_rate = args.messages / best_base, args.messages / best_watch
    print(f"plain imapclient fetch: {base_rate:,.0f} msg/s")
    print(f"watcher backfill (store + enqueue): {watch_rate:,.0f} msg/s")
    print(f"ratio watcher/plain: {watch_rate / base_rate:.2f} (target >= 0.5)")


if __name__ == "__main__":
    main()
