"""``orchestrator bench`` at tiny sizes: every section runs and reports both sides.

Only the shape of the output is checked, never a speed: timings on a shared machine say
nothing about correctness.
"""

from __future__ import annotations

import os

import orjson
import pytest
import redis
from click.testing import CliRunner

from benchmarks.loadgen import Load, percentiles, run_load
from benchmarks.processes import Role, free_port
from benchmarks.report import format_results
from orchestrator_cli.bench import PIPELINE_DB, private_redis
from orchestrator_cli.embedded import redis_answers
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
    "BENCH_HTTP_WORKERS": "1",
    "BENCH_WORKER_CONCURRENCY": "2",
    "BENCH_BASELINE_CONCURRENCY": "1",
    "BENCH_PLANS_COUNT": "4",
    "BENCH_PLANS_ROUNDS": "1",
    "BENCH_PLANS_LATENCY_SAMPLES": "2",
    "BENCH_LIMITS_CLAIMS": "5",
    "BENCH_WEBHOOK_SAMPLES": "3",
    "BENCH_WEBHOOK_TASKS": "4",
}


def _positive(value: object) -> bool:
    return isinstance(value, int | float) and value > 0


@pytest.mark.e2e
@pytest.mark.timeout(240)
def test_bench_reports_both_sides_of_every_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in TINY.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("BENCH_DATABASE_URL", derived_database_url("bench"))
    monkeypatch.setenv("BENCH_REDIS_URL", TEST_REDIS_URL)
    monkeypatch.setenv("BENCH_BASELINE_REDIS_URL", TEST_REDIS_URL)

    outcome = CliRunner().invoke(cli, ["bench", "--json"], catch_exceptions=False)

    assert outcome.exit_code == 0, outcome.output
    results = orjson.loads(outcome.stdout)
    submit = results["submit"]
    for side in ("api", "baseline"):
        assert _positive(submit[side]["rps"]), submit
        assert _positive(submit[side]["p50_ms"]) and _positive(submit[side]["p99_ms"])
        assert submit[side]["errors"] == 0
    assert _positive(submit["ratio"])

    e2e = results["e2e"]
    assert e2e["pipeline"]["tasks"] == 6 and _positive(e2e["pipeline"]["tasks_per_s"])
    assert e2e["pipeline"]["submit_to_start"]["p50_ms"] >= 0
    assert _positive(e2e["pipeline"]["submit_to_complete"]["p50_ms"])
    for side in ("baseline_prefork", "baseline_threads", "baseline_reliable"):
        assert e2e[side]["tasks"] == 6 and _positive(e2e[side]["tasks_per_s"])
        assert _positive(e2e[side]["send_to_start"]["p99_ms"])
    assert (e2e["baseline_prefork"]["pool"], e2e["baseline_prefork"]["concurrency"]) == (
        "prefork",
        1,
    )
    assert (e2e["baseline_threads"]["pool"], e2e["baseline_threads"]["concurrency"]) == (
        "threads",
        2,
    )
    # The ratio is taken against the faster of the two bare Celery workers.
    faster = max(e2e["baseline_prefork"]["tasks_per_s"], e2e["baseline_threads"]["tasks_per_s"])
    assert e2e["baseline"]["tasks_per_s"] == faster
    assert e2e["ratio"] == round(e2e["pipeline"]["tasks_per_s"] / faster, 3)
    assert _positive(e2e["pipeline"]["cpu_ms_per_task"]["worker"])

    assert list(results["scaling"]) == ["1"]
    assert _positive(results["scaling"]["1"]["tasks_per_s"])
    for mode in ("inprocess", "http"):
        for size in ("short", "long"):
            assert _positive(results["reflex"][mode][size]["p50_ms"])
    assert _positive(results["memory"]["api_mib"]) and _positive(results["memory"]["worker_mib"])
    assert _positive(results["memory"]["roles_mib"]["baseline_flask"])

    assert {t["name"] for t in results["targets"]} == {
        "submit rps / bare Flask",
        "submit p99 ms",
        "e2e tasks/s / bare Celery",
        "submit-to-start p50 ms",
        "diamond plans/s / bare Celery canvas",
    }
    assert all(isinstance(t["met"], bool) for t in results["targets"])
    assert results["machine"]["nproc"] == os.cpu_count()

    table = format_results(results)
    for label in (
        "orchestrator API",
        "bare Flask",
        "orchestrator pipeline",
        "bare Celery, 3 UPDATEs, prefork x 1",
        "bare Celery, 3 UPDATEs, threads x 2",
    ):
        assert label in table
    assert "ratio" in table and "targets" in table


