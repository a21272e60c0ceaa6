"""Settings: environment over file over defaults, flat names, secrets kept out of files."""

from __future__ import annotations

from pathlib import Path

import pytest

from workers.settings import flatten_toml, load_settings, secrets_in_file


@pytest.fixture
def no_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A clean environment: no DSR_* variable, and a settings file of the test's own."""
    import os

    for name in list(os.environ):
        if name.startswith("DSR_"):
            monkeypatch.delenv(name)
    path = tmp_path / "dsr.toml"
    monkeypatch.setenv("DSR_CONFIG", str(path))
    return path


def test_toml_sections_flatten_to_flat_names() -> None:
    """``[imap] host`` becomes ``imap_host``; the connectors section stays nested."""
    flat = flatten_toml({"imap": {"host": "h", "port": 1}, "connectors": {"stripe": {"mode": "export"}}, "data_dir": "d"})
    assert flat == {"imap_host": "h", "imap_port": 1, "connectors": {"stripe": {"mode": "export"}}, "data_dir": "d"}


def test_file_then_environment_override(no_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A value from the TOML file is used, and the DSR_* variable of the same name wins over it."""
    no_env.write_text('[imap]\nhost = "imap.file.test"\nfolder = "Demandes"\n', encoding="utf-8")
    settings = load_settings()
    assert settings.imap_host == "imap.file.test"
    assert settings.imap_folder == "Demandes"
    monkeypatch.setenv("DSR_IMAP_HOST", "imap.env.test")
    assert load_settings().imap_host == "imap.env.test"


@pytest.mark.parametrize(
    "name, value, field, expected",
    [
        ("DSR_DATA_DIR", "/srv/dsr", "data_dir", Path("/srv/dsr")),
        ("DSR_DATABASE_URL", "postgresql+psycopg://u@h/db", "database_url", "postgresql+psycopg://u@h/db"),
        ("DSR_REDIS_URL", "redis://h:1/0", "redis_url", "redis://h:1/0"),
        ("DSR_IMAP_PORT", "1143", "imap_port", 1143),
        ("DSR_IMAP_USER", "u@example.test", "imap_user", "u@example.test"),
        ("DSR_IMAP_SECURITY", "starttls", "imap_security", "starttls"),
        ("DSR_IMAP_FOLDER", "RGPD", "imap_folder", "RGPD"),
        ("DSR_SMTP_HOST", "smtp.example.test", "smtp_host", "smtp.example.test"),
        ("DSR_SMTP_PORT", "2525", "smtp_port", 2525),
        ("DSR_SMTP_USER", "s@example.test", "smtp_user", "s@example.test"),
        ("DSR_SMTP_SECURITY", "plain", "smtp_security", "plain"),
        ("DSR_CONTACT_ADDRESS", "contact@example.test", "contact_address", "contact@example.test"),
        ("DSR_PRACTITIONER_EMAIL", "moi@example.test", "practitioner_email", "moi@example.test"),
    ],
)
def test_documented_environment_names(no_env: Path, monkeypatch: pytest.MonkeyPatch, name: str, value: str,
                                      field: str, expected: object) -> None:
    """Every environment name the issue fixes reaches its setting."""
    monkeypatch.setenv(name, value)
    assert getattr(load_settings(), field) == expected


def test_passwords_come_from_env_or_file(no_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """IMAP/SMTP passwords come from DSR_*_PASSWORD or a *_password_file; SMTP falls back to IMAP's."""
    monkeypatch.setenv("DSR_IMAP_PASSWORD", "secret-1")
    settings = load_settings()
    assert settings.secret("imap_password") == "secret-1"
    assert settings.secret("smtp_password") == "secret-1"
    secret_file = tmp_path / "smtp-password"
    secret_file.write_text("secret-2\n", encoding="utf-8")
    monkeypatch.setenv("DSR_SMTP_PASSWORD_FILE", str(secret_file))
    assert load_settings().secret("smtp_password") == "secret-2"


def test_secrets_written_in_the_file_are_named(no_env: Path) -> None:
    """A password in the TOML file is detected so that ``dsr config check`` refuses it."""
    no_env.write_text('[imap]\npassword = "oops"\n[smtp]\nhost = "x"\n', encoding="utf-8")
    assert secrets_in_file(no_env) == ["imap_password"]


def test_database_defaults_to_sqlite_under_data_dir(no_env: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With no DSR_DATABASE_URL the store is a SQLite file in the data directory."""
    monkeypatch.setenv("DSR_DATA_DIR", str(tmp_path / "data"))
    assert load_settings().effective_database_url == f"sqlite:///{tmp_path / 'data' / 'dsr.sqlite3'}"


def test_list_settings_accept_comma_separated_env(no_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """DSR_OWN_ADDRESSES and DSR_TRUSTED_AUTHSERV_IDS take comma-separated lists."""
    monkeypatch.setenv("DSR_OWN_ADDRESSES", "a@x.test, b@x.test")
    monkeypatch.setenv("DSR_TRUSTED_AUTHSERV_IDS", "mx.orange.fr")
    settings = load_settings()
    assert settings.own_addresses == ["a@x.test", "b@x.test"]
    assert settings.trusted_authserv_ids == ["mx.orange.fr"]
    assert {"a@x.test", "b@x.test"} <= settings.own_address_set
