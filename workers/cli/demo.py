"""``dsr demo``: the product on its embedded defaults, from the sample mailbox to the digest."""

from __future__ import annotations

import secrets
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from workers.cli.common import DsrError
from workers.logging import configure_logging
from workers.runtime import utcnow
from workers.settings import REPO_ROOT


@click.command("demo")
@click.option("--keep", is_flag=True, help="Laisser tourner le bureau web (http://127.0.0.1:8765) et le worker.")
@click.option("--mailbox", type=click.Path(exists=True, path_type=Path), default=REPO_ROOT / "examples" / "mailbox",
              show_default=True, help="Boîte d'exemple à lire (.eml, Maildir ou mbox).")
@click.option("--data-dir", type=click.Path(path_type=Path), default=REPO_ROOT / "data" / "demo", show_default=True,
              help="Dossier de la démonstration (effacé à chaque lancement).")
def demo(keep: bool, mailbox: Path, data_dir: Path) -> None:
    """Démonstration complète sans rien installer : boîte d'exemple, demandes reconnues,
    délais calculés, données collectées, brouillons rédigés, récapitulatif affiché."""
    from workers import demo as demo_run
    from workers.digest import digest_text
    from workers.store import cases as case_store
    from workers.store.drafts import list_drafts
    from workers.views import case_summary
    from workers.workflow.case_flow import today

    configure_logging(level="WARNING")
    console = Console()
    console.rule("[bold]DSR Desk — démonstration")
    console.print(f"Données : {data_dir} (SQLite) ; file de tâches : Redis intégré ; boîte : {mailbox}")
    with console.status("Démarrage et lecture de la boîte d'exemple…"):
        run = demo_run.start(data_dir, mailbox)
    console.print(f"{run.ingested} message(s) enregistré(s) ; traitement par le worker…")
    try:
        with console.status("Reconnaissance, ouverture des dossiers, collecte, brouillons…"):
            if not demo_run.wait_until_settled(run.runtime):
                raise DsrError("la démonstration n'a pas fini en 90 s (voir les messages ci-dessus)")
        runtime = run.runtime
        now = utcnow()
        day = today(runtime, now)
        with runtime.db.begin() as conn:
            rows = [case_summary(c, day) for c in case_store.list_cases(conn)]
            drafts = list_drafts(conn)
        table = Table(title="Demandes ouvertes")
        for column in ("référence", "droits", "reçue le", "échéance", "état", "à confirmer"):
            table.add_column(column)
        for c in rows:
            table.add_row(c["ref"], ", ".join(c["rights_fr"]), c["receipt_date"], c["due"] or "—", c["state_fr"],
                          "oui" if c["flagged_review"] else "")
        console.print(table)
        console.print(f"{len(drafts)} brouillon(s) rédigé(s) : "
                      + ", ".join(sorted({d['kind'] for d in drafts})))
        subject, body = digest_text(runtime, day)
        console.rule("Récapitulatif du jour")
        console.print(subject, markup=False)
        console.print(body, markup=False, highlight=False)
        if keep:
            _serve(runtime, console)
    finally:
        demo_run.stop(run)
    console.print("Démonstration terminée : tout est arrêté.")


def _serve(runtime, console: Console) -> None:  # type: ignore[no-untyped-def]
    """Keep the worker and serve the web desk until Ctrl-C."""
    try:
        import uvicorn

        from workers.web.app import create_app
        from workers.web.auth import hash_password
    except ImportError as error:  # pragma: no cover - the web desk ships with the product
        raise DsrError(f"bureau web indisponible ({error})") from None
    password = secrets.token_urlsafe(9)
    runtime.settings.web_password_hash = hash_password(password)
    console.rule("Bureau web")
    console.print(f"http://{runtime.settings.web_host}:{runtime.settings.web_port}/  — mot de passe : [bold]{password}[/bold]")
    console.print("Ctrl-C pour arrêter.")
    try:
        uvicorn.run(create_app(runtime), host=runtime.settings.web_host, port=runtime.settings.web_port, log_level="warning")
    except KeyboardInterrupt:
        pass


COMMANDS: list[click.Command] = [demo]
