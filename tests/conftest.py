"""Fixtures shared by every suite: a real Postgres database built by Alembic, real Redis.

``TEST_DATABASE_URL`` and ``TEST_REDIS_URL`` choose them (defaults: database
``orchestrator_test`` and Redis db 15 on loopback). The database is created anew for each
run and its schema built by ``alembic upgrade head``, so the migrations are under test too.

Under pytest-xdist each worker ``gwN`` has its own of each: the database name gains
``_gwN`` (and so does every database derived from it), and the Redis db numbers of
``TEST_REDIS_URL`` and ``TEST_E2E_REDIS_URL`` go down by N: 15-10 for the unit tests and 9-4
for the end-to-end stacks, so at most ``MAX_XDIST_WORKERS`` workers fit in Redis's 16 dbs
(tests that need a Redis of their own start one, ``tests/support/servers.py``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
import redis
from alembic import command
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from migrations import alembic_config
from shared.db import make_engine, normalize_url
from shared.models import Base
from shared.settings import Settings

__all__ = ["alembic_config"]  # the migrations' config, imported from here by the suites
from tests.support.http_stub import JsonHandler, serving, url_of

# "gw0", "gw1", … under pytest-xdist; empty in a run without it.
XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
_WORKER_INDEX = int(XDIST_WORKER[2:]) if XDIST_WORKER.startswith("gw") else 0
MAX_XDIST_WORKERS = 6
if _WORKER_INDEX >= MAX_XDIST_WORKERS:
    raise pytest.UsageError(
        f"at most {MAX_XDIST_WORKERS} pytest-xdist workers: each takes two Redis dbs of 16"
    )


# What a test costs, roughly, by its tier: seconds of a fault or load test (``slow``), of a
# test with a stack of processes (``e2e``), of a unit test.
TIER_SECONDS = {"slow": 30.0, "e2e": 8.0}
UNIT_SECONDS = 0.1


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Run the costliest files first, each file's tests in their own order.

    pytest-xdist (``--dist loadfile --no-loadscope-reorder``, see the Makefile) hands the
    files out in this order as its processes come free: the long fault and end-to-end files
    start at once, side by side, and the many short unit files fill in behind them, so no
    process is left running a long file alone at the end.
    """
    cost: dict[str, float] = {}
    for item in items:
        seconds = next(
            (s for marker, s in TIER_SECONDS.items() if item.get_closest_marker(marker)),
            UNIT_SECONDS,
        )
        cost[item.location[0]] = cost.get(item.location[0], 0.0) + seconds
    items.sort(key=lambda item: -cost[item.location[0]])


def _per_worker_database(url: str) -> str:
    if not XDIST_WORKER:
        return url
    parsed = make_url(url)
    return parsed.set(database=f"{parsed.database}_{XDIST_WORKER}").render_as_string(
        hide_password=False
    )


def per_worker_redis(url: str) -> str:
    """``url`` with its db number lowered by this xdist worker's index."""
    base, _, db = url.rpartition("/")
    if not _WORKER_INDEX or not db.isdigit():
        return url
    return f"{base}/{int(db) - _WORKER_INDEX}"


TEST_DATABASE_URL = _per_worker_database(
    normalize_url(
        os.environ.get("TEST_DATABASE_URL", "postgresql://root@127.0.0.1:5432/orchestrator_test")
    )
)
TEST_REDIS_URL = per_worker_redis(os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15"))


def recreate_database(url: str) -> None:
    """Drop and create the Postgres database named in ``url``."""
    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{parsed.database}"'))
    admin.dispose()


def derived_database_url(suffix: str) -> str:
    parsed = make_url(TEST_DATABASE_URL)
    return parsed.set(database=f"{parsed.database}_{suffix}").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def database_url() -> str:
    recreate_database(TEST_DATABASE_URL)
    command.upgrade(alembic_config(TEST_DATABASE_URL), "head")
    return TEST_DATABASE_URL


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings.from_env(
        {},
        database_url=database_url,
        redis_url=TEST_REDIS_URL,
        log_format="text",
    )


@pytest.fixture(scope="session")
def engine(settings: Settings) -> Iterator[Engine]:
    engine = make_engine(settings)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    """A connection inside a transaction that is rolled back after the test."""
    conn = engine.connect()
    outer = conn.begin()
    yield conn
    if outer.is_active:
        outer.rollback()
    conn.close()


@pytest.fixture
def session(connection: Connection) -> Iterator[Session]:
    """An ORM session joined to the rolled-back test transaction."""
    factory = sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    sess = factory()
    yield sess
    sess.close()


@pytest.fixture
def redis_client() -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(TEST_REDIS_URL)
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


class _ReflexHealth(JsonHandler):
    def do_GET(self) -> None:
        ok = self.path == "/health"
        self.send_json(200 if ok else 404, {"status": "healthy"} if ok else {})


@pytest.fixture(scope="session")
def reflex_url() -> Iterator[str]:
    """A real HTTP server answering ``GET /health`` like the Reflex Layer."""
    with serving(_ReflexHealth) as server:
        yield url_of(server)


def truncate_all(engine: Engine) -> None:
    tables = ", ".join(t.name for t in reversed(Base.metadata.sorted_tables))
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} CASCADE"))
