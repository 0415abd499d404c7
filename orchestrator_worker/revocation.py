"""A task id revoked in Celery (Flower's "revoke", ``app.control.revoke``) ends ``cancelled``.

Celery keeps revoked ids in every worker's memory and discards their messages, including
the sweeper's re-publishes, so a revoked ``pending`` task would stay ``pending`` for good.
When a worker discards one, it is cancelled here through the same guarded transition as
``POST /tasks/<id>/cancel``; a task already running is asked to stop at its next step
(``cancel_requested``), as that endpoint does.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from celery import signals
from sqlalchemy import update

from orchestrator_worker import resources, webhooks
from shared.models import Task
from shared.states import PROCESS_TASK, Status
from shared.transitions import transition

log = logging.getLogger(__name__)

REASON = "cancelled: revoked in Celery"


def cancel_revoked(task_id: uuid.UUID) -> str | None:
    """Cancel a revoked task (``pending``) or ask it to stop (``processing``); the status it
    was found in, or None when there was nothing to do (terminal, or unknown)."""
    database = resources.get().database
    with database.transaction() as connection:
        moved = transition(
            connection, task_id, from_=Status.PENDING, to=Status.CANCELLED, reason=REASON
        )
    if moved:
        if moved.webhook_url is not None:
            webhooks.announce(task_id)
        return Status.PENDING.value
    asked = database.statement(
        update(Task)
        .where(Task.id == task_id, Task.status == Status.PROCESSING.value)
        .values(cancel_requested=True)
        .returning(Task.id)
    )
    return Status.PROCESSING.value if asked else None


@signals.task_revoked.connect
def _on_revoked(sender: Any = None, request: Any = None, **_: Any) -> None:
    # ``sender`` is the task, ``request`` its message's context (``id`` and ``task`` name).
    if request is None or getattr(sender, "name", None) != PROCESS_TASK:
        return
    try:
        task_id = uuid.UUID(str(request.id))
        found = cancel_revoked(task_id)
    except Exception:  # a failure here must not stop the worker; the task stays as it was
        log.exception("could not cancel a revoked task task_id=%s", request.id)
        return
    if found is not None:
        log.info("revoked task cancelled task_id=%s was=%s", task_id, found)
