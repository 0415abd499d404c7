"""Plans in the worker: steps written durably, run in dependency order on any worker, judged,
repaired, inside the task's budget.

Every step is a row of ``task_steps``; every change of its status is one guarded UPDATE
(``WHERE id = … AND status = … AND attempts = :fence``) plus its ``step_events`` row, in one
explicit transaction. ``advance`` looks at a plan's rows and does the next thing (end the
task, add the planner's steps, ask the judge, add a repair round, dispatch the ready steps);
it is safe to run any number of times, by any worker, so a redelivered message or a worker
lost at any moment never loses a step and never runs a completed one again.

The steps the orchestrator adds are rows too, with a dotted id no client step can have:
``planner.1`` (the planner arm's call), ``judge.<n>`` (a verdict on the answer) and
``<final>.repair<n>`` (the final step again, with the judge's feedback in its inputs).
"""

from __future__ import annotations

import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import orjson
from celery import Celery
from sqlalchemy import Connection, Row, func, insert, select, update

from orchestrator_worker import pipeline
from orchestrator_worker.aggregation import aggregate
from orchestrator_worker.arms import ArmCapability
from orchestrator_worker.reflex_client import ReflexUnavailable
from orchestrator_worker.routing import ArmsUnhealthy, NoArmAvailable, route
from shared.db import Database, worker_name
from shared.models import CONTRACT_COLUMNS, Base, Task, contract_of, utcnow
from shared.plans import FEEDBACK_INPUT, PlanInvalid, load_steps, planner_steps, sinks
from shared.schemas import DEFAULT_BUDGET
from shared.settings import Settings
from shared.states import (
    RUN_STEP_TASK,
    ErrorCode,
    Status,
    StepStatus,
    check_step_transition,
    queue_for,
)
from shared.transitions import database_now

log = logging.getLogger(__name__)

STEPS = Base.metadata.tables["task_steps"]
EVENTS = Base.metadata.tables["step_events"]
PLANNING, VALIDATION = "planning", "validation"
PLANNER_ROW = "planner.1"
# Seconds a soft time limit of a step's message leaves past the plan's own deadline.
STEP_LIMIT_GRACE = 15.0

_TASK_COLUMNS = (
    Task.status,
    Task.attempts,
    Task.owner_id,
    Task.started_at,
    Task.cancel_requested,
    *CONTRACT_COLUMNS,
    database_now().label("database_now"),  # the plan's time is reckoned by this clock
)


# ---------------------------------------------------------------- rows and their moves


def _event(
    task_id: uuid.UUID,
    step_id: str,
    attempt: int,
    from_: StepStatus | None,
    to: StepStatus,
    reason: str | None,
    now: datetime,
) -> dict[str, Any]:
    return {
        "task_id": task_id,
        "step_id": step_id,
        "attempt": attempt,
        "from_status": from_.value if from_ else None,
        "to_status": to.value,
        "reason": reason,
        "worker": worker_name(),
        "created_at": now,
    }


def move_step(
    connection: Connection,
    row: Row[Any],
    from_: StepStatus | Sequence[StepStatus],
    to: StepStatus,
    *,
    reason: str | None = None,
    fence: int | None = None,
    **values: Any,
) -> bool:
    """One guarded UPDATE of a step plus its event row, in the caller's transaction.

    False, writing nothing, when the step left ``from_`` (or another attempt holds it).
    """
    froms = [from_] if isinstance(from_, StepStatus) else list(from_)
    for status in froms:
        check_step_transition(status, to)
    now = utcnow()
    sets: dict[str, Any] = {"status": to.value, "updated_at": now, **values}
    if to.is_terminal:
        sets["finished_at"] = now
    guards = [STEPS.c.id == row.id, STEPS.c.status.in_([s.value for s in froms])]
    if fence is not None:
        guards.append(STEPS.c.attempts == fence)
    moved = connection.execute(
        update(STEPS).where(*guards).values(sets).returning(STEPS.c.attempts)
    ).one_or_none()
    if moved is None:
        return False
    # The status the step left is the one it was read with (the guard held it there).
    left = StepStatus(row.status) if StepStatus(row.status) in froms else froms[0]
    connection.execute(
        insert(EVENTS).values(
            _event(row.task_id, row.step_id, moved.attempts, left, to, reason, now)
        )
    )
    return True


