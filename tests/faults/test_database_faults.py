"""The database misbehaves under a running stack: connections cut, writes refused, clocks
that disagree. A lost connection is an outage, never a task failure; a read-only database
answers 503 and recovers at once; leases are judged by the database's clock."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from alembic import command
from sqlalchemy import Engine, create_engine, func, select, text
from sqlalchemy.engine import make_url

from shared.models import Task
from tests.conftest import alembic_config, derived_database_url, recreate_database
from tests.faults.conftest import (
    events_of,
    launch,
    post_submit,
    record,
    wait_all_terminal,
)
from tests.support.processes import ROOT, Service, wait_for
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

# Sent by the reference arms' ``metadata.simulate_seconds``: the tasks sit in the arm call.
ARM_SECONDS = 1.0


def _admin(database_url: str) -> Engine:
    """An autocommit engine on the server's ``postgres`` database, for fault injection."""
    url = make_url(database_url).set(database="postgres")
    return create_engine(url, isolation_level="AUTOCOMMIT")


def _terminate_backends(admin: Engine, database: str) -> int:
    with admin.connect() as conn:
        return len(
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :db AND pid <> pg_backend_pid()"
                ),
                {"db": database},
            ).all()
        )


def _processing(stack_engine: Engine) -> int:
    with stack_engine.connect() as conn:
        return int(
            conn.scalar(select(func.count()).select_from(Task).where(Task.status == "processing"))
            or 0
        )


@pytest.mark.timeout(240)
def test_cut_database_connections_during_arm_calls_fail_no_task(
    faults_database: str, private_redis: RedisServer
) -> None:
    admin = _admin(faults_database)
    database = make_url(faults_database).database
    assert database is not None
    workers = ("worker-a", "worker-b")
    with launch(faults_database, private_redis.url, workers=workers, concurrency=8) as stack:
        accepted = []
        for i in range(16):
            response = post_submit(
                stack,
                {
                    "goal": f"Summarize the report number {i}",
                    "metadata": {"simulate_seconds": ARM_SECONDS},
                    "budget": {"max_time_seconds": 120},
                },
            )
            assert response.status_code == 202, response.text
            accepted.append(response.json()["task_id"])
        wait_for(lambda: _processing(stack.engine) >= 8, 60, "tasks in their arm call", 0.05)
        in_flight = _processing(stack.engine)
        cut_at = time.monotonic()
        terminated = _terminate_backends(admin, database)
        stack.engine.dispose()  # the test's own pooled connections were cut too

        ledger = wait_all_terminal(stack, accepted, timeout=120)
        figures = {
            "submitted": len(accepted),
            **ledger.summary(),
            "faults_injected": 1,
            "in_flight_at_cut": in_flight,
            "backends_terminated": terminated,
            "seconds_to_finish_all_after_cut": round(time.monotonic() - cut_at, 1),
        }
        record("database_connections_cut", figures)
        logs = "".join(stack.services[name].output() for name in workers)

        assert ledger.lost == [], figures
        assert ledger.duplicated == [], figures
        assert ledger.count("completed") == len(accepted), ledger.statuses
        assert "database connection lost, statement retried" in logs
        for task_id in accepted:
            body = stack.task(task_id)
            assert body["error"] is None, body
    admin.dispose()


@pytest.fixture
def read_only_database() -> Iterator[str]:
    """A database of this test alone: it is made read-only and back."""
    url = derived_database_url("readonly")
    recreate_database(url)
    command.upgrade(alembic_config(url), "head")
    yield url


def _set_read_only(admin: Engine, database: str, on: bool) -> None:
    with admin.connect() as conn:
        conn.exec_driver_sql(
            f'ALTER DATABASE "{database}" SET default_transaction_read_only = '
            + ("on" if on else "off")
        )


