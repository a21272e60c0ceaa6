"""Benchmark: read_message + recognise against bare stdlib parsing, on the recognition corpus.

Prints messages/second for both on one core and the ratio (ours / baseline), both measured in
this process, in interleaved rounds after a warm-up pass (medians over the rounds). Run: ``.venv/bin/python bench/classify.py [--rounds N]``.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import statistics
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


def _seconds(func: Callable[[bytes], object], raws: list[bytes]) -> float:
    start = time.perf_counter()
    for raw in raws:
        func(raw)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    raws = [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]
    for raw in raws:  # warm-up, one pass each: imports (pypdf), regex compilation, caches
        _ours(raw)
        _baseline(raw)
    ours: list[float] = []
    base: list[float] = []
    for _ in range(args.rounds):  # interleaved, so a noisy spell on the machine hits both
        ours.append(len(raws) / _seconds(_ours, raws))
        base.append(len(raws) / _seconds(_baseline, raws))
    ratios = [o / b for o, b in zip(ours, base, strict=True)]
    print(f"messages: {len(raws)} x {args.rounds} rounds (median of the rounds, one core)")
    print(f"read_message + recognise: {statistics.median(ours):8.1f} messages/s")
    print(f"stdlib parse + get_body:  {statistics.median(base):8.1f} messages/s")
    print(f"ratio (ours / stdlib):    {statistics.median(ratios):8.3f}")


if __name__ == "__main__":
    main()
