"""Celery tasks: thin wrappers that load by id and call the pipeline's plain functions."""

from __future__ import annotations

import logging
import threading
import uuid
from typing import Any

import redis
from celery import chord, group
from celery.exceptions import SoftTimeLimitExceeded
from kombu.exceptions import OperationalError
from sqlalchemy import select

from orchestrator_worker import limits, metrics, pipeline, plans, resources, webhooks
from orchestrator_worker.arms import ArmCapability, ArmClient, ArmRegistry
from orchestrator_worker.celery_app import app
from orchestrator_worker.heartbeat import Heartbeat, mark_fan_out
from orchestrator_worker.http import ServiceClient
from orchestrator_worker.reflex_client import ReflexClient
from orchestrator_worker.retries import RetryPolicy
from orchestrator_worker.routing import RouteDecision
from shared import logs as shared_logs
from shared import tracing
from shared.broker import HARD_LIMIT_GRACE
from shared.models import Task
from shared.settings import Settings
from shared.states import PROCESS_TASK, RUN_STEP_TASK, ErrorCode, Status
from shared.webhooks import DELIVER_TASK

log = logging.getLogger(__name__)

# What a publish raises when Redis is unreachable (kombu's wrapper, or redis-py's own errors
# from the result backend that keeps a chord's state).
BROKER_ERRORS = (OperationalError, redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)
BROKER_DOWN = "broker unavailable"

_services: pipeline.Services | None = None
_services_lock = threading.Lock()


def services() -> pipeline.Services:
    """This process's clients and database, built on first use after fork (once,
    whichever of the pool's threads asks first)."""
    global _services
    res = resources.get()
    found = _services
    if found is not None and found.settings is res.settings:
        return found
    with _services_lock:
        if _services is None or _services.settings is not res.settings:
            settings = res.settings
            tracing.configure(settings, "orchestrator-worker")
            # Every thread of the pool may call a service at once: a connection each.
            connections = max(8, res.concurrency)
            _services = pipeline.Services(
                settings=settings,
                database=res.database,
                reflex=ReflexClient(
                    settings,
                    res.redis,
                    ServiceClient(
                        connect_timeout=settings.reflex_connect_timeout,
                        read_timeout=settings.reflex_read_timeout,
                        retries=settings.reflex_retries,
                        backoff=settings.reflex_backoff_base,
                        connections=connections,
                    ),
                ),
                registry=ArmRegistry(settings),
                arms=ArmClient(
                    settings,
                    res.redis,
                    ServiceClient(
                        connect_timeout=settings.arm_connect_timeout,
                        read_timeout=settings.arm_read_timeout,
                        retries=2,
                        backoff=settings.reflex_backoff_base,
                        connections=connections,
                    ),
                ),
                heartbeat=Heartbeat(res.database, settings.heartbeat_interval_seconds),
                publisher=app,
                retry=RetryPolicy.from_settings(settings),
            )
            webhooks.use_publisher(app)
        return _services


_webhook_client: tuple[Settings, ServiceClient] | None = None


def webhook_client() -> ServiceClient:
    """This process's client for webhook receivers."""
    global _webhook_client
    settings = services().settings
    held = _webhook_client
    if held is None or held[0] is not settings:
        held = _webhook_client = (settings, webhooks.client(settings))
    return held[1]


def heartbeat() -> Heartbeat:
    return services().heartbeat


def _claim_from(task_id: str, fence: int) -> pipeline.Claim | None:
    """Rebuild the claim of a fanned-out task, if this attempt still owns it."""
    rows = services().database.statement(
        select(*pipeline.CLAIMED_COLUMNS, Task.id).where(
            Task.id == uuid.UUID(task_id),
            Task.status == Status.PROCESSING.value,
            Task.attempts == fence,
        ),
        idempotent=True,
    )
    return pipeline.Claim.of(rows[0], fence) if rows else None


def _fan_out(claim: pipeline.Claim, report: dict[str, Any], decision: RouteDecision) -> None:
    """Run the arms in parallel (a chord) and aggregate in its callback."""
    svc = services()
    queue = claim.contract.get("priority", "medium")
    header = group(
        execute_arm.s(str(claim.task_id), claim.fence, arm.__dict__).set(queue=queue)
        for arm in decision.arms
    )
    callback = aggregate_arms.s(
        str(claim.task_id), claim.fence, report, decision.as_dict(), claim.timings
    ).set(queue=queue)
    remaining = claim.remaining()
    try:
        # The arms' tasks may wait in the queue: the lease is held for the time budget
        # meanwhile, marked in the broker's Redis first so that the sweeper learns if the
        # chord is lost with it (``sweeper.recover_lost_fan_outs``).
        mark_fan_out(
            resources.get().redis, claim.task_id, claim.fence, remaining + HARD_LIMIT_GRACE
        )
        svc.heartbeat.extend(claim.task_id, claim.fence, remaining)
        chord(header)(callback)
    except BROKER_ERRORS as exc:
        # The broker went away: an outage, not the task's failure. Back to pending; the
        # sweeper publishes it again once the broker is back.
        log.warning("fan-out not sent, broker unavailable error=%s", exc)
        pipeline.requeue(svc.database, claim, svc.settings.retry_backoff_base, BROKER_DOWN)
        return
    log.info("fanned out arms=%s", ",".join(a.arm_id for a in decision.arms))


