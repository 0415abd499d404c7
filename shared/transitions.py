"""The one way a task's status changes: a guarded UPDATE plus its event row, all or nothing.

Times in these statements are the database's clock (``database_now``), never a node's: the
leases of nodes whose clocks disagree are judged by one clock.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Executable,
    Float,
    Insert,
    Row,
    String,
    Text,
    bindparam,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from shared.db import Database, worker_name
from shared.models import Base, Task, UtcDateTime
from shared.states import Status, check_transition
from shared.webhooks import outbox_insert


class database_now(FunctionElement[datetime]):
    """The database's current time, plus ``seconds`` when given (a number or an SQL
    expression): ``now()`` on Postgres, SQLite's own clock elsewhere."""

    type = UtcDateTime()
    inherit_cache = True
    name = "database_now"

    def __init__(self, seconds: ColumnElement[Any] | float | None = None) -> None:
        if seconds is None:
            super().__init__()
        elif isinstance(seconds, ColumnElement):
            super().__init__(seconds)
        else:
            super().__init__(literal(float(seconds), Float))


@compiles(database_now, "postgresql")
def _now_postgres(element: database_now, compiler: SQLCompiler, **kw: Any) -> str:
    seconds = list(element.clauses)
    if not seconds:
        return "now()"
    return f"(now() + make_interval(secs => {compiler.process(seconds[0], **kw)}))"


