"""``GET /tasks/<id>/stream``: a task's event logs as Server-Sent Events, as they happen.

The event logs (``task_events``, ``step_events``) are the truth; a stream is a cursor over
them. Open streams wait on a ``StreamHub``, one per API process, which wakes the streams of a
task when its logs grow: on Postgres from ``LISTEN orchestrator_events`` (a trigger notifies
at the commit of every event row, migration 0005) on one connection of its own, on SQLite
(the embedded default, no notifications) by one poll of the logs' newest ids every
``SQLITE_POLL_SECONDS``. A notification that never comes only delays a stream: each one
reads the logs again after ``fallback`` seconds (with jitter) whatever happens. A stream
holds no database connection while it waits; each read takes one from the pool and gives it
back.

Resume ids (SSE ``id:``), ``<T>-<F>[-<d>.<d>…]``: every task event with an id up to ``T``
and every step event with an id up to ``F`` was sent, and so were the step events
``F + d`` for each offset ``d``. Task events of one task are written in id order (each is
made by a guarded UPDATE of the task's row, which serialises them), so one number says how
far they went. Step events of parallel steps may commit out of id order, so the ids sent
above ``F`` are listed until they are ``STEP_SETTLE_SECONDS`` old: an event with a smaller
id still uncommitted by then would belong to a transaction open longer than the statement
timeout allows. ``Last-Event-ID`` (or ``?last_event_id=``) with such an id sends exactly the
events after it, none twice.
"""

from __future__ import annotations

import heapq
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from shared.db import Database
from shared.models import StepEvent, Task, TaskEvent
from shared.states import Status

log = logging.getLogger(__name__)

# The Postgres channel of the event-log trigger (migration 0005); the payload is a task id.
CHANNEL = "orchestrator_events"
# How long a sent step event's id stays listed in resume ids (see the module doc).
STEP_SETTLE_SECONDS = 30.0
# The embedded SQLite database: how often the process looks for new events.
SQLITE_POLL_SECONDS = 0.25
# The longest resume id accepted (a listed id takes a few characters; a plan has at most a
# few hundred step events in ``STEP_SETTLE_SECONDS``).
MAX_EVENT_ID_LENGTH = 8192
_LISTEN_RETRY_SECONDS = (0.5, 1.0, 2.0, 5.0)


class InvalidEventId(ValueError):
    """A ``Last-Event-ID`` this API did not issue."""


@dataclass
class Cursor:
    """How far a stream went in a task's two event logs (see the module doc)."""

    task_event: int = 0
    step_floor: int = 0
    # step event id -> when it was sent (monotonic seconds), for the ids above the floor
    steps_sent: dict[int, float] = field(default_factory=dict)

    @classmethod
    def parse(cls, raw: str | None) -> Cursor:
        """The cursor of a resume id; an empty one for None or ``""``."""
        if not raw:
            return cls()
        if len(raw) > MAX_EVENT_ID_LENGTH:
            raise InvalidEventId(raw[:80])
        parts = raw.strip().split("-")
        try:
            if len(parts) not in (2, 3):
                raise ValueError(raw)
            task_event, step_floor = int(parts[0]), int(parts[1])
            offsets = [int(d) for d in parts[2].split(".")] if len(parts) == 3 else []
        except ValueError:
            raise InvalidEventId(raw[:80]) from None
        if task_event < 0 or step_floor < 0 or any(d <= 0 for d in offsets):
            raise InvalidEventId(raw[:80])
        now = time.monotonic()
        return cls(task_event, step_floor, {step_floor + d: now for d in offsets})

    def encode(self) -> str:
        base = f"{self.task_event}-{self.step_floor}"
        if not self.steps_sent:
            return base
        return base + "-" + ".".join(str(i - self.step_floor) for i in sorted(self.steps_sent))

    def settle(self, settle_seconds: float) -> None:
        """Raise the floor over the sent step events older than ``settle_seconds``."""
        cutoff = time.monotonic() - settle_seconds
        settled = [i for i, at in self.steps_sent.items() if at <= cutoff]
        if settled:
            self.step_floor = max(self.step_floor, *settled)
            self.steps_sent = {i: at for i, at in self.steps_sent.items() if i > self.step_floor}


@dataclass(frozen=True)
class Batch:
    """What one read of the logs found: the task's status and the events not sent yet."""

    status: Status
    task_events: list[Any]
    step_events: list[Any]