@pytest.mark.timeout(180)
def test_a_read_only_database_answers_503_and_recovers_at_once(
    read_only_database: str, private_redis: RedisServer
) -> None:
    admin = _admin(read_only_database)
    database = make_url(read_only_database).database
    assert database is not None
    with launch(read_only_database, private_redis.url, workers=()) as stack:
        before = post_submit(stack, {"goal": "before"})
        assert before.status_code == 202, before.text
        try:
            _set_read_only(admin, database, True)
            _terminate_backends(admin, database)
            stack.engine.dispose()
            refused = [post_submit(stack, {"goal": f"while read-only {i}"}) for i in range(20)]
            listed = requests.get(f"{stack.api_url}/tasks", headers=stack.auth, timeout=10)
        finally:
            _set_read_only(admin, database, False)
        # No reconnect in between: pooled connections still carry the read-only flag.
        recovered_at = time.monotonic()
        after = [post_submit(stack, {"goal": f"after {i}"}) for i in range(20)]
        first_accepted_after = time.monotonic() - recovered_at
        with stack.engine.connect() as conn:
            stored = conn.scalar(select(func.count()).select_from(Task))

    statuses = [r.status_code for r in refused]
    figures = {
        "refused_503": statuses.count(503),
        "refused_other": len(statuses) - statuses.count(503),
        "accepted_after": sum(r.status_code == 202 for r in after),
        "errors_after": sum(r.status_code != 202 for r in after),
        "seconds_to_first_request_after": round(first_accepted_after, 3),
    }
    record("database_read_only", figures)
    assert statuses == [503] * len(refused), figures
    for response in refused:
        body = response.json()
        assert set(body) == {"error", "request_id"}
        assert body["error"]["code"] == "database_unavailable"
        assert int(response.headers["Retry-After"]) > 0
    assert listed.status_code == 200  # reads go on while writes are refused
    assert [r.status_code for r in after] == [202] * len(after), figures
    assert stored == 1 + len(after)  # nothing refused was half-written
    admin.dispose()


# One sweep by the clock of the process that runs it.
SWEEP_ONCE = (
    "from orchestrator_worker.sweeper import sweep_once\n"
    "from shared.broker import make_publisher\n"
    "from shared.db import Database\n"
    "from shared.settings import Settings\n"
    "import redis\n"
    "settings = Settings.from_env()\n"
    "print(sweep_once(Database.from_settings(settings), make_publisher(settings),\n"
    "                 redis.Redis.from_url(settings.redis_url), settings))\n"
)


def _libfaketime() -> str | None:
    for candidate in (
        "/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
        "/usr/lib/faketime/libfaketime.so.1",
    ):
        if Path(candidate).exists():
            return candidate
    return None


@pytest.mark.timeout(240)
def test_a_node_whose_clock_runs_ahead_takes_back_no_running_task(
    faults_database: str, private_redis: RedisServer
) -> None:
    library = _libfaketime()
    if library is None or shutil.which("faketime") is None:  # pragma: no cover
        pytest.fail("libfaketime is needed: apt-get install faketime")
    with launch(faults_database, private_redis.url, workers=("worker-a",), concurrency=8) as stack:
        accepted = []
        for i in range(6):
            response = post_submit(
                stack,
                {
                    "goal": f"Summarize the slow report number {i}",
                    "metadata": {"simulate_seconds": 20},
                    "budget": {"max_time_seconds": 120},
                },
            )
            assert response.status_code == 202, response.text
            accepted.append(response.json()["task_id"])
        wait_for(lambda: _processing(stack.engine) == len(accepted), 60, "all tasks running")
        # A second node 90 s in the future: by its clock every lease above ran out long ago.
        skewed_env = {**stack.env, "LD_PRELOAD": library, "FAKETIME": "+90s"}
        # Its sweeper, run outright (the nodes' sweepers take turns by a Redis lock).
        sweeps = [
            subprocess.run(
                [sys.executable, "-c", SWEEP_ONCE],
                env={**os.environ, **skewed_env},
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=60,
            )
            for _ in range(2)
        ]
        skewed = Service(
            "worker-skewed",
            ["worker", "--concurrency", "2", "--hostname", "worker-skewed@e2e"],
            skewed_env,
        )
        stack.services["worker-skewed"] = skewed
        skewed.wait_output("ready", timeout=60)
        skewed_at = time.monotonic()

        ledger = wait_all_terminal(stack, accepted, timeout=120)
        histories = {task_id: events_of(stack, task_id) for task_id in accepted}
        taken_back = [t for t, h in histories.items() if h.count("processing") > 1]
        figures = {
            "submitted": len(accepted),
            **ledger.summary(),
            "node_clock_skew_seconds": 90,
            "taken_back": len(taken_back),
            "skewed_sweeps": [sweep.stdout.strip() for sweep in sweeps],
            "seconds_running_beside_the_skewed_node": round(time.monotonic() - skewed_at, 1),
        }
        record("clock_skew", figures)
        skewed_log = skewed.output()

    for sweep in sweeps:
        assert sweep.returncode == 0, sweep.stderr
        assert "'requeued': 0" in sweep.stdout, figures
    assert "lost tasks recovered" not in skewed_log, figures
    assert taken_back == [], figures
    assert ledger.count("completed") == len(accepted), figures
    for history in histories.values():
        assert history == ["pending", "processing", "completed"]
