"""Tests of ``dsr lookup`` and ``dsr package`` (commands invoked directly, demo exports on disk)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from flows.connectors import LookupResult
from flows.models import Identity
from tests.workers.connectors.samples import write_demo_exports
from workers.cli import lookup as lookup_module
from workers.cli.lookup import CaseCollection, lookup, package


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = write_demo_exports(tmp_path / "exports")
    path = tmp_path / "dsr.toml"
    path.write_text(
        "[connectors.stripe]\nmode = \"export\"\n"
        f"export_dir = \"{root / 'stripe'}\"\n"
        "[connectors.systemeio]\n"
        f"export_file = \"{root / 'systemeio' / 'contacts.csv'}\"\n"
        "[connectors.drive]\n"
        f"folder = \"{root / 'drive'}\"\n", encoding="utf-8")
    monkeypatch.setenv("DSR_CONFIG", str(path))
    return path


def test_lookup_json_shape(config: Path) -> None:
    """--json prints exactly one object: systems -> status, records (id, matched_on, fields), error."""
    result = CliRunner().invoke(lookup, ["camille.md@exemple.org", "--name", "Camille Martin-Dubois", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"systems"} and set(data["systems"]) == {"stripe", "systemeio", "drive"}
    stripe = data["systems"]["stripe"]
    assert stripe["status"] == "ok" and stripe["error"] is None
    assert [r["id"] for r in stripe["records"]] == ["cus_Q2cmd", "py_2A", "in_2A"]
    assert stripe["records"][0]["matched_on"] == ["email", "name"]
    assert stripe["records"][0]["fields"]["Email"] == "camille.md@exemple.org"


def test_lookup_human_output_in_french(config: Path) -> None:
    """Without --json: a table per system, "rien trouvé", and the notes on unreadable files."""
    result = CliRunner().invoke(lookup, ["helene.lefevre@exemple.net"])
    assert result.exit_code == 0, result.output
    assert "stripe : rien trouvé" in result.output
    assert "systemeio : 1 élément(s)" in result.output
    assert "PDF protégé par mot de passe" in result.output


def test_lookup_bad_config_is_a_french_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A broken [connectors] section gives a readable French message, no traceback."""
    path = tmp_path / "dsr.toml"
    path.write_text("[connectors.stripe]\nmode = \"api\"\n", encoding="utf-8")
    monkeypatch.setenv("DSR_CONFIG", str(path))
    monkeypatch.delenv("DSR_STRIPE_API_KEY", raising=False)
    result = CliRunner().invoke(lookup, ["a@b.fr"])
    assert result.exit_code != 0 and "Configuration des connecteurs invalide" in result.output


def test_commands_have_french_help() -> None:
    """Every command answers --help in French."""
    for command, word in ((lookup, "Chercher"), (package, "Construire")):
        result = CliRunner().invoke(command, ["--help"])
        assert result.exit_code == 0 and word in result.output


def test_package_through_the_seam(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """dsr package writes the ZIP from load_case_collection and prints the separate password."""
    collection = CaseCollection(identity=Identity(email="a@b.fr"),
                                results=[LookupResult(system="stripe")], article15={"purposes": "x"})
    monkeypatch.setattr(lookup_module, "load_case_collection", lambda ref: collection)
    out = tmp_path / "p.zip"
    result = CliRunner().invoke(package, ["DSR-1", "--out", str(out), "--protect"])
    assert result.exit_code == 0, result.output
    assert out.exists() and "Mot de passe du PDF" in result.output
