"""Plans run step by step through the worker's plain functions, against real Postgres, with
the arms and the Reflex Layer mocked at the HTTP edge and the broker replaced by a list the
test drains (the end-to-end tests run real workers)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import pytest
import responses
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from orchestrator_worker import pipeline, plans
from shared.models import StepEvent, Task, TaskEvent, TaskResult, TaskStep, utcnow
from shared.settings import Settings
from shared.states import Status
from tests.worker.conftest import claimed_task, history
from tests.worker.test_pipeline import CLEAN

ARMS = "http://arms.test"
CAPABILITIES = [
    {"arm_id": "planner", "name": "Planner", "capabilities": ["planning"], "cost_tier": 2,
     "endpoint": f"{ARMS}/planner"},
    {"arm_id": "extractor", "name": "Extractor", "capabilities": ["extraction"], "cost_tier": 1,
     "endpoint": f"{ARMS}/extractor"},
    {"arm_id": "summarizer", "name": "Summarizer", "capabilities": ["summarization", "general"],
     "cost_tier": 1, "endpoint": f"{ARMS}/summarizer"},
]  # fmt: skip
JUDGE = {"arm_id": "judge", "name": "Judge", "capabilities": ["validation"], "cost_tier": 3,
         "endpoint": f"{ARMS}/judge"}  # fmt: skip
DIAMOND: list[dict[str, Any]] = [
    {"id": "a", "instruction": "Extract the figures", "capabilities": ["extraction"],
     "depends_on": []},
    {"id": "b", "instruction": "Summarise the costs", "depends_on": ["a"]},
    {"id": "c", "instruction": "Summarise the revenue", "arm": "summarizer", "depends_on": ["a"]},
    {"id": "d", "instruction": "Write the conclusion", "capabilities": ["summarization"],
     "depends_on": ["b", "c"]},
]  # fmt: skip


class Broker:
    """What the plan publishes, in order; ``drain`` runs each step as a worker would."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []

    def send_task(self, name: str, args: tuple[str, str], **_: Any) -> None:
        assert name == "orchestrator.run_step"
        self.sent.append(args)

    def drain(self, services: pipeline.Services, limit: int = 50) -> list[str]:
        ran = []
        while self.sent and limit:
            task_id, step_id = self.sent.pop(0)
            plans.run_step(services, uuid.UUID(task_id), step_id, self)  # type: ignore[arg-type]
            ran.append(step_id)
            limit -= 1
        return ran


@pytest.fixture
def broker(monkeypatch: pytest.MonkeyPatch) -> Broker:
    broker = Broker()
    # The process's Celery app is the publisher of the first dispatch (in ``begin``).
    monkeypatch.setattr(plans, "_publisher", lambda: broker)
    return broker


def echo_arm(arm_id: str, tokens: int = 10) -> Any:
    def answer(request: Any) -> tuple[int, dict[str, str], str]:
        body = json.loads(request.body)
        step = body.get("step") or {"id": None}
        output = {"by": arm_id, "step": step["id"], "inputs": sorted(body.get("inputs") or {})}
        return 200, {}, json.dumps({"output": output, "confidence": 0.8,
                                    "tokens_used": tokens, "cost_usd": 0.001})  # fmt: skip

    return responses.add_callback(responses.POST, f"{ARMS}/{arm_id}", callback=answer)


def mock_arms(*, judge: bool = False, tokens: int = 10) -> None:
    responses.get(f"{ARMS}/capabilities", json=CAPABILITIES + ([JUDGE] if judge else []))
    for arm in ("extractor", "summarizer"):
        echo_arm(arm, tokens)
    responses.post("http://reflex.test/process", json=CLEAN)


def start(services: pipeline.Services, sessions: sessionmaker[Session], **fields: Any) -> Any:
    claim = claimed_task(sessions, plan=fields.pop("plan", DIAMOND), **fields)
    assert pipeline.run(services, claim) is None  # the plan continues in its steps
    return claim.task_id


def steps_of(sessions: sessionmaker[Session], task_id: Any) -> dict[str, TaskStep]:
    with sessions() as session:
        rows = session.scalars(
            select(TaskStep).where(TaskStep.task_id == task_id).order_by(TaskStep.position)
        ).all()
        return {row.step_id: row for row in rows}


def task_of(sessions: sessionmaker[Session], task_id: Any) -> tuple[Task, dict[str, Any]]:
    with sessions() as session:
        task = session.get(Task, task_id)
        result = session.get(TaskResult, task_id)
        assert task is not None
        return task, result.result if result else {}


