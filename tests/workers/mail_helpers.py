"""Helpers shared by the mail-intake tests: sample messages, the malformed set, the
recognition queue as Redis holds it, and ``dsr`` run as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path

import redis

from tests.harness import ImapAccount

DSR = str(Path(sys.executable).parent / "dsr")
RECOGNITION_QUEUE = "dramatiq:recognition.msgs"


def sample(n: int, *, body: str = "Bonjour, une question sur ma commande.") -> bytes:
    """A small well-formed message numbered ``n`` (unique bytes and Message-ID)."""
    msg = EmailMessage()
    msg["From"] = f"Client {n} <client{n}@example.test>"
    msg["To"] = "pro@floraison.test"
    msg["Subject"] = f"Message {n}"
    msg["Date"] = "Mon, 02 Mar 2026 09:30:00 +0100"
    msg["Message-ID"] = f"<m{n}@example.test>"
    msg.set_content(f"{body}\n\n#{n}\n")
    return msg.as_bytes().replace(b"\n", b"\r\n")


def malformed_messages() -> dict[str, bytes]:
    """The malformed set of the issue; ``bad_*`` ones cannot be read and must be quarantined."""
    big = EmailMessage()
    big["From"] = "gros@example.test"
    big["Subject"] = "Pièce jointe énorme"
    big["Message-ID"] = "<big@example.test>"
    big.set_content("Voici le fichier.")
    big.add_attachment(os.urandom(30 * 1024 * 1024), maintype="application", subtype="octet-stream",
                       filename="archive.bin")
    return {
        "bad_no_headers.eml": b"this is not an email at all\r\njust some words, no header\r\n",
        "bad_empty.eml": b"",
        "bad_binary.eml": bytes([0, 255, 254, 1, 2, 3]) * 700 + b"\x00\r\n\r\n\xff",
        "unknown_charset.eml": (
            b"From: a@example.test\r\nSubject: =?x-unknown-42?Q?caf=E9?=\r\nMessage-ID: <cs@example.test>\r\n"
            b"Content-Type: text/plain; charset=x-unknown-42\r\n\r\nje veux acc\xe9der \xe0 mes donn\xe9es\r\n"
        ),
        "eight_bit_headers.eml": (
            b"From: Ren\xe9e M\xfcller <renee@example.test>\r\nSubject: donn\xe9es personnelles \x00nul\r\n"
            b"Message-ID: <8bit@example.test>\r\n\r\nBonjour, je souhaite acc\xe9der \xe0 mes donn\xe9es.\r\n"
        ),
        "no_message_id.eml": b"From: b@example.test\r\nSubject: sans identifiant\r\n\r\nBonjour.\r\n",
        "huge_attachment.eml": big.as_bytes(),
    }


def queued_ids(redis_url: str) -> list[int]:
    """Every message id carried by the recognition tasks waiting in Redis."""
    client = redis.Redis.from_url(redis_url)
    try:
        ids: list[int] = []
        for raw in client.hvals(RECOGNITION_QUEUE):
            message = json.loads(raw)
            assert message["actor_name"] == "recognise_messages"
            ids.extend(message["args"][0])
        return ids
    finally:
        client.close()


def task_sizes(redis_url: str) -> list[int]:
    """How many ids each queued recognition task carries."""
    client = redis.Redis.from_url(redis_url)
    try:
        return [len(json.loads(raw)["args"][0]) for raw in client.hvals(RECOGNITION_QUEUE)]
    finally:
        client.close()


def dsr_env(tmp_path: Path, redis_url: str, account: ImapAccount | None = None, **extra: str) -> dict[str, str]:
    """Environment for a ``dsr`` subprocess: its own data dir, the harness Redis and IMAP."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DSR_")}
    env.update(
        DSR_CONFIG=str(tmp_path / "absent.toml"),
        DSR_DATA_DIR=str(tmp_path / "data"),
        DSR_REDIS_URL=redis_url,
        PYTHONUNBUFFERED="1",
    )
    if account is not None:
        env.update(
            DSR_MAIL_PROVIDER="custom",
            DSR_IMAP_HOST=account.host,
            DSR_IMAP_PORT=str(account.port),
            DSR_IMAP_SECURITY="plain",
            DSR_IMAP_USER=account.user,
            DSR_IMAP_PASSWORD=account.password,
        )
    env.update(extra)
    return env


def run_dsr(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run ``dsr ARGS`` to completion."""
    return subprocess.run([DSR, *args], check=False, env=env, capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def start_dsr(env: dict[str, str], *args: str, log: Path) -> subprocess.Popen[bytes]:
    """Start ``dsr ARGS`` in the background, output to ``log``."""
    with log.open("ab") as out:
        return subprocess.Popen([DSR, *args], env=env, stdout=out, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)


def wait_for(condition: Callable[[], object], timeout: float, what: str, interval: float = 0.1) -> float:
    """Wait until ``condition()`` is truthy; returns the seconds it took, fails after ``timeout``."""
    began = time.monotonic()
    while True:
        if condition():
            return time.monotonic() - began
        if time.monotonic() - began > timeout:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)
