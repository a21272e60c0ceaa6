"""``dsr deadline DATE``: the due date alone on a line; French errors on bad input."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from workers.cli.deadline import deadline_command

REPO_ROOT = Path(__file__).resolve().parents[2]
DSR = REPO_ROOT / ".venv" / "bin" / "dsr"

# (arguments, expected output line, why) -- examples of legal-rules.md, worked by hand
GOOD = [
    (["2027-01-31"], "2027-03-01", "28 Feb 2027 is a Sunday"),
    (["2026-12-29", "--extended"], "2027-03-30", "29 Mar 2027 is Easter Monday"),
    (["2027-01-31", "--paused-days", "7"], "2027-03-08", "suspension example"),
    (["2027-02-26"], "2027-03-26", "national calendar"),
    (["2027-02-26", "--subdiv", "57"], "2027-03-30", "Moselle: Good Friday and Easter Monday"),
    (["2027-02-26", "--subdiv", "6AE"], "2027-03-30", "Alsace code of the holidays package"),
    (["2027-02-26", "--subdiv", "67"], "2027-03-30", "Bas-Rhin"),
    (["2027-04-16", "--extended"], "2027-07-16", "three months"),
]


@pytest.mark.parametrize(("args", "expected", "why"), GOOD)
def test_prints_the_due_date_alone(args: list[str], expected: str, why: str) -> None:
    """The output is exactly the due date and a newline."""
    result = CliRunner().invoke(deadline_command, args)
    assert result.exit_code == 0, result.output
    assert result.output == expected + "\n", why


# (arguments, fragment of the French error, why)
BAD = [
    (["31/01/2027"], "date invalide « 31/01/2027 »", "French date format"),
    (["2027-02-30"], "AAAA-MM-JJ", "impossible date"),
    (["2027-01-31", "--paused-days", "sept"], "nombre entier", "not a number"),
    (["2027-01-31", "--paused-days", "-3"], "ne peut pas être négatif", "negative pause"),
    (
        ["2027-01-31", "--subdiv", "75"],
        "Calendrier inconnu « 75 »",
        "Paris is not a holiday subdivision",
    ),
]


@pytest.mark.parametrize(("args", "fragment", "why"), BAD)
def test_bad_input_is_a_clean_french_error(args: list[str], fragment: str, why: str) -> None:
    """Bad input exits 1 with ``Erreur : ...`` in French and no traceback."""
    result = CliRunner().invoke(deadline_command, args)
    assert result.exit_code == 1, why
    assert result.output.startswith("Erreur : "), result.output
    assert fragment in result.output, why
    assert "Traceback" not in result.output


def test_missing_date_is_a_usage_error() -> None:
    """Without DATE click refuses the call (usage error, code 2)."""
    result = CliRunner().invoke(deadline_command, [])
    assert result.exit_code == 2


def test_help_is_in_french() -> None:
    """--help describes the command and its options in French."""
    result = CliRunner().invoke(deadline_command, ["--help"])
    assert result.exit_code == 0
    assert "Date limite de réponse" in result.output
    assert "Calendrier des jours fériés" in result.output
    assert "Afficher cette aide" in result.output
    assert "Show this message" not in result.output


def test_installed_dsr_deadline() -> None:
    """The installed ``dsr`` script runs the command (needs "deadline" in COMMAND_MODULES)."""
    completed = subprocess.run(
        [str(DSR), "deadline", "2027-01-31", "--paused-days", "7"],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout == "2027-03-08\n"
