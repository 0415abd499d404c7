"""The stream hub's wake-ups: Postgres LISTEN on a real server, and the embedded SQLite
database's poll; a stream body that waits, heartbeats and ends on the terminal event."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
from alembic import command
from sqlalchemy.engine import make_url

from orchestrator_api.streams import CHANNEL, Cursor, StreamHub, StreamOptions, events
from orchestrator_worker import pipeline
from shared.db import Database, make_engine
from shared.settings import Settings
from shared.states import Status
from tests.conftest import alembic_config
from tests.worker.conftest import make_task


def test_one_postgres_listener_wakes_the_streams_of_the_task_it_hears_of(
    database_url: str,
) -> None:
    url = make_url(database_url).set(drivername="postgresql")
    listen_url = url.render_as_string(hide_password=False)
    hub = StreamHub(database_url, listen_url)
    engine = make_engine(Settings.from_env({}, database_url=database_url))
    mine, other = uuid.uuid4(), uuid.uuid4()
    try:
        waiter = hub.subscribe(mine, Database(engine))
        bystander = hub.subscribe(other, Database(engine))
        assert hub.notifies and hub.listening.wait(10)
        waiter.clear()
        bystander.clear()
        with psycopg.connect(listen_url, autocommit=True) as connection:
            connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, str(mine)))

        assert waiter.wait(10)
        assert not bystander.is_set()
        assert hub.open_streams() == 2
        hub.unsubscribe(mine, waiter)
        hub.unsubscribe(other, bystander)
        assert hub.open_streams() == 0
    finally:
        hub.stop()
        engine.dispose()


def _collect(body: Iterator[bytes], into: list[bytes]) -> threading.Thread:
    def run() -> None:
        into.extend(body)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


def test_on_sqlite_a_stream_is_woken_by_the_poll_heartbeats_and_ends_at_the_end(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'orchestrator.db'}"
    command.upgrade(alembic_config(url), "head")
    engine = make_engine(Settings.from_env({}, database_url=url))
    database = Database(engine)
    hub = StreamHub(url)
    try:
        task_id = make_task(database)
        received: list[bytes] = []
        # The fallback re-read is far away: only the hub's poll can wake the stream in time.
        options = StreamOptions(heartbeat=0.2, fallback=60)
        thread = _collect(events(hub, database, task_id, Cursor(), options), received)
        deadline = time.monotonic() + 10
        while b"keep-alive" not in b"".join(received) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not hub.notifies and b": keep-alive" in b"".join(received)

        claim = pipeline.claim(database, task_id)
        assert claim is not None
        assert pipeline.finish(database, claim, Status.COMPLETED, result={"answer": 1})
        thread.join(10)

        assert not thread.is_alive()
        body = b"".join(received).decode()
        statuses = [line.split('"to_status":"')[1].split('"')[0]
                    for line in body.splitlines() if line.startswith("data: ")]  # fmt: skip
        assert statuses == ["pending", "processing", "completed"]
        assert hub.open_streams() == 0
    finally:
        hub.stop()
        engine.dispose()
