"""ORM models: API keys, tasks, results, the event logs, plan steps and webhook deliveries.

Plain SQLAlchemy (no Flask) so the workers use them without an app context. The same
schema runs on Postgres and on SQLite (the embedded default).
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    Uuid,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from shared.states import Priority, Status, StepStatus

# Stable constraint names, so Alembic migrations can refer to them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JsonType = JSON().with_variant(JSONB(), "postgresql")
# Python None as SQL NULL rather than JSON null, for columns whose absence means something.
NullableJsonType = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")
# BIGINT autoincrement on Postgres; SQLite only autoincrements INTEGER PRIMARY KEY.
BigId = BigInteger().with_variant(Integer(), "sqlite")


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC timestamp on every database.

    Postgres keeps the zone; SQLite hands back naive values, which are UTC here.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _in(values: type[Status] | type[Priority] | type[StepStatus]) -> str:
    return ", ".join(f"'{v.value}'" for v in values)


class ApiKey(Base):
    """A client's credential. Only a SHA-256 hash of the secret is stored."""

    __tablename__ = "api_keys"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    key_hash: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Signs the key's webhook deliveries (HMAC-SHA256); kept in clear, since signing needs it.
    webhook_secret: Mapped[str | None] = mapped_column(String(80), nullable=True)
    # At most this many of the key's tasks are processing at once; None: no limit.
    max_in_flight: Mapped[int | None] = mapped_column(Integer, nullable=True)


class Task(Base):
    """A task contract as submitted, with its current status."""

    __tablename__ = "tasks"
    __table_args__ = (
        CheckConstraint(f"status IN ({_in(Status)})", name="status"),
        CheckConstraint(f"priority IN ({_in(Priority)})", name="priority"),
        Index("ix_tasks_status_updated_at", "status", "updated_at"),
        Index("ix_tasks_owner_created_at", "owner_id", "created_at"),
        Index("ix_tasks_owner_status_created_at", "owner_id", "status", "created_at"),
        Index("uq_tasks_owner_idempotency_key", "owner_id", "idempotency_key", unique=True),
    )

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    owner_id: Mapped[str] = mapped_column(ForeignKey("api_keys.id"))
    idempotency_key: Mapped[str | None] = mapped_column(String(255), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=Status.PENDING.value)
    priority: Mapped[str] = mapped_column(String(16), default=Priority.MEDIUM.value)

    goal: Mapped[str] = mapped_column(Text)
    context: Mapped[str | None] = mapped_column(Text, nullable=True)
    constraints: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    acceptance_criteria: Mapped[list[str]] = mapped_column(JsonType, default=list)
    budget: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)
    metadata_: Mapped[dict[str, Any]] = mapped_column("metadata", JsonType, default=dict)
    parent_task_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, nullable=True)
    assigned_arm: Mapped[str | None] = mapped_column(String(128), nullable=True)
    # None: a single-hop task; True: a planner arm writes the steps; else the client's steps.
    plan: Mapped[Any] = mapped_column(NullableJsonType, nullable=True)
    # Where terminal statuses are pushed (signed with the owner key's webhook secret).
    webhook_url: Mapped[str | None] = mapped_column(Text, nullable=True)

    # attempts doubles as a fencing token: each claim increments it, and a worker's later
    # transitions are guarded by the value it claimed with, so a worker that lost its lease
    # cannot finish a task someone else has taken over.
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claimed_by: Mapped[str | None] = mapped_column(String(255), nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    cancel_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    error_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    error_message: Mapped[str | None] = mapped_column(Text, nullable=True)
    not_before: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)

    result: Mapped[TaskResult | None] = relationship(lazy="select", uselist=False)

    @property
    def processing_time_ms(self) -> int | None:
        if self.started_at is None or self.finished_at is None:
            return None
        return int((self.finished_at - self.started_at).total_seconds() * 1000)


# The columns a task contract is made of, for queries that need only those.
CONTRACT_COLUMNS = (
    Task.id,
    Task.goal,
    Task.context,
    Task.constraints,
    Task.acceptance_criteria,
    Task.budget,
    Task.priority,
    Task.metadata_.label("metadata_"),
    Task.parent_task_id,
    Task.assigned_arm,
    Task.plan,
)


