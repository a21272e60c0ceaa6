"""The README's first command runs the product on its embedded defaults and leaves nothing behind."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def demo_processes(data_dir: Path) -> list[str]:
    out = subprocess.run(["ps", "-eo", "pid,args"], capture_output=True, text=True).stdout
    return [line for line in out.splitlines() if str(data_dir) in line and "ps -eo" not in line]


def test_quickstart_demo_runs_and_stops(tmp_path: Path) -> None:
    """``bash scripts/quickstart.sh demo`` recognises, opens cases, drafts, prints the digest, then stops."""
    data_dir = tmp_path / "demo"
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    started = time.monotonic()
    result = subprocess.run(["bash", "scripts/quickstart.sh", "demo", "--data-dir", str(data_dir)], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    elapsed = time.monotonic() - started
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    out = result.stdout
    assert "Demandes ouvertes" in out
    assert "DSR-" in out and "échéance" in out
    assert "brouillon(s) rédigé(s)" in out and "answer_access" in out
    assert "Récapitulatif du jour" in out
    assert "tout est arrêté" in out
    assert elapsed < 120, f"the demo took {elapsed:.0f} s"
    time.sleep(0.5)
    assert demo_processes(data_dir) == [], "the demo left a process running"
    assert not (data_dir / "redis" / "redis.sock").exists() or demo_processes(data_dir) == []
