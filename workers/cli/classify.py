"""``dsr classify`` and ``dsr eval``: run recognition on .eml files, and measure it.

Own addresses (the practitioner's messages are never requests) come from the environment
variable ``DSR_CONTACT_ADDRESS`` (comma-separated) when it is set.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from flows.evaluation import evaluate, format_report
from flows.models import Outcome, Right
from flows.reading import UnreadableMessage, read_message
from flows.recognition import Recognition, recognise
from workers.settings import load_settings

_OUTCOME_FR = {Outcome.REQUEST: "demande", Outcome.REVIEW: "à confirmer", Outcome.NONE: "aucune"}
_RIGHT_FR = {
    Right.ACCESS: "accès", Right.RECTIFICATION: "rectification", Right.ERASURE: "effacement",
    Right.RESTRICTION: "limitation", Right.PORTABILITY: "portabilité", Right.OBJECTION: "opposition",
    Right.WITHDRAW_CONSENT: "retrait du consentement", Right.POST_MORTEM: "post mortem",
}


def own_addresses() -> frozenset[str]:
    """The practitioner's addresses, as the pipeline sees them (contact address, practitioner
    e-mail, own_addresses from the settings), plus any comma-separated in DSR_CONTACT_ADDRESS."""
    raw = os.environ.get("DSR_CONTACT_ADDRESS", "")
    extra = frozenset(a.strip().lower() for a in raw.split(",") if a.strip())
    try:
        return load_settings().own_address_set | extra
    except Exception:  # noqa: BLE001 - classifying files must not depend on a valid configuration
        return extra


def _eml_files(paths: tuple[Path, ...]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == ".eml" and p.is_file()))
        elif path.is_file():
            files.append(path)
        else:
            raise click.BadParameter(f"chemin introuvable : {path}", param_hint="PATH")
    return files


def _recognise_file(path: Path, own: frozenset[str]) -> Recognition | str:
    try:
        return recognise(read_message(path.read_bytes()), own_addresses=own)
    except UnreadableMessage as exc:
        return exc.reason
    except OSError as exc:
        return f"lecture impossible ({exc.strerror})"


@click.command("classify")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Une ligne JSON par message.")
def classify_command(paths: tuple[Path, ...], as_json: bool) -> None:
    """Reconnaître les demandes RGPD dans des fichiers .eml (fichiers ou dossiers)."""
    files = _eml_files(paths)
    own = own_addresses()
    console = Console()
    table = Table(title=f"{len(files)} message(s)")
    for column in ("fichier", "résultat", "droits", "langue", "confiance", "indice"):
        table.add_column(column)
    for path in files:
        result = _recognise_file(path, own)
        if isinstance(result, str):
            if as_json:
                click.echo(json.dumps({"file": str(path), "outcome": "none", "rights": [], "language": "other",
                                       "confidence": 0.0, "evidence": [f"illisible : {result}"]},
                                      ensure_ascii=False))
            else:
                table.add_row(path.name, "illisible", "", "", "", result)
            continue
        if as_json:
            click.echo(json.dumps({
                "file": str(path),
                "outcome": result.outcome.value,
                "rights": [r.value for r in result.rights],
                "language": result.language.value,
                "confidence": result.confidence,
                "evidence": result.evidence,
            }, ensure_ascii=False))
        else:
            table.add_row(
                path.name, _OUTCOME_FR[result.outcome], ", ".join(_RIGHT_FR[r] for r in result.rights),
                result.language.value, f"{result.confidence:.2f}", (result.evidence or [""])[0][:80],
            )
    if not as_json:
        console.print(table)


@click.command("eval")
@click.argument("folder", type=click.Path(path_type=Path))
@click.option("--own", "extra_own", multiple=True, metavar="ADRESSE",
              help="Autre adresse de la praticienne pour cette mesure (s'ajoute à la configuration ; répétable).")
def eval_command(folder: Path, extra_own: tuple[str, ...]) -> None:
    """Mesurer la reconnaissance sur un dossier de .eml étiquetés (labels.json).

    Ses propres messages (envoyés depuis une de ses adresses) ne sont jamais des demandes :
    les adresses configurées comptent, et celles données par --own pour cette mesure."""
    if not folder.is_dir():
        raise click.ClickException(f"dossier introuvable : {folder}")
    labels_path = folder / "labels.json"
    try:
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        if not isinstance(labels, dict):
            raise ValueError("labels.json doit être un objet")
        expected = {name: {Right(r) for r in entry["rights"]} for name, entry in labels.items()}
    except FileNotFoundError:
        raise click.ClickException(f"labels.json absent du dossier {folder}") from None
    except (ValueError, KeyError, TypeError) as exc:
        raise click.ClickException(f"labels.json illisible : {exc}") from None
    own = own_addresses() | frozenset(a.strip().lower() for a in extra_own)
    items: list[tuple[str, Recognition, set[Right]]] = []
    missing: list[str] = []
    for name, rights in sorted(expected.items()):
        path = folder / name
        if not path.is_file():
            missing.append(name)
            continue
        result = _recognise_file(path, own)
        if isinstance(result, str):
            click.echo(f"{name} : illisible ({result}), compté comme non détecté")
            result = Recognition(outcome=Outcome.NONE, confidence=0.0, evidence=[result],
                                 requester={"email": ""})
        items.append((name, result, rights))
    if not items:
        raise click.ClickException(f"aucun message étiqueté trouvé dans {folder}")
    click.echo(format_report(evaluate(items)))
    if missing:
        click.echo(f"\nFichiers étiquetés absents : {', '.join(missing)}")


COMMANDS: list[click.Command] = [classify_command, eval_command]
