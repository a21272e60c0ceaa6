"""``dsr ingest``, ``dsr messages`` and ``dsr watch`` as the practitioner runs them
(subprocesses with their own data dir, the harness Redis and Dovecot)."""

from __future__ import annotations

import json
import mailbox
import signal
from pathlib import Path

from tests.harness import DovecotServer, ImapAccount
from tests.workers.mail_helpers import dsr_env, queued_ids, run_dsr, sample, start_dsr, wait_for
from workers.settings import load_settings
from workers.store.db import Database
from workers.store.messages import list_messages


def _stored(tmp_path: Path) -> list[dict]:  # type: ignore[type-arg]
    db = Database(load_settings(data_dir=tmp_path / "data").effective_database_url)
    try:
        with db.begin() as conn:
            return list_messages(conn, limit=10_000)
    finally:
        db.dispose()


def test_ingest_eml_maildir_and_mbox(tmp_path: Path, redis_url: str) -> None:
    """One .eml, a Maildir and an mbox are recorded and queued; a second run adds nothing."""
    eml = tmp_path / "one.eml"
    eml.write_bytes(sample(1))
    box = mailbox.Maildir(str(tmp_path / "Maildir"), create=True)
    for n in (2, 3):
        box.add(sample(n))
    mbox = mailbox.mbox(str(tmp_path / "export.mbox"), create=True)
    for n in (4, 5, 6):
        mbox.add(sample(n))
    mbox.flush()
    env = dsr_env(tmp_path, redis_url)
    first = run_dsr(env, "ingest", str(eml), str(tmp_path / "Maildir"), str(tmp_path / "export.mbox"))
    assert first.returncode == 0, first.stderr
    assert "6 message(s) lu(s), 6 nouveau(x) enregistré(s), 6 transmis" in first.stdout
    rows = _stored(tmp_path)
    assert sorted(r["source"] for r in rows) == ["file", "maildir", "maildir", "mbox", "mbox", "mbox"]
    assert sorted(queued_ids(redis_url)) == sorted(r["id"] for r in rows)

    again = run_dsr(env, "ingest", str(eml), str(tmp_path / "export.mbox"))
    assert again.returncode == 0, again.stderr
    assert "4 message(s) lu(s), 0 nouveau(x)" in again.stdout
    assert len(_stored(tmp_path)) == 6


def test_ingest_missing_path_is_a_french_error(tmp_path: Path, redis_url: str) -> None:
    """A path that does not exist ends with ``Erreur : ... introuvable`` and code 1."""
    result = run_dsr(dsr_env(tmp_path, redis_url), "ingest", str(tmp_path / "absent.eml"))
    assert result.returncode == 1
    assert "Erreur" in result.stderr and "introuvable" in result.stderr


def test_messages_json_hides_the_sender_unless_asked(tmp_path: Path, redis_url: str) -> None:
    """``dsr messages --json`` gives a hash of the sender; ``--show-sender`` the address."""
    eml = tmp_path / "one.eml"
    eml.write_bytes(sample(7))
    env = dsr_env(tmp_path, redis_url)
    assert run_dsr(env, "ingest", str(eml)).returncode == 0
    hidden = json.loads(run_dsr(env, "messages", "--json").stdout)
    assert len(hidden) == 1 and hidden[0]["sender"] is None and hidden[0]["sender_hash"]
    assert hidden[0]["subject"] == "Message 7" and hidden[0]["status"] == "recorded"
    shown = json.loads(run_dsr(env, "messages", "--json", "--show-sender").stdout)
    assert shown[0]["sender"] == "client7@example.test"
    table = run_dsr(env, "messages")
    assert table.returncode == 0 and "Message 7" in table.stdout
    assert json.loads(run_dsr(env, "messages", "--quarantined", "--json").stdout) == []


def test_watch_refuses_since_with_all(tmp_path: Path, redis_url: str, imap_account: ImapAccount) -> None:
    """``--since`` and ``--all`` together are refused in French before anything starts."""
    result = run_dsr(dsr_env(tmp_path, redis_url, imap_account), "watch", "--all", "--since", "2026-01-01")
    assert result.returncode == 1 and "--since et --all" in result.stderr


def test_watch_without_a_server_is_a_french_error(tmp_path: Path, redis_url: str) -> None:
    """No IMAP host configured: a clear French error."""
    result = run_dsr(dsr_env(tmp_path, redis_url), "watch", "--once")
    assert result.returncode == 1 and "aucun serveur IMAP" in result.stderr


def test_watch_wrong_password_is_a_french_error(tmp_path: Path, redis_url: str, imap_account: ImapAccount) -> None:
    """Refused credentials end ``dsr watch`` with a French message and code 1."""
    env = dsr_env(tmp_path, redis_url, imap_account, DSR_IMAP_PASSWORD="wrong")
    result = run_dsr(env, "watch")
    assert result.returncode == 1 and "mot de passe" in result.stderr


def test_watch_runs_until_sigterm(tmp_path: Path, redis_url: str, dovecot: DovecotServer,
                                  imap_account: ImapAccount) -> None:
    """``dsr watch --no-idle`` records mail as it comes and stops cleanly on SIGTERM."""
    dovecot.append(sample(1), user=imap_account.user)
    env = dsr_env(tmp_path, redis_url, imap_account, DSR_IMAP_POLL_SECONDS="1")
    process = start_dsr(env, "watch", "--no-idle", log=tmp_path / "watch.log")
    try:
        wait_for(lambda: len(_stored(tmp_path)) == 1, 60, "the backfill")
        dovecot.append(sample(2), user=imap_account.user)
        wait_for(lambda: len(_stored(tmp_path)) == 2, 60, "the new message")
        assert sorted(queued_ids(redis_url)) == sorted(r["id"] for r in _stored(tmp_path))
        process.send_signal(signal.SIGTERM)
        assert process.wait(30) == 0, (tmp_path / "watch.log").read_text()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
