"""The API's broker connection cut during a stream of submissions: every failed publish is
logged, counted in ``/metrics`` and retried by the API process itself, so the tasks start
within seconds of the broker coming back, with the sweeper's republish interval far away.
"""

from __future__ import annotations

import threading
import time

import pytest
import requests

from shared.ports import free_port
from tests.faults.conftest import (
    _port,
    launch,
    metric_sum,
    post_submit,
    record,
    wait_all_terminal,
)
from tests.support.processes import Service
from tests.support.servers import RedisServer
from tests.support.tcp_proxy import TcpProxy

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


@pytest.mark.timeout(240)
def test_publishes_failed_in_a_broker_cut_are_retried_within_seconds(
    faults_database: str, private_redis: RedisServer
) -> None:
    # The sweeper would only republish after two minutes: what finishes sooner was
    # published again by the API.
    env = {"REPUBLISH_AFTER_SECONDS": "120", "SWEEP_INTERVAL_SECONDS": "60"}
    with launch(faults_database, private_redis.url, env=env, concurrency=4) as stack:
        proxy = TcpProxy(private_redis.port)
        try:
            # The API reaches Redis through the proxy; the worker directly.
            stack.stop("api")
            stack.api_url = f"http://127.0.0.1:{free_port()}"
            api_env = {**stack.env, "REDIS_URL": f"redis://127.0.0.1:{proxy.port}/0"}
            stack.services["api"] = Service(
                "api", ["api", "--port", _port(stack.api_url), "--workers", "2"], api_env
            ).wait_http(f"{stack.api_url}/health")

            accepted: list[str] = []
            statuses: list[int] = []
            stop = threading.Event()

            def stream() -> None:
                for i in range(60):
                    if stop.is_set():
                        return
                    response = post_submit(stack, {"goal": f"Summarize note {i}"})
                    statuses.append(response.status_code)
                    if response.status_code == 202:
                        accepted.append(response.json()["task_id"])
                    time.sleep(0.05)

            submitter = threading.Thread(target=stream)
            submitter.start()
            while len(statuses) < 15 and submitter.is_alive():
                time.sleep(0.05)
            proxy.cut()
            time.sleep(1.5)
            proxy.restore()
            restored_at = time.monotonic()
            submitter.join(60)
            stop.set()

            ledger = wait_all_terminal(stack, accepted, timeout=40)
            finished_after = time.monotonic() - restored_at
            metrics = requests.get(f"{stack.api_url}/metrics", timeout=5).text
            log = stack.services["api"].output()
            figures = {
                "accepted_202": len(accepted),
                **ledger.summary(),
                "publish_failures": metric_sum(metrics, "orchestrator_publish_failures_total"),
                "publish_retries_sent": metric_sum(metrics, "orchestrator_publish_retries_total"),
                "seconds_to_finish_all_after_restore": round(finished_after, 1),
            }
            record("publish_cut", figures)

            assert all(s == 202 for s in statuses), statuses
            assert ledger.lost == [], figures
            assert ledger.count("completed") == len(accepted), figures
            assert figures["publish_failures"] >= 1, figures
            assert figures["publish_retries_sent"] >= 1, figures
            assert "publish failed" in log, log[-3000:]
        finally:
            proxy.close()