def _new_rows(task_id: uuid.UUID, rows: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    now = utcnow()
    return [
        {
            "task_id": task_id,
            "step_id": row["id"],
            "kind": row.get("kind", "step"),
            "position": row["position"],
            "instruction": row["instruction"],
            "capabilities": row.get("capabilities"),
            "arm_id": row.get("arm"),
            "depends_on": list(row.get("depends_on") or []),
            "extra_inputs": row.get("extra_inputs"),
            "status": StepStatus.PENDING.value,
            "attempts": 0,
            "tokens_used": 0,
            "cost_usd": 0.0,
            "created_at": now,
            "updated_at": now,
        }
        for row in rows
    ]


def add_steps(database: Database, task_id: uuid.UUID, rows: Sequence[dict[str, Any]]) -> bool:
    """Insert steps (each with its first event) unless one of them exists already: the rows
    are written once, whichever attempt gets there first."""
    ids = [row["id"] for row in rows]
    with database.transaction() as connection:
        existing = connection.execute(
            select(STEPS.c.id).where(STEPS.c.task_id == task_id, STEPS.c.step_id.in_(ids))
        ).first()
        if existing is not None:
            return False
        connection.execute(insert(STEPS), _new_rows(task_id, rows))
        now = utcnow()
        connection.execute(
            insert(EVENTS),
            [
                _event(task_id, step_id, 0, None, StepStatus.PENDING, "planned", now)
                for step_id in ids
            ],
        )
    return True


@dataclass
class PlanState:
    """A plan task and its step rows, as read at one moment."""

    task: Row[Any]
    steps: list[Row[Any]]

    @property
    def by_id(self) -> dict[str, Row[Any]]:
        return {step.step_id: step for step in self.steps}

    def of_kind(self, *kinds: str) -> list[Row[Any]]:
        return [step for step in self.steps if step.kind in kinds]

    def spent(self) -> tuple[int, float]:
        return (
            sum(int(s.tokens_used or 0) for s in self.steps),
            round(sum(float(s.cost_usd or 0.0) for s in self.steps), 6),
        )

    def budget(self) -> dict[str, Any]:
        return {**DEFAULT_BUDGET, **(self.task.budget or {})}


def load(database: Database, task_id: uuid.UUID) -> PlanState | None:
    with database.transaction() as connection:
        return read_state(connection, task_id)


def read_state(connection: Connection, task_id: uuid.UUID) -> PlanState | None:
    """The plan as the caller's transaction sees it."""
    task = connection.execute(select(*_TASK_COLUMNS).where(Task.id == task_id)).one_or_none()
    if task is None:
        return None
    steps = connection.execute(
        select(STEPS).where(STEPS.c.task_id == task_id).order_by(STEPS.c.position)
    ).all()
    return PlanState(task, list(steps))


def _deadline(task: Row[Any]) -> datetime:
    started: datetime = task.started_at or task.database_now
    seconds = float((task.budget or {}).get("max_time_seconds", 300))
    return started + timedelta(seconds=seconds)


def _time_left(task: Row[Any]) -> float:
    """Seconds left of the plan's time budget, by the database's clock when ``task`` was
    read: a node whose own clock is skewed reckons the same budget as the others."""
    now: datetime = task.database_now
    return (_deadline(task) - now).total_seconds()


def extend_lease(connection: Connection, task: Row[Any]) -> None:
    """Keep the task's lease to its deadline while its steps run on other workers: the
    sweeper recovers lost *steps*; a plan whose worker stopped is its steps' business."""
    connection.execute(
        update(Task)
        .where(Task.id == task.id, Task.status == Status.PROCESSING.value)
        .values(heartbeat_at=_deadline(task))
    )


# ---------------------------------------------------------------- dispatch


def publish_step(
    publisher: Celery,
    task_id: uuid.UUID | str,
    step_id: str,
    priority: str,
    *,
    time_limit: float | None = None,
    countdown: float | None = None,
) -> None:
    """Enqueue one step by task name, with the step id in its arguments (Flower shows it)."""
    limits: dict[str, float] = {}
    if time_limit is not None:
        limits = {"soft_time_limit": time_limit, "time_limit": time_limit + STEP_LIMIT_GRACE}
    publisher.send_task(
        RUN_STEP_TASK,
        args=(str(task_id), step_id),
        queue=queue_for(priority),
        countdown=countdown,
        ignore_result=True,
        **limits,
    )


def _ready(state: PlanState) -> list[Row[Any]]:
    done = {s.step_id for s in state.steps if s.status == StepStatus.COMPLETED.value}
    return [
        s
        for s in state.steps
        if s.status == StepStatus.PENDING.value
        and s.queued_at is None
        and all(d in done for d in s.depends_on)
    ]


def dispatch(publisher: Celery, database: Database, state: PlanState) -> list[str]:
    """Publish every ready step once: a guarded UPDATE marks it queued, and only the worker
    whose UPDATE matched publishes, so two finishers never dispatch a step twice."""
    ready = _ready(state)
    if not ready:
        return []
    with database.transaction() as connection:
        queued = connection.execute(
            update(STEPS)
            .where(
                STEPS.c.id.in_([s.id for s in ready]),
                STEPS.c.status == StepStatus.PENDING.value,
                STEPS.c.queued_at.is_(None),
            )
            .values(queued_at=utcnow())
            .returning(STEPS.c.step_id)
        ).all()
        extend_lease(connection, state.task)
    remaining = _time_left(state.task)
    published = []
    for (step_id,) in queued:
        try:
            publish_step(
                publisher,
                state.task.id,
                step_id,
                state.task.priority,
                time_limit=max(1.0, remaining),
            )
        except Exception:
            log.warning("step publish failed; the sweeper publishes it again", exc_info=True)
            continue
        published.append(step_id)
    if published:
        log.info("steps dispatched steps=%s", ",".join(published))
    return published


# ---------------------------------------------------------------- the plan's next move


def begin(
    services: pipeline.Services, claim: pipeline.Claim, report: dict[str, Any]
) -> Status | None:
    """Start (or resume) a claimed plan task: write its steps, then advance it."""
    database = services.database
    plan = claim.contract["plan"]
    if plan is True:
        rows = [
            {
                "id": PLANNER_ROW,
                "kind": "planner",
                "position": 0,
                "instruction": claim.contract["goal"],
                "capabilities": [PLANNING],
            }
        ]
    else:
        rows = [{**step, "position": index} for index, step in enumerate(plan)]
    if add_steps(database, claim.task_id, rows):
        log.info("plan written steps=%s", len(rows))
    # The contract passed the Reflex Layer: a blocked one never gets here.
    return advance(services, claim.task_id)


def advance(
    services: pipeline.Services,
    task_id: uuid.UUID,
    publisher: Celery | None = None,
    read: PlanState | None = None,
) -> Status | None:
    """Do the plan's next thing; returns the task's final status once it has one.

    ``read`` is the plan as a committed transaction of the caller left it (saves reading it
    again); each further round reads it anew."""
    database = services.database
    publisher = publisher or services.publisher
    for _ in range(3):  # a few rounds: adding rows (steps, judge, repair) reads again
        state, read = read or load(database, task_id), None
        if state is None:
            return None
        task = state.task
        if task.status != Status.PROCESSING.value:
            # A task back in ``pending`` (re-queued) resumes its steps when claimed again.
            if Status(task.status).is_terminal:
                _close_unfinished(database, state, StepStatus.SKIPPED, f"task {task.status}")
            return None
        if task.cancel_requested:
            return _end(services, state, Status.CANCELLED, reason="cancelled by request")
        failed = [s for s in state.steps if s.status == StepStatus.FAILED.value]
        if failed:
            step = failed[0]
            return _end(
                services,
                state,
                Status.FAILED,
                code=ErrorCode.ARM_ERROR,
                message=f"step {step.step_id} failed: {step.error}",
            )
        if _time_left(task) <= 0:
            seconds = int(float(state.budget()["max_time_seconds"]))
            return _end(
                services,
                state,
                Status.FAILED,
                code=ErrorCode.TIMEOUT,
                message=f"time budget of {seconds}s spent by the plan",
            )
        over = _over_budget(state)
        if over:
            return _end(
                services, state, Status.FAILED, code=ErrorCode.BUDGET_EXCEEDED, message=over
            )
        planner = state.by_id.get(PLANNER_ROW)
        if planner is not None and not state.of_kind("step"):
            if planner.status != StepStatus.COMPLETED.value:
                dispatch(publisher, database, state)
                return None
            try:
                steps = load_steps(planner_steps(planner.output))
            except PlanInvalid as exc:
                return _end(
                    services,
                    state,
                    Status.FAILED,
                    code=ErrorCode.INVALID_PLAN,
                    message=f"the planner's plan is not valid: {exc}",
                    extra={
                        "planner": {
                            "arm_id": planner.arm_id,
                            "output": planner.output,
                            "errors": exc.errors,
                        }
                    },
                )
            add_steps(database, task_id, [{**s, "position": i + 1} for i, s in enumerate(steps)])
            continue
        work = state.of_kind("step", "repair")
        if all(s.status == StepStatus.COMPLETED.value for s in work):
            next_row = _validation_round(services, state)
            if next_row is None:
                return _complete(services, state)
            if next_row == "added":
                continue
        dispatch(publisher, database, state)
        return None
    return None


def _over_budget(state: PlanState) -> str | None:
    """Why the plan cannot go on within its budget, or None.

    Past a limit: over. At a limit exactly: over only if something is left to start."""
    budget = state.budget()
    tokens, cost = state.spent()
    max_tokens, max_cost = int(budget["max_tokens"]), float(budget["max_cost_usd"])
    unstarted = any(s.status == StepStatus.PENDING.value and s.attempts == 0 for s in state.steps)
    if tokens > max_tokens or (unstarted and tokens >= max_tokens):
        return f"token budget spent: {tokens} of {max_tokens} tokens used"
    if cost > max_cost or (unstarted and cost >= max_cost and max_cost > 0):
        return f"cost budget spent: {cost} of {max_cost} USD used"
    return None


def answer_step(state: PlanState) -> Row[Any]:
    """The row whose output is the plan's final answer: the last repair, else the last sink."""
    repairs = state.of_kind("repair")
    if repairs:
        return repairs[-1]
    steps = [{"id": s.step_id, "depends_on": s.depends_on} for s in state.of_kind("step")]
    return state.by_id[sinks(steps)[-1]]


def _answer_rows(state: PlanState) -> list[Row[Any]]:
    steps = [{"id": s.step_id, "depends_on": s.depends_on} for s in state.of_kind("step")]
    final = answer_step(state)
    ends = [state.by_id[i] for i in sinks(steps)]
    return [final if row.step_id == ends[-1].step_id else row for row in ends]


def _has_judge(services: pipeline.Services) -> bool:
    return any(VALIDATION in arm.capabilities for arm in services.registry.arms())


def _validation_round(services: pipeline.Services, state: PlanState) -> str | None:
    """Ask the judge about the current answer, or repair it after a failed verdict.

    None when there is nothing (more) to judge; "added" when a row was added; "waiting"
    while the judge or a repair runs.
    """
    if not state.task.acceptance_criteria or not _has_judge(services):
        return None
    database = services.database
    judges = state.of_kind("judge")
    repairs = state.of_kind("repair")
    final = answer_step(state)
    if len(judges) == len(repairs):
        add_steps(
            database,
            state.task.id,
            [
                {
                    "id": f"judge.{len(judges) + 1}",
                    "kind": "judge",
                    "position": len(state.steps),
                    "instruction": "Check the answer against the acceptance criteria: "
                    + "; ".join(state.task.acceptance_criteria),
                    "capabilities": [VALIDATION],
                    "depends_on": [final.step_id],
                }
            ],
        )
        return "added"
    judge = judges[-1]
    if judge.status != StepStatus.COMPLETED.value:
        return "waiting"
    if verdict_passed(judge.output) or len(repairs) >= int(state.budget()["max_repairs"]):
        return None
    original = state.by_id[_answer_rows(state)[-1].step_id.split(".", 1)[0]]
    add_steps(
        database,
        state.task.id,
        [
            {
                "id": f"{original.step_id}.repair{len(repairs) + 1}",
                "kind": "repair",
                "position": len(state.steps),
                "instruction": original.instruction,
                "capabilities": original.capabilities,
                "arm": original.arm_id if not original.capabilities else None,
                "depends_on": original.depends_on,
                "extra_inputs": {
                    FEEDBACK_INPUT: {
                        "verdict": judge.output,
                        "feedback": feedback_of(judge.output),
                        "previous_output": final.output,
                    }
                },
            }
        ],
    )
    return "added"


def verdict_passed(output: Any) -> bool:
    """A judge's verdict: ``{"passed": true}`` (or ``"verdict": "pass"``)."""
    if not isinstance(output, dict):
        return False
    if "passed" in output:
        return output["passed"] is True
    return str(output.get("verdict", "")).lower() in ("pass", "passed", "accept", "accepted")


def feedback_of(output: Any) -> str:
    if isinstance(output, dict) and isinstance(output.get("feedback"), str):
        return str(output["feedback"])
    return orjson.dumps(output).decode()


def _close_unfinished(database: Database, state: PlanState, to: StepStatus, reason: str) -> None:
    unfinished = [s for s in state.steps if not StepStatus(s.status).is_terminal]
    if not unfinished:
        return
    with database.transaction() as connection:
        for step in unfinished:
            move_step(connection, step, StepStatus(step.status), to, reason=reason)


def _claim_of(state: PlanState) -> pipeline.Claim:
    return pipeline.Claim.of(state.task, fence=state.task.attempts)


def _summary(state: PlanState) -> dict[str, Any]:
    tokens, cost = state.spent()
    return {
        "steps": [
            {
                "id": s.step_id,
                "kind": s.kind,
                "status": s.status,
                "arm_id": s.arm_id,
                "attempts": s.attempts,
            }
            for s in state.steps
        ],
        "tokens_used": tokens,
        "cost_usd": cost,
        "verdicts": [
            {"step": s.step_id, "passed": verdict_passed(s.output), "verdict": s.output}
            for s in state.of_kind("judge")
            if s.status == StepStatus.COMPLETED.value
        ],
    }


def _end(
    services: pipeline.Services,
    state: PlanState,
    to: Status,
    *,
    code: ErrorCode | None = None,
    message: str | None = None,
    reason: str | None = None,
    extra: dict[str, Any] | None = None,
) -> Status | None:
    """End the plan: its unfinished steps ``skipped`` (``cancelled`` on a cancel), then the
    task, with the steps' summary in its result."""
    database = services.database
    closing = StepStatus.CANCELLED if to is Status.CANCELLED else StepStatus.SKIPPED
    _close_unfinished(database, state, closing, reason or (code.value if code else to.value))
    state = load(database, state.task.id) or state
    claim = _claim_of(state)
    result = {"plan": _summary(state), "attempt": claim.fence, **(extra or {})}
    if pipeline.finish(
        services.database,
        claim,
        to,
        result=result,
        error_code=code,
        error_message=message,
        reason=reason,
    ):
        log.info("plan ended status=%s error_code=%s", to.value, code)
        return to
    return None


def _complete(services: pipeline.Services, state: PlanState) -> Status | None:
    rows = _answer_rows(state)
    outcomes = [
        {
            "arm_id": row.step_id,
            "ok": True,
            "output": row.output,
            "confidence": row.confidence,
            "tokens_used": row.tokens_used,
            "cost_usd": row.cost_usd,
        }
        for row in rows
    ]
    aggregated = aggregate(contract_of(state.task), outcomes)
    answer = aggregated.pop("answer")
    summary = _summary(state)
    aggregated.update(tokens_used=summary["tokens_used"], cost_usd=summary["cost_usd"])
    claim = _claim_of(state)
    claim.timings["total_ms"] = int(claim.elapsed() * 1000)
    result = {
        "answer": answer,
        "answer_step": answer_step(state).step_id,
        "aggregation": aggregated,
        "plan": summary,
        "timing": claim.timings,
        "attempt": claim.fence,
    }
    if pipeline.finish(
        services.database, claim, Status.COMPLETED, result=result, unless_cancel_requested=True
    ):
        return Status.COMPLETED
    state = load(services.database, state.task.id) or state
    return _end(services, state, Status.CANCELLED, reason="cancelled by request")


# ---------------------------------------------------------------- one step


def choose_arm(services: pipeline.Services, step: Row[Any]) -> ArmCapability:
    """The arm for a step: its ``arm``, else the best arm offering all its capabilities, else
    the arm whose tags best match its instruction (as for a goal)."""
    for refresh in (False, True):
        arms = services.registry.arms(refresh=refresh)
        capabilities = [c.lower() for c in step.capabilities or []]
        if capabilities:
            arms = [a for a in arms if all(c in a.capabilities for c in capabilities)]
        contract: dict[str, Any] = {"goal": step.instruction}
        if step.arm_id and not capabilities:
            contract["assigned_arm"] = step.arm_id
        elif capabilities:
            contract["constraints"] = {"capabilities": capabilities[:1]}
        try:
            return route(contract, arms, is_open=services.arms.is_open).arms[0]
        except NoArmAvailable:
            if refresh:
                wanted = f"all of {capabilities}" if capabilities else step.arm_id
                raise NoArmAvailable(f"no arm for step {step.step_id}: offers {wanted}") from None
    raise AssertionError("unreachable")


def _text(value: Any) -> str:
    return value if isinstance(value, str) else orjson.dumps(value).decode()


class StepBeats:
    """One heartbeat UPDATE per interval for every step this process is running, so the
    sweeper can tell a step whose worker died from one that is merely slow."""

    def __init__(self, database: Database, interval: float) -> None:
        self.database = database
        self.interval = interval
        self._running: dict[int, int] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @contextmanager
    def beating(self, row_id: int) -> Iterator[None]:
        if isinstance(self.database.engine, Connection):
            # A connection already in a transaction (tests): not one to share with a thread.
            yield
            return
        with self._lock:
            self._running[row_id] = self._running.get(row_id, 0) + 1
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="step-beats", daemon=True)
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                self._running[row_id] -= 1
                if not self._running[row_id]:
                    del self._running[row_id]

    def _loop(self) -> None:
        while True:
            time.sleep(self.interval)
            with self._lock:
                ids = list(self._running)
            if not ids:
                continue
            try:
                self.database.statement(
                    update(STEPS)
                    .where(STEPS.c.id.in_(ids), STEPS.c.status == StepStatus.RUNNING.value)
                    .values(heartbeat_at=database_now()),
                    idempotent=True,
                )
            except Exception:
                log.warning("step heartbeat failed; next interval retries", exc_info=True)


