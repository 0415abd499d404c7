"""Webhook deliveries: the outbox row of every terminal transition, and its signed sending.

Real Postgres (the rolled-back test transaction), real Redis, and a real receiver on
loopback that checks each signature with the key's secret.
"""

from __future__ import annotations

import base64
import dataclasses
import threading
import time
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import orjson
import pytest
import redis
from alembic import command
from celery import Celery
from sqlalchemy import select, update

from orchestrator_worker import pipeline, webhooks
from orchestrator_worker.sweeper import recover_lost
from shared.db import Database, make_engine
from shared.models import ApiKey, Task, WebhookAttempt, WebhookDelivery, utcnow
from shared.settings import Settings
from shared.states import ErrorCode, Status
from shared.webhooks import DELIVER_TASK, DELIVERY_QUEUE, new_secret
from tests.conftest import alembic_config
from tests.support.webhook_receiver import receiver, verify
from tests.worker.conftest import make_task

SECRET = new_secret()


@pytest.fixture
def hook_settings(worker_settings: Settings) -> Settings:
    """Receivers are on loopback; the backoff is short so retries come within a test."""
    return dataclasses.replace(
        worker_settings,
        webhook_allow_private=True,
        webhook_backoff_base=0.05,
        webhook_backoff_max=0.1,
        webhook_timeout_seconds=5.0,
        public_api_url="https://orchestrator.example.com/",
    )


@pytest.fixture
def http(hook_settings: Settings) -> webhooks.ServiceClient:
    return webhooks.client(hook_settings)


@pytest.fixture(autouse=True)
def no_announcer() -> Iterator[None]:
    """Tests choose whether this process announces deliveries (the worker's app does)."""
    webhooks.use_publisher(None)
    yield
    webhooks.use_publisher(None)


def hooked_claim(database: Database, url: str, **fields: Any) -> pipeline.Claim:
    """A claimed task with ``webhook_url``, its key holding ``SECRET``."""
    task_id = make_task(database, webhook_url=url, **fields)
    with database.session() as session:
        session.execute(update(ApiKey).where(ApiKey.id == "testkey").values(webhook_secret=SECRET))
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    return claim


def deliveries_of(database: Database, task_id: uuid.UUID) -> list[WebhookDelivery]:
    with database.session() as session:
        found = session.scalars(
            select(WebhookDelivery).where(WebhookDelivery.task_id == task_id)
        ).all()
        session.expunge_all()
        return list(found)


def attempts_of(database: Database, delivery_id: int) -> list[WebhookAttempt]:
    with database.session() as session:
        found = session.scalars(
            select(WebhookAttempt)
            .where(WebhookAttempt.delivery_id == delivery_id)
            .order_by(WebhookAttempt.id)
        ).all()
        session.expunge_all()
        return list(found)


def announced(redis_client: redis.Redis) -> list[str]:
    """The task ids of the delivery messages waiting on the delivery queue."""
    found = []
    for raw in redis_client.lrange(DELIVERY_QUEUE, 0, -1):
        message = orjson.loads(raw)
        if message["headers"]["task"] == DELIVER_TASK:
            found.append(orjson.loads(base64.b64decode(message["body"]))[0][0])
    return found


def come_due(database: Database, task_id: uuid.UUID) -> None:
    """Let the backoff pass: the test transaction's clock (Postgres ``now()``) stands still."""
    with database.session() as session:
        session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.task_id == task_id, WebhookDelivery.status == "pending")
            .values(next_attempt_at=utcnow() - timedelta(hours=1))
        )


FINISHES: dict[Status, dict[str, Any]] = {
    Status.COMPLETED: {"result": {"answer": 42}},
    Status.FAILED: {"error_code": ErrorCode.ARM_ERROR, "error_message": "the arm broke"},
    Status.BLOCKED: {"result": {"reflex": {}}, "reason": "blocked by the Reflex Layer"},
    Status.CANCELLED: {"reason": "cancelled by request"},
}


