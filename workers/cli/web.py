"""``dsr web``: the web desk; ``dsr web set-password``: choose its password;
``dsr web revoke-sessions``: log every browser out.

``dsr web`` serves the desk on http://127.0.0.1:8765 (``[web] host/port`` or
``--host/--port``). On another address than the machine itself, the session cookie is
marked ``Secure``: put an HTTPS reverse proxy in front, or the login will not hold.

``dsr web set-password`` asks for the password twice (hidden), hashes it with argon2 and
writes ``password_hash`` under ``[web]`` in the settings file (``DSR_CONFIG`` or
``config/dsr.toml``, created if absent; the rest of the file is kept as it is). With
``--print`` it writes nothing and prints the ``DSR_WEB_PASSWORD_HASH=...`` line instead.
The hash is not a secret that opens anything by itself; the password is never stored.
A new password ends every open session: at once (the rows of ``web_sessions`` are
deleted when the file is written) and in any case when the desk starts on the new hash
(each session remembers a fingerprint of the hash it was opened under).

``dsr web revoke-sessions`` deletes every session row: each browser (and any stolen
cookie) must log in again. The desk need not be restarted.
"""

from __future__ import annotations

import os
import re
import signal
import tomllib
from pathlib import Path

import click

from workers.cli.common import DsrError, boot_or_exit, settings_or_exit
from workers.settings import DEFAULT_CONFIG, config_path

MIN_LENGTH = 10


def set_password_hash(path: Path, password_hash: str) -> None:
    """Write ``password_hash`` under ``[web]`` in the TOML file at ``path`` (kept otherwise)."""
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    line = f"password_hash = '{password_hash}'"
    lines = text.splitlines()
    section = None
    start = None
    for index, raw in enumerate(lines):
        header = re.match(r"^\s*\[([^\[\]]+)\]\s*(#.*)?$", raw)
        if header:
            section = header.group(1).strip()
            if section == "web":
                start = index
            continue
        if section == "web" and re.match(r"^\s*password_hash\s*=", raw):
            lines[index] = line
            break
    else:
        if start is None:
            lines += (["", "[web]"] if lines else ["[web]"]) + [line]
        else:
            lines.insert(start + 1, line)
    new_text = "\n".join(lines) + "\n"
    if tomllib.loads(new_text).get("web", {}).get("password_hash") != password_hash:
        raise DsrError(f"impossible d'écrire le mot de passe dans {path} : modifiez [web] password_hash à la main.")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(new_text, encoding="utf-8")
    if path.exists():
        os.chmod(tmp, path.stat().st_mode & 0o777)
    os.replace(tmp, path)


@click.group("web", invoke_without_command=True)
@click.option("--host", default=None, help="Adresse d'écoute (par défaut 127.0.0.1 : cet ordinateur seulement).")
@click.option("--port", default=None, type=int, help="Port (par défaut 8765).")
@click.help_option("-h", "--help", help="Afficher cette aide et quitter.")
@click.pass_context
def web(ctx: click.Context, host: str | None, port: int | None) -> None:
    """Ouvrir le bureau web : http://127.0.0.1:8765 dans le navigateur.

    Sur une autre adresse que 127.0.0.1, le cookie de session est réservé au HTTPS :
    placez un proxy HTTPS devant. Mot de passe : dsr web set-password. Fermer toutes
    les sessions ouvertes (cookie volé, appareil perdu) : dsr web revoke-sessions.
    """
    if ctx.invoked_subcommand is not None:
        return
    from workers.web.server import serve

    runtime = boot_or_exit(with_broker=True, log_level="INFO")
    settings = runtime.settings
    host = host or settings.web_host
    port = port or settings.web_port
    if not settings.web_password_hash:
        click.echo("Attention : aucun mot de passe défini ; lancez d'abord « dsr web set-password ».", err=True)
    click.echo(f"Bureau DSR Desk : http://{host}:{port}/  (Ctrl+C pour arrêter)")
    # uvicorn re-raises SIGTERM once it has shut down: end cleanly so the embedded Redis stops.
    signal.signal(signal.SIGTERM, _exit_cleanly)
    try:
        serve(runtime, host, port)
    finally:
        runtime.stop()


