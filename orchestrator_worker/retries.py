"""How a task is tried again: one policy, one way to schedule the next attempt.

Every retry of a task, whatever asked for it (the Reflex Layer or the arms unavailable, a
fan-out's arms all down, a worker lost mid-task), is an attempt of the same task row: the
attempt number is the fence, the policy says how long to wait before the next one and when
to stop, and the next attempt is scheduled one way (``pipeline.schedule_retry``: back to
``pending`` with ``not_before``, then a message with that countdown).
"""

from __future__ import annotations

import logging
import random
import uuid
from dataclasses import dataclass

from celery import Celery
from sqlalchemy import Float, bindparam, null

from shared.broker import publish_task
from shared.db import Database
from shared.settings import Settings
from shared.states import Status
from shared.transitions import PreparedTransition, database_now

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RetryPolicy:
    """``retries`` attempts after the first, waiting an exponential backoff with full jitter
    (``backoff_base`` seconds doubling, at most ``backoff_max``) before each."""

    retries: int
    backoff_base: float
    backoff_max: float

    @classmethod
    def from_settings(cls, settings: Settings) -> RetryPolicy:
        """The policy of ``TASK_MAX_RETRIES``, ``RETRY_BACKOFF_BASE`` and ``RETRY_BACKOFF_MAX``."""
        return cls(
            retries=settings.task_max_retries,
            backoff_base=settings.retry_backoff_base,
            backoff_max=settings.retry_backoff_max,
        )

    def exhausted(self, attempt: int) -> bool:
        """Whether attempt number ``attempt`` (1 for the first) was the last one allowed."""
        return attempt > self.retries

    def delay(self, attempt: int) -> float:
        """Seconds to wait after attempt number ``attempt`` before the next one."""
        exponent = max(0, attempt - 1)
        ceiling = min(self.backoff_max, self.backoff_base * float(2**exponent))
        return round(ceiling / 2 + random.uniform(0.0, ceiling / 2), 3)


_REQUEUE = PreparedTransition(
    Status.PROCESSING,
    Status.PENDING,
    binds=("delay",),
    computed={
        "claimed_by": null(),
        "heartbeat_at": null(),
        "not_before": database_now(bindparam("v_delay", type_=Float)),
    },
    fenced=True,
)


def requeue(database: Database, task_id: uuid.UUID, fence: int, delay: float, reason: str) -> bool:
    """``processing -> pending`` due after ``delay`` seconds (by the database's clock), if
    attempt ``fence`` still holds the task."""
    return _REQUEUE.run(database, task_id, fence=fence, reason=reason, delay=delay) is not None


def schedule(
    database: Database,
    publisher: Celery,
    task_id: uuid.UUID,
    *,
    fence: int,
    priority: str,
    time_limit: float,
    delay: float,
    reason: str,
) -> bool:
    """Schedule the next attempt of ``task_id`` in ``delay`` seconds: the task goes back to
    ``pending`` and a message with that countdown is published. False when attempt ``fence``
    no longer holds the task (nothing is published). A failed publish is left to the
    sweeper, which re-publishes tasks left pending."""
    if not requeue(database, task_id, fence, delay, reason):
        return False
    try:
        publish_task(publisher, task_id, priority, time_limit=time_limit, countdown=delay or None)
    except Exception:
        log.warning("publish of a retry failed; the pending sweep re-publishes it", exc_info=True)
    return True
