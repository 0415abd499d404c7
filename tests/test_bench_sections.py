"""``orchestrator bench`` at tiny sizes: the sections beside the compared ones, in one run
(plans, limits, webhooks, streams, the LLM arm), each reporting both of its sides.

Only the shape of the output is checked, never a speed.
"""

from __future__ import annotations

import pytest

from benchmarks.report import format_results
from tests.support.bench import positive, run_bench


@pytest.mark.e2e
@pytest.mark.timeout(240)
def test_every_other_section_reports_both_of_its_sides(monkeypatch: pytest.MonkeyPatch) -> None:
    results = run_bench(monkeypatch, "plans,limits,webhooks,streams,llm_arm")
    table = format_results(results)

    # Plans: diamonds through the pipeline beside the bare Celery canvas.
    plans = results["plans"]
    assert plans["steps"] == 4
    assert plans["pipeline"]["tasks"] == 4 and positive(plans["pipeline"]["plans_per_s"])
    assert plans["baseline"]["plans"] == 4 and positive(plans["baseline"]["plans_per_s"])
    assert positive(plans["baseline"]["send_to_complete"]["p50_ms"])
    assert plans["ratio"] == round(
        plans["pipeline"]["plans_per_s"] / plans["baseline"]["plans_per_s"], 3
    )
    assert isinstance(plans["per_step_overhead_ms"], float)
    assert [t["name"] for t in results["targets"]] == ["diamond plans/s / bare Celery canvas"]

    # Limits: claimed where a slot is free, refused (left pending) where the key is full.
    sides = results["limits"]["sides"]
    assert {side: r["claimed"] for side, r in sides.items()} == {
        "no limit": 5,
        "limit, slot free": 5,
        "limit reached": 0,
    }
    assert all(positive(r["p50_ms"]) and positive(r["claims_per_s"]) for r in sides.values())
    assert "claims with a per-key concurrency limit" in table

    # Webhooks: delivery after the terminal transition beside a bare POST.
    hooks = results["webhooks"]
    assert hooks["idle"]["samples"] == 3 and hooks["under_load"]["samples"] == 4
    for side in ("idle", "under_load"):
        after = hooks[side]["after_transition"]
        assert positive(after["p50_ms"]) and after["p99_ms"] >= after["p50_ms"]
        assert positive(hooks[side]["bare_post"]["p50_ms"])
    assert positive(hooks["under_load"]["tasks_per_s"])
    assert "webhook delivery after the terminal transition" in table
    assert "bare POST to the same receiver" in table

    # Streams: submissions with none and with every stream open, none closed under load.
    streams = results["streams"]
    assert streams["open_streams"] == 5
    for side in ("none", "open"):
        assert positive(streams[side]["rps"]) and streams[side]["errors"] == 0
        assert len(streams[side]["rounds_rps"]) == 1
    assert streams["ratio"] == round(streams["open"]["rps"] / streams["none"]["rps"], 3)
    assert streams["open_seconds"] >= 0
    assert "5 streams open" in table

    # The LLM arm: calls through it beside bare calls to the same provider.
    arm = results["llm_arm"]
    assert arm["iterations"] == 3
    for side in ("bare_provider", "through_arm"):
        assert 0 < arm[side]["p50_ms"] <= arm[side]["p99_ms"]
    assert arm["added_p50_ms"] == round(
        arm["through_arm"]["p50_ms"] - arm["bare_provider"]["p50_ms"], 3
    )
    assert arm["arm_cpu_ms_per_call"] > 0
    assert "LLM arm overhead" in table and "through the LLM arm" in table
