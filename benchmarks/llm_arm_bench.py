"""The LLM arm's own cost per call, beside the bare provider call in the same run.

``run_llm_arm_bench()`` starts a loopback OpenAI-compatible endpoint that answers at once
(``tests.support.fake_openai``, run from the checkout) and ``orchestrator llm-arm`` in front of
it, then times, one call at a time: the bare Chat Completions call with the ``openai`` client,
and the same completion through ``POST /execute`` of the arm. The difference is the arm's
added latency; the arm's process group CPU per call is its CPU cost.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openai
import requests

from benchmarks.processes import Role
from shared.ports import free_port

ROOT = Path(__file__).resolve().parents[1]
CONTRACT = {
    "goal": "Summarize the quarterly sales report for the board in three bullet points.",
    "context": "Sales grew 12 % in the quarter; the north region fell 3 %.",
    "acceptance_criteria": ["three bullet points"],
}


def _percentiles(samples_s: list[float]) -> dict[str, float]:
    ordered = sorted(samples_s)
    p99 = ordered[min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))]
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p99_ms": round(p99 * 1000, 3),
    }


def _timed(call: Callable[[], object], iterations: int) -> list[float]:
    for _ in range(min(20, iterations)):
        call()  # warm-up: imports, connections
    samples = []
    for _ in range(iterations):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return samples


def run_llm_arm_bench(iterations: int = 300) -> dict[str, Any]:
    """Bare provider calls and calls through the arm, ``iterations`` each, one at a time."""
    provider_port, arm_port = free_port(), free_port()
    provider = Role("fake-provider", "tests.support.fake_openai", [str(provider_port)], {})
    base_url = f"http://127.0.0.1:{provider_port}/v1"
    arm = Role(
        "llm-arm",
        "orchestrator_cli",
        ["llm-arm", "--port", str(arm_port)],
        {"LLM_BASE_URL": base_url, "LLM_MODEL": "bench", "LLM_MAX_RETRIES": "0",
         "LOG_LEVEL": "warning", "LLM_PRICE_INPUT_PER_1K": "0.001"},
    )  # fmt: skip
    client = openai.OpenAI(base_url=base_url, api_key="unused", max_retries=0)
    session = requests.Session()
    try:
        provider.wait_port(provider_port)
        arm.wait_http(f"http://127.0.0.1:{arm_port}/health")
        messages = [{"role": "user", "content": CONTRACT["goal"]}]

        def bare() -> None:
            client.chat.completions.create(model="bench", messages=messages, max_tokens=256)  # type: ignore[arg-type]

        def through_arm() -> None:
            response = session.post(f"http://127.0.0.1:{arm_port}/execute", json=CONTRACT,
                                    timeout=10)  # fmt: skip
            response.raise_for_status()

        bare_samples = _timed(bare, iterations)
        cpu_before = arm.cpu_seconds()
        arm_samples = _timed(through_arm, iterations)
        arm_cpu = arm.cpu_seconds() - cpu_before
    finally:
        client.close()
        session.close()
        arm.stop()
        provider.stop()
    bare_figures, arm_figures = _percentiles(bare_samples), _percentiles(arm_samples)
    warmups = min(20, iterations)
    return {
        "iterations": iterations,
        "bare_provider": bare_figures,
        "through_arm": arm_figures,
        "added_p50_ms": round(arm_figures["p50_ms"] - bare_figures["p50_ms"], 3),
        "added_p99_ms": round(arm_figures["p99_ms"] - bare_figures["p99_ms"], 3),
        # The arm's CPU during its timed calls and their warm-up.
        "arm_cpu_ms_per_call": round(arm_cpu * 1000 / (iterations + warmups), 3),
    }
