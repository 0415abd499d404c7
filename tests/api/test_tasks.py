"""GET /tasks/<id>, GET /tasks, GET /tasks/<id>/events, POST /tasks/<id>/cancel."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from datetime import timedelta

import orjson
import pytest
import redis
from flask.testing import FlaskClient
from sqlalchemy import update
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from shared.models import Task, TaskResult, utcnow
from shared.states import Status
from shared.transitions import transition
from tests.api.conftest import assert_error

Submit = Callable[..., TestResponse]
# A well-formed id no task has (fixed: parallel test processes must collect the same ids).
UNKNOWN_TASK_ID = "7c0b3b42-5f0e-4d8a-9a53-0c6e2b1f9d10"


def _submit_id(submit: Submit, **contract: object) -> str:
    response = submit({"goal": "g", **contract})
    assert response.status_code == 202
    task_id: str = response.get_json()["task_id"]
    return task_id


def _start(session: Session, task_id: str) -> None:
    assert transition(
        session,
        uuid.UUID(task_id),
        from_=Status.PENDING,
        to=Status.PROCESSING,
        started_at=utcnow(),
        attempts=1,
    )
    session.commit()


def test_completed_task_shows_result_and_timing(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session
) -> None:
    task_id = _submit_id(submit)
    _start(session, task_id)
    started = session.get(Task, uuid.UUID(task_id))
    assert started is not None and started.started_at is not None
    finished_at = started.started_at + timedelta(milliseconds=1500)
    session.add(TaskResult(task_id=uuid.UUID(task_id), result={"output": "done"}))
    transition(
        session,
        uuid.UUID(task_id),
        from_=Status.PROCESSING,
        to=Status.COMPLETED,
        now=finished_at,
    )
    session.commit()

    task = client.get(f"/tasks/{task_id}", headers=auth).get_json()

    assert task["status"] == "completed"
    assert task["result"] == {"output": "done"}
    assert task["error"] is None
    assert task["attempts"] == 1
    assert task["processing_time_ms"] == 1500
    assert task["started_at"] and task["finished_at"]
    assert set(task) == {
        "task_id",
        "status",
        "priority",
        "goal",
        "context",
        "constraints",
        "acceptance_criteria",
        "budget",
        "metadata",
        "parent_task_id",
        "assigned_arm",
        "result",
        "error",
        "cancel_requested",
        "attempts",
        "created_at",
        "updated_at",
        "started_at",
        "finished_at",
        "processing_time_ms",
        "plan",
        "progress",
        "webhook_url",
    }
    assert task["webhook_url"] is None


def test_failed_task_shows_its_error(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session
) -> None:
    task_id = _submit_id(submit)
    _start(session, task_id)
    transition(
        session,
        uuid.UUID(task_id),
        from_=Status.PROCESSING,
        to=Status.FAILED,
        error_code="no_arm",
        error_message="no arm can do this",
    )
    session.commit()

    task = client.get(f"/tasks/{task_id}", headers=auth).get_json()

    assert task["status"] == "failed"
    assert task["error"] == {"code": "no_arm", "message": "no arm can do this"}
    assert task["result"] is None


@pytest.mark.parametrize("path", ["/tasks/{}", "/tasks/{}/events"])
@pytest.mark.parametrize("task_id", ["not-a-uuid", "123", UNKNOWN_TASK_ID])
def test_unknown_or_malformed_id_is_404(
    client: FlaskClient, auth: dict[str, str], path: str, task_id: str
) -> None:
    assert_error(client.get(path.format(task_id), headers=auth), 404, "not_found")


@pytest.mark.parametrize("task_id", ["not-a-uuid", UNKNOWN_TASK_ID])
def test_cancel_of_unknown_task_is_404(
    client: FlaskClient, auth: dict[str, str], task_id: str
) -> None:
    assert_error(client.post(f"/tasks/{task_id}/cancel", headers=auth), 404, "not_found")


def test_another_keys_task_is_invisible(
    submit: Submit, client: FlaskClient, make_key: Callable[[str], str]
) -> None:
    task_id = _submit_id(submit)
    stranger = {"Authorization": f"Bearer {make_key('stranger')}"}

    assert_error(client.get(f"/tasks/{task_id}", headers=stranger), 404, "not_found")
    assert_error(client.get(f"/tasks/{task_id}/events", headers=stranger), 404, "not_found")
    assert_error(client.post(f"/tasks/{task_id}/cancel", headers=stranger), 404, "not_found")
    assert client.get("/tasks", headers=stranger).get_json()["tasks"] == []


def test_events_list_the_status_history(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session
) -> None:
    task_id = _submit_id(submit)
    _start(session, task_id)

    body = client.get(f"/tasks/{task_id}/events", headers=auth).get_json()

    assert body["task_id"] == task_id
    assert [(e["from_status"], e["to_status"]) for e in body["events"]] == [
        (None, "pending"),
        ("pending", "processing"),
    ]


def test_cancel_pending_task_at_once_and_revoke(
    submit: Submit, client: FlaskClient, auth: dict[str, str], redis_client: redis.Redis
) -> None:
    task_id = _submit_id(submit)
    broadcasts = redis_client.pubsub()
    broadcasts.psubscribe("*pidbox*")
    assert broadcasts.get_message(timeout=2) is not None  # the subscription confirmation

    response = client.post(f"/tasks/{task_id}/cancel", headers=auth)

    revoke = broadcasts.get_message(timeout=5)
    broadcasts.close()
    assert revoke is not None
    control = orjson.loads(base64.b64decode(orjson.loads(revoke["data"])["body"]))
    assert control["method"] == "revoke"
    assert control["arguments"]["task_id"] == task_id
    assert response.status_code == 200
    assert response.get_json()["status"] == "cancelled"
    assert response.get_json()["cancel_requested"] is False
    task = client.get(f"/tasks/{task_id}", headers=auth).get_json()
    assert task["status"] == "cancelled" and task["finished_at"]
    events = client.get(f"/tasks/{task_id}/events", headers=auth).get_json()["events"]
    assert (events[-1]["from_status"], events[-1]["to_status"]) == ("pending", "cancelled")


def test_cancel_processing_task_asks_it_to_stop(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session
) -> None:
    task_id = _submit_id(submit)
    _start(session, task_id)

    response = client.post(f"/tasks/{task_id}/cancel", headers=auth)

    assert response.status_code == 202
    assert response.get_json()["status"] == "processing"
    assert response.get_json()["cancel_requested"] is True
    task = client.get(f"/tasks/{task_id}", headers=auth).get_json()
    assert task["status"] == "processing" and task["cancel_requested"] is True


@pytest.mark.parametrize("final", [Status.COMPLETED, Status.FAILED, Status.BLOCKED])
def test_cancel_finished_task_is_409(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session, final: Status
) -> None:
    task_id = _submit_id(submit)
    _start(session, task_id)
    transition(session, uuid.UUID(task_id), from_=Status.PROCESSING, to=final)
    session.commit()

    body = assert_error(
        client.post(f"/tasks/{task_id}/cancel", headers=auth), 409, "task_not_cancellable"
    )

    assert body["error"]["details"] == {"status": final.value}


def test_cancel_twice_is_409(submit: Submit, client: FlaskClient, auth: dict[str, str]) -> None:
    task_id = _submit_id(submit)
    assert client.post(f"/tasks/{task_id}/cancel", headers=auth).status_code == 200

    assert_error(client.post(f"/tasks/{task_id}/cancel", headers=auth), 409, "task_not_cancellable")


def _created_in_order(session: Session, ids: list[str]) -> None:
    """Spread creation times so 'newest first' has one right answer."""
    base = utcnow()
    for i, task_id in enumerate(ids):
        session.execute(
            update(Task)
            .where(Task.id == uuid.UUID(task_id))
            .values(created_at=base + timedelta(seconds=i))
        )
    session.commit()


def test_list_is_newest_first_and_paginated_by_cursor(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session
) -> None:
    ids = [_submit_id(submit) for _ in range(5)]
    _created_in_order(session, ids)

    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        query = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        body = client.get("/tasks", query_string=query, headers=auth).get_json()
        pages += 1
        seen += [t["task_id"] for t in body["tasks"]]
        cursor = body["next_cursor"]
        if cursor is None:
            break

    assert seen == list(reversed(ids))
    assert pages == 3


def test_list_by_offset_reports_total(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session
) -> None:
    ids = [_submit_id(submit) for _ in range(3)]
    _created_in_order(session, ids)

    body = client.get("/tasks", query_string={"limit": 1, "offset": 1}, headers=auth).get_json()

    assert [t["task_id"] for t in body["tasks"]] == [ids[1]]
    assert body["total"] == 3
    assert body["offset"] == 1
    assert body["next_cursor"] is not None


def test_list_filters_by_status_and_priority(
    submit: Submit, client: FlaskClient, auth: dict[str, str]
) -> None:
    low = _submit_id(submit, priority="low")
    high = _submit_id(submit, priority="high")
    cancelled = _submit_id(submit, priority="high")
    client.post(f"/tasks/{cancelled}/cancel", headers=auth)

    def listed(**query: str) -> set[str]:
        body = client.get("/tasks", query_string=query, headers=auth).get_json()
        return {t["task_id"] for t in body["tasks"]}

    assert listed(priority="high") == {high, cancelled}
    assert listed(status="pending") == {low, high}
    assert listed(status="cancelled", priority="high") == {cancelled}
    assert listed() == {low, high, cancelled}


def test_list_default_limit_is_20(
    submit: Submit, client: FlaskClient, auth: dict[str, str]
) -> None:
    for _ in range(21):
        _submit_id(submit)

    body = client.get("/tasks", headers=auth).get_json()

    assert len(body["tasks"]) == 20
    assert body["limit"] == 20
    assert body["next_cursor"] is not None


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "101"}, "limit"),
        ({"limit": "many"}, "limit"),
        ({"offset": "-1"}, "offset"),
        ({"status": "done"}, "status"),
        ({"priority": "urgent"}, "priority"),
        ({"cursor": "!!!"}, "cursor"),
        ({"cursor": "bm90LWEtY3Vyc29y"}, "cursor"),
        ({"cursor": "WyJ4IiwgInkiXQ"}, "cursor"),
        ({"cursor": "abc", "offset": "0"}, "cursor"),
        ({"sort": "asc"}, "sort"),
    ],
)
def test_bad_list_query_is_422(
    client: FlaskClient, auth: dict[str, str], query: dict[str, str], named: str
) -> None:
    body = assert_error(
        client.get("/tasks", query_string=query, headers=auth), 422, "validation_error"
    )

    assert named in body["error"]["details"]


def _cursor(created_at: str) -> str:
    raw = orjson.dumps([created_at, str(uuid.uuid4())])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ({"offset": str(2**63)}, "offset"),
        ({"offset": str(2**31)}, "offset"),
        ({"offset": "1" + "0" * 40}, "offset"),
        ({"limit": str(2**63)}, "limit"),
        ({"limit": "1" + "0" * 40}, "limit"),
        ({"cursor": _cursor("9999-12-31T23:59:59-14:00")}, "cursor"),
        ({"cursor": _cursor("0001-01-01T00:00:00+14:00")}, "cursor"),
        ({"cursor": _cursor("2026-01-01T00:00:00")}, "cursor"),
    ],
)
def test_huge_or_out_of_range_list_values_are_422_not_500(
    client: FlaskClient, auth: dict[str, str], query: dict[str, str], named: str
) -> None:
    body = assert_error(
        client.get("/tasks", query_string=query, headers=auth), 422, "validation_error"
    )
    assert named in body["error"]["details"]


def test_the_largest_offset_answers_an_empty_page(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    response = client.get("/tasks", query_string={"offset": str(2**31 - 1)}, headers=auth)
    assert response.status_code == 200, response.get_data(as_text=True)
    assert response.get_json()["tasks"] == []
