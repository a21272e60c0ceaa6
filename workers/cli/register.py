"""``dsr register``: export the register, verify its history, purge what is past retention."""

from __future__ import annotations

from pathlib import Path

import click

from workers.cli.common import DsrError, boot_or_exit
from workers.register import export_csv, purge, verify_all
from workers.runtime import utcnow


@click.group("register")
def register_group() -> None:
    """Registre des demandes (conservé 3 ans après la clôture de chaque demande)."""


@register_group.command("export")
@click.option("--csv", "csv_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Fichier CSV à écrire (pour un contrôle de la CNIL).")
def export(csv_path: Path) -> None:
    """Exporter le registre en CSV."""
    runtime = boot_or_exit()
    with runtime.db.begin() as conn:
        count = export_csv(conn, csv_path)
    click.echo(f"{count} demande(s) exportée(s) dans {csv_path}.")


@register_group.command("verify")
def verify() -> None:
    """Vérifier que l'historique de chaque demande n'a pas été modifié."""
    runtime = boot_or_exit()
    with runtime.db.begin() as conn:
        broken = verify_all(conn)
    if broken:
        lines = "\n  ".join(f"{ref} : historique modifié ({reason})" for ref, reason in broken)
        raise DsrError(f"{len(broken)} demande(s) à l'historique altéré :\n  {lines}")
    click.echo("Historique intact pour toutes les demandes.")


@register_group.command("purge")
def purge_command() -> None:
    """Supprimer les demandes clôturées depuis plus de trois ans (fait aussi chaque jour par le planificateur)."""
    runtime = boot_or_exit()
    count = purge(runtime, utcnow())
    click.echo(f"{count} demande(s) supprimée(s) du registre.")


COMMANDS: list[click.Command] = [register_group]
