"""A whole stack on loopback for end-to-end tests: Reflex, arms, workers, API.

It uses its own database (created by Alembic, truncated between tests) and its own Redis
db (``TEST_E2E_REDIS_URL``), never flushed while workers run: Celery keeps its queue
bindings there.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
import redis
import requests
from alembic import command
from sqlalchemy import Engine

from shared.db import make_engine
from shared.keys import create_key
from shared.ports import free_port
from shared.settings import Settings
from tests.conftest import (
    alembic_config,
    derived_database_url,
    per_worker_redis,
    recreate_database,
    truncate_all,
)
from tests.support.processes import Service, wait_for

E2E_REDIS_URL = per_worker_redis(os.environ.get("TEST_E2E_REDIS_URL", "redis://127.0.0.1:6379/9"))

# Short intervals so recovery paths finish within a test's time.
FAST = {
    "SWEEP_INTERVAL_SECONDS": "1",
    "REPUBLISH_AFTER_SECONDS": "3",
    "HEARTBEAT_INTERVAL_SECONDS": "0.5",
    "LEASE_TIMEOUT_SECONDS": "4",
    "RETRY_BACKOFF_BASE": "0.5",
    "RETRY_BACKOFF_MAX": "2",
    "BREAKER_RESET_TIMEOUT": "2",
    "REFLEX_BACKOFF_BASE": "0.05",
    "ARM_CAPABILITIES_TTL": "2",
    "LOG_FORMAT": "text",
    "API_RATE_LIMIT_PER_MINUTE": "0",
}


@dataclass
class Stack:
    env: dict[str, str]
    engine: Engine
    redis: redis.Redis
    services: dict[str, Service] = field(default_factory=dict)
    api_url: str = ""
    key: str = ""

    def start(self, name: str, args: list[str], health: str | None = None) -> Service:
        service = Service(name, args, self.env)
        self.services[name] = service
        if health:
            service.wait_http(health)
        return service

    def start_reflex(self) -> Service:
        port = self.env["REFLEX_URL"].rsplit(":", 1)[1]
        return self.start("reflex", ["reflex", "--port", port, "--workers", "1"],
                          f"{self.env['REFLEX_URL']}/health")  # fmt: skip

    def start_worker(self, name: str = "worker", concurrency: int = 2) -> Service:
        service = self.start(
            name, ["worker", "--concurrency", str(concurrency), "--hostname", f"{name}@e2e"]
        )
        return service.wait_output("ready", timeout=60)

    def stop(self, name: str) -> None:
        self.services.pop(name).stop()

    def stop_all(self) -> None:
        """Stop every service: all are told at once, so the workers close their keep-alive
        connections while the servers shut down (one by one, a server would wait out its
        graceful timeout, 10 s, for a client still running)."""
        services = [self.services.pop(name) for name in reversed(list(self.services))]
        for service in services:
            service.terminate()
        for service in services:
            service.stop()

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.key}"}

    def submit(self, **contract: object) -> str:
        response = requests.post(f"{self.api_url}/submit", json=contract, headers=self.auth,
                                 timeout=10)  # fmt: skip
        assert response.status_code == 202, response.text
        return str(response.json()["task_id"])

    def task(self, task_id: str) -> dict[str, object]:
        response = requests.get(f"{self.api_url}/tasks/{task_id}", headers=self.auth, timeout=10)
        assert response.status_code == 200, response.text
        body: dict[str, object] = response.json()
        return body

    def wait_terminal(self, task_id: str, timeout: float = 60) -> dict[str, object]:
        seen: dict[str, object] = {}

        def done() -> bool:
            seen.update(self.task(task_id))
            return seen["status"] in ("completed", "failed", "blocked", "cancelled")

        wait_for(done, timeout, f"task {task_id} to finish (last: {seen.get('status')})", 0.2)
        return seen

    def events(self, task_id: str) -> list[str]:
        response = requests.get(f"{self.api_url}/tasks/{task_id}/events", headers=self.auth,
                                timeout=10)  # fmt: skip
        assert response.status_code == 200, response.text
        body = response.json()
        rows = body["events"] if isinstance(body, dict) else body
        return [row["to_status"] for row in rows]


@pytest.fixture(scope="session")
def e2e_database() -> str:
    url = derived_database_url("e2e")
    recreate_database(url)
    command.upgrade(alembic_config(url), "head")
    return url


@pytest.fixture(scope="module")
def stack(e2e_database: str, request: pytest.FixtureRequest) -> Iterator[Stack]:
    """Reflex, arms, one worker (2 processes) and the API, started once per module; a
    module's ``STACK_ENV`` adds to (or overrides) their environment."""
    redis_client = redis.Redis.from_url(E2E_REDIS_URL)
    redis_client.flushdb()
    env = {
        **FAST,
        "DATABASE_URL": e2e_database,
        "REDIS_URL": E2E_REDIS_URL,
        "REFLEX_URL": f"http://127.0.0.1:{free_port()}",
        "ARM_URLS": f"http://127.0.0.1:{free_port()}",
        **getattr(request.module, "STACK_ENV", {}),
    }
    settings = Settings.from_env(env)
    engine = make_engine(settings)
    truncate_all(engine)
    stack = Stack(env=env, engine=engine, redis=redis_client)
    try:
        stack.start_reflex()
        arms_port = env["ARM_URLS"].rsplit(":", 1)[1]
        stack.start("arms", ["arms", "--port", arms_port], f"{env['ARM_URLS']}/health")
        api_port = free_port()
        stack.api_url = env["PUBLIC_API_URL"] = f"http://127.0.0.1:{api_port}"
        stack.start("api", ["api", "--port", str(api_port), "--workers", "1"],
                    f"{stack.api_url}/health")  # fmt: skip
        stack.start_worker()
        with engine.begin() as conn:
            from sqlalchemy.orm import Session

            with Session(bind=conn) as session:
                stack.key = create_key(session, "e2e")[1]
                session.commit()
        yield stack
    finally:
        stack.stop_all()
        engine.dispose()
        redis_client.close()
