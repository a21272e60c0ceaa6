"""``dsr drafts`` and ``dsr draft ID``: read, correct, approve or discard the answers."""

from __future__ import annotations

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from workers.cli.common import DsrError, boot_or_exit, echo_json
from workers.runtime import utcnow
from workers.store import drafts as draft_store
from workers.workflow import practitioner

SEPARATOR = "\n---- corps du message (ne pas modifier cette ligne) ----\n"


@click.command("drafts")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON (un tableau).")
@click.option("--all", "all_", is_flag=True, help="Inclure les brouillons envoyés et abandonnés.")
def drafts(as_json: bool, all_: bool) -> None:
    """Lister les brouillons de réponse."""
    runtime = boot_or_exit()
    statuses = None if all_ or as_json else ["proposed", "edited", "approved"]
    with runtime.db.begin() as conn:
        rows = draft_store.list_drafts(conn, statuses=statuses)
    out = [
        {"id": r["id"], "case": r["case_ref"], "kind": r["kind"], "status": r["status"], "language": r["language"],
         "subject": r["subject"], "created": r["created_at"].isoformat(), "sent": r["sent_at"].isoformat() if r["sent_at"] else None,
         "send_uncertain": bool(r["send_uncertain"]), "last_error": r["last_error"]}
        for r in rows
    ]
    if as_json:
        echo_json(out)
        return
    table = Table(title="Brouillons")
    for column in ("id", "demande", "type", "statut", "langue", "objet"):
        table.add_column(column)
    for r in out:
        status = "envoi incertain" if r["send_uncertain"] else r["status"]
        table.add_row(*(Text(str(v)) for v in (r["id"][:8], r["case"], r["kind"], status, r["language"], r["subject"][:70])))
    Console().print(table)


def _status_label(row: dict[str, object]) -> str:
    return "envoi incertain" if row["send_uncertain"] else str(row["status"])


def _row_json(row: dict[str, object]) -> dict[str, object]:
    out = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row.items()}
    out["case"] = row["case_ref"]
    return out


@click.command("draft")
@click.argument("draft_id")
@click.option("--edit", is_flag=True, help="Corriger dans l'éditeur ($EDITOR).")
@click.option("--approve", is_flag=True, help="Valider : le message part dès qu'un worker le prend.")
@click.option("--discard", is_flag=True, help="Abandonner ce brouillon.")
@click.option("--resend", is_flag=True, help="Envoi incertain, vérifié non parti : autoriser un nouvel envoi.")
@click.option("--sent", "confirm", is_flag=True, help="Envoi incertain, vérifié parti : le marquer envoyé.")
@click.option("--json", "as_json", is_flag=True, help="Sortie JSON.")
def draft(draft_id: str, edit: bool, approve: bool, discard: bool, resend: bool, confirm: bool, as_json: bool) -> None:
    """Afficher un brouillon (ID ou ses premiers caractères), ou agir sur lui."""
    if sum((edit, approve, discard, resend, confirm)) > 1 and not (edit and approve and not (discard or resend or confirm)):
        raise DsrError("une seule action à la fois (sauf --edit --approve)")
    runtime = boot_or_exit(with_broker=approve or resend)
    now = utcnow()
    try:
        with runtime.db.begin() as conn:
            row = draft_store.get_draft(conn, draft_id)
    except draft_store.DraftNotFound:
        raise DsrError(f"brouillon {draft_id} introuvable (ou identifiant ambigu)") from None
    try:
        if edit:
            text = click.edit(row["subject"] + SEPARATOR + row["body"], extension=".txt", require_save=True)
            if text is None:
                click.echo("Aucune modification.")
            else:
                if SEPARATOR.strip() not in text:
                    raise DsrError("la ligne de séparation a été supprimée : modification ignorée")
                subject, body = text.split(SEPARATOR.strip(), 1)
                practitioner.edit_draft(runtime, row["id"], subject.strip(), body.strip("\n") + "\n", now)
                click.echo("Brouillon modifié.")
        if approve:
            practitioner.approve_draft(runtime, row["id"], now)
            click.echo("Brouillon validé : il sera envoyé par le prochain worker disponible.")
        if discard:
            practitioner.discard_draft(runtime, row["id"], now)
            click.echo("Brouillon abandonné.")
        if resend:
            practitioner.resend_uncertain(runtime, row["id"], now)
            click.echo("Nouvel envoi demandé.")
        if confirm:
            practitioner.confirm_sent(runtime, row["id"], now)
            click.echo("Brouillon marqué envoyé.")
    except (practitioner.ActionError, draft_store.DraftStateError) as error:
        raise DsrError(str(error)) from None
    if edit or approve or discard or resend or confirm:
        return
    if as_json:
        echo_json(_row_json(row))
        return
    console = Console()
    console.print(Text.assemble((row["subject"], "bold"), f"  ({row['kind']}, {_status_label(row)}, {row['language']}, "
                                                         f"demande {row['case_ref']})"), highlight=False)
    console.print(f"À : {row['to_addr'] or '—'}")
    if row["send_uncertain"]:
        console.print("Envoi incertain : vérifiez vos messages envoyés, puis --sent (parti) ou --resend (non parti).")
    elif row["last_error"] and row["status"] == "approved":
        console.print(f"Dernier échec d'envoi : {row['last_error']}", markup=False, highlight=False)
    for attachment in row["attachments"] or []:
        console.print(f"Pièce jointe : {attachment.get('filename')}")
    console.print()
    console.print(row["body"], markup=False, highlight=False)


COMMANDS: list[click.Command] = [drafts, draft]
