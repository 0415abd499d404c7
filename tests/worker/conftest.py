from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis

from orchestrator_worker.breakers import forget_all
from shared.settings import Settings
from tests.support.http_stub import Stub, stub_server


@pytest.fixture
def reflex_stub() -> Iterator[Stub]:
    """The Reflex Layer of ``worker_settings``: a loopback server with scripted answers."""
    with stub_server() as stub:
        yield stub


@pytest.fixture
def arms_stub() -> Iterator[Stub]:
    """The arm service of ``worker_settings``: a loopback server with scripted answers."""
    with stub_server() as stub:
        yield stub


@pytest.fixture
def worker_settings(settings: Settings, reflex_stub: Stub, arms_stub: Stub) -> Settings:
    return Settings.from_env(
        {},
        database_url=settings.database_url,
        redis_url=settings.redis_url,
        reflex_url=reflex_stub.url,
        arm_urls=(arms_stub.url,),
        reflex_retries=2,
        reflex_backoff_base=0.0,
        breaker_fail_max=3,
        breaker_reset_timeout=0.3,
        reflex_outage_window_seconds=60,
        retry_backoff_base=0.5,
        log_format="text",
    )


@pytest.fixture(autouse=True)
def fresh_breakers(redis_client: redis.Redis) -> Iterator[None]:
    """Breakers keep state in Redis: start each test closed."""
    forget_all()
    yield
    forget_all()


import uuid  # noqa: E402
from typing import Any  # noqa: E402

from celery import Celery  # noqa: E402
from sqlalchemy import Connection  # noqa: E402

from orchestrator_worker import pipeline  # noqa: E402
from orchestrator_worker.arms import ArmClient, ArmRegistry  # noqa: E402
from orchestrator_worker.heartbeat import Heartbeat  # noqa: E402
from orchestrator_worker.reflex_client import ReflexClient  # noqa: E402
from orchestrator_worker.retries import RetryPolicy  # noqa: E402
from shared.broker import make_publisher  # noqa: E402
from shared.db import Database  # noqa: E402
from shared.models import ApiKey, Task, TaskEvent  # noqa: E402


@pytest.fixture
def database(connection: Connection) -> Database:
    """The database of the rolled-back test transaction: its units of work are savepoints."""
    return Database(connection)


@pytest.fixture
def publisher(worker_settings: Settings) -> Iterator[Celery]:
    """Publishes retries to the test Redis db, as a worker does to its broker."""
    app = make_publisher(worker_settings)
    yield app
    app.close()


def services_for(
    settings: Settings, database: Database, redis_client: redis.Redis, publisher: Celery
) -> pipeline.Services:
    """What a worker process builds in ``tasks.services()``, for ``settings``."""
    return pipeline.Services(
        settings=settings,
        database=database,
        reflex=ReflexClient(settings, redis_client),
        registry=ArmRegistry(settings),
        arms=ArmClient(settings, redis_client),
        heartbeat=Heartbeat(database, settings.heartbeat_interval_seconds),
        publisher=publisher,
        retry=RetryPolicy.from_settings(settings),
    )


@pytest.fixture
def services(
    worker_settings: Settings, database: Database, redis_client: redis.Redis, publisher: Celery
) -> pipeline.Services:
    return services_for(worker_settings, database, redis_client, publisher)


def make_task(database: Database, **fields: Any) -> uuid.UUID:
    """A pending task as the API stores it, with its first event."""
    with database.session() as session:
        if session.get(ApiKey, "testkey") is None:
            session.add(ApiKey(id="testkey", name="tests", key_hash="0" * 64))
            session.flush()
        task = Task(
            owner_id="testkey",
            goal=fields.pop("goal", "Summarize the quarterly report"),
            constraints=fields.pop("constraints", {}),
            acceptance_criteria=fields.pop("acceptance_criteria", []),
            budget=fields.pop(
                "budget", {"max_tokens": 10000, "max_time_seconds": 300, "max_cost_usd": 1.0}
            ),
            metadata_=fields.pop("metadata", {}),
            **fields,
        )
        session.add(task)
        session.flush()
        session.add(TaskEvent(task_id=task.id, from_status=None, to_status="pending"))
        return task.id


def claimed_task(database: Database, **fields: Any) -> pipeline.Claim:
    """A task made as the API stores it, then claimed by this process."""
    claim = pipeline.claim(database, make_task(database, **fields))
    assert claim is not None
    return claim


def history(database: Database, task_id: uuid.UUID) -> list[str]:
    from sqlalchemy import select

    with database.session() as session:
        rows = session.execute(
            select(TaskEvent.to_status).where(TaskEvent.task_id == task_id).order_by(TaskEvent.id)
        )
        return [r[0] for r in rows]