def contract_of(task: Any) -> dict[str, Any]:
    """The contract of a ``Task`` or of a row with the ``CONTRACT_COLUMNS``."""
    contract: dict[str, Any] = {
        "task_id": str(task.id),
        "goal": task.goal,
        "context": task.context,
        "constraints": task.constraints,
        "acceptance_criteria": task.acceptance_criteria,
        "budget": task.budget,
        "priority": task.priority,
        "metadata": task.metadata_,
        "parent_task_id": str(task.parent_task_id) if task.parent_task_id else None,
        "assigned_arm": task.assigned_arm,
    }
    # Only plans carry the field: single-hop arms see the contract they always saw.
    if getattr(task, "plan", None):
        contract["plan"] = task.plan
    return contract


class TaskResult(Base):
    """The outcome of a task's pipeline run: each step's report, and the aggregated answer."""

    __tablename__ = "task_results"

    task_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("tasks.id", ondelete="CASCADE"), primary_key=True
    )
    result: Mapped[dict[str, Any]] = mapped_column(JsonType)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class TaskEvent(Base):
    """One row per status transition, written in the transition's transaction."""

    __tablename__ = "task_events"
    __table_args__ = (Index("ix_task_events_task_id_id", "task_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    from_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    worker: Mapped[str | None] = mapped_column(String(255), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class TaskStep(Base):
    """One step of a plan, durable: its status, attempts, output, usage and timing.

    ``kind`` tells the client's (or planner's) steps from the rows the orchestrator adds:
    the planner call, the judge's verdicts and the repair rounds. ``attempts`` is the step's
    fencing token, as on tasks.
    """

    __tablename__ = "task_steps"
    __table_args__ = (
        CheckConstraint(f"status IN ({_in(StepStatus)})", name="status"),
        CheckConstraint("kind IN ('step', 'planner', 'judge', 'repair')", name="kind"),
        Index("uq_task_steps_task_id_step_id", "task_id", "step_id", unique=True),
        Index("ix_task_steps_status_heartbeat_at", "status", "heartbeat_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    step_id: Mapped[str] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(16), default="step")
    position: Mapped[int] = mapped_column(Integer)
    instruction: Mapped[str] = mapped_column(Text)
    capabilities: Mapped[list[str] | None] = mapped_column(JsonType, nullable=True)
    # The arm the step asked for, then the arm that ran it.
    arm_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    depends_on: Mapped[list[str]] = mapped_column(JsonType, default=list)
    # What the orchestrator adds to the step's inputs (a judge's feedback, for a repair).
    extra_inputs: Mapped[dict[str, Any] | None] = mapped_column(JsonType, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=StepStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    output: Mapped[Any] = mapped_column(JsonType, nullable=True)
    confidence: Mapped[float | None] = mapped_column(Float, nullable=True)
    tokens_used: Mapped[int] = mapped_column(Integer, default=0)
    cost_usd: Mapped[float] = mapped_column(Float, default=0.0)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    queued_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    heartbeat_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class StepEvent(Base):
    """One row per step status change, written in the change's transaction.

    Apart from ``task_events`` so that the task's status history stays the task's own.
    """

    __tablename__ = "step_events"
    __table_args__ = (Index("ix_step_events_task_id_id", "task_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    step_id: Mapped[str] = mapped_column(String(80))
    attempt: Mapped[int] = mapped_column(Integer, default=0)
    from_status: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    worker: Mapped[str | None] = mapped_column(String(255), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class WebhookDelivery(Base):
    """The outbox: one row per push of a terminal status to a task's ``webhook_url``.

    Inserted in the statement that makes the terminal transition, so a crash between the two
    cannot lose a delivery; ``status`` is ``pending`` until a POST succeeds (``delivered``)
    or the retries run out (``failed``).
    """

    __tablename__ = "webhook_deliveries"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'delivered', 'failed')", name="status"),
        Index("ix_webhook_deliveries_task_id", "task_id"),
        Index("ix_webhook_deliveries_status_next_attempt_at", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    url: Mapped[str] = mapped_column(Text)
    # The terminal status the delivery announces.
    event: Mapped[str] = mapped_column(String(16))
    payload: Mapped[dict[str, Any]] = mapped_column(JsonType)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    last_status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class WebhookAttempt(Base):
    """One POST of a delivery: what the receiver answered, or why it could not be reached."""

    __tablename__ = "webhook_attempts"
    __table_args__ = (Index("ix_webhook_attempts_delivery_id_id", "delivery_id", "id"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    delivery_id: Mapped[int] = mapped_column(
        ForeignKey("webhook_deliveries.id", ondelete="CASCADE")
    )
    attempt: Mapped[int] = mapped_column(Integer)
    status_code: Mapped[int | None] = mapped_column(Integer, nullable=True)
    error: Mapped[str | None] = mapped_column(Text, nullable=True)
    duration_ms: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
