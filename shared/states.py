"""The task state machine: statuses and their allowed transitions, in one place."""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"
    BLOCKED = "blocked"
    CANCELLED = "cancelled"

    @property
    def is_terminal(self) -> bool:
        return self in TERMINAL


TERMINAL = frozenset({Status.COMPLETED, Status.FAILED, Status.BLOCKED, Status.CANCELLED})

# processing -> pending is a retry (or a sweeper re-queue): the next attempt claims it again.
# failed|cancelled -> pending is a client's retry (``POST /tasks/<id>/retry``), the only way
# out of a terminal status: its history stays, and its attempts go on counting.
ALLOWED: dict[Status, frozenset[Status]] = {
    Status.PENDING: frozenset({Status.PROCESSING, Status.CANCELLED, Status.FAILED}),
    Status.PROCESSING: frozenset(
        {Status.COMPLETED, Status.FAILED, Status.BLOCKED, Status.CANCELLED, Status.PENDING}
    ),
    Status.COMPLETED: frozenset(),
    Status.FAILED: frozenset({Status.PENDING}),
    Status.BLOCKED: frozenset(),
    Status.CANCELLED: frozenset({Status.PENDING}),
}

# The statuses a client's retry sends back to ``pending``.
RETRYABLE = frozenset({Status.FAILED, Status.CANCELLED})


class InvalidTransition(ValueError):
    """A transition the state machine does not allow."""


def check_transition(from_: Status, to: Status) -> None:
    if to not in ALLOWED[from_]:
        raise InvalidTransition(f"{from_} -> {to} is not an allowed transition")


class StepStatus(StrEnum):
    """The status of one step of a plan."""

    PENDING = "pending"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    SKIPPED = "skipped"
    CANCELLED = "cancelled"

    @property
    def is_terminal(self) -> bool:
        return self in STEP_TERMINAL


STEP_TERMINAL = frozenset(
    {StepStatus.COMPLETED, StepStatus.FAILED, StepStatus.SKIPPED, StepStatus.CANCELLED}
)

# running -> pending is a retry of the step (its arm was unavailable, or its worker was lost);
# failed|skipped|cancelled -> pending is the retry of its task by a client. A completed step
# never leaves ``completed``, so no finished work runs again.
STEP_ALLOWED: dict[StepStatus, frozenset[StepStatus]] = {
    StepStatus.PENDING: frozenset({StepStatus.RUNNING, StepStatus.SKIPPED, StepStatus.CANCELLED}),
    StepStatus.RUNNING: frozenset(
        {
            StepStatus.COMPLETED,
            StepStatus.FAILED,
            StepStatus.CANCELLED,
            StepStatus.SKIPPED,
            StepStatus.PENDING,
        }
    ),
    StepStatus.COMPLETED: frozenset(),
    StepStatus.FAILED: frozenset({StepStatus.PENDING}),
    StepStatus.SKIPPED: frozenset({StepStatus.PENDING}),
    StepStatus.CANCELLED: frozenset({StepStatus.PENDING}),
}

# The step statuses a retry of the task sends back to ``pending``.
STEP_RETRYABLE = frozenset({StepStatus.FAILED, StepStatus.SKIPPED, StepStatus.CANCELLED})


def check_step_transition(from_: StepStatus, to: StepStatus) -> None:
    if to not in STEP_ALLOWED[from_]:
        raise InvalidTransition(f"step {from_} -> {to} is not an allowed transition")


class Priority(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


# Queue names, polled in this order by every worker (kombu's "priority" queue order strategy).
QUEUES: tuple[str, ...] = (
    Priority.CRITICAL.value,
    Priority.HIGH.value,
    Priority.MEDIUM.value,
    Priority.LOW.value,
)

# The worker task the API enqueues by name; the API never imports the worker.
PROCESS_TASK = "orchestrator.process_task"
RUN_STEP_TASK = "orchestrator.run_step"


def queue_for(priority: str) -> str:
    return Priority(priority).value


class ErrorCode(StrEnum):
    """Machine-readable error codes stored on failed tasks."""

    TIMEOUT = "timeout"
    REFLEX_UNAVAILABLE = "reflex_unavailable"
    REFLEX_ERROR = "reflex_error"
    NO_ARM = "no_arm"
    ARM_UNAVAILABLE = "arm_unavailable"
    ARM_ERROR = "arm_error"
    RETRIES_EXHAUSTED = "retries_exhausted"
    STUCK = "stuck"
    INTERNAL = "internal_error"
    BUDGET_EXCEEDED = "budget_exceeded"
    INVALID_PLAN = "invalid_plan"


# The longest a task may run: the most ``budget.max_time_seconds`` accepts, and what the
# broker's visibility timeout (``Settings.visibility_timeout``) stays above.
MAX_TASK_TIME_SECONDS = 3600
