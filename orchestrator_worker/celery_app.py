"""The Celery app of the workers, configured for reliability.

Late acks and ``reject_on_worker_lost`` so a message is only gone once its task has run;
prefetch 1 so a busy process does not sit on messages others could run; a visibility
timeout above the longest task time; task events while Flower (or TASK_EVENTS) asks.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import Celery, signals

from orchestrator_worker import resources
from orchestrator_worker.breakers import forget_all
from shared import logs as shared_logs
from shared.broker import celery_config
from shared.settings import Settings
from shared.states import QUEUES

log = logging.getLogger(__name__)


def worker_config(settings: Settings) -> dict[str, Any]:
    return {
        **celery_config(settings),
        "result_backend": settings.redis_url,
        "result_expires": 3600,
        "task_ignore_result": True,
        "task_acks_late": True,
        "task_reject_on_worker_lost": True,
        "task_acks_on_failure_or_timeout": True,
        "worker_prefetch_multiplier": 1,
        "worker_cancel_long_running_tasks_on_connection_loss": True,
        # Task events cost three broker messages per task: sent while someone watches.
        # Flower turns them on in every worker while it runs; TASK_EVENTS keeps them on.
        "worker_send_task_events": settings.task_events,
        "task_send_sent_event": settings.task_events,
        "worker_hijack_root_logger": False,
        "worker_redirect_stdouts": False,
    }


app = Celery("orchestrator", include=["orchestrator_worker.tasks"])


@app.on_configure.connect
def _configure_from_env(sender: Celery, **_: Any) -> None:
    # Reads the environment when the app is first used, not at import.
    sender.conf.update(worker_config(resources.get().settings))


def configure(settings: Settings, pool: str = "threads", concurrency: int = 1) -> Celery:
    """Use ``settings`` in this process (the CLI and tests call it before starting).

    ``pool`` and ``concurrency`` are the worker's: a thread of the pool cannot be stopped
    mid-task, so only the prefork pool cancels the running tasks when the broker
    connection is lost (their messages come back either way: every step is safe to run
    twice).
    """
    # A prefork process runs one task at a time, whatever the pool's size.
    resources.install(resources.Resources(settings, concurrency if pool == "threads" else 1))
    app.conf.update(worker_config(settings))
    app.conf.worker_concurrency = concurrency
    app.conf.worker_cancel_long_running_tasks_on_connection_loss = pool == "prefork"
    return app


# Celery's own line for each task received and each task succeeded: the pipeline logs one
# line per task with its outcome (``task finished status=…``), so these two show at debug.
PER_TASK_LOGGERS = ("celery.worker.strategy", "celery.app.trace")


@signals.setup_logging.connect
def _setup_logging(**_: Any) -> None:
    settings = resources.get().settings
    shared_logs.configure(settings.log_level, settings.log_format)
    quiet = logging.getLogger().getEffectiveLevel() > logging.DEBUG
    for name in PER_TASK_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING if quiet else logging.NOTSET)


@signals.worker_process_init.connect
def _after_fork(**_: Any) -> None:
    resources.reset_after_fork()
    forget_all()


_sweeper: Any = None


@signals.worker_ready.connect
def _start_sweeper(**_: Any) -> None:
    global _sweeper
    from orchestrator_worker.sweeper import SweeperThread

    res = resources.get()
    _sweeper = SweeperThread(res.database, app, res.redis, res.settings)
    _sweeper.start()
    log.info("worker ready queues=%s", ",".join(QUEUES))


@signals.worker_shutting_down.connect
def _stop_sweeper(**_: Any) -> None:
    if _sweeper is not None:
        _sweeper.stop()
