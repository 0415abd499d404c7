"""Latency of the Reflex detectors: in process and over HTTP against a real server.

``run_reflex_bench()`` measures p50/p99 per text in process (rules and classifier, the rules
alone as the baseline, the classifier alone), then starts ``orchestrator reflex`` on a free
port and measures p50/p99 per request, for a short (100 characters), a 1 KB and a long
(10 KB) text, stops the server and returns the figures. The cache is bypassed
(``use_cache: false``) so detection is what is timed.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from typing import Any

import requests

from reflex_service.classifier import shipped
from reflex_service.detect import analyze
from shared.ports import free_port

_SENTENCES = (
    "Please review the quarterly report and summarize the main risks for the board. ",
    "The deployment on 10.0.0.12 finished at 14:05 and version 2.3.1 is live. ",
    "Contact jane.roe@example.com if the invoice 1234 5678 9012 3456 is still open. ",
    "Write a short, friendly reply thanking the customer for the detailed feedback. ",
    "Compare the two proposals and list three trade-offs for each of them. ",
)


def sample_texts() -> dict[str, str]:
    """The short (100 characters), 1 KB and long (10 KB) texts the benchmark screens."""
    long_text = ""
    index = 0
    while len(long_text) < 10_240:
        long_text += _SENTENCES[index % len(_SENTENCES)]
        index += 1
    return {
        "short": (_SENTENCES[0] * 2)[:100],
        "1kb": long_text[:1024],
        "long": long_text[:10_240],
    }


def _percentiles(samples_s: list[float]) -> dict[str, float]:
    ordered = sorted(samples_s)
    p99_index = min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))
    return {
        "p50_ms": round(statistics.median(ordered) * 1000, 3),
        "p99_ms": round(ordered[p99_index] * 1000, 3),
    }


def _measure(call: Callable[[], object], iterations: int) -> dict[str, float]:
    for _ in range(min(10, iterations)):
        call()  # warm-up: imports, connections, caches
    samples: list[float] = []
    for _ in range(iterations):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    return _percentiles(samples)


_logs: dict[int, Any] = {}


def start_server(
    port: int, env: dict[str, str] | None = None, workers: int = 1
) -> subprocess.Popen[bytes]:
    """``orchestrator reflex`` on ``port``, once ``/health`` answers (30 s at most)."""
    # Per-request INFO lines would be timed too; and an unread pipe would block the server.
    child_env = {
        **os.environ,
        "REFLEX_RATE_LIMIT_PER_MINUTE": "0",
        "LOG_LEVEL": "warning",
        **(env or {}),
    }
    log = tempfile.TemporaryFile()  # noqa: SIM115 - closed by stop_server
    command = [sys.executable, "-m", "orchestrator_cli", "reflex", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--workers", str(workers)],
        env=child_env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    _logs[process.pid] = log
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            error = log.read().decode(errors="replace")[-2000:]
            log.close()
            raise RuntimeError(f"reflex server exited with {process.returncode}: {error}")
        try:
            if requests.get(f"http://127.0.0.1:{port}/health", timeout=1).ok:
                return process
        except (requests.ConnectionError, requests.Timeout):
            pass  # not listening yet, or busy starting (loading the model) on a loaded machine
        time.sleep(0.1)
    stop_server(process)
    raise RuntimeError("reflex server did not answer /health within 30 s")


def stop_server(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM, then SIGKILL after 10 s."""
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    log = _logs.pop(process.pid, None)
    if log is not None:
        log.close()


def run_reflex_bench(iterations: int = 300) -> dict[str, Any]:
    """p50/p99 per request, in process and over HTTP, for short and long texts."""
    texts = sample_texts()
    results: dict[str, Any] = {
        "iterations": iterations,
        "text_chars": {name: len(text) for name, text in texts.items()},
        "inprocess": {
            name: _measure(lambda text=text: analyze(text), iterations)  # type: ignore[misc]
            for name, text in texts.items()
        },
        # The baseline: the rules alone, without the classifier.
        "rules_only": {
            name: _measure(
                lambda text=text: analyze(text, use_classifier=False),  # type: ignore[misc]
                iterations,
            )
            for name, text in texts.items()
        },
        "classifier": {
            name: _measure(lambda text=text: shipped().score(text), iterations)  # type: ignore[misc]
            for name, text in texts.items()
        },
    }
    port = free_port()
    server = start_server(port)
    try:
        url = f"http://127.0.0.1:{port}/process"
        with requests.Session() as session:

            def post(text: str) -> None:
                response = session.post(url, json={"text": text, "use_cache": False}, timeout=10)
                response.raise_for_status()

            results["http"] = {
                name: _measure(lambda text=text: post(text), iterations)  # type: ignore[misc]
                for name, text in texts.items()
            }
    finally:
        stop_server(server)
    return results


if __name__ == "__main__":  # pragma: no cover
    import json

    print(json.dumps(run_reflex_bench(), indent=2))