_beats: dict[tuple[int, int], StepBeats] = {}
_beats_lock = threading.Lock()


def step_beats(services: pipeline.Services) -> StepBeats:
    """This process's step heartbeat (a new one after a fork: threads do not survive it)."""
    database = services.database
    key = (os.getpid(), id(database))
    with _beats_lock:
        beats = _beats.get(key)
        if beats is None:
            beats = _beats[key] = StepBeats(database, services.settings.heartbeat_interval_seconds)
    return beats


def run_step(
    services: pipeline.Services,
    task_id: uuid.UUID,
    step_id: str,
    publisher: Celery | None = None,
) -> str | None:
    """Run one step: claim it, call its arm with its inputs, screen and store the output,
    then advance the plan. A step that is not ``pending`` is left alone (a redelivered
    message, a step another worker runs); the plan is advanced anyway."""
    database = services.database
    publisher = publisher or services.publisher
    state = load(database, task_id)
    if state is None or step_id not in state.by_id:
        return None
    step = state.by_id[step_id]
    task = state.task
    if (
        step.status != StepStatus.PENDING.value
        or task.status != Status.PROCESSING.value
        or task.cancel_requested
        or _over_budget(state)
        or _time_left(task) <= 0
    ):
        status = advance(services, task_id, publisher)
        return status.value if status else None
    with database.transaction() as connection:
        claimed = move_step(
            connection,
            step,
            StepStatus.PENDING,
            StepStatus.RUNNING,
            reason=f"attempt {step.attempts + 1}",
            fence=step.attempts,
            attempts=step.attempts + 1,
            started_at=step.started_at or utcnow(),
            heartbeat_at=database_now(),
        )
        if claimed:
            extend_lease(connection, task)
    if not claimed:
        return None
    fence = step.attempts + 1
    log.info("step started step=%s attempt=%s", step_id, fence)
    outcome = _call(services, state, step, fence)
    return _settle(services, publisher, state, step, fence, outcome)


