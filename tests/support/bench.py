"""Running ``orchestrator bench`` at tiny sizes from a test, in this test process's own
database and Redis db."""

from __future__ import annotations

from typing import Any

import orjson
import pytest
from click.testing import CliRunner

from orchestrator_cli.main import cli
from tests.conftest import TEST_REDIS_URL, derived_database_url

TINY = {
    "BENCH_DURATION": "0.6",
    "BENCH_WARMUP": "0.1",
    "BENCH_SUBMIT_ROUNDS": "1",
    "BENCH_CONNECTIONS": "4",
    "BENCH_LOAD_PROCESSES": "2",
    "BENCH_E2E_TASKS": "6",
    "BENCH_E2E_ROUNDS": "1",
    "BENCH_LATENCY_SAMPLES": "3",
    "BENCH_SCALING": "1",
    "BENCH_SCALING_TASKS": "4",
    "BENCH_REFLEX_ITERATIONS": "3",
    "BENCH_LLM_ARM_ITERATIONS": "3",
    "BENCH_HTTP_WORKERS": "1",
    "BENCH_WORKER_CONCURRENCY": "2",
    "BENCH_BASELINE_CONCURRENCY": "1",
    "BENCH_PLANS_COUNT": "4",
    "BENCH_PLANS_ROUNDS": "1",
    "BENCH_PLANS_LATENCY_SAMPLES": "2",
    "BENCH_LIMITS_CLAIMS": "5",
    "BENCH_OPEN_STREAMS": "5",
    "BENCH_WEBHOOK_SAMPLES": "3",
    "BENCH_WEBHOOK_TASKS": "4",
}


def positive(value: object) -> bool:
    return isinstance(value, int | float) and value > 0


def run_bench(monkeypatch: pytest.MonkeyPatch, only: str) -> dict[str, Any]:
    """``orchestrator bench --json --only <only>`` at the ``TINY`` sizes; its JSON."""
    for name, value in TINY.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("BENCH_DATABASE_URL", derived_database_url("bench"))
    monkeypatch.setenv("BENCH_REDIS_URL", TEST_REDIS_URL)
    monkeypatch.setenv("BENCH_BASELINE_REDIS_URL", TEST_REDIS_URL)
    outcome = CliRunner().invoke(cli, ["bench", "--json", "--only", only], catch_exceptions=False)
    assert outcome.exit_code == 0, outcome.output
    results: dict[str, Any] = orjson.loads(outcome.stdout)
    return results
