"""Login: the argon2 password check, the session secret, and the wrong-password throttle.

There is one user, the practitioner. Her password's argon2 hash is the setting
``web_password_hash`` (written by ``dsr web set-password``). Sessions are signed cookies;
their secret is ``web_session_secret`` or, when unset, a random one generated once and
kept in ``data_dir/web-secret`` (mode 0600), so restarting the desk keeps her logged in.

After :data:`THRESHOLD` wrong passwords in a row from one client, every further attempt
is refused with 429 and ``Retry-After`` until a delay that doubles with each new failure
(1 s, 2 s, 4 s ... capped at 15 minutes); a right password resets the count.
"""

from __future__ import annotations

import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from workers.settings import Settings

#: Wrong passwords in a row before attempts are slowed down.
THRESHOLD = 5
#: First delay once the threshold is reached, in seconds; doubled at each new failure.
BASE_DELAY = 1.0
#: Longest delay, in seconds.
MAX_DELAY = 15 * 60.0
#: Clients remembered at most (oldest forgotten first), so memory stays bounded.
MAX_CLIENTS = 10_000

SECRET_FILE = "web-secret"

_hasher = PasswordHasher()


def hash_password(password: str, hasher: PasswordHasher | None = None) -> str:
    """The argon2id hash of ``password`` (what ``web_password_hash`` holds)."""
    return (hasher or _hasher).hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches ``stored_hash``; False when no hash is set or it is broken."""
    if not stored_hash or not password:
        return False
    try:
        return _hasher.verify(stored_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def session_secret(settings: Settings) -> str:
    """The secret that signs session cookies: the setting, else ``data_dir/web-secret``."""
    if settings.web_session_secret is not None:
        value = settings.web_session_secret.get_secret_value()
        if len(value) < 16:
            raise ValueError("web_session_secret is too short (16 characters at least)")
        return value
    path = Path(settings.data_dir) / SECRET_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        os.chmod(path, 0o600)
        return path.read_text(encoding="ascii").strip()
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        handle.write(secrets.token_urlsafe(48))
    return path.read_text(encoding="ascii").strip()


@dataclass
class _Failures:
    count: int = 0
    locked_until: float = 0.0


class LoginThrottle:
    """Counts wrong passwords per client and says how long to wait before the next try."""

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, *, threshold: int = THRESHOLD,
        base: float = BASE_DELAY, cap: float = MAX_DELAY,
    ) -> None:
        self.clock = clock
        self.threshold = threshold
        self.base = base
        self.cap = cap
        self._clients: dict[str, _Failures] = {}
        self._lock = threading.Lock()

    def retry_after(self, client: str) -> float:
        """Seconds to wait before ``client`` may try again (0 when it may try now)."""
        with self._lock:
            state = self._clients.get(client)
            if state is None:
                return 0.0
            return max(0.0, state.locked_until - self.clock())

    def failure(self, client: str) -> float:
        """Record a wrong password; returns the delay now imposed (0 below the threshold)."""
        with self._lock:
            state = self._clients.pop(client, None) or _Failures()
            self._clients[client] = state  # most recent last
            state.count += 1
            delay = 0.0
            if state.count >= self.threshold:
                delay = min(self.cap, self.base * 2 ** (state.count - self.threshold))
                state.locked_until = self.clock() + delay
            while len(self._clients) > MAX_CLIENTS:
                self._clients.pop(next(iter(self._clients)))
            return delay

    def success(self, client: str) -> None:
        """A right password: the count starts again from zero."""
        with self._lock:
            self._clients.pop(client, None)

    def failures(self, client: str) -> int:
        with self._lock:
            state = self._clients.get(client)
            return state.count if state else 0
