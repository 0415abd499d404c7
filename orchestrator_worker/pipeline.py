"""The pipeline as plain functions: claim, screen, route, execute, aggregate, finish.

The Celery tasks in ``tasks.py`` are thin wrappers around ``run``; tests call these
functions directly against real Postgres. Every status change is a
``shared.transitions.PreparedTransition`` (one guarded UPDATE plus an event row, one
statement on Postgres), fenced by the attempt number the worker claimed with.
"""

from __future__ import annotations

import functools
import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NoReturn

from celery import Celery
from sqlalchemy import String, cast, func, literal, null

from orchestrator_worker import limits, retries, screening, webhooks
from orchestrator_worker.aggregation import aggregate
from orchestrator_worker.arms import (
    ArmCapability,
    ArmClient,
    ArmRegistry,
    ArmRejected,
    ArmUnavailable,
)
from orchestrator_worker.heartbeat import Heartbeat
from orchestrator_worker.reflex_client import ReflexClient, ReflexRejected, ReflexUnavailable
from orchestrator_worker.retries import RetryPolicy
from orchestrator_worker.routing import ArmsUnhealthy, NoArmAvailable, RouteDecision, route
from shared.db import Database, worker_name
from shared.models import CONTRACT_COLUMNS, Task, contract_of, utcnow
from shared.schemas import time_budget
from shared.settings import Settings
from shared.states import ErrorCode, Status
from shared.transitions import NOW, PreparedTransition, database_now

log = logging.getLogger(__name__)

# The least time a Reflex check gets, even when the budget is spent (within the grace).
REFLEX_MIN_SECONDS = 1.0


@dataclass
class Claim:
    """A task this worker has moved to ``processing``; ``fence`` is its attempt number.

    ``started_at`` is by the database's clock; ``clock_offset`` is how far this node's
    clock runs ahead of it (seconds), so a node with a skewed clock still measures the
    time budget right.
    """

    task_id: uuid.UUID
    fence: int
    contract: dict[str, Any]
    owner_id: str
    started_at: datetime
    max_time_seconds: float
    cancel_requested: bool = False
    timings: dict[str, int] = field(default_factory=dict)
    clock_offset: float = 0.0
    # The task's key has a concurrency limit: whoever frees the slot wakes the next task.
    limited: bool = False
    # Seconds from submission to this claim, on the first attempt (by the database's clock).
    queued_seconds: float | None = None
    # What this run did, as operators read it (Flower): a terminal status (``failed: code``)
    # or ``retry scheduled``.
    outcome: str | None = None

    @classmethod
    def of(cls, task: Any, fence: int, limited: bool = False) -> Claim:
        """The claim on a ``Task``, or on a row with its contract, owner and lease columns
        (and ``database_now``, the database's time when it was read)."""
        database_time = getattr(task, "database_now", None)
        created_at = getattr(task, "created_at", None)
        return cls(
            task_id=task.id,
            fence=fence,
            contract=contract_of(task),
            owner_id=task.owner_id,
            started_at=task.started_at or utcnow(),
            max_time_seconds=time_budget(task.budget),
            cancel_requested=task.cancel_requested,
            clock_offset=(utcnow() - database_time).total_seconds() if database_time else 0.0,
            limited=limited,
            queued_seconds=(
                (database_time - created_at).total_seconds()
                if fence == 1 and database_time and created_at
                else None
            ),
        )

    def elapsed(self, now: datetime | None = None) -> float:
        """Seconds since the first claim of the task (``now``: by this node's clock)."""
        return ((now or utcnow()) - self.started_at).total_seconds() - self.clock_offset

    def remaining(self) -> float:
        return self.max_time_seconds - self.elapsed()


class RetryLater(Exception):
    """The task must be tried again after ``delay`` seconds (``schedule_retry``)."""

    def __init__(self, delay: float, reason: str) -> None:
        super().__init__(reason)
        self.delay = delay
        self.reason = reason


