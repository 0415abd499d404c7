"""Plans run step by step through the worker's plain functions, against real Postgres, with
the arms and the Reflex Layer mocked at the HTTP edge and the broker replaced by a list the
test drains (the end-to-end tests run real workers)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from orchestrator_worker import pipeline, plans
from shared.db import Database
from shared.models import StepEvent, Task, TaskEvent, TaskResult, TaskStep, utcnow
from shared.settings import Settings
from shared.states import Status
from tests.support.http_stub import Call, Reply, Stub
from tests.worker.conftest import claimed_task, history
from tests.worker.test_pipeline import CLEAN

CAPABILITIES = [
    {"arm_id": "planner", "name": "Planner", "capabilities": ["planning"], "cost_tier": 2,
     "endpoint": "/planner"},
    {"arm_id": "extractor", "name": "Extractor", "capabilities": ["extraction"], "cost_tier": 1,
     "endpoint": "/extractor"},
    {"arm_id": "summarizer", "name": "Summarizer", "capabilities": ["summarization", "general"],
     "cost_tier": 1, "endpoint": "/summarizer"},
]  # fmt: skip
JUDGE = {"arm_id": "judge", "name": "Judge", "capabilities": ["validation"], "cost_tier": 3,
         "endpoint": "/judge"}  # fmt: skip
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
def broker(services: pipeline.Services) -> Broker:
    """The publisher of the test's services: every step dispatch lands in its list."""
    broker = Broker()
    services.publisher = broker  # type: ignore[assignment]
    return broker


def echo(arm_id: str, tokens: int = 10) -> Callable[[Call], Reply]:
    """An arm that answers with what it was asked: its id, the step and the inputs' ids."""

    def answer(call: Call) -> Reply:
        body = call.json()
        step = body.get("step") or {"id": None}
        output = {"by": arm_id, "step": step["id"], "inputs": sorted(body.get("inputs") or {})}
        return Reply(json={"output": output, "confidence": 0.8, "tokens_used": tokens,
                           "cost_usd": 0.001})  # fmt: skip

    return answer


def mock_arms(arms: Stub, reflex: Stub, *, judge: bool = False, tokens: int = 10) -> None:
    arms.add("GET", "/capabilities", json=CAPABILITIES + ([JUDGE] if judge else []))
    for arm in ("extractor", "summarizer"):
        arms.add("POST", f"/{arm}", echo(arm, tokens))
    reflex.add("POST", "/process", json=CLEAN)


def start(services: pipeline.Services, database: Database, **fields: Any) -> Any:
    claim = claimed_task(database, plan=fields.pop("plan", DIAMOND), **fields)
    assert pipeline.run(services, claim) is None  # the plan continues in its steps
    return claim.task_id


def steps_of(database: Database, task_id: Any) -> dict[str, TaskStep]:
    with database.session() as session:
        rows = session.scalars(
            select(TaskStep).where(TaskStep.task_id == task_id).order_by(TaskStep.position)
        ).all()
        return {row.step_id: row for row in rows}


def task_of(database: Database, task_id: Any) -> tuple[Task, dict[str, Any]]:
    with database.session() as session:
        task = session.get(Task, task_id)
        result = session.get(TaskResult, task_id)
        assert task is not None
        return task, result.result if result else {}


