"""POST /submit: the task contract's rules, defaults, durability, queueing and idempotency."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import orjson
import pytest
import redis
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from shared.models import Task, TaskEvent
from tests.api.conftest import assert_error

Submit = Callable[..., TestResponse]


def _queued_task_ids(redis_client: redis.Redis, queue: str) -> list[str]:
    return [orjson.loads(raw)["headers"]["id"] for raw in redis_client.lrange(queue, 0, -1)]


def test_goal_only_is_accepted_durable_and_queued(
    submit: Submit, session: Session, redis_client: redis.Redis
) -> None:
    response = submit({"goal": "Summarise the quarterly report"})

    assert response.status_code == 202
    body = response.get_json()
    assert body["status"] == "pending"
    assert body["message"]
    task_id = uuid.UUID(body["task_id"])
    assert response.headers["Location"] == f"/tasks/{task_id}"

    task = session.get(Task, task_id)
    assert task is not None and task.status == "pending"
    events = session.scalars(select(TaskEvent).where(TaskEvent.task_id == task_id)).all()
    assert [(e.from_status, e.to_status) for e in events] == [(None, "pending")]
    assert _queued_task_ids(redis_client, "medium") == [str(task_id)]


def test_omitted_fields_get_their_defaults(
    submit: Submit, client: FlaskClient, auth: dict[str, str]
) -> None:
    task_id = submit({"goal": "g"}).get_json()["task_id"]

    task = client.get(f"/tasks/{task_id}", headers=auth).get_json()
    assert task["priority"] == "medium"
    assert task["budget"] == {
        "max_tokens": 10_000,
        "max_time_seconds": 300,
        "max_cost_usd": 1.0,
        "max_repairs": 1,
    }
    assert task["constraints"] == {}
    assert task["acceptance_criteria"] == []
    assert task["metadata"] == {}
    assert task["context"] is None
    assert task["parent_task_id"] is None
    assert task["assigned_arm"] is None


def test_partial_budget_is_completed_with_defaults(
    submit: Submit, client: FlaskClient, auth: dict[str, str]
) -> None:
    task_id = submit({"goal": "g", "budget": {"max_tokens": 500}}).get_json()["task_id"]

    budget = client.get(f"/tasks/{task_id}", headers=auth).get_json()["budget"]
    assert budget == {
        "max_tokens": 500,
        "max_time_seconds": 300,
        "max_cost_usd": 1.0,
        "max_repairs": 1,
    }


def test_full_contract_is_stored_as_given(
    submit: Submit, client: FlaskClient, auth: dict[str, str], redis_client: redis.Redis
) -> None:
    parent = str(uuid.uuid4())
    contract = {
        "goal": "Translate the README",
        "context": "Audience: developers",
        "constraints": {"language": "fr", "style": {"tone": "neutral"}},
        "acceptance_criteria": ["keeps code blocks", "no untranslated headings"],
        "budget": {
            "max_tokens": 2000,
            "max_time_seconds": 60,
            "max_cost_usd": 0.5,
            "max_repairs": 2,
        },
        "priority": "critical",
        "metadata": {"source": "ci", "attempt": 1},
        "parent_task_id": parent,
        "assigned_arm": "translator",
    }
    task_id = submit(contract).get_json()["task_id"]

    task = client.get(f"/tasks/{task_id}", headers=auth).get_json()
    for field, value in contract.items():
        assert task[field] == value, field
    assert _queued_task_ids(redis_client, "critical") == [task_id]
    assert redis_client.llen("medium") == 0


GOOD_VALUES: list[tuple[str, Any]] = [
    ("goal", "x"),
    ("goal", "y" * 10_000),
    ("context", ""),
    ("context", "c" * 50_000),
    ("context", None),
    ("constraints", {"a": [1, 2]}),
    ("acceptance_criteria", ["one", "two"]),
    ("budget", {"max_tokens": 1}),
    ("budget", {"max_tokens": 100_000}),
    ("budget", {"max_time_seconds": 1}),
    ("budget", {"max_time_seconds": 3_600}),
    ("budget", {"max_cost_usd": 0}),
    ("budget", {"max_cost_usd": 100}),
    ("budget", {"max_cost_usd": 2.75}),
    ("priority", "low"),
    ("priority", "high"),
    ("metadata", {"k": "v"}),
    ("parent_task_id", "6f1e3c1a-0b7e-4d36-9a52-3f7d1c0e9b11"),
    ("parent_task_id", None),
    ("assigned_arm", "coder"),
]


@pytest.mark.parametrize(("field", "value"), GOOD_VALUES)
def test_good_value_is_accepted(submit: Submit, field: str, value: Any) -> None:
    body = {"goal": "g", field: value}

    assert submit(body).status_code == 202


BAD_VALUES: list[tuple[str, Any, str]] = [
    ("goal", "", "goal"),
    ("goal", "   \n\t", "goal"),
    ("goal", "y" * 10_001, "goal"),
    ("goal", 42, "goal"),
    ("goal", None, "goal"),
    ("context", "c" * 50_001, "context"),
    ("context", ["not", "text"], "context"),
    ("constraints", ["not", "an", "object"], "constraints"),
    ("acceptance_criteria", "not a list", "acceptance_criteria"),
    ("acceptance_criteria", ["ok", 3], "acceptance_criteria.1"),
    ("budget", "lots", "budget"),
    ("budget", {"max_tokens": 0}, "budget.max_tokens"),
    ("budget", {"max_tokens": 100_001}, "budget.max_tokens"),
    ("budget", {"max_tokens": 1.5}, "budget.max_tokens"),
    ("budget", {"max_tokens": "100"}, "budget.max_tokens"),
    ("budget", {"max_time_seconds": 0}, "budget.max_time_seconds"),
    ("budget", {"max_time_seconds": 3_601}, "budget.max_time_seconds"),
    ("budget", {"max_cost_usd": -0.01}, "budget.max_cost_usd"),
    ("budget", {"max_cost_usd": 100.01}, "budget.max_cost_usd"),
    ("budget", {"max_cost_usd": "1"}, "budget.max_cost_usd"),
    ("budget", {"max_cost_usd": True}, "budget.max_cost_usd"),
    ("budget", {"max_tokens": 10, "max_retries": 3}, "budget.max_retries"),
    ("priority", "urgent", "priority"),
    ("priority", "HIGH", "priority"),
    ("metadata", "tag", "metadata"),
    ("parent_task_id", "not-a-uuid", "parent_task_id"),
    ("assigned_arm", "", "assigned_arm"),
    ("assigned_arm", "a" * 129, "assigned_arm"),
    ("unknown_field", 1, "unknown_field"),
]


@pytest.mark.parametrize(("field", "value", "named"), BAD_VALUES)
def test_bad_value_is_refused_naming_the_field(
    submit: Submit, session: Session, field: str, value: Any, named: str
) -> None:
    body = {"goal": "g", field: value}

    error = assert_error(submit(body), 422, "validation_error")

    assert named in error["error"]["details"]
    assert session.scalar(select(Task.id)) is None


def test_missing_goal_is_named(submit: Submit) -> None:
    error = assert_error(submit({"priority": "low"}), 422, "validation_error")

    assert "goal" in error["error"]["details"]


def test_every_bad_field_is_named_at_once(submit: Submit) -> None:
    error = assert_error(
        submit({"goal": "", "priority": "x", "budget": {"max_tokens": 0}, "extra": 1}),
        422,
        "validation_error",
    )

    assert {"goal", "priority", "budget.max_tokens", "extra"} <= set(error["error"]["details"])


@pytest.mark.parametrize("body", [[], ["goal"], "goal", 3, None])
def test_body_that_is_not_an_object_is_refused(
    client: FlaskClient, auth: dict[str, str], body: Any
) -> None:
    response = client.post(
        "/submit", data=orjson.dumps(body), headers={**auth, "Content-Type": "application/json"}
    )

    assert_error(response, 422, "validation_error")


def test_repeated_idempotency_key_returns_the_first_task(
    submit: Submit, session: Session, redis_client: redis.Redis
) -> None:
    first = submit({"goal": "once"}, headers={"Idempotency-Key": "order-42"})
    again = submit({"goal": "once, again"}, headers={"Idempotency-Key": "order-42"})

    assert first.status_code == 202
    assert again.status_code == 200
    assert again.get_json()["task_id"] == first.get_json()["task_id"]
    assert len(session.scalars(select(Task.id)).all()) == 1
    assert redis_client.llen("medium") == 1


def test_idempotency_key_is_per_owner(client: FlaskClient, make_key: Callable[[str], str]) -> None:
    ids = []
    for owner in ("alice", "bob"):
        headers = {"Authorization": f"Bearer {make_key(owner)}", "Idempotency-Key": "same"}
        response = client.post("/submit", json={"goal": "g"}, headers=headers)
        assert response.status_code == 202
        ids.append(response.get_json()["task_id"])

    assert ids[0] != ids[1]


@pytest.mark.parametrize("key", ["", "k" * 256, "bad\x01key"])
def test_malformed_idempotency_key_is_refused(submit: Submit, key: str) -> None:
    error = assert_error(submit(headers={"Idempotency-Key": key}), 422, "validation_error")

    assert "Idempotency-Key" in error["error"]["details"]


def test_submission_is_counted_in_metrics(submit: Submit, client: FlaskClient) -> None:
    submit({"goal": "g", "priority": "high"})

    text = client.get("/metrics").get_data(as_text=True)
    assert 'orchestrator_tasks_submitted_total{priority="high"} 1.0' in text