@dataclass
class Services:
    """What a pipeline run talks to; built once per worker process."""

    settings: Settings
    database: Database
    reflex: ReflexClient
    registry: ArmRegistry
    arms: ArmClient
    heartbeat: Heartbeat
    publisher: Celery  # publishes the next attempt of a retried task
    retry: RetryPolicy  # how a task is tried again


# ---------------------------------------------------------------- state changes


# What a claim reads back with its UPDATE: the contract, the owner, the lease and the clock.
CLAIMED_COLUMNS = (
    Task.attempts,
    Task.owner_id,
    Task.started_at,
    Task.cancel_requested,
    Task.created_at,
    *CONTRACT_COLUMNS[1:],  # Task.id is always returned
    database_now().label("database_now"),
)


def _attempt_reason(row: Any) -> Any:
    return literal("attempt ", String) + cast(row.attempts, String)


def _claim_transition(*guard: Any) -> PreparedTransition:
    return PreparedTransition(
        Status.PENDING,
        Status.PROCESSING,
        params=("claimed_by",),
        computed={
            "attempts": Task.attempts + 1,
            "started_at": func.coalesce(Task.started_at, NOW),
            "heartbeat_at": NOW,
            "not_before": null(),
        },
        guard=guard,
        returning=CLAIMED_COLUMNS,
        reason=_attempt_reason,
    )


# The pipeline's transitions, prepared once per process. The claim's fast path is for keys
# without a concurrency limit; a limited key's task is claimed by ``limits``.
_CLAIM = _claim_transition(limits.UNLIMITED_OWNER)
_CLAIM_WITHIN_LIMIT = _claim_transition()


@functools.cache
def _finishing(to: Status, with_result: bool, unless_cancel_requested: bool) -> PreparedTransition:
    return PreparedTransition(
        Status.PROCESSING,
        to,
        params=("error_code", "error_message"),
        computed={"heartbeat_at": null()},
        fenced=True,
        guard=(Task.cancel_requested.is_(False),) if unless_cancel_requested else (),
        with_result=with_result,
    )


def claim(database: Database, task_id: uuid.UUID, publisher: Celery | None = None) -> Claim | None:
    """``pending -> processing`` in one guarded ``UPDATE … RETURNING``; None when there is
    nothing to do (already taken, finished, cancelled, or unknown) or when the task's key
    has no free slot (the task waits pending: ``limits``)."""
    row = _CLAIM.run(database, task_id, claimed_by=worker_name())
    if row is not None:
        return Claim.of(row, fence=row.attempts)
    row, limited = limits.claim_within_limit(database, task_id, _CLAIM_WITHIN_LIMIT, publisher)
    if row is None:
        if not limited:
            log.info("nothing to do: the task is not pending")
        return None
    return Claim.of(row, fence=row.attempts, limited=limited)


def cancel_seen(services: Services, claim: Claim) -> bool:
    """A cancel asked for before the claim, or seen by a heartbeat since (no query here)."""
    return claim.cancel_requested or services.heartbeat.cancel_seen(claim.task_id)


def finish(
    database: Database,
    claim: Claim,
    to: Status,
    *,
    result: dict[str, Any] | None = None,
    error_code: ErrorCode | None = None,
    error_message: str | None = None,
    reason: str | None = None,
    unless_cancel_requested: bool = False,
) -> bool:
    """``processing -> to`` (a terminal status) with the result, in one transaction.

    With ``unless_cancel_requested`` the UPDATE also requires that nobody asked to cancel.
    """
    moved = _finishing(to, result is not None, unless_cancel_requested).run(
        database,
        claim.task_id,
        fence=claim.fence,
        reason=reason or (error_code.value if error_code else None),
        result=result,
        error_code=error_code.value if error_code else None,
        error_message=error_message,
    )
    if moved is None:
        log.info("not finished as %s: cancelled, taken over or finished elsewhere", to.value)
        return False
    log.info("task finished status=%s error_code=%s", to.value, error_code)
    claim.outcome = f"{to.value}: {error_code.value}" if error_code else to.value
    if moved.webhook_url is not None:  # its outbox row was written with the transition
        webhooks.announce(claim.task_id)
    return True


