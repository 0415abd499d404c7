"""Engines, sessions and the one way a task's status changes."""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, Row, create_engine, event, insert, update
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import InstrumentedAttribute, Session, sessionmaker

from shared.models import Base, Task, utcnow
from shared.settings import Settings
from shared.states import Status, check_transition


def engine_options(settings: Settings) -> dict[str, Any]:
    """``create_engine`` keyword arguments for the configured database."""
    url = make_url(settings.database_url)
    if url.get_backend_name() == "sqlite":
        return {"connect_args": {"timeout": 30, "check_same_thread": False}}
    connect_args: dict[str, Any] = {"connect_timeout": max(1, int(settings.db_connect_timeout))}
    if settings.db_statement_timeout_ms:
        connect_args["options"] = f"-c statement_timeout={settings.db_statement_timeout_ms}"
    return {
        "pool_size": settings.db_pool_size,
        "max_overflow": settings.db_pool_size * 2,
        "pool_timeout": settings.db_connect_timeout * 2,
        "pool_recycle": 1800,
        "connect_args": connect_args,
    }


def normalize_url(database_url: str) -> str:
    """Use psycopg 3 for Postgres URLs given without a driver."""
    for prefix in ("postgres://", "postgresql://"):
        if database_url.startswith(prefix):
            return "postgresql+psycopg://" + database_url[len(prefix) :]
    return database_url


def database_url(settings: Settings) -> str:
    """The URL every role connects with: psycopg 3 for Postgres; for SQLite an absolute path
    (from the working directory) whose folder exists."""
    url = make_url(normalize_url(settings.database_url))
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return url.render_as_string(hide_password=False)
    path = Path(url.database).resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    return url.set(database=str(path)).render_as_string(hide_password=False)


def make_engine(settings: Settings) -> Engine:
    engine = create_engine(database_url(settings), **engine_options(settings))
    install_listeners(engine)
    return engine


# A pooled connection idle longer than this is pinged before use (a database restart leaves
# stale ones behind); one in steady use is not: a ping on every checkout is a round trip on
# every transaction.
PING_AFTER_IDLE_SECONDS = 2.0


def install_listeners(engine: Engine) -> None:
    """SQLite pragmas, or the ping of idle pooled connections; for any engine we create."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        return
    dialect = engine.dialect

    def ping_if_idle(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        checked_in = record.info.get("checked_in_at")
        if checked_in is None or time.monotonic() - checked_in < PING_AFTER_IDLE_SECONDS:
            return
        try:
            alive = dialect.do_ping(dbapi_connection)
        except Exception as exc:
            raise DisconnectionError("stale pooled connection") from exc
        if not alive:
            raise DisconnectionError("stale pooled connection")

    def mark_checked_in(_dbapi_connection: Any, record: Any) -> None:
        record.info["checked_in_at"] = time.monotonic()

    event.listen(engine, "checkout", ping_if_idle)
    event.listen(engine, "checkin", mark_checked_in)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the API read while a worker writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session committed on success and rolled back on error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def worker_name() -> str:
    return f"{os.uname().nodename}:{os.getpid()}"


def transition(
    session: Session,
    task_id: uuid.UUID,
    *,
    from_: Status,
    to: Status,
    reason: str | Callable[[Row[Any]], str] | None = None,
    now: datetime | None = None,
    fence: int | None = None,
    guard: Sequence[ColumnElement[bool]] = (),
    returning: Sequence[ColumnElement[Any] | InstrumentedAttribute[Any]] = (),
    **values: Any,
) -> Row[Any] | None:
    """Move a task ``from_`` -> ``to`` with one guarded UPDATE plus an event row.

    Returns None, writing nothing, when the task is not in ``from_`` any more (a redelivered
    message, a cancelled task, a racing worker), when ``fence`` is given and the task's
    ``attempts`` differs (another worker has claimed it since), or when a ``guard`` condition
    fails. Otherwise returns the updated row's ``returning`` columns (always truthy). The
    caller owns the transaction. ``reason`` may be a function of the returned row.
    """
    check_transition(from_, to)
    now = now or utcnow()
    if to.is_terminal:
        values.setdefault("finished_at", now)
    guards = [Task.id == task_id, Task.status == from_.value, *guard]
    if fence is not None:
        guards.append(Task.attempts == fence)
    # Core statements on the session's connection, in its transaction: the ORM's bulk-DML
    # bookkeeping costs more than the statements on this path, run for every transition.
    connection = session.connection()
    row = connection.execute(
        update(Task)
        .where(*guards)
        .values(status=to.value, updated_at=now, **values)
        .returning(Task.id, *returning)
    ).one_or_none()
    if row is None:
        return None
    record_event(
        connection,
        task_id,
        from_status=from_.value,
        to_status=to.value,
        reason=reason(row) if callable(reason) else reason,
        worker=worker_name(),
        now=now,
    )
    return row


_INSERT_EVENT = insert(Base.metadata.tables["task_events"])


def record_event(
    connection: Connection,
    task_id: uuid.UUID,
    *,
    from_status: str | None,
    to_status: str,
    reason: str | None,
    now: datetime,
    worker: str | None = None,
) -> None:
    """Insert one row of the event log (the caller's transaction makes it atomic)."""
    connection.execute(
        _INSERT_EVENT,
        {
            "task_id": task_id,
            "from_status": from_status,
            "to_status": to_status,
            "reason": reason,
            "worker": worker,
            "created_at": now,
        },
    )