# Reliability of the tasks below: late acks, redelivery when a worker is lost, the time limits
# of each message (``shared.broker.publish_task``), and one retry policy for every attempt:
# ``services().retry`` (TASK_MAX_RETRIES, RETRY_BACKOFF_BASE, RETRY_BACKOFF_MAX), scheduled
# one way, ``pipeline.schedule_retry``, never Celery's own ``retry``.


# What a run that ends nothing did, as Flower shows it (the task's return value).
NOT_CLAIMED = "not claimed: not pending, or waiting for a slot of its key"
CONTINUES = "continues: arms fanned out or plan steps running"


@app.task(name=PROCESS_TASK, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def process_task(task_id: str) -> str:
    """Claim the task and run the pipeline; a redelivered or cancelled task finds nothing to do.

    Returns the run's outcome (``completed``, ``blocked``, ``failed: <code>``,
    ``cancelled``, ``retry scheduled``…): Flower shows it as the Celery task's result.
    """
    with shared_logs.bind(task_id=task_id):
        svc = services()
        claim = pipeline.claim(svc.database, uuid.UUID(task_id), svc.publisher)
        if claim is None:
            return NOT_CLAIMED
        metrics.observe_queue_to_start(claim.queued_seconds)
        # The trace of the request that submitted the task, from the message's headers.
        headers = vars(process_task.request) if tracing.enabled() else None
        try:
            with tracing.span_from(headers, PROCESS_TASK, kind="CONSUMER"):
                _run(svc, claim)
        finally:
            if claim.limited:
                # Whatever the run did, a slot may be free now (an end, a retry).
                limits.wake_next(svc.database, svc.publisher, claim.owner_id)
        return claim.outcome or CONTINUES


def _run(svc: pipeline.Services, claim: pipeline.Claim) -> None:
    try:
        # No beat after the budget and its grace: a run stuck past every timeout loses
        # its lease, and the sweeper fails the task (the prefork pool's hard limit).
        seconds = claim.remaining() + HARD_LIMIT_GRACE
        with heartbeat().beating(claim.task_id, claim.fence, seconds):
            pipeline.run(svc, claim, fan_out=_fan_out)
    except SoftTimeLimitExceeded:
        pipeline.fail(
            svc,
            claim,
            ErrorCode.TIMEOUT,
            f"time budget of {int(claim.max_time_seconds)}s exceeded",
        )
    except Exception as exc:
        log.exception("unexpected error in the pipeline")
        # The exception's text may hold SQL and its parameters: it stays in the log.
        pipeline.fail(
            svc,
            claim,
            ErrorCode.INTERNAL,
            f"internal error in the worker ({exc.__class__.__name__})",
        )


@app.task(
    name="orchestrator.execute_arm", acks_late=True, reject_on_worker_lost=True, ignore_result=False
)
def execute_arm(task_id: str, fence: int, arm: dict[str, Any]) -> dict[str, Any]:
    """One arm of a fan-out. Arm failures are returned, not raised, so the chord completes."""
    with shared_logs.bind(task_id=task_id):
        capability = ArmCapability(**{**arm, "capabilities": tuple(arm["capabilities"])})
        claim = _claim_from(task_id, fence)
        if claim is None:
            return {"arm_id": capability.arm_id, "ok": False, "error": "task no longer owned"}
        with heartbeat().beating(claim.task_id, fence, claim.remaining() + HARD_LIMIT_GRACE):
            return pipeline.call_arm(services(), capability, claim.contract, claim.remaining())


@app.task(name="orchestrator.aggregate_arms", acks_late=True, reject_on_worker_lost=True)
def aggregate_arms(
    outcomes: list[dict[str, Any]],
    task_id: str,
    fence: int,
    report: dict[str, Any],
    decision: dict[str, Any],
    timings: dict[str, int],
) -> str | None:
    """The chord's callback: aggregate the arms' outcomes and end the task."""
    with shared_logs.bind(task_id=task_id):
        svc = services()
        claim = _claim_from(task_id, fence)
        if claim is None:
            return None
        claim.timings.update(timings)
        pipeline.complete_fan_out(svc, claim, report, decision, outcomes)
        if claim.outcome:
            limits.wake_next_for(svc.database, svc.publisher, claim.task_id)
        return claim.outcome


@app.task(
    name=RUN_STEP_TASK,
    acks_late=True,
    reject_on_worker_lost=True,
    max_retries=None,
    ignore_result=True,
)
def run_step(task_id: str, step_id: str) -> str | None:
    """One step of a plan (the step id is in the arguments, so Flower names it); a
    redelivered message finds its step no longer pending and runs nothing again."""
    with shared_logs.bind(task_id=task_id):
        svc = services()
        outcome = plans.run_step(svc, uuid.UUID(task_id), step_id)
        if outcome in TERMINAL_OUTCOMES:
            limits.wake_next_for(svc.database, svc.publisher, uuid.UUID(task_id))
        return outcome


TERMINAL_OUTCOMES = frozenset(status.value for status in Status if status.is_terminal)


@app.task(name=DELIVER_TASK, acks_late=True, reject_on_worker_lost=True, ignore_result=True)
def deliver_webhooks(task_id: str) -> list[str]:
    """Send the task's due webhook deliveries; a redelivered message finds them claimed or
    done and sends nothing twice."""
    with shared_logs.bind(task_id=task_id):
        svc = services()
        tid = uuid.UUID(task_id)
        return webhooks.deliver_due(svc.database, svc.settings, webhook_client(), tid)
