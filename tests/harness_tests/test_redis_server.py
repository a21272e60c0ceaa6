"""The private redis-server: reachable, restartable, and AOF keeps data when asked."""

from __future__ import annotations

import pytest
import redis

from tests.harness import RedisServer


def test_session_redis_set_get(redis_url: str) -> None:
    """The session server answers SET/GET on the URL the fixture gives."""
    client = redis.Redis.from_url(redis_url)
    try:
        client.set("greeting", "bonjour")
        assert client.get("greeting") == b"bonjour"
    finally:
        client.close()


def test_redis_url_starts_empty(redis_url: str) -> None:
    """Every test gets an emptied database (FLUSHALL before the test)."""
    client = redis.Redis.from_url(redis_url)
    try:
        assert client.dbsize() == 0
    finally:
        client.close()


def test_restart_keeps_aof_data(private_redis: RedisServer) -> None:
    """With appendonly=yes a clean restart on the same port finds the data again."""
    client = private_redis.client()
    client.set("case:1", "open")
    client.close()
    port = private_redis.port
    private_redis.restart()
    assert private_redis.port == port
    client = private_redis.client()
    try:
        assert client.get("case:1") == b"open"
    finally:
        client.close()


def test_kill_then_start_keeps_aof_data(private_redis: RedisServer) -> None:
    """A SIGKILL (crash) loses nothing acknowledged, with appendfsync always."""
    client = private_redis.client()
    client.rpush("queue", "a", "b")
    client.close()
    private_redis.kill()
    assert not private_redis.running
    private_redis.start()
    client = private_redis.client()
    try:
        assert client.lrange("queue", 0, -1) == [b"a", b"b"]
    finally:
        client.close()


def test_without_aof_restart_forgets() -> None:
    """With appendonly=no nothing survives a restart (the machine Redis's behaviour)."""
    with RedisServer(appendonly=False) as server:
        client = server.client()
        client.set("k", "v")
        client.close()
        server.restart()
        client = server.client()
        try:
            assert client.get("k") is None
        finally:
            client.close()


def test_stopped_server_refuses_connections(private_redis: RedisServer) -> None:
    """While stopped, clients get a connection error (what fault tests rely on)."""
    private_redis.stop()
    client = private_redis.client()
    try:
        with pytest.raises(redis.exceptions.ConnectionError):
            client.ping()
    finally:
        client.close()
    private_redis.start()
    assert private_redis.client().ping() is True
