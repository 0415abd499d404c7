"""The claim with a per-key concurrency limit beside the claim without one, same run.

Each side claims ``count`` pending tasks of its own key, one after the other, in this
process against the bench database (``pipeline.claim``, as a worker calls it):

- ``no limit``: the fast path, one guarded ``UPDATE … RETURNING`` whose guard looks the
  key up by primary key;
- ``limit, slot free``: a key whose limit is never reached (the claim's guard misses, then
  the key's row is locked, its slots and the task's place counted, and the task claimed);
- ``limit reached``: a key at its limit, every claim refused (the task stays pending).
"""

from __future__ import annotations

import time
import uuid
from typing import Any

from sqlalchemy import insert, text

from benchmarks.loadgen import percentiles
from orchestrator_worker import pipeline
from shared.db import Database
from shared.models import ApiKey, Task, utcnow

GOAL = "Summarize the quarterly sales report for the board in three bullet points."
WARMUP = 20
BUDGET = {"max_tokens": 10000, "max_time_seconds": 300, "max_cost_usd": 1.0}


def _tasks(database: Database, key_id: str, count: int) -> list[uuid.UUID]:
    ids = [uuid.uuid4() for _ in range(count)]
    now = utcnow()
    rows = [
        {"id": task_id, "owner_id": key_id, "goal": GOAL, "constraints": {},
         "acceptance_criteria": [], "budget": BUDGET, "metadata_": {}, "priority": "medium",
         "status": "pending", "attempts": 0, "cancel_requested": False,
         "created_at": now, "updated_at": now}
        for task_id in ids
    ]  # fmt: skip
    with database.transaction() as connection:
        connection.execute(insert(Task), rows)
    return ids


def _side(database: Database, key_id: str, ids: list[uuid.UUID]) -> dict[str, Any]:
    durations, claimed = [], 0
    started = time.perf_counter()
    for task_id in ids:
        before = time.perf_counter()
        claimed += pipeline.claim(database, task_id) is not None
        durations.append((time.perf_counter() - before) * 1000)
    elapsed = time.perf_counter() - started
    return {
        "claims": len(ids),
        "claimed": claimed,
        "claims_per_s": round(len(ids) / elapsed, 1) if elapsed else 0.0,
        **percentiles(durations),
    }


def run_limits_bench(database: Database, count: int) -> dict[str, Any]:
    """Claims per second and per-claim latency on each side (see the module's docstring)."""
    keys = {"no limit": None, "limit, slot free": count + WARMUP + 1, "limit reached": 1}
    with database.transaction() as connection:
        for index, (side, limit) in enumerate(keys.items()):
            connection.execute(
                insert(ApiKey).values(id=f"bench{index}", name=side, key_hash="0" * 64,
                                      created_at=utcnow(), max_in_flight=limit)
            )  # fmt: skip
    key_ids = {side: f"bench{index}" for index, side in enumerate(keys)}
    # The key at its limit holds its one slot for the whole run.
    (holder,) = _tasks(database, key_ids["limit reached"], 1)
    assert pipeline.claim(database, holder) is not None
    prepared = {side: _tasks(database, key_id, count) for side, key_id in key_ids.items()}
    for key_id in key_ids.values():  # warm-up: statements compiled, the pool filled
        _side(database, key_id, _tasks(database, key_id, WARMUP))
    results = {side: _side(database, key_ids[side], prepared[side]) for side in keys}
    with database.transaction() as connection:
        connection.execute(text("TRUNCATE task_events, task_results, tasks CASCADE"))
    base = results["no limit"]["p50_ms"]
    return {
        "sides": results,
        "limited_p50_ratio": round(results["limit, slot free"]["p50_ms"] / base, 2)
        if base
        else 0.0,
    }
