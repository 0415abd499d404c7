"""The same message delivered several times while two worker nodes race for it."""

from __future__ import annotations

import pytest

from shared.broker import make_publisher, publish_task
from shared.settings import Settings
from shared.states import queue_for
from tests.faults.conftest import (
    events_of,
    launch,
    post_submit,
    read_ledger,
    record,
    wait_all_terminal,
)
from tests.support.processes import wait_for
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

COPIES = 3


@pytest.mark.timeout(240)
def test_duplicate_messages_give_one_result_and_one_set_of_transitions(
    faults_database: str, private_redis: RedisServer
) -> None:
    with launch(faults_database, private_redis.url, workers=("worker-a", "worker-b")) as stack:
        publisher = make_publisher(Settings.from_env(stack.env))
        accepted = []
        for i in range(20):
            response = post_submit(
                stack,
                {"goal": f"Summarize meeting notes {i}", "metadata": {"simulate_seconds": 0.5}},
            )
            assert response.status_code == 202, response.text
            task_id = response.json()["task_id"]
            accepted.append(task_id)
            # Extra copies of the message, as a redelivery or a second publisher would send.
            for _ in range(COPIES):
                publish_task(publisher, task_id, "medium")

        ledger = wait_all_terminal(stack, accepted, timeout=150)
        assert ledger.lost == [], ledger.statuses
        # Every copy is consumed; a copy that finds the task taken or done does nothing.
        wait_for(lambda: stack.redis.llen(queue_for("medium")) == 0, 60, "the queue to drain", 0.2)

        def copies_seen() -> int:
            logs = stack.services["worker-a"].output() + stack.services["worker-b"].output()
            return logs.count("nothing to do") + logs.count("claim lost to another worker")

        wait_for(lambda: copies_seen() >= len(accepted) * COPIES, 60, "every copy handled", 0.2)

        # And once more after everything finished: nothing changes.
        for task_id in accepted:
            publish_task(publisher, task_id, "medium")
        wait_for(
            lambda: copies_seen() >= len(accepted) * (COPIES + 1), 60, "late copies handled", 0.2
        )
        publisher.close()

        ledger = read_ledger(stack, accepted)
        figures = {
            "submitted": len(accepted),
            "messages_published": len(accepted) * (COPIES + 2),
            **ledger.summary(),
            "copies_that_did_nothing": copies_seen(),
        }
        record("duplicate_delivery", figures)
        assert ledger.duplicated == [], figures
        assert ledger.count("completed") == len(accepted), figures
        for task_id in accepted:
            assert events_of(stack, task_id) == ["pending", "processing", "completed"], task_id
            assert ledger.results[task_id] == 1
