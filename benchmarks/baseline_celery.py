"""The floor of the end-to-end benchmark: bare Celery on the same Redis, no pipeline.

Its one task does what the cheapest possible status tracking would: three committed,
guarded UPDATEs of one Postgres row (``pending -> processing -> screened -> completed``).
``python -m benchmarks.baseline_celery --concurrency N [--pool threads]`` runs a worker for
it; ``BASELINE_REDIS_URL`` and ``BASELINE_DATABASE_URL`` say where the broker and the rows
are.
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from typing import Any

import psycopg
from celery import Celery, signals

TASK_NAME = "benchmarks.baseline.three_updates"
QUEUE = "baseline"
RELIABLE_QUEUE = "baseline_reliable"
# The workers' delivery settings the "reliable" variant copies.
RELIABLE_SETTINGS = (
    "task_acks_late",
    "task_reject_on_worker_lost",
    "worker_prefetch_multiplier",
    "worker_send_task_events",
    "task_send_sent_event",
)
TABLE = "baseline_tasks"

POOLS = ("prefork", "threads")

app = Celery("baseline", set_as_current=False)


class _Connections(threading.local):
    """One connection per thread of the pool (or per process of the prefork pool)."""

    connection: psycopg.Connection[Any] | None = None


_held = _Connections()


def configure(redis_url: str, reliable: bool = False) -> Celery:
    """Celery's defaults plus JSON, our queue, and this broker.

    ``reliable`` adds the delivery settings the orchestrator's workers run with (late acks,
    reject on worker loss, prefetch 1, task events as configured): the same task under the
    same guarantees, to tell their price from the pipeline's.
    """
    if reliable:
        from orchestrator_worker.celery_app import worker_config
        from shared.settings import Settings

        workers = worker_config(Settings.from_env())
        app.conf.update({name: workers[name] for name in RELIABLE_SETTINGS})
    app.conf.update(
        broker_url=redis_url,
        broker_connection_retry_on_startup=True,
        task_serializer="json",
        accept_content=["json"],
        task_default_queue=QUEUE,
        task_ignore_result=True,
        worker_hijack_root_logger=False,
    )
    return app


def plain_dsn(database_url: str) -> str:
    """A libpq URL (``postgresql://``) from a SQLAlchemy one (``postgresql+psycopg://``)."""
    scheme, sep, rest = database_url.partition("://")
    return f"{scheme.split('+', 1)[0]}{sep}{rest}"


def _db() -> psycopg.Connection[Any]:
    connection = _held.connection
    if connection is None or connection.closed:
        connection = psycopg.connect(plain_dsn(os.environ["BASELINE_DATABASE_URL"]))
        _held.connection = connection
    return connection


@signals.worker_process_init.connect  # type: ignore[untyped-decorator,misc]
def _after_fork(**_: Any) -> None:
    _held.connection = None  # never share the parent's socket


_STEPS = (("pending", "processing"), ("processing", "screened"), ("screened", "completed"))


@app.task(name=TASK_NAME, ignore_result=True)  # type: ignore[untyped-decorator,misc]
def three_updates(row_id: int) -> None:
    """Three guarded UPDATEs of the row, each in its own committed transaction."""
    conn = _db()
    for from_status, to_status in _STEPS:
        with conn.transaction():
            conn.execute(
                f"UPDATE {TABLE} SET status = %s, updated_at = clock_timestamp(), "
                "started_at = coalesce(started_at, clock_timestamp()) "
                "WHERE id = %s AND status = %s",
                (to_status, row_id, from_status),
            )


def prepare_rows(database_url: str, count: int) -> None:
    """(Re)create the table with ``count`` pending rows, ids 1..count."""
    with psycopg.connect(plain_dsn(database_url), autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
        conn.execute(
            f"CREATE TABLE {TABLE} (id bigint PRIMARY KEY, status text NOT NULL, "
            "started_at timestamptz, updated_at timestamptz NOT NULL DEFAULT clock_timestamp())"
        )
        conn.execute(
            f"INSERT INTO {TABLE} (id, status) SELECT g, 'pending' FROM generate_series(1, %s) g",
            (count,),
        )


def queue_for(reliable: bool, pool: str = "prefork") -> str:
    """Each variant has its own queue, so their workers can run side by side."""
    queue = RELIABLE_QUEUE if reliable else QUEUE
    return queue if pool == "prefork" else f"{queue}_{pool}"


def send_all(count: int, queue: str = QUEUE) -> None:
    """Publish one task per row, as fast as this process can."""
    with app.producer_or_acquire() as producer:
        for row_id in range(1, count + 1):
            app.send_task(TASK_NAME, args=[row_id], queue=queue, producer=producer)


def completed(database_url: str) -> tuple[int, float | None]:
    """How many rows are completed, and the epoch time of the last update."""
    with psycopg.connect(plain_dsn(database_url), autocommit=True) as conn:
        row = conn.execute(
            f"SELECT count(*) FILTER (WHERE status = 'completed'), "
            f"extract(epoch FROM max(updated_at)) FROM {TABLE}"
        ).fetchone()
    assert row is not None
    return int(row[0]), (float(row[1]) if row[1] is not None else None)


def run_throughput(
    database_url: str, count: int, queue: str = QUEUE, timeout: float = 120
) -> dict[str, Any]:
    """Send ``count`` tasks to a running baseline worker; tasks per second until all are done."""
    prepare_rows(database_url, count)
    started = time.time()
    send_all(count, queue)
    deadline = time.monotonic() + timeout
    done, last = 0, None
    while time.monotonic() < deadline:
        done, last = completed(database_url)
        if done >= count:
            break
        time.sleep(0.05)
    if done < count or last is None:
        raise RuntimeError(f"baseline: only {done} of {count} tasks completed in {timeout}s")
    seconds = max(last - started, 1e-6)
    return {"tasks": count, "seconds": round(seconds, 3), "tasks_per_s": round(count / seconds, 1)}


def run_latency(
    database_url: str, samples: int, queue: str = QUEUE, timeout: float = 30
) -> list[float]:
    """Send tasks one at a time to an idle worker; milliseconds from send to first UPDATE."""
    prepare_rows(database_url, samples)
    latencies: list[float] = []
    with psycopg.connect(plain_dsn(database_url), autocommit=True) as conn:
        for row_id in range(1, samples + 1):
            sent = time.time()
            app.send_task(TASK_NAME, args=[row_id], queue=queue)
            deadline = time.monotonic() + timeout
            while True:
                row = conn.execute(
                    f"SELECT status, extract(epoch FROM started_at) FROM {TABLE} WHERE id = %s",
                    (row_id,),
                ).fetchone()
                if row is not None and row[0] == "completed":
                    latencies.append((float(row[1]) - sent) * 1000)
                    break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"baseline: task {row_id} not completed in {timeout}s")
                time.sleep(0.002)
    return latencies


def main(argv: list[str] | None = None) -> None:
    """Run a worker of the baseline task."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--concurrency", type=int, default=2)
    parser.add_argument("--pool", choices=POOLS, default="prefork")
    parser.add_argument("--hostname", default="baseline@%h")
    parser.add_argument("--reliable", action="store_true", help="the workers' delivery settings")
    args = parser.parse_args(argv)
    configure(os.environ["BASELINE_REDIS_URL"], reliable=args.reliable)
    app.worker_main(
        [
            "worker",
            f"--queues={queue_for(args.reliable, args.pool)}",
            f"--concurrency={args.concurrency}",
            f"--hostname={args.hostname}",
            f"--pool={args.pool}",
            "--loglevel=INFO",
        ]
    )


if __name__ == "__main__":  # pragma: no cover
    main()
