"""Tests of workers.cli.classify: ``dsr classify`` and ``dsr eval`` through click's runner."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from workers.cli.classify import COMMANDS

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "recognition"
GROUP = click.Group(commands={c.name: c for c in COMMANDS if c.name})

REQUEST = (
    "From: Claire <claire.martin@laposte.net>\nTo: sandra.delomenie@orange.fr\nSubject: Mes données\n"
    "Content-Type: text/plain; charset=utf-8\n\nBonjour, merci de supprimer toutes mes données.\n"
)
OWN = REQUEST.replace("claire.martin@laposte.net", "sandra.delomenie@orange.fr")


def _run(*args: str, env: dict[str, str] | None = None) -> click.testing.Result:
    return CliRunner().invoke(GROUP, list(args), env=env, catch_exceptions=False)


def test_classify_json_lines(tmp_path: Path) -> None:
    """--json prints exactly one object per message with the agreed keys and values."""
    (tmp_path / "a.eml").write_text(REQUEST)
    (tmp_path / "b.eml").write_text(REQUEST.replace("merci de supprimer toutes mes données", "à jeudi !"))
    result = _run("classify", str(tmp_path), "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [set(r) for r in rows] == [{"file", "outcome", "rights", "language", "confidence", "evidence"}] * 2
    by_name = {Path(r["file"]).name: r for r in rows}
    assert by_name["a.eml"]["outcome"] == "request" and by_name["a.eml"]["rights"] == ["erasure"]
    assert by_name["b.eml"]["outcome"] == "none" and by_name["b.eml"]["rights"] == []
    assert by_name["a.eml"]["language"] == "fr"


def test_classify_table_in_french(tmp_path: Path) -> None:
    """Without --json the output is a readable French table."""
    path = tmp_path / "a.eml"
    path.write_text(REQUEST)
    result = _run("classify", str(path))
    assert result.exit_code == 0
    assert "demande" in result.output and "effacement" in result.output


def test_own_addresses_come_from_the_settings(tmp_path: Path) -> None:
    """classify reads her addresses as the pipeline does (settings: contact address,
    practitioner e-mail), so her own message is not a request; from another address it is."""
    (tmp_path / "own.eml").write_text(OWN)
    elsewhere = {"DSR_CONTACT_ADDRESS": "cabinet@example.test", "DSR_PRACTITIONER_EMAIL": "cabinet@example.test"}
    other = json.loads(_run("classify", str(tmp_path), "--json", env=elsewhere).output)
    mine = json.loads(_run("classify", str(tmp_path), "--json",
                           env={"DSR_CONTACT_ADDRESS": "Sandra.Delomenie@orange.fr"}).output)
    assert other["outcome"] == "request"
    assert mine["outcome"] == "none"


def test_unreadable_file_is_reported_not_fatal(tmp_path: Path) -> None:
    """An empty .eml is reported as unreadable and the run goes on."""
    (tmp_path / "empty.eml").write_bytes(b"")
    (tmp_path / "ok.eml").write_text(REQUEST)
    result = _run("classify", str(tmp_path), "--json")
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert rows[0]["outcome"] == "none" and "illisible" in rows[0]["evidence"][0]
    assert rows[1]["outcome"] == "request"


def test_missing_path_is_a_clean_error() -> None:
    """A path that does not exist gives a French usage error, not a traceback."""
    result = CliRunner().invoke(GROUP, ["classify", "/nonexistent/x.eml"])
    assert result.exit_code == 2
    assert "introuvable" in result.output


def test_eval_on_the_corpus() -> None:
    """dsr eval prints detection, per-right and exact-set figures and exits 0."""
    result = _run("eval", str(CORPUS), env={"DSR_CONTACT_ADDRESS": "sandra.delomenie@orange.fr"})
    assert result.exit_code == 0
    assert "Détection : précision" in result.output
    assert "Ensemble exact des droits" in result.output
    assert "portability" in result.output


def test_eval_lists_errors_with_evidence(tmp_path: Path) -> None:
    """A wrong label shows up as an error with its evidence."""
    (tmp_path / "a.eml").write_text(REQUEST)
    (tmp_path / "labels.json").write_text(json.dumps({"a.eml": {"rights": ["access"]}}))
    result = _run("eval", str(tmp_path))
    assert result.exit_code == 0
    assert "a.eml [droits inexacts]" in result.output
    assert "supprimer toutes mes données" in result.output


def test_eval_own_adds_her_other_address_for_one_measurement(tmp_path: Path) -> None:
    """Her mail from another address of hers is a false alarm until --own names that address."""
    mine = REQUEST.replace("claire.martin@laposte.net", "contact@floraisondesoi.fr")
    (tmp_path / "a.eml").write_text(mine)
    (tmp_path / "labels.json").write_text(json.dumps({"a.eml": {"rights": []}}))
    env = {"DSR_CONTACT_ADDRESS": "sandra.delomenie@orange.fr"}
    before = _run("eval", str(tmp_path), env=env)
    assert before.exit_code == 0 and "a.eml [fausse alerte]" in before.output
    after = _run("eval", "--own", "Contact@FloraisonDeSoi.fr", str(tmp_path), env=env)
    assert after.exit_code == 0 and "fausse alerte" not in after.output


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("nofolder", "dossier introuvable"),
        ("nolabels", "labels.json absent"),
        ("badjson", "labels.json illisible"),
        ("badright", "labels.json illisible"),
        ("nofiles", "aucun message étiqueté"),
    ],
)
def test_eval_unusable_folder(tmp_path: Path, setup: str, message: str) -> None:
    """An unusable folder is a clean French click error (exit 1)."""
    folder = tmp_path / "f"
    if setup != "nofolder":
        folder.mkdir()
    if setup == "badjson":
        (folder / "labels.json").write_text("{not json")
    elif setup == "badright":
        (folder / "labels.json").write_text(json.dumps({"a.eml": {"rights": ["teleportation"]}}))
    elif setup == "nofiles":
        (folder / "labels.json").write_text(json.dumps({"a.eml": {"rights": []}}))
    result = CliRunner().invoke(GROUP, ["eval", str(folder)])
    assert result.exit_code == 1
    assert message in result.output


def test_commands_have_help() -> None:
    """Both commands answer --help."""
    for name in ("classify", "eval"):
        result = _run(name, "--help")
        assert result.exit_code == 0 and "Usage" in result.output


def test_classify_a_copied_corpus_file(tmp_path: Path) -> None:
    """A single .eml path (not a folder) is classified."""
    source = sorted(CORPUS.glob("*.eml"))[0]
    shutil.copy(source, tmp_path / source.name)
    result = _run("classify", str(tmp_path / source.name), "--json")
    assert json.loads(result.output)["file"].endswith(source.name)
