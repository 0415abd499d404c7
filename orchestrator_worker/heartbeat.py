"""Lease heartbeats: while a process works on tasks, it refreshes their ``tasks.heartbeat_at``.

The sweeper re-queues a ``processing`` task whose heartbeat is older than the lease
timeout: its worker died (SIGKILL, lost host) without a chance to say so. Each beat also
reads back ``cancel_requested``, so the pipeline learns of a cancel without a query of its
own at every step.

A process may run several tasks at once (the threads pool, or the arms of a fan-out): one
daemon thread beats for all of them with one UPDATE. A task past its deadline (its time
budget plus a grace) gets no more beats, so a call stuck beyond every timeout still ends:
the lease runs out and the sweeper fails the task with code ``timeout``.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import uuid
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

import redis
from sqlalchemy import tuple_, update

from shared.db import Database
from shared.models import Task
from shared.states import Status
from shared.transitions import database_now

log = logging.getLogger(__name__)


@dataclass
class _Lease:
    fence: int
    deadline: float  # time.monotonic() after which no beat extends the lease
    holders: int = 1  # blocks beating for this task (the arms of a fan-out may share one)


class Heartbeat:
    """One daemon thread per process, beating for every task the process works on."""

    def __init__(self, database: Database, interval: float) -> None:
        self.database = database
        self.interval = interval
        self._leases: dict[uuid.UUID, _Lease] = {}
        self._cancelled: set[uuid.UUID] = set()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @contextmanager
    def beating(
        self, task_id: uuid.UUID, fence: int, seconds: float | None = None
    ) -> Iterator[None]:
        """Keep the lease of ``task_id`` for the block, or for ``seconds`` at most."""
        deadline = time.monotonic() + seconds if seconds is not None else float("inf")
        with self._lock:
            lease = self._leases.get(task_id)
            if lease is not None and lease.fence == fence:
                lease.holders += 1
                lease.deadline = max(lease.deadline, deadline)
            else:
                self._leases[task_id] = _Lease(fence, deadline)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._loop, name="heartbeat", daemon=True)
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                lease = self._leases.get(task_id)
                if lease is not None and lease.fence == fence:
                    lease.holders -= 1
                    if lease.holders <= 0:
                        del self._leases[task_id]
                        self._cancelled.discard(task_id)

    def due(self) -> dict[uuid.UUID, int]:
        """The tasks whose lease the next beat extends, with their fences."""
        now = time.monotonic()
        with self._lock:
            return {
                task_id: lease.fence
                for task_id, lease in self._leases.items()
                if lease.deadline > now
            }

    def _loop(self) -> None:
        while True:
            time.sleep(self.interval)
            leases = self.due()
            if leases:
                self.beat_all(leases)

    def beat(self, task_id: uuid.UUID, fence: int) -> None:
        """Extend the lease of one task; note a cancel request."""
        self.beat_all({task_id: fence})

    def beat_all(self, leases: dict[uuid.UUID, int]) -> None:
        """Extend the leases of ``leases`` (task id to fence) in one UPDATE; note cancels."""
        try:
            rows = self.database.statement(
                update(Task)
                .where(
                    tuple_(Task.id, Task.attempts).in_(list(leases.items())),
                    Task.status == Status.PROCESSING.value,
                )
                .values(heartbeat_at=database_now())
                .returning(Task.id, Task.cancel_requested),
                idempotent=True,
            )
        except Exception:  # the next beat tries again; a missed one only shortens the lease
            log.warning("heartbeat failed", exc_info=True)
            return
        cancelled = {task_id for task_id, cancel in rows if cancel}
        if cancelled:
            with self._lock:
                self._cancelled |= cancelled & self._leases.keys()

    def extend(self, task_id: uuid.UUID, fence: int, seconds: float) -> None:
        """Hold the lease of ``task_id`` for ``seconds`` from now without beats (the arms
        of a fan-out may wait in the queue that long before they beat). Mark the fan-out
        first (``mark_fan_out``): the sweeper takes an extended lease without its marker
        for a fan-out lost with the broker."""
        self.database.statement(
            update(Task)
            .where(Task.id == task_id, Task.attempts == fence)
            .values(heartbeat_at=database_now(seconds)),
            idempotent=True,
        )

    def cancel_seen(self, task_id: uuid.UUID) -> bool:
        """Whether a beat has seen a cancel request for ``task_id``."""
        return task_id in self._cancelled


# A fan-out's arms wait in the broker's queues, and its chord's counter in Redis, while
# its lease is extended. A marker written beside them before the lease is extended says
# whether they still exist: a Redis restarted empty (or a flushed db) loses the marker with
# them, and the sweeper takes such a task back at once instead of at the end of its budget
# (``sweeper.recover_lost_fan_outs``). A Redis that kept its data keeps the marker too.
FAN_OUT_KEY = "orchestrator:fan-out:{}"


def mark_fan_out(client: redis.Redis, task_id: uuid.UUID, fence: int, seconds: float) -> None:
    """Mark attempt ``fence`` of ``task_id`` as fanned out for ``seconds``. Raises on a
    Redis error: the chord could not be sent either."""
    client.set(FAN_OUT_KEY.format(task_id), fence, ex=max(1, math.ceil(seconds)))


def fan_outs_kept(client: redis.Redis, leases: Mapping[uuid.UUID, int]) -> set[uuid.UUID]:
    """Which of ``leases`` (task id to fence) still have their fan-out's marker."""
    ids = list(leases)
    values = client.mget([FAN_OUT_KEY.format(task_id) for task_id in ids])
    return {
        task_id
        for task_id, value in zip(ids, values, strict=True)
        if value is not None and int(value) == leases[task_id]
    }
