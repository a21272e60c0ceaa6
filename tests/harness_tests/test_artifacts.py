"""The artifacts folder for screenshots and reports."""

from __future__ import annotations

from pathlib import Path


def test_artifacts_dir_is_at_repo_root_and_writable(artifacts_dir: Path) -> None:
    """test-artifacts/ sits next to pyproject.toml and accepts files."""
    assert artifacts_dir.name == "test-artifacts"
    assert (artifacts_dir.parent / "pyproject.toml").is_file()
    probe = artifacts_dir / ".harness-probe"
    probe.write_text("ok")
    assert probe.read_text() == "ok"
    probe.unlink()
