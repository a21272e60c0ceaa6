"""Benchmark: one lookup over large exports, against ``grep -rIlF EMAIL`` on the same files.

Generates under a temp dir (``--scale 1``: about 500 MB): a Stripe payments CSV of 1,000,000
rows plus customers and invoices, 100,000 Systeme.io contacts, and a Drive folder of 2,000
files of mixed types (TXT, MD, CSV, DOCX, ODT, XLSX, PDF). The person is hidden in a few
places. Then it times the lookup of every export connector (in a forked child, so its peak
memory is measured alone) and grep over the same files (PDF, DOCX, ODT, XLSX turned into text
once beforehand, not timed), and prints both times, the ratio and the peak memory.

The Drive connector keeps the text it extracts from documents in a cache (outside the searched
tree, so grep does not read it): the lookup is timed twice, cold (empty cache, first lookup)
and warm (second lookup, each in a fresh child), each against grep. ``--no-cache`` runs the
lookup without it.

    .venv/bin/python bench/collect.py --scale 0.1      # quick run
    .venv/bin/python bench/collect.py                  # full size
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.models import Identity  # noqa: E402
from tests.workers.connectors import samples  # noqa: E402
from workers.connectors import ConnectorsSettings, build_connectors, run_lookup  # noqa: E402
from workers.connectors.extract import extract  # noqa: E402

EMAIL = "camille.martin@exemple.fr"
TARGET = Identity(email=EMAIL, name="Camille Martin", phone="06 12 34 56 78")
FIRST = ["Camille", "Hélène", "Jérôme", "Marie", "Lucas", "Chloé", "Léa", "Hugo", "Inès", "Noé", "Zoé", "Théo"]
LAST = ["Martin-Dubois", "Bernard", "Durand", "Lefèvre", "Moreau", "Laurent", "Simon", "Michel", "Garcia",
        "Roux", "Fournier", "Girard", "Marin", "Martinez"]


def _person(i: int) -> tuple[str, str, str]:
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    return first, last, f"client{i}@exemple.net"


def gen_stripe(dest: Path, payments: int, rng: random.Random) -> None:
    dest.mkdir(parents=True)
    customers = max(payments // 10, 100)
    hidden = {customers // 3}
    with open(dest / "customers.csv", "w", encoding="utf-8") as out:
        out.write("id,Description,Email,Name,Phone,Created (UTC)\n")
        for i in range(customers):
            f, l, e = _person(i)
            if i in hidden:
                f, l, e = "Camille", "Martin", EMAIL
            out.write(f"cus_{i:08d},Client,{e},{f} {l},,2024-01-01 10:00:00\n")
    buffer: list[str] = []
    with open(dest / "unified_payments.csv", "w", encoding="utf-8") as out:
        out.write("id,Created date (UTC),Amount,Amount Refunded,Currency,Captured,Description,Customer ID,"
                  "Customer Email,Status,Card Fingerprint\n")
        for i in range(payments):
            c = rng.randrange(customers)
            _, _, e = _person(c)
            if c in hidden:
                e = EMAIL if i % 2 else ""
            buffer.append(f"py_{i:010d},2024-03-{1 + i % 28:02d} 10:16:00,{rng.randrange(20, 900)}.00,0.00,eur,"
                          f"true,Séance individuelle d'accompagnement,cus_{c:08d},{e},Paid,fp_{i * 7919:016x}\n")
            if len(buffer) >= 50_000:
                out.write("".join(buffer))
                buffer.clear()
        out.write("".join(buffer))
    with open(dest / "invoices.csv", "w", encoding="utf-8") as out:
        out.write("id,Number,Customer,Customer Email,Customer Name,Date (UTC),Total,Status\n")
        for i in range(customers):
            f, l, e = _person(i)
            out.write(f"in_{i:08d},FDS-{i:06d},cus_{i:08d},{e},{f} {l},2024-01-01,90.00,paid\n")


def gen_systemeio(dest: Path, contacts: int) -> None:
    dest.mkdir(parents=True)
    with open(dest / "contacts.csv", "w", encoding="utf-8") as out:
        out.write("Email,First name,Surname,Phone number,Tags,Created at\n")
        for i in range(contacts):
            f, l, e = _person(i)
            if i == contacts // 2:
                f, l, e = "Camille", "Martin", EMAIL
            out.write(f"{e},{f},{l},06 {i % 100:02d} {i // 100 % 100:02d} 00 11,newsletter,2024-02-01 08:00:00\n")


def gen_drive(dest: Path, files: int, rng: random.Random) -> None:
    """Mixed files; binary types are a few templates copied around (fast)."""
    templates = dest.parent / "templates"
    other = ["Séance avec Marie Bernard, objectifs et exercices."] * 3
    mine = ["Séance avec MARTIN Camille", f"Contact : {EMAIL}", "tél. 06.12.34.56.78"]
    made = {
        ".pdf": (samples.make_pdf(templates / "o.pdf", other), samples.make_pdf(templates / "m.pdf", mine)),
        ".docx": (samples.make_docx(templates / "o.docx", other), samples.make_docx(templates / "m.docx", mine)),
        ".odt": (samples.make_odt(templates / "o.odt", other), samples.make_odt(templates / "m.odt", mine)),
        ".xlsx": (samples.make_xlsx(templates / "o.xlsx", [other]), samples.make_xlsx(templates / "m.xlsx", [mine])),
    }
    filler = " ".join(f"{FIRST[i % 12]} {LAST[i % 14]} a travaillé sur la confiance en soi." for i in range(1500))
    for i in range(files):
        folder = dest / "Clients" / f"{FIRST[i % 12]} {LAST[i % 14]} {i // 50}"
        folder.mkdir(parents=True, exist_ok=True)
        hit = i % 400 == 7
        kind = i % 10
        if kind < 5:
            text = filler * 3 + (f"\nÉcrire à {EMAIL}\n" if hit else "")
            (folder / f"notes-{i}.txt").write_text(text, encoding="utf-8")
        elif kind < 7:
            (folder / f"suivi-{i}.md").write_text(filler + ("\nCamille Martin\n" if hit else ""), encoding="utf-8")
        elif kind == 7:
            rows = "\n".join(f"{FIRST[j % 12]} {LAST[j % 14]};client{j}@exemple.net" for j in range(2000))
            (folder / f"liste-{i}.csv").write_text("Nom;Email\n" + rows + (f"\nX;{EMAIL}" if hit else ""),
                                                   encoding="utf-8")
        else:
            suffix = [".pdf", ".docx", ".odt", ".xlsx"][i % 4]
            shutil.copyfile(made[suffix][1 if hit else 0], folder / f"document-{i}{suffix}")
    shutil.rmtree(templates)


def size_of(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def _child(root: str, cache: str | None, queue: "multiprocessing.Queue[tuple[float, int, dict[str, int]]]") -> None:
    base = Path(root)
    settings = ConnectorsSettings.model_validate({
        "stripe": {"export_dir": base / "stripe"}, "systemeio": {"export_file": base / "systemeio"},
        "drive": {"folder": base / "drive", "cache_dir": cache}})
    connectors = build_connectors(settings)
    started = time.perf_counter()
    results = run_lookup(connectors, TARGET)
    elapsed = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    queue.put((elapsed, peak_kb, {r.system: len(r.records) for r in results}))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 1M payments, 100k contacts, 2000 files")
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    parser.add_argument("--no-cache", action="store_true", help="no cache of extracted document text")
    args = parser.parse_args()
    import structlog

    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(40))
    rng = random.Random(42)
    root = Path(tempfile.mkdtemp(prefix="dsr-bench-"))
    cache_dir = root.parent / (root.name + "-cache")  # the data directory's cache: not under root
    try:
        t0 = time.perf_counter()
        gen_stripe(root / "stripe", int(1_000_000 * args.scale), rng)
        gen_systemeio(root / "systemeio", int(100_000 * args.scale))
        gen_drive(root / "drive", max(int(2_000 * args.scale), 40), rng)
        total = size_of(root)
        print(f"generated {total / 1e6:.0f} MB in {time.perf_counter() - t0:.1f} s under {root}")

        text_dir = root.parent / (root.name + "-text")  # for grep: binary documents as text, untimed
        for path in (root / "drive").rglob("*"):
            if path.suffix in (".pdf", ".docx", ".odt", ".xlsx"):
                target = text_dir / path.relative_to(root).with_suffix(path.suffix + ".txt")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(extract(path, path.name).text, encoding="utf-8")

        ctx = multiprocessing.get_context("fork")
        cache = None if args.no_cache else str(cache_dir)

        def lookup() -> tuple[float, int, dict[str, int]]:
            queue: multiprocessing.Queue[tuple[float, int, dict[str, int]]] = ctx.Queue()
            process = ctx.Process(target=_child, args=(str(root), cache, queue))
            process.start()
            result = queue.get()
            process.join()
            return result

        def grep() -> tuple[float, int]:
            started = time.perf_counter()
            found = subprocess.run(["grep", "-rIlF", EMAIL, str(root), str(text_dir)], capture_output=True, text=True)
            return time.perf_counter() - started, len(found.stdout.splitlines())

        runs = [("cold" if cache else "no cache", lookup())]
        if cache:
            runs.append(("warm", lookup()))
        grep_time, grep_files = min(grep() for _ in range(3))
        print(f"grep -rIlF EMAIL:                        {grep_time:.2f} s, files {grep_files} (best of 3)")
        for label, (elapsed, peak_kb, counts) in runs:
            print(f"lookup {label:<8} (stripe+systemeio+drive): {elapsed:.2f} s, records {counts}")
            print(f"  ratio lookup/grep: {elapsed / grep_time:.1f}x; peak memory of the lookup process "
                  f"(ru_maxrss): {peak_kb / 1024:.0f} MB (target < 500 MB)")
        shutil.rmtree(text_dir, ignore_errors=True)
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
