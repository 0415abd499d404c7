"""The sweeper: nothing accepted is lost, nothing stays ``processing`` forever.

Every worker node runs it in a background thread; a short Redis lock lets one node sweep
per interval. It re-publishes tasks left ``pending`` (a publish lost to a Redis outage),
takes back tasks whose worker stopped heartbeating (killed, host lost) or whose fan-out
was lost with the broker, and announces the webhook deliveries left due
(``webhooks.republish_due``). Every age is
judged by the database's clock, so nodes whose clocks disagree agree on what is stale.
"""

from __future__ import annotations

import logging
import threading

import redis
from celery import Celery
from sqlalchemy import and_, or_, select, update

from orchestrator_worker import limits, plans, retries, webhooks
from orchestrator_worker.heartbeat import fan_outs_kept
from orchestrator_worker.retries import RetryPolicy
from shared.broker import publish_task
from shared.db import Database, worker_name
from shared.models import Task
from shared.schemas import time_budget
from shared.settings import Settings
from shared.states import ErrorCode, Status
from shared.transitions import database_now, transition

log = logging.getLogger(__name__)

LOCK_KEY = "orchestrator:sweeper:lock"
BATCH_SIZE = 500


def republish_stale_pending(database: Database, publisher: Celery, settings: Settings) -> int:
    """Publish again every task pending for longer than ``republish_after_seconds``.

    A task with ``not_before`` (a retry with a countdown) waits until ``not_before`` plus the
    same delay. Each re-published task has ``updated_at`` touched, so the next sweep leaves it
    alone for another period. Rows are locked with SKIP LOCKED so concurrent sweepers do not
    publish the same task twice. Stops at the first broker error; returns how many were sent.
    Tasks of keys with a concurrency limit are ``limits.release_waiting``'s.
    """
    cutoff = database_now(-settings.republish_after_seconds)
    published = 0
    with database.session() as session:
        stale = session.execute(
            select(Task.id, Task.priority, Task.budget)
            .where(
                Task.status == Status.PENDING.value,
                Task.updated_at <= cutoff,
                or_(Task.not_before.is_(None), Task.not_before <= cutoff),
                Task.owner_id.not_in(limits.LIMITED_OWNERS),
            )
            .order_by(Task.updated_at)
            .limit(BATCH_SIZE)
            .with_for_update(skip_locked=True)
        ).all()
        sent = []
        for task_id, priority, budget in stale:
            try:
                publish_task(publisher, task_id, priority, time_limit=time_budget(budget))
            except Exception as exc:
                log.warning(
                    "republish failed, will retry next sweep task_id=%s error=%s", task_id, exc
                )
                break
            sent.append(task_id)
        if sent:
            session.execute(
                update(Task)
                .where(Task.id.in_(sent), Task.status == Status.PENDING.value)
                .values(updated_at=database_now())
                .execution_options(synchronize_session=False)
            )
        published = len(sent)
    if published:
        log.info("republished stale pending tasks count=%s", published)
    return published


def recover_lost(database: Database, publisher: Celery, settings: Settings) -> dict[str, int]:
    """Re-queue (or fail, when out of time or attempts) tasks whose lease has expired."""
    cutoff = database_now(-settings.lease_timeout_seconds)
    counts = {"requeued": 0, "failed": 0}
    lost = database.statement(
        select(
            Task.id,
            Task.attempts,
            Task.priority,
            Task.budget,
            Task.started_at,
            database_now().label("now"),
        )
        .where(
            Task.status == Status.PROCESSING.value,
            or_(
                Task.heartbeat_at < cutoff,
                and_(Task.heartbeat_at.is_(None), Task.updated_at < cutoff),
            ),
        )
        .limit(BATCH_SIZE),
        idempotent=True,
    )
    for task_id, attempts, priority, budget, started_at, now in lost:
        max_time = time_budget(budget)
        started = started_at or now
        if (now - started).total_seconds() > max_time + settings.stuck_grace_seconds:
            code, message = ErrorCode.TIMEOUT, f"time limit of {int(max_time)}s exceeded"
        elif RetryPolicy.from_settings(settings).exhausted(attempts):
            code, message = ErrorCode.STUCK, f"worker lost {attempts} times"
        else:
            code = None
        if code is not None:
            with database.transaction() as connection:
                moved = transition(
                    connection,
                    task_id,
                    from_=Status.PROCESSING,
                    to=Status.FAILED,
                    reason=f"swept: {message}",
                    fence=attempts,
                    error_code=code.value,
                    error_message=message,
                    heartbeat_at=None,
                )
            counts["failed"] += int(moved is not None)
            if moved is not None and moved.webhook_url is not None:
                webhooks.announce(task_id)
            continue
        # The next attempt, scheduled as every retry is, at once.
        if retries.schedule(
            database,
            publisher,
            task_id,
            fence=attempts,
            priority=priority,
            time_limit=max_time,
            delay=0,
            reason="worker lost: no heartbeat",
        ):
            counts["requeued"] += 1
    if any(counts.values()):
        log.warning("lost tasks recovered requeued=%s failed=%s", *counts.values())
    return counts