@pytest.mark.parametrize("to", list(FINISHES))
def test_each_terminal_status_writes_exactly_one_delivery(database: Database, to: Status) -> None:
    claim = hooked_claim(database, "https://hooks.example.com/in")
    assert pipeline.finish(database, claim, to, **FINISHES[to])
    assert not pipeline.finish(database, claim, to, **FINISHES[to])  # a second try: nothing
    (delivery,) = deliveries_of(database, claim.task_id)
    assert (delivery.event, delivery.url, delivery.status) == (
        to.value, "https://hooks.example.com/in", "pending",
    )  # fmt: skip
    with database.session() as session:
        task = session.get(Task, claim.task_id)
        assert task is not None and task.finished_at is not None
        finished_at = task.finished_at.isoformat()
    error = {"code": "arm_error", "message": "the arm broke"} if to is Status.FAILED else None
    assert delivery.payload == {"error": error, "finished_at": finished_at}
    assert delivery.next_attempt_at == delivery.created_at  # due at once


def test_a_task_without_webhook_url_writes_no_delivery(database: Database) -> None:
    task_id = make_task(database)
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
    assert deliveries_of(database, task_id) == []


def test_finishing_announces_the_delivery_after_the_commit(
    database: Database, publisher: Celery, redis_client: redis.Redis
) -> None:
    webhooks.use_publisher(publisher)
    claim = hooked_claim(database, "https://hooks.example.com/in")
    plain = pipeline.claim(database, make_task(database))
    assert plain is not None
    assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
    assert pipeline.finish(database, plain, Status.COMPLETED, result={"answer": 1})
    assert announced(redis_client) == [str(claim.task_id)]


def test_the_sweeper_failing_a_lost_task_writes_and_announces_its_delivery(
    hook_settings: Settings, database: Database, publisher: Celery, redis_client: redis.Redis
) -> None:
    webhooks.use_publisher(publisher)
    claim = hooked_claim(database, "https://hooks.example.com/in")
    long_ago = utcnow() - timedelta(hours=2)
    with database.session() as session:
        session.execute(
            update(Task)
            .where(Task.id == claim.task_id)
            .values(heartbeat_at=long_ago, started_at=long_ago)
        )
    assert recover_lost(database, publisher, hook_settings)["failed"] == 1
    (delivery,) = deliveries_of(database, claim.task_id)
    assert delivery.event == "failed" and delivery.payload["error"]["code"] == "timeout"
    assert announced(redis_client) == [str(claim.task_id)]


def test_a_delivery_is_signed_with_the_key_secret_and_recorded(
    hook_settings: Settings, database: Database, http: webhooks.ServiceClient
) -> None:
    with receiver(SECRET) as hook:
        claim = hooked_claim(database, hook.url)
        assert pipeline.finish(
            database, claim, Status.FAILED, error_code=ErrorCode.TIMEOUT, error_message="late"
        )
        assert webhooks.deliver_due(database, hook_settings, http, claim.task_id) == ["delivered"]
        # Nothing is due any more: a second message sends nothing.
        assert webhooks.deliver_due(database, hook_settings, http, claim.task_id) == []
        (call,) = hook.calls
    assert verify(call, SECRET) and not verify(call, new_secret())
    (delivery,) = deliveries_of(database, claim.task_id)
    assert call.headers["Content-Type"] == "application/json"
    assert call.headers["X-Orchestrator-Delivery"] == str(delivery.id)
    assert call.headers["X-Orchestrator-Event"] == "failed"
    assert abs(int(call.headers["X-Orchestrator-Timestamp"]) - time.time()) < 300
    assert call.json() == {
        "delivery_id": delivery.id,
        "task_id": str(claim.task_id),
        "status": "failed",
        "error": {"code": "timeout", "message": "late"},
        "result_url": f"https://orchestrator.example.com/tasks/{claim.task_id}",
        "finished_at": delivery.payload["finished_at"],
    }
    assert delivery.status == "delivered" and delivery.delivered_at is not None
    assert delivery.next_attempt_at is None and delivery.last_status_code == 200
    (attempt,) = attempts_of(database, delivery.id)
    assert (attempt.attempt, attempt.status_code, attempt.error) == (1, 200, None)
    assert attempt.duration_ms is not None and attempt.duration_ms >= 0


