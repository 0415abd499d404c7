"""Engines, and the two units of database work: one statement, or one transaction.

Every role reaches the database through a ``Database``: ``statement`` runs exactly one
statement in a transaction of its own (on Postgres an autocommit connection of a second
engine, which saves the BEGIN and COMMIT round trips), so a block of several statements that
is only atomic on some databases cannot be written; ``transaction`` (and ``session``, the
same with the ORM) is one explicit transaction, committed at its end, rolled back on error.
The prepared status transitions are in ``shared.transitions``.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeAlias

import orjson
from sqlalchemy import Connection, Engine, Executable, Row, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import DBAPIError, DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from shared.settings import Settings

log = logging.getLogger(__name__)


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


def statement_engine_options(settings: Settings) -> dict[str, Any]:
    """The options of the statement engine: the same pool settings, every connection in
    autocommit mode for good (switching a pooled connection to autocommit and back on each
    checkout costs as much CPU as the statement)."""
    return {**engine_options(settings), "isolation_level": "AUTOCOMMIT"}


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
    """The transaction engine of ``settings`` (see ``Database`` for the statement engine)."""
    engine = create_engine(database_url(settings), **engine_options(settings))
    install_listeners(engine)
    return engine


# A pooled connection idle longer than this is pinged before use (a database restart leaves
# stale ones behind); one in steady use is not: a ping on every checkout is a round trip on
# every transaction.
PING_AFTER_IDLE_SECONDS = 2.0

# SQLSTATE of a write refused because the session is read-only
# (``default_transaction_read_only``, a standby); the statement did not run.
READ_ONLY_SQLSTATE = "25006"


def install_listeners(engine: Engine) -> None:
    """SQLite pragmas, or the ping of idle pooled connections and the read-only rule; for any
    engine we create."""
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
    event.listen(engine, "handle_error", _read_only_is_a_lost_connection)


def _read_only_is_a_lost_connection(context: ExceptionContext) -> None:
    # A session keeps the read-only flag it started with: once the database takes writes
    # again, only new connections see it. Treating the refusal as a disconnect makes
    # SQLAlchemy invalidate this connection and every other one pooled before it.
    if refused_write(context.original_exception):
        context.is_disconnect = True


def refused_write(exc: BaseException | None) -> bool:
    """Whether ``exc`` (a DBAPI error, or SQLAlchemy's wrapper of one) is a refused write
    of a read-only database."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    return getattr(orig, "sqlstate", None) == READ_ONLY_SQLSTATE


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the API read while a worker writes; foreign keys are off by default in SQLite.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def worker_name() -> str:
    return f"{os.uname().nodename}:{os.getpid()}"


# Pauses before the retries of a statement whose connection was lost: a terminated backend
# is replaced at once; a restarting database gets a second and a half.
RECONNECT_DELAYS = (0.0, 0.25, 1.25)

Bind = Engine | Connection
# A row of any shape (SQLAlchemy 2.1's ``Row`` is generic over its column types).
AnyRow: TypeAlias = Row[*tuple[Any, ...]]


class Database:
    """The database of one process: a transaction engine and a statement engine.

    On Postgres the statement engine is a second engine whose connections are in autocommit
    mode; elsewhere (SQLite) it is the transaction engine, each statement committed on its
    own. Given a connection instead of engines (tests: one rolled back after each test), a
    statement or a transaction is a savepoint of it: still all or nothing.
    """

    def __init__(self, engine: Bind, statements: Bind | None = None) -> None:
        self.engine = engine
        self.statements = statements if statements is not None else engine
        self.dialect = engine.dialect.name
        # A statement engine of its own is one made with ``statement_engine_options``.
        self._autocommit = isinstance(self.statements, Engine) and self.statements is not engine
        self._sessions = sessionmaker(bind=engine, expire_on_commit=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> Database:
        """Both engines of ``settings`` (one engine on SQLite)."""
        engine = make_engine(settings)
        if engine.dialect.name != "postgresql":
            return cls(engine)
        statements = create_engine(database_url(settings), **statement_engine_options(settings))
        install_listeners(statements)
        return cls(engine, statements)

    def statement(
        self,
        statement: Executable,
        params: Mapping[str, Any] | None = None,
        *,
        idempotent: bool = False,
    ) -> list[AnyRow]:
        """Run exactly one statement in a transaction of its own; its rows (none for a
        statement that returns none).

        A write refused by a read-only database is tried again at once on a fresh
        connection (it did not run). With ``idempotent`` (a guarded, fenced transition, a
        heartbeat, a read), a statement whose connection was lost is tried again on a new
        one up to ``len(RECONNECT_DELAYS)`` times: a lost connection is an outage, and the
        statement may have run or not.
        """
        for attempt, delay in enumerate(RECONNECT_DELAYS, start=1):
            try:
                return self._run_one(statement, params)
            except DBAPIError as exc:
                if not exc.connection_invalidated or attempt == len(RECONNECT_DELAYS):
                    raise
                if not idempotent and not (attempt == 1 and refused_write(exc)):
                    raise
                log.warning(
                    "database connection lost, statement retried attempt=%s error=%s",
                    attempt,
                    type(exc.orig).__name__,
                )
            time.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def _run_one(self, statement: Executable, params: Mapping[str, Any] | None) -> list[AnyRow]:
        bind = self.statements
        if isinstance(bind, Connection):
            with bind.begin_nested():
                return _rows(bind, statement, params)
        if self._autocommit:
            with bind.connect() as connection:
                return _rows(connection, statement, params)
        with bind.begin() as connection:
            return _rows(connection, statement, params)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        """One transaction: committed when the block ends, rolled back on an error."""
        bind = self.engine
        if isinstance(bind, Connection):
            with bind.begin_nested():
                yield bind
            return
        with bind.begin() as connection:
            yield connection

    @contextmanager
    def session(self) -> Iterator[Session]:
        """An ORM session in one transaction, committed when the block ends."""
        with self.transaction() as connection, self._sessions(bind=connection) as session:
            yield session
            # Joined to ``transaction``: this commit writes the ORM's changes into it, and
            # the transaction's end commits them.
            session.commit()

    def dispose(self, close: bool = True) -> None:
        """Close the pools (``close=False`` after fork: the parent owns those sockets)."""
        for bind in {id(self.engine): self.engine, id(self.statements): self.statements}.values():
            if isinstance(bind, Engine):
                bind.dispose(close=close)


def _rows(
    connection: Connection, statement: Executable, params: Mapping[str, Any] | None
) -> list[AnyRow]:
    result = connection.execute(statement, params)
    return list(result.all()) if result.returns_rows else []
