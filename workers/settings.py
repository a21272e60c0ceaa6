"""One typed settings object, built at the entry point.

Sources, strongest first: ``DSR_*`` environment variables, then the TOML file named by
``DSR_CONFIG`` (default ``config/dsr.toml`` when it exists), then the defaults below.
TOML sections are flattened: ``[imap] host = ...`` sets ``imap_host``, so that the
environment names stay flat and exact (``DSR_IMAP_HOST``). Secrets (passwords, API keys)
are refused in the TOML file: they come from the environment or from a ``*_file`` setting
pointing outside the repository.
"""

from __future__ import annotations

import os
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, NoDecode, PydanticBaseSettingsSource, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONFIG = REPO_ROOT / "config" / "dsr.toml"

Security = Literal["tls", "starttls", "plain"]

#: Settings that hold secrets: never accepted from the TOML file.
SECRET_FIELDS = frozenset(
    {
        "imap_password",
        "smtp_password",
        "stripe_api_key",
        "systemeio_api_key",
        "web_session_secret",
    }
)

#: Mail providers the practitioner may name instead of typing hosts and ports.
PROVIDERS: dict[str, dict[str, Any]] = {
    "orange": {"imap": ("imap.orange.fr", 993, "tls"), "smtp": ("smtp.orange.fr", 465, "tls")},
    "gmail": {"imap": ("imap.gmail.com", 993, "tls"), "smtp": ("smtp.gmail.com", 587, "starttls")},
    "outlook": {
        "imap": ("outlook.office365.com", 993, "tls"),
        "smtp": ("smtp-mail.outlook.com", 587, "starttls"),
    },
    "ovh": {"imap": ("ssl0.ovh.net", 993, "tls"), "smtp": ("ssl0.ovh.net", 465, "tls")},
    "custom": {},
}


def flatten_toml(data: dict[str, Any]) -> dict[str, Any]:
    """Flatten ``{"imap": {"host": h}}`` into ``{"imap_host": h}``.

    The ``connectors`` section stays nested: it is a structured sub-settings object.
    """
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key != "connectors":
            for sub, subvalue in value.items():
                flat[f"{key}_{sub}"] = subvalue
        else:
            flat[key] = value
    return flat


class TomlFileSource(PydanticBaseSettingsSource):
    """Reads the settings file named by ``DSR_CONFIG`` or ``config/dsr.toml``."""

    def __init__(self, settings_cls: type[BaseSettings], path: Path | None) -> None:
        super().__init__(settings_cls)
        self.path = path
        self.data: dict[str, Any] = {}
        if path is not None and path.exists():
            with path.open("rb") as handle:
                self.data = flatten_toml(tomllib.load(handle))

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return self.data.get(field_name), field_name, False

    def __call__(self) -> dict[str, Any]:
        return {k: v for k, v in self.data.items() if k in self.settings_cls.model_fields}


def config_path() -> Path | None:
    """The settings file in force: ``DSR_CONFIG``, else ``config/dsr.toml`` if present."""
    named = os.environ.get("DSR_CONFIG")
    if named:
        return Path(named)
    return DEFAULT_CONFIG if DEFAULT_CONFIG.exists() else None


def secrets_in_file(path: Path | None) -> list[str]:
    """Names of secret settings written in the TOML file (they are refused)."""
    if path is None or not path.exists():
        return []
    with path.open("rb") as handle:
        flat = flatten_toml(tomllib.load(handle))
    return sorted(SECRET_FIELDS & set(flat))