def _exit_cleanly(signum: int, frame: object) -> None:
    raise SystemExit(0)


@web.command("set-password")
@click.option("--print", "print_only", is_flag=True,
              help="N'écrire aucun fichier : afficher la ligne DSR_WEB_PASSWORD_HASH=... à définir.")
@click.help_option("-h", "--help", help="Afficher cette aide et quitter.")
def set_password(print_only: bool) -> None:
    """Choisir le mot de passe du bureau web.

    Le mot de passe est demandé deux fois (sans s'afficher), puis seule son empreinte
    argon2 est enregistrée : sous [web] password_hash dans le fichier de réglages
    (DSR_CONFIG, sinon config/dsr.toml, créé au besoin). Avec --print, rien n'est écrit :
    la ligne DSR_WEB_PASSWORD_HASH=... à définir dans l'environnement est affichée.
    Redémarrez ensuite « dsr web ». Un nouveau mot de passe ferme toutes les sessions
    ouvertes : chaque navigateur devra se reconnecter.
    """
    from workers.web.auth import hash_password

    password = click.prompt("Nouveau mot de passe", hide_input=True,
                            confirmation_prompt="Le même, une seconde fois")
    if len(password) < MIN_LENGTH:
        raise DsrError(f"mot de passe trop court : {MIN_LENGTH} caractères au moins.")
    password_hash = hash_password(password)
    if print_only:
        click.echo(f"DSR_WEB_PASSWORD_HASH='{password_hash}'")
        return
    path = config_path() or DEFAULT_CONFIG
    settings_or_exit()  # the file must be valid before we touch it
    set_password_hash(path, password_hash)
    click.echo(f"Mot de passe enregistré dans {path} ([web] password_hash). Redémarrez « dsr web ».")
    _revoke_after_new_password()
    if os.environ.get("DSR_WEB_PASSWORD_HASH"):
        click.echo("Attention : DSR_WEB_PASSWORD_HASH est défini dans l'environnement et l'emporte sur le fichier.",
                   err=True)


def _revoke_after_new_password() -> None:
    """End every session now; if the database cannot be reached, the desk does it on restart."""
    from workers.web.auth import revoke_all_sessions

    try:
        runtime = boot_or_exit()
        count = revoke_all_sessions(runtime.db)
    except Exception as error:  # noqa: BLE001 - the password is written: say so, do not fail
        reason = error.format_message() if isinstance(error, click.ClickException) else type(error).__name__
        click.echo(f"Attention : sessions non fermées maintenant ({reason}) ; elles le seront au redémarrage "
                   "de « dsr web ».", err=True)
        return
    click.echo(_sessions_closed(count))


def _sessions_closed(count: int) -> str:
    if count == 0:
        return "Aucune session ouverte."
    if count == 1:
        return "1 session fermée : le navigateur concerné devra se reconnecter."
    return f"{count} sessions fermées : chaque navigateur devra se reconnecter."


@web.command("revoke-sessions")
@click.help_option("-h", "--help", help="Afficher cette aide et quitter.")
def revoke_sessions() -> None:
    """Fermer toutes les sessions du bureau web (cookie volé, appareil perdu).

    Chaque navigateur connecté, et quiconque aurait copié un cookie de session, devra
    saisir le mot de passe de nouveau. Inutile de redémarrer « dsr web ». Changer le mot
    de passe (dsr web set-password) ferme aussi toutes les sessions.
    """
    from workers.web.auth import revoke_all_sessions

    runtime = boot_or_exit()
    try:
        count = revoke_all_sessions(runtime.db)
    except Exception as error:  # noqa: BLE001 - a clean exit, not a traceback
        raise DsrError(f"sessions non fermées : {type(error).__name__}") from None
    click.echo(_sessions_closed(count))


COMMANDS = [web]
