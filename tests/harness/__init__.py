"""Real servers for tests and benchmarks: private Redis, fresh PostgreSQL databases,
a private PostgreSQL cluster
for fault tests, a private Dovecot IMAP server, an aiosmtpd sink.

Each class has ``start()``/``stop()`` (plus ``close()`` and a context manager) and exposes
its connection details; tests get them through the fixtures in tests/conftest.py, bench
scripts use the classes directly::

    from tests.harness import DovecotServer
    with DovecotServer() as imap:
        imap.multiappend(messages)

A server that cannot start raises: nothing here ever skips.
"""

from tests.harness.dovecot import DovecotServer, ImapAccount, insecure_tls_context
from tests.harness.ports import free_port
from tests.harness.postgres import PostgresDatabase, PostgresServer
from tests.harness.postgres_cluster import PostgresCluster
from tests.harness.redis_server import RedisServer
from tests.harness.smtp_sink import ReceivedMessage, SmtpSink

__all__ = [
    "DovecotServer",
    "ImapAccount",
    "PostgresCluster",
    "PostgresDatabase",
    "PostgresServer",
    "ReceivedMessage",
    "RedisServer",
    "SmtpSink",
    "free_port",
    "insecure_tls_context",
]