def requeue(database: Database, claim: Claim, delay: float, reason: str) -> bool:
    """``processing -> pending`` due after ``delay`` seconds (by the database's clock)."""
    return retries.requeue(database, claim.task_id, claim.fence, delay, reason)


def schedule_retry(services: Services, claim: Claim, retry: RetryLater) -> Status | None:
    """The one way a claimed task is tried again: after ``retry.delay`` if its time budget
    lasts that long (else it fails with ``timeout``). Returns the final status, or None when
    the task continues later (or another attempt holds it)."""
    if claim.remaining() <= retry.delay:
        fail(services, claim, ErrorCode.TIMEOUT, f"time budget spent while waiting: {retry.reason}")
        return Status.FAILED
    if retries.schedule(
        services.database,
        services.publisher,
        claim.task_id,
        fence=claim.fence,
        priority=claim.contract.get("priority", "medium"),
        time_limit=claim.max_time_seconds,
        delay=retry.delay,
        reason=retry.reason,
    ):
        log.warning("retry scheduled delay=%s reason=%s", retry.delay, retry.reason)
        claim.outcome = "retry scheduled"
    return None


# ---------------------------------------------------------------- steps


def _ms(started: float) -> int:
    return int((time.perf_counter() - started) * 1000)


def screen(services: Services, claim: Claim) -> dict[str, Any]:
    """Run the Reflex check on every text of the contract that an arm will receive.

    Returns the masked report (findings name their field); raises ``RetryLater`` while the
    Reflex Layer is unavailable, ``PipelineFailure`` once that lasts past the outage window.
    """
    return _screened(services, claim, screening.pieces_of(claim.contract))


def screen_text(services: Services, claim: Claim, field: str, text: str) -> dict[str, Any]:
    """Run the Reflex check on one more text an arm will receive (a step's input, say),
    with findings named ``field``; retries and fails like ``screen``."""
    return _screened(services, claim, screening.text_piece(field, text))


def _screened(services: Services, claim: Claim, pieces: list[screening.Piece]) -> dict[str, Any]:
    started = time.perf_counter()
    try:
        # Capped by the budget, with a floor: a task past its budget is still screened and
        # then ends `timeout` at the arms step, not `reflex_unavailable`.
        within = max(claim.remaining(), REFLEX_MIN_SECONDS)
        report = screening.screen_pieces(
            lambda text: services.reflex.process(text, user_id=claim.owner_id, within=within),
            pieces,
        )
    except ReflexUnavailable as exc:
        report = {"status": "Unavailable", "error": str(exc)}
    except ReflexRejected as exc:
        raise PipelineFailure(ErrorCode.REFLEX_ERROR, str(exc)) from exc
    finally:
        claim.timings["reflex_ms"] = claim.timings.get("reflex_ms", 0) + _ms(started)
    if report.get("status") in ("Success", "Blocked"):
        return report
    window = services.settings.reflex_outage_window_seconds
    if claim.elapsed() >= window:
        raise PipelineFailure(
            ErrorCode.REFLEX_UNAVAILABLE,
            f"Reflex Layer unavailable for {int(claim.elapsed())}s "
            f"(window {int(window)}s): {report.get('error', report.get('status'))}",
        )
    raise RetryLater(
        services.retry.delay(claim.fence),
        f"Reflex Layer unavailable: {report.get('error', report.get('status'))}",
    )


