"""Nothing accepted is lost: submit while Redis is down, the sweeper, concurrent idempotency."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta

import orjson
import pytest
import redis
from alembic import command
from sqlalchemy import Connection, func, select, update
from sqlalchemy.orm import Session

from orchestrator_api.app import create_app
from orchestrator_api.extensions import db
from orchestrator_worker.sweeper import republish_stale_pending
from shared.broker import make_publisher
from shared.db import Database, make_engine
from shared.keys import create_key
from shared.models import Task, utcnow
from shared.settings import Settings
from tests.api.conftest import AppFactory, closed_url
from tests.conftest import alembic_config, derived_database_url, recreate_database, truncate_all


@pytest.fixture
def sweep_database(connection: Connection) -> Database:
    """The sweeper's database inside the rolled-back test transaction."""
    return Database(connection)


def backdate(session: Session, task_ids: list[uuid.UUID], seconds: float) -> datetime:
    """Make the tasks look untouched for ``seconds`` longer than the sweeper waits: ages are
    judged by the database's clock, so the rows move, not the clock. Returns the new time."""
    then = utcnow() - timedelta(seconds=seconds)
    session.execute(update(Task).where(Task.id.in_(task_ids)).values(updated_at=then))
    session.commit()
    return then


@pytest.fixture
def publisher(api_settings: Settings) -> Iterator[object]:
    app = make_publisher(api_settings)
    yield app
    app.close()


def _queued(redis_client: redis.Redis, queue: str) -> list[str]:
    return [orjson.loads(raw)["headers"]["id"] for raw in redis_client.lrange(queue, 0, -1)]


def test_submit_while_redis_is_down_is_accepted_then_swept(
    make_app: AppFactory,
    auth: dict[str, str],
    session: Session,
    sweep_database: Database,
    publisher: object,
    api_settings: Settings,
    redis_client: redis.Redis,
) -> None:
    client = make_app(redis_url=closed_url("redis", "/0")).test_client()

    response = client.post("/submit", json={"goal": "g"}, headers=auth)

    assert response.status_code == 202
    task_id = uuid.UUID(response.get_json()["task_id"])
    task = session.get(Task, task_id)
    assert task is not None and task.status == "pending"
    assert redis_client.llen("medium") == 0

    then = backdate(session, [task_id], api_settings.republish_after_seconds + 10)
    assert republish_stale_pending(sweep_database, publisher, api_settings) == 1

    assert _queued(redis_client, "medium") == [str(task_id)]
    session.expire_all()
    touched = session.get(Task, task_id)
    assert touched is not None and touched.updated_at > then
    # Touched: the next sweep leaves it alone.
    assert republish_stale_pending(sweep_database, publisher, api_settings) == 0
    assert redis_client.llen("medium") == 1


def test_sweeper_leaves_fresh_and_non_pending_tasks(
    submit_ids: list[uuid.UUID],
    session: Session,
    sweep_database: Database,
    publisher: object,
    api_settings: Settings,
    redis_client: redis.Redis,
) -> None:
    fresh, started = submit_ids[:2]
    redis_client.delete("medium")
    session.execute(update(Task).where(Task.id == started).values(status="processing"))
    session.commit()

    assert republish_stale_pending(sweep_database, publisher, api_settings) == 0
    backdate(session, submit_ids, api_settings.republish_after_seconds + 10)
    assert republish_stale_pending(sweep_database, publisher, api_settings) == 1
    assert _queued(redis_client, "medium") == [str(fresh)]


def test_sweeper_waits_for_not_before(
    submit_ids: list[uuid.UUID],
    session: Session,
    sweep_database: Database,
    publisher: object,
    api_settings: Settings,
    redis_client: redis.Redis,
) -> None:
    redis_client.delete("medium")
    wait = api_settings.republish_after_seconds + 10
    backdate(session, submit_ids, wait)
    not_before = utcnow() + timedelta(minutes=10)
    session.execute(update(Task).where(Task.id.in_(submit_ids)).values(not_before=not_before))
    session.commit()

    assert republish_stale_pending(sweep_database, publisher, api_settings) == 0
    # Due once not_before plus the same wait have passed.
    passed = utcnow() - timedelta(seconds=wait)
    session.execute(update(Task).where(Task.id.in_(submit_ids)).values(not_before=passed))
    session.commit()
    assert republish_stale_pending(sweep_database, publisher, api_settings) == 2
    assert sorted(_queued(redis_client, "medium")) == sorted(str(i) for i in submit_ids)


def test_sweeper_with_broker_down_publishes_nothing_and_keeps_tasks_due(
    submit_ids: list[uuid.UUID],
    session: Session,
    sweep_database: Database,
    api_settings: Settings,
) -> None:
    down = make_publisher(dataclasses.replace(api_settings, redis_url=closed_url("redis", "/0")))
    then = backdate(session, submit_ids, api_settings.republish_after_seconds + 10)

    assert republish_stale_pending(sweep_database, down, api_settings) == 0

    session.expire_all()
    task = session.get(Task, submit_ids[0])
    assert task is not None and task.updated_at == then
    down.close()


@pytest.fixture
def submit_ids(make_app: AppFactory, auth: dict[str, str]) -> list[uuid.UUID]:
    client = make_app().test_client()
    return [
        uuid.UUID(client.post("/submit", json={"goal": "g"}, headers=auth).get_json()["task_id"])
        for _ in range(2)
    ]


@pytest.fixture(scope="module")
def committed_settings(settings: Settings) -> Iterator[Settings]:
    """A database of its own whose data is committed, for tests across threads."""
    url = derived_database_url("committed")
    recreate_database(url)
    command.upgrade(alembic_config(url), "head")
    yield dataclasses.replace(settings, database_url=url, rate_limit_per_minute=0)


def test_concurrent_repeats_of_an_idempotency_key_make_one_task(
    committed_settings: Settings, redis_client: redis.Redis
) -> None:
    engine = make_engine(committed_settings)
    truncate_all(engine)
    with Database(engine).session() as session:
        _, raw_key = create_key(session, "concurrent")
    app = create_app(committed_settings)
    headers = {"Authorization": f"Bearer {raw_key}", "Idempotency-Key": "charge-7"}
    repeats = 8
    barrier = threading.Barrier(repeats)
    answers: list[tuple[int, str]] = []
    lock = threading.Lock()

    def post() -> None:
        client = app.test_client()
        barrier.wait(timeout=10)
        response = client.post("/submit", json={"goal": "g"}, headers=headers)
        with lock:
            answers.append((response.status_code, response.get_json()["task_id"]))

    threads = [threading.Thread(target=post) for _ in range(repeats)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    try:
        assert len(answers) == repeats
        assert sorted(status for status, _ in answers) == [200] * (repeats - 1) + [202]
        assert len({task_id for _, task_id in answers}) == 1
        with engine.connect() as conn:
            assert conn.scalar(select(func.count()).select_from(Task)) == 1
        assert redis_client.llen("medium") == 1
    finally:
        with app.app_context():
            for bound in db.engines.values():
                bound.dispose()
        truncate_all(engine)
        engine.dispose()