def _inputs(state: PlanState, step: Row[Any]) -> dict[str, Any]:
    inputs = {d: state.by_id[d].output for d in step.depends_on}
    inputs.update(step.extra_inputs or {})
    return inputs


def _body(state: PlanState, step: Row[Any]) -> dict[str, Any]:
    """What the step's arm receives: the task contract plus ``step`` and ``inputs``, the
    budget narrowed to what the plan has left (also as ``budget_remaining`` once earlier
    calls spent some, as the arm protocol gives it)."""
    contract = contract_of(state.task)
    budget = state.budget()
    tokens, cost = state.spent()
    left_tokens = max(1, int(budget["max_tokens"]) - tokens)
    left_cost = max(0.0, round(float(budget["max_cost_usd"]) - cost, 6))
    contract["budget"] = {**budget, "max_tokens": left_tokens, "max_cost_usd": left_cost}
    if tokens or cost:
        contract["budget_remaining"] = {"tokens": left_tokens, "cost_usd": left_cost}
    contract["step"] = {
        "id": step.step_id,
        "kind": step.kind,
        "instruction": step.instruction,
        "capabilities": step.capabilities,
        "depends_on": step.depends_on,
    }
    contract["inputs"] = _inputs(state, step)
    if step.kind == "judge":
        # The reference judge (and any arm of OctoLLM's shape) scores ``candidate``.
        contract["candidate"] = _text(contract["inputs"].get(step.depends_on[0]))
    return contract


