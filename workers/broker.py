"""The task queue: a dramatiq RedisBroker, on ``DSR_REDIS_URL`` or the embedded Redis.

Actors are declared with :func:`actor` (a thin wrapper over ``dramatiq.actor``) so that
:func:`setup_broker` can bind every actor to the broker chosen at the entry point; tests
can switch brokers without re-importing modules.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any, TypeVar

import dramatiq
import structlog
from dramatiq.brokers.redis import RedisBroker
from dramatiq.brokers.stub import StubBroker
from dramatiq.middleware import CurrentMessage, Middleware, Retries

from workers.errors import PermanentError
from workers.logging import get_logger

log = get_logger(__name__)

F = TypeVar("F", bound=Callable[..., Any])

#: Every actor of the product, whatever broker is current.
ACTORS: dict[str, dramatiq.Actor[Any, Any]] = {}

#: Called with (actor_name, args, kwargs, error text) when a message fails for good.
FailureHook = Callable[[str, tuple[Any, ...], dict[str, Any], str], None]
_failure_hooks: list[FailureHook] = []

# Until an entry point chooses, actors are declared on a broker that talks to nothing.
if not isinstance(dramatiq.broker.global_broker, (RedisBroker, StubBroker)):
    dramatiq.set_broker(StubBroker())


class LogContext(Middleware):
    """Bind the actor and its id arguments to the log context while a message runs."""

    def before_process_message(self, broker: dramatiq.Broker, message: dramatiq.Message[Any]) -> None:
        structlog.contextvars.clear_contextvars()
        structlog.contextvars.bind_contextvars(
            actor=message.actor_name, task=message.message_id, args=list(message.args)
        )

    def after_process_message(
        self, broker: dramatiq.Broker, message: dramatiq.Message[Any], *, result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        structlog.contextvars.clear_contextvars()

    after_skip_message = after_process_message  # type: ignore[assignment]


class FailureReporter(Middleware):
    """When a message has failed for good, tell the hooks (they record a case problem)."""

    def after_process_message(
        self, broker: dramatiq.Broker, message: dramatiq.Message[Any], *, result: Any = None,
        exception: BaseException | None = None,
    ) -> None:
        if exception is None or not message.failed:
            return
        kind = "permanent" if isinstance(exception, PermanentError) else "retries_exhausted"
        log.error("task.failed", kind=kind, error_type=type(exception).__name__)
        for hook in _failure_hooks:
            try:
                hook(message.actor_name, tuple(message.args), dict(message.kwargs), f"{type(exception).__name__}: {exception}")
            except Exception:  # a reporter must never break the worker
                log.exception("task.failure_hook_failed")


def on_failure(hook: FailureHook) -> FailureHook:
    """Register ``hook`` to be told of messages that failed for good."""
    _failure_hooks.append(hook)
    return hook


def actor(
    fn: F | None = None, *, queue_name: str = "default", max_retries: int = 8,
    min_backoff: int = 500, max_backoff: int = 60_000, time_limit: int = 600_000, **options: Any,
) -> Any:
    """Declare an actor of the product (retries with backoff; PermanentError is not retried)."""

    def decorate(func: F) -> dramatiq.Actor[Any, Any]:
        declared = dramatiq.actor(
            func, queue_name=queue_name, max_retries=max_retries, min_backoff=min_backoff,
            max_backoff=max_backoff, time_limit=time_limit, throws=(PermanentError,), **options,
        )
        ACTORS[declared.actor_name] = declared
        return declared

    return decorate(fn) if fn is not None else decorate


def _add_our_middleware(broker: dramatiq.Broker) -> None:
    # Placed before Retries so that their after-hooks run after it (dramatiq runs
    # after-hooks in reverse order) and see ``message.failed`` set.
    broker.add_middleware(FailureReporter(), before=Retries)
    broker.add_middleware(LogContext())
    broker.add_middleware(CurrentMessage())


#: A worker silent this long (ms) is taken for dead; its unacknowledged messages are requeued.
HEARTBEAT_TIMEOUT_MS = 15_000

#: Out of a million queue commands, how many also run the queue's maintenance (the requeue of
#: a dead worker's messages). dramatiq's default (1,000) makes an idle worker, which polls each
#: queue about once a second, requeue a killed worker's task after ~1,000 s on average; 50,000
#: brings that to ~20 s. The maintenance is two small range queries when no worker is dead.
MAINTENANCE_CHANCE = 50_000


def _env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


def make_redis_broker(url: str, *, heartbeat_timeout: int | None = None,
                      maintenance_chance: int | None = None) -> RedisBroker:
    """A RedisBroker on ``url`` with the product's middleware.

    ``DSR_BROKER_HEARTBEAT_TIMEOUT_MS`` and ``DSR_BROKER_MAINTENANCE_CHANCE`` override the two
    knobs of dead-worker recovery (fault tests shorten it; every process must agree).
    """
    broker = RedisBroker(
        url=url,
        heartbeat_timeout=heartbeat_timeout or _env_int("DSR_BROKER_HEARTBEAT_TIMEOUT_MS", HEARTBEAT_TIMEOUT_MS),
        maintenance_chance=maintenance_chance or _env_int("DSR_BROKER_MAINTENANCE_CHANCE", MAINTENANCE_CHANCE),
        dead_message_ttl=7 * 24 * 3600 * 1000,
    )
    _add_our_middleware(broker)
    return broker


def install(broker: dramatiq.Broker) -> dramatiq.Broker:
    """Make ``broker`` current and bind every declared actor to it."""
    dramatiq.set_broker(broker)
    for declared in ACTORS.values():
        declared.broker = broker
        broker.declare_actor(declared)
    return broker


def setup_broker(url: str) -> dramatiq.Broker:
    """Build the RedisBroker for ``url`` and install it."""
    log.info("broker.setup", embedded=url.startswith("unix://"))
    return install(make_redis_broker(url))
