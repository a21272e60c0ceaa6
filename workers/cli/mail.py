"""``dsr watch``, ``dsr ingest``, ``dsr messages``: the mail that comes in."""

from __future__ import annotations

import signal
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from workers.cli.common import DsrError, boot_or_exit, echo_json
from workers.intake import Enqueue
from workers.intake import ingest as ingest_items
from workers.logging import pseudonym
from workers.offline_sources import SourceError, count_source, iter_source
from workers.runtime import utcnow
from workers.store.messages import list_messages


def _enqueue() -> Enqueue:
    """Recognition tasks go through the broker booted by this command."""
    from workers.actors.pipeline import recognise_messages

    def enqueue(ids: list[int]) -> None:
        recognise_messages.send(ids)

    return enqueue


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=console, disable=not console.is_terminal,
    )


@click.command("watch")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Premier passage : reprendre les messages depuis ce jour (AAAA-MM-JJ).")
@click.option("--all", "all_", is_flag=True, help="Premier passage : reprendre tout le dossier.")
@click.option("--no-idle", is_flag=True, help="Interroger régulièrement au lieu d'attendre avec IDLE.")
@click.option("--once", is_flag=True, help="Rattraper les messages puis s'arrêter.")
def watch(since, all_: bool, no_idle: bool, once: bool) -> None:  # type: ignore[no-untyped-def]
    """Surveiller la boîte de réception (IMAP) et enregistrer chaque message reçu.

    Les messages ne sont jamais marqués comme lus. Ctrl-C pour arrêter.
    """
    from workers.imap_watcher import Watcher, WatchError, WatchOptions

    if since and all_:
        raise DsrError("--since et --all ne vont pas ensemble : choisissez l'un ou l'autre")
    runtime = boot_or_exit(with_broker=True, log_level="INFO")
    if not runtime.settings.imap_host:
        raise DsrError("aucun serveur IMAP configuré (DSR_IMAP_HOST ou mail_provider)")
    console = Console(stderr=True)
    options = WatchOptions(since=since.date() if since else None, all=all_, idle=False if no_idle else None, once=once)
    with _progress(console) as progress:
        task = progress.add_task("Rattrapage des messages", total=None)

        def report(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        watcher = Watcher(runtime.settings, runtime.db, _enqueue(), now=utcnow, options=options, progress=report)
        signal.signal(signal.SIGTERM, lambda *_: watcher.stop())
        try:
            watcher.run()
        except KeyboardInterrupt:
            watcher.stop()
        except WatchError as error:
            raise DsrError(str(error)) from None
        finally:
            runtime.stop()


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def ingest(paths: tuple[Path, ...]) -> None:
    """Enregistrer des messages hors ligne : fichiers .eml, dossiers Maildir ou fichiers mbox."""
    try:
        total = sum(count_source(p) for p in paths)
    except SourceError as error:
        raise DsrError(str(error)) from None
    runtime = boot_or_exit(with_broker=True)
    console = Console(stderr=True)
    try:
        with _progress(console) as progress:
            task = progress.add_task("Enregistrement", total=total)
            items = (item for p in paths for item in iter_source(p))
            result = ingest_items(runtime.db, items, _enqueue(), utcnow,
                                  progress=lambda n: progress.advance(task, n))
    except SourceError as error:
        raise DsrError(str(error)) from None
    finally:
        runtime.stop()
    click.echo(
        f"{result.seen} message(s) lu(s), {result.created} nouveau(x) enregistré(s), "
        f"{len(result.pending)} transmis à la reconnaissance."
    )


@click.command("messages")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
@click.option("--quarantined", is_flag=True, help="Seulement les messages en quarantaine, avec la raison.")
@click.option("--show-sender", is_flag=True, help="Afficher l'adresse de l'expéditeur (sinon une empreinte).")
@click.option("--limit", default=200, show_default=True, help="Nombre maximum de messages.")
def messages(as_json: bool, quarantined: bool, show_sender: bool, limit: int) -> None:
    """Lister les messages enregistrés."""
    runtime = boot_or_exit()
    with runtime.db.begin() as conn:
        rows = list_messages(conn, status="quarantined" if quarantined else None, limit=limit)
    out = [
        {
            "id": r["id"],
            "received": r["received_at"].isoformat(),
            "sender": r["from_addr"] if show_sender else None,
            "sender_hash": pseudonym(r["from_addr"]),
            "subject": r["subject"],
            "status": r["status"],
            "outcome": r["outcome"],
            "quarantine_reason": r["quarantine_reason"],
        }
        for r in rows
    ]
    if as_json:
        echo_json(out)
        return
    table = Table(title="Messages en quarantaine" if quarantined else "Messages reçus")
    for column in ("n°", "reçu le", "expéditeur", "objet", "statut", "raison" if quarantined else "décision"):
        table.add_column(column)
    for r in out:
        table.add_row(str(r["id"]), r["received"][:16].replace("T", " "), r["sender"] or r["sender_hash"] or "",
                      (r["subject"] or "")[:60], r["status"], (r["quarantine_reason"] if quarantined else r["outcome"]) or "")
    Console().print(table)


COMMANDS: list[click.Command] = [watch, ingest, messages]