def _call(
    services: pipeline.Services, state: PlanState, step: Row[Any], fence: int
) -> dict[str, Any]:
    remaining = _time_left(state.task)
    try:
        arm = choose_arm(services, step)
    except NoArmAvailable as exc:
        return {"ok": False, "retryable": False, "error": str(exc), "code": ErrorCode.NO_ARM}
    except ArmsUnhealthy as exc:
        return {"ok": False, "retryable": True, "error": str(exc)}
    with step_beats(services).beating(step.id):
        outcome = pipeline.call_arm(services, arm, _body(state, step), max(0.5, remaining))
        if outcome["ok"] and _feeds_an_arm(state, step):
            outcome["screening"] = _screen(services, state, outcome["output"])
    return outcome


def _feeds_an_arm(state: PlanState, step: Row[Any]) -> bool:
    """Whether a later arm will read this output: a dependent step, or the judge."""
    if step.kind == "judge":
        return False
    if step.kind == "planner":
        return True  # its instructions are what the steps' arms will read
    if any(step.step_id in s.depends_on for s in state.steps):
        return True
    return bool(state.task.acceptance_criteria)


def _screen(services: pipeline.Services, state: PlanState, output: Any) -> dict[str, Any]:
    try:
        return services.reflex.process(_text(output), user_id=state.task.owner_id)
    except ReflexUnavailable as exc:
        return {"status": "Unavailable", "error": str(exc)}