def recover_lost_fan_outs(
    database: Database, publisher: Celery, client: redis.Redis, settings: Settings
) -> int:
    """Take back the fanned-out tasks whose chord was lost with the broker.

    While a fan-out's arms wait in the queue, its task's lease reaches past the lease
    timeout (``Heartbeat.extend``; an arm that starts beats it back to now). A plan holds
    its lease to its deadline too (``plans.extend_lease``), but a plan never fans out and
    the sweeper recovers its steps itself, so plans are left alone. A single-hop task with
    such a lease whose fan-out marker is gone from Redis (restarted empty, flushed) has no
    message left
    to run it: its next attempt is scheduled at once, as for a lost worker, instead of the
    task waiting out its budget. A marker is written before the lease is extended, so a
    lease seen extended has had its marker. Returns how many were taken back.
    """
    waiting = database.statement(
        select(Task.id, Task.attempts, Task.priority, Task.budget)
        .where(
            Task.status == Status.PROCESSING.value,
            Task.plan.is_(None),
            Task.heartbeat_at > database_now(settings.lease_timeout_seconds),
        )
        .limit(BATCH_SIZE),
        idempotent=True,
    )
    if not waiting:
        return 0
    kept = fan_outs_kept(client, {row.id: row.attempts for row in waiting})
    taken = 0
    for task_id, attempts, priority, budget in waiting:
        if task_id in kept:
            continue
        taken += retries.schedule(
            database,
            publisher,
            task_id,
            fence=attempts,
            priority=priority,
            time_limit=time_budget(budget),
            delay=0,
            reason="fan-out lost with the broker",
        )
    if taken:
        log.warning("fan-outs lost with the broker taken back count=%s", taken)
    return taken


def sweep_once(
    database: Database, publisher: Celery, client: redis.Redis, settings: Settings
) -> dict[str, int]:
    counts = recover_lost(database, publisher, settings)
    counts["fan_outs_lost"] = recover_lost_fan_outs(database, publisher, client, settings)
    counts["republished"] = republish_stale_pending(database, publisher, settings)
    counts["released"] = limits.release_waiting(database, publisher, settings)
    counts.update(plans.sweep(database, publisher, settings))
    counts["webhooks"] = webhooks.republish_due(database, publisher, settings)
    return counts


class SweeperThread(threading.Thread):
    """Sweeps every ``SWEEP_INTERVAL_SECONDS`` while it holds the cluster-wide lock."""

    def __init__(
        self,
        database: Database,
        publisher: Celery,
        redis_client: redis.Redis,
        settings: Settings,
    ) -> None:
        super().__init__(name="sweeper", daemon=True)
        self.database = database
        self.publisher = publisher
        self.redis = redis_client
        self.settings = settings
        self.stopping = threading.Event()

    def run(self) -> None:
        interval = self.settings.sweep_interval_seconds
        while not self.stopping.wait(interval):
            try:
                lock_ms = max(100, int(interval * 900))
                if self.redis.set(LOCK_KEY, worker_name(), nx=True, px=lock_ms):
                    sweep_once(self.database, self.publisher, self.redis, self.settings)
            except Exception:
                log.warning("sweep failed; next interval retries", exc_info=True)

    def stop(self) -> None:
        self.stopping.set()
