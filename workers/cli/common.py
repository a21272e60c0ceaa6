"""Helpers every command module shares: booting, clean French errors, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from functools import wraps
from typing import Any, TypeVar

import click
from pydantic import ValidationError

from workers.logging import configure_logging
from workers.runtime import Runtime, boot
from workers.settings import Settings, load_settings

F = TypeVar("F", bound=Callable[..., Any])

_TYPE_MESSAGES = {
    "missing": "valeur manquante",
    "int_parsing": "nombre entier attendu",
    "bool_parsing": "vrai ou faux attendu",
    "literal_error": "valeur non permise",
    "extra_forbidden": "champ inconnu",
    "string_type": "texte attendu",
    "greater_than_equal": "valeur trop petite",
    "less_than_equal": "valeur trop grande",
}


class DsrError(click.ClickException):
    """A clean exit with a French message (``Erreur : ...``) and exit code 1."""

    def show(self, file: Any = None) -> None:
        click.echo(f"Erreur : {self.format_message()}", err=True)


def french_settings_errors(error: ValidationError) -> list[str]:
    """Each problem of a settings validation as ``champ : problème`` in French."""
    lines = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"]) or "(réglages)"
        problem = _TYPE_MESSAGES.get(item["type"], item["msg"])
        if item["type"] == "literal_error":
            problem += f" (permises : {item.get('ctx', {}).get('expected', '')})"
        lines.append(f"{field} (DSR_{field.upper()}) : {problem}")
    return lines


def settings_or_exit() -> Settings:
    try:
        return load_settings()
    except ValidationError as error:
        raise DsrError(
            "réglages invalides :\n  " + "\n  ".join(french_settings_errors(error))
        ) from None


def boot_or_exit(*, with_broker: bool = False, log_level: str = "WARNING") -> Runtime:
    """Boot the runtime for a command; problems become clean French exits.

    Short commands log warnings only; the long-running services (watch, scheduler, web,
    worker) pass ``log_level="INFO"`` so operators see them connect and work."""
    configure_logging(level=log_level)
    settings = settings_or_exit()
    try:
        return boot(settings, with_broker=with_broker)
    except click.ClickException:
        raise
    except Exception as error:  # a clean exit, not a traceback, for the practitioner
        raise DsrError(f"démarrage impossible : {type(error).__name__}: {error}") from None


def _default(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, set):
        return sorted(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def echo_json(value: Any) -> None:
    click.echo(json.dumps(value, ensure_ascii=False, default=_default, indent=None))


def clean_errors(func: F) -> F:
    """Turn expected errors into ``Erreur : ...`` and exit code 1, never a traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            sys.exit(130)

    return wrapper  # type: ignore[return-value]
