"""The worker's side of the arm protocol, against loopback arm services: the capability
shapes, malformed answers, the ``task_contract`` envelope, bearer tokens, refusals."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from typing import Any

import orjson
import prometheus_client
import pytest
import redis
from celery import Celery

from orchestrator_worker import pipeline
from orchestrator_worker.arms import ArmRegistry
from shared.db import Database
from shared.models import Task, TaskResult
from shared.settings import Settings, SettingsError
from shared.states import Status
from tests.support.http_stub import Stub, stub_server
from tests.worker.conftest import claimed_task, services_for

CLEAN = {
    "request_id": "r", "status": "Success", "pii_detected": False, "pii_matches": [],
    "injection_detected": False, "injection_matches": [], "cache_hit": False,
    "processing_time_ms": 1,
}  # fmt: skip
CODER = {"arm_id": "coder", "name": "Coder", "capabilities": ["code"], "cost_tier": 2,
         "endpoint": "/arms/coder/execute"}  # fmt: skip
SUMMARIZER = {"arm_id": "summarizer", "capabilities": ["summarization"], "cost_tier": 1,
              "endpoint": "/arms/summarizer/execute"}  # fmt: skip
ANSWER = {"output": {"summary": "done"}, "confidence": 0.9, "tokens_used": 3, "cost_usd": 0.0}
TOKEN = "tok-7f3a9c1e5b2d"


@pytest.fixture
def other_stub() -> Iterator[Stub]:
    with stub_server() as stub:
        yield stub


def without_tokens(settings: Settings) -> dict[str, Any]:
    """``settings`` as overrides, leaving ``ARM_TOKENS`` to the environment given."""
    return {k: v for k, v in settings.__dict__.items() if k != "arm_tokens"}


def run_task(services: pipeline.Services, database: Database, goal: str) -> Task:
    claim = claimed_task(database, goal=goal)
    pipeline.run(services, claim)
    with database.session() as session:
        task = session.get(Task, claim.task_id)
        assert task is not None
        session.expunge(task)
        return task


def result_of(database: Database, task: Task) -> dict[str, Any]:
    with database.session() as session:
        row = session.get(TaskResult, task.id)
        assert row is not None
        return dict(row.result)


@pytest.mark.parametrize(
    "payload",
    [[CODER], CODER, {"capabilities": [CODER]}, {"arms": [CODER]}],
    ids=["list", "one record", "capabilities object", "arms object"],
)
def test_every_documented_capabilities_shape_is_understood(
    worker_settings: Settings, arms_stub: Stub, payload: Any
) -> None:
    arms_stub.add("GET", "/capabilities", json=payload)
    arms = ArmRegistry(worker_settings).arms()
    assert [(a.arm_id, a.capabilities, a.endpoint) for a in arms] == [
        ("coder", ("code",), f"{arms_stub.url}/arms/coder/execute")
    ]


@pytest.mark.parametrize(
    "answer",
    [
        {"body": "{not json", "headers": {"Content-Type": "application/json"}},
        {"json": {"unexpected": True}},
        {"body": "<html><body>It works!</body></html>"},
        {"json": [{"name": "no id", "capabilities": ["summarization"]}]},
        {"json": [{"arm_id": "x", "capabilities": "summarization"}]},
        {"json": [SUMMARIZER, "not a record"]},
    ],
    ids=["bad json", "wrong shape", "html", "no arm_id", "capabilities not a list", "mixed"],
)
def test_a_malformed_answer_marks_only_that_service_unreachable(
    worker_settings: Settings,
    database: Database,
    redis_client: redis.Redis,
    publisher: Celery,
    reflex_stub: Stub,
    arms_stub: Stub,
    other_stub: Stub,
    answer: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    arms_stub.add("GET", "/capabilities", json=[CODER])
    arms_stub.add("POST", "/arms/coder/execute", json=ANSWER)
    other_stub.add("GET", "/capabilities", **answer)
    settings = dataclasses.replace(worker_settings, arm_urls=(arms_stub.url, other_stub.url))
    services = services_for(settings, database, redis_client, publisher)

    with caplog.at_level(logging.WARNING, logger="orchestrator_worker.arms"):
        task = run_task(services, database, "Write the code for a parser")
        services.registry.arms(refresh=True)
    assert task.status == Status.COMPLETED.value
    assert services.registry.unreachable == frozenset({other_stub.url})
    warnings = [r.getMessage() for r in caplog.records if "discovery failed" in r.getMessage()]
    assert len(warnings) == 1 and other_stub.url in warnings[0]  # once, named


def test_an_arm_advertising_the_envelope_gets_the_contract_wrapped(
    worker_settings: Settings,
    database: Database,
    redis_client: redis.Redis,
    publisher: Celery,
    reflex_stub: Stub,
    arms_stub: Stub,
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    wrapped = {**SUMMARIZER, "metadata": {"envelope": "task_contract"}}
    arms_stub.add("GET", "/capabilities", json={"capabilities": [wrapped]})
    execute = arms_stub.add("POST", "/arms/summarizer/execute", json=ANSWER)
    task = run_task(services_for(worker_settings, database, redis_client, publisher), database,
                    "Summarize the notes")  # fmt: skip
    assert task.status == Status.COMPLETED.value
    body = execute.calls[0].json()
    assert list(body) == ["task_contract"]
    assert body["task_contract"]["goal"] == "Summarize the notes"


def test_an_arms_refusal_keeps_its_own_message_in_the_task(
    worker_settings: Settings,
    database: Database,
    redis_client: redis.Redis,
    publisher: Celery,
    reflex_stub: Stub,
    arms_stub: Stub,
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    arms_stub.add("GET", "/capabilities", json=[SUMMARIZER])
    refusal = {"error": {"code": "validation_error", "message": "the goal names no document"}}
    execute = arms_stub.add("POST", "/arms/summarizer/execute", status=422, json=refusal)
    task = run_task(services_for(worker_settings, database, redis_client, publisher), database,
                    "Summarize it")  # fmt: skip
    assert task.status == Status.FAILED.value and task.error_code == "arm_error"
    assert task.error_message == (
        "arm summarizer refused the task (422): the goal names no document"
    )
    assert execute.call_count == 1


def test_arm_tokens_are_sent_and_never_shown(
    worker_settings: Settings,
    database: Database,
    redis_client: redis.Redis,
    publisher: Celery,
    reflex_stub: Stub,
    arms_stub: Stub,
    other_stub: Stub,
    caplog: pytest.LogCaptureFixture,
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    arms_stub.add("GET", "/capabilities", json=[SUMMARIZER])
    arms_stub.add("POST", "/arms/summarizer/execute", json=ANSWER)
    other_stub.add("GET", "/capabilities", status=503, json={"error": "down"})
    settings = Settings.from_env(
        {"ARM_TOKENS": f"{arms_stub.url}={TOKEN},shared-{TOKEN}"},
        **{**without_tokens(worker_settings), "arm_urls": (arms_stub.url, other_stub.url)},
    )
    services = services_for(settings, database, redis_client, publisher)
    with caplog.at_level(logging.DEBUG):
        task = run_task(services, database, "Summarize the notes")
    assert task.status == Status.COMPLETED.value
    sent = {(c.method, c.path): c.headers.get("Authorization") for c in arms_stub.calls}
    assert sent == {
        ("GET", "/capabilities"): f"Bearer {TOKEN}",
        ("POST", "/arms/summarizer/execute"): f"Bearer {TOKEN}",
    }
    # A service without a pair of its own gets the shared token.
    assert other_stub.calls[0].headers.get("Authorization") == f"Bearer shared-{TOKEN}"
    assert "Authorization" not in reflex_stub.calls[0].headers

    shown = [
        caplog.text,
        orjson.dumps(result_of(database, task)).decode(),
        str(task.error_message),
        prometheus_client.generate_latest().decode(),
        repr(settings),
    ]
    assert not [text for text in shown if TOKEN in text]


def test_arm_tokens_are_validated_without_echoing_them(worker_settings: Settings) -> None:
    base = without_tokens(worker_settings)
    with pytest.raises(SettingsError, match="ARM_TOKENS names http://elsewhere:1") as error:
        Settings.from_env({"ARM_TOKENS": f"http://elsewhere:1={TOKEN}"}, **base)
    assert TOKEN not in str(error.value)
    with pytest.raises(SettingsError, match="ARM_TOKENS=<hidden> is invalid") as error:
        Settings.from_env({"ARM_TOKENS": f"{TOKEN},second-{TOKEN}"}, **base)
    assert TOKEN not in str(error.value)
    with pytest.raises(SettingsError, match="ARM_TOKENS"):
        Settings.from_env({"ARM_TOKENS": f"{worker_settings.arm_urls[0]}="}, **base)
