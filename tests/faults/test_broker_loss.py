"""Redis SIGKILLed while fan-out (chord) tasks and plain tasks are in flight.

Every worker node must survive the broker loss (no ``Unrecoverable error``), reconnect to
the restarted, empty Redis, and every accepted task must end once. Task events are on, as
under ``orchestrator up`` (Flower turns them on): that is when kombu's channel close after
the loss used to kill the nodes (``shared.broker._Channel``).
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from tests.faults.conftest import launch, post_submit, record, wait_all_terminal
from tests.support.processes import wait_for
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def _contract(i: int, fan_out: bool) -> dict[str, object]:
    contract: dict[str, object] = {
        "goal": f"Summarize and extract the entities of report {i}",
        # Some arms answer while Redis is down, some after it is back.
        "metadata": {"simulate_seconds": (1, 4, 8)[i % 3]},
        # A chord whose messages and counter went with Redis waits for its budget.
        "budget": {"max_time_seconds": 30},
    }
    if fan_out:
        # Two capabilities served by two arms: the worker fans out as a chord.
        contract["constraints"] = {"capabilities": ["summarization", "extraction"]}
    return contract


@pytest.mark.timeout(300)
def test_workers_survive_a_redis_sigkill_with_chords_in_flight(
    faults_database: str, private_redis: RedisServer
) -> None:
    with launch(
        faults_database,
        private_redis.url,
        workers=("worker-a", "worker-b"),
        concurrency=8,
        # As under `orchestrator up`, where Flower turns task events on.
        env={"TASK_EVENTS": "true"},
    ) as stack:
        accepted = []
        for i in range(12):
            response = post_submit(stack, _contract(i, fan_out=i % 4 != 3))
            assert response.status_code == 202, response.text
            accepted.append(response.json()["task_id"])

        def fanned_out() -> bool:
            with stack.engine.connect() as conn:
                return bool(
                    conn.execute(
                        text("SELECT count(*) FROM tasks WHERE status = 'processing'")
                    ).scalar_one()
                    >= 4
                ) and all(
                    "fanned out" in stack.services[n].output() for n in ("worker-a", "worker-b")
                )

        wait_for(fanned_out, 60, "chords in flight on both nodes", 0.1)
        private_redis.restart(down_seconds=5)
        restarted_at = time.monotonic()

        ledger = wait_all_terminal(stack, accepted, timeout=120)
        finished_after = time.monotonic() - restarted_at
        logs = {n: stack.services[n].output() for n in ("worker-a", "worker-b")}
        alive = {n: stack.services[n].process.poll() is None for n in logs}
        figures = {
            "submitted": len(accepted),
            **ledger.summary(),
            "fan_out_tasks": sum(1 for i in range(12) if i % 4 != 3),
            "faults_injected": private_redis.restarts,
            "nodes_alive_after": sum(alive.values()),
            "seconds_to_finish_all_after_restart": round(finished_after, 1),
        }

        with stack.engine.connect() as conn:
            errors = {
                str(i): code
                for i, code in conn.execute(text("SELECT id, error_code FROM tasks"))
                if code is not None
            }
        figures["failed_by_code"] = sorted(errors.values())
        record("redis_sigkill_fan_out", figures)

        for name, log in logs.items():
            assert "Unrecoverable error" not in log, f"{name}:\n{log[-4000:]}"
        assert all(alive.values()), figures
        assert ledger.lost == [], figures
        assert ledger.duplicated == [], figures
        # A broker outage is never a task's failure (a chord not sent goes back to pending).
        assert "internal_error" not in figures["failed_by_code"], figures
        plain = [t for i, t in enumerate(accepted) if i % 4 == 3]
        assert all(ledger.statuses[t] == "completed" for t in plain), ledger.statuses


@pytest.mark.timeout(240)
def test_a_fan_out_whose_queued_arms_went_with_redis_is_run_again_at_once(
    faults_database: str, private_redis: RedisServer
) -> None:
    """One node, one thread: the fan-out's arms are queued behind a slow task when Redis
    dies, so no arm has started (none beats the lease): before, the task waited out its
    whole budget and failed ``timeout``."""
    budget = 40
    with launch(faults_database, private_redis.url, concurrency=1) as stack:

        def submit(contract: dict[str, object]) -> str:
            response = post_submit(stack, contract)
            assert response.status_code == 202, response.text
            return str(response.json()["task_id"])

        def status(task_id: str) -> str:
            return str(stack.task(task_id)["status"])

        first = submit({"goal": "Summarize memo one", "metadata": {"simulate_seconds": 3}})
        wait_for(lambda: status(first) == "processing", 30, "the first task to start", 0.05)
        # Queued in this order behind the first: the fan-out runs next and queues its two
        # arms behind the slow task, which the one thread takes next.
        fan_out = submit(
            {
                "goal": "Summarize and extract the entities of report two",
                "constraints": {"capabilities": ["summarization", "extraction"]},
                "metadata": {"simulate_seconds": 0.5},
                "budget": {"max_time_seconds": budget},
            }
        )
        slow = submit({"goal": "Summarize memo three", "metadata": {"simulate_seconds": 8}})
        wait_for(
            lambda: (
                status(slow) == "processing" and "fanned out" in stack.services["worker-a"].output()
            ),
            30,
            "the fan-out to be sent and the slow task to start",
            0.05,
        )
        assert status(fan_out) == "processing"
        private_redis.restart(down_seconds=2)
        restarted_at = time.monotonic()

        accepted = [first, fan_out, slow]
        ledger = wait_all_terminal(stack, accepted, timeout=budget + 30)
        finished_after = time.monotonic() - restarted_at
        log = stack.services["worker-a"].output()
        events = stack.events(fan_out)
        figures = {
            **ledger.summary(),
            "fan_out_status": ledger.statuses.get(fan_out),
            "fan_out_budget_seconds": budget,
            "seconds_to_finish_all_after_restart": round(finished_after, 1),
            "taken_back_by_the_sweeper": "fan-outs lost with the broker taken back" in log,
        }
        record("redis_sigkill_queued_fan_out", figures)

        assert ledger.lost == [] and ledger.duplicated == [], figures
        assert all(ledger.statuses[t] == "completed" for t in accepted), figures
        assert figures["taken_back_by_the_sweeper"], log[-4000:]
        # Run again by its second attempt, not at the end of its budget.
        assert events == ["pending", "processing", "pending", "processing", "completed"], events
        assert finished_after < budget, figures
