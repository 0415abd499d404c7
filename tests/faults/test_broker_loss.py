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
        plain = [t for i, t in enumerate(accepted) if i % 4 == 3]
        assert all(ledger.statuses[t] == "completed" for t in plain), ledger.statuses
