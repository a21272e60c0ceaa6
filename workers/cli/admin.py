"""``dsr config check``, ``dsr db upgrade``, ``dsr version``: looking after the installation."""

from __future__ import annotations

from importlib.metadata import version as package_version

import click
from rich.console import Console

from workers.cli.common import DsrError, settings_or_exit
from workers.settings import config_path, secrets_in_file
from workers.store.engine import upgrade


@click.group("config")
def config_group() -> None:
    """Vérifier les réglages et le registre des traitements."""


@config_group.command("check")
def config_check() -> None:
    """Valider les réglages (config/dsr.toml, variables DSR_*) et config/register.yaml."""
    from flows.register import RegisterError, load_register

    console = Console()
    problems: list[str] = []
    path = config_path()
    for name in secrets_in_file(path):
        problems.append(
            f"{name} : un secret ne doit pas être écrit dans {path} ; "
            f"utilisez la variable DSR_{name.upper()} ou un fichier hors du dépôt"
        )
    settings = settings_or_exit()
    try:
        text = settings.register_path.read_text(encoding="utf-8")
    except OSError as error:
        problems.append(f"register_path : fichier illisible ({error.strerror})")
    else:
        try:
            register = load_register(text, source=str(settings.register_path))
        except RegisterError as error:
            problems.extend(error.messages)
        else:
            console.print(
                f"Registre : {len(register.purposes)} finalités, responsable « {register.controller.name} »."
            )
    if problems:
        raise DsrError("configuration invalide :\n  " + "\n  ".join(problems))
    console.print(f"Réglages : {path or 'valeurs par défaut'} ; base {_db_kind(settings.effective_database_url)}.")
    console.print("[green]Configuration valide.[/green]")


def _db_kind(url: str) -> str:
    return "PostgreSQL" if url.startswith("postgresql") else "SQLite"


@click.group("db")
def db_group() -> None:
    """Base de données : migrations."""


@db_group.command("upgrade")
def db_upgrade() -> None:
    """Appliquer les migrations (aussi fait à chaque démarrage)."""
    settings = settings_or_exit()
    upgrade(settings.effective_database_url)
    click.echo(f"Base à jour ({_db_kind(settings.effective_database_url)}).")


@click.command("version")
def version() -> None:
    """Afficher la version de DSR Desk."""
    click.echo(f"dsr-desk {package_version('dsr-desk')}")


COMMANDS: list[click.Command] = [config_group, db_group, version]
