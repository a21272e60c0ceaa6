"""Login: the argon2 password check, the session secret, server-side sessions and the
wrong-password throttle.

There is one user, the practitioner. Her password's argon2 hash is the setting
``web_password_hash`` (written by ``dsr web set-password``). The session cookie is signed;
its secret is ``web_session_secret`` or, when unset, a random one generated once and
kept in ``data_dir/web-secret`` (mode 0600), so restarting the desk keeps her logged in.

Sessions live in the database (table ``web_sessions``): at login a random 32-byte token
goes into the signed cookie and only its sha256 into the table. A request is logged in
only while that row exists, has not expired (12 hours after she was last seen) and was
opened under the password in force. Logging out deletes the row; ``dsr web
revoke-sessions`` and a new password (``dsr web set-password``, or any change of
``web_password_hash``) end every session, so a stolen cookie stops working at once.

After :data:`THRESHOLD` wrong passwords in a row from one client, every further attempt
is refused with 429 and ``Retry-After`` until a delay that doubles with each new failure
(1 s, 2 s, 4 s ... capped at 15 minutes); a right password resets the count. The counts
are in the database (table ``login_failures``, keyed by an HMAC of the client's address):
shared by every desk process and kept across restarts.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from workers.logging import get_logger
from workers.settings import Settings
from workers.store import web_auth
from workers.store.db import Database

log = get_logger(__name__)

#: Wrong passwords in a row before attempts are slowed down.
THRESHOLD = 5
#: First delay once the threshold is reached, in seconds; doubled at each new failure.
BASE_DELAY = 1.0
#: Longest delay, in seconds.
MAX_DELAY = 15 * 60.0
#: Clients remembered at most (those whose last failure is oldest are forgotten first).
MAX_CLIENTS = 10_000
#: A session lasts 12 hours after she was last seen (the signed cookie, 12 hours after its
#: last change, expires on its own as well).
SESSION_SECONDS = 12 * 3600
#: ``last_seen_at`` is written at most once a minute per session.
TOUCH_SECONDS = 60

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


def new_session_token() -> str:
    """A random token of 32 bytes (url-safe text): what the cookie carries."""
    return secrets.token_urlsafe(32)


def session_id(token: str) -> str:
    """The row id of a token: its sha256 (the token itself is never stored)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def password_fingerprint(password_hash: str | None) -> str:
    """What a session remembers of the password in force at login (sha256 of its argon2 hash)."""
    return hashlib.sha256(("dsr-web-password\0" + (password_hash or "")).encode("utf-8")).hexdigest()


class SessionStore:
    """Opens, checks and closes the desk's sessions in the database."""

    def __init__(self, db: Database, *, lifetime: float = SESSION_SECONDS, touch_every: float = TOUCH_SECONDS) -> None:
        self.db = db
        self.lifetime = timedelta(seconds=lifetime)
        self.touch_every = timedelta(seconds=touch_every)

    def open(self, password_hash: str | None, now: datetime) -> str:
        """A new session; returns its token (for the cookie). Expired rows are cleared here."""
        token = new_session_token()
        sid = session_id(token)
        with self.db.begin() as conn:
            expired = web_auth.delete_expired_sessions(conn, now)
            web_auth.create_session(conn, sid, password_fingerprint(password_hash), now, self.lifetime)
        log.info("web.session_opened", session=sid[:12], expired_removed=expired)
        return token

    def check(self, token: object, password_hash: str | None, now: datetime) -> str | None:
        """The session id when ``token`` opens a live session, else None (a dead row is removed)."""
        if not isinstance(token, str) or not 16 <= len(token) <= 128:
            return None
        sid = session_id(token)
        with self.db.begin() as conn:
            row = web_auth.get_session(conn, sid)
            if row is None:
                reason = "unknown"
            elif row["expires_at"] <= now:
                reason = "expired"
            elif not hmac.compare_digest(row["password_fingerprint"], password_fingerprint(password_hash)):
                reason = "password_changed"
            else:
                if now - row["last_seen_at"] >= self.touch_every:
                    web_auth.touch_session(conn, sid, now, self.lifetime)
                return sid
            if row is not None:
                web_auth.delete_session(conn, sid)
        log.info("web.session_refused", session=sid[:12], reason=reason)
        return None

    def close(self, token: object) -> bool:
        """End the session of ``token`` (logout); True when it was open."""
        if not isinstance(token, str):
            return False
        sid = session_id(token)
        with self.db.begin() as conn:
            closed = web_auth.delete_session(conn, sid)
        log.info("web.session_closed", session=sid[:12])
        return closed


def revoke_all_sessions(db: Database) -> int:
    """End every session of the desk; returns how many were open."""
    with db.begin() as conn:
        count = web_auth.delete_all_sessions(conn)
    log.info("web.sessions_revoked", count=count)
    return count


def _at(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, UTC)


class LoginThrottle:
    """Counts wrong passwords per client, in the database, and says how long to wait.

    ``clock`` is a wall clock in seconds (the lock must mean the same after a restart).
    The client's address is never stored: rows are keyed by its HMAC under ``secret``.
    """

    def __init__(
        self, db: Database, clock: Callable[[], float] = time.time, *, secret: str, threshold: int = THRESHOLD,
        base: float = BASE_DELAY, cap: float = MAX_DELAY, max_clients: int = MAX_CLIENTS,
    ) -> None:
        self.db = db
        self.clock = clock
        self.threshold = threshold
        self.base = base
        self.cap = cap
        self.max_clients = max_clients
        self._key = hmac.new(secret.encode("utf-8"), b"dsr-login-throttle", hashlib.sha256).digest()

    def key(self, client: str) -> str:
        """The stored (and logged) name of ``client``: an HMAC of its address."""
        return hmac.new(self._key, client.encode("utf-8"), hashlib.sha256).hexdigest()

    def retry_after(self, client: str) -> float:
        """Seconds to wait before ``client`` may try again (0 when it may try now)."""
        with self.db.begin() as conn:
            state = web_auth.get_failures(conn, self.key(client))
        if state is None or state["locked_until"] is None:
            return 0.0
        locked_until: datetime = state["locked_until"]
        wait = (locked_until - _at(self.clock())).total_seconds()
        return min(self.cap, max(0.0, wait))  # a wall clock set back never locks longer than the cap

    def failure(self, client: str) -> float:
        """Record a wrong password; returns the delay now imposed (0 below the threshold)."""
        key = self.key(client)
        now = self.clock()
        with self.db.begin() as conn:
            count = web_auth.add_failure(conn, key, _at(now))
            delay = 0.0
            if count >= self.threshold:
                delay = min(self.cap, self.base * 2.0 ** min(count - self.threshold, 64))
                web_auth.lock_client(conn, key, _at(now + delay))
            if count == 1:  # a new client: keep the table bounded
                web_auth.forget_oldest_failures(conn, self.max_clients)
        return delay

    def success(self, client: str) -> None:
        """A right password: the count starts again from zero."""
        with self.db.begin() as conn:
            web_auth.clear_failures(conn, self.key(client))

    def failures(self, client: str) -> int:
        with self.db.begin() as conn:
            state = web_auth.get_failures(conn, self.key(client))
        return int(state["failures"]) if state else 0
