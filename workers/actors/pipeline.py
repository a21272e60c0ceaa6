"""The actors of the request pipeline. Each one is thin: load by id, call the step, save,
then queue the next step only after the save. Arguments are ids only."""

from __future__ import annotations

import dramatiq
from dramatiq.middleware import CurrentMessage

from flows.connectors import LookupStatus
from workers.broker import actor, on_failure
from workers.errors import TransientError
from workers.logging import get_logger
from workers.runtime import current, utcnow
from workers.store import cases as case_store
from workers import sending
from workers.workflow import answers, case_flow, collection, erasure_exec, recognition

log = get_logger(__name__)

COLLECT_RETRIES = 3

#: Retries of a collect task, beyond the connector's own: a task also fails when the database
#: or Redis is away, and such an outage must not use up the connector's retries and leave the
#: case in "collecting" for good (~15 s of PostgreSQL downtime did). 10 retries with a backoff
#: up to 60 s ride out several minutes.
COLLECT_TASK_RETRIES = 10

#: Actors whose first argument is a case id: their final failures become case problems.
CASE_ACTORS = {"open_case", "update_case", "start_collection", "collect_connector", "draft_answers"}


@actor(queue_name="default", max_retries=0)
def ping(token: str) -> str:
    """Round-trip check of the queue: writes the token back to Redis."""
    from redis import Redis

    runtime = current()
    Redis.from_url(runtime.redis_url or "redis://").set(f"dsr:ping:{token}", "pong", ex=60)
    return token


@actor(queue_name="recognition")
def recognise_messages(message_ids: list[int]) -> None:
    """Recognise recorded messages; open or join cases."""
    runtime = current()
    for message_id in message_ids:
        step = recognition.recognise_one(runtime, message_id, utcnow())
        if step is None:
            continue
        if step.step == "case_opened":
            open_case.send(step.case_id)
        else:
            update_case.send(step.case_id)


@actor(queue_name="cases")
def open_case(case_id: int) -> None:
    """Acknowledge and check identity; start collection when identity is not in doubt."""
    if case_flow.on_opened(current(), case_id, utcnow()) == "collect":
        start_collection.send(case_id)


@actor(queue_name="cases")
def update_case(case_id: int) -> None:
    """A follow-up joined the case (for example the identity proof asked for)."""
    case_flow.on_message_joined(current(), case_id, utcnow())


@actor(queue_name="cases")
def start_collection(case_id: int) -> None:
    """One task per connector, in a group; a case with no connector moves on at once."""
    runtime = current()
    systems = collection.start(runtime, case_id, utcnow())
    if systems:
        dramatiq.group([collect_connector.message(case_id, system) for system in systems]).run()
    elif collection.finish_if_complete(runtime, case_id, utcnow()):
        draft_answers.send(case_id)


@actor(queue_name="collect", max_retries=COLLECT_TASK_RETRIES, min_backoff=1000, max_backoff=60_000)
def collect_connector(case_id: int, system: str) -> None:
    """Look the person up in one system; retried with backoff when the system fails."""
    runtime = current()
    message = CurrentMessage.get_current_message()
    retries = message.options.get("retries", 0) if message is not None else COLLECT_RETRIES
    final = retries >= COLLECT_RETRIES
    result = collection.run_one(runtime, case_id, system, utcnow())
    if result is not None and result.status is LookupStatus.ERROR and result.retryable and not final:
        collection.save(runtime, case_id, result, utcnow(), final=False)
        raise TransientError(f"{system} failed, will retry")
    if collection.finish_if_complete(runtime, case_id, utcnow()):
        draft_answers.send(case_id)


@actor(queue_name="cases")
def draft_answers(case_id: int) -> None:
    """Write the answer drafts once collection has ended."""
    answers.draft_answers(current(), case_id, utcnow())


@actor(queue_name="send", max_retries=10, min_backoff=2000, max_backoff=120_000)
def send_draft(draft_id: str) -> None:
    """Execute an approved erasure plan if the draft carries one, then send it once."""
    runtime = current()
    with runtime.db.begin() as conn:
        from workers.store.drafts import get_draft

        draft = get_draft(conn, draft_id)
    if draft["kind"] in erasure_exec.ERASURE_DRAFT_KINDS and draft["status"] == "approved":
        erasure_exec.execute_plan(runtime, draft["case_id"], utcnow())
    sending.send_draft(runtime, draft_id, utcnow())


@on_failure
def _record_problem(actor_name: str, args: tuple, kwargs: dict, error: str) -> None:  # type: ignore[type-arg]
    """A task that failed for good surfaces as a problem on its case."""
    if actor_name not in CASE_ACTORS:
        return
    case_id = args[0] if args else None
    if not isinstance(case_id, int):
        return
    runtime = current()
    with runtime.db.begin() as conn:
        case_store.update_case(conn, case_id, utcnow(), problem=f"échec de la tâche {actor_name} : {error[:300]}")
        case_store.append_event(conn, case_id, "task_failed", actor=actor_name, at=utcnow(), payload={"error": error[:300]})
