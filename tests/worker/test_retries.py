"""The one retry policy: how long each attempt waits, when the attempts run out, and the
one way the next attempt is scheduled."""

from __future__ import annotations

import orjson
import pytest
import redis
from celery import Celery
from sqlalchemy import select

from orchestrator_worker import retries
from orchestrator_worker.retries import RetryPolicy
from shared.db import Database
from shared.models import Task
from shared.transitions import database_now
from tests.worker.conftest import claimed_task, history


def test_backoff_doubles_from_the_base_with_jitter_and_is_capped() -> None:
    policy = RetryPolicy(retries=8, backoff_base=1.0, backoff_max=5.0)
    for attempt, ceiling in [(1, 1.0), (2, 2.0), (3, 4.0), (4, 5.0), (9, 5.0)]:
        delays = [policy.delay(attempt) for _ in range(50)]
        assert all(ceiling / 2 <= d <= ceiling for d in delays), (attempt, delays)


@pytest.mark.parametrize(("attempt", "exhausted"), [(1, False), (3, False), (4, True)])
def test_the_attempts_run_out_after_the_retries(attempt: int, exhausted: bool) -> None:
    assert RetryPolicy(retries=3, backoff_base=1, backoff_max=1).exhausted(attempt) is exhausted


def test_a_scheduled_retry_is_pending_until_its_countdown_and_published_with_it(
    database: Database, publisher: Celery, redis_client: redis.Redis
) -> None:
    claim = claimed_task(database, priority="high")
    assert retries.schedule(
        database, publisher, claim.task_id, fence=claim.fence, priority="high",
        time_limit=300, delay=30, reason="arms unavailable",
    )  # fmt: skip
    with database.session() as session:
        wait = session.execute(
            select(Task.not_before - database_now()).where(Task.id == claim.task_id)
        ).scalar_one()
    assert 29 <= wait.total_seconds() <= 30  # by the database's clock
    assert history(database, claim.task_id) == ["pending", "processing", "pending"]
    (raw,) = redis_client.lrange("high", 0, -1)
    headers = orjson.loads(raw)["headers"]
    assert headers["id"] == str(claim.task_id) and headers["eta"]

    # An attempt that no longer holds the task schedules nothing.
    assert not retries.schedule(
        database, publisher, claim.task_id, fence=claim.fence, priority="high",
        time_limit=300, delay=30, reason="again",
    )  # fmt: skip
    assert redis_client.llen("high") == 1