def test_a_failing_receiver_gets_the_delivery_once_it_recovers(
    hook_settings: Settings, database: Database, http: webhooks.ServiceClient
) -> None:
    with receiver(SECRET, 500, 503, 200) as hook:
        claim = hooked_claim(database, hook.url)
        assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
        outcomes: list[str] = []
        for _ in range(3):
            outcomes += webhooks.deliver_due(database, hook_settings, http, claim.task_id)
            # Not due again before its backoff has passed.
            assert webhooks.deliver_due(database, hook_settings, http, claim.task_id) == []
            come_due(database, claim.task_id)
        assert outcomes == ["retry", "retry", "delivered"]
        assert len(hook.calls) == 3 and all(verify(c, SECRET) for c in hook.calls)
        # The same delivery each time.
        assert len({c.headers["X-Orchestrator-Delivery"] for c in hook.calls}) == 1
    (delivery,) = deliveries_of(database, claim.task_id)
    assert delivery.status == "delivered" and delivery.attempts == 3
    attempts = attempts_of(database, delivery.id)
    assert [(a.attempt, a.status_code) for a in attempts] == [(1, 500), (2, 503), (3, 200)]
    assert "500" in (attempts[0].error or "") and attempts[2].error is None


def test_a_failed_attempt_waits_its_backoff(
    hook_settings: Settings, database: Database, http: webhooks.ServiceClient
) -> None:
    slow = dataclasses.replace(hook_settings, webhook_backoff_base=600, webhook_backoff_max=600)
    with receiver(SECRET, 500) as hook:
        claim = hooked_claim(database, hook.url)
        assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
        assert webhooks.deliver_due(database, slow, http, claim.task_id) == ["retry"]
        assert webhooks.deliver_due(database, slow, http, claim.task_id) == []
    (delivery,) = deliveries_of(database, claim.task_id)
    assert delivery.next_attempt_at is not None
    wait = (delivery.next_attempt_at - delivery.updated_at).total_seconds()
    assert 300 <= wait <= 600  # half the ceiling plus jitter
    assert delivery.last_status_code == 500 and delivery.status == "pending"


def test_a_delivery_fails_once_its_retry_window_is_over(
    hook_settings: Settings, database: Database, http: webhooks.ServiceClient
) -> None:
    short = dataclasses.replace(hook_settings, webhook_retry_window_seconds=0.01)
    with receiver(SECRET, 500) as hook:
        claim = hooked_claim(database, hook.url)
        assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
        time.sleep(0.05)
        assert webhooks.deliver_due(database, short, http, claim.task_id) == ["failed"]
    (delivery,) = deliveries_of(database, claim.task_id)
    assert delivery.status == "failed" and delivery.next_attempt_at is None
    assert [a.status_code for a in attempts_of(database, delivery.id)] == [500]


def test_the_target_is_checked_again_before_each_attempt(
    hook_settings: Settings, database: Database, http: webhooks.ServiceClient
) -> None:
    strict = dataclasses.replace(hook_settings, webhook_allow_private=False)
    with receiver(SECRET) as hook:
        claim = hooked_claim(database, hook.url)  # accepted earlier, now loopback is refused
        assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
        assert webhooks.deliver_due(database, strict, http, claim.task_id) == ["retry"]
        assert hook.calls == []
    (delivery,) = deliveries_of(database, claim.task_id)
    (attempt,) = attempts_of(database, delivery.id)
    assert attempt.status_code is None
    assert attempt.error is not None and "refused" in attempt.error
    assert "loopback" in attempt.error


def test_a_redirect_is_not_followed(
    hook_settings: Settings, database: Database, http: webhooks.ServiceClient
) -> None:
    with receiver(SECRET) as hook:
        hook.stub.replace(
            "POST", "/hooks/orchestrator", status=302, headers={"Location": "http://10.0.0.1/"}
        )
        claim = hooked_claim(database, hook.url)
        assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
        assert webhooks.deliver_due(database, hook_settings, http, claim.task_id) == ["retry"]
        assert len(hook.stub.calls) == 1
    (delivery,) = deliveries_of(database, claim.task_id)
    assert delivery.last_status_code == 302
    assert "redirects are not followed" in (delivery.last_error or "")


def test_a_claimed_delivery_is_not_sent_by_another_attempt(
    hook_settings: Settings, database: Database, http: webhooks.ServiceClient
) -> None:
    with receiver(SECRET) as hook:
        claim = hooked_claim(database, hook.url)
        assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
        (delivery,) = deliveries_of(database, claim.task_id)
        assert webhooks.claim(database, hook_settings, delivery.id) is not None
        # Another node, or a redelivered message: the lease holds it.
        assert webhooks.send(database, hook_settings, http, delivery.id) == "skipped"
        assert webhooks.deliver_due(database, hook_settings, http, claim.task_id) == []
        assert hook.calls == []
        # The claimer died mid-POST: once the lease is over, the delivery is due again.
        with database.session() as session:
            session.execute(
                update(WebhookDelivery)
                .where(WebhookDelivery.id == delivery.id)
                .values(next_attempt_at=utcnow() - timedelta(seconds=1))
            )
        assert webhooks.deliver_due(database, hook_settings, http, claim.task_id) == ["delivered"]
    (again,) = deliveries_of(database, claim.task_id)
    assert again.attempts == 2  # the lost claim counted
    assert [a.attempt for a in attempts_of(database, delivery.id)] == [2]


