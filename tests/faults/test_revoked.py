"""A queued task revoked in Celery (as Flower's "revoke" does) ends ``cancelled`` through
our own cancel path, instead of staying ``pending`` while every re-publish is discarded."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from shared.broker import make_publisher
from shared.settings import Settings
from tests.faults.conftest import events_of, launch, post_submit, record
from tests.support.processes import wait_for
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


@pytest.mark.timeout(180)
def test_a_revoked_queued_task_ends_cancelled(
    faults_database: str, private_redis: RedisServer
) -> None:
    with launch(faults_database, private_redis.url, concurrency=1) as stack:
        # One thread, busy: the next task waits in the queue.
        busy = post_submit(stack, {"goal": "Summarize a long report", "metadata":
                                   {"simulate_seconds": 6}}).json()["task_id"]  # fmt: skip
        wait_for(lambda: events_of(stack, busy)[-1] == "processing", 30, "the busy task", 0.1)
        queued = post_submit(stack, {"goal": "Summarize a short note"}).json()["task_id"]

        control = make_publisher(Settings.from_env(stack.env))
        control.control.revoke(queued)
        revoked_at = time.monotonic()

        def cancelled() -> bool:
            with stack.engine.connect() as conn:
                status = conn.execute(
                    text("SELECT status FROM tasks WHERE id = :id"), {"id": queued}
                ).scalar_one()
            return bool(status == "cancelled")

        wait_for(cancelled, 40, "the revoked task to end cancelled", 0.2)
        seconds = time.monotonic() - revoked_at
        with stack.engine.connect() as conn:
            reasons = [
                r[0]
                for r in conn.execute(
                    text("SELECT reason FROM task_events WHERE task_id = :id ORDER BY id"),
                    {"id": queued},
                )
            ]
        record("revoked_in_celery", {"seconds_to_cancelled": round(seconds, 1)})

        assert events_of(stack, queued) == ["pending", "cancelled"]
        assert reasons[-1] == "cancelled: revoked in Celery"
        assert stack.wait_terminal(busy)["status"] == "completed"
