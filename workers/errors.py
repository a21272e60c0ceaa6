"""One exception tree for the workers: retry what may pass, stop on what will not.

Actors raise :class:`TransientError` (or let network errors through) to be retried with
backoff; they raise :class:`PermanentError` for what no retry can fix. Permanent errors and
exhausted retries go to the dead-letter queue and are recorded as a problem on the case.
"""

from __future__ import annotations


class DsrError(Exception):
    """Base of every error DSR Desk raises on purpose."""


class TransientError(DsrError):
    """Something that may work later: a server down, a timeout, a lock."""


class PermanentError(DsrError):
    """Something no retry will fix: bad input, a missing record, a refused credential."""