@responses.activate
def test_a_diamond_runs_in_dependency_order_and_answers_with_its_sink(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    mock_arms()
    task_id = start(services, sessions)

    assert broker.sent == [(str(task_id), "a")]
    ran = broker.drain(services)

    assert ran[0] == "a" and set(ran[1:3]) == {"b", "c"} and ran[3] == "d" and len(ran) == 4
    steps = steps_of(sessions, task_id)
    assert {s.status for s in steps.values()} == {"completed"}
    assert steps["d"].output == {"by": "summarizer", "step": "d", "inputs": ["b", "c"]}
    assert steps["a"].arm_id == "extractor" and steps["c"].arm_id == "summarizer"
    assert all(s.attempts == 1 for s in steps.values())
    task, result = task_of(sessions, task_id)
    assert task.status == "completed"
    assert result["answer"] == steps["d"].output
    assert result["plan"]["tokens_used"] == 40
    assert history(sessions, task_id) == ["pending", "processing", "completed"]


@responses.activate
def test_a_redelivered_step_message_runs_nothing_again(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    mock_arms()
    task_id = start(services, sessions)
    broker.drain(services)
    calls = len(responses.calls)

    plans.run_step(services, task_id, "b", broker)  # type: ignore[arg-type]

    assert len(responses.calls) == calls
    assert steps_of(sessions, task_id)["b"].attempts == 1


@responses.activate
def test_the_planner_writes_the_steps_when_plan_is_true(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    mock_arms()
    responses.post(f"{ARMS}/planner", json={"output": {"steps": DIAMOND}, "tokens_used": 5})
    task_id = start(services, sessions, plan=True)

    broker.drain(services)

    steps = steps_of(sessions, task_id)
    assert list(steps) == ["planner.1", "a", "b", "c", "d"]
    task, result = task_of(sessions, task_id)
    assert task.status == "completed", task.error_message
    assert result["plan"]["tokens_used"] == 45


@responses.activate
def test_an_invalid_plan_from_the_planner_fails_the_task_keeping_its_answer(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    mock_arms()
    bad = [{"id": "a", "instruction": "x", "depends_on": ["ghost"]}]
    responses.post(f"{ARMS}/planner", json={"output": {"steps": bad}, "tokens_used": 5})
    task_id = start(services, sessions, plan=True)

    broker.drain(services)

    task, result = task_of(sessions, task_id)
    assert task.status == "failed" and task.error_code == "invalid_plan"
    assert "ghost" in (task.error_message or "")
    assert result["planner"]["output"] == {"steps": bad}


@responses.activate
def test_the_budget_stops_the_plan_before_the_next_step(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    mock_arms(tokens=60)
    task_id = start(
        services, sessions,
        budget={"max_tokens": 100, "max_time_seconds": 300, "max_cost_usd": 1.0},
    )  # fmt: skip

    broker.drain(services)

    task, result = task_of(sessions, task_id)
    assert task.status == "failed" and task.error_code == "budget_exceeded"
    statuses = {k: s.status for k, s in steps_of(sessions, task_id).items()}
    assert statuses["a"] == "completed" and statuses["d"] == "skipped"
    assert result["plan"]["tokens_used"] > 100 or statuses["c"] == "skipped"


@responses.activate
def test_a_flagged_step_output_blocks_the_task_naming_the_step(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    responses.get(f"{ARMS}/capabilities", json=CAPABILITIES)
    echo_arm("extractor")
    echo_arm("summarizer")
    flagged = {**CLEAN, "status": "Blocked", "injection_detected": True,
               "injection_matches": [{"injection_type": "ignore_previous"}]}  # fmt: skip
    # The goal is clean; what the extractor answers is not.
    reports = iter([CLEAN, flagged])
    responses.add_callback(responses.POST, "http://reflex.test/process",
                           callback=lambda _r: (200, {}, json.dumps(next(reports))))  # fmt: skip
    task_id = start(services, sessions)

    broker.drain(services)

    task, result = task_of(sessions, task_id)
    assert task.status == "blocked"
    assert result["blocked_step"] == "a"
    with sessions() as session:
        reason = session.scalars(
            select(TaskEvent.reason).where(
                TaskEvent.task_id == task_id, TaskEvent.to_status == "blocked"
            )
        ).one()
    assert reason == "blocked by the Reflex Layer: output of step a: ignore_previous"
    statuses = {k: s.status for k, s in steps_of(sessions, task_id).items()}
    assert statuses == {"a": "failed", "b": "skipped", "c": "skipped", "d": "skipped"}


@responses.activate
def test_an_unavailable_arm_retries_the_step_with_attempt_2(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    mock_arms()
    task_id = start(services, sessions)
    responses.replace(responses.POST, f"{ARMS}/extractor", status=503, json={"error": {}})
    broker.drain(services, limit=1)
    assert steps_of(sessions, task_id)["a"].status == "pending"
    responses.remove(responses.POST, f"{ARMS}/extractor")
    echo_arm("extractor")

    broker.drain(services)

    steps = steps_of(sessions, task_id)
    assert steps["a"].attempts == 2 and steps["a"].status == "completed"
    assert task_of(sessions, task_id)[0].status == "completed"


@responses.activate
def test_a_failing_verdict_triggers_a_repair_with_the_feedback(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    mock_arms(judge=True)
    verdicts = iter([{"passed": False, "feedback": "mention margins"}, {"passed": True}])
    responses.add_callback(
        responses.POST, f"{ARMS}/judge",
        callback=lambda _r: (200, {}, json.dumps({"output": next(verdicts), "tokens_used": 1})),
    )  # fmt: skip
    task_id = start(services, sessions, acceptance_criteria=["mentions margins"])

    broker.drain(services)

    steps = steps_of(sessions, task_id)
    assert list(steps) == ["a", "b", "c", "d", "judge.1", "d.repair1", "judge.2"]
    assert steps["d.repair1"].extra_inputs["_feedback"]["feedback"] == "mention margins"
    assert steps["d.repair1"].output["inputs"] == ["_feedback", "b", "c"]
    task, result = task_of(sessions, task_id)
    assert task.status == "completed"
    assert result["answer_step"] == "d.repair1"
    assert [v["passed"] for v in result["plan"]["verdicts"]] == [False, True]


@responses.activate
def test_cancel_ends_the_plan_and_cancels_the_unfinished_steps(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    mock_arms()
    task_id = start(services, sessions)
    broker.drain(services, limit=1)
    with sessions.begin() as session:
        session.execute(update(Task).where(Task.id == task_id).values(cancel_requested=True))

    broker.drain(services)

    assert task_of(sessions, task_id)[0].status == "cancelled"
    statuses = {k: s.status for k, s in steps_of(sessions, task_id).items()}
    assert statuses == {"a": "completed", "b": "cancelled", "c": "cancelled", "d": "cancelled"}


@responses.activate
def test_the_sweeper_takes_back_a_step_whose_worker_stopped_beating(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker,
    worker_settings: Settings,
) -> None:  # fmt: skip
    mock_arms()
    task_id = start(services, sessions)
    step = steps_of(sessions, task_id)["a"]
    # A worker took the step, then died: no beat since long ago.
    with sessions.begin() as session:
        session.execute(
            update(TaskStep).where(TaskStep.id == step.id).values(
                status="running", attempts=1, heartbeat_at=utcnow().replace(year=2020)
            )
        )  # fmt: skip
    broker.sent.clear()

    counts = plans.sweep(sessions, broker, worker_settings)  # type: ignore[arg-type]

    assert counts["steps_requeued"] == 1 and broker.sent == [(str(task_id), "a")]
    broker.drain(services)
    steps = steps_of(sessions, task_id)
    assert steps["a"].attempts == 2 and task_of(sessions, task_id)[0].status == "completed"
    with sessions() as session:
        reasons = session.scalars(
            select(StepEvent.reason).where(StepEvent.task_id == task_id, StepEvent.step_id == "a")
        ).all()
    assert "worker lost: no heartbeat" in reasons


@responses.activate
def test_a_single_hop_arm_reporting_more_than_the_budget_fails_the_task(
    services: pipeline.Services, sessions: sessionmaker[Session]
) -> None:
    mock_arms(tokens=500)
    claim = claimed_task(
        sessions, goal="Summarize the report",
        budget={"max_tokens": 100, "max_time_seconds": 300, "max_cost_usd": 1.0},
    )  # fmt: skip

    assert pipeline.run(services, claim) == Status.FAILED

    task, result = task_of(sessions, claim.task_id)
    assert task.error_code == "budget_exceeded" and "500 tokens" in (task.error_message or "")
    assert result["answer"]  # what the arm answered is kept


@responses.activate
def test_a_plan_left_with_nothing_in_flight_is_nudged_by_the_sweeper(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker,
    worker_settings: Settings,
) -> None:  # fmt: skip
    mock_arms()
    task_id = start(services, sessions)
    broker.drain(services, limit=1)
    # The worker that finished a died before dispatching b and c: their messages never left.
    with sessions.begin() as session:
        session.execute(
            update(TaskStep).where(TaskStep.task_id == task_id).values(
                queued_at=None, updated_at=utcnow().replace(year=2020)
            )
        )  # fmt: skip
    broker.sent.clear()

    counts = plans.sweep(sessions, broker, worker_settings)  # type: ignore[arg-type]

    assert counts["plans_nudged"] == 1
    broker.drain(services)
    assert task_of(sessions, task_id)[0].status == "completed"
    assert all(s.attempts == 1 for s in steps_of(sessions, task_id).values())


@responses.activate
def test_a_step_of_a_requeued_plan_waits_for_the_plan_to_be_claimed_again(
    services: pipeline.Services, sessions: sessionmaker[Session], broker: Broker
) -> None:
    mock_arms()
    task_id = start(services, sessions)
    with sessions.begin() as session:
        session.execute(update(Task).where(Task.id == task_id).values(status="pending"))

    broker.drain(services)

    assert {s.status for s in steps_of(sessions, task_id).values()} == {"pending"}
    assert not [c for c in responses.calls if c.request.url.startswith(ARMS + "/extractor")]