def read_new(database: Database, task_id: uuid.UUID, cursor: Cursor) -> Batch | None:
    """The task's status, then its events past ``cursor``, in one short transaction; None
    when the task is gone. The status is read first: a terminal status read here has its
    event in the logs read after it."""
    with database.transaction() as connection:
        status = connection.execute(select(Task.status).where(Task.id == task_id)).scalar()
        if status is None:
            return None
        task_events = connection.execute(
            select(
                TaskEvent.id,
                TaskEvent.from_status,
                TaskEvent.to_status,
                TaskEvent.reason,
                TaskEvent.worker,
                TaskEvent.created_at,
            )
            .where(TaskEvent.task_id == task_id, TaskEvent.id > cursor.task_event)
            .order_by(TaskEvent.id)
        ).all()
        step_events = connection.execute(
            select(
                StepEvent.id,
                StepEvent.step_id,
                StepEvent.attempt,
                StepEvent.from_status,
                StepEvent.to_status,
                StepEvent.reason,
                StepEvent.worker,
                StepEvent.created_at,
            )
            .where(StepEvent.task_id == task_id, StepEvent.id > cursor.step_floor)
            .order_by(StepEvent.id)
        ).all()
    fresh_steps = [e for e in step_events if e.id not in cursor.steps_sent]
    return Batch(Status(status), list(task_events), fresh_steps)


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def status_data(task_id: uuid.UUID, event: Any) -> dict[str, Any]:
    return {
        "task_id": str(task_id),
        "id": event.id,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "reason": event.reason,
        "worker": event.worker,
        "created_at": _iso(event.created_at),
    }


def step_data(task_id: uuid.UUID, event: Any) -> dict[str, Any]:
    return {
        "task_id": str(task_id),
        "id": event.id,
        "step_id": event.step_id,
        "attempt": event.attempt,
        "from_status": event.from_status,
        "to_status": event.to_status,
        "reason": event.reason,
        "worker": event.worker,
        "created_at": _iso(event.created_at),
    }


def sse(event: str, data: dict[str, Any], event_id: str) -> bytes:
    """One Server-Sent Event: its resume id, its type and its JSON data (one line)."""
    return b"id: %s\nevent: %s\ndata: %s\n\n" % (
        event_id.encode(),
        event.encode(),
        orjson.dumps(data),
    )


HEARTBEAT = b": keep-alive\n\n"


class StreamHub:
    """The streams of one API process, woken when their task's event logs grow.

    One background thread (a greenlet under gevent) listens for the whole process; it starts
    with the first stream.
    """

    def __init__(
        self, database_url: str, listen_url: str | None = None, read_slots: int = 4
    ) -> None:
        self._is_postgres = make_url(database_url).get_backend_name() == "postgresql"
        # psycopg's own URL form (no SQLAlchemy driver suffix) for the listening connection.
        self._listen_url = listen_url
        self._lock = threading.Lock()
        self._waiters: dict[str, set[threading.Event]] = {}
        self._thread: threading.Thread | None = None
        self._database: Database | None = None
        self._stop = threading.Event()
        self.listening = threading.Event()
        # Streams read the logs a few at a time: a burst of them (500 opened at once, or
        # woken together) queues here, not in the connection pool, where requests would
        # wait behind them.
        self.reads = threading.BoundedSemaphore(read_slots)

    @property
    def notifies(self) -> bool:
        """Whether wake-ups come from notifications (Postgres) rather than polling."""
        return self._is_postgres

    def subscribe(self, task_id: uuid.UUID, database: Database) -> threading.Event:
        """A flag set whenever the logs of ``task_id`` may have grown."""
        waiter = threading.Event()
        with self._lock:
            self._waiters.setdefault(str(task_id), set()).add(waiter)
            self._database = database
            if self._thread is None or not self._thread.is_alive():
                self._stop.clear()
                target = self._listen if self._is_postgres else self._poll
                self._thread = threading.Thread(target=target, name="stream-hub", daemon=True)
                self._thread.start()
        return waiter

    def unsubscribe(self, task_id: uuid.UUID, waiter: threading.Event) -> None:
        with self._lock:
            waiters = self._waiters.get(str(task_id))
            if waiters is not None:
                waiters.discard(waiter)
                if not waiters:
                    del self._waiters[str(task_id)]

    def open_streams(self) -> int:
        with self._lock:
            return sum(len(w) for w in self._waiters.values())

    def stop(self) -> None:
        """Stop the background thread (tests; a process simply exits)."""
        self._stop.set()

    def _wake(self, task_id: str) -> None:
        with self._lock:
            waiters = list(self._waiters.get(task_id, ()))
        for waiter in waiters:
            waiter.set()

    def _wake_all(self) -> None:
        with self._lock:
            waiters = [w for ws in self._waiters.values() for w in ws]
        for waiter in waiters:
            waiter.set()

    def _listen(self) -> None:
        import psycopg

        failures = 0
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._listen_url or "", autocommit=True) as connection:
                    connection.execute(f"LISTEN {CHANNEL}")
                    self.listening.set()
                    failures = 0
                    # What was written while nobody listened is read now.
                    self._wake_all()
                    while not self._stop.is_set():
                        for notice in connection.notifies(timeout=1.0):
                            self._wake(notice.payload)
            except Exception as exc:
                self.listening.clear()
                delay = _LISTEN_RETRY_SECONDS[min(failures, len(_LISTEN_RETRY_SECONDS) - 1)]
                failures += 1
                log.warning("stream listener lost error=%s retry_in=%s", exc, delay)
                self._wake_all()
                self._stop.wait(delay)
        self.listening.clear()

    def _poll(self) -> None:
        """SQLite: one look at the logs' newest ids per ``SQLITE_POLL_SECONDS``."""
        last: tuple[int, int] | None = None
        self.listening.set()
        while not self._stop.is_set():
            database = self._database
            try:
                if database is not None and self.open_streams():
                    last = self._poll_once(database, last)
            except Exception as exc:
                log.warning("stream poll failed error=%s", exc)
                self._wake_all()
            self._stop.wait(SQLITE_POLL_SECONDS)

    def _poll_once(self, database: Database, last: tuple[int, int] | None) -> tuple[int, int]:
        with database.transaction() as connection:
            newest = (
                int(connection.execute(select(func.max(TaskEvent.id))).scalar() or 0),
                int(connection.execute(select(func.max(StepEvent.id))).scalar() or 0),
            )
            if last is None or newest == last:
                return newest
            tasks = connection.execute(
                select(TaskEvent.task_id)
                .where(TaskEvent.id > last[0])
                .union(select(StepEvent.task_id).where(StepEvent.id > last[1]))
            ).scalars()
            touched = {str(t) for t in tasks}
        for task_id in touched:
            self._wake(task_id)
        return newest