class PipelineFailure(Exception):
    """The task cannot succeed: it ends ``failed`` with ``code``."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def choose_arms(services: Services, claim: Claim) -> RouteDecision:
    started = time.perf_counter()
    routing = functools.partial(
        route,
        claim.contract,
        is_open=services.arms.is_open,
        default_arm=services.settings.default_arm,
    )
    try:
        decision = routing(services.registry.arms())
    except NoArmAvailable as exc:
        # The cache may predate a newly started arm service: look once more before failing.
        try:
            decision = routing(services.registry.arms(refresh=True))
        except NoArmAvailable:
            if services.registry.unreachable:
                # A service that did not answer may offer the arm: wait for it like an outage.
                unreachable = ", ".join(sorted(services.registry.unreachable))
                message = f"{exc}; arm services unreachable: {unreachable}"
                _retry_or_fail(services, claim, ErrorCode.ARM_UNAVAILABLE, message)
            raise PipelineFailure(ErrorCode.NO_ARM, str(exc)) from exc
    except ArmsUnhealthy as exc:
        _retry_or_fail(services, claim, ErrorCode.ARM_UNAVAILABLE, str(exc))
    claim.timings["routing_ms"] = _ms(started)
    return decision


def _retry_or_fail(services: Services, claim: Claim, code: ErrorCode, message: str) -> NoReturn:
    if services.retry.exhausted(claim.fence):
        raise PipelineFailure(
            ErrorCode.RETRIES_EXHAUSTED, f"{message} (gave up after {claim.fence} attempts)"
        )
    raise RetryLater(services.retry.delay(claim.fence), message)


def call_arm(
    services: Services, arm: ArmCapability, contract: dict[str, Any], remaining: float
) -> dict[str, Any]:
    """Execute one arm; never raises for the arm's own failures (they are in the outcome)."""
    started = time.perf_counter()
    outcome: dict[str, Any] = {"arm_id": arm.arm_id, "endpoint": arm.endpoint}
    try:
        answer = services.arms.execute(arm, contract, timeout=remaining)
    except ArmUnavailable as exc:
        outcome.update(ok=False, error=str(exc), retryable=True)
    except ArmRejected as exc:
        outcome.update(ok=False, error=str(exc), retryable=False)
    else:
        outcome.update(
            ok=True,
            output=answer.get("output"),
            confidence=answer.get("confidence"),
            tokens_used=answer.get("tokens_used"),
            cost_usd=answer.get("cost_usd"),
        )
    outcome["duration_ms"] = _ms(started)
    return outcome


def complete(
    services: Services,
    claim: Claim,
    report: dict[str, Any],
    decision: dict[str, Any],
    outcomes: list[dict[str, Any]],
) -> Status | None:
    """Aggregate the arms' outcomes and end the task (or schedule a retry).

    A cancel asked for while the arms ran wins: the completing UPDATE requires that nobody
    asked to cancel, and the task ends ``cancelled`` instead.
    """
    if not any(o["ok"] for o in outcomes):
        errors = "; ".join(str(o.get("error")) for o in outcomes)
        if any(o.get("retryable") for o in outcomes):
            _retry_or_fail(services, claim, ErrorCode.ARM_UNAVAILABLE, errors)
        raise PipelineFailure(ErrorCode.ARM_ERROR, errors)
    started = time.perf_counter()
    aggregated = aggregate(claim.contract, outcomes)
    claim.timings["aggregation_ms"] = _ms(started)
    claim.timings["total_ms"] = int(claim.elapsed() * 1000)
    result = {
        "answer": aggregated.pop("answer"),
        "aggregation": aggregated,
        "reflex": report,
        "routing": decision,
        "arms": outcomes,
        "timing": claim.timings,
        "attempt": claim.fence,
    }
    if not aggregated["within_budget"]:
        # What the arms report is what the task spent: past its budget it is not a success.
        budget = claim.contract.get("budget") or {}
        message = (
            f"the arms reported {aggregated['tokens_used']} tokens and "
            f"{aggregated['cost_usd']} USD, over the budget of {budget.get('max_tokens')} "
            f"tokens and {budget.get('max_cost_usd')} USD"
        )
        if finish(
            services.database,
            claim,
            Status.FAILED,
            result=result,
            error_code=ErrorCode.BUDGET_EXCEEDED,
            error_message=message,
        ):
            return Status.FAILED
        return None
    if finish(
        services.database, claim, Status.COMPLETED, result=result, unless_cancel_requested=True
    ):
        return Status.COMPLETED
    if finish(services.database, claim, Status.CANCELLED, reason="cancelled by request"):
        return Status.CANCELLED
    return None


