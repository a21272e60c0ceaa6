"""``dsr cases`` and ``dsr case REF``: the requests, their deadlines and what to do."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table

from workers.cli.common import DsrError, boot_or_exit, echo_json
from workers.runtime import utcnow
from workers.store import cases as case_store
from workers.views import case_detail, case_summary
from workers.workflow import practitioner
from workers.workflow.case_flow import today


@click.command("cases")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON (un tableau).")
@click.option("--all", "all_", is_flag=True, help="Inclure les demandes terminées.")
def cases(as_json: bool, all_: bool) -> None:
    """Lister les demandes, les plus urgentes d'abord."""
    runtime = boot_or_exit()
    now = utcnow()
    with runtime.db.begin() as conn:
        rows = case_store.list_cases(conn)
    day = today(runtime, now)
    out = [case_summary(r, day) for r in rows]
    if not all_ and not as_json:
        out = [c for c in out if c["state"] not in ("closed", "answered", "refused", "withdrawn")]
    if as_json:
        echo_json(out)
        return
    table = Table(title="Demandes")
    for column in ("référence", "état", "droits", "échéance", "jours", "identité", "à confirmer"):
        table.add_column(column)
    for c in out:
        days = c["days_left"]
        style = "red" if days is not None and days < 0 else "yellow" if days is not None and days <= 7 else ""
        table.add_row(c["ref"], c["state_fr"], ", ".join(c["rights_fr"]), c["due"] or "—",
                      "" if days is None else str(days), c["identity_status"], "oui" if c["flagged_review"] else "",
                      style=style)
    Console().print(table)


@click.command("case")
@click.argument("ref")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON avec les preuves et l'historique.")
@click.option("--confirm", is_flag=True, help="Confirmer qu'il s'agit bien d'une demande (cas « à confirmer »).")
@click.option("--not-request", is_flag=True, help="Ce n'est pas une demande : clôturer.")
@click.option("--rights", default=None, help="Corriger les droits (liste séparée par des virgules).")
@click.option("--identity-checked", is_flag=True, help="Pièce d'identité vérifiée : la supprimer et continuer.")
@click.option("--extend", "extend_reason", default=None, help="Prolonger de deux mois, avec cette raison.")
@click.option("--retry-collect", is_flag=True, help="Relancer la collecte des connecteurs en échec.")
def case(ref: str, as_json: bool, confirm: bool, not_request: bool, rights: str | None, identity_checked: bool,
         extend_reason: str | None, retry_collect: bool) -> None:
    """Afficher une demande, ou agir sur elle."""
    runtime = boot_or_exit(with_broker=confirm or identity_checked or retry_collect)
    now = utcnow()
    rights_list = [r.strip() for r in rights.split(",") if r.strip()] if rights is not None else None
    try:
        if confirm:
            practitioner.confirm_request(runtime, ref, now, rights_list)
            click.echo(f"{ref} : demande confirmée, traitement lancé.")
        elif rights_list is not None:
            practitioner.correct_rights(runtime, ref, rights_list, now)
            click.echo(f"{ref} : droits corrigés.")
        if not_request:
            practitioner.not_a_request(runtime, ref, now)
            click.echo(f"{ref} : classée, ce n'est pas une demande.")
        if identity_checked:
            deleted = practitioner.identity_checked(runtime, ref, now)
            click.echo(f"{ref} : identité vérifiée ; {deleted} pièce(s) supprimée(s).")
        if extend_reason is not None:
            draft_id = practitioner.extend(runtime, ref, [extend_reason], now)
            click.echo(f"{ref} : délai prolongé ; brouillon de notification {draft_id[:8]} à valider.")
        if retry_collect:
            systems = practitioner.retry_collection(runtime, ref, now)
            click.echo(f"{ref} : collecte relancée pour {', '.join(systems) or 'aucun connecteur en échec'}.")
    except practitioner.ActionError as error:
        raise DsrError(str(error)) from None
    with runtime.db.begin() as conn:
        row = case_store.get_case(conn, ref)
        if row is None:
            raise DsrError(f"demande {ref} introuvable")
        detail = case_detail(conn, row, today(runtime, now))
    if as_json:
        echo_json(detail)
        return
    if any((confirm, not_request, rights_list is not None, identity_checked, extend_reason, retry_collect)):
        return
    _print_detail(detail)


def _print_detail(d: dict) -> None:  # type: ignore[type-arg]
    console = Console()
    console.print(f"[bold]{d['ref']}[/bold] — {d['state_fr']}{' (à confirmer)' if d['flagged_review'] else ''}")
    console.print(f"Droits : {', '.join(d['rights_fr']) or '—'}")
    console.print(f"Reçue le {d['receipt_date']} ; échéance {d['due'] or '—'}"
                  f"{' (prolongée)' if d['extended'] else ''} ; jours restants : {d['days_left']}")
    console.print(f"Identité : {d['identity_status']}{' — ' + d['identity_note'] if d['identity_note'] else ''}")
    if d["problem"]:
        console.print(f"[red]Problème : {d['problem']}[/red]")
    if d["evidence"]:
        console.print("Indices :")
        for line in d["evidence"]:
            console.print(f"  • {line}")
    for c in d["connectors"]:
        console.print(f"Connecteur {c['system']} : {c['status']} ({c['records']} élément(s)){' — ' + c['error'] if c['error'] else ''}")
    for draft in d["drafts"]:
        console.print(f"Brouillon {draft['id'][:8]} {draft['kind']} : {draft['status']}")
    console.print("Historique :")
    for e in d["events"]:
        console.print(f"  {e['at'][:16].replace('T', ' ')}  {e['kind']}  ({e['actor']})")


COMMANDS: list[click.Command] = [cases, case]
