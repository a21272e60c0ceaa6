"""A private Dovecot IMAP server (plain and TLS ports) with throw-away accounts.

Follows /work/shared/notes/real-servers.md: its own config file under a base
directory in /tmp (every parent traversable by other users), a self-signed
certificate, a passwd-file of ``{PLAIN}`` accounts, mail owned by uid 65534.
Needs root and ``apt-get install -y dovecot-imapd`` (scripts/bootstrap.sh).
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import ssl
import stat
import subprocess
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Self

from imapclient import IMAPClient

from tests.harness.ports import free_port, wait_for_port, wait_for_port_closed

__all__ = [
    "DEFAULT_PASSWORD",
    "DEFAULT_USER",
    "DovecotServer",
    "ImapAccount",
    "insecure_tls_context",
]

DEFAULT_USER = "pro@floraison.test"
DEFAULT_PASSWORD = "floraison-test-password"
MAIL_UID = 65534
MAIL_GID = 65534

CONFIG_TEMPLATE = """\
protocols = imap
listen = 127.0.0.1
base_dir = {dir}/run
state_dir = {dir}/state
instance_name = dsr-test-{plain_port}
log_path = {dir}/dovecot.log
info_log_path = {dir}/dovecot.log
ssl = yes
ssl_cert = <{dir}/cert.pem
ssl_key = <{dir}/key.pem
ssl_dh = </usr/share/dovecot/dh.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0 secs
login_trusted_networks = 127.0.0.0/8
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dir}/users/%u
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {dir}/users/%u
}}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
mail_location = maildir:{dir}/mail/%u/Maildir
mailbox_idle_check_interval = 1 secs
namespace inbox {{
  inbox = yes
  mailbox Sent {{
    special_use = \\Sent
  }}
  mailbox Drafts {{
    special_use = \\Drafts
  }}
  mailbox Trash {{
    special_use = \\Trash
  }}
}}
# No growing delay after failed logins from 127.0.0.1 (tests try wrong passwords on purpose).
service anvil {{
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
protocol imap {{
  mail_max_userip_connections = 200
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {plain_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
    ssl = yes
  }}
}}
"""

_APPENDUID = re.compile(rb"APPENDUID (\d+) ([0-9:,]+)")


@dataclass(frozen=True)
class ImapAccount:
    """Connection details of one IMAP account."""

    host: str
    port: int
    tls_port: int
    user: str
    password: str


def insecure_tls_context() -> ssl.SSLContext:
    """A client TLS context that accepts the self-signed test certificate (tests only)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _make_traversable(path: Path) -> None:
    """``chmod o+x`` on path and every parent, so Dovecot's unprivileged processes get through."""
    for folder in [path, *path.parents]:
        mode = folder.stat().st_mode
        if not mode & stat.S_IXOTH:
            os.chmod(folder, stat.S_IMODE(mode) | stat.S_IXOTH)


def _uid_set(text: bytes) -> list[int]:
    uids: list[int] = []
    for part in text.split(b","):
        if b":" in part:
            low, high = (int(x) for x in part.split(b":"))
            uids.extend(range(low, high + 1))
        else:
            uids.append(int(part))
    return uids


def _group_alive(pgid: int) -> bool:
    """True while a live (not zombie) process remains in process group ``pgid``."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            return True
    return False


def _wait_group_gone(pgid: int, timeout: float) -> None:
    """After SIGKILL, children (log, auth...) may outlive the master by a moment: wait for them,
    or a restart finds their sockets still bound ("Socket already exists")."""
    deadline = time.monotonic() + timeout
    while _group_alive(pgid) and time.monotonic() < deadline:
        time.sleep(0.05)


class DovecotServer:
    """A Dovecot master process with its own config, ports, accounts and mail."""

    def __init__(
        self,
        *,
        user: str = DEFAULT_USER,
        password: str = DEFAULT_PASSWORD,
        base_dir: Path | None = None,
    ) -> None:
        self.host = "127.0.0.1"
        self.port = free_port()
        self.tls_port = free_port()
        self.user = user
        self.password = password
        self._own_dir = base_dir is None
        self.dir = (
            base_dir if base_dir is not None else Path(tempfile.mkdtemp(prefix="dsr-dovecot-"))
        )
        self.users: dict[str, str] = {}
        self._process: subprocess.Popen[bytes] | None = None
        self._prepared = False

    # -- paths -------------------------------------------------------------------------
    @property
    def config_path(self) -> Path:
        return self.dir / "dovecot.conf"

    @property
    def log_path(self) -> Path:
        return self.dir / "dovecot.log"

    @property
    def cert_path(self) -> Path:
        return self.dir / "cert.pem"

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def maildir(self, user: str | None = None) -> Path:
        return self.dir / "mail" / (user or self.user) / "Maildir"

    # -- set-up ------------------------------------------------------------------------
    def _prepare(self) -> None:
        for tool in ("dovecot", "doveadm", "openssl"):
            if shutil.which(tool) is None:
                raise RuntimeError(
                    f"{tool} not found: apt-get install -y dovecot-imapd openssl "
                    "(or run scripts/bootstrap.sh)"
                )
        if os.geteuid() != 0:
            raise RuntimeError("the private Dovecot needs root (it switches to uid 65534 for mail)")
        self.dir.mkdir(parents=True, exist_ok=True)
        os.chmod(self.dir, 0o755)
        _make_traversable(self.dir)
        for sub in ("run", "state", "mail"):
            (self.dir / sub).mkdir(exist_ok=True)
        os.chown(self.dir / "mail", MAIL_UID, MAIL_GID)
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "30",
                "-subj",
                "/CN=localhost",
                "-keyout",
                str(self.dir / "key.pem"),
                "-out",
                str(self.cert_path),
            ],
            check=True,
            capture_output=True,
            stdin=subprocess.DEVNULL,
        )
        self.config_path.write_text(
            CONFIG_TEMPLATE.format(
                dir=self.dir,
                plain_port=self.port,
                tls_port=self.tls_port,
                uid=MAIL_UID,
                gid=MAIL_GID,
            )
        )
        self.add_user(self.user, self.password)
        self._prepared = True

    def add_user(self, user: str, password: str) -> None:
        """Add (or replace) an account, usable at once.

        One passwd file per account (``users/<user>``): Dovecot re-reads a passwd-file at
        most once a second, but a file it has never opened is read on first use, so a
        fresh account logs in immediately. (Changing the password of an account already
        used may take up to a second to be seen.)
        """
        if any(c in user + password for c in ":/\n") or user.startswith("."):
            raise ValueError("user and password must not contain ':', '/' or newlines")
        self.users[user] = password
        home = self.dir / "mail" / user
        home.mkdir(parents=True, exist_ok=True)
        os.chown(home, MAIL_UID, MAIL_GID)
        users = self.dir / "users"
        users.mkdir(exist_ok=True)
        shutil.chown(users, group="dovecot")
        os.chmod(users, 0o750)
        line = f"{user}:{{PLAIN}}{password}:{MAIL_UID}:{MAIL_GID}::{home}::\n"
        tmp = users / f".{user}.new"
        tmp.write_text(line)
        shutil.chown(tmp, group="dovecot")
        os.chmod(tmp, 0o640)
        os.replace(tmp, users / user)

    # -- life cycle --------------------------------------------------------------------
    def start(self, timeout: float = 20.0) -> Self:
        """Start the server (same ports, config and mail as before) and wait for both ports."""
        if self.running:
            return self
        if not self._prepared:
            self._prepare()
        with open(self.log_path, "ab") as log:
            self._process = subprocess.Popen(
                ["dovecot", "-F", "-c", str(self.config_path)],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group: kill() takes the children too
            )
        try:
            deadline = time.monotonic() + timeout
            for port in (self.port, self.tls_port):
                wait_for_port(self.host, port, max(0.1, deadline - time.monotonic()))
                if self._process.poll() is not None:
                    raise RuntimeError(f"dovecot exited with {self._process.returncode}")
        except (TimeoutError, RuntimeError) as exc:
            self.kill()
            raise RuntimeError(f"Dovecot did not start: {exc}\n{self.log_tail()}") from exc
        return self

    def stop(self, timeout: float = 20.0) -> None:
        """Stop cleanly with ``doveadm stop``; the mail stays for a later ``start()``."""
        if not self.running:
            self._process = None
            return
        assert self._process is not None
        # SIGTERM to the master is what ``doveadm stop`` sends; doveadm then idles ~3 s more.
        self._process.send_signal(signal.SIGTERM)
        try:
            self._process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.kill()
            return
        self._kill_group(signal.SIGTERM)
        self._process = None
        for port in (self.port, self.tls_port):
            wait_for_port_closed(self.host, port, timeout)

    def kill(self) -> None:
        """SIGKILL the master and every child, as a crash would."""
        if self._process is None:
            return
        group = self._process.pid
        self._kill_group(signal.SIGKILL)
        try:
            self._process.wait(10)
        except subprocess.TimeoutExpired:
            pass
        self._process = None
        _wait_group_gone(group, 10)
        for port in (self.port, self.tls_port):
            wait_for_port_closed(self.host, port, 10)

    def _kill_group(self, sig: signal.Signals) -> None:
        assert self._process is not None
        try:
            os.killpg(self._process.pid, sig)
        except (ProcessLookupError, PermissionError):
            pass

    def restart(self) -> Self:
        self.stop()
        return self.start()

    def close(self) -> None:
        """Stop for good and delete the base directory when this object made it."""
        if self.running:
            try:
                self.stop()
            except (OSError, TimeoutError, subprocess.SubprocessError):
                self.kill()
        if self._own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)

    def log_tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- IMAP helpers ------------------------------------------------------------------
    def client(
        self, user: str | None = None, password: str | None = None, *, tls: bool = False
    ) -> IMAPClient:
        """A logged-in IMAPClient: plain port by default, the TLS port with ``tls=True``."""
        user = user or self.user
        if password is None:
            password = self.users[user]
        if tls:
            imap = IMAPClient(
                self.host, self.tls_port, ssl=True, ssl_context=insecure_tls_context(), timeout=10
            )
        else:
            imap = IMAPClient(self.host, self.port, ssl=False, timeout=10)
        imap.login(user, password)
        return imap

    def account(self, user: str | None = None) -> ImapAccount:
        """Connection details of an account (the default one unless ``user`` is given)."""
        user = user or self.user
        return ImapAccount(self.host, self.port, self.tls_port, user, self.users[user])

    def create_folder(self, name: str, user: str | None = None) -> None:
        """Create a mailbox (Dovecot only makes INBOX by itself)."""
        with self.client(user) as imap:
            if not imap.folder_exists(name):
                imap.create_folder(name)

    def append(
        self,
        raw: bytes,
        folder: str = "INBOX",
        flags: Sequence[str | bytes] = (),
        *,
        user: str | None = None,
        msg_time: datetime | None = None,
    ) -> int | None:
        """APPEND one message; returns its UID (from APPENDUID) when the server tells it."""
        with self.client(user) as imap:
            response = imap.append(folder, raw, flags=tuple(flags), msg_time=msg_time)
        found = _APPENDUID.search(response if isinstance(response, bytes) else b"")
        return _uid_set(found.group(2))[0] if found else None

    def multiappend(
        self,
        messages: Iterable[bytes | dict[str, object]],
        folder: str = "INBOX",
        *,
        user: str | None = None,
        batch: int = 500,
    ) -> list[int]:
        """Bulk seeding: MULTIAPPEND in batches of ``batch``; returns the new UIDs in order.

        Each item is the raw message or imapclient's dict form ``{"msg", "flags", "date"}``.
        """
        uids: list[int] = []
        chunk: list[bytes | dict[str, object]] = []
        with self.client(user) as imap:
            for message in messages:
                chunk.append(message)
                if len(chunk) >= batch:
                    uids.extend(self._multiappend_chunk(imap, folder, chunk))
                    chunk = []
            if chunk:
                uids.extend(self._multiappend_chunk(imap, folder, chunk))
        return uids

    @staticmethod
    def _multiappend_chunk(
        imap: IMAPClient, folder: str, chunk: list[bytes | dict[str, object]]
    ) -> list[int]:
        response = imap.multiappend(folder, chunk)  # ("OK", [b"[APPENDUID v 1:500] ..."])
        lines = response[1] if isinstance(response, tuple) else [response]
        for line in lines:
            found = _APPENDUID.search(line if isinstance(line, bytes) else b"")
            if found:
                return _uid_set(found.group(2))
        return []

    def uidvalidity(self, folder: str = "INBOX", user: str | None = None) -> int:
        with self.client(user) as imap:
            status = imap.folder_status(folder, [b"UIDVALIDITY"])
        return int(status[b"UIDVALIDITY"])

    def recreate_mailbox(
        self, folder: str = "INBOX", *, user: str | None = None, keep_messages: bool = True
    ) -> int:
        """Give ``folder`` a new UIDVALIDITY, as when a mailbox is recreated or migrated.

        With ``keep_messages`` the messages come back (same content, flags and dates) under
        new UIDs; otherwise the folder ends up empty. INBOX cannot be deleted over IMAP, so
        it is emptied and its UIDVALIDITY bumped with ``doveadm mailbox update``.
        Returns the new UIDVALIDITY.
        """
        user = user or self.user
        saved: list[dict[str, object]] = []
        with self.client(user) as imap:
            old = int(imap.select_folder(folder)[b"UIDVALIDITY"])
            if keep_messages:
                uids = imap.search("ALL")
                for start in range(0, len(uids), 500):
                    part = uids[start : start + 500]
                    data = imap.fetch(part, [b"BODY.PEEK[]", b"FLAGS", b"INTERNALDATE"])
                    for uid in part:
                        item = data[uid]
                        flags = [f for f in item[b"FLAGS"] if f != b"\\Recent"]
                        saved.append(
                            {"msg": item[b"BODY[]"], "flags": flags, "date": item[b"INTERNALDATE"]}
                        )
            if folder.upper() == "INBOX":
                imap.delete_messages(imap.search("ALL"))
                imap.expunge()
                imap.close_folder()
            else:
                imap.close_folder()
                imap.delete_folder(folder)
                imap.create_folder(folder)
        if folder.upper() == "INBOX":
            new = max(old + 1, int(time.time()))
            subprocess.run(
                [
                    "doveadm",
                    "-c",
                    str(self.config_path),
                    "mailbox",
                    "update",
                    "-u",
                    user,
                    "--uid-validity",
                    str(new),
                    folder,
                ],
                check=True,
                capture_output=True,
                stdin=subprocess.DEVNULL,
            )
        if saved:
            self.multiappend(saved, folder, user=user)
        current = self.uidvalidity(folder, user)
        if current == old:
            raise RuntimeError(f"UIDVALIDITY of {folder} did not change ({old})")
        return current