FanOut = Callable[[Claim, dict[str, Any], RouteDecision], None]


def run(services: Services, claim: Claim, fan_out: FanOut | None = None) -> Status | None:
    """Run a claimed task to its end, or hand it to ``fan_out`` when several arms are needed.

    Returns the final status, or None when the task continues elsewhere (fan-out) or later
    (a retry, ``schedule_retry``).
    """
    try:
        if cancel_seen(services, claim):
            finish(services.database, claim, Status.CANCELLED, reason="cancelled by request")
            return Status.CANCELLED
        report = screen(services, claim)
        if report["status"] == "Blocked":
            finish(
                services.database,
                claim,
                Status.BLOCKED,
                result={"reflex": report, "timing": claim.timings},
                reason=_blocked_reason(report),
            )
            return Status.BLOCKED
        if cancel_seen(services, claim):
            finish(services.database, claim, Status.CANCELLED, reason="cancelled by request")
            return Status.CANCELLED
        if claim.contract.get("plan"):
            from orchestrator_worker import plans  # plans build on this module

            return plans.begin(services, claim, report)
        decision = choose_arms(services, claim)
        if claim.remaining() <= 0:
            raise PipelineFailure(
                ErrorCode.TIMEOUT,
                f"time budget of {int(claim.max_time_seconds)}s spent before the arms ran",
            )
        if len(decision.arms) > 1 and fan_out is not None:
            fan_out(claim, report, decision)
            return None
        started = time.perf_counter()
        outcomes = [
            call_arm(services, arm, claim.contract, claim.remaining()) for arm in decision.arms
        ]
        claim.timings["arms_ms"] = _ms(started)
        return complete(services, claim, report, decision.as_dict(), outcomes)
    except RetryLater as retry:
        return schedule_retry(services, claim, retry)
    except PipelineFailure as failure:
        fail(services, claim, failure.code, failure.message)
        return Status.FAILED


def complete_fan_out(
    services: Services,
    claim: Claim,
    report: dict[str, Any],
    decision: dict[str, Any],
    outcomes: list[dict[str, Any]],
) -> Status | None:
    """``complete`` for the callback of a fan-out, ending or retrying the task as ``run``."""
    try:
        return complete(services, claim, report, decision, outcomes)
    except RetryLater as retry:
        return schedule_retry(services, claim, retry)
    except PipelineFailure as failure:
        fail(services, claim, failure.code, failure.message)
        return Status.FAILED


def fail(services: Services, claim: Claim, code: ErrorCode, message: str) -> None:
    log.warning("task failed error_code=%s message=%s", code.value, message)
    finish(
        services.database,
        claim,
        Status.FAILED,
        error_code=code,
        error_message=message,
        result={"timing": claim.timings, "attempt": claim.fence},
    )


def _blocked_reason(report: dict[str, Any]) -> str:
    """Which kinds were found in which fields: never the values."""
    found = sorted(
        {
            (str(m.get("pii_type", "pii")), str(m.get("field", "text")))
            for m in report.get("pii_matches") or []
        }
        | {
            (str(m.get("injection_type", "injection")), str(m.get("field", "text")))
            for m in report.get("injection_matches") or []
        }
    )
    return "blocked by the Reflex Layer: " + ", ".join(
        f"{kind} in {field}" for kind, field in found
    )