def _settle(
    services: pipeline.Services,
    publisher: Celery,
    state: PlanState,
    step: Row[Any],
    fence: int,
    outcome: dict[str, Any],
) -> str | None:
    """Store what the step's arm answered (or retry it, or end the plan), then advance."""
    database = services.database
    screening = outcome.get("screening") or {}
    usage = {
        "tokens_used": int(outcome.get("tokens_used") or 0),
        "cost_usd": float(outcome.get("cost_usd") or 0.0),
        "arm_id": outcome.get("arm_id") or step.arm_id,
    }
    if outcome["ok"] and screening.get("status") == "Blocked":
        reason = f"blocked by the Reflex Layer: output of step {step.step_id}: " + ", ".join(
            _finding_kinds(screening)
        )
        with database.transaction() as connection:
            moved = move_step(
                connection,
                step,
                StepStatus.RUNNING,
                StepStatus.FAILED,
                reason=reason,
                fence=fence,
                output=outcome.get("output"),
                error=reason,
                **usage,
            )
        if moved:
            fresh = load(database, state.task.id) or state
            status = _end(
                services,
                fresh,
                Status.BLOCKED,
                reason=reason,
                extra={"reflex": screening, "blocked_step": step.step_id},
            )
            return status.value if status else None
        return None
    unavailable = (
        outcome["ok"] and screening and screening.get("status") not in ("Success", "Blocked")
    )
    if not outcome["ok"] or unavailable:
        error = str(outcome.get("error") or screening.get("error") or "unavailable")
        retryable = bool(outcome.get("retryable", True))
        if retryable and not services.retry.exhausted(fence):
            delay = services.retry.delay(fence)
            with database.transaction() as connection:
                moved = move_step(
                    connection,
                    step,
                    StepStatus.RUNNING,
                    StepStatus.PENDING,
                    reason=f"retry in {delay}s: {error}",
                    fence=fence,
                    error=error,
                    queued_at=utcnow(),
                    **usage,
                )
            if moved:
                log.warning("step retry scheduled step=%s delay=%s", step.step_id, delay)
                publish_step(
                    publisher, state.task.id, step.step_id, state.task.priority, countdown=delay
                )
            return None
        code = ErrorCode(
            outcome.get("code")
            or (ErrorCode.RETRIES_EXHAUSTED if retryable else ErrorCode.ARM_ERROR)
        )
        with database.transaction() as connection:
            moved = move_step(
                connection,
                step,
                StepStatus.RUNNING,
                StepStatus.FAILED,
                reason=error,
                fence=fence,
                error=error,
                **usage,
            )
        if moved:
            fresh = load(database, state.task.id) or state
            status = _end(
                services,
                fresh,
                Status.FAILED,
                code=code,
                message=f"step {step.step_id} failed: {error}",
            )
            return status.value if status else None
        return None
    # One transaction stores the output and reads the plan back for the next move. Its
    # first statement, the task's lease UPDATE, locks the task row: steps finishing at once
    # take turns, so the last of them sees every other one done (and dispatches what they
    # unblock); the task row before the step rows, in the order cancelling takes them.
    with database.transaction() as connection:
        extend_lease(connection, state.task)
        moved = move_step(
            connection,
            step,
            StepStatus.RUNNING,
            StepStatus.COMPLETED,
            reason=f"{usage['tokens_used']} tokens",
            fence=fence,
            output=outcome.get("output"),
            confidence=outcome.get("confidence"),
            error=None,
            **usage,
        )
        after = read_state(connection, state.task.id)
    if not moved:
        log.info("step result discarded step=%s: cancelled or taken over", step.step_id)
    else:
        log.info("step finished step=%s tokens=%s", step.step_id, usage["tokens_used"])
    status = advance(services, state.task.id, publisher, read=after)
    return status.value if status else None


