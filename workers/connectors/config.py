"""Settings of the connectors: one optional sub-model per system; a system not configured is absent.

The lead's global settings fill these (API keys from the environment or secret files, never
from the TOML file). Each SaaS system has two modes: ``export`` (files exported from the
dashboard, read from disk) and ``api`` (the live API, key required).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, SecretStr, model_validator

Mode = Literal["export", "api"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")

    timeout_seconds: float = Field(default=20.0, gt=0, description="Per HTTP request.")


class StripeSettings(_Section):
    mode: Mode = "export"
    export_dir: Path | None = Field(
        default=None, description="Folder holding the dashboard CSV exports (customers, payments, invoices)."
    )
    api_key: SecretStr | None = None
    api_base: str | None = Field(default=None, description="Override of https://api.stripe.com (tests).")

    @model_validator(mode="after")
    def _mode_needs(self) -> StripeSettings:
        if self.mode == "export" and self.export_dir is None:
            raise ValueError("stripe: le mode export demande export_dir")
        if self.mode == "api" and self.api_key is None:
            raise ValueError("stripe: le mode api demande api_key")
        return self


class SystemeioSettings(_Section):
    mode: Mode = "export"
    export_file: Path | None = Field(
        default=None, description="Contacts CSV export, or a folder holding it."
    )
    api_key: SecretStr | None = None
    api_base: str = "https://api.systeme.io/api"

    @model_validator(mode="after")
    def _mode_needs(self) -> SystemeioSettings:
        if self.mode == "export" and self.export_file is None:
            raise ValueError("systemeio: le mode export demande export_file")
        if self.mode == "api" and self.api_key is None:
            raise ValueError("systemeio: le mode api demande api_key")
        return self


class DriveSettings(_Section):
    mode: Literal["local", "api"] = "local"
    folder: Path | None = Field(default=None, description="Drive for desktop folder or Takeout copy.")
    max_file_mb: float = Field(default=25.0, gt=0, description="Bigger files: name only, noted.")
    max_seconds_per_file: float = Field(default=5.0, gt=0)
    delete_local_files: bool = Field(
        default=False,
        description="True when the folder is synced by Drive for desktop (deleting here deletes in Drive).",
    )
    cache_dir: Path | None = Field(
        default=None,
        description="Cache of the text extracted from PDF/DOCX/ODT/XLSX (under the data directory, "
                    "never inside the folder); none when unset.",
    )
    service_account_file: Path | None = None
    api_endpoint: str | None = Field(default=None, description="Override of https://www.googleapis.com/drive/v3/ (tests).")

    @model_validator(mode="after")
    def _mode_needs(self) -> DriveSettings:
        if self.mode == "local" and self.folder is None:
            raise ValueError("drive: le mode local demande folder")
        if self.mode == "api" and self.service_account_file is None and self.api_endpoint is None:
            raise ValueError("drive: le mode api demande service_account_file")
        return self


class MailboxSettings(_Section):
    mode: Literal["imap", "stored"] = "imap"
    host: str | None = None
    port: int = 993
    user: str | None = None
    password: SecretStr | None = None
    security: Literal["tls", "starttls", "plain"] = "tls"
    folders: list[str] = Field(default_factory=lambda: ["INBOX"])
    max_messages_per_folder: int = Field(default=2000, gt=0)

    @model_validator(mode="after")
    def _mode_needs(self) -> MailboxSettings:
        if self.mode == "imap" and (not self.host or not self.user or self.password is None):
            raise ValueError("mailbox: le mode imap demande host, user et password")
        return self


class ConnectorsSettings(BaseModel):
    """Every connector; ``None`` means the system is not used."""

    model_config = ConfigDict(extra="forbid")

    stripe: StripeSettings | None = None
    systemeio: SystemeioSettings | None = None
    drive: DriveSettings | None = None
    mailbox: MailboxSettings | None = None
