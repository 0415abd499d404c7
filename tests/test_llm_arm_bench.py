"""The LLM arm section of ``orchestrator bench``, run small: figures present and reported."""

from __future__ import annotations

import pytest

from benchmarks.llm_arm_bench import run_llm_arm_bench
from benchmarks.report import format_results

pytestmark = pytest.mark.e2e


def test_the_llm_arm_section_measures_both_sides_in_one_run() -> None:
    figures = run_llm_arm_bench(iterations=5)
    assert figures["iterations"] == 5
    for side in ("bare_provider", "through_arm"):
        assert 0 < figures[side]["p50_ms"] <= figures[side]["p99_ms"]
    assert figures["added_p50_ms"] == round(
        figures["through_arm"]["p50_ms"] - figures["bare_provider"]["p50_ms"], 3
    )
    assert figures["arm_cpu_ms_per_call"] > 0
    report = format_results({"machine": {"nproc": 2, "cpu": "x", "python": "3"},
                             "llm_arm": figures})  # fmt: skip
    assert "LLM arm overhead" in report and "through the LLM arm" in report