def _finding_kinds(report: dict[str, Any]) -> list[str]:
    kinds = {m.get("pii_type", "pii") for m in report.get("pii_matches") or []} | {
        m.get("injection_type", "injection") for m in report.get("injection_matches") or []
    }
    return sorted(str(k) for k in kinds) or ["flagged"]


# ---------------------------------------------------------------- recovery


def sweep(
    database: Database,
    publisher: Celery,
    settings: Settings,
    now: datetime | None = None,
) -> dict[str, int]:
    """Steps whose worker stopped beating go back to ``pending`` and are published again
    (their next attempt takes them); queued steps whose message may be lost are published
    again; a plan with nothing left in flight is advanced by a message for one of its rows.
    """
    now = now or utcnow()
    # Step leases are beaten and judged by the database's clock, as the tasks' are: a node
    # whose clock runs ahead takes back no step that another node is still beating.
    lost_cutoff = database_now(-settings.lease_timeout_seconds)
    idle_cutoff = now - timedelta(seconds=settings.lease_timeout_seconds)
    queued_cutoff = now - timedelta(seconds=settings.republish_after_seconds)
    counts = {"steps_requeued": 0, "steps_republished": 0, "plans_nudged": 0}
    processing = Task.status == Status.PROCESSING.value
    with database.transaction() as connection:
        lost = connection.execute(
            select(STEPS, Task.priority)
            .join(Task, Task.id == STEPS.c.task_id)
            .where(
                processing,
                STEPS.c.status == StepStatus.RUNNING.value,
                STEPS.c.heartbeat_at < lost_cutoff,
            )
            .limit(500)
        ).all()
        stale = connection.execute(
            select(STEPS.c.id, STEPS.c.task_id, STEPS.c.step_id, Task.priority)
            .join(Task, Task.id == STEPS.c.task_id)
            .where(
                processing,
                STEPS.c.status == StepStatus.PENDING.value,
                STEPS.c.queued_at < queued_cutoff,
            )
            .limit(500)
        ).all()
        # In flight: running, or queued to run. A plan with neither is advanced by a nudge
        # (its worker died between a step's end and the dispatch of the next ones).
        other = STEPS.alias("other")
        unfinished = (
            select(other.c.id)
            .where(
                other.c.task_id == Task.id,
                (other.c.status == StepStatus.RUNNING.value)
                | ((other.c.status == StepStatus.PENDING.value) & other.c.queued_at.is_not(None)),
            )
            .exists()
        )
        idle = connection.execute(
            select(Task.id, Task.priority, func.max(STEPS.c.step_id))
            .join(STEPS, STEPS.c.task_id == Task.id)
            .where(processing, ~unfinished)
            .group_by(Task.id, Task.priority)
            .having(func.max(STEPS.c.updated_at) < idle_cutoff)
            .limit(100)
        ).all()
    for step in lost:
        with database.transaction() as connection:
            moved = move_step(
                connection,
                step,
                StepStatus.RUNNING,
                StepStatus.PENDING,
                reason="worker lost: no heartbeat",
                fence=step.attempts,
                queued_at=now,
            )
        if moved:
            counts["steps_requeued"] += _publish(
                publisher, step.task_id, step.step_id, step.priority
            )
    for row_id, task_id, step_id, priority in stale:
        with database.transaction() as connection:
            connection.execute(
                update(STEPS)
                .where(STEPS.c.id == row_id, STEPS.c.status == StepStatus.PENDING.value)
                .values(queued_at=now)
            )
        counts["steps_republished"] += _publish(publisher, task_id, step_id, priority)
    for task_id, priority, step_id in idle:
        counts["plans_nudged"] += _publish(publisher, task_id, step_id, priority)
    if any(counts.values()):
        log.warning("plan steps recovered %s", " ".join(f"{k}={v}" for k, v in counts.items()))
    return counts


def _publish(publisher: Celery, task_id: uuid.UUID, step_id: str, priority: str) -> int:
    try:
        publish_step(publisher, task_id, step_id, priority)
    except Exception:
        log.warning("step re-publish failed; the next sweep retries", exc_info=True)
        return 0
    return 1