def test_a_diamond_runs_in_dependency_order_and_answers_with_its_sink(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    task_id = start(services, database)

    assert broker.sent == [(str(task_id), "a")]
    ran = broker.drain(services)

    assert ran[0] == "a" and set(ran[1:3]) == {"b", "c"} and ran[3] == "d" and len(ran) == 4
    steps = steps_of(database, task_id)
    assert {s.status for s in steps.values()} == {"completed"}
    assert steps["d"].output == {"by": "summarizer", "step": "d", "inputs": ["b", "c"]}
    assert steps["a"].arm_id == "extractor" and steps["c"].arm_id == "summarizer"
    assert all(s.attempts == 1 for s in steps.values())
    task, result = task_of(database, task_id)
    assert task.status == "completed"
    assert result["answer"] == steps["d"].output
    assert result["plan"]["tokens_used"] == 40
    assert history(database, task_id) == ["pending", "processing", "completed"]


def test_a_redelivered_step_message_runs_nothing_again(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    task_id = start(services, database)
    broker.drain(services)
    calls = len(arms_stub.calls)

    plans.run_step(services, task_id, "b", broker)  # type: ignore[arg-type]

    assert len(arms_stub.calls) == calls
    assert steps_of(database, task_id)["b"].attempts == 1


def test_the_planner_writes_the_steps_when_plan_is_true(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    arms_stub.add("POST", "/planner", json={"output": {"steps": DIAMOND}, "tokens_used": 5})
    task_id = start(services, database, plan=True)

    broker.drain(services)

    steps = steps_of(database, task_id)
    assert list(steps) == ["planner.1", "a", "b", "c", "d"]
    task, result = task_of(database, task_id)
    assert task.status == "completed", task.error_message
    assert result["plan"]["tokens_used"] == 45


def test_an_invalid_plan_from_the_planner_fails_the_task_keeping_its_answer(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    bad = [{"id": "a", "instruction": "x", "depends_on": ["ghost"]}]
    arms_stub.add("POST", "/planner", json={"output": {"steps": bad}, "tokens_used": 5})
    task_id = start(services, database, plan=True)

    broker.drain(services)

    task, result = task_of(database, task_id)
    assert task.status == "failed" and task.error_code == "invalid_plan"
    assert "ghost" in (task.error_message or "")
    assert result["planner"]["output"] == {"steps": bad}


def test_the_budget_stops_the_plan_before_the_next_step(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub, tokens=60)
    task_id = start(
        services, database,
        budget={"max_tokens": 100, "max_time_seconds": 300, "max_cost_usd": 1.0},
    )  # fmt: skip

    broker.drain(services)

    task, result = task_of(database, task_id)
    assert task.status == "failed" and task.error_code == "budget_exceeded"
    statuses = {k: s.status for k, s in steps_of(database, task_id).items()}
    assert statuses["a"] == "completed" and statuses["d"] == "skipped"
    assert result["plan"]["tokens_used"] > 100 or statuses["c"] == "skipped"


def test_a_later_step_is_told_what_the_budget_has_left(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub, tokens=30)
    start(
        services, database,
        budget={"max_tokens": 1000, "max_time_seconds": 300, "max_cost_usd": 1.0},
    )  # fmt: skip

    broker.drain(services)

    bodies = {
        call.json()["step"]["id"]: call.json()
        for call in arms_stub.calls
        if call.method == "POST" and "step" in call.json()
    }
    assert "budget_remaining" not in bodies["a"]  # nothing spent yet
    assert bodies["a"]["budget"]["max_tokens"] == 1000
    # b and c ran after a's 30 tokens; d after a, b and c's 90.
    assert bodies["b"]["budget_remaining"] == {"tokens": 970, "cost_usd": 0.999}
    assert bodies["d"]["budget_remaining"] == {"tokens": 910, "cost_usd": 0.997}
    assert bodies["d"]["budget"]["max_tokens"] == 910


def test_a_flagged_step_output_blocks_the_task_naming_the_step(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    arms_stub.add("GET", "/capabilities", json=CAPABILITIES)
    arms_stub.add("POST", "/extractor", echo("extractor"))
    arms_stub.add("POST", "/summarizer", echo("summarizer"))
    flagged = {**CLEAN, "status": "Blocked", "injection_detected": True,
               "injection_matches": [{"injection_type": "ignore_previous", "severity": "critical",
                                      "position": 0, "matched_text": ""}]}  # fmt: skip
    # The goal is clean; what the extractor answers is not.
    reflex_stub.add("POST", "/process", json=CLEAN)
    reflex_stub.add("POST", "/process", json=flagged)
    task_id = start(services, database)

    broker.drain(services)

    task, result = task_of(database, task_id)
    assert task.status == "blocked"
    assert result["blocked_step"] == "a"
    with database.session() as session:
        reason = session.scalars(
            select(TaskEvent.reason).where(
                TaskEvent.task_id == task_id, TaskEvent.to_status == "blocked"
            )
        ).one()
    assert reason == "blocked by the Reflex Layer: output of step a: ignore_previous"
    statuses = {k: s.status for k, s in steps_of(database, task_id).items()}
    assert statuses == {"a": "failed", "b": "skipped", "c": "skipped", "d": "skipped"}


def test_an_unavailable_arm_retries_the_step_with_attempt_2(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    task_id = start(services, database)
    arms_stub.replace("POST", "/extractor", status=503, json={"error": {}})
    broker.drain(services, limit=1)
    assert steps_of(database, task_id)["a"].status == "pending"
    arms_stub.replace("POST", "/extractor", echo("extractor"))

    broker.drain(services)

    steps = steps_of(database, task_id)
    assert steps["a"].attempts == 2 and steps["a"].status == "completed"
    assert task_of(database, task_id)[0].status == "completed"


def test_a_failing_verdict_triggers_a_repair_with_the_feedback(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub, judge=True)
    for verdict in ({"passed": False, "feedback": "mention margins"}, {"passed": True}):
        arms_stub.add("POST", "/judge", json={"output": verdict, "tokens_used": 1})
    task_id = start(services, database, acceptance_criteria=["mentions margins"])

    broker.drain(services)

    steps = steps_of(database, task_id)
    assert list(steps) == ["a", "b", "c", "d", "judge.1", "d.repair1", "judge.2"]
    assert steps["d.repair1"].extra_inputs["_feedback"]["feedback"] == "mention margins"
    assert steps["d.repair1"].output["inputs"] == ["_feedback", "b", "c"]
    task, result = task_of(database, task_id)
    assert task.status == "completed"
    assert result["answer_step"] == "d.repair1"
    assert [v["passed"] for v in result["plan"]["verdicts"]] == [False, True]


def test_cancel_ends_the_plan_and_cancels_the_unfinished_steps(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    task_id = start(services, database)
    broker.drain(services, limit=1)
    with database.session() as session:
        session.execute(update(Task).where(Task.id == task_id).values(cancel_requested=True))

    broker.drain(services)

    assert task_of(database, task_id)[0].status == "cancelled"
    statuses = {k: s.status for k, s in steps_of(database, task_id).items()}
    assert statuses == {"a": "completed", "b": "cancelled", "c": "cancelled", "d": "cancelled"}


def _first_step_running(
    services: pipeline.Services, database: Database, broker: Broker, heartbeat_at: Any
) -> uuid.UUID:
    """A started plan whose step ``a`` a worker runs, last beaten at ``heartbeat_at``."""
    task_id = start(services, database)
    step = steps_of(database, task_id)["a"]
    with database.session() as session:
        session.execute(
            update(TaskStep)
            .where(TaskStep.id == step.id)
            .values(status="running", attempts=1, heartbeat_at=heartbeat_at)
        )
    broker.sent.clear()
    return task_id


def test_the_sweeper_takes_back_a_step_whose_worker_stopped_beating(
    services: pipeline.Services, database: Database, broker: Broker,
    worker_settings: Settings, arms_stub: Stub, reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    # A worker took the step, then died: no beat since long ago.
    task_id = _first_step_running(services, database, broker, utcnow().replace(year=2020))

    counts = plans.sweep(database, broker, worker_settings)  # type: ignore[arg-type]

    assert counts["steps_requeued"] == 1 and broker.sent == [(str(task_id), "a")]
    broker.drain(services)
    steps = steps_of(database, task_id)
    assert steps["a"].attempts == 2 and task_of(database, task_id)[0].status == "completed"
    with database.session() as session:
        reasons = session.scalars(
            select(StepEvent.reason).where(StepEvent.task_id == task_id, StepEvent.step_id == "a")
        ).all()
    assert "worker lost: no heartbeat" in reasons


def test_a_sweeper_whose_clock_runs_ahead_takes_back_no_step_still_beating(
    services: pipeline.Services, database: Database, broker: Broker,
    worker_settings: Settings, arms_stub: Stub, reflex_stub: Stub,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    # Running on a node that beats it by the database's clock, as the step heartbeat does.
    task_id = _first_step_running(services, database, broker, plans.database_now())
    # The sweeping node's own clock is 90 s ahead (past the lease timeout).
    ahead = utcnow() + timedelta(seconds=worker_settings.lease_timeout_seconds + 90)
    monkeypatch.setattr(plans, "utcnow", lambda: ahead)

    counts = plans.sweep(database, broker, worker_settings)  # type: ignore[arg-type]

    assert counts["steps_requeued"] == 0 and broker.sent == []
    assert steps_of(database, task_id)["a"].status == "running"


def test_a_node_whose_clock_runs_ahead_reckons_the_plans_budget_by_the_database(
    services: pipeline.Services, database: Database, broker: Broker,
    arms_stub: Stub, reflex_stub: Stub, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    # This node's clock is an hour ahead: by it, the 300 s budget is long spent.
    ahead = utcnow() + timedelta(hours=1)
    monkeypatch.setattr(plans, "utcnow", lambda: ahead)

    task_id = start(services, database)
    broker.drain(services)

    task = task_of(database, task_id)[0]
    assert task.status == "completed", (task.error_code, task.error_message)


def test_a_single_hop_arm_reporting_more_than_the_budget_fails_the_task(
    services: pipeline.Services, database: Database, arms_stub: Stub, reflex_stub: Stub
) -> None:
    mock_arms(arms_stub, reflex_stub, tokens=500)
    claim = claimed_task(
        database, goal="Summarize the report",
        budget={"max_tokens": 100, "max_time_seconds": 300, "max_cost_usd": 1.0},
    )  # fmt: skip

    assert pipeline.run(services, claim) == Status.FAILED

    task, result = task_of(database, claim.task_id)
    assert task.error_code == "budget_exceeded" and "500 tokens" in (task.error_message or "")
    assert result["answer"]  # what the arm answered is kept


def test_a_plan_left_with_nothing_in_flight_is_nudged_by_the_sweeper(
    services: pipeline.Services, database: Database, broker: Broker,
    worker_settings: Settings, arms_stub: Stub, reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    task_id = start(services, database)
    broker.drain(services, limit=1)
    # The worker that finished a died before dispatching b and c: their messages never left.
    with database.session() as session:
        session.execute(
            update(TaskStep).where(TaskStep.task_id == task_id).values(
                queued_at=None, updated_at=utcnow().replace(year=2020)
            )
        )  # fmt: skip
    broker.sent.clear()

    counts = plans.sweep(database, broker, worker_settings)  # type: ignore[arg-type]

    assert counts["plans_nudged"] == 1
    broker.drain(services)
    assert task_of(database, task_id)[0].status == "completed"
    assert all(s.attempts == 1 for s in steps_of(database, task_id).values())


def test_a_step_of_a_requeued_plan_waits_for_the_plan_to_be_claimed_again(
    services: pipeline.Services, database: Database, broker: Broker, arms_stub: Stub,
    reflex_stub: Stub,
) -> None:  # fmt: skip
    mock_arms(arms_stub, reflex_stub)
    task_id = start(services, database)
    with database.session() as session:
        session.execute(update(Task).where(Task.id == task_id).values(status="pending"))

    broker.drain(services)

    assert {s.status for s in steps_of(database, task_id).values()} == {"pending"}
    assert not [c for c in arms_stub.calls if c.path == "/extractor"]
