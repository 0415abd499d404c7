"""``orchestrator bench`` at tiny sizes: the compared sections run and report both sides.

Only the shape of the output is checked, never a speed: timings on a shared machine say
nothing about correctness.
"""

from __future__ import annotations

import os

import pytest
import redis
from click.testing import CliRunner

from benchmarks.loadgen import Load, percentiles, run_load
from benchmarks.processes import Role
from benchmarks.report import format_results
from orchestrator_cli.bench import PIPELINE_DB, private_redis
from orchestrator_cli.embedded import redis_answers
from orchestrator_cli.main import cli
from shared.ports import free_port
from tests.support.bench import positive as _positive
from tests.support.bench import run_bench

# The sections whose figures the targets compare; the others run in
# ``tests/test_bench_sections.py`` (another test process under xdist).
MAIN_SECTIONS = "submit,e2e,scaling,reflex,memory"


@pytest.mark.e2e
@pytest.mark.timeout(240)
def test_bench_reports_both_sides_of_every_comparison(monkeypatch: pytest.MonkeyPatch) -> None:
    results = run_bench(monkeypatch, MAIN_SECTIONS)
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
