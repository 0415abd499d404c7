"""Publishing task ids to the broker, by task name: the API never imports the worker."""

from __future__ import annotations

import uuid
from typing import Any

from celery import Celery

from shared.settings import Settings
from shared.states import PROCESS_TASK, QUEUES, queue_for


def celery_config(settings: Settings) -> dict[str, Any]:
    """Broker configuration shared by the publishing client and the workers."""
    return {
        "broker_url": settings.redis_url,
        "broker_connection_retry_on_startup": True,
        "broker_transport_options": {
            "visibility_timeout": settings.visibility_timeout,
            # Poll queues in the order of QUEUES: critical work is never behind a low backlog.
            "queue_order_strategy": "priority",
            "socket_timeout": 5,
            "socket_connect_timeout": 3,
        },
        "broker_pool_limit": 10,
        "task_serializer": "json",
        "result_serializer": "json",
        "accept_content": ["json"],
        "task_default_queue": QUEUES[2],
        "task_create_missing_queues": True,
        "timezone": "UTC",
        "enable_utc": True,
    }


def make_publisher(settings: Settings) -> Celery:
    """A Celery app used only to send messages.

    A publish fails at once when the broker is down (no reconnection retries): the row is
    already committed and the sweeper re-publishes it, so waiting would only slow the API.
    """
    app = Celery("orchestrator-publisher", set_as_current=False)
    config = celery_config(settings)
    config["broker_transport_options"] = {**config["broker_transport_options"], "max_retries": 0}
    app.conf.update(config)
    return app


# Seconds between the soft time limit (the task ends itself `failed` with code `timeout`)
# and the hard one (the pool kills the process; the sweeper then fails the task).
HARD_LIMIT_GRACE = 15


def publish_task(
    app: Celery,
    task_id: uuid.UUID | str,
    priority: str,
    *,
    time_limit: float | None = None,
    countdown: float | None = None,
) -> None:
    """Enqueue one task id. Raises on a broker error; the caller decides what that means.

    ``time_limit`` is the contract's ``budget.max_time_seconds``: it becomes the soft time
    limit of the worker's run, and the hard limit a little later.
    """
    limits: dict[str, float] = {}
    if time_limit is not None:
        limits = {"soft_time_limit": time_limit, "time_limit": time_limit + HARD_LIMIT_GRACE}
    app.send_task(
        PROCESS_TASK,
        args=[str(task_id)],
        queue=queue_for(priority),
        task_id=str(task_id),
        countdown=countdown,
        retry=False,
        **limits,
    )
