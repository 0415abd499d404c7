"""Plans at the API: the contract's ``plan`` and ``budget.max_repairs``, steps and progress."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from shared.models import StepEvent, Task, TaskStep, utcnow
from shared.plans import MAX_STEPS
from tests.api.conftest import assert_error

Submit = Callable[..., TestResponse]

DIAMOND: list[dict[str, Any]] = [
    {"id": "a", "instruction": "Extract the dates", "capabilities": ["extraction"]},
    {"id": "b", "instruction": "Summarise the first half", "depends_on": ["a"]},
    {"id": "c", "instruction": "Summarise the second half", "arm": "summarizer",
     "depends_on": ["a"]},
    {"id": "d", "instruction": "Combine both summaries", "depends_on": ["b", "c"]},
]  # fmt: skip


def test_a_plan_is_stored_as_given_with_its_repairs_budget(
    submit: Submit, session: Session
) -> None:
    response = submit({"goal": "g", "plan": DIAMOND, "budget": {"max_repairs": 3}})

    assert response.status_code == 202, response.get_json()
    task = session.get(Task, uuid.UUID(response.get_json()["task_id"]))
    assert task is not None
    assert [step["id"] for step in task.plan] == ["a", "b", "c", "d"]
    assert task.plan[0]["depends_on"] == []  # the default, filled in
    assert task.budget["max_repairs"] == 3


@pytest.mark.parametrize("plan", [True, False, None])
def test_plan_true_asks_a_planner_and_false_or_null_is_single_hop(
    submit: Submit, session: Session, plan: Any
) -> None:
    response = submit({"goal": "g", "plan": plan})

    assert response.status_code == 202
    task = session.get(Task, uuid.UUID(response.get_json()["task_id"]))
    assert task is not None and task.plan == (True if plan else None)


def _step(step_id: str, *depends_on: str, **fields: Any) -> dict[str, Any]:
    return {"id": step_id, "instruction": f"do {step_id}", "depends_on": list(depends_on),
            **fields}  # fmt: skip


INVALID_PLANS: list[tuple[str, Any, str, str]] = [
    ("not a list", "steps", "plan", "true or a list"),
    ("empty", [], "plan", "at least one"),
    ("too many", [_step(f"s{i}") for i in range(MAX_STEPS + 1)], "plan", "at most 50"),
    ("duplicate id", [_step("a"), _step("a")], "plan.a.id", "Another step"),
    ("unknown dependency", [_step("a", "x")], "plan.a.depends_on", "Unknown step 'x'"),
    ("self dependency", [_step("a", "a")], "plan.a.depends_on", "itself"),
    ("cycle", [_step("a", "c"), _step("b", "a"), _step("c", "b")], "depends_on", "cycle"),
    ("dependency named twice", [_step("a"), _step("b", "a", "a")], "plan.b.depends_on", "twice"),
    ("no instruction", [{"id": "a"}], "plan.a.instruction", "required"),
    ("blank instruction", [_step("a", instruction="  ")], "plan.a.instruction", "blank"),
    ("no id", [{"instruction": "x"}], "plan.0.id", "required"),
    ("bad id", [_step("a.b")], "plan.0.id", "letters"),
    ("both arm and capabilities", [_step("a", arm="x", capabilities=["y"])], "plan.a",
     "not both"),
    ("empty capabilities", [_step("a", capabilities=[])], "plan.a.capabilities", "Length"),
    ("blank capability", [_step("a", capabilities=[" "])], "plan.a.capabilities.0", "blank"),
    ("blank arm", [_step("a", arm=" ")], "plan.a.arm", "blank"),
    ("unknown step field", [_step("a", after="b")], "plan.a.after", "Unknown"),
    ("step not an object", ["a"], "plan.0", "object"),
    ("NUL in an instruction", [_step("a", instruction="x\x00y")], "plan", "NUL"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "plan", "named", "says"), INVALID_PLANS, ids=[c[0] for c in INVALID_PLANS]
)
def test_an_invalid_plan_is_refused_naming_the_step_and_the_problem(
    submit: Submit, session: Session, case: str, plan: Any, named: str, says: str
) -> None:
    error = assert_error(submit({"goal": "g", "plan": plan}), 422, "validation_error")

    details = error["error"]["details"]
    key = next((k for k in details if k.startswith("plan") and named in k), None)
    assert key is not None, details
    assert says.lower() in " ".join(details[key]).lower(), details
    assert session.scalar(select(Task.id)) is None


def test_the_cycle_error_names_its_steps(submit: Submit) -> None:
    plan = [_step("a", "c"), _step("b", "a"), _step("c", "b")]

    details = assert_error(submit({"goal": "g", "plan": plan}), 422, "validation_error")["error"][
        "details"
    ]

    (message,) = next(v for k, v in details.items() if k.startswith("plan."))
    assert all(f"{s}" in message for s in "abc") and "->" in message


@pytest.mark.parametrize("repairs", [-1, 6, 1.5, "1"])
def test_max_repairs_is_0_to_5(submit: Submit, repairs: Any) -> None:
    error = assert_error(submit({"goal": "g", "budget": {"max_repairs": repairs}}), 422,
                         "validation_error")  # fmt: skip

    assert "budget.max_repairs" in error["error"]["details"]


def _plan_task(session: Session, submit: Submit) -> uuid.UUID:
    task_id = uuid.UUID(submit({"goal": "g", "plan": DIAMOND}).get_json()["task_id"])
    now = utcnow()
    for position, (step, status) in enumerate(
        zip(DIAMOND, ["completed", "running", "pending", "pending"], strict=True)
    ):
        session.add(
            TaskStep(
                task_id=task_id,
                step_id=step["id"],
                kind="step",
                position=position,
                instruction=step["instruction"],
                depends_on=step.get("depends_on", []),
                status=status,
                attempts=1 if status != "pending" else 0,
                output={"done": step["id"]} if status == "completed" else None,
                tokens_used=7 if status == "completed" else 0,
                created_at=now,
                updated_at=now,
            )
        )
    session.flush()
    return task_id


def test_a_plan_task_shows_its_progress_and_steps(
    submit: Submit, session: Session, client: FlaskClient, auth: dict[str, str]
) -> None:
    task_id = _plan_task(session, submit)
    # The rows the orchestrator adds are not steps of the plan: progress leaves them out.
    now = utcnow()
    for position, (step_id, kind) in enumerate([("planner.1", "planner"), ("judge.1", "judge")]):
        session.add(
            TaskStep(
                task_id=task_id, step_id=step_id, kind=kind, position=10 + position,
                instruction=kind, depends_on=[], status="completed", attempts=1,
                created_at=now, updated_at=now,
            )
        )  # fmt: skip
    session.flush()

    task = client.get(f"/tasks/{task_id}", headers=auth).get_json()
    assert task["progress"] == {"completed_steps": 1, "total_steps": 4}

    body = client.get(f"/tasks/{task_id}/steps", headers=auth).get_json()
    assert body["task_id"] == str(task_id)
    steps = body["steps"]
    assert [s["id"] for s in steps][:4] == ["a", "b", "c", "d"]
    assert steps[0]["status"] == "completed" and steps[0]["output"] == {"done": "a"}
    assert steps[0]["tokens_used"] == 7 and steps[0]["attempts"] == 1
    assert steps[3]["depends_on"] == ["b", "c"]
    for key in ("instruction", "arm_id", "cost_usd", "started_at", "finished_at"):
        assert key in steps[0]


def test_a_single_hop_task_has_no_progress_and_no_steps(
    submit: Submit, client: FlaskClient, auth: dict[str, str]
) -> None:
    task_id = submit({"goal": "g"}).get_json()["task_id"]

    assert client.get(f"/tasks/{task_id}", headers=auth).get_json()["progress"] is None
    assert client.get(f"/tasks/{task_id}/steps", headers=auth).get_json()["steps"] == []


def test_steps_of_an_unknown_or_foreign_task_are_not_found(
    client: FlaskClient, auth: dict[str, str], make_key: Callable[[str], str], submit: Submit
) -> None:
    task_id = submit({"goal": "g", "plan": DIAMOND}).get_json()["task_id"]
    other = {"Authorization": f"Bearer {make_key('other')}"}

    assert_error(client.get(f"/tasks/{uuid.uuid4()}/steps", headers=auth), 404, "not_found")
    assert_error(client.get(f"/tasks/{task_id}/steps", headers=other), 404, "not_found")
    assert_error(client.get(f"/tasks/{task_id}/steps"), 401, "unauthorized")


def test_cancelling_a_processing_plan_cancels_its_unfinished_steps(
    submit: Submit, session: Session, client: FlaskClient, auth: dict[str, str]
) -> None:
    task_id = _plan_task(session, submit)
    task = session.get(Task, task_id)
    assert task is not None
    task.status = "processing"
    session.flush()

    response = client.post(f"/tasks/{task_id}/cancel", headers=auth)

    assert response.status_code == 202
    steps = client.get(f"/tasks/{task_id}/steps", headers=auth).get_json()["steps"]
    assert [s["status"] for s in steps] == ["completed", "cancelled", "cancelled", "cancelled"]
    events = session.scalars(
        select(StepEvent).where(StepEvent.task_id == task_id).order_by(StepEvent.id)
    ).all()
    assert sorted((e.step_id, e.from_status, e.to_status) for e in events) == [
        ("b", "running", "cancelled"),
        ("c", "pending", "cancelled"),
        ("d", "pending", "cancelled"),
    ]
