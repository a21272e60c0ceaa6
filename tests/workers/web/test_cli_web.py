"""``dsr web set-password`` and ``dsr web --help``."""

from __future__ import annotations

import tomllib
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from workers.cli.web import set_password_hash, web
from workers.web.auth import verify_password


def _group() -> click.Group:
    @click.group()
    def dsr() -> None:
        """Test group."""

    dsr.add_command(web)
    return dsr


def test_set_password_writes_the_hash_into_the_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Asked twice, hashed with argon2, written under [web]; the rest of the file is kept."""
    config = tmp_path / "dsr.toml"
    config.write_text('contact_address = "a@b.fr"\n\n[web]\nport = 9000\n\n[imap]\nfolder = "INBOX"\n', encoding="utf-8")
    monkeypatch.setenv("DSR_CONFIG", str(config))
    result = CliRunner().invoke(_group(), ["web", "set-password"], input="un-mot-de-passe\nun-mot-de-passe\n")
    assert result.exit_code == 0, result.output
    assert "un-mot-de-passe" not in result.output
    data = tomllib.loads(config.read_text(encoding="utf-8"))
    assert data["web"]["port"] == 9000 and data["imap"]["folder"] == "INBOX" and data["contact_address"] == "a@b.fr"
    assert verify_password(data["web"]["password_hash"], "un-mot-de-passe")
    again = CliRunner().invoke(_group(), ["web", "set-password"], input="autre-mot-de-passe\nautre-mot-de-passe\n")
    assert again.exit_code == 0
    data = tomllib.loads(config.read_text(encoding="utf-8"))
    assert verify_password(data["web"]["password_hash"], "autre-mot-de-passe")
    assert config.read_text(encoding="utf-8").count("password_hash") == 1


def test_set_password_refuses_mismatch_and_short_password(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two different entries are asked again; a short password is refused in French."""
    config = tmp_path / "dsr.toml"
    monkeypatch.setenv("DSR_CONFIG", str(config))
    short = CliRunner().invoke(_group(), ["web", "set-password"], input="court\ncourt\n")
    assert short.exit_code == 1 and "trop court" in short.output
    assert not config.exists()
    mismatch = CliRunner().invoke(_group(), ["web", "set-password"],
                                  input="premier-essai\nsecond-essai\nbon-mot-de-passe\nbon-mot-de-passe\n")
    assert mismatch.exit_code == 0, mismatch.output
    assert verify_password(tomllib.loads(config.read_text(encoding="utf-8"))["web"]["password_hash"], "bon-mot-de-passe")


def test_set_password_print_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--print shows the DSR_WEB_PASSWORD_HASH line and touches no file."""
    config = tmp_path / "dsr.toml"
    monkeypatch.setenv("DSR_CONFIG", str(config))
    result = CliRunner().invoke(_group(), ["web", "set-password", "--print"], input="mot-de-passe-long\nmot-de-passe-long\n")
    assert result.exit_code == 0
    line = next(x for x in result.output.splitlines() if x.startswith("DSR_WEB_PASSWORD_HASH="))
    assert verify_password(line.split("=", 1)[1].strip("'"), "mot-de-passe-long")
    assert not config.exists()


def test_set_password_hash_adds_a_web_section_when_missing(tmp_path: Path) -> None:
    """A file without [web] gets one at the end; a missing file is created."""
    path = tmp_path / "x.toml"
    path.write_text('data_dir = "data"\n', encoding="utf-8")
    set_password_hash(path, "$argon2id$v=19$abc")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"data_dir": "data", "web": {"password_hash": "$argon2id$v=19$abc"}}
    fresh = tmp_path / "new.toml"
    set_password_hash(fresh, "$argon2id$h")
    assert tomllib.loads(fresh.read_text(encoding="utf-8")) == {"web": {"password_hash": "$argon2id$h"}}


def test_help_is_french_and_documents_the_behaviour() -> None:
    """The help says where the hash goes, and that other hosts need HTTPS."""
    main = CliRunner().invoke(_group(), ["web", "--help"])
    assert "127.0.0.1" in main.output and "HTTPS" in main.output and "--port" in main.output
    sub = CliRunner().invoke(_group(), ["web", "set-password", "--help"])
    assert "config/dsr.toml" in sub.output and "DSR_WEB_PASSWORD_HASH" in sub.output
    assert "ferme toutes les sessions" in " ".join(sub.output.split())
    assert "revoke-sessions" in main.output


def test_dsr_web_serves_on_localhost_and_stops_cleanly(tmp_path: Path) -> None:
    """``dsr web --port N`` serves the login page on 127.0.0.1; SIGTERM stops it and its embedded Redis."""
    import os
    import signal
    import subprocess
    import sys
    import time

    import httpx

    from tests.harness.ports import free_port
    from tests.workers.web.conftest import PASSWORD_HASH

    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    env.update(DSR_CONFIG=str(tmp_path / "none.toml"), DSR_DATA_DIR=str(tmp_path / "data"),
               DSR_WEB_PASSWORD_HASH=PASSWORD_HASH)
    process = subprocess.Popen([sys.executable, "-c", f"from workers.cli.web import web; web(['--port', '{port}'])"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        response = None
        while time.monotonic() < deadline:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/connexion", timeout=2)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert response is not None and response.status_code == 200
        assert "Mot de passe" in response.text
        assert httpx.get(f"http://127.0.0.1:{port}/demandes", timeout=2).status_code == 303
    finally:
        process.send_signal(signal.SIGTERM)
        output = process.communicate(timeout=20)[0].decode()
    assert process.returncode == 0, output
    assert f"http://127.0.0.1:{port}/" in output
    pidfile = next((tmp_path / "data").rglob("*.pid"), None)
    if pidfile is not None and pidfile.read_text().strip():
        pid = int(pidfile.read_text().strip())
        time.sleep(0.5)
        assert not Path(f"/proc/{pid}").exists(), "the embedded Redis outlived dsr web"
