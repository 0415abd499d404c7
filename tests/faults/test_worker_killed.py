"""A worker node killed with SIGKILL mid-task: another node finishes every task, once."""

from __future__ import annotations

import os
import time

import pytest
from sqlalchemy import text

from tests.faults.conftest import (
    events_of,
    launch,
    post_submit,
    record,
    wait_all_terminal,
)
from tests.support.processes import wait_for
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def _in_group(claimed_by: str, group: int) -> bool:
    pid = int(claimed_by.rsplit(":", 1)[1])
    try:
        return os.getpgid(pid) == group
    except ProcessLookupError:
        return False


@pytest.mark.timeout(240)
def test_sigkill_of_a_worker_node_mid_task_loses_nothing_and_finishes_once(
    faults_database: str, private_redis: RedisServer
) -> None:
    with launch(faults_database, private_redis.url, workers=("worker-a", "worker-b")) as stack:
        victim = stack.services["worker-a"]
        accepted = []
        for i in range(8):
            response = post_submit(
                stack,
                {
                    "goal": f"Summarize the long report number {i}",
                    "metadata": {"simulate_seconds": 4},
                    "budget": {"max_time_seconds": 120},
                },
            )
            assert response.status_code == 202, response.text
            accepted.append(response.json()["task_id"])

        in_flight: list[str] = []

        def victim_is_mid_task() -> bool:
            with stack.engine.connect() as conn:
                rows = conn.execute(
                    text("SELECT id, claimed_by FROM tasks WHERE status = 'processing'")
                ).all()
            in_flight[:] = [str(i) for i, c in rows if c and _in_group(c, victim.process.pid)]
            return bool(in_flight)

        wait_for(victim_is_mid_task, 60, "worker-a to be in the middle of a task", 0.1)
        victim.kill()
        killed_at = time.monotonic()
        stack.services.pop("worker-a")

        ledger = wait_all_terminal(stack, accepted, timeout=150)
        recovered_after = time.monotonic() - killed_at
        figures = {
            "submitted": len(accepted),
            **ledger.summary(),
            "faults_injected": 1,
            "in_flight_at_kill": len(in_flight),
            "seconds_to_finish_all_after_kill": round(recovered_after, 1),
        }
        record("worker_sigkill", figures)

        assert ledger.lost == [], figures
        assert ledger.duplicated == [], figures
        assert ledger.count("completed") == len(accepted), ledger.statuses
        assert all(ledger.terminal_events[t] == 1 for t in accepted)
        for task_id in in_flight:
            # Taken back from the dead node, claimed again, finished by the survivor.
            assert events_of(stack, task_id) == [
                "pending", "processing", "pending", "processing", "completed"
            ], task_id  # fmt: skip
            assert stack.task(task_id)["result"]["attempt"] == 2  # type: ignore[index]
        assert "lost tasks recovered" in stack.services["worker-b"].output()
