"""``orchestrator arms`` as a real process: HTTP over a socket, concurrency, SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
import requests
from click.testing import CliRunner

from orchestrator_cli.main import cli
from shared.ports import free_port

pytestmark = pytest.mark.e2e

STARTUP_SECONDS = 30


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    url: str


def wait_until_healthy(server: Server) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise AssertionError(f"arms exited early with {server.process.returncode}")
        try:
            if requests.get(f"{server.url}/health", timeout=1).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass  # the master listens before its worker answers: not up yet
        time.sleep(0.1)
    raise AssertionError("arms did not answer /health in time")


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    port = free_port()
    env = {**os.environ, "LOG_FORMAT": "text", "LOG_LEVEL": "warning"}
    process = subprocess.Popen(
        [sys.executable, "-m", "orchestrator_cli", "arms", "--port", str(port), "--workers", "1"],
        env=env,
    )
    running = Server(process, f"http://127.0.0.1:{port}")
    try:
        wait_until_healthy(running)
        yield running
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_capabilities_and_execute_over_http(server: Server) -> None:
    records = requests.get(f"{server.url}/capabilities", timeout=5).json()
    planner = next(record for record in records if record["arm_id"] == "planner")
    assert planner["endpoint"] == f"{server.url}/arms/planner/execute"
    response = requests.post(
        planner["endpoint"],
        json={"goal": "Fetch the page and then summarize it.", "task_id": "t-1"},
        timeout=5,
    )
    assert response.status_code == 200
    body = response.json()
    assert body["arm_id"] == "planner"
    assert body["task_id"] == "t-1"
    assert body["output"]["actions"] == ["fetch", "summarize"]


def test_a_slow_call_does_not_block_others(server: Server) -> None:
    slow_done = threading.Event()

    def slow_call() -> None:
        try:
            requests.post(
                f"{server.url}/execute",
                json={"goal": "g", "metadata": {"simulate_seconds": 3}},
                timeout=10,
            )
        finally:
            slow_done.set()

    thread = threading.Thread(target=slow_call)
    thread.start()
    try:
        time.sleep(0.3)  # let the slow call reach the server first
        started = time.monotonic()
        fast = requests.post(f"{server.url}/arms/judge/execute", json={"goal": "g"}, timeout=5)
        assert fast.status_code == 200
        assert time.monotonic() - started < 1.5
        assert not slow_done.is_set(), "the fast call waited for the slow one"
    finally:
        thread.join(timeout=15)
    assert slow_done.is_set()


def test_a_caller_that_hangs_up_ends_the_simulated_call(server: Server) -> None:
    with pytest.raises(requests.ReadTimeout):
        requests.post(
            f"{server.url}/arms/summarizer/execute",
            json={"goal": "g", "metadata": {"simulate_seconds": 600}},
            timeout=(2, 0.5),
        )
    expected = 'arm_calls_total{arm_id="summarizer",outcome="client_gone"} 1.0'
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        if expected in requests.get(f"{server.url}/metrics", timeout=5).text:
            return
        time.sleep(0.1)
    raise AssertionError("the arm kept working after its caller left")


def test_sigterm_stops_the_server() -> None:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "orchestrator_cli", "arms", "--port", str(port)],
        env={**os.environ, "LOG_LEVEL": "warning"},
    )
    try:
        wait_until_healthy(Server(process, f"http://127.0.0.1:{port}"))
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0
        with pytest.raises(requests.ConnectionError):
            requests.get(f"http://127.0.0.1:{port}/health", timeout=1)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)


def test_cli_flags_and_configuration_errors() -> None:
    runner = CliRunner()
    help_text = runner.invoke(cli, ["arms", "--help"]).output
    for flag in ("--host", "--port", "--workers", "--connections"):
        assert flag in help_text
    bad_port = runner.invoke(cli, ["arms", "--port", "70000"])
    assert bad_port.exit_code == 64
    bad_env = runner.invoke(cli, ["arms"], env={"LOG_LEVEL": "loud"})
    assert bad_env.exit_code == 1
    assert "configuration error: LOG_LEVEL='loud'" in bad_env.output
