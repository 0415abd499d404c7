"""Lease heartbeats: while a process works on a task, it refreshes ``tasks.heartbeat_at``.

The sweeper re-queues a ``processing`` task whose heartbeat is older than the lease
timeout: its worker died (SIGKILL, lost host) without a chance to say so. Each beat also
reads back ``cancel_requested``, so the pipeline learns of a cancel without a query of its
own at every step.
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import update
from sqlalchemy.orm import Session, sessionmaker

from shared.models import Task, utcnow
from shared.states import Status

log = logging.getLogger(__name__)


class Heartbeat:
    """One daemon thread per process, beating for the task the process is working on."""

    def __init__(self, sessions: sessionmaker[Session], interval: float) -> None:
        self.sessions = sessions
        self.interval = interval
        self._current: tuple[uuid.UUID, int] | None = None
        self._cancelled: set[uuid.UUID] = set()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @contextmanager
    def beating(self, task_id: uuid.UUID, fence: int) -> Iterator[None]:
        self._current = (task_id, fence)
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._loop, name="heartbeat", daemon=True)
            self._thread.start()
        try:
            yield
        finally:
            self._current = None
            self._cancelled.discard(task_id)

    def _loop(self) -> None:
        while not self._wake.wait(self.interval):
            current = self._current
            if current is not None:
                self.beat(*current)

    def beat(self, task_id: uuid.UUID, fence: int) -> None:
        """Extend the lease of the task this process works on; note a cancel request."""
        try:
            with self.sessions.begin() as session:
                cancel = (
                    session.connection()
                    .execute(
                        update(Task)
                        .where(
                            Task.id == task_id,
                            Task.status == Status.PROCESSING.value,
                            Task.attempts == fence,
                        )
                        .values(heartbeat_at=utcnow())
                        .returning(Task.cancel_requested)
                    )
                    .scalar()
                )
        except Exception:  # the next beat tries again; a missed one only shortens the lease
            log.warning("heartbeat failed", exc_info=True)
            return
        if cancel:
            self._cancelled.add(task_id)

    def cancel_seen(self, task_id: uuid.UUID) -> bool:
        """Whether a beat has seen a cancel request for ``task_id``."""
        return task_id in self._cancelled

    def stop(self) -> None:
        self._wake.set()
