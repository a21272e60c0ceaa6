"""Benchmark: read_message + recognise against bare stdlib parsing, on the recognition corpus.

Prints messages/second for both on one core and the ratio (ours / baseline), both measured in
this process. Run: ``.venv/bin/python bench/classify.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import time
from collections.abc import Callable
from pathlib import Path

from flows.reading import read_message
from flows.recognition import recognise

CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus" / "recognition"
OWN = frozenset({"sandra.delomenie@orange.fr"})


def _ours(raw: bytes) -> object:
    return recognise(read_message(raw), own_addresses=OWN)


def _baseline(raw: bytes) -> object:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain", "html"))  # type: ignore[attr-defined]
    return body.get_content() if body is not None else None


def _rate(func: Callable[[bytes], object], raws: list[bytes], rounds: int) -> float:
    for raw in raws[:20]:  # warm-up: regex compilation, imports
        func(raw)
    start = time.perf_counter()
    for _ in range(rounds):
        for raw in raws:
            func(raw)
    return rounds * len(raws) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    raws = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    ours = _rate(_ours, raws, args.rounds)
    base = _rate(_baseline, raws, args.rounds)
    print(f"messages: {len(raws)} x {args.rounds} rounds")
    print(f"read_message + recognise: {ours:8.1f} messages/s")
    print(f"stdlib parse + get_body:  {base:8.1f} messages/s")
    print(f"ratio (ours / stdlib):    {ours / base:8.3f}")


if __name__ == "__main__":
    main()
