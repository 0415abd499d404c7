"""Webhooks end to end: real API and worker processes, a real receiver on loopback."""

from __future__ import annotations

from typing import Any

import pytest
import requests
from sqlalchemy import select

from shared.keys import parse_key_id
from shared.models import ApiKey
from shared.ports import free_port
from tests.e2e.conftest import Stack
from tests.support.processes import wait_for
from tests.support.webhook_receiver import receiver, verify

# Receivers are on loopback; retries come within seconds.
pytestmark = pytest.mark.e2e

STACK_ENV = {
    "WEBHOOK_ALLOW_PRIVATE": "true",
    "WEBHOOK_BACKOFF_BASE": "0.5",
    "WEBHOOK_BACKOFF_MAX": "1",
    "WEBHOOK_TIMEOUT_SECONDS": "3",
}
GOAL = "Summarize the benefits of unit testing in two sentences."


def secret_of(stack: Stack) -> str:
    with stack.engine.connect() as connection:
        secret = connection.scalar(
            select(ApiKey.webhook_secret).where(ApiKey.id == parse_key_id(stack.key))
        )
    assert secret is not None
    return str(secret)


def deliveries(stack: Stack, task_id: str) -> list[dict[str, Any]]:
    response = requests.get(
        f"{stack.api_url}/tasks/{task_id}/deliveries", headers=stack.auth, timeout=10
    )
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()["deliveries"]
    return found


def wait_delivered(stack: Stack, task_id: str, timeout: float = 90) -> dict[str, Any]:
    seen: list[dict[str, Any]] = []

    def delivered() -> bool:
        seen[:] = deliveries(stack, task_id)
        return bool(seen) and seen[0]["status"] == "delivered"

    wait_for(delivered, timeout, f"the delivery of {task_id} (last: {seen})", 0.3)
    return seen[0]


def test_a_finished_task_is_pushed_signed_to_its_webhook(stack: Stack) -> None:
    secret = secret_of(stack)
    with receiver(secret) as hook:
        task_id = stack.submit(goal=GOAL, webhook_url=hook.url)
        task = stack.wait_terminal(task_id)
        delivery = wait_delivered(stack, task_id)
        (call,) = hook.calls
    assert verify(call, secret)
    body = call.json()
    assert body["task_id"] == task_id and body["status"] == task["status"]
    assert body["result_url"] == f"{stack.api_url}/tasks/{task_id}"
    assert body["delivery_id"] == delivery["id"]
    assert [a["status_code"] for a in delivery["attempts"]] == [200]


def test_a_receiver_down_while_the_api_restarts_still_gets_the_delivery(stack: Stack) -> None:
    secret = secret_of(stack)
    port = free_port()
    url = f"http://127.0.0.1:{port}/hooks/orchestrator"
    task_id = stack.submit(goal=GOAL, webhook_url=url)
    stack.wait_terminal(task_id)

    def refused_once() -> bool:
        found = deliveries(stack, task_id)
        return bool(found) and len(found[0]["attempts"]) >= 1

    wait_for(refused_once, 60, "a failed attempt while the receiver is down", 0.3)
    api_port = stack.api_url.rsplit(":", 1)[1]
    stack.stop("api")
    with receiver(secret, port=port) as hook:
        stack.start("api", ["api", "--port", api_port, "--workers", "1"],
                    f"{stack.api_url}/health")  # fmt: skip
        delivery = wait_delivered(stack, task_id)
        assert len(hook.calls) == 1 and verify(hook.calls[0], secret)
    attempts = delivery["attempts"]
    assert attempts[-1]["status_code"] == 200 and attempts[-1]["error"] is None
    assert all(a["status_code"] is None and a["error"] for a in attempts[:-1])
    assert [a["attempt"] for a in attempts] == list(range(1, len(attempts) + 1))
