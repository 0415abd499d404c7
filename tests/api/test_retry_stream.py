"""POST /tasks/<id>/retry and GET /tasks/<id>/stream at the API (real Postgres and Redis)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

import orjson
import pytest
from flask.testing import FlaskClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from orchestrator_api.streams import Cursor, InvalidEventId
from shared.models import StepEvent, Task, TaskResult, TaskStep, utcnow
from shared.states import Status
from shared.transitions import transition
from tests.api.conftest import assert_error
from tests.api.test_plans import _plan_task

Submit = Callable[..., TestResponse]


def _submitted(submit: Submit) -> uuid.UUID:
    response = submit({"goal": "g"})
    assert response.status_code == 202
    return uuid.UUID(response.get_json()["task_id"])


def _run_to(session: Session, task_id: uuid.UUID, final: Status, **values: object) -> None:
    assert transition(session, task_id, from_=Status.PENDING, to=Status.PROCESSING,
                      started_at=utcnow(), attempts=1, claimed_by="w:1")  # fmt: skip
    if final is not Status.PROCESSING:
        assert transition(session, task_id, from_=Status.PROCESSING, to=final, **values)
    session.commit()


@pytest.mark.parametrize("final", [Status.FAILED, Status.CANCELLED])
def test_retry_sends_a_failed_or_cancelled_task_back_to_pending_in_one_transaction(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session, final: Status
) -> None:
    task_id = _submitted(submit)
    _run_to(session, task_id, final, error_code="arm_error", error_message="no",
            cancel_requested=final is Status.CANCELLED, heartbeat_at=None)  # fmt: skip
    session.add(TaskResult(task_id=task_id, result={"attempt": 1}))
    session.commit()

    response = client.post(f"/tasks/{task_id}/retry", headers=auth)

    assert response.status_code == 200
    assert response.get_json()["status"] == "pending"
    assert response.headers["Location"] == f"/tasks/{task_id}"
    task = client.get(f"/tasks/{task_id}", headers=auth).get_json()
    assert task["status"] == "pending" and task["error"] is None and task["result"] is None
    assert task["cancel_requested"] is False and task["attempts"] == 1
    assert task["finished_at"] is None
    events = client.get(f"/tasks/{task_id}/events", headers=auth).get_json()["events"]
    assert [(e["from_status"], e["to_status"], e["reason"]) for e in events][3:] == [
        (final.value, "pending", "retry requested")
    ]
    row = session.get(Task, task_id)
    assert row is not None
    session.refresh(row)
    assert row.claimed_by is None and row.started_at is None and row.error_code is None


@pytest.mark.parametrize("status", [Status.PENDING, Status.PROCESSING, Status.COMPLETED,
                                    Status.BLOCKED])  # fmt: skip
def test_retry_of_any_other_status_is_409_and_changes_nothing(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session, status: Status
) -> None:
    task_id = _submitted(submit)
    if status is not Status.PENDING:
        _run_to(session, task_id, status)
    before = client.get(f"/tasks/{task_id}/events", headers=auth).get_json()["events"]

    body = assert_error(client.post(f"/tasks/{task_id}/retry", headers=auth), 409,
                        "task_not_retryable")  # fmt: skip

    assert body["error"]["details"] == {"status": status.value}
    assert status.value in body["error"]["message"]
    assert client.get(f"/tasks/{task_id}/events", headers=auth).get_json()["events"] == before


def test_retry_of_unknown_or_foreign_tasks_is_404(
    submit: Submit, client: FlaskClient, auth: dict[str, str], make_key: Callable[[str], str],
    session: Session,
) -> None:  # fmt: skip
    task_id = _submitted(submit)
    _run_to(session, task_id, Status.FAILED)
    stranger = {"Authorization": f"Bearer {make_key('stranger')}"}

    assert_error(client.post(f"/tasks/{task_id}/retry", headers=stranger), 404, "not_found")
    assert_error(client.post(f"/tasks/{uuid.uuid4()}/retry", headers=auth), 404, "not_found")
    assert_error(client.post("/tasks/not-a-uuid/retry", headers=auth), 404, "not_found")
    assert_error(client.post(f"/tasks/{task_id}/retry"), 401, "unauthorized")


def test_retry_of_a_plan_resets_its_unfinished_steps_and_keeps_the_completed_ones(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session
) -> None:
    task_id = _plan_task(session, submit)  # a completed, b running, c and d pending
    session.execute(update(TaskStep).where(TaskStep.task_id == task_id, TaskStep.step_id == "b")
                    .values(status="failed", error="refused", finished_at=utcnow(),
                            queued_at=utcnow()))  # fmt: skip
    session.execute(update(TaskStep).where(TaskStep.task_id == task_id,
                                           TaskStep.step_id.in_(["c", "d"]))
                    .values(status="skipped"))  # fmt: skip
    _run_to(session, task_id, Status.FAILED)

    assert client.post(f"/tasks/{task_id}/retry", headers=auth).status_code == 200

    steps = {s["id"]: s for s in
             client.get(f"/tasks/{task_id}/steps", headers=auth).get_json()["steps"]}  # fmt: skip
    assert [steps[s]["status"] for s in "abcd"] == ["completed", "pending", "pending", "pending"]
    assert steps["a"]["output"] == {"done": "a"} and steps["a"]["attempts"] == 1
    assert steps["b"]["error"] is None and steps["b"]["attempts"] == 1
    queued = session.scalars(select(TaskStep.queued_at).where(TaskStep.task_id == task_id)).all()
    assert queued == [None] * 4
    events = session.execute(
        select(StepEvent.step_id, StepEvent.from_status, StepEvent.reason)
        .where(StepEvent.task_id == task_id, StepEvent.to_status == "pending")
    ).all()  # fmt: skip
    assert sorted(events) == [
        ("b", "failed", "retry requested"),
        ("c", "skipped", "retry requested"),
        ("d", "skipped", "retry requested"),
    ]


def _sse(response: TestResponse) -> list[tuple[str, str, dict[str, object]]]:
    events = []
    for block in response.get_data(as_text=True).split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line
                      and not line.startswith(":"))  # fmt: skip
        if "data" in fields:
            events.append((fields["event"], fields["id"], orjson.loads(fields["data"])))
    return events


def test_the_stream_of_a_finished_task_replays_it_and_ends(
    submit: Submit, client: FlaskClient, auth: dict[str, str], session: Session
) -> None:
    task_id = _plan_task(session, submit)
    # Later than the task's events, which carry the test transaction's clock.
    later = utcnow() + timedelta(hours=1)
    session.add(StepEvent(task_id=task_id, step_id="a", attempt=1, from_status="running",
                          to_status="completed", created_at=later))  # fmt: skip
    _run_to(session, task_id, Status.COMPLETED)

    response = client.get(f"/tasks/{task_id}/stream", headers=auth)

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/event-stream")
    assert response.headers["Cache-Control"] == "no-cache"
    events = _sse(response)
    assert [(kind, data["to_status"]) for kind, _, data in events] == [
        ("status", "pending"), ("status", "processing"), ("status", "completed"),
        ("step", "completed"),
    ]  # fmt: skip
    assert events[3][2]["step_id"] == "a" and events[3][2]["task_id"] == str(task_id)
    resumed = _sse(client.get(f"/tasks/{task_id}/stream",
                              headers={**auth, "Last-Event-ID": events[1][1]}))  # fmt: skip
    assert [data["id"] for _, _, data in resumed] == [data["id"] for _, _, data in events[2:]]
    by_query = _sse(client.get(f"/tasks/{task_id}/stream?last_event_id={events[2][1]}",
                               headers=auth))  # fmt: skip
    assert [(kind, data["to_status"]) for kind, _, data in by_query] == [("step", "completed")]


def test_the_stream_refuses_what_it_cannot_serve(
    submit: Submit, client: FlaskClient, auth: dict[str, str], make_key: Callable[[str], str]
) -> None:
    task_id = _submitted(submit)
    stranger = {"Authorization": f"Bearer {make_key('stranger')}"}

    assert_error(client.get(f"/tasks/{uuid.uuid4()}/stream", headers=auth), 404, "not_found")
    assert_error(client.get(f"/tasks/{task_id}/stream", headers=stranger), 404, "not_found")
    assert_error(client.get(f"/tasks/{task_id}/stream"), 401, "unauthorized")
    for bad in ("x", "1", "1-2-0", "-1-2", "1-2-3.x", "9" * 9000):
        assert_error(
            client.get(f"/tasks/{task_id}/stream", headers={**auth, "Last-Event-ID": bad}),
            400, "invalid_last_event_id",
        )  # fmt: skip


def test_a_cursor_lists_recent_step_ids_until_they_settle() -> None:
    cursor = Cursor.parse("12-40")
    assert (cursor.task_event, cursor.step_floor, cursor.steps_sent) == (12, 40, {})
    cursor.steps_sent.update({43: 0.0, 41: 1e18})
    assert cursor.encode() == "12-40-1.3"
    again = Cursor.parse(cursor.encode())
    assert again.step_floor == 40 and set(again.steps_sent) == {41, 43}

    cursor.settle(settle_seconds=30)  # 43 was sent long ago, 41 just now (far future)
    assert cursor.encode() == "12-43"
    assert Cursor.parse(None).encode() == Cursor.parse("").encode() == "0-0"
    with pytest.raises(InvalidEventId):
        Cursor.parse("12-40-0")
