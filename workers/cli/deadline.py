"""``dsr deadline DATE``: the last day to answer a request received on DATE.

Prints the due date as ``YYYY-MM-DD`` alone on a line (the interface scripts rely on).
Bad input exits with a French message (``Erreur : ...``) and code 1.
"""

from __future__ import annotations

from datetime import date

import click

from flows.deadlines import UnknownSubdivision, due_date, normalize_subdiv
from workers.cli.common import DsrError


def _parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DsrError(
            f"date invalide « {text} » : format attendu AAAA-MM-JJ (par exemple 2027-01-31)."
        ) from None


def _parse_paused(text: str) -> int:
    try:
        days = int(text.strip())
    except ValueError:
        raise DsrError(f"--paused-days « {text} » : nombre entier de jours attendu.") from None
    if days < 0:
        raise DsrError(
            f"--paused-days {days} : le nombre de jours de suspension ne peut pas être négatif."
        )
    return days


@click.command("deadline")
@click.argument("received", metavar="DATE")
@click.option(
    "--extended",
    is_flag=True,
    help="Délai prolongé de deux mois (trois mois au total, art. 12(3)).",
)
@click.option(
    "--paused-days",
    "paused",
    default="0",
    metavar="N",
    help="Jours calendaires de suspension (attente d'un justificatif ou d'une précision) ; 0 par défaut.",
)
@click.option(
    "--subdiv",
    default=None,
    metavar="CODE",
    help="Calendrier des jours fériés : 57, 67, 68 ou 6AE (Alsace-Moselle), 971 à 976 (outre-mer). "
    "Par défaut : calendrier national.",
)
@click.help_option("-h", "--help", help="Afficher cette aide et quitter.")
def deadline_command(received: str, extended: bool, paused: str, subdiv: str | None) -> None:
    """Date limite de réponse à une demande reçue le DATE (AAAA-MM-JJ).

    Un mois après la réception (règlement 1182/71), reporté au jour ouvré suivant si ce jour
    est un samedi, un dimanche ou un jour férié.
    """
    day = _parse_day(received)
    days = _parse_paused(paused)
    try:
        code = normalize_subdiv(subdiv)
    except UnknownSubdivision as error:
        raise DsrError(error.message_fr) from None
    click.echo(due_date(day, extended=extended, paused_days=days, subdiv=code).isoformat())


COMMANDS: list[click.Command] = [deadline_command]
