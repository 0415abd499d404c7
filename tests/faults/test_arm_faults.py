"""An arm that delays, trickles or cuts its answers (a TCP proxy between worker and arm),
and an arm whose breaker opened: the budget is a wall-clock limit, the arm runs once per
attempt, other tasks go on, and the breaker closes again."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import redis
from sqlalchemy import text
from sqlalchemy.orm import Session

from orchestrator_worker.http import BUDGET_GRACE_SECONDS
from shared.db import make_engine
from shared.keys import create_key
from shared.ports import free_port
from shared.settings import Settings
from tests.conftest import truncate_all
from tests.e2e.conftest import FAST, Stack
from tests.faults.conftest import events_of, post_submit, record, wait_all_terminal
from tests.support.fault_proxy import FaultProxy
from tests.support.processes import wait_for
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

BUDGET = 5
SUMMARIZER = b"/arms/summarizer/execute"


@contextmanager
def stack_behind_proxy(
    database_url: str, redis_url: str, concurrency: int = 2, **extra_env: str
) -> Iterator[tuple[Stack, FaultProxy]]:
    """Reflex, the reference arms behind a ``FaultProxy`` (``ARM_URLS`` names the proxy),
    the API and one worker node."""
    arms_port = free_port()
    proxy = FaultProxy(("127.0.0.1", arms_port)).start()
    env = {
        **FAST,
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "REFLEX_URL": f"http://127.0.0.1:{free_port()}",
        "ARM_URLS": proxy.url,
        "LOG_LEVEL": "info",
        **extra_env,
    }
    engine = make_engine(Settings.from_env(env))
    truncate_all(engine)
    stack = Stack(env=env, engine=engine, redis=redis.Redis.from_url(redis_url))
    try:
        stack.start_reflex()
        stack.start("arms", ["arms", "--port", str(arms_port)], f"{proxy.url}/health")
        stack.api_url = f"http://127.0.0.1:{free_port()}"
        stack.start("api", ["api", "--port", stack.api_url.rsplit(":", 1)[1], "--workers", "1"],
                    f"{stack.api_url}/health")  # fmt: skip
        stack.start_worker("worker-a", concurrency)
        with Session(engine) as session:
            stack.key = create_key(session, "faults")[1]
            session.commit()
        yield stack, proxy
    finally:
        stack.stop_all()
        proxy.stop()
        engine.dispose()
        stack.redis.close()


def submit(stack: Stack, goal: str, **contract: Any) -> str:
    response = post_submit(stack, {"goal": goal, **contract})
    assert response.status_code == 202, response.text
    return str(response.json()["task_id"])


def run_seconds(stack: Stack, task_id: str) -> float:
    """From the first claim to the terminal status, by the database's own timestamps."""
    with stack.engine.connect() as conn:
        started, finished = conn.execute(
            text("SELECT started_at, finished_at FROM tasks WHERE id = :id"), {"id": task_id}
        ).one()
    return float((finished - started).total_seconds())


def error_of(stack: Stack, task_id: str) -> tuple[str, str]:
    with stack.engine.connect() as conn:
        code, message = conn.execute(
            text("SELECT error_code, error_message FROM tasks WHERE id = :id"), {"id": task_id}
        ).one()
    return str(code), str(message)


