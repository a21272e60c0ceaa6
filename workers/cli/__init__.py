"""The ``dsr`` command line: one small module per command family.

Each module under ``workers/cli/`` defines click commands; this package only assembles
them into the ``dsr`` group. Messages meant for the practitioner are in French.
"""

from __future__ import annotations

import importlib

import click

#: Modules that define commands, each exposing ``COMMANDS: list[click.Command]``.
COMMAND_MODULES: tuple[str, ...] = ("admin", "worker", "mail", "deadline", "cases", "drafts", "register", "schedule", "lookup")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="dsr-desk", prog_name="dsr")
def main() -> None:
    """DSR Desk : répondre aux demandes d'exercice des droits RGPD reçues par email."""


def _register() -> None:
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"workers.cli.{name}")
        for command in module.COMMANDS:
            main.add_command(command)


_register()
