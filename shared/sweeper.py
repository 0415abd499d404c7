"""Re-publish tasks left ``pending``: a publish after commit can fail, a message can be lost.

Nothing accepted is lost: the row is durable, and this sweep puts its id back on the queue.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from shared.broker import publish_task
from shared.db import session_scope
from shared.models import Task, utcnow
from shared.settings import Settings
from shared.states import Status

logger = logging.getLogger(__name__)

BATCH_SIZE = 500


def republish_stale_pending(
    session_factory: sessionmaker[Session],
    publisher: Any,
    settings: Settings,
    now: datetime | None = None,
) -> int:
    """Publish again every task pending for longer than ``republish_after_seconds``.

    A task with ``not_before`` (a retry with a countdown) waits until ``not_before`` plus the
    same delay. Each re-published task has ``updated_at`` touched, so the next sweep leaves it
    alone for another period. Rows are locked with SKIP LOCKED so concurrent sweepers do not
    publish the same task twice. Stops at the first broker error; returns how many were sent.
    """
    now = now or utcnow()
    cutoff = now - timedelta(seconds=settings.republish_after_seconds)
    published = 0
    with session_scope(session_factory) as session:
        stale = session.execute(
            select(Task.id, Task.priority, Task.budget)
            .where(
                Task.status == Status.PENDING.value,
                Task.updated_at <= cutoff,
                or_(Task.not_before.is_(None), Task.not_before <= cutoff),
            )
            .order_by(Task.updated_at)
            .limit(BATCH_SIZE)
            .with_for_update(skip_locked=True)
        ).all()
        sent = []
        for task_id, priority, budget in stale:
            time_limit = float((budget or {}).get("max_time_seconds", 300))
            try:
                publish_task(publisher, task_id, priority, time_limit=time_limit)
            except Exception as exc:
                logger.warning(
                    "republish failed, will retry next sweep task_id=%s error=%s", task_id, exc
                )
                break
            sent.append(task_id)
        if sent:
            session.execute(
                update(Task)
                .where(Task.id.in_(sent), Task.status == Status.PENDING.value)
                .values(updated_at=now)
                .execution_options(synchronize_session=False)
            )
        published = len(sent)
    if published:
        logger.info("republished stale pending tasks count=%s", published)
    return published
