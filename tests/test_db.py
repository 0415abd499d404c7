"""``shared.db.Database``: one statement per call, or one explicit transaction; both all or
nothing on Postgres and on SQLite, and a lost or read-only connection is replaced."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from shared.db import Database
from shared.settings import Settings


@pytest.fixture
def postgres(settings: Settings) -> Iterator[Database]:
    """Both engines of the test database, of this test alone."""
    database = Database.from_settings(settings)
    yield database
    database.dispose()


@pytest.fixture
def sqlite(tmp_path: Path) -> Iterator[Database]:
    settings = Settings.from_env({}, database_url=f"sqlite:///{tmp_path / 'probe.db'}")
    database = Database.from_settings(settings)
    yield database
    database.dispose()


@pytest.fixture(params=["postgres", "sqlite"])
def either(request: pytest.FixtureRequest) -> Database:
    database: Database = request.getfixturevalue(request.param)
    return database


@pytest.fixture
def probe(either: Database) -> Iterator[Database]:
    """``either`` with a table ``scope_probe`` holding the row 1; dropped afterwards."""
    either.statement(text("CREATE TABLE IF NOT EXISTS scope_probe (id int PRIMARY KEY)"))
    either.statement(text("DELETE FROM scope_probe"))
    either.statement(text("INSERT INTO scope_probe VALUES (1)"))
    yield either
    either.statement(text("DROP TABLE scope_probe"))


def _ids(database: Database) -> list[int]:
    return [row.id for row in database.statement(text("SELECT id FROM scope_probe ORDER BY id"))]


def _backend_pid(database: Database) -> int:
    return int(database.statement(text("SELECT pg_backend_pid() AS pid"))[0].pid)


def test_a_transaction_that_raises_after_an_insert_leaves_nothing(probe: Database) -> None:
    with pytest.raises(RuntimeError), probe.transaction() as connection:
        connection.execute(text("INSERT INTO scope_probe VALUES (2)"))
        raise RuntimeError("after the insert")
    assert _ids(probe) == [1]


def test_a_transaction_commits_all_its_statements(probe: Database) -> None:
    with probe.transaction() as connection:
        connection.execute(text("INSERT INTO scope_probe VALUES (2)"))
        connection.execute(text("INSERT INTO scope_probe VALUES (3)"))
    assert _ids(probe) == [1, 2, 3]


def test_a_failed_statement_changes_nothing_and_the_next_one_works(probe: Database) -> None:
    with pytest.raises(IntegrityError):
        # One statement: 2 would be new, 1 is taken, so neither is written.
        probe.statement(text("INSERT INTO scope_probe VALUES (2), (1)"))
    probe.statement(text("INSERT INTO scope_probe VALUES (3)"))
    assert _ids(probe) == [1, 3]


def test_a_statement_commits_on_its_own(postgres: Database, engine: Engine) -> None:
    postgres.statement(text("CREATE TABLE IF NOT EXISTS commit_probe (id int)"))
    try:
        postgres.statement(text("INSERT INTO commit_probe VALUES (2)"))
        with engine.connect() as other:  # nothing waits for a COMMIT
            assert other.execute(text("SELECT count(*) FROM commit_probe")).scalar_one() == 1
    finally:
        postgres.statement(text("DROP TABLE commit_probe"))


def _terminate(engine: Engine, pid: int) -> None:
    with engine.connect() as admin:
        admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        admin.commit()


def test_an_idempotent_statement_outlives_its_connection(
    postgres: Database, engine: Engine
) -> None:
    first = _backend_pid(postgres)
    _terminate(engine, first)
    # The pooled connection is dead: the statement runs again on a new one.
    rows = postgres.statement(text("SELECT pg_backend_pid() AS pid"), idempotent=True)
    assert rows[0].pid != first


def test_a_statement_that_may_not_run_twice_reports_the_lost_connection(
    postgres: Database, engine: Engine
) -> None:
    _terminate(engine, _backend_pid(postgres))
    with pytest.raises(DBAPIError) as lost:
        postgres.statement(text("SELECT 1"))
    assert lost.value.connection_invalidated
    assert postgres.statement(text("SELECT 1 AS one"))[0].one == 1  # and the next one works


def test_connections_left_read_only_are_discarded_on_the_first_refused_write(
    postgres: Database,
) -> None:
    postgres.statement(text("CREATE TABLE IF NOT EXISTS ro_probe (id int)"))
    try:
        # As after ALTER DATABASE … default_transaction_read_only = off: the pooled
        # connection keeps the flag it started with.
        assert isinstance(postgres.statements, Engine)
        with postgres.statements.connect() as kept:
            kept.exec_driver_sql("SET SESSION default_transaction_read_only = on")
            stale = kept.exec_driver_sql("SELECT pg_backend_pid()").scalar_one()
        assert _backend_pid(postgres) == stale  # the pool hands it out again
        postgres.statement(text("INSERT INTO ro_probe VALUES (1)"))
        assert _backend_pid(postgres) != stale
        assert postgres.statement(text("SELECT count(*) AS n FROM ro_probe"))[0].n == 1
    finally:
        postgres.statement(text("DROP TABLE ro_probe"))


def test_a_forked_child_leaves_the_parents_connections_alone(postgres: Database) -> None:
    parent_pid = _backend_pid(postgres)
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child, which coverage does not follow
        code = 1
        try:
            postgres.dispose(close=False)  # as a worker does after fork
            os.write(write_end, str(_backend_pid(postgres)).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        child_pid = int(pipe.read() or 0)
    assert os.waitpid(child, 0)[1] == 0
    assert child_pid not in (0, parent_pid)  # the child used a connection of its own
    assert _backend_pid(postgres) == parent_pid  # and the parent's still works
