"""Runs every benchmark and prints one table of figures and ratios (for the README).

Each benchmark runs in its own process (so its memory peak is its own) and prints a ratio
against a baseline measured in that same process: recognition against bare stdlib parsing,
the watcher's backfill against a plain imapclient fetch, one connector lookup against
``grep -rIlF``, the end-to-end latency against Dovecot's own IDLE notification delay.

    .venv/bin/python bench/run_all.py            # full sizes (several minutes)
    .venv/bin/python bench/run_all.py --quick    # smaller inputs, same code paths
"""

from __future__ import annotations

import argparse
import platform
import re
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

BENCH = Path(__file__).resolve().parent
PY = sys.executable


@dataclass
class Row:
    name: str
    measured: str
    baseline: str
    ratio: str
    target: str


def run(script: str, *args: str) -> str:
    result = subprocess.run([PY, str(BENCH / script), *args], capture_output=True, text=True, timeout=3600)
    if result.returncode != 0:
        raise SystemExit(f"{script} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def grab(pattern: str, text: str) -> str:
    match = re.search(pattern, text)
    return match.group(1) if match else "?"


def classify(quick: bool) -> Row:
    out = run("classify.py", "--rounds", "2" if quick else "10")
    return Row("recognition (msg/s, one core)", grab(r"recognise:\s+([\d.]+)", out),
               grab(r"get_body:\s+([\d.]+)", out) + " (stdlib parse)", grab(r"ratio[^:]*:\s+([\d.]+)", out),
               ">= 500 msg/s")


def ingest(quick: bool) -> Row:
    out = run("ingest.py", "--messages", "1000" if quick else "5000")
    return Row("IMAP backfill (msg/s, store + enqueue)", grab(r"watcher backfill[^:]*:\s+([\d,]+)", out),
               grab(r"plain imapclient fetch:\s+([\d,]+)", out) + " (plain fetch)",
               grab(r"ratio watcher/plain:\s+([\d.]+)", out), "ratio >= 0.5")


def collect(quick: bool) -> list[Row]:
    out = run("collect.py", *(["--scale", "0.05"] if quick else []))
    grep_time = grab(r"grep -rIlF EMAIL:\s+([\d.]+) s", out)
    rows = []
    runs = re.findall(r"lookup (\w[\w ]*?)\s+\(stripe\+systemeio\+drive\): ([\d.]+) s.*?\n\s+ratio lookup/grep: "
                      r"([\d.]+)x; peak memory[^:]*: (\d+) MB", out)
    for label, seconds, ratio, _peak in runs:
        rows.append(Row(f"one lookup over exports, {label} (s)", seconds, grep_time + " (grep -rIlF)", ratio + "x",
                        "report"))
    peak = max((int(p) for *_rest, p in runs), default=0)
    rows.append(Row("lookup peak memory (MB)", str(peak) if runs else "?", "—", "—", "< 500 MB"))
    return rows


def latency(quick: bool) -> list[Row]:
    out = run("latency.py", "--requests", "15" if quick else "50")
    base = grab(r"IDLE notification p50 ([\d.]+) s", out)
    return [
        Row("APPEND → acknowledgment draft p50 (s)", grab(r"p50 ([\d.]+) s", out), base + " (IDLE delay)",
            grab(r"ratio p50 / baseline: ([\d.]+)", out), "—"),
        Row("APPEND → acknowledgment draft p95 (s)", grab(r"p95 ([\d.]+) s", out), "—", "—", "< 3 s"),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs")
    args = parser.parse_args()
    rows = [classify(args.quick), ingest(args.quick), *collect(args.quick), *latency(args.quick)]
    print(f"Benchmarks of {date.today().isoformat()} on {platform.node()} ({platform.machine()}, "
          f"Python {platform.python_version()}){' --quick' if args.quick else ''}\n")
    print("| benchmark | measured | baseline (same run) | ratio | target |")
    print("|---|---|---|---|---|")
    for row in rows:
        print(f"| {row.name} | {row.measured} | {row.baseline} | {row.ratio} | {row.target} |")


if __name__ == "__main__":
    main()
