"""What the API does, as plain functions: views parse, call one of these, serialise.

Reads and the cancel are ORM work in the request's session; a submission is the one hot
write, run as one statement (``Database.statement``) or, where that takes two, one
transaction.

Domain outcomes are exceptions of this module (``TaskNotFound``, ``TaskNotCancellable``,
``TaskNotRetryable``, ``InvalidCursor``); the HTTP layer maps them to status codes.
"""

from __future__ import annotations

import base64
import binascii
import logging
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Executable,
    Insert,
    String,
    bindparam,
    delete,
    exists,
    func,
    insert,
    literal,
    null,
    select,
    text,
    tuple_,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload

from shared.db import Database, worker_name
from shared.models import (
    ApiKey,
    Base,
    StepEvent,
    Task,
    TaskEvent,
    TaskResult,
    TaskStep,
    WebhookAttempt,
    WebhookDelivery,
    utcnow,
)
from shared.schemas import time_budget
from shared.states import RETRYABLE, STEP_RETRYABLE, Status, StepStatus
from shared.transitions import insert_event, transition
from shared.webhooks import TargetRefused, check_target

logger = logging.getLogger(__name__)

# (task id, priority, time budget in seconds) -> published?
PublishFn = Callable[[uuid.UUID, str, float], bool]
RevokeFn = Callable[[uuid.UUID], None]
# (task id) -> None: asks a worker to send the task's webhook deliveries now.
AnnounceFn = Callable[[uuid.UUID], None]


class TaskNotFound(LookupError):
    """No task with this id belongs to the caller (or the id is not a UUID)."""


class KeyRevoked(Exception):
    """The caller's API key was revoked (after the request was authenticated)."""

    def __init__(self, owner_id: str) -> None:
        super().__init__(f"API key {owner_id} is revoked")
        self.owner_id = owner_id


class TaskNotCancellable(Exception):
    """The task already reached a terminal status."""

    def __init__(self, status: str) -> None:
        super().__init__(f"task is already {status}")
        self.status = status


class TaskNotRetryable(Exception):
    """The task is not ``failed`` or ``cancelled``."""

    def __init__(self, status: str) -> None:
        super().__init__(f"task is {status}; only failed or cancelled tasks can be retried")
        self.status = status


class WebhookRefused(ValueError):
    """The ``webhook_url`` of a contract is refused; ``str()`` says why."""


class InvalidCursor(ValueError):
    """A pagination cursor that this API did not issue."""


@dataclass(frozen=True)
class Submission:
    task_id: uuid.UUID
    status: str
    created: bool


@dataclass(frozen=True)
class TaskPage:
    tasks: list[Task]
    limit: int
    next_cursor: str | None
    offset: int | None = None
    total: int | None = None


@dataclass(frozen=True)
class CancelOutcome:
    task_id: uuid.UUID
    status: str
    cancel_requested: bool


def parse_task_id(raw: str) -> uuid.UUID:
    """A task id from a URL; anything that is not a UUID is simply not found."""
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise TaskNotFound(raw) from None


_TASKS = Base.metadata.tables["tasks"]
_TASK_COLUMNS = (
    "id",
    "owner_id",
    "idempotency_key",
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
    "plan",
    "attempts",
    "cancel_requested",
    "created_at",
    "updated_at",
    "webhook_url",
)