class Settings(BaseSettings):
    """Every knob of DSR Desk. Environment names are ``DSR_`` + the field name in capitals."""

    model_config = SettingsConfigDict(env_prefix="DSR_", extra="ignore", validate_default=True)

    # Where things live
    data_dir: Path = Field(default=REPO_ROOT / "data", description="SQLite file, embedded Redis, exports")
    database_url: str | None = Field(default=None, description="SQLAlchemy URL; SQLite under data_dir if unset")
    redis_url: str | None = Field(default=None, description="Redis for the queue; embedded if unset")
    templates_dir: Path = REPO_ROOT / "templates"
    register_path: Path = REPO_ROOT / "config" / "register.yaml"

    # The practitioner
    contact_address: str = "sandra.delomenie@orange.fr"
    practitioner_email: str = "sandra.delomenie@orange.fr"
    own_addresses: Annotated[list[str], NoDecode] = Field(default_factory=list, description="Other addresses of hers")
    timezone: str = "Europe/Paris"
    holidays_subdiv: str | None = Field(default=None, description="57/6AE Alsace-Moselle, 971-976 DOM")
    trusted_authserv_ids: Annotated[list[str], NoDecode] = Field(
        default_factory=list, description="authserv-id of her provider's Authentication-Results"
    )

    # Mailbox (IMAP)
    mail_provider: Literal["orange", "gmail", "outlook", "ovh", "custom"] = "custom"
    imap_host: str | None = None
    imap_port: int | None = None
    imap_user: str | None = None
    imap_password: SecretStr | None = None
    imap_password_file: Path | None = None
    imap_security: Security | None = None
    imap_folder: str = "INBOX"
    imap_sent_folder: str | None = Field(default=None, description="Found by its \\Sent flag if unset")
    imap_idle: bool = True
    imap_idle_renew_seconds: int = 540
    imap_poll_seconds: int = 60
    imap_backfill_days: int = 40
    imap_verify_tls: bool = True

    # Sending (SMTP)
    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_password_file: Path | None = None
    smtp_security: Security | None = None
    smtp_verify_tls: bool = True
    smtp_from: str | None = Field(default=None, description="From address; contact_address if unset")

    # Scheduler
    digest_hour: int = Field(default=8, ge=0, le=23)

    # Web desk
    web_host: str = "127.0.0.1"
    web_port: int = 8765
    web_password_hash: str | None = None
    web_session_secret: SecretStr | None = None

    # Connectors (structured; see workers.connectors.config)
    connectors: dict[str, Any] = Field(default_factory=dict)
    stripe_api_key: SecretStr | None = None
    systemeio_api_key: SecretStr | None = None

    # Workers
    worker_processes: int = 1
    worker_threads: int = 4

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, TomlFileSource(settings_cls, config_path()))

    @field_validator("own_addresses", "trusted_authserv_ids", mode="before")
    @classmethod
    def _split_list(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [part.strip() for part in value.split(",") if part.strip()]
        return value

    @model_validator(mode="after")
    def _apply_provider(self) -> Settings:
        preset = PROVIDERS.get(self.mail_provider, {})
        if "imap" in preset:
            host, port, security = preset["imap"]
            self.imap_host = self.imap_host or host
            self.imap_port = self.imap_port or port
            self.imap_security = self.imap_security or security
        if "smtp" in preset:
            host, port, security = preset["smtp"]
            self.smtp_host = self.smtp_host or host
            self.smtp_port = self.smtp_port or port
            self.smtp_security = self.smtp_security or security
        self.imap_security = self.imap_security or "tls"
        self.smtp_security = self.smtp_security or "tls"
        self.imap_port = self.imap_port or {"tls": 993, "starttls": 143, "plain": 143}[self.imap_security]
        self.smtp_port = self.smtp_port or {"tls": 465, "starttls": 587, "plain": 25}[self.smtp_security]
        self.imap_user = self.imap_user or (self.contact_address if self.imap_host else None)
        self.smtp_user = self.smtp_user or self.imap_user
        return self

    # Derived values -------------------------------------------------------------------

    @property
    def effective_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.data_dir / 'dsr.sqlite3'}"

    @property
    def own_address_set(self) -> frozenset[str]:
        return frozenset(a.lower() for a in [self.contact_address, self.practitioner_email, *self.own_addresses])

    def secret(self, name: Literal["imap_password", "smtp_password"]) -> str | None:
        """A password from the environment, or read from its ``*_file`` setting."""
        value: SecretStr | None = getattr(self, name)
        if value is not None:
            return value.get_secret_value()
        path: Path | None = getattr(self, f"{name}_file")
        if path is not None:
            return path.read_text(encoding="utf-8").strip()
        if name == "smtp_password":
            return self.secret("imap_password")
        return None


def load_settings(**overrides: Any) -> Settings:
    """Build the settings object; the only place the environment and the file are read."""
    return Settings(**overrides)
