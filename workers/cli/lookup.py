"""``dsr lookup`` (where is a person's data?) and ``dsr package`` (build the access package).

Connector settings come from the ``[connectors]`` section of the settings (API keys from
``DSR_STRIPE_API_KEY`` / ``DSR_SYSTEMEIO_API_KEY``); ``dsr package`` reads what the case's
collection stored.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click
import structlog
from pydantic import ValidationError
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from flows.connectors import LookupResult
from flows.models import Identity, Language
from workers.connectors import build_connectors, lookup_one
from workers.connectors.config import ConnectorsSettings



def _load_connector_settings() -> ConnectorsSettings:
    """The ``[connectors]`` section of the settings, API keys from the environment."""
    from workers.cli.common import settings_or_exit
    from workers.workflow.services import connectors_settings

    settings = settings_or_exit()
    try:
        return connectors_settings(settings)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])} : {e['msg']}" for e in exc.errors())
        raise click.ClickException(f"Configuration des connecteurs invalide : {problems}") from exc


def _as_json(results: list[LookupResult]) -> dict[str, Any]:
    return {"systems": {r.system: {
        "status": r.status.value,
        "records": [{"id": rec.id, "matched_on": [m.value for m in rec.matched_on], "fields": rec.fields}
                    for rec in r.records],
        "error": r.error,
    } for r in results}}


def _print_results(console: Console, results: list[LookupResult]) -> None:
    for result in results:
        if not result.ok:
            again = " (nouvel essai possible plus tard)" if result.retryable else ""
            console.print(f"[bold]{result.system}[/bold] : [red]erreur[/red] - {result.error}{again}")
            continue
        if not result.records:
            console.print(f"[bold]{result.system}[/bold] : rien trouvé")
        else:
            table = Table(title=f"{result.system} : {len(result.records)} élément(s)", title_justify="left")
            table.add_column("Type")
            table.add_column("Identifiant")
            table.add_column("Trouvé par")
            table.add_column("Portabilité")
            for rec in result.records:
                table.add_row(rec.kind, rec.id, ", ".join(m.value for m in rec.matched_on),
                              "oui" if rec.provided_by_subject else "")
            console.print(table)
        for note in result.notes:
            console.print(f"  [yellow]remarque[/yellow] : {note}")


@click.command("lookup")
@click.argument("email")
@click.option("--name", help='Prénom et nom, par ex. "Camille Martin".')
@click.option("--phone", help="Téléphone, par ex. 06 12 34 56 78.")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON (un seul objet).")
def lookup(email: str, name: str | None, phone: str | None, as_json: bool) -> None:
    """Chercher les données d'une personne dans tous les systèmes configurés."""
    if not structlog.is_configured():  # logs go to stderr: stdout stays pure JSON with --json
        from workers.logging import configure_logging

        configure_logging("WARNING")
    connectors = build_connectors(_load_connector_settings())
    if not connectors:
        raise click.ClickException("Aucun connecteur configuré (section [connectors] de la configuration).")
    identity = Identity(email=email, name=name, phone=phone)
    results: list[LookupResult] = []
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                        console=Console(stderr=True), transient=True, disable=not sys.stderr.isatty())
    with progress:
        task = progress.add_task("Recherche…", total=len(connectors))
        for connector in connectors:
            progress.update(task, description=f"Recherche dans {connector.system}…")
            results.append(lookup_one(connector, identity))
            progress.advance(task)
    if as_json:
        click.echo(json.dumps(_as_json(results), ensure_ascii=False, default=str))
    else:
        _print_results(Console(), results)


@dataclass
class CaseCollection:
    """What ``dsr package`` needs from a case: whom, what was found, the art. 15 text, the language."""

    identity: Identity
    results: list[LookupResult]
    article15: dict[str, Any] = field(default_factory=dict)
    language: Language = Language.FR


def load_case_collection(ref: str) -> CaseCollection:
    """The stored collection of case ``ref``: whom, what each connector found, art. 15 text."""
    from flows.register import article15_info
    from workers.cli.common import boot_or_exit
    from workers.store import cases as case_store
    from workers.workflow import services
    from workers.workflow.answers import lookup_results
    from workers.workflow.collection import identity_of, results

    runtime = boot_or_exit()
    with runtime.db.begin() as conn:
        case = case_store.get_case(conn, ref)
        if case is None:
            raise click.ClickException(f"demande {ref} introuvable")
        found = lookup_results(results(conn, case["id"]))
    language = Language.EN if case["language"] == "en" else Language.FR
    return CaseCollection(
        identity=identity_of(case), results=found,
        article15=article15_info(services.register(runtime.settings), language.value), language=language,
    )


@click.command("package")
@click.argument("ref")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Fichier ZIP à écrire.")
@click.option("--protect", is_flag=True, help="Protéger le PDF par un mot de passe (à envoyer séparément).")
def package(ref: str, out: Path, protect: bool) -> None:
    """Construire le dossier d'accès (PDF + données JSON/CSV + fichiers) d'une demande."""
    from workers.package import build_package

    collection = load_case_collection(ref)
    manifest = build_package(ref, collection.identity, collection.results, collection.article15,
                             collection.language, out, protect=protect)
    click.echo(f"Dossier écrit : {manifest.path} ({len(manifest.files)} fichiers, "
               f"{manifest.record_count} éléments)")
    if manifest.password:
        click.echo(f"Mot de passe du PDF (à transmettre par un autre canal) : {manifest.password}")
    for note in manifest.review:
        click.echo(f"À vérifier : {note}")


COMMANDS: list[click.Command] = [lookup, package]
