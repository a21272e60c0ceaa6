"""``dsr digest`` and ``dsr scheduler``: what is due, every day."""

from __future__ import annotations

import smtplib
from datetime import UTC, datetime

import click

from workers.cli.common import DsrError, boot_or_exit
from workers.runtime import utcnow
from workers.workflow.case_flow import today


@click.command("digest")
@click.option("--print", "print_", is_flag=True, help="Afficher le récapitulatif au lieu de l'envoyer.")
def digest(print_: bool) -> None:
    """Le récapitulatif du jour : retards, échéances, brouillons, vérifications en attente."""
    from workers.digest import digest_text, mail_to_practitioner

    runtime = boot_or_exit()
    now = utcnow()
    subject, body = digest_text(runtime, today(runtime, now))
    if print_:
        click.echo(subject)
        click.echo()
        click.echo(body)
        return
    try:
        mail_to_practitioner(runtime, subject, body, now)
    except (OSError, smtplib.SMTPException) as error:
        raise DsrError(f"envoi impossible ({type(error).__name__}) ; essayez dsr digest --print") from None
    click.echo(f"Récapitulatif envoyé à {runtime.settings.practitioner_email}.")


@click.command("scheduler")
@click.option("--once", is_flag=True, help="Faire ce qui est dû maintenant, puis s'arrêter.")
@click.option("--now", "now_text", default=None, help="Heure à considérer (ISO 8601, pour essais).")
@click.option("--interval", default=60, show_default=True, help="Secondes entre deux passages.")
def scheduler(once: bool, now_text: str | None, interval: int) -> None:
    """Planificateur : récapitulatif quotidien, rappels J-7/J-3/J-1, purge du registre."""
    from workers.scheduler import run_due, serve

    # With the queue: the scheduler also pushes approved answers whose sending stalled.
    runtime = boot_or_exit(with_broker=True, log_level="INFO")
    if now_text:
        fixed = datetime.fromisoformat(now_text)
        if fixed.tzinfo is None:
            raise DsrError("--now doit préciser le fuseau (ex. 2026-11-26T09:00:00+01:00)")
        clock = lambda: fixed.astimezone(UTC)
    else:
        clock = utcnow
    if once:
        ran = run_due(runtime, clock())
        click.echo("Fait : " + (", ".join(ran) if ran else "rien de dû"))
        return
    click.echo("Planificateur démarré. Ctrl-C pour arrêter.")
    try:
        serve(runtime, clock, interval)
    except (KeyboardInterrupt, SystemExit):
        pass


COMMANDS: list[click.Command] = [digest, scheduler]
