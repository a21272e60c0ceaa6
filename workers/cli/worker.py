"""``dsr worker``: run the dramatiq worker processes that do the work of the queue."""

from __future__ import annotations

import signal
import subprocess
import sys

import click

from workers.cli.common import boot_or_exit


@click.command("worker")
@click.option("--processes", "-p", type=int, default=None, help="Processus (défaut : réglage worker_processes).")
@click.option("--threads", "-t", type=int, default=None, help="Fils par processus (défaut : worker_threads).")
@click.option("--queues", "-Q", multiple=True, help="Files à traiter (défaut : toutes).")
def worker(processes: int | None, threads: int | None, queues: tuple[str, ...]) -> None:
    """Lancer les workers (collecte, brouillons, envois) jusqu'à Ctrl-C."""
    runtime = boot_or_exit(with_broker=True)
    settings = runtime.settings
    command = [
        sys.executable, "-m", "dramatiq", "workers.worker_entry",
        "--processes", str(processes or settings.worker_processes),
        "--threads", str(threads or settings.worker_threads),
    ]
    for queue in queues:
        command += ["--queues", queue]
    click.echo(f"Workers démarrés ({'Redis intégré' if runtime.embedded else 'Redis configuré'}). Ctrl-C pour arrêter.")
    child = subprocess.Popen(command)
    forward = lambda signum, frame: child.send_signal(signum)  # noqa: E731
    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    code = child.wait()
    runtime.stop()
    sys.exit(code)


COMMANDS: list[click.Command] = [worker]
