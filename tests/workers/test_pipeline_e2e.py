"""End to end on the real servers: Dovecot → watcher → queue → recognition → case →
identity → parallel collection → drafts and the access package; logs hold no personal data."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from pypdf import PdfReader

from tests.harness.dovecot import DovecotServer, ImapAccount
from tests.workers.pipeline_support import example_connectors, make_runtime, request_message, running_worker, wait_for
from workers.imap_watcher import Watcher, WatchOptions
from workers.logging import configure_logging
from workers.runtime import utcnow
from workers.store import cases as case_store
from workers.store.drafts import list_drafts
from workers.workflow.collection import results

BODY = """Bonjour Sandra,

Je souhaite exercer mon droit d'accès (article 15 du RGPD) : pouvez-vous m'envoyer une copie
de toutes les données que vous avez sur moi ?

Merci d'avance,
Camille Martin
06 12 34 56 78
"""

PERSONAL = ["camille", "martin", "exemple.fr", "06 12 34 56 78", "0612345678", "droit d'accès", "Sandra"]


def test_access_request_collects_in_parallel_and_packages_only_her_data(
    tmp_path: Path, redis_url: str, dovecot: DovecotServer, imap_account: ImapAccount
) -> None:
    """An access request from a known client ends awaiting approval with a package of her data only."""
    logs = io.StringIO()
    configure_logging(level="INFO", stream=logs, json=True)
    runtime = make_runtime(tmp_path, redis_url, imap_account, connectors=example_connectors())
    raw = request_message("camille.martin@exemple.fr", "Camille Martin", "Mes données", BODY)
    dovecot.append(raw, user=imap_account.user)

    from workers.actors import recognise_messages

    watcher = Watcher(runtime.settings, runtime.db, lambda ids: recognise_messages.send(ids), now=utcnow,
                      options=WatchOptions(once=True))
    with running_worker(runtime):
        watcher.run()

        def awaiting_approval() -> dict | None:  # type: ignore[type-arg]
            with runtime.db.begin() as conn:
                rows = case_store.list_cases(conn)
            return rows[0] if rows and rows[0]["state"] == "awaiting_approval" else None

        case = wait_for(awaiting_approval, timeout=60)

    with runtime.db.begin() as conn:
        found = {r["system"]: r for r in results(conn, case["id"])}
        drafts = list_drafts(conn, case_id=case["id"])
        history = [e["kind"] for e in case_store.events(conn, case["id"])]
    assert case["identity_status"] == "verified"
    assert case["rights"] == ["access"]
    assert set(found) == {"stripe", "systemeio", "drive", "mailbox"}
    assert all(r["status"] == "ok" for r in found.values())
    assert history.count("collection_result") == 4
    kinds = {d["kind"] for d in drafts}
    assert {"acknowledgment", "answer_access"} <= kinds

    access = next(d for d in drafts if d["kind"] == "answer_access")
    package = Path(access["attachments"][0]["path"])
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        texts = []
        for name in names:
            data = archive.read(name)
            if name.endswith(".pdf"):
                texts.append("\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages))
            elif name.endswith((".json", ".csv", ".txt", ".md")):
                texts.append(data.decode("utf-8", errors="replace"))
        everything = "\n".join(texts)
    assert "camille.martin@exemple.fr" in everything
    assert "cus_Q1camille" in everything
    assert "camille.md@exemple.org" not in everything, "another client with a similar name leaked"
    assert "Martin-Dubois" not in everything
    assert "cus_Q2cmd" not in everything

    lines = [json.loads(line) for line in logs.getvalue().splitlines() if line.startswith("{")]
    assert any(line.get("event") == "case.opened" for line in lines)
    text = logs.getvalue().lower()
    for secret in PERSONAL:
        assert secret.lower() not in text, f"personal data in logs: {secret}"

    # The same package from the command line, from what the collection stored.
    from click.testing import CliRunner

    from workers.cli import main
    from workers.runtime import set_current

    set_current(None)
    out = tmp_path / "cli-package.zip"
    result = CliRunner().invoke(main, ["package", case["ref"], "--out", str(out)],
                                env={"DSR_DATA_DIR": str(tmp_path / "data"), "DSR_CONFIG": str(tmp_path / "none.toml")})
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as archive:
        cli_json = "\n".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".json"))
    assert "cus_Q1camille" in cli_json and "cus_Q2cmd" not in cli_json
