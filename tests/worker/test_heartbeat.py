"""Lease heartbeats of a process that runs several tasks at once, against real Postgres."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select, update

from orchestrator_worker import pipeline
from orchestrator_worker.heartbeat import Heartbeat
from shared.db import Database
from shared.models import Task, utcnow
from tests.worker.conftest import claimed_task

LONG_AGO = timedelta(minutes=10)


def claimed(database: Database) -> pipeline.Claim:
    """A task claimed by this process, its heartbeat dated ``LONG_AGO``."""
    claim = claimed_task(database)
    with database.session() as session:
        session.execute(
            update(Task).where(Task.id == claim.task_id).values(heartbeat_at=utcnow() - LONG_AGO)
        )
    return claim


def heartbeat_at(database: Database, task_id: uuid.UUID) -> datetime:
    with database.session() as session:
        value = session.execute(select(Task.heartbeat_at).where(Task.id == task_id)).scalar_one()
    assert isinstance(value, datetime)
    return value


def fresh(database: Database, task_id: uuid.UUID) -> bool:
    return heartbeat_at(database, task_id) > utcnow() - timedelta(minutes=1)


def test_one_beat_extends_the_lease_of_every_task_the_process_runs(
    database: Database,
) -> None:
    heartbeat = Heartbeat(database, interval=60)
    first, second, elsewhere = claimed(database), claimed(database), claimed(database)
    with (
        heartbeat.beating(first.task_id, first.fence),
        heartbeat.beating(second.task_id, second.fence),
    ):
        assert heartbeat.due() == {first.task_id: first.fence, second.task_id: second.fence}
        heartbeat.beat_all(heartbeat.due())
    assert fresh(database, first.task_id) and fresh(database, second.task_id)
    # A task this process does not run keeps its old heartbeat: the sweeper may take it.
    assert not fresh(database, elsewhere.task_id)
    assert heartbeat.due() == {}


def test_a_beat_with_a_stale_fence_extends_nothing(database: Database) -> None:
    heartbeat = Heartbeat(database, interval=60)
    claim = claimed(database)
    # Another worker took the task over (a later attempt): this process's lease is gone.
    heartbeat.beat_all({claim.task_id: claim.fence - 1})
    assert not fresh(database, claim.task_id)


def test_a_task_past_its_deadline_gets_no_more_beats(database: Database) -> None:
    heartbeat = Heartbeat(database, interval=60)
    on_time, overdue = claimed(database), claimed(database)
    with (
        heartbeat.beating(on_time.task_id, on_time.fence, seconds=300),
        heartbeat.beating(overdue.task_id, overdue.fence, seconds=0),
    ):
        assert heartbeat.due() == {on_time.task_id: on_time.fence}
        heartbeat.beat_all(heartbeat.due())
    assert fresh(database, on_time.task_id)
    assert not fresh(database, overdue.task_id)


def test_the_arms_of_one_task_keep_its_lease_until_the_last_one_ends(
    database: Database,
) -> None:
    heartbeat = Heartbeat(database, interval=60)
    claim = claimed(database)
    with heartbeat.beating(claim.task_id, claim.fence, seconds=300):
        with heartbeat.beating(claim.task_id, claim.fence, seconds=300):
            pass
        # One arm is done, the other still runs: the task is still beaten for.
        assert heartbeat.due() == {claim.task_id: claim.fence}
    assert heartbeat.due() == {}


def test_a_cancel_is_seen_for_each_task_it_was_asked_for(
    database: Database,
) -> None:
    heartbeat = Heartbeat(database, interval=60)
    cancelled, running = claimed(database), claimed(database)
    with database.session() as session:
        session.execute(
            update(Task).where(Task.id == cancelled.task_id).values(cancel_requested=True)
        )
    with (
        heartbeat.beating(cancelled.task_id, cancelled.fence),
        heartbeat.beating(running.task_id, running.fence),
    ):
        heartbeat.beat_all(heartbeat.due())
        assert heartbeat.cancel_seen(cancelled.task_id)
        assert not heartbeat.cancel_seen(running.task_id)
    # Forgotten with the task, so the set does not grow with every task ever cancelled.
    assert not heartbeat.cancel_seen(cancelled.task_id)
