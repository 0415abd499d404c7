"""The dashboard against a real Flower process: the orchestrator's outcome of each task,
and the Broker page and queue lengths on our Redis broker."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
import requests

from shared.ports import free_port
from tests.e2e.conftest import Stack
from tests.support.processes import wait_for

pytestmark = pytest.mark.e2e

AUTH = ("admin", "flower-test-password")


@pytest.fixture
def flower(stack: Stack) -> Iterator[str]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    stack.env.update(FLOWER_USER=AUTH[0], FLOWER_PASSWORD=AUTH[1])
    try:
        stack.start("flower", ["flower", "--port", str(port)], f"{url}/healthcheck")
        yield url
    finally:
        if "flower" in stack.services:
            stack.stop("flower")
        for name in ("FLOWER_USER", "FLOWER_PASSWORD"):
            stack.env.pop(name)


def flower_result(url: str, task_id: str) -> str | None:
    response = requests.get(f"{url}/api/tasks", auth=AUTH, timeout=10)
    assert response.status_code == 200, response.text
    task = response.json().get(task_id)
    return None if task is None or task.get("result") is None else str(task["result"])


def test_flower_shows_each_tasks_outcome_and_the_broker(stack: Stack, flower: str) -> None:
    # Flower asks the workers for task events once it is up: wait until a task shows.
    seen: list[str] = []

    def one_task_shows() -> bool:
        task_id = stack.submit(goal="Summarize the release notes")
        stack.wait_terminal(task_id)
        seen.append(task_id)
        return wait_quietly(lambda: flower_result(flower, task_id) is not None, 3)

    wait_for(one_task_shows, 60, "Flower to hear the workers' task events", 0.5)
    assert "completed" in (flower_result(flower, seen[-1]) or "")

    blocked = stack.submit(goal="Email the report to jane.doe@example.com, SSN 123-45-6789")
    failed = stack.submit(goal="Summarize the minutes", assigned_arm="no-such-arm")
    assert stack.wait_terminal(blocked)["status"] == "blocked"
    failed_task = stack.wait_terminal(failed)
    assert failed_task["status"] == "failed"
    outcomes_shown = lambda: None not in (flower_result(flower, i) for i in (blocked, failed))  # noqa: E731
    wait_for(outcomes_shown, 20, "the outcomes in Flower")
    assert "blocked" in (flower_result(flower, blocked) or "")
    error = failed_task["error"]
    assert isinstance(error, dict)
    assert f"failed: {error['code']}" in (flower_result(flower, failed) or "")

    def queue_names() -> set[str]:
        lengths = requests.get(f"{flower}/api/queues/length", auth=AUTH, timeout=10)
        assert lengths.status_code == 200, lengths.text
        return {queue["name"] for queue in lengths.json()["active_queues"]}

    assert queue_names()  # answers at once, with at least the default queue
    # Every queue the workers consume, once Flower has asked them.
    wait_for(lambda: {"critical", "high", "medium", "low"} <= queue_names(), 30,
             "the workers' queues in Flower")  # fmt: skip
    page = requests.get(f"{flower}/broker", auth=AUTH, timeout=10)
    assert page.status_code == 200 and "not supported" not in page.text


def wait_quietly(condition: Callable[[], bool], seconds: float) -> bool:
    try:
        wait_for(condition, seconds, "a task in Flower", 0.3)
    except TimeoutError:
        return False
    return True