def _build_inserts() -> tuple[Executable, Executable, Executable]:
    """The submission's statements, built once; their parameters are the task's columns.
    The task row is inserted only while its owner's key is active, so a key revoked a moment
    ago never adds a task.

    On Postgres the first statement also inserts the first event (a data-modifying CTE): one
    round trip. Elsewhere the task and its event are two statements of one transaction.
    """
    values = select(*(bindparam(c, type_=_TASKS.c[c].type) for c in _TASK_COLUMNS))
    key_active = exists().where(ApiKey.id == bindparam("owner_id"), ApiKey.revoked_at.is_(None))
    insert_task = insert(_TASKS).from_select(_TASK_COLUMNS, values.where(key_active))

    def first_event(
        task_id: ColumnElement[Any], where: ColumnElement[bool] | None = None
    ) -> Insert:
        return insert_event(
            task_id,
            None,
            Status.PENDING,
            reason=literal("submitted", String),
            worker=null(),
            at=bindparam("created_at", type_=_TASKS.c.created_at.type),
            where=where,
        )

    task = insert_task.returning(_TASKS.c.id).cte("task")
    both = select(task.c.id).add_cte(first_event(task.c.id).cte("event"))
    event = first_event(_TASKS.c.id, where=_TASKS.c.id == bindparam("id"))
    return both, insert_task, event


_INSERT_BOTH, _INSERT_TASK, _INSERT_FIRST_EVENT = _build_inserts()


def submit_task(
    database: Database,
    *,
    owner_id: str,
    contract: Mapping[str, Any],
    idempotency_key: str | None,
    publish: PublishFn,
) -> Submission:
    """Commit a validated contract as a pending task with its first event, then publish it.

    With an ``idempotency_key`` already used by this owner, nothing is written and the first
    task is returned (``created=False``); concurrent repeats are settled by the unique index.
    A failed publish leaves the committed row to the sweeper.
    """
    task_id = uuid.uuid4()
    now = utcnow()
    priority = contract["priority"]
    params = {
        "id": task_id,
        "owner_id": owner_id,
        "idempotency_key": idempotency_key,
        "status": Status.PENDING.value,
        "priority": priority,
        "goal": contract["goal"],
        "context": contract["context"],
        "constraints": contract["constraints"],
        "acceptance_criteria": contract["acceptance_criteria"],
        "budget": contract["budget"],
        "metadata": contract["metadata_"],
        "parent_task_id": contract["parent_task_id"],
        "assigned_arm": contract["assigned_arm"],
        "plan": contract.get("plan"),
        "webhook_url": contract.get("webhook_url"),
        "attempts": 0,
        "cancel_requested": False,
        "created_at": now,
        "updated_at": now,
    }
    try:
        # Core statements, prebuilt: this is the hot path of the API, and the ORM's
        # bookkeeping costs more than the inserts themselves.
        if database.dialect == "postgresql":
            if not database.statement(_INSERT_BOTH, params):
                raise KeyRevoked(owner_id)
        else:
            with database.transaction() as connection:
                if connection.execute(_INSERT_TASK, params).rowcount != 1:
                    raise KeyRevoked(owner_id)
                connection.execute(_INSERT_FIRST_EVENT, params)
    except IntegrityError:
        if idempotency_key is None:
            raise
        existing = database.statement(
            select(Task.id, Task.status).where(
                Task.owner_id == owner_id, Task.idempotency_key == idempotency_key
            ),
            idempotent=True,
        )
        if not existing:
            raise
        return Submission(task_id=existing[0].id, status=existing[0].status, created=False)
    publish(task_id, priority, float(contract["budget"]["max_time_seconds"]))
    return Submission(task_id=task_id, status=Status.PENDING.value, created=True)


def check_webhook(
    database: Database,
    *,
    owner_id: str,
    url: str,
    allow_private: bool,
) -> None:
    """Refuse (``WebhookRefused``) a ``webhook_url`` the workers must not call (see
    ``shared.webhooks.check_target``), or one of a key without a webhook secret to sign
    with (a key made before webhooks existed, until its secret is rotated)."""
    try:
        check_target(url, allow_private=allow_private)
    except TargetRefused as exc:
        raise WebhookRefused(f"Refused: {exc}.") from None
    rows = database.statement(
        select(ApiKey.webhook_secret.is_not(None)).where(ApiKey.id == owner_id), idempotent=True
    )
    if rows and not rows[0][0]:
        raise WebhookRefused(
            f"This API key has no webhook secret to sign with yet: "
            f"`orchestrator keys rotate-webhook-secret {owner_id}` makes one."
        )


