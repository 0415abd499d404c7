"""The Reflex Layer or an arm service down: breakers open, tasks wait and retry, then finish."""

from __future__ import annotations

import time

import pytest

from tests.faults.conftest import (
    events_of,
    launch,
    post_submit,
    read_ledger,
    record,
    start_arms,
    wait_all_terminal,
)
from tests.support.processes import wait_for
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def _submit_many(stack: object, goals: list[str]) -> list[str]:
    ids = []
    for goal in goals:
        response = post_submit(stack, {"goal": goal})  # type: ignore[arg-type]
        assert response.status_code == 202, response.text
        ids.append(response.json()["task_id"])
    return ids


@pytest.mark.timeout(240)
def test_reflex_down_opens_the_breaker_and_tasks_complete_once_it_is_back(
    faults_database: str, private_redis: RedisServer
) -> None:
    with launch(faults_database, private_redis.url) as stack:
        stack.stop("reflex")
        accepted = _submit_many(stack, [f"Summarize the outage report {i}" for i in range(4)])
        worker = stack.services["worker-a"]
        wait_for(
            lambda: "circuit breaker changed service=reflex state=open" in worker.output(),
            90, "the Reflex breaker to open", 0.2,
        )  # fmt: skip
        # Never passed through unscreened: each task went back to wait, none finished.
        wait_for(
            lambda: all(events_of(stack, t).count("pending") >= 2 for t in accepted),
            60, "a retry of every task", 0.2,
        )  # fmt: skip
        assert read_ledger(stack, accepted).finished == []
        stack.start_reflex()
        back_at = time.monotonic()
        ledger = wait_all_terminal(stack, accepted, timeout=120)
        figures = {
            "submitted": len(accepted),
            **ledger.summary(),
            "faults_injected": 1,
            "retries": sum(events_of(stack, t).count("pending") - 1 for t in accepted),
            "seconds_to_finish_all_after_reflex_back": round(time.monotonic() - back_at, 1),
        }
        record("reflex_down", figures)
        assert ledger.lost == [] and ledger.duplicated == [], figures
        assert ledger.count("completed") == len(accepted), ledger.statuses
        for task_id in accepted:
            assert stack.task(task_id)["result"]["reflex"]["status"] == "Success"  # type: ignore[index]


@pytest.mark.timeout(180)
def test_reflex_down_past_the_outage_window_fails_with_a_clear_error(
    faults_database: str, private_redis: RedisServer
) -> None:
    env = {"REFLEX_OUTAGE_WINDOW_SECONDS": "3"}
    with launch(faults_database, private_redis.url, env=env) as stack:
        stack.stop("reflex")
        started = time.monotonic()
        accepted = _submit_many(stack, ["Summarize the quarterly plan", "Summarize the memo"])
        ledger = wait_all_terminal(stack, accepted, timeout=90)
        figures = {
            "submitted": len(accepted),
            "failed": ledger.count("failed"),
            "lost": len(ledger.lost),
            "duplicated": len(ledger.duplicated),
            "seconds_to_fail": round(time.monotonic() - started, 1),
        }
        record("reflex_outage_window", figures)
        assert ledger.count("failed") == len(accepted), ledger.statuses
        assert ledger.duplicated == []
        for task_id in accepted:
            task = stack.task(task_id)
            error = task["error"]
            assert isinstance(error, dict), task
            assert error["code"] == "reflex_unavailable"
            assert "window 3s" in str(error["message"])
            assert "completed" not in events_of(stack, task_id)


@pytest.mark.timeout(240)
def test_arm_service_down_tasks_retry_with_backoff_and_complete_once_back(
    faults_database: str, private_redis: RedisServer
) -> None:
    with launch(faults_database, private_redis.url) as stack:
        stack.stop("arms")
        accepted = _submit_many(stack, [f"Summarize the arm outage notes {i}" for i in range(4)])
        wait_for(
            lambda: all(events_of(stack, t).count("pending") >= 3 for t in accepted),
            90, "two retries of every task", 0.2,
        )  # fmt: skip
        assert read_ledger(stack, accepted).finished == []
        start_arms(stack)
        back_at = time.monotonic()
        ledger = wait_all_terminal(stack, accepted, timeout=120)
        figures = {
            "submitted": len(accepted),
            **ledger.summary(),
            "faults_injected": 1,
            "retries": sum(events_of(stack, t).count("pending") - 1 for t in accepted),
            "seconds_to_finish_all_after_arms_back": round(time.monotonic() - back_at, 1),
        }
        record("arm_down", figures)
        assert ledger.lost == [] and ledger.duplicated == [], figures
        assert ledger.count("completed") == len(accepted), ledger.statuses


@pytest.mark.timeout(180)
def test_arm_service_down_for_good_fails_after_the_configured_retries(
    faults_database: str, private_redis: RedisServer
) -> None:
    with launch(faults_database, private_redis.url, env={"TASK_MAX_RETRIES": "2"}) as stack:
        stack.stop("arms")
        accepted = _submit_many(stack, ["Summarize the lost arm notes"])
        ledger = wait_all_terminal(stack, accepted, timeout=90)
        assert ledger.count("failed") == 1, ledger.statuses
        task = stack.task(accepted[0])
        error = task["error"]
        assert isinstance(error, dict), task
        assert error["code"] == "retries_exhausted", error
        assert "unreachable" in str(error["message"])
        assert events_of(stack, accepted[0]).count("processing") == 3
