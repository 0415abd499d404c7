"""Per-key concurrency limits: the claim counts the key's processing tasks, a refused task
waits pending without a message, and whoever frees a slot (or the sweeper) sends the next."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import redis
from alembic import command
from celery import Celery
from sqlalchemy import select, update

from orchestrator_worker import limits, pipeline, sweeper
from shared.db import Database, make_engine
from shared.models import ApiKey, Task, TaskEvent, utcnow
from shared.settings import Settings
from shared.states import QUEUES, Status
from tests.conftest import alembic_config
from tests.worker.conftest import history

T0 = utcnow() - timedelta(minutes=5)


def add_key(database: Database, key_id: str, max_in_flight: int | None) -> str:
    with database.session() as session:
        session.add(ApiKey(id=key_id, name=key_id, key_hash="0" * 64, max_in_flight=max_in_flight))
    return key_id


def add_task(database: Database, key_id: str, n: int, **fields: Any) -> uuid.UUID:
    """A pending task of ``key_id`` as the API stores it, submitted ``n`` seconds after T0."""
    at = T0 + timedelta(seconds=n)
    with database.session() as session:
        task = Task(
            owner_id=key_id, goal=f"Summarize memo {n}", constraints={}, acceptance_criteria=[],
            budget={"max_tokens": 10000, "max_time_seconds": 300, "max_cost_usd": 1.0},
            metadata_={}, created_at=at, updated_at=at, **fields,
        )  # fmt: skip
        session.add(task)
        session.flush()
        session.add(TaskEvent(task_id=task.id, from_status=None, to_status="pending"))
        return task.id


def queued(redis_client: redis.Redis) -> list[str]:
    """The task ids waiting in the broker's queues, every priority, newest first."""
    return [
        orjson.loads(raw)["headers"]["id"]
        for queue in QUEUES
        for raw in redis_client.lrange(queue, 0, -1)
    ]


def processing(database: Database, key_id: str) -> set[uuid.UUID]:
    with database.session() as session:
        return set(
            session.scalars(
                select(Task.id).where(Task.owner_id == key_id, Task.status == "processing")
            )
        )


def test_a_key_runs_at_most_its_limit_and_the_next_task_starts_as_a_slot_frees(
    database: Database, publisher: Celery, redis_client: redis.Redis
) -> None:
    key = add_key(database, "limited", 2)
    ids = [add_task(database, key, n) for n in range(4)]
    first = pipeline.claim(database, ids[0], publisher)
    second = pipeline.claim(database, ids[1], publisher)
    assert first and first.limited and second and second.limited

    # The third waits: still pending, no event, its message gone, nothing re-sent.
    assert pipeline.claim(database, ids[2], publisher) is None
    assert history(database, ids[2]) == ["pending"]
    assert processing(database, key) == {ids[0], ids[1]}
    assert queued(redis_client) == []

    # A slot frees: the oldest waiting task is sent, not the newest one.
    assert pipeline.finish(database, first, Status.COMPLETED, result={"answer": 1})
    assert limits.wake_next(database, publisher, key) == 1
    assert queued(redis_client) == [str(ids[2])]

    # A message of a later task that arrives first does not take the slot: FIFO.
    assert pipeline.claim(database, ids[3], publisher) is None
    assert queued(redis_client) == [str(ids[2])] * 2  # the next task, sent once more
    third = pipeline.claim(database, ids[2], publisher)
    assert third is not None and third.fence == 1
    assert processing(database, key) == {ids[1], ids[2]}


def test_higher_priorities_go_first_and_retries_wait_until_due(
    database: Database, publisher: Celery, redis_client: redis.Redis
) -> None:
    key = add_key(database, "limited", 1)
    running = add_task(database, key, 0, priority="critical")
    old_low = add_task(database, key, 1, priority="low")
    not_due = add_task(database, key, 2, priority="critical",
                       not_before=utcnow() + timedelta(minutes=10))  # fmt: skip
    new_high = add_task(database, key, 3, priority="high")
    claim = pipeline.claim(database, running, publisher)
    assert claim is not None
    assert pipeline.claim(database, old_low, publisher) is None
    assert pipeline.finish(database, claim, Status.FAILED, error_code=None)
    limits.wake_next(database, publisher, key)
    assert queued(redis_client) == [str(new_high)]
    assert pipeline.claim(database, old_low, publisher) is None
    assert pipeline.claim(database, new_high, publisher) is not None
    assert history(database, not_due) == ["pending"]