@dataclass(frozen=True)
class DeliveryView:
    """A webhook delivery as ``GET /tasks/<id>/deliveries`` shows it."""

    delivery: WebhookDelivery
    attempts: list[WebhookAttempt]

    def __getattr__(self, name: str) -> Any:
        return getattr(self.delivery, name)


def task_deliveries(session: Session, *, owner_id: str, task_id: str) -> list[DeliveryView]:
    """The webhook deliveries of the caller's task with their attempts, oldest first."""
    tid = parse_task_id(task_id)
    owned = session.scalar(select(Task.id).where(Task.id == tid, Task.owner_id == owner_id))
    if owned is None:
        raise TaskNotFound(task_id)
    deliveries = list(
        session.scalars(
            select(WebhookDelivery)
            .where(WebhookDelivery.task_id == tid)
            .order_by(WebhookDelivery.id)
        )
    )
    by_delivery: dict[int, list[WebhookAttempt]] = {d.id: [] for d in deliveries}
    if deliveries:
        for attempt in session.scalars(
            select(WebhookAttempt)
            .where(WebhookAttempt.delivery_id.in_(list(by_delivery)))
            .order_by(WebhookAttempt.id)
        ):
            by_delivery[attempt.delivery_id].append(attempt)
    return [DeliveryView(d, by_delivery[d.id]) for d in deliveries]


def get_task(session: Session, *, owner_id: str, task_id: str) -> Task:
    """The caller's task with its result loaded; ``TaskNotFound`` otherwise."""
    task = session.scalars(
        select(Task)
        .options(joinedload(Task.result))
        .where(Task.id == parse_task_id(task_id), Task.owner_id == owner_id)
    ).one_or_none()
    if task is None:
        raise TaskNotFound(task_id)
    return task


def get_task_with_progress(
    session: Session, *, owner_id: str, task_id: str
) -> tuple[Task, dict[str, int] | None]:
    """The caller's task and, for a plan, how many of its steps are done (None otherwise).

    Only the plan's own steps count: the planner call, the judge's verdicts and the repair
    rounds are rows too, but not steps of the plan."""
    task = get_task(session, owner_id=owner_id, task_id=task_id)
    if task.plan is None:
        return task, None
    counts = session.execute(
        select(
            func.count(),
            func.count().filter(TaskStep.status == StepStatus.COMPLETED.value),
        ).where(TaskStep.task_id == task.id, TaskStep.kind == "step")
    ).one()
    return task, {"completed_steps": int(counts[1]), "total_steps": int(counts[0])}


def task_steps(session: Session, *, owner_id: str, task_id: str) -> list[TaskStep]:
    """The steps of the caller's task in plan order (none for a single-hop task)."""
    tid = parse_task_id(task_id)
    owned = session.scalar(select(Task.id).where(Task.id == tid, Task.owner_id == owner_id))
    if owned is None:
        raise TaskNotFound(task_id)
    return list(
        session.scalars(select(TaskStep).where(TaskStep.task_id == tid).order_by(TaskStep.position))
    )


def _cancel_steps(session: Session, task_id: uuid.UUID) -> None:
    """The unfinished steps of a plan end ``cancelled``, each with its event, in the caller's
    transaction: a step running now has its answer discarded when it comes back."""
    now = utcnow()
    for from_ in (StepStatus.PENDING, StepStatus.RUNNING):
        _move_steps(
            session,
            task_id,
            from_,
            StepStatus.CANCELLED,
            "cancelled by client",
            now,
            finished_at=now,
        )


