"""Postgres restarted under load: the API answers 503 meanwhile, and nothing accepted is lost."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests
from alembic import command
from sqlalchemy import create_engine, text

from tests.conftest import alembic_config
from tests.faults.conftest import launch, post_submit, read_ledger, record, wait_all_terminal
from tests.support.processes import wait_for
from tests.support.servers import PostgresServer, RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

DOWN_SECONDS = 6  # longer than the lease (LEASE_TIMEOUT_SECONDS=4): heartbeats are missed


@pytest.fixture
def private_postgres() -> Iterator[PostgresServer]:
    server = PostgresServer().init()
    try:
        server.start()
        admin = create_engine(server.url("postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text('CREATE DATABASE "orchestrator"'))
        admin.dispose()
        command.upgrade(alembic_config(server.url("orchestrator")), "head")
        yield server
    finally:
        server.remove()


def _accept(stack_submit: requests.Response, accepted: list[str]) -> None:
    assert stack_submit.status_code == 202, stack_submit.text
    accepted.append(stack_submit.json()["task_id"])


@pytest.mark.timeout(300)
def test_api_answers_503_while_postgres_is_down_and_recovers_losing_nothing(
    private_postgres: PostgresServer, private_redis: RedisServer
) -> None:
    database_url = private_postgres.url("orchestrator")
    env = {"DB_CONNECT_TIMEOUT": "2"}
    with launch(database_url, private_redis.url, workers=("worker-a",), env=env) as stack:
        accepted: list[str] = []
        for i in range(12):
            metadata = {"simulate_seconds": 3} if i % 2 else {}
            _accept(
                post_submit(stack, {"goal": f"Summarize audit {i}", "metadata": metadata}),
                accepted,
            )
        in_flight = 0

        def some_in_flight() -> bool:
            nonlocal in_flight
            with stack.engine.connect() as conn:
                in_flight = conn.execute(
                    text("SELECT count(*) FROM tasks WHERE status = 'processing'")
                ).scalar_one()
            return in_flight > 0

        # Stop it while a worker is mid-task: its heartbeats and its finish must fail.
        wait_for(some_in_flight, 60, "a task in flight", 0.05)
        stack.engine.dispose()
        private_postgres.stop()
        stopped_at = time.monotonic()

        answers = []
        while time.monotonic() - stopped_at < DOWN_SECONDS:
            started = time.monotonic()
            for response in (
                post_submit(stack, {"goal": "Summarize while the database is down"}),
                requests.get(
                    f"{stack.api_url}/tasks/{accepted[0]}", headers=stack.auth, timeout=15
                ),
            ):
                answers.append((response.status_code, time.monotonic() - started))
                assert response.status_code == 503, response.text
                assert response.headers["Content-Type"] == "application/json"
                body = response.json()
                assert body["error"]["code"] == "database_unavailable", body
                assert "Retry-After" in response.headers
            time.sleep(0.5)
        slowest = max(seconds for _, seconds in answers)
        assert slowest < 10, f"an answer took {slowest:.1f}s while Postgres was down"

        private_postgres.start()
        back_at = time.monotonic()
        recovered = None
        while recovered is None and time.monotonic() - back_at < 60:
            response = post_submit(stack, {"goal": "Summarize after the restart"})
            if response.status_code == 202:
                recovered = time.monotonic() - back_at
                accepted.append(response.json()["task_id"])
            else:
                assert response.status_code == 503, response.text
                time.sleep(0.2)
        assert recovered is not None, "the API did not recover within 60s"
        for i in range(8):
            _accept(post_submit(stack, {"goal": f"Summarize follow-up {i}"}), accepted)

        ledger = wait_all_terminal(stack, accepted, timeout=150)
        finished_after = time.monotonic() - back_at
        ledger = read_ledger(stack, accepted)
        figures = {
            "submitted": len(accepted) + len(answers) // 2,
            "accepted_202": len(accepted),
            "answers_503_while_down": len(answers),
            "processing_at_stop": in_flight,
            "slowest_answer_while_down_seconds": round(slowest, 2),
            "seconds_until_api_accepts_again": round(recovered, 1),
            "seconds_to_finish_all_after_restart": round(finished_after, 1),
            **ledger.summary(),
            "faults_injected": 1,
        }
        record("postgres_restart", figures)
        assert ledger.lost == [], figures
        assert ledger.duplicated == [], figures
        assert ledger.count("completed") == len(accepted), ledger.statuses
        assert all(ledger.terminal_events[t] == 1 for t in accepted)
