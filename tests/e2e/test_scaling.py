"""Worker nodes share the queues; urgent work goes first; a node stopped mid-run loses nothing."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import text

from tests.e2e.conftest import Stack

pytestmark = pytest.mark.e2e

TERMINAL = "('completed', 'failed', 'blocked', 'cancelled')"


def terminal_transitions(stack: Stack, ids: list[str]) -> Counter[str]:
    with stack.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT task_id::text FROM task_events WHERE to_status IN {TERMINAL} "
                 "AND task_id::text = ANY(:ids)"),
            {"ids": ids},
        )  # fmt: skip
        return Counter(row[0] for row in rows)


def claimer_pids(stack: Stack, ids: list[str]) -> list[int]:
    """The pid of the worker process that claimed each of ``ids`` (from its worker name)."""
    with stack.engine.connect() as conn:
        return [
            int(row[0].rsplit(":", 1)[1])
            for row in conn.execute(
                text(
                    "SELECT worker FROM task_events WHERE to_status = 'processing' "
                    "AND task_id::text = ANY(:ids)"
                ),
                {"ids": ids},
            )
        ]


def test_one_node_runs_slow_tasks_side_by_side_and_keeps_every_lease(stack: Stack) -> None:
    stack.stop("worker")
    node = stack.start_worker("threads", concurrency=4)
    try:
        # Each call outlasts the lease (LEASE_TIMEOUT_SECONDS=4): only the heartbeat keeps
        # the sweeper from taking the tasks back.
        ids = [
            stack.submit(goal=f"Summarize memo {i}", metadata={"simulate_seconds": 6})
            for i in range(4)
        ]
        finished = [stack.wait_terminal(task_id, timeout=90) for task_id in ids]
        assert [task["status"] for task in finished] == ["completed"] * 4
        with stack.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT attempts, started_at, finished_at FROM tasks WHERE id::text = ANY(:ids)"
                ),
                {"ids": ids},
            ).all()
        # Each ran once: no lease ran out, no task was taken over.
        assert [row.attempts for row in rows] == [1] * 4
        assert set(terminal_transitions(stack, ids).values()) == {1}
        # All four at the same time, in the node's one process: one after the other (the
        # arm's circuit breaker letting one call through at a time) they would take 24 s.
        assert max(row.started_at for row in rows) < min(row.finished_at for row in rows)
        span = max(row.finished_at for row in rows) - min(row.started_at for row in rows)
        assert span.total_seconds() < 12
        assert set(claimer_pids(stack, ids)) == {node.process.pid}
    finally:
        stack.stop("threads")
        stack.start_worker()


def test_critical_work_is_not_stuck_behind_a_low_priority_backlog(stack: Stack) -> None:
    stack.stop("worker")
    backlog = [
        stack.submit(
            goal=f"Summarize archive {i}", priority="low", metadata={"simulate_seconds": 0.3}
        )
        for i in range(8)
    ]
    urgent = stack.submit(goal="Summarize the outage report", priority="critical")
    stack.start_worker("solo", concurrency=1)
    try:
        stack.wait_terminal(urgent, timeout=60)
        for task_id in backlog:
            stack.wait_terminal(task_id, timeout=60)
        with stack.engine.connect() as conn:
            order = [
                row[0]
                for row in conn.execute(
                    text(
                        "SELECT id::text FROM tasks WHERE id::text = ANY(:ids) ORDER BY started_at"
                    ),
                    {"ids": [*backlog, urgent]},
                )
            ]
        # The critical task was queued last but started first.
        assert order[0] == urgent
    finally:
        stack.stop("solo")


def test_two_nodes_share_the_work_and_one_stopping_gracefully_loses_nothing(
    stack: Stack,
) -> None:
    stack.start_worker("node-a", concurrency=2)
    stack.start_worker("node-b", concurrency=2)
    try:
        ids = [
            stack.submit(goal=f"Summarize ticket {i}", metadata={"simulate_seconds": 0.5})
            for i in range(24)
        ]
        # Let both nodes take work, then stop one (SIGTERM: warm shutdown) mid-run.
        stack.wait_terminal(ids[3], timeout=60)
        pids = {name: stack.services[name].process.pid for name in ("node-a", "node-b")}
        stack.stop("node-a")
        finished = [stack.wait_terminal(task_id, timeout=120) for task_id in ids]
        assert [task["status"] for task in finished] == ["completed"] * len(ids)
        assert set(terminal_transitions(stack, ids).values()) == {1}
        # Both nodes took tasks from the shared queue.
        assert {pids["node-a"], pids["node-b"]} <= set(claimer_pids(stack, ids))
    finally:
        for name in ("node-a", "node-b"):
            if name in stack.services:
                stack.stop(name)
        stack.start_worker()
