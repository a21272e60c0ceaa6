"""``dsr config check``, ``dsr db upgrade``, ``dsr version`` run as the practitioner runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
DSR = [sys.executable, "-m", "workers.cli"]


def run_dsr(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    full.update(env)
    return subprocess.run([str(REPO / ".venv" / "bin" / "dsr"), *args], env=full, capture_output=True, text=True,
                          timeout=120, cwd=REPO)


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A data directory and an empty settings file of the test's own."""
    (tmp_path / "dsr.toml").write_text("", encoding="utf-8")
    return {"DSR_DATA_DIR": str(tmp_path / "data"), "DSR_CONFIG": str(tmp_path / "dsr.toml")}


def broken_register(tmp_path: Path, change) -> Path:  # type: ignore[no-untyped-def]
    data = yaml.safe_load((REPO / "config" / "register.yaml").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "register.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_shipped_configuration_is_valid(env: dict[str, str]) -> None:
    """The register and settings as shipped pass the check, in French."""
    result = run_dsr(["config", "check"], env)
    assert result.returncode == 0, result.stderr
    assert "11 finalités" in result.stdout
    assert "Configuration valide" in result.stdout


def test_missing_retention_is_named_in_french(env: dict[str, str], tmp_path: Path) -> None:
    """A purpose without retention rule fails, naming the field and the problem in French."""
    path = broken_register(tmp_path, lambda d: d["purposes"][3].pop("retention"))
    result = run_dsr(["config", "check"], {**env, "DSR_REGISTER_PATH": str(path)})
    assert result.returncode == 1
    assert "Erreur" in result.stderr
    assert "purposes[3].retention" in result.stderr
    assert "conservation" in result.stderr


def test_unknown_legal_basis_is_named_in_french(env: dict[str, str], tmp_path: Path) -> None:
    """An unknown legal basis fails, naming the field, the value and the allowed ones."""
    def change(d):  # type: ignore[no-untyped-def]
        d["purposes"][2]["legal_bases"][0] = "interet_vital"

    path = broken_register(tmp_path, change)
    result = run_dsr(["config", "check"], {**env, "DSR_REGISTER_PATH": str(path)})
    assert result.returncode == 1
    assert "purposes[2].legal_bases[0]" in result.stderr
    assert "interet_vital" in result.stderr
    assert "base légale inconnue" in result.stderr


def test_secret_in_settings_file_is_refused(env: dict[str, str], tmp_path: Path) -> None:
    """A password written in the settings file is refused with the variable to use instead."""
    Path(env["DSR_CONFIG"]).write_text('[smtp]\npassword = "x"\n', encoding="utf-8")
    result = run_dsr(["config", "check"], env)
    assert result.returncode == 1
    assert "DSR_SMTP_PASSWORD" in result.stderr


def test_invalid_setting_names_the_variable(env: dict[str, str]) -> None:
    """A bad value in the environment is reported with the field and its DSR_ name."""
    result = run_dsr(["config", "check"], {**env, "DSR_IMAP_SECURITY": "ssl3"})
    assert result.returncode == 1
    assert "imap_security (DSR_IMAP_SECURITY)" in result.stderr


def test_db_upgrade_and_version(env: dict[str, str]) -> None:
    """``dsr db upgrade`` creates the SQLite file; ``dsr version`` prints the version."""
    result = run_dsr(["db", "upgrade"], env)
    assert result.returncode == 0, result.stderr
    assert (Path(env["DSR_DATA_DIR"]) / "dsr.sqlite3").exists()
    version = run_dsr(["version"], env)
    assert version.stdout.startswith("dsr-desk ")


@pytest.mark.parametrize(
    "command",
    [[], ["config"], ["config", "check"], ["db", "upgrade"], ["worker"], ["version"], ["watch"], ["ingest"],
     ["messages"], ["cases"], ["case"], ["drafts"], ["draft"], ["deadline"], ["register"], ["register", "export"],
     ["register", "verify"], ["register", "purge"], ["digest"], ["scheduler"]],
)
def test_every_command_has_french_help(command: list[str]) -> None:
    """``--help`` works on every command and speaks French."""
    from click.testing import CliRunner

    from workers.cli import main

    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    import re

    assert re.search(r"\b(les|des|une|un|la|le|du|de|et)\b", result.output.lower()), result.output
