"""``orchestrator api`` serves the app under gunicorn with several workers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
from alembic import command

from shared.db import Database, make_engine
from shared.keys import create_key
from shared.settings import Settings
from tests.api.conftest import free_port
from tests.conftest import TEST_REDIS_URL, alembic_config, derived_database_url, recreate_database

ORCHESTRATOR = [sys.executable, "-m", "orchestrator_cli"]


def _wait_until_up(base: str, process: subprocess.Popen[bytes], deadline: float) -> None:
    while time.monotonic() < deadline:
        assert process.poll() is None, "the server exited early"
        try:
            if requests.get(f"{base}/health", timeout=1).status_code == 200:
                return
        except (requests.ConnectionError, requests.Timeout):
            # The master listens before its worker answers: not up yet.
            time.sleep(0.1)
    pytest.fail("the server did not come up in time")


@pytest.mark.e2e
def test_api_command_serves_under_gunicorn(settings: Settings, tmp_path: Path) -> None:
    url = derived_database_url("served")
    recreate_database(url)
    command.upgrade(alembic_config(url), "head")
    engine = make_engine(Settings.from_env({}, database_url=url))
    with Database(engine).session() as session:
        _, raw_key = create_key(session, "served")
    engine.dispose()
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "REDIS_URL": TEST_REDIS_URL,
        "LOG_FORMAT": "text",
    }
    env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [*ORCHESTRATOR, "api", "--port", str(port), "--workers", "2"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_until_up(base, process, time.monotonic() + 30)
        headers = {"Authorization": f"Bearer {raw_key}"}

        accepted = [
            requests.post(f"{base}/submit", json={"goal": f"g{i}"}, headers=headers, timeout=10)
            for i in range(4)
        ]

        assert [r.status_code for r in accepted] == [202] * 4
        task_id = accepted[0].json()["task_id"]
        shown = requests.get(f"{base}/tasks/{task_id}", headers=headers, timeout=10)
        assert shown.status_code == 200 and shown.json()["status"] == "pending"
        # Samples of every worker process are summed in one scrape.
        metrics = requests.get(f"{base}/metrics", timeout=10).text
        assert 'orchestrator_tasks_submitted_total{priority="medium"} 4.0' in metrics
    finally:
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=30)
    assert process.returncode == 0, output.decode(errors="replace")
    assert f"http://127.0.0.1:{port}" in output.decode(errors="replace")
