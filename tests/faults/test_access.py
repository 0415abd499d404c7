"""Access: hashed keys, revocation at once, one key never reaches another's tasks, Flower
behind credentials, and no secret or task text in the logs."""

from __future__ import annotations

import hashlib
import hmac
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from sqlalchemy import text

from shared.db import Database
from shared.keys import verify_key
from shared.ports import free_port
from tests.e2e.conftest import Stack
from tests.faults.conftest import launch, new_key, post_submit
from tests.support.processes import ROOT, Service
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

SECRET_GOAL = "Summarize the zebra-quartz-7731 merger memo"


@pytest.fixture(scope="module")
def module_redis() -> Iterator[RedisServer]:
    server = RedisServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def stack(faults_database: str, module_redis: RedisServer) -> Iterator[Stack]:
    with launch(faults_database, module_redis.url) as running:
        yield running


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "orchestrator_cli", *args],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip


def _get(stack: Stack, path: str, key: str) -> requests.Response:
    return requests.get(
        f"{stack.api_url}{path}", headers={"Authorization": f"Bearer {key}"}, timeout=15
    )


def _child_env(stack: Stack) -> dict[str, str]:
    import os

    return {**os.environ, **stack.env}


@pytest.mark.timeout(120)
def test_keys_are_stored_only_as_hashes_compared_in_constant_time(
    stack: Stack, monkeypatch: pytest.MonkeyPatch
) -> None:
    created = _cli(_child_env(stack), "keys", "create", "hashed-check")
    assert created.returncode == 0, created.stderr
    raw_key = created.stdout.split()[-1]
    assert _get(stack, "/tasks", raw_key).status_code == 200
    with stack.engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM api_keys"))]
    stored = " ".join(str(v) for row in rows for v in row.values())
    secret = raw_key.rsplit("_", 1)[1]
    assert raw_key not in stored and secret not in stored
    assert hashlib.sha256(raw_key.encode()).hexdigest() in stored

    compared: list[tuple[Any, Any]] = []
    real = hmac.compare_digest

    def spy(a: Any, b: Any) -> bool:
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    database = Database(stack.engine)
    assert verify_key(database, raw_key) is not None
    assert verify_key(database, raw_key[:-1] + ("0" if raw_key[-1] != "0" else "1")) is None
    assert len(compared) == 2, "every check of a key goes through hmac.compare_digest"


@pytest.mark.timeout(120)
def test_a_revoked_key_is_refused_at_once(stack: Stack) -> None:
    key = new_key(stack, "to-revoke")
    key_id = key.split("_")[1]
    assert _get(stack, "/tasks", key).status_code == 200
    revoked = _cli(_child_env(stack), "keys", "revoke", key_id)
    assert revoked.returncode == 0, revoked.stderr
    refused = _get(stack, "/tasks", key)
    assert refused.status_code == 401
    assert refused.json()["error"]["code"] == "unauthorized"
    assert post_submit(stack, {"goal": "Summarize"}, key=key).status_code == 401


@pytest.mark.timeout(120)
def test_requests_without_a_valid_key_are_refused(stack: Stack) -> None:
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Basic abc"},
                    {"Authorization": "Bearer orc_deadbeef0000_nope"}):  # fmt: skip
        response = requests.get(f"{stack.api_url}/tasks", headers=headers, timeout=15)
        assert response.status_code == 401, headers
        assert response.headers["Content-Type"] == "application/json"


@pytest.mark.timeout(120)
def test_one_key_never_sees_lists_or_cancels_another_keys_task(stack: Stack) -> None:
    owner, stranger = stack.key, new_key(stack, "stranger")
    response = post_submit(stack, {"goal": "Summarize the private notes",
                                   "metadata": {"simulate_seconds": 2}})  # fmt: skip
    assert response.status_code == 202
    task_id = response.json()["task_id"]
    for path in (f"/tasks/{task_id}", f"/tasks/{task_id}/events"):
        hidden = _get(stack, path, stranger)
        assert hidden.status_code == 404, path
        assert "private notes" not in hidden.text
    cancel = requests.post(
        f"{stack.api_url}/tasks/{task_id}/cancel",
        headers={"Authorization": f"Bearer {stranger}"}, timeout=15,
    )  # fmt: skip
    assert cancel.status_code == 404
    listed = _get(stack, "/tasks", stranger).json()["tasks"]
    assert task_id not in [t["task_id"] for t in listed]
    assert task_id in [t["task_id"] for t in _get(stack, "/tasks", owner).json()["tasks"]]
    task = stack.wait_terminal(task_id)
    assert task["status"] == "completed", task


@pytest.mark.timeout(180)
def test_no_key_nor_task_text_in_the_logs_at_info(stack: Stack) -> None:
    response = post_submit(stack, {"goal": SECRET_GOAL, "context": "zebra-quartz context"})
    assert response.status_code == 202
    task = stack.wait_terminal(response.json()["task_id"])
    assert task["status"] == "completed", task
    assert stack.events(str(task["task_id"]))[-1] == "completed"
    secret = stack.key.rsplit("_", 1)[1]
    for name in ("api", "worker-a"):
        output = stack.services[name].output()
        assert "INFO" in output or "info" in output, f"{name} logged nothing at INFO"
        assert "zebra-quartz" not in output, f"task text in the {name} log"
        assert secret not in output, f"the API key in the {name} log"
    # The task id is there: the logs are useful without the secrets.
    assert str(task["task_id"]) in stack.services["worker-a"].output()


@pytest.mark.timeout(120)
def test_flower_requires_credentials_and_refuses_to_start_without(
    module_redis: RedisServer,
) -> None:
    import os

    base = {k: v for k, v in os.environ.items() if not k.startswith("FLOWER_")}
    env = {**base, "REDIS_URL": module_redis.url, "LOG_FORMAT": "text"}
    refused = subprocess.run(
        [sys.executable, "-m", "orchestrator_cli", "flower", "--port", str(free_port())],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert refused.returncode != 0
    assert "FLOWER_USER and FLOWER_PASSWORD must be set" in refused.stderr + refused.stdout

    port = free_port()
    flower = Service(
        "flower", ["flower", "--port", str(port)],
        {**env, "FLOWER_USER": "ops", "FLOWER_PASSWORD": "s3cret-pass"},
    )  # fmt: skip
    try:
        url = f"http://127.0.0.1:{port}/"
        flower.wait_http(url, timeout=60)
        assert requests.get(url, timeout=15).status_code == 401
        assert requests.get(url, auth=("ops", "wrong"), timeout=15).status_code == 401
        assert requests.get(url, auth=("ops", "s3cret-pass"), timeout=15).status_code == 200
        api = requests.get(f"http://127.0.0.1:{port}/api/workers", timeout=15)
        assert api.status_code == 401
    finally:
        flower.stop()
    assert "s3cret-pass" not in flower.output()
