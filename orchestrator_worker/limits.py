"""Per-key concurrency: at most ``api_keys.max_in_flight`` of a key's tasks ``processing``.

A key without a limit pays one primary-key lookup inside the claim's own UPDATE
(``UNLIMITED_OWNER``); everything else here runs only for keys with a limit:

- **Claim.** The claim of a limited key's task locks the key's row (every node's claims of
  that key queue behind it, on Postgres and on SQLite alike), counts the key's processing
  tasks and claims the task only when it is one of the *next* ones: the oldest due pending
  tasks of the key, highest priority first, as many as there are free slots. Any other is
  left ``pending`` and its message acked: it waits without a message, so it never spins in
  the queue.
- **Wake-up.** Whoever frees a slot (a task of the key ending, going back to pending for a
  retry, a refused claim that saw free slots held by others) publishes the next tasks after
  its commit. A publish lost there, or a worker that died holding a slot, is the sweeper's:
  ``release_waiting`` publishes the next tasks of every limited key that has free slots, and
  the generic re-publish of stale pending tasks leaves limited keys' tasks to it (else every
  waiting task would be re-sent every period, only to be refused again).

A plan holds one slot for its whole run: its steps run inside the task's slot and do not
count on their own.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence
from typing import Any

from celery import Celery
from sqlalchemy import (
    ColumnElement,
    Connection,
    Float,
    Integer,
    Row,
    bindparam,
    case,
    func,
    or_,
    select,
    tuple_,
    update,
)

from shared.broker import publish_task
from shared.db import Database, worker_name
from shared.models import ApiKey, Task
from shared.schemas import time_budget
from shared.settings import Settings
from shared.states import QUEUES, Status
from shared.transitions import PreparedTransition, database_now

log = logging.getLogger(__name__)

# The claim's guard for the fast path: the task's key has no limit (a primary-key lookup in
# the same statement).
UNLIMITED_OWNER: ColumnElement[bool] = (
    select(ApiKey.max_in_flight).where(ApiKey.id == Task.owner_id).scalar_subquery().is_(None)
)

# Highest priority first (the order the workers poll the queues in), then oldest first.
_PRIORITY_RANK = case({name: rank for rank, name in enumerate(QUEUES)}, value=Task.priority)

_OWNER = bindparam("owner", type_=Task.owner_id.type)

_IN_FLIGHT = (
    select(func.count())
    .select_from(Task)
    .where(Task.owner_id == _OWNER, Task.status == Status.PROCESSING.value)
    .scalar_subquery()
)
_LIMIT = select(func.coalesce(ApiKey.max_in_flight, 0)).where(ApiKey.id == _OWNER).scalar_subquery()

_FREE_SLOTS = _LIMIT - _IN_FLIGHT

# The tasks of a key that its free slots are for: due pending tasks in queue order, as many
# as the key's limit leaves free (none when the key has no limit any more). ``stale``: not
# touched for ``stale_after`` seconds (the sweeper leaves fresh ones to their message).
NEXT_TASKS = (
    select(
        Task.id,
        Task.priority,
        Task.budget,
        (Task.updated_at <= database_now(-bindparam("stale_after", type_=Float))).label("stale"),
    )
    .where(
        Task.owner_id == _OWNER,
        Task.status == Status.PENDING.value,
        or_(Task.not_before.is_(None), Task.not_before <= database_now()),
    )
    .order_by(_PRIORITY_RANK, Task.created_at, Task.id)
    .limit(case((_FREE_SLOTS > 0, _FREE_SLOTS), else_=0))
)

# The task's key, its limit and its place in the key's queue, when the task is pending.
_PENDING_OWNER = (
    select(Task.owner_id, ApiKey.max_in_flight, Task.priority, Task.created_at)
    .join(ApiKey, ApiKey.id == Task.owner_id)
    .where(Task.id == bindparam("task_id"), Task.status == Status.PENDING.value)
)

# The key's free slots, and how many due pending tasks of the key are ahead of the task in
# queue order: it may start when fewer than that many are.
_AHEAD = (
    select(func.count())
    .select_from(Task)
    .where(
        Task.owner_id == _OWNER,
        Task.status == Status.PENDING.value,
        or_(Task.not_before.is_(None), Task.not_before <= database_now()),
        tuple_(_PRIORITY_RANK, Task.created_at, Task.id)
        < tuple_(
            bindparam("rank", type_=Integer),
            bindparam("created_at", type_=Task.created_at.type),
            bindparam("task_id", type_=Task.id.type),
        ),
    )
    .scalar_subquery()
)
_PLACE = select(_FREE_SLOTS.label("free"), _AHEAD.label("ahead"))

# Locks the key's row until the transaction ends: a no-op UPDATE rather than SELECT … FOR
# UPDATE, because SQLite has no row locks and a deferred SQLite transaction that reads
# before it writes fails when another writer got in between; writing first makes it wait
# for the database's lock instead (busy_timeout), on SQLite as on Postgres.
_LOCK_KEY = (
    update(ApiKey)
    .where(ApiKey.id == _OWNER)
    .values(max_in_flight=ApiKey.max_in_flight)
    .returning(ApiKey.max_in_flight)
)


def claim_within_limit(
    database: Database, task_id: uuid.UUID, claim: PreparedTransition, publisher: Celery | None
) -> tuple[Row[Any] | None, bool]:
    """Claim ``task_id`` with the claim transition ``claim`` (without the unlimited guard),
    if its key has a free slot and the task is next in the key's queue.

    Returns the claimed row (or None) and whether the key has a limit. A refused task stays
    pending without a message; when free slots are held for other tasks, those are published.
    """
    rows = database.statement(_PENDING_OWNER, {"task_id": task_id}, idempotent=True)
    if not rows:
        return None, False  # not pending any more (taken, finished, cancelled) or unknown
    task = rows[0]
    if task.max_in_flight is None:  # the limit went away since the claim's guard ran
        return claim.run(database, task_id, claimed_by=worker_name()), False
    with database.transaction() as connection:
        limit = connection.execute(_LOCK_KEY, {"owner": task.owner_id}).scalar_one_or_none()
        if limit is None:
            return claim.run_in(connection, task_id, claimed_by=worker_name()), False
        place = connection.execute(
            _PLACE,
            {
                "owner": task.owner_id,
                "rank": QUEUES.index(task.priority),
                "created_at": task.created_at,
                "task_id": task_id,
            },
        ).one()
        if place.ahead < place.free:
            return claim.run_in(connection, task_id, claimed_by=worker_name()), True
        # Slots free for older tasks: make sure they are on their way.
        following = _next_tasks(connection, task.owner_id) if place.free > 0 else []
    log.info("waiting for a slot of its key owner=%s max_in_flight=%s", task.owner_id, limit)
    if publisher is not None:
        _publish(publisher, following)
    return None, True


def _next_tasks(connection: Connection, owner: str, stale_after: float = 0.0) -> Sequence[Any]:
    return connection.execute(NEXT_TASKS, {"owner": owner, "stale_after": stale_after}).all()


def _publish(publisher: Celery, tasks: Sequence[Any]) -> list[uuid.UUID]:
    sent = []
    for task in tasks:
        try:
            publish_task(publisher, task.id, task.priority, time_limit=time_budget(task.budget))
        except Exception as exc:  # the sweeper's ``release_waiting`` sends it later
            log.warning("publish of a waiting task failed task_id=%s error=%s", task.id, exc)
            break
        sent.append(task.id)
    return sent


def wake_next(database: Database, publisher: Celery, owner: str) -> int:
    """After a slot of ``owner``'s key was freed (and committed): publish the tasks the free
    slots are for. Returns how many were published."""
    with database.transaction() as connection:
        following = _next_tasks(connection, owner)
    return len(_publish(publisher, following))


_OWNER_OF_LIMITED_TASK = (
    select(Task.owner_id)
    .join(ApiKey, ApiKey.id == Task.owner_id)
    .where(Task.id == bindparam("task_id"), ApiKey.max_in_flight.is_not(None))
)


def wake_next_for(database: Database, publisher: Celery, task_id: uuid.UUID) -> int:
    """``wake_next`` for the key of ``task_id`` if that key has a limit (a fan-out's or a
    plan's end, where the claim is not at hand)."""
    rows = database.statement(_OWNER_OF_LIMITED_TASK, {"task_id": task_id}, idempotent=True)
    return wake_next(database, publisher, rows[0].owner_id) if rows else 0


# Limited keys: their pending tasks are ``release_waiting``'s, not the generic re-publish's.
LIMITED_OWNERS = select(ApiKey.id).where(ApiKey.max_in_flight.is_not(None))


def release_waiting(database: Database, publisher: Celery, settings: Settings) -> int:
    """The sweeper's safety net: for every key with a limit, publish the tasks its free
    slots are for that have waited ``republish_after_seconds`` untouched (a wake-up lost,
    a worker dead with a slot, a key whose limit was raised). Touches what it sends, as the
    generic re-publish does. Returns how many were published."""
    published = 0
    owners = database.statement(LIMITED_OWNERS, idempotent=True)
    for (owner,) in owners:
        with database.transaction() as connection:
            stale = [
                task
                for task in _next_tasks(connection, owner, settings.republish_after_seconds)
                if task.stale
            ]
        sent = _publish(publisher, stale)
        if sent:
            database.statement(
                update(Task)
                .where(Task.id.in_(sent), Task.status == Status.PENDING.value)
                .values(updated_at=database_now())
            )
        published += len(sent)
    if published:
        log.info("published waiting tasks of limited keys count=%s", published)
    return published
