"""The pipeline's plain functions against real Postgres, the services on loopback stubs."""

from __future__ import annotations

from datetime import timedelta

import orjson
import redis
from sqlalchemy import update

from orchestrator_worker import pipeline
from orchestrator_worker.heartbeat import Heartbeat, mark_fan_out
from orchestrator_worker.sweeper import recover_lost, recover_lost_fan_outs
from shared.broker import make_publisher
from shared.db import Database
from shared.models import Task, TaskResult, utcnow
from shared.settings import Settings
from shared.states import Status
from tests.support.http_stub import Reply, Route, Stub
from tests.worker.conftest import claimed_task, history, make_task

CAPABILITIES = [
    {"arm_id": "planner", "name": "Planner", "capabilities": ["planning", "general"],
     "cost_tier": 2, "endpoint": "/arms/planner/execute"},
    {"arm_id": "summarizer", "name": "Summarizer", "capabilities": ["summarization", "general"],
     "cost_tier": 1, "endpoint": "/arms/summarizer/execute"},
]  # fmt: skip
CLEAN = {
    "request_id": "r", "status": "Success", "pii_detected": False, "pii_matches": [],
    "injection_detected": False, "injection_matches": [], "cache_hit": False,
    "processing_time_ms": 1,
}  # fmt: skip
BLOCKED = {
    **CLEAN,
    "status": "Blocked",
    "pii_detected": True,
    "pii_matches": [{"pii_type": "ssn", "value": "***", "position": 10, "confidence": 0.9,
                     "context": "my ssn is"}],
}  # fmt: skip


def mock_arms(arms_stub: Stub, summary_status: int = 200) -> Route:
    arms_stub.add("GET", "/capabilities", json=CAPABILITIES)
    return arms_stub.add(
        "POST",
        "/arms/summarizer/execute",
        status=summary_status,
        json={"output": {"summary": "The quarterly report shows growth."}, "confidence": 0.9,
              "tokens_used": 42, "cost_usd": 0.001},
    )  # fmt: skip


def retry_published(redis_client: redis.Redis, task_id: object) -> bool:
    """Whether the next attempt of ``task_id`` is queued with a countdown (an ETA)."""
    for raw in redis_client.lrange("medium", 0, -1):
        headers = orjson.loads(raw)["headers"]
        if headers["id"] == str(task_id) and headers.get("eta"):
            return True
    return False


def status_of(database: Database, task_id: object) -> Task:
    with database.session() as session:
        task = session.get(Task, task_id)
        assert task is not None
        return task


