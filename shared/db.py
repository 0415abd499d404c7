"""Engines, sessions and the one way a task's status changes."""

from __future__ import annotations

import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Connection,
    Engine,
    Executable,
    Insert,
    Row,
    String,
    Text,
    bindparam,
    create_engine,
    event,
    insert,
    literal,
    select,
    update,
)
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
        # psycopg reads and writes the JSONB columns (contracts, results) with these.
        "json_serializer": _json_dumps,
        "json_deserializer": orjson.loads,
        "pool_size": settings.db_pool_size,
        "max_overflow": settings.db_pool_size * 2,
        "pool_timeout": settings.db_connect_timeout * 2,
        "pool_recycle": 1800,
        "connect_args": connect_args,
    }


def _json_dumps(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS)


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


_EVENTS = Base.metadata.tables["task_events"]
_RESULTS = Base.metadata.tables["task_results"]
_TASKS = Base.metadata.tables["tasks"]
_EVENT_COLUMNS = ("task_id", "from_status", "to_status", "reason", "worker", "created_at")

# The time of a transition, for SQL expressions in ``Move.computed`` (e.g. a COALESCE).
NOW = bindparam("p_now", type_=_EVENTS.c.created_at.type)


def insert_event(
    task_id: ColumnElement[Any],
    from_: Status | None,
    to: Status,
    *,
    reason: ColumnElement[Any],
    worker: ColumnElement[Any],
    at: ColumnElement[Any],
    where: ColumnElement[bool] | None = None,
) -> Insert:
    """``INSERT INTO task_events … SELECT``: the event row of the task(s) ``task_id`` selects
    (a column of a data-modifying CTE, or ``tasks.id`` narrowed by ``where``), for
    statements built once."""
    from_status = literal(from_.value if from_ else None, String)
    values = select(task_id, from_status, literal(to.value, String), reason, worker, at)
    return insert(_EVENTS).from_select(
        _EVENT_COLUMNS, values if where is None else values.where(where)
    )


class Move:
    """A status transition prepared once and run many times: one guarded UPDATE, its event
    row and, with ``with_result``, the task's result row, all or nothing.

    ``params`` are the columns the caller sets per call (``run(..., column=value)``);
    ``computed`` the columns set by SQL expressions (which may use ``NOW``); ``guard`` extra
    WHERE conditions; ``returning`` the columns read back; ``reason`` an SQL expression of
    the moved row, when the event's reason is not given per call.

    On Postgres the statement is one ``UPDATE … RETURNING`` whose event and result inserts
    are data-modifying CTEs, so it is atomic even on an autocommit connection (see
    ``statement_scope``): one round trip per transition. Elsewhere it is up to three
    statements, made atomic by the caller's transaction.
    """

    def __init__(
        self,
        from_: Status,
        to: Status,
        *,
        params: Sequence[str] = (),
        computed: Mapping[str, ColumnElement[Any]] | None = None,
        fenced: bool = False,
        guard: Sequence[ColumnElement[bool]] = (),
        returning: Sequence[ColumnElement[Any] | InstrumentedAttribute[Any]] = (),
        reason: Callable[[Any], ColumnElement[str]] | None = None,
        with_result: bool = False,
    ) -> None:
        check_transition(from_, to)
        self.from_, self.to = from_, to
        self.params = tuple(params)
        self.with_result = with_result
        sets: dict[str, Any] = {"status": to.value, "updated_at": NOW}
        if to.is_terminal:
            sets["finished_at"] = NOW
        sets.update({name: bindparam(f"v_{name}") for name in self.params})
        sets.update(computed or {})
        guards = [Task.id == bindparam("p_task_id"), Task.status == from_.value, *guard]
        if fenced:
            guards.append(Task.attempts == bindparam("p_fence"))
        self._update = update(Task).where(*guards).values(sets).returning(Task.id, *returning)
        self._reason = reason
        self._statements: dict[str, tuple[Executable, ...]] = {}

    def _event(self, task_id: Any, where: ColumnElement[bool] | None = None) -> Insert:
        columns = task_id.table.c
        return insert_event(
            task_id,
            self.from_,
            self.to,
            reason=self._reason(columns) if self._reason else bindparam("p_reason", type_=Text),
            worker=bindparam("p_worker", type_=String),
            at=NOW,
            where=where,
        )

    def _build(self, dialect: str) -> tuple[Executable, ...]:
        if dialect == "postgresql":
            moved = self._update.cte("moved")
            ctes = [self._event(moved.c.id).cte("event")]
            if self.with_result:
                result = select(moved.c.id, bindparam("p_result", type_=_RESULTS.c.result.type))
                ctes.append(insert(_RESULTS).from_select(("task_id", "result"), result).cte("res"))
            return (select(moved).add_cte(*ctes),)
        event = self._event(_TASKS.c.id, where=_TASKS.c.id == bindparam("p_task_id"))
        insert_result = insert(_RESULTS).values(
            task_id=bindparam("p_task_id"), result=bindparam("p_result")
        )
        return (self._update, event, insert_result)

    def run(
        self,
        connection: Connection,
        task_id: uuid.UUID,
        *,
        now: datetime | None = None,
        fence: int | None = None,
        reason: str | None = None,
        result: dict[str, Any] | None = None,
        **values: Any,
    ) -> Row[Any] | None:
        """Run the move on ``task_id``; the returned row, or None when nothing matched (the
        task left ``from_``, another attempt holds it, or a guard failed)."""
        dialect = connection.dialect.name
        statements = self._statements.get(dialect)
        if statements is None:
            statements = self._statements[dialect] = self._build(dialect)
        bound = {
            "p_task_id": task_id,
            "p_now": now or utcnow(),
            "p_fence": fence,
            "p_reason": reason,
            "p_worker": worker_name(),
            "p_result": result,
            **{f"v_{name}": values[name] for name in self.params},
        }
        row = connection.execute(statements[0], bound).one_or_none()
        if row is None or len(statements) == 1:
            return row
        connection.execute(statements[1], bound)
        if self.with_result:
            connection.execute(statements[2], bound)
        return row