@compiles(database_now)
def _now_sqlite(element: database_now, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLAlchemy's text format of a SQLite DATETIME (microseconds; SQLite gives milliseconds).
    seconds = list(element.clauses)
    if not seconds:
        return "strftime('%Y-%m-%d %H:%M:%f000', 'now')"
    modifier = f"printf('%+.6f seconds', {compiler.process(seconds[0], **kw)})"
    return f"strftime('%Y-%m-%d %H:%M:%f000', 'now', {modifier})"


_EVENTS = Base.metadata.tables["task_events"]
_RESULTS = Base.metadata.tables["task_results"]
_TASKS = Base.metadata.tables["tasks"]
# What the webhook outbox row is made of, read back from the moved row on Postgres.
_OUTBOX_READS = ("webhook_url", "error_code", "error_message", "finished_at")
_EVENT_COLUMNS = ("task_id", "from_status", "to_status", "reason", "worker", "created_at")

# The time of a transition, for SQL expressions in ``PreparedTransition.computed`` (e.g. a
# COALESCE): the database's clock, unless the caller gives ``now``.
NOW = func.coalesce(bindparam("p_now", type_=UtcDateTime()), database_now())


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


class PreparedTransition:
    """A status transition prepared once and run many times: one guarded UPDATE, its event
    row and, with ``with_result``, the task's result row, all or nothing.

    ``params`` are the columns the caller sets per call (``run(..., column=value)``);
    ``binds`` other values given per call, as ``bindparam(f"v_{name}")`` in ``computed``;
    ``computed`` the columns set by SQL expressions (which may use ``NOW``); ``guard`` extra
    WHERE conditions; ``returning`` the columns read back; ``reason`` an SQL expression of
    the moved row, when the event's reason is not given per call.

    On Postgres the transition is one ``UPDATE … RETURNING`` whose event and result inserts
    are data-modifying CTEs: one statement, one round trip, atomic on its own. Elsewhere it
    is up to three statements, run in one transaction.

    A transition to a terminal status also writes the webhook outbox row of a task with a
    ``webhook_url`` (``shared.webhooks.outbox_insert``: one more CTE on Postgres; on SQLite
    a fourth statement in the same transaction, run only for such a task), and its row
    carries ``webhook_url``: the caller announces the delivery after the commit.
    """

    def __init__(
        self,
        from_: Status,
        to: Status,
        *,
        params: Sequence[str] = (),
        binds: Sequence[str] = (),
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
        self.binds = tuple(binds)
        self.with_result = with_result
        sets: dict[str, Any] = {"status": to.value, "updated_at": NOW}
        if to.is_terminal:
            sets["finished_at"] = NOW
        sets.update({name: bindparam(f"v_{name}") for name in self.params})
        sets.update(computed or {})
        guards = [Task.id == bindparam("p_task_id"), Task.status == from_.value, *guard]
        if fenced:
            guards.append(Task.attempts == bindparam("p_fence"))
        self._returning = (Task.id, *returning)
        self._update = update(Task).where(*guards).values(sets).returning(*self._returning)
        self._reason = reason
        self._statements: dict[str, tuple[Executable, ...]] = {}

    def _event(
        self, task_id: Any, at: ColumnElement[Any], where: ColumnElement[bool] | None = None
    ) -> Insert:
        columns = task_id.table.c
        return insert_event(
            task_id,
            self.from_,
            self.to,
            reason=self._reason(columns) if self._reason else bindparam("p_reason", type_=Text),
            worker=bindparam("p_worker", type_=String),
            at=at,
            where=where,
        )

    def _returning_for_outbox(self, names: Sequence[str]) -> Any:
        """The UPDATE, also returning the ``names`` columns it does not return already."""
        if not self.to.is_terminal:
            return self._update
        # Read off a copy: ``exported_columns`` is memoized, and ``returning()`` would carry
        # the memo over to the statement it makes.
        have = {c.key for c in update(Task).returning(*self._returning).exported_columns}
        extra = [_TASKS.c[name] for name in names if name not in have]
        return self._update.returning(*extra) if extra else self._update

    def _build(self, dialect: str) -> tuple[Executable, ...]:
        if dialect == "postgresql":
            moved = self._returning_for_outbox(_OUTBOX_READS).cte("moved")
            ctes = [self._event(moved.c.id, NOW).cte("event")]
            if self.to.is_terminal:
                # Before the result's insert: SQLAlchemy (2.1) fills the Python-side defaults
                # (``created_at``) of the last nested INSERT it compiles only; this has none.
                ctes.append(outbox_insert(moved.c, self.to, NOW).cte("outbox"))
            if self.with_result:
                result = select(moved.c.id, bindparam("p_result", type_=_RESULTS.c.result.type))
                ctes.append(insert(_RESULTS).from_select(("task_id", "result"), result).cte("res"))
            return (select(moved).add_cte(*ctes),)
        # The event's time is the moved row's, so both statements read the clock once.
        this_task = _TASKS.c.id == bindparam("p_task_id")
        event = self._event(_TASKS.c.id, _TASKS.c.updated_at, where=this_task)
        insert_result = insert(_RESULTS).values(
            task_id=bindparam("p_task_id"), result=bindparam("p_result")
        )
        outbox = outbox_insert(_TASKS.c, self.to, _TASKS.c.updated_at, where=this_task)
        return (self._returning_for_outbox(("webhook_url",)), event, insert_result, outbox)

    def _prepared(self, dialect: str) -> tuple[Executable, ...]:
        statements = self._statements.get(dialect)
        if statements is None:
            statements = self._statements[dialect] = self._build(dialect)
        return statements

    def _bound(
        self,
        task_id: uuid.UUID,
        now: datetime | None,
        fence: int | None,
        reason: str | None,
        result: dict[str, Any] | None,
        values: Mapping[str, Any],
    ) -> dict[str, Any]:
        return {
            "p_task_id": task_id,
            "p_now": now,
            "p_fence": fence,
            "p_reason": reason,
            "p_worker": worker_name(),
            "p_result": result,
            **{f"v_{name}": values[name] for name in (*self.params, *self.binds)},
        }

    def run(
        self,
        database: Database,
        task_id: uuid.UUID,
        *,
        now: datetime | None = None,
        fence: int | None = None,
        reason: str | None = None,
        result: dict[str, Any] | None = None,
        **values: Any,
    ) -> Row[Any] | None:
        """Run the transition on ``task_id`` as its own unit of work; the returned row, or
        None when nothing matched (the task left ``from_``, another attempt holds it, or a
        guard failed).

        A fenced transition is safe to run twice, so on Postgres a lost connection retries
        it on a new one (``Database.statement``).
        """
        bound = self._bound(task_id, now, fence, reason, result, values)
        if database.dialect == "postgresql":
            (statement,) = self._prepared("postgresql")
            rows = database.statement(statement, bound, idempotent=bound["p_fence"] is not None)
            return rows[0] if rows else None
        with database.transaction() as connection:
            return self._run_statements(connection, bound)

    def run_in(
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
        """``run`` inside the caller's transaction on ``connection``."""
        bound = self._bound(task_id, now, fence, reason, result, values)
        return self._run_statements(connection, bound)

    def _run_statements(self, connection: Connection, bound: dict[str, Any]) -> Row[Any] | None:
        statements = self._prepared(connection.dialect.name)
        row = connection.execute(statements[0], bound).one_or_none()
        if row is None or len(statements) == 1:
            return row
        connection.execute(statements[1], bound)
        if self.with_result:
            connection.execute(statements[2], bound)
        if self.to.is_terminal and row.webhook_url is not None:
            connection.execute(statements[3], bound)
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
    """Move a task ``from_`` -> ``to`` once, in the caller's transaction (a
    ``PreparedTransition`` built for this call): for the rare transitions; the hot paths keep
    theirs prepared.

    Returns None, writing nothing, when the task is not in ``from_`` any more (a redelivered
    message, a cancelled task, a racing worker), when ``fence`` is given and the task's
    ``attempts`` differs (another worker has claimed it since), or when a ``guard`` condition
    fails. Otherwise returns the updated row's ``returning`` columns (always truthy).
    """
    computed = {k: v for k, v in values.items() if isinstance(v, ColumnElement)}
    prepared = PreparedTransition(
        from_,
        to,
        params=[k for k in values if k not in computed],
        computed=computed,
        fenced=fence is not None,
        guard=guard,
        returning=returning,
    )
    connection = bind.connection() if isinstance(bind, Session) else bind
    return prepared.run_in(connection, task_id, now=now, fence=fence, reason=reason, **values)