@pytest.mark.timeout(240)
@pytest.mark.parametrize("fault", ["trickle", "delay", "cut"])
def test_a_faulty_arm_ends_the_task_by_its_budget_and_runs_once_per_attempt(
    faults_database: str, private_redis: RedisServer, fault: str
) -> None:
    # The breaker stays out of it: every attempt calls the arm.
    with stack_behind_proxy(faults_database, private_redis.url, BREAKER_FAIL_MAX="100") as (
        stack,
        proxy,
    ):
        proxy.fault_for = lambda line: fault if SUMMARIZER in line else "pass"
        proxy.delay, proxy.interval = 60, 0.1
        task_id = submit(stack, "Summarize the incident report",
                         budget={"max_time_seconds": BUDGET})  # fmt: skip
        ledger = wait_all_terminal(stack, [task_id], timeout=BUDGET + 30)
        assert ledger.statuses[task_id] == "failed"
        seconds = run_seconds(stack, task_id)
        attempts = events_of(stack, task_id).count("processing")
        arm_runs = proxy.count(SUMMARIZER)
        code, message = error_of(stack, task_id)
        record(f"arm_{fault}", {
            "budget_s": BUDGET, "grace_s": BUDGET_GRACE_SECONDS, "ended_after_s": round(seconds, 2),
            "attempts": attempts, "arm_runs": arm_runs, "error_code": code,
        })  # fmt: skip
    assert seconds <= BUDGET + BUDGET_GRACE_SECONDS, message
    # One arm run per attempt, never more; a last attempt that starts with the budget spent
    # (a retry's backoff ran past it) ends before calling the arm, and says so.
    spent_first = "spent before the arms ran" in message
    assert attempts >= 1 and arm_runs == attempts - spent_first, (attempts, arm_runs, message)
    assert code in ("timeout", "retries_exhausted"), message


@pytest.mark.timeout(240)
def test_a_trickling_arm_does_not_hold_up_unrelated_tasks(
    faults_database: str, private_redis: RedisServer
) -> None:
    with stack_behind_proxy(faults_database, private_redis.url, concurrency=2) as (stack, proxy):
        proxy.fault_for = lambda line: "trickle" if SUMMARIZER in line else "pass"
        # As many trickled tasks as the node has threads: each holds one.
        stuck = [
            submit(stack, f"Summarize the minutes {i}", budget={"max_time_seconds": BUDGET})
            for i in range(2)
        ]
        wait_for(lambda: proxy.count(SUMMARIZER) >= 2, 20, "both trickled calls under way")
        submitted = time.monotonic()
        other = submit(stack, "Extract the dates and names from the memo of 2024-03-01")
        ledger = wait_all_terminal(stack, [other], timeout=60)
        waited = time.monotonic() - submitted
        everything = wait_all_terminal(stack, [*stuck, other], timeout=BUDGET + 30)
        record("arm_trickle_unrelated_task", {
            "threads": 2, "trickled_tasks": 2, "budget_s": BUDGET,
            "unrelated_task_done_after_s": round(waited, 2),
            "statuses": sorted(everything.statuses[t] for t in [*stuck, other]),
        })  # fmt: skip
    assert ledger.statuses[other] == "completed"
    # It waited for a free thread, which the budget frees, never for the trickle (~40 s).
    assert waited <= BUDGET + BUDGET_GRACE_SECONDS + 3


@pytest.mark.timeout(240)
def test_an_open_arm_breaker_lets_a_trial_through_after_its_reset_timeout_and_closes(
    faults_database: str, private_redis: RedisServer
) -> None:
    with stack_behind_proxy(faults_database, private_redis.url) as (stack, _proxy):
        failing = [
            submit(
                stack,
                f"Plan a product launch {i}",
                metadata={"simulate_failure": 503},
                budget={"max_time_seconds": 4},
            )
            for i in range(6)
        ]
        ledger = wait_all_terminal(stack, failing, timeout=60)
        assert ledger.count("failed") == 6
        state_key = "orchestrator:arm:planner:pybreaker:state"
        assert stack.redis.get(state_key) == b"open"
        worker = stack.services["worker-a"]
        assert "circuit breaker changed service=arm:planner state=open" in worker.output()

        time.sleep(float(FAST["BREAKER_RESET_TIMEOUT"]) + 1.5)
        healthy = submit(stack, "Plan a product launch")
        done = wait_all_terminal(stack, [healthy], timeout=30)
        task = stack.task(healthy)
        state = stack.redis.get(state_key)
        record("arm_breaker_recovery", {
            "failing_tasks": 6, "reset_timeout_s": float(FAST["BREAKER_RESET_TIMEOUT"]),
            "healthy_task": done.statuses[healthy], "breaker_after": (state or b"").decode(),
        })  # fmt: skip
    assert done.statuses[healthy] == "completed", task
    result = task["result"]
    assert isinstance(result, dict) and result["routing"]["selected"] == ["planner"]
    assert state == b"closed"
