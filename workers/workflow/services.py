"""Things steps need that are built once per process: the register, templates, connectors."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from jinja2 import Environment

from flows.register import Register, load_register
from flows.rendering import make_environment
from workers.connectors import build_connectors
from workers.connectors.config import ConnectorsSettings
from workers.settings import Settings


@lru_cache(maxsize=4)
def _register(path: str, mtime: float) -> Register:
    return load_register(Path(path).read_text(encoding="utf-8"), source=path)


def register(settings: Settings) -> Register:
    path = settings.register_path
    return _register(str(path), path.stat().st_mtime)


@lru_cache(maxsize=4)
def _environment(path: str) -> Environment:
    return make_environment(path)


def templates(settings: Settings) -> Environment:
    return _environment(str(settings.templates_dir))


def connectors_settings(settings: Settings) -> ConnectorsSettings:
    """The connectors section, with API keys from the environment (never from the file)."""
    data = {name: dict(section) for name, section in settings.connectors.items() if isinstance(section, dict)}
    if "stripe" in data and settings.stripe_api_key is not None:
        data["stripe"].setdefault("api_key", settings.stripe_api_key.get_secret_value())
    if "systemeio" in data and settings.systemeio_api_key is not None:
        data["systemeio"].setdefault("api_key", settings.systemeio_api_key.get_secret_value())
    drive = data.get("drive")
    if drive is not None and drive.get("mode", "local") == "local":
        # Extracted PDF/DOCX/XLSX text is cached beside the rest of her data (0600 files).
        drive.setdefault("cache_dir", str(settings.data_dir / "cache" / "drive"))
    mailbox = data.get("mailbox")
    if mailbox is not None and mailbox.get("mode", "imap") == "imap":
        mailbox.setdefault("host", settings.imap_host)
        mailbox.setdefault("port", settings.imap_port)
        mailbox.setdefault("user", settings.imap_user)
        mailbox.setdefault("security", settings.imap_security)
        password = settings.secret("imap_password")
        if password is not None:
            mailbox.setdefault("password", password)
    return ConnectorsSettings.model_validate(data)


def connectors(settings: Settings, search_stored=None):  # type: ignore[no-untyped-def]
    return build_connectors(connectors_settings(settings), search_stored=search_stored)