def test_the_sweep_announces_deliveries_left_due_once_per_period(
    hook_settings: Settings, database: Database, publisher: Celery, redis_client: redis.Redis
) -> None:
    claim = hooked_claim(database, "https://hooks.example.com/in")
    assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
    # Just written: its own announcement is expected to arrive.
    assert webhooks.republish_due(database, publisher, hook_settings) == 0
    (delivery,) = deliveries_of(database, claim.task_id)
    with database.session() as session:  # the announcement was lost, a while ago
        session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery.id)
            .values(
                updated_at=utcnow() - timedelta(minutes=5),
                next_attempt_at=utcnow() - timedelta(minutes=5),
            )
        )
    assert webhooks.republish_due(database, publisher, hook_settings) == 1
    assert announced(redis_client) == [str(claim.task_id)]
    assert webhooks.republish_due(database, publisher, hook_settings) == 0
    # A retry whose time has come is announced at the next sweep.
    with database.session() as session:
        session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery.id)
            .values(
                updated_at=utcnow() - timedelta(seconds=2),
                next_attempt_at=utcnow() - timedelta(seconds=1),
            )
        )
    assert webhooks.republish_due(database, publisher, hook_settings) == 1


def sqlite_database(tmp_path: Path, migrate: bool = True) -> Database:
    url = f"sqlite:///{tmp_path / 'orchestrator.db'}"
    if migrate:
        command.upgrade(alembic_config(url), "head")
    return Database(make_engine(Settings.from_env({}, database_url=url)))


def test_the_outbox_works_on_sqlite(
    tmp_path: Path, hook_settings: Settings, http: webhooks.ServiceClient
) -> None:
    database = sqlite_database(tmp_path)
    try:
        with receiver(SECRET) as hook:
            claim = hooked_claim(database, hook.url)
            plain = pipeline.claim(database, make_task(database))
            assert plain is not None
            assert pipeline.finish(
                database, claim, Status.FAILED, error_code=ErrorCode.NO_ARM, error_message="x"
            )
            assert pipeline.finish(database, plain, Status.COMPLETED, result={"answer": 1})
            assert deliveries_of(database, plain.task_id) == []
            (delivery,) = deliveries_of(database, claim.task_id)
            with database.session() as session:
                task = session.get(Task, claim.task_id)
                assert task is not None and task.finished_at is not None
                finished_at = task.finished_at.isoformat()
            assert delivery.payload == {
                "error": {"code": "no_arm", "message": "x"},
                "finished_at": finished_at,
            }
            assert webhooks.deliver_due(database, hook_settings, http, claim.task_id) == [
                "delivered"
            ]
            (call,) = hook.calls
            assert verify(call, SECRET) and call.json()["task_id"] == str(claim.task_id)
    finally:
        database.dispose()


def test_two_nodes_racing_send_a_delivery_once(
    tmp_path: Path, hook_settings: Settings, http: webhooks.ServiceClient
) -> None:
    # Two Database objects, two connection pools: as two worker nodes.
    first = sqlite_database(tmp_path)
    second = sqlite_database(tmp_path, migrate=False)
    try:
        with receiver(SECRET) as hook:
            claim = hooked_claim(first, hook.url)
            assert pipeline.finish(first, claim, Status.COMPLETED, result={"answer": 1})
            start = threading.Barrier(2)
            outcomes: list[str] = []

            def node(database: Database) -> None:
                start.wait()
                outcomes.extend(webhooks.deliver_due(database, hook_settings, http, claim.task_id))

            threads = [threading.Thread(target=node, args=(db,)) for db in (first, second)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(30)
            assert len(hook.calls) == 1
        assert outcomes.count("delivered") == 1 and set(outcomes) <= {"delivered", "skipped"}
        (delivery,) = deliveries_of(first, claim.task_id)
        assert delivery.status == "delivered"
        assert len(attempts_of(first, delivery.id)) == 1
    finally:
        first.dispose()
        second.dispose()
