"""Per-key concurrency across two worker nodes: at most N of a key's tasks processing at
once, in order, other keys unaffected, and a killed node's slots back after its lease."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import requests
from sqlalchemy import text
from sqlalchemy.orm import Session

from shared.keys import create_key
from tests.e2e.conftest import Stack
from tests.support.processes import wait_for

pytestmark = pytest.mark.e2e


def limited_key(stack: Stack, max_in_flight: int) -> tuple[str, str]:
    """A new key with a limit: its id and the key itself."""
    with stack.engine.begin() as conn, Session(bind=conn) as session:
        api_key, raw = create_key(session, "limited", max_in_flight=max_in_flight)
        session.commit()
        return api_key.id, raw


def submit_as(stack: Stack, key: str, **contract: object) -> str:
    response = requests.post(f"{stack.api_url}/submit", json=contract,
                             headers={"Authorization": f"Bearer {key}"}, timeout=10)  # fmt: skip
    assert response.status_code == 202, response.text
    return str(response.json()["task_id"])


def wait_finished(stack: Stack, ids: list[str], timeout: float = 120) -> list[str]:
    """Wait until every task of ``ids`` is terminal (read from the database, whoever owns
    them); their statuses, in order."""
    query = text("SELECT id::text, status FROM tasks WHERE id::text = ANY(:ids)")
    statuses: dict[str, str] = {}

    def finished() -> bool:
        with stack.engine.connect() as conn:
            statuses.update({row[0]: row[1] for row in conn.execute(query, {"ids": ids})})
        return all(statuses.get(i) in ("completed", "failed", "blocked", "cancelled") for i in ids)

    wait_for(finished, timeout, f"{len(ids)} tasks to finish (now: {statuses})", 0.2)
    return [statuses[i] for i in ids]


class Sampler:
    """Counts a key's processing tasks in the database every few milliseconds."""

    def __init__(self, stack: Stack, key_id: str) -> None:
        self.stack, self.key_id = stack, key_id
        self.samples: list[int] = []
        self._stop = threading.Event()

    def _loop(self) -> None:
        query = text("SELECT count(*) FROM tasks WHERE owner_id = :k AND status = 'processing'")
        with self.stack.engine.connect() as conn:
            while not self._stop.is_set():
                self.samples.append(int(conn.execute(query, {"k": self.key_id}).scalar_one()))
                conn.rollback()
                time.sleep(0.02)

    @contextmanager
    def running(self) -> Iterator[Sampler]:
        thread = threading.Thread(target=self._loop, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join(10)


def claims(stack: Stack, ids: list[str]) -> list[tuple[str, str]]:
    """(task id, worker) of every claim of ``ids``, in the order they happened."""
    with stack.engine.connect() as conn:
        rows = conn.execute(
            text("SELECT task_id::text, worker FROM task_events WHERE to_status = 'processing' "
                 "AND task_id::text = ANY(:ids) ORDER BY created_at, id"),
            {"ids": ids},
        )  # fmt: skip
        return [(row[0], row[1]) for row in rows]


@pytest.fixture
def two_nodes(stack: Stack) -> Iterator[Stack]:
    stack.start_worker("second")
    try:
        yield stack
    finally:
        stack.stop("second")


def test_a_key_never_has_more_than_its_limit_processing_across_two_nodes(
    two_nodes: Stack,
) -> None:
    stack = two_nodes
    key_id, key = limited_key(stack, 2)
    with Sampler(stack, key_id).running() as sampler:
        ids = [submit_as(stack, key, goal=f"Summarize chapter {i}",
                         metadata={"simulate_seconds": 1.0}) for i in range(8)]  # fmt: skip
        # Another key's work runs beside it, not behind it.
        others = [stack.submit(goal=f"Summarize note {i}") for i in range(3)]
        other_done = [stack.wait_terminal(task_id, timeout=60) for task_id in others]
        assert [t["status"] for t in other_done] == ["completed"] * 3
        # The other key finished while the limited backlog still waited.
        with stack.engine.connect() as conn:
            waiting = conn.execute(
                text("SELECT count(*) FROM tasks WHERE owner_id = :k AND status = 'pending'"),
                {"k": key_id},
            ).scalar_one()
        assert waiting > 0
        assert wait_finished(stack, ids) == ["completed"] * 8
    assert max(sampler.samples) == 2, sampler.samples  # the slots were used, never exceeded
    # In submission order (one priority), each claimed once: the k-th claim took one of the
    # two oldest tasks not yet started (two slots free at once may start in either order).
    order = claims(stack, ids)
    started = [task_id for task_id, _ in order]
    assert sorted(started) == sorted(ids)
    assert all(ids.index(task_id) <= k + 1 for k, task_id in enumerate(started)), (started, ids)
    # Both nodes took the key's tasks.
    assert len({worker for _, worker in order}) >= 2


def test_a_killed_nodes_slots_come_back_with_its_lease(stack: Stack) -> None:
    key_id, key = limited_key(stack, 2)
    stack.stop("worker")
    stack.start_worker("victim")
    try:
        with Sampler(stack, key_id).running() as sampler:
            ids = [submit_as(stack, key, goal=f"Summarize report {i}",
                             metadata={"simulate_seconds": 5.0}) for i in range(4)]  # fmt: skip
            wait_for(lambda: len(claims(stack, ids)) == 2, 30, "two tasks processing")
            held = [task_id for task_id, _ in claims(stack, ids)]
            assert set(held) == set(ids[:2])
            stack.services.pop("victim").kill()
            stack.start_worker("survivor")
            assert wait_finished(stack, ids) == ["completed"] * 4
        assert max(sampler.samples) == 2, sampler.samples
        # The killed node's tasks went first again (oldest first), then the waiting ones.
        order = [task_id for task_id, _ in claims(stack, ids)]
        assert [set(order[:2]), set(order[2:4]), set(order[4:])] == [
            set(ids[:2]),
            set(ids[:2]),
            set(ids[2:]),
        ], order
    finally:
        for name in ("victim", "survivor"):
            if name in stack.services:
                stack.stop(name)
        stack.start_worker()