def transition(
    bind: Session | Connection,
    task_id: uuid.UUID,
    *,
    from_: Status,
    to: Status,
    reason: str | None = None,
    now: datetime | None = None,
    fence: int | None = None,
    guard: Sequence[ColumnElement[bool]] = (),
    returning: Sequence[ColumnElement[Any] | InstrumentedAttribute[Any]] = (),
    **values: Any,
) -> Row[Any] | None:
    """Move a task ``from_`` -> ``to`` once (a ``Move`` built for this call): for the rare
    transitions; the hot paths keep their ``Move`` prepared.

    Returns None, writing nothing, when the task is not in ``from_`` any more (a redelivered
    message, a cancelled task, a racing worker), when ``fence`` is given and the task's
    ``attempts`` differs (another worker has claimed it since), or when a ``guard`` condition
    fails. Otherwise returns the updated row's ``returning`` columns (always truthy). The
    caller owns the transaction.
    """
    computed = {k: v for k, v in values.items() if isinstance(v, ColumnElement)}
    move = Move(
        from_,
        to,
        params=[k for k in values if k not in computed],
        computed=computed,
        fenced=fence is not None,
        guard=guard,
        returning=returning,
    )
    connection = bind.connection() if isinstance(bind, Session) else bind
    return move.run(connection, task_id, now=now, fence=fence, reason=reason, **values)


class _HeldConnection(threading.local):
    """This thread's autocommit connection of one engine, kept between statements."""

    connection: Connection | None = None
    pid: int = 0
    used_at: float = 0.0


# Connections a forked child inherited: never used there, and never closed there either
# (closing would end the parent's session on the shared socket).
_inherited: list[Connection] = []


def _held_for(engine: Engine) -> _HeldConnection:
    # Kept on the engine itself: it lives and dies with the engine and its pool.
    held: _HeldConnection | None = engine.__dict__.get("_orchestrator_held")
    if held is None:
        held = engine.__dict__.setdefault("_orchestrator_held", _HeldConnection())
    return held


def release_statement_connection(engine: Engine) -> None:
    """Give this thread's held statement connection of ``engine`` back to its pool."""
    _drop(_held_for(engine))


def _drop(held: _HeldConnection) -> None:
    """Forget the held connection: back to the pool, or kept unused if a parent owns it."""
    connection, held.connection = held.connection, None
    if connection is None:
        return
    if held.pid == os.getpid():
        connection.close()
    else:
        _inherited.append(connection)


@contextmanager
def statement_scope(engine: Engine | Connection) -> Iterator[Connection]:
    """A connection for one self-contained write such as a ``transition``.

    On Postgres it runs in autocommit mode: the statement is its own transaction, which
    saves the BEGIN and COMMIT round trips. Each thread keeps its autocommit connection
    between statements (a pool checkout, and switching the connection to autocommit and
    back, cost as much CPU as the statement); after ``PING_AFTER_IDLE_SECONDS`` unused, or
    after an error, it goes back to the pool, whose checkout pings an idle connection. A
    thread's blocks on one engine share that connection: they must not nest. Elsewhere the
    block is a transaction, committed when it ends and rolled back on an error. Given a
    connection (one already in a transaction), the block is a savepoint of that transaction.
    """
    if isinstance(engine, Connection):
        with engine.begin_nested():
            yield engine
        return
    if engine.dialect.name != "postgresql":
        with engine.begin() as connection:
            yield connection
        return
    held = _held_for(engine)
    connection = _take_held(engine, held)
    try:
        yield connection
    except BaseException:
        _drop(held)
        raise
    held.used_at = time.monotonic()
    if _pool_is_short(engine):
        # Other threads need connections more than this one needs to keep its own.
        _drop(held)


def _take_held(engine: Engine, held: _HeldConnection) -> Connection:
    """The held connection if it is still good to use, else a new one from the pool."""
    kept = held.connection
    if (
        kept is not None
        and held.pid == os.getpid()
        and not kept.invalidated
        and time.monotonic() - held.used_at <= PING_AFTER_IDLE_SECONDS
    ):
        return kept
    _drop(held)
    connection = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
    held.connection, held.pid = connection, os.getpid()
    return connection


def _pool_is_short(engine: Engine) -> bool:
    pool = engine.pool
    checked_out, size = getattr(pool, "checkedout", None), getattr(pool, "size", None)
    return checked_out is not None and size is not None and checked_out() >= size()
