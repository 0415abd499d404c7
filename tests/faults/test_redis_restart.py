"""Redis restarted (everything queued in it lost) during a stream of submissions."""

from __future__ import annotations

import threading
import time

import pytest

from tests.faults.conftest import launch, post_submit, read_ledger, record, wait_all_terminal
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


@pytest.mark.timeout(300)
def test_every_accepted_task_finishes_across_a_redis_restart(
    faults_database: str, private_redis: RedisServer
) -> None:
    with launch(faults_database, private_redis.url, workers=("worker-a",)) as stack:
        accepted: list[str] = []
        statuses: list[int] = []
        errors: list[str] = []
        stop = threading.Event()

        def stream() -> None:
            i = 0
            while not stop.is_set() and i < 80:
                contract = {
                    "goal": f"Summarize the shipping log number {i}",
                    "metadata": {"simulate_seconds": 1.5 if i % 3 == 0 else 0},
                }
                try:
                    response = post_submit(stack, contract)
                except Exception as exc:  # a hung or refused request is a failure too
                    errors.append(repr(exc))
                else:
                    statuses.append(response.status_code)
                    if response.status_code == 202:
                        accepted.append(response.json()["task_id"])
                i += 1
                time.sleep(0.15)

        submitter = threading.Thread(target=stream)
        submitter.start()
        try:
            while len(statuses) < 20 and submitter.is_alive():
                time.sleep(0.1)
            # Everything queued in Redis, and the messages of running tasks, are gone.
            private_redis.restart(down_seconds=2)
            restarted_at = time.monotonic()
        finally:
            submitter.join(120)
            stop.set()

        ledger = wait_all_terminal(stack, accepted, timeout=180)
        finished_after = time.monotonic() - restarted_at
        ledger = read_ledger(stack, accepted)
        figures = {
            "submitted": len(statuses) + len(errors),
            "accepted_202": len(accepted),
            "other_answers": sorted({s for s in statuses if s != 202}),
            "request_errors": len(errors),
            **ledger.summary(),
            "faults_injected": private_redis.restarts,
            "seconds_to_finish_all_after_restart": round(finished_after, 1),
        }
        record("redis_restart", figures)

        assert errors == [], errors
        assert all(s < 500 for s in statuses), figures
        assert len(accepted) >= 60, figures
        assert ledger.lost == [], figures
        assert ledger.duplicated == [], figures
        assert ledger.count("completed") == len(accepted), figures
        assert all(ledger.terminal_events[t] == 1 for t in accepted)