@dataclass(frozen=True)
class StreamOptions:
    heartbeat: float
    fallback: float
    settle: float = STEP_SETTLE_SECONDS


def events(
    hub: StreamHub,
    database: Database,
    task_id: uuid.UUID,
    cursor: Cursor,
    options: StreamOptions,
    on_close: Callable[[], None] | None = None,
) -> Iterator[bytes]:
    """The SSE body of one stream: history past ``cursor``, then events as they are written,
    until the task is in a terminal status and all its events were sent."""
    waiter = hub.subscribe(task_id, database)
    # Steps sent by an earlier connection stay listed for as long as the settle time says.
    settle = options.settle if hub.notifies else 0.0
    try:
        yield b"retry: 2000\n\n"
        last_sent = time.monotonic()
        failures = 0
        while True:
            waiter.clear()
            try:
                with hub.reads:
                    batch = read_new(database, task_id, cursor)
            except SQLAlchemyError as exc:
                # The database is away: the stream stays open and reads again shortly.
                failures += 1
                log.warning("stream read failed task_id=%s error=%s", task_id, type(exc).__name__)
                waiter.wait(min(options.fallback, 0.5 * failures))
                yield HEARTBEAT
                last_sent = time.monotonic()
                continue
            failures = 0
            if batch is None:
                return
            for kind, event in _in_order(batch):
                if kind == "status":
                    cursor.task_event = event.id
                    data = status_data(task_id, event)
                else:
                    cursor.steps_sent[event.id] = time.monotonic()
                    data = step_data(task_id, event)
                cursor.settle(settle)
                yield sse(kind, data, cursor.encode())
                last_sent = time.monotonic()
            if batch.status.is_terminal:
                return
            # Woken by the hub, or reading again after ``fallback`` seconds all the same.
            deadline = time.monotonic() + options.fallback * random.uniform(0.8, 1.2)
            while not waiter.is_set():
                now = time.monotonic()
                if now >= deadline:
                    break
                wait = min(deadline, last_sent + options.heartbeat) - now
                if wait > 0 and waiter.wait(wait):
                    break
                if time.monotonic() - last_sent >= options.heartbeat:
                    yield HEARTBEAT
                    last_sent = time.monotonic()
    finally:
        hub.unsubscribe(task_id, waiter)
        if on_close is not None:
            on_close()


def _in_order(batch: Batch) -> Iterator[tuple[str, Any]]:
    """Both logs' new events by time; each log keeps its own order."""
    return heapq.merge(
        (("status", e) for e in batch.task_events),
        (("step", e) for e in batch.step_events),
        key=lambda pair: pair[1].created_at,
    )
