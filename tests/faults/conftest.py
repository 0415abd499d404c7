"""Fault, load and access tests: the whole stack on loopback, then something breaks.

Each test gets its own private redis-server (so a restart or a flush touches nobody else)
and the ``<test db>_faults`` database, truncated before the stack starts. The stack is the
end-to-end harness's ``Stack``; the Postgres restart test brings its own Postgres cluster.
"""

from __future__ import annotations

import json
import re
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import redis
import requests
from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import Session

from shared.db import make_engine
from shared.keys import create_key
from shared.ports import free_port
from shared.settings import Settings
from tests.conftest import alembic_config, derived_database_url, recreate_database, truncate_all
from tests.e2e.conftest import FAST, Stack
from tests.support.servers import RedisServer

TERMINAL = ("completed", "failed", "blocked", "cancelled")
REPORT = Path(tempfile.gettempdir()) / "orchestrator-reliability"


@pytest.fixture(scope="session")
def faults_database() -> str:
    url = derived_database_url("faults")
    recreate_database(url)
    command.upgrade(alembic_config(url), "head")
    return url


@pytest.fixture
def private_redis() -> Iterator[RedisServer]:
    server = RedisServer().start()
    yield server
    server.stop()


@contextmanager
def launch(
    database_url: str,
    redis_url: str,
    *,
    workers: tuple[str, ...] = ("worker-a",),
    concurrency: int = 2,
    api_workers: int = 1,
    env: dict[str, str] | None = None,
    truncate: bool = True,
) -> Iterator[Stack]:
    """Reflex, arms, the API and worker nodes named ``workers``; everything stopped after."""
    full_env = {
        **FAST,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "REFLEX_URL": f"http://127.0.0.1:{free_port()}",
        "ARM_URLS": f"http://127.0.0.1:{free_port()}",
        "LOG_LEVEL": "info",
        **(env or {}),
    }
    engine = make_engine(Settings.from_env(full_env))
    if truncate:
        truncate_all(engine)
    client = redis.Redis.from_url(redis_url)
    stack = Stack(env=full_env, engine=engine, redis=client)
    try:
        stack.start_reflex()
        stack.start("arms", ["arms", "--port", _port(full_env["ARM_URLS"])],
                    f"{full_env['ARM_URLS']}/health")  # fmt: skip
        stack.api_url = f"http://127.0.0.1:{free_port()}"
        stack.start("api", ["api", "--port", _port(stack.api_url), "--workers", str(api_workers)],
                    f"{stack.api_url}/health")  # fmt: skip
        for name in workers:
            stack.start_worker(name, concurrency)
        stack.key = new_key(stack, "faults")
        yield stack
    finally:
        stack.stop_all()
        engine.dispose()
        client.close()


def _port(url: str) -> str:
    return url.rsplit(":", 1)[1]


def new_key(stack: Stack, name: str) -> str:
    with Session(stack.engine) as session:
        key = create_key(session, name)[1]
        session.commit()
    return key


def start_arms(stack: Stack) -> None:
    stack.start("arms", ["arms", "--port", _port(stack.env["ARM_URLS"])],
                f"{stack.env['ARM_URLS']}/health")  # fmt: skip


def post_submit(
    stack: Stack, contract: dict[str, Any], key: str | None = None, timeout: float = 15
) -> requests.Response:
    return requests.post(
        f"{stack.api_url}/submit",
        json=contract,
        headers={"Authorization": f"Bearer {key or stack.key}"},
        timeout=timeout,
    )


@dataclass
class Ledger:
    """What the database says about a set of accepted tasks."""

    accepted: list[str]
    statuses: dict[str, str] = field(default_factory=dict)
    terminal_events: dict[str, int] = field(default_factory=dict)
    results: dict[str, int] = field(default_factory=dict)

    @property
    def finished(self) -> list[str]:
        return [t for t in self.accepted if self.statuses.get(t) in TERMINAL]

    @property
    def lost(self) -> list[str]:
        """Accepted but missing, or not finished."""
        return [t for t in self.accepted if self.statuses.get(t) not in TERMINAL]

    @property
    def duplicated(self) -> list[str]:
        """Finished more than once: several terminal events or several result rows."""
        return [
            t
            for t in self.accepted
            if self.terminal_events.get(t, 0) > 1 or self.results.get(t, 0) > 1
        ]

    def count(self, status: str) -> int:
        return sum(1 for t in self.accepted if self.statuses.get(t) == status)

    def summary(self) -> dict[str, int]:
        """The figures every fault test reports."""
        return {
            "completed": self.count("completed"),
            "lost": len(self.lost),
            "duplicated": len(self.duplicated),
        }


def read_ledger(stack: Stack, accepted: list[str]) -> Ledger:
    ledger = Ledger(accepted=list(accepted))
    with stack.engine.connect() as conn:
        ledger.statuses = {str(i): s for i, s in conn.execute(text("SELECT id, status FROM tasks"))}
        ledger.terminal_events = {
            str(i): n
            for i, n in conn.execute(
                text(
                    "SELECT task_id, count(*) FROM task_events "
                    "WHERE to_status IN ('completed', 'failed', 'blocked', 'cancelled') "
                    "GROUP BY task_id"
                )
            )
        }
        ledger.results = {
            str(i): n
            for i, n in conn.execute(
                text("SELECT task_id, count(*) FROM task_results GROUP BY task_id")
            )
        }
    return ledger


def wait_all_terminal(stack: Stack, accepted: list[str], timeout: float) -> Ledger:
    """Poll the database until every accepted task is terminal, or ``timeout`` passes."""
    deadline = time.monotonic() + timeout
    ledger = read_ledger(stack, accepted)
    while ledger.lost and time.monotonic() < deadline:
        time.sleep(0.5)
        ledger = read_ledger(stack, accepted)
    return ledger


def events_of(stack: Stack, task_id: str) -> list[str]:
    with stack.engine.connect() as conn:
        return [
            row[0]
            for row in conn.execute(
                text("SELECT to_status FROM task_events WHERE task_id = :id ORDER BY id"),
                {"id": task_id},
            )
        ]


def metric_sum(exposition: str, name: str) -> float:
    """The sum of every sample of ``name`` in a Prometheus text exposition."""
    return sum(float(v) for v in re.findall(rf"^{name}(?:{{[^}}]*}})? (\S+)$", exposition, re.M))


def record(name: str, figures: dict[str, Any]) -> None:
    """Keep a test's figures (printed, and saved for docs/reliability.md)."""
    print(f"\n[reliability] {name}: {json.dumps(figures, sort_keys=True)}")
    REPORT.mkdir(exist_ok=True)
    (REPORT / f"{name}.json").write_text(json.dumps(figures, indent=2, sort_keys=True))


def poll(predicate: Callable[[], bool], timeout: float, interval: float = 0.2) -> float | None:
    """Seconds until ``predicate`` held, or None if it never did within ``timeout``."""
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        try:
            if predicate():
                return time.monotonic() - started
        except Exception:
            pass
        time.sleep(interval)
    return None