def test_a_simple_task_completes_with_every_step_recorded(
    services: pipeline.Services, database: Database, reflex_stub: Stub, arms_stub: Stub
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    arm_call = mock_arms(arms_stub)
    task_id = make_task(database, acceptance_criteria=["mentions growth"])

    claim = pipeline.claim(database, task_id)
    assert claim is not None and claim.fence == 1
    assert pipeline.run(services, claim) == Status.COMPLETED

    task = status_of(database, task_id)
    assert task.status == "completed" and task.finished_at is not None
    assert history(database, task_id) == ["pending", "processing", "completed"]
    with database.session() as session:
        result = session.get(TaskResult, task_id)
        assert result is not None
        body = result.result
    assert body["answer"] == {"summary": "The quarterly report shows growth."}
    assert body["routing"]["selected"] == ["summarizer"]
    assert body["reflex"]["status"] == "Success"
    assert body["aggregation"]["acceptance_criteria"][0]["met"] is True
    assert {"reflex_ms", "routing_ms", "arms_ms", "total_ms"} <= set(body["timing"])
    assert arm_call.call_count == 1


def test_a_redelivered_message_finds_nothing_to_do(database: Database) -> None:
    task_id = make_task(database)
    assert pipeline.claim(database, task_id) is not None
    assert pipeline.claim(database, task_id) is None
    assert history(database, task_id) == ["pending", "processing"]


def test_blocked_task_ends_blocked_and_no_arm_is_called(
    services: pipeline.Services, database: Database, reflex_stub: Stub, arms_stub: Stub
) -> None:
    reflex_stub.add("POST", "/process", json=BLOCKED)
    arm_call = mock_arms(arms_stub)
    task_id = make_task(database, goal="My SSN is 123-45-6789")
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    assert pipeline.run(services, claim) == Status.BLOCKED
    assert history(database, task_id) == ["pending", "processing", "blocked"]
    assert arm_call.call_count == 0
    with database.session() as session:
        result = session.get(TaskResult, task_id)
        assert result is not None
        assert result.result["reflex"]["pii_matches"][0]["pii_type"] == "ssn"


def test_reflex_down_retries_then_fails_after_the_window(
    services: pipeline.Services,
    database: Database,
    redis_client: redis.Redis,
    reflex_stub: Stub,
    arms_stub: Stub,
) -> None:
    reflex_stub.add("POST", "/process", status=503)
    arm_call = mock_arms(arms_stub)
    task_id = make_task(database)
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    assert pipeline.run(services, claim) is None  # continues later
    task = status_of(database, task_id)
    assert task.status == "pending" and task.not_before is not None
    assert retry_published(redis_client, task_id)

    # Past the outage window the task fails with a clear error, never passes unscreened.
    with database.session() as session:
        session.execute(
            update(Task).where(Task.id == task_id).values(started_at=utcnow() - timedelta(hours=1))
        )
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    assert pipeline.run(services, claim) == Status.FAILED
    task = status_of(database, task_id)
    assert task.error_code == "reflex_unavailable"
    assert "Reflex Layer unavailable" in (task.error_message or "")
    assert arm_call.call_count == 0
    assert history(database, task_id) == [
        "pending", "processing", "pending", "processing", "failed",
    ]  # fmt: skip


def test_cancel_requested_stops_at_the_next_step(
    services: pipeline.Services, database: Database, reflex_stub: Stub, arms_stub: Stub
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    arm_call = mock_arms(arms_stub)
    claim = claimed_task(database)
    task_id = claim.task_id
    with database.session() as session:
        session.execute(update(Task).where(Task.id == task_id).values(cancel_requested=True))
    # The process's heartbeat reads the request back with its next beat...
    with services.heartbeat.beating(task_id, claim.fence):
        services.heartbeat.beat(task_id, claim.fence)
        assert services.heartbeat.cancel_seen(task_id)
        # ...and the pipeline stops at its next step boundary, before any arm is called.
        assert pipeline.run(services, claim) == Status.CANCELLED
    assert history(database, task_id) == ["pending", "processing", "cancelled"]
    assert arm_call.call_count == 0


def test_a_task_cancelled_before_its_claim_ends_cancelled_without_screening(
    services: pipeline.Services, database: Database
) -> None:
    task_id = make_task(database, cancel_requested=True)
    claim = pipeline.claim(database, task_id)
    assert claim is not None and claim.cancel_requested
    assert pipeline.run(services, claim) == Status.CANCELLED
    assert history(database, task_id) == ["pending", "processing", "cancelled"]


def test_arm_refusal_fails_and_arm_outage_retries(
    services: pipeline.Services,
    database: Database,
    redis_client: redis.Redis,
    reflex_stub: Stub,
    arms_stub: Stub,
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    mock_arms(arms_stub, summary_status=400)
    task_id = make_task(database)
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    assert pipeline.run(services, claim) == Status.FAILED
    assert status_of(database, task_id).error_code == "arm_error"

    arms_stub.replace("POST", "/arms/summarizer/execute", status=500)
    task_id = make_task(database)
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    assert pipeline.run(services, claim) is None
    assert status_of(database, task_id).status == "pending"
    assert retry_published(redis_client, task_id)


def test_unknown_assigned_arm_fails_with_no_arm(
    services: pipeline.Services, database: Database, reflex_stub: Stub, arms_stub: Stub
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    mock_arms(arms_stub)
    task_id = make_task(database, assigned_arm="translator")
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    assert pipeline.run(services, claim) == Status.FAILED
    task = status_of(database, task_id)
    assert task.error_code == "no_arm" and "translator" in (task.error_message or "")


def test_a_stale_fence_cannot_finish_a_task_taken_over(database: Database) -> None:
    task_id = make_task(database)
    first = pipeline.claim(database, task_id)
    assert first is not None
    assert pipeline.requeue(database, first, 0, "worker lost")
    second = pipeline.claim(database, task_id)
    assert second is not None and second.fence == 2
    assert not pipeline.finish(database, first, Status.COMPLETED, result={"late": True})
    assert pipeline.finish(database, second, Status.COMPLETED, result={"ok": True})
    assert history(database, task_id) == [
        "pending", "processing", "pending", "processing", "completed",
    ]  # fmt: skip


def test_sweeper_requeues_a_task_whose_worker_stopped_beating(
    worker_settings: Settings, database: Database, redis_client: redis.Redis
) -> None:
    task_id = make_task(database, priority="high")
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    with database.session() as session:
        session.execute(
            update(Task)
            .where(Task.id == task_id)
            .values(heartbeat_at=utcnow() - timedelta(minutes=5))
        )
    counts = recover_lost(database, make_publisher(worker_settings), worker_settings)
    assert counts == {"requeued": 1, "failed": 0}
    assert status_of(database, task_id).status == "pending"
    assert redis_client.llen("high") == 1  # the task id is back on its queue
    assert history(database, task_id)[-1] == "pending"


def test_sweeper_fails_a_lost_task_past_its_time_budget(
    worker_settings: Settings, database: Database, redis_client: redis.Redis
) -> None:
    task_id = make_task(database)
    assert pipeline.claim(database, task_id) is not None
    long_ago = utcnow() - timedelta(hours=2)
    with database.session() as session:
        session.execute(
            update(Task)
            .where(Task.id == task_id)
            .values(heartbeat_at=long_ago, started_at=long_ago)
        )
    counts = recover_lost(database, make_publisher(worker_settings), worker_settings)
    assert counts == {"requeued": 0, "failed": 1}
    task = status_of(database, task_id)
    assert task.status == "failed" and task.error_code == "timeout"
    assert redis_client.llen("medium") == 0


def test_sweeper_takes_back_at_once_a_fan_out_whose_marker_went_with_the_broker(
    worker_settings: Settings, database: Database, redis_client: redis.Redis
) -> None:
    publisher = make_publisher(worker_settings)
    heartbeat = Heartbeat(database, worker_settings.heartbeat_interval_seconds)
    claims = {}
    for name in ("kept", "lost", "stale fence", "beating", "plan"):
        plan = [{"id": "a", "instruction": "Summarize"}] if name == "plan" else None
        claim = pipeline.claim(database, make_task(database, priority="high", plan=plan))
        assert claim is not None
        claims[name] = claim
    # A plan holds its lease to its deadline while its steps run; it has no fan-out marker.
    heartbeat.extend(claims["plan"].task_id, claims["plan"].fence, 300)
    # Fanned out as ``tasks._fan_out`` does: the marker, then the lease for the budget.
    for name in ("kept", "lost", "stale fence"):
        claim = claims[name]
        fence = claim.fence - 1 if name == "stale fence" else claim.fence
        mark_fan_out(redis_client, claim.task_id, fence, 300)
        heartbeat.extend(claim.task_id, claim.fence, 300)
    heartbeat.beat(claims["beating"].task_id, claims["beating"].fence)  # an ordinary lease
    # Redis restarted empty: this marker went with the chord's messages.
    redis_client.delete(f"orchestrator:fan-out:{claims['lost'].task_id}")

    assert recover_lost_fan_outs(database, publisher, redis_client, worker_settings) == 2

    statuses = {name: status_of(database, c.task_id).status for name, c in claims.items()}
    assert statuses == {
        "kept": "processing",
        "lost": "pending",
        "stale fence": "pending",
        "beating": "processing",
        "plan": "processing",
    }
    queued = {orjson.loads(raw)["headers"]["id"] for raw in redis_client.lrange("high", 0, -1)}
    assert queued == {str(claims["lost"].task_id), str(claims["stale fence"].task_id)}
    assert history(database, claims["lost"].task_id)[-1] == "pending"
    # The next attempt runs the task again; nothing is left for the sweeper to take.
    again = pipeline.claim(database, claims["lost"].task_id)
    assert again is not None and again.fence == claims["lost"].fence + 1
    assert recover_lost_fan_outs(database, publisher, redis_client, worker_settings) == 0


def test_a_budget_spent_before_the_arms_fails_the_task_without_calling_them(
    services: pipeline.Services, database: Database, reflex_stub: Stub, arms_stub: Stub
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    arm_call = mock_arms(arms_stub)
    claim = claimed_task(database)
    task_id = claim.task_id
    # An earlier attempt started long ago: the budget (300 s) is spent by now.
    claim.started_at = utcnow() - timedelta(seconds=301)

    assert pipeline.run(services, claim) == Status.FAILED

    task = status_of(database, task_id)
    assert task.error_code == "timeout"
    assert task.error_message == "time budget of 300s spent before the arms ran"
    assert arm_call.call_count == 0


def test_a_cancel_asked_while_the_arm_runs_wins_over_completion(
    services: pipeline.Services, database: Database, reflex_stub: Stub, arms_stub: Stub
) -> None:
    reflex_stub.add("POST", "/process", json=CLEAN)
    arms_stub.add("GET", "/capabilities", json=CAPABILITIES)
    task_id = make_task(database)

    def arm_answers_after_a_cancel(_call: object) -> Reply:
        with database.session() as session:
            session.execute(update(Task).where(Task.id == task_id).values(cancel_requested=True))
        return Reply(json={"output": {"summary": "done"}, "confidence": 1.0})

    arms_stub.add("POST", "/arms/summarizer/execute", arm_answers_after_a_cancel)
    claim = pipeline.claim(database, task_id)
    assert claim is not None
    assert pipeline.run(services, claim) == Status.CANCELLED
    assert history(database, task_id) == ["pending", "processing", "cancelled"]
    with database.session() as session:
        assert session.get(TaskResult, task_id) is None