def test_other_keys_are_not_held_back(
    database: Database, publisher: Celery, redis_client: redis.Redis
) -> None:
    limited = add_key(database, "limited", 1)
    free = add_key(database, "free", None)
    assert pipeline.claim(database, add_task(database, limited, 0), publisher) is not None
    assert pipeline.claim(database, add_task(database, limited, 1), publisher) is None
    claims = [pipeline.claim(database, add_task(database, free, n), publisher) for n in range(3)]
    assert all(c is not None and not c.limited for c in claims)
    assert len(processing(database, free)) == 3


def test_a_limit_set_or_removed_takes_effect_at_the_next_claim(
    database: Database, publisher: Celery
) -> None:
    key = add_key(database, "changing", None)
    ids = [add_task(database, key, n) for n in range(3)]
    assert pipeline.claim(database, ids[0], publisher) is not None
    with database.session() as session:
        session.execute(update(ApiKey).where(ApiKey.id == key).values(max_in_flight=1))
    assert pipeline.claim(database, ids[1], publisher) is None
    with database.session() as session:
        session.execute(update(ApiKey).where(ApiKey.id == key).values(max_in_flight=None))
    claim = pipeline.claim(database, ids[1], publisher)
    assert claim is not None and not claim.limited
    # A task not pending any more is nothing to do, limited key or not.
    assert pipeline.claim(database, ids[1], publisher) is None


def test_the_sweeper_sends_what_free_slots_wait_for_and_leaves_waiting_tasks_alone(
    database: Database, publisher: Celery, redis_client: redis.Redis, worker_settings: Settings
) -> None:
    key = add_key(database, "limited", 2)
    ids = [add_task(database, key, n) for n in range(4)]
    claim = pipeline.claim(database, ids[0], publisher)
    assert claim is not None
    # ids[1..3] are pending since T0, long past REPUBLISH_AFTER_SECONDS: one slot is free,
    # so the oldest alone is sent (a lost wake-up); the others wait without messages.
    counts = sweeper.sweep_once(database, publisher, redis_client, worker_settings)
    assert counts["released"] == 1 and counts["republished"] == 0
    assert queued(redis_client) == [str(ids[1])]
    # Just sent: left to its message until it is stale again.
    assert sweeper.sweep_once(database, publisher, redis_client, worker_settings)["released"] == 0
    # A worker that dies holding the slot: the lease runs out, the task goes back to
    # pending, and being the oldest it is the next to start.
    with database.session() as session:
        session.execute(
            update(Task).where(Task.id == ids[0]).values(heartbeat_at=T0, updated_at=T0)
        )
    counts = sweeper.sweep_once(database, publisher, redis_client, worker_settings)
    assert counts["requeued"] == 1
    assert queued(redis_client)[0] == str(ids[0])  # newest first
    assert pipeline.claim(database, ids[2], publisher) is None
    again = pipeline.claim(database, ids[0], publisher)
    assert again is not None and again.fence == 2


def test_the_limit_holds_across_racing_claims_on_sqlite(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'orchestrator.db'}"
    command.upgrade(alembic_config(url), "head")
    engine = make_engine(Settings.from_env({}, database_url=url))
    database = Database(engine)
    try:
        key = add_key(database, "limited", 2)
        ids = [add_task(database, key, n) for n in range(8)]
        claims: list[pipeline.Claim | None] = [None] * len(ids)
        start = threading.Barrier(len(ids))

        def claim(i: int) -> None:
            start.wait()
            claims[i] = pipeline.claim(database, ids[i])

        threads = [threading.Thread(target=claim, args=(i,)) for i in range(len(ids))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
        won = {c.task_id for c in claims if c is not None}
        assert won == processing(database, key) and len(won) <= 2
        assert won <= set(ids[:2])  # whichever message came first, the oldest ones run
    finally:
        engine.dispose()


def test_the_first_claim_measures_the_time_from_submission_to_start(
    database: Database, publisher: Celery
) -> None:
    from orchestrator_worker import metrics, retries

    key = add_key(database, "free", None)
    # Submitted five minutes ago (T0 is when the module was imported, maybe minutes back).
    task_id = add_task(database, key, int((utcnow() - T0).total_seconds()) - 300)
    before = metrics.QUEUE_TO_START.collect()[0].samples
    count_before = next(s.value for s in before if s.name.endswith("_count"))
    claim = pipeline.claim(database, task_id, publisher)
    assert claim is not None and claim.queued_seconds is not None
    assert 295 <= claim.queued_seconds <= 400
    metrics.observe_queue_to_start(claim.queued_seconds)
    after = metrics.QUEUE_TO_START.collect()[0].samples
    assert next(s.value for s in after if s.name.endswith("_count")) == count_before + 1
    # A retry's wait is its backoff, not queueing: later attempts are not measured.
    assert retries.requeue(database, task_id, claim.fence, 0, "again")
    again = pipeline.claim(database, task_id, publisher)
    assert again is not None and again.fence == 2 and again.queued_seconds is None