@pytest.mark.e2e
@pytest.mark.timeout(240)
def test_the_plans_section_runs_diamonds_beside_the_bare_canvas(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in TINY.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("BENCH_DATABASE_URL", derived_database_url("bench"))
    monkeypatch.setenv("BENCH_REDIS_URL", TEST_REDIS_URL)
    monkeypatch.setenv("BENCH_BASELINE_REDIS_URL", TEST_REDIS_URL)

    outcome = CliRunner().invoke(cli, ["bench", "--json", "--only", "plans"],
                                 catch_exceptions=False)  # fmt: skip

    assert outcome.exit_code == 0, outcome.output
    plans = orjson.loads(outcome.stdout)["plans"]
    assert plans["steps"] == 4
    assert plans["pipeline"]["tasks"] == 4 and _positive(plans["pipeline"]["plans_per_s"])
    assert plans["baseline"]["plans"] == 4 and _positive(plans["baseline"]["plans_per_s"])
    assert _positive(plans["baseline"]["send_to_complete"]["p50_ms"])
    assert plans["ratio"] == round(
        plans["pipeline"]["plans_per_s"] / plans["baseline"]["plans_per_s"], 3
    )
    assert isinstance(plans["per_step_overhead_ms"], float)


def test_the_limits_section_claims_with_and_without_a_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in TINY.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("BENCH_DATABASE_URL", derived_database_url("bench"))
    monkeypatch.setenv("BENCH_REDIS_URL", TEST_REDIS_URL)
    monkeypatch.setenv("BENCH_BASELINE_REDIS_URL", TEST_REDIS_URL)

    outcome = CliRunner().invoke(cli, ["bench", "--json", "--only", "limits"],
                                 catch_exceptions=False)  # fmt: skip

    assert outcome.exit_code == 0, outcome.output
    sides = orjson.loads(outcome.stdout)["limits"]["sides"]
    # Claimed where a slot is free, refused (left pending) where the key is at its limit.
    assert {side: r["claimed"] for side, r in sides.items()} == {
        "no limit": 5, "limit, slot free": 5, "limit reached": 0,
    }  # fmt: skip
    assert all(_positive(r["p50_ms"]) and _positive(r["claims_per_s"]) for r in sides.values())
    text = format_results(orjson.loads(outcome.stdout))
    assert "claims with a per-key concurrency limit" in text


@pytest.mark.e2e
@pytest.mark.timeout(240)
def test_the_webhooks_section_times_deliveries_beside_a_bare_post(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in TINY.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("BENCH_DATABASE_URL", derived_database_url("bench"))
    monkeypatch.setenv("BENCH_REDIS_URL", TEST_REDIS_URL)
    monkeypatch.setenv("BENCH_BASELINE_REDIS_URL", TEST_REDIS_URL)

    outcome = CliRunner().invoke(cli, ["bench", "--json", "--only", "webhooks"],
                                 catch_exceptions=False)  # fmt: skip

    assert outcome.exit_code == 0, outcome.output
    results = orjson.loads(outcome.stdout)
    hooks = results["webhooks"]
    assert hooks["idle"]["samples"] == 3 and hooks["under_load"]["samples"] == 4
    for side in ("idle", "under_load"):
        assert _positive(hooks[side]["after_transition"]["p50_ms"])
        assert (
            hooks[side]["after_transition"]["p99_ms"] >= hooks[side]["after_transition"]["p50_ms"]
        )
        assert _positive(hooks[side]["bare_post"]["p50_ms"])
    assert _positive(hooks["under_load"]["tasks_per_s"])
    table = format_results(results)
    assert "webhook delivery after the terminal transition" in table
    assert "bare POST to the same receiver" in table


def test_unknown_section_is_refused() -> None:
    outcome = CliRunner().invoke(cli, ["bench", "--only", "submit,warp"])

    assert outcome.exit_code == 64
    assert "unknown section(s) warp" in outcome.output


def test_load_generator_counts_every_answer() -> None:
    port = free_port()
    server = Role(
        "baseline_flask",
        "benchmarks.baseline_flask",
        ["--port", str(port), "--workers", "1", "--threads", "2"],
        {},
    )
    try:
        server.wait_port(port)
        load = Load(host="127.0.0.1", port=port, path="/submit", body=b"{}", connections=3,
                    processes=1, total_requests=25)  # fmt: skip
        result = run_load(load)
    finally:
        server.stop()

    assert result.requests == 25 and result.errors == 0
    assert result.statuses == {200: 25}
    assert _positive(result.rps)
    assert percentiles([3.0, 1.0, 2.0]) == {"p50_ms": 2.0, "p99_ms": 3.0}


def test_bench_without_postgres_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENCH_DATABASE_URL", f"postgresql://root@127.0.0.1:{free_port()}/x")

    outcome = CliRunner().invoke(cli, ["bench", "--quick", "--only", "submit"])

    assert outcome.exit_code == 1
    assert outcome.output.count("\n") == 1, outcome.output
    assert "bench needs a Postgres server: BENCH_DATABASE_URL=" in outcome.output


def test_the_bench_flushes_only_a_redis_of_its_own() -> None:
    """Without a Redis URL the bench runs its own server, gone with the run."""
    with private_redis() as base:
        client = redis.Redis.from_url(f"{base}/{PIPELINE_DB}")
        try:
            assert client.ping()
            port = client.connection_pool.connection_kwargs["port"]
            assert port != 6379
        finally:
            client.close()
    assert not redis_answers(f"{base}/0")
