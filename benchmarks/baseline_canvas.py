"""The floor of the plans benchmark: a bare Celery canvas running the diamond a → (b, c) → d.

Each of its four tasks does what the cheapest durable step would: one HTTP call to the same
reference arm the plan's steps call, then one committed, guarded UPDATE of the step's row.
The canvas is ``chain(a, group(b, c), d)`` (Celery makes the group and ``d`` a chord, which
needs its result backend). ``python -m benchmarks.baseline_canvas --concurrency N`` runs a
worker; ``BASELINE_REDIS_URL`` (broker and results) and ``BASELINE_DATABASE_URL`` say where.
"""

from __future__ import annotations

import argparse
import os
import threading
import time
from typing import Any

import psycopg
import requests
from celery import Celery, chain, group

from benchmarks.baseline_celery import plain_dsn

TASK_NAME = "benchmarks.baseline.arm_step"
QUEUE = "baseline_canvas"
TABLE = "baseline_steps"
STEPS = ("a", "b", "c", "d")

app = Celery("baseline_canvas", set_as_current=False)


class _Held(threading.local):
    connection: psycopg.Connection[Any] | None = None
    http: requests.Session | None = None


_held = _Held()


def configure(redis_url: str) -> Celery:
    app.conf.update(
        broker_url=redis_url,
        result_backend=redis_url,
        broker_connection_retry_on_startup=True,
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        task_default_queue=QUEUE,
        worker_hijack_root_logger=False,
    )
    return app


def _db() -> psycopg.Connection[Any]:
    if _held.connection is None or _held.connection.closed:
        _held.connection = psycopg.connect(plain_dsn(os.environ["BASELINE_DATABASE_URL"]))
    return _held.connection


def _http() -> requests.Session:
    if _held.http is None:
        _held.http = requests.Session()
    return _held.http


@app.task(name=TASK_NAME)  # type: ignore[untyped-decorator,misc]
def arm_step(inputs: Any, plan_id: int, step: str, arm_url: str) -> dict[str, Any]:
    """One step: the arm's answer to the step with its inputs, then one committed UPDATE."""
    previous = inputs if isinstance(inputs, list) else [inputs] if inputs else []
    body = {"goal": f"Plan {plan_id}", "step": {"id": step, "instruction": f"Summarize {step}"},
            "inputs": {str(i): item for i, item in enumerate(previous)}}  # fmt: skip
    answer = _http().post(arm_url, json=body, timeout=30)
    answer.raise_for_status()
    output: dict[str, Any] = answer.json()["output"]
    conn = _db()
    with conn.transaction():
        conn.execute(
            f"UPDATE {TABLE} SET status = 'completed', finished_at = clock_timestamp() "
            "WHERE plan_id = %s AND step = %s AND status = 'pending'",
            (plan_id, step),
        )
    return output


def prepare_rows(database_url: str, count: int) -> None:
    """(Re)create the table with the four pending steps of ``count`` plans."""
    with psycopg.connect(plain_dsn(database_url), autocommit=True) as conn:
        conn.execute(f"DROP TABLE IF EXISTS {TABLE}")
        conn.execute(
            f"CREATE TABLE {TABLE} (plan_id bigint, step text, status text NOT NULL, "
            "finished_at timestamptz, PRIMARY KEY (plan_id, step))"
        )
        conn.execute(
            f"INSERT INTO {TABLE} (plan_id, step, status) SELECT g, s, 'pending' "
            "FROM generate_series(1, %s) g, unnest(%s::text[]) s",
            (count, list(STEPS)),
        )


def diamond(plan_id: int, arm_url: str) -> Any:
    sig = arm_step.s
    return chain(
        sig(None, plan_id, "a", arm_url),
        group(sig(plan_id, "b", arm_url), sig(plan_id, "c", arm_url)),
        sig(plan_id, "d", arm_url),
    )


def _done(database_url: str) -> tuple[int, float | None]:
    with psycopg.connect(plain_dsn(database_url), autocommit=True) as conn:
        row = conn.execute(
            f"SELECT count(*) FILTER (WHERE status = 'completed' AND step = 'd'), "
            f"extract(epoch FROM max(finished_at)) FROM {TABLE}"
        ).fetchone()
    assert row is not None
    return int(row[0]), (float(row[1]) if row[1] is not None else None)


def run_throughput(
    database_url: str, count: int, arm_url: str, timeout: float = 300
) -> dict[str, Any]:
    """``count`` diamonds at once; plans per second until every ``d`` is completed."""
    prepare_rows(database_url, count)
    started = time.time()
    for plan_id in range(1, count + 1):
        diamond(plan_id, arm_url).apply_async(queue=QUEUE)
    deadline = time.monotonic() + timeout
    done, last = 0, None
    while time.monotonic() < deadline:
        done, last = _done(database_url)
        if done >= count:
            break
        time.sleep(0.05)
    if done < count or last is None:
        raise RuntimeError(f"canvas: only {done} of {count} plans completed in {timeout}s")
    seconds = max(last - started, 1e-6)
    return {"plans": count, "seconds": round(seconds, 3), "plans_per_s": round(count / seconds, 2)}


def run_latency(database_url: str, samples: int, arm_url: str) -> list[float]:
    """One diamond at a time on an idle worker: milliseconds from send to ``d`` completed."""
    prepare_rows(database_url, samples)
    latencies = []
    for plan_id in range(1, samples + 1):
        sent = time.time()
        diamond(plan_id, arm_url).apply_async(queue=QUEUE)
        while _done(database_url)[0] < plan_id:
            time.sleep(0.002)
        last = _done(database_url)[1]
        assert last is not None
        latencies.append((last - sent) * 1000)
    return latencies


def main(argv: list[str] | None = None) -> None:
    """Run a worker of the canvas's task."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--pool", choices=("prefork", "threads"), default="threads")
    parser.add_argument("--hostname", default="canvas@%h")
    args = parser.parse_args(argv)
    configure(os.environ["BASELINE_REDIS_URL"])
    app.worker_main(
        [
            "worker",
            f"--queues={QUEUE}",
            f"--concurrency={args.concurrency}",
            f"--hostname={args.hostname}",
            f"--pool={args.pool}",
            "--loglevel=INFO",
        ]
    )


if __name__ == "__main__":  # pragma: no cover
    main()