def _move_steps(
    session: Session,
    task_id: uuid.UUID,
    from_: StepStatus,
    to: StepStatus,
    reason: str,
    now: datetime,
    **values: Any,
) -> int:
    """Every step of the task in ``from_`` moves to ``to``, each with its event row, in the
    caller's transaction; returns how many moved."""
    moved = session.execute(
        update(TaskStep)
        .where(TaskStep.task_id == task_id, TaskStep.status == from_.value)
        .values(status=to.value, updated_at=now, **values)
        .returning(TaskStep.step_id, TaskStep.attempts)
        .execution_options(synchronize_session=False)
    ).all()
    session.add_all(
        StepEvent(
            task_id=task_id,
            step_id=step_id,
            attempt=attempt,
            from_status=from_.value,
            to_status=to.value,
            reason=reason,
            worker=worker_name(),
            created_at=now,
        )
        for step_id, attempt in moved
    )
    return len(moved)


def _encode_cursor(task: Task) -> str:
    raw = orjson.dumps([task.created_at.isoformat(), str(task.id)])
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        created_at, task_id = orjson.loads(raw)
        # Aware and representable in UTC, as every cursor this API issues.
        at = datetime.fromisoformat(created_at)
        if at.tzinfo is None:
            raise ValueError(created_at)
        return at.astimezone(UTC), uuid.UUID(task_id)
    except (binascii.Error, orjson.JSONDecodeError, ValueError, TypeError, OverflowError):
        raise InvalidCursor(cursor) from None


def list_tasks(
    session: Session,
    *,
    owner_id: str,
    status: str | None = None,
    priority: str | None = None,
    limit: int = 20,
    cursor: str | None = None,
    offset: int | None = None,
) -> TaskPage:
    """The caller's tasks, newest first, one page of them.

    Keyset pagination by ``cursor`` (stable while tasks are added) or, with ``offset``,
    classic pages that also report ``total``.
    """
    filters = [Task.owner_id == owner_id]
    if status is not None:
        filters.append(Task.status == status)
    if priority is not None:
        filters.append(Task.priority == priority)
    query = select(Task).where(*filters).order_by(Task.created_at.desc(), Task.id.desc())
    if cursor is not None:
        created_at, last_id = _decode_cursor(cursor)
        query = query.where(tuple_(Task.created_at, Task.id) < tuple_(created_at, last_id))
    if offset is not None:
        query = query.offset(offset)
    rows = list(session.scalars(query.limit(limit + 1)))
    tasks = rows[:limit]
    next_cursor = _encode_cursor(tasks[-1]) if len(rows) > limit else None
    total = None
    if offset is not None:
        total = session.scalar(select(func.count()).select_from(Task).where(*filters)) or 0
    return TaskPage(tasks=tasks, limit=limit, next_cursor=next_cursor, offset=offset, total=total)


def task_events(session: Session, *, owner_id: str, task_id: str) -> list[TaskEvent]:
    """The status history of the caller's task, oldest first."""
    tid = parse_task_id(task_id)
    owned = session.scalar(select(Task.id).where(Task.id == tid, Task.owner_id == owner_id))
    if owned is None:
        raise TaskNotFound(task_id)
    return list(
        session.scalars(select(TaskEvent).where(TaskEvent.task_id == tid).order_by(TaskEvent.id))
    )


