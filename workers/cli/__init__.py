"""The ``dsr`` command line: one small module per command family.

Each module under ``workers/cli/`` defines click commands; this package only assembles
them into the ``dsr`` group. Messages meant for the practitioner are in French.
"""

from __future__ import annotations

import importlib

import click

#: Modules that define commands, each exposing ``COMMANDS: list[click.Command]``.
COMMAND_MODULES: tuple[str, ...] = ("admin", "worker", "mail", "deadline", "cases", "drafts", "register", "schedule", "lookup", "classify", "demo", "web")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dsr-desk", prog_name="dsr", help="Afficher la version et quitter.")
def main() -> None:
    """DSR Desk : répondre aux demandes d'exercice des droits RGPD reçues par email."""
    from workers.logging import configure_logging

    configure_logging(level="WARNING")


HELP_FR = "Afficher cette aide et quitter."


def _french_help(command: click.Command) -> None:
    """Say ``--help`` in French on ``command`` and its subcommands."""
    original = command.get_help_option

    def get_help_option(ctx: click.Context) -> click.Option | None:
        option = original(ctx)
        if option is not None:
            option.help = HELP_FR
        return option

    command.get_help_option = get_help_option  # type: ignore[method-assign]
    for sub in getattr(command, "commands", {}).values():
        _french_help(sub)


def _register() -> None:
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"workers.cli.{name}")
        for command in module.COMMANDS:
            main.add_command(command)
    _french_help(main)


_register()
