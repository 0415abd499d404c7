"""``shared.db.statement_scope`` on Postgres: autocommit statements on a connection each
thread keeps between them, and what happens when that connection goes bad or is wanted."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import IntegrityError

from shared import db
from shared.db import engine_options, make_engine, statement_scope
from shared.settings import Settings


@pytest.fixture
def own_engine(settings: Settings) -> Iterator[Engine]:
    """An engine of this test alone, so its held connection dies with it."""
    engine = make_engine(settings)
    yield engine
    db.release_statement_connection(engine)
    engine.dispose()


def _backend_pid(engine: Engine) -> int:
    with statement_scope(engine) as connection:
        return int(connection.exec_driver_sql("SELECT pg_backend_pid()").scalar_one())


@pytest.fixture
def probe_table(own_engine: Engine) -> Iterator[str]:
    """A table holding the row 1, written through ``statement_scope``; dropped afterwards."""
    with statement_scope(own_engine) as connection:
        connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS scope_probe (id int PRIMARY KEY)")
        connection.exec_driver_sql("TRUNCATE scope_probe")
        connection.exec_driver_sql("INSERT INTO scope_probe VALUES (1)")
    yield "scope_probe"
    with statement_scope(own_engine) as connection:
        connection.exec_driver_sql("DROP TABLE scope_probe")


def test_a_statement_commits_on_its_own(probe_table: str, engine: Engine) -> None:
    # Another connection sees the row at once: nothing waits for a COMMIT.
    with engine.connect() as other:
        assert other.execute(text(f"SELECT count(*) FROM {probe_table}")).scalar_one() == 1


def test_a_failed_statement_changes_nothing_and_the_next_one_works(
    own_engine: Engine, probe_table: str
) -> None:
    with pytest.raises(IntegrityError), statement_scope(own_engine) as connection:
        # One statement: 2 would be new, 1 is taken, so neither is written.
        connection.exec_driver_sql(f"INSERT INTO {probe_table} VALUES (2), (1)")
    with statement_scope(own_engine) as connection:
        ids = connection.exec_driver_sql(f"SELECT id FROM {probe_table} ORDER BY id").scalars()
        assert list(ids) == [1]


def test_a_connection_the_server_ended_is_replaced_after_an_idle_spell(
    own_engine: Engine, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _backend_pid(own_engine)
    assert _backend_pid(own_engine) == first  # kept between statements
    with engine.connect() as admin:
        admin.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
        admin.commit()
    # As after a database restart, once the connection has been idle a while.
    monkeypatch.setattr(db, "PING_AFTER_IDLE_SECONDS", 0.0)
    assert _backend_pid(own_engine) != first


def test_threads_beyond_the_pool_size_do_not_wait_for_connections_others_keep(
    settings: Settings,
) -> None:
    small = create_engine(
        db.database_url(settings),
        **{**engine_options(settings), "pool_size": 2, "max_overflow": 0, "pool_timeout": 2},
    )
    errors: list[BaseException] = []
    done = threading.Barrier(6)

    def work() -> None:
        try:
            for _ in range(5):
                _backend_pid(small)
        except BaseException as exc:  # reported by the assertion below
            errors.append(exc)
        # Stay alive until every thread is done, as a server's threads do.
        done.wait(timeout=30)
        db.release_statement_connection(small)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    small.dispose()
    assert errors == []


def test_a_forked_child_leaves_the_parents_connection_alone(own_engine: Engine) -> None:
    parent_pid = _backend_pid(own_engine)
    read_end, write_end = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child, which coverage does not follow
        code = 1
        try:
            own_engine.dispose(close=False)  # as a worker does after fork
            os.write(write_end, str(_backend_pid(own_engine)).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        child_pid = int(pipe.read() or 0)
    assert os.waitpid(child, 0)[1] == 0
    assert child_pid not in (0, parent_pid)  # the child used a connection of its own
    assert _backend_pid(own_engine) == parent_pid  # and the parent's still works