def cancel_task(
    session: Session,
    *,
    owner_id: str,
    task_id: str,
    revoke: RevokeFn,
    announce: AnnounceFn | None = None,
) -> CancelOutcome:
    """Cancel a pending task at once, or ask a processing one to stop at its next step.
    A task cancelled here with a ``webhook_url`` has its delivery ``announce``d after the
    commit.

    A terminal task raises ``TaskNotCancellable``. The state is re-read when a worker moves
    the task between the read and the guarded update.
    """
    tid = parse_task_id(task_id)
    for _ in range(5):
        row = session.execute(
            select(Task.status).where(Task.id == tid, Task.owner_id == owner_id)
        ).one_or_none()
        if row is None:
            raise TaskNotFound(task_id)
        status = Status(row.status)
        if status is Status.PENDING:
            moved = transition(
                session,
                tid,
                from_=Status.PENDING,
                to=Status.CANCELLED,
                reason="cancelled by client",
            )
            if moved:
                session.commit()
                revoke(tid)
                if moved.webhook_url is not None and announce is not None:
                    announce(tid)
                return CancelOutcome(tid, Status.CANCELLED.value, cancel_requested=False)
        elif status is Status.PROCESSING:
            result = session.execute(
                update(Task)
                .where(Task.id == tid, Task.status == Status.PROCESSING.value)
                .values(cancel_requested=True)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 1:  # type: ignore[attr-defined]
                _cancel_steps(session, tid)
                session.commit()
                return CancelOutcome(tid, Status.PROCESSING.value, cancel_requested=True)
        else:
            raise TaskNotCancellable(status.value)
        session.rollback()
    raise TaskNotCancellable(status.value)


RETRY_REASON = "retry requested"


def _retry_steps(session: Session, task_id: uuid.UUID) -> int:
    """A plan's failed, skipped and cancelled steps back to ``pending`` (to be dispatched
    again), each with its event, in the caller's transaction; completed steps stay as they
    are and never run again. Returns how many steps were reset."""
    now = utcnow()
    return sum(
        _move_steps(
            session,
            task_id,
            from_,
            StepStatus.PENDING,
            RETRY_REASON,
            now,
            error=None,
            queued_at=None,
            heartbeat_at=None,
            started_at=None,
            finished_at=None,
        )
        for from_ in sorted(STEP_RETRYABLE)
    )


def retry_task(session: Session, *, owner_id: str, task_id: str, publish: PublishFn) -> Submission:
    """Send a ``failed`` or ``cancelled`` task back to ``pending`` and publish it again.

    One transaction: the guarded UPDATE with its ``retry requested`` event (the error, the
    cancel request and the lease cleared; ``attempts`` go on, they are the fencing token),
    the previous outcome's result row removed (the event log keeps the history), and a
    plan's unfinished steps back to ``pending``. Published after commit; a lost publish is
    the sweeper's, as for a submission. Other statuses raise ``TaskNotRetryable``.
    """
    tid = parse_task_id(task_id)
    for _ in range(5):
        row = session.execute(
            select(Task.status, Task.priority, Task.budget).where(
                Task.id == tid, Task.owner_id == owner_id
            )
        ).one_or_none()
        if row is None:
            raise TaskNotFound(task_id)
        status = Status(row.status)
        if status not in RETRYABLE:
            raise TaskNotRetryable(status.value)
        moved = transition(
            session,
            tid,
            from_=status,
            to=Status.PENDING,
            reason=RETRY_REASON,
            error_code=None,
            error_message=None,
            cancel_requested=False,
            claimed_by=None,
            heartbeat_at=None,
            not_before=None,
            started_at=None,
            finished_at=None,
        )
        if moved:
            session.execute(delete(TaskResult).where(TaskResult.task_id == tid))
            _retry_steps(session, tid)
            session.commit()
            publish(tid, row.priority, time_budget(row.budget))
            return Submission(task_id=tid, status=Status.PENDING.value, created=False)
        session.rollback()
    raise TaskNotRetryable(status.value)


def stream_start(session: Session, *, owner_id: str, task_id: str) -> uuid.UUID:
    """The id of the caller's task, to stream; ``TaskNotFound`` otherwise. The session is
    closed: an open stream holds no pooled connection."""
    tid = parse_task_id(task_id)
    try:
        owned = session.scalar(select(Task.id).where(Task.id == tid, Task.owner_id == owner_id))
    finally:
        session.close()
    if owned is None:
        raise TaskNotFound(task_id)
    return tid


def status_counts(session: Session) -> dict[str, int]:
    """How many tasks are in each status, every status listed."""
    counts = {s.value: 0 for s in Status}
    for status, count in session.execute(select(Task.status, func.count()).group_by(Task.status)):
        counts[status] = count
    return counts


def check_database(session: Session) -> None:
    """Raise when the database does not answer."""
    session.execute(text("SELECT 1"))
