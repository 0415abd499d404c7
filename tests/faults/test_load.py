"""Load: 2,000 submissions from 32 concurrent clients to two API processes while two worker
nodes run. The sweeper's re-publishing is off: every task must start from the one message
its submission published (a publish lost without a trace once left 288 of 500 benchmark
tasks waiting for the sweeper)."""

from __future__ import annotations

import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.e2e.conftest import Stack
from tests.faults.conftest import Ledger, launch, metric_sum, read_ledger, record
from tests.support.servers import RedisServer

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

SUBMISSIONS = 2000
CLIENTS = 32


@pytest.mark.timeout(900)
def test_two_thousand_submissions_none_lost_none_duplicated_no_5xx(
    faults_database: str, private_redis: RedisServer
) -> None:
    # The sweeper re-publishes nothing within the test: a lost publish stays lost.
    env = {"API_RATE_LIMIT_PER_MINUTE": "0", "REPUBLISH_AFTER_SECONDS": "3600"}
    with launch(
        faults_database, private_redis.url, workers=("worker-a", "worker-b"), api_workers=2,
        env=env,
    ) as stack:  # fmt: skip
        local = threading.local()
        answers: Counter[int] = Counter()
        errors: list[str] = []
        accepted: list[str] = []
        lock = threading.Lock()

        def submit(i: int) -> None:
            session = getattr(local, "session", None)
            if session is None:
                session = local.session = requests.Session()
            try:
                response = session.post(
                    f"{stack.api_url}/submit",
                    json={"goal": f"Summarize load report {i}", "priority": "medium"},
                    headers=stack.auth,
                    timeout=60,
                )
            except requests.RequestException as exc:
                with lock:
                    errors.append(repr(exc))
                return
            with lock:
                answers[response.status_code] += 1
                if response.status_code == 202:
                    accepted.append(response.json()["task_id"])

        started = time.monotonic()
        with ThreadPoolExecutor(CLIENTS) as pool:
            list(pool.map(submit, range(SUBMISSIONS)))
        submit_seconds = time.monotonic() - started

        ledger = _wait_while_progressing(stack, accepted)
        total_seconds = time.monotonic() - started
        metrics = requests.get(f"{stack.api_url}/metrics", timeout=10).text
        logs = "".join(stack.services[n].output() for n in ("worker-a", "worker-b"))
        figures = {
            "submitted": SUBMISSIONS,
            "clients": CLIENTS,
            "answers": {str(k): v for k, v in sorted(answers.items())},
            "request_errors": len(errors),
            "accepted_202": len(accepted),
            "unique_task_ids": len(set(accepted)),
            **ledger.summary(),
            "server_errors_5xx": sum(v for k, v in answers.items() if k >= 500),
            "submit_seconds": round(submit_seconds, 1),
            "submissions_per_second": round(SUBMISSIONS / submit_seconds, 1),
            "seconds_until_all_finished": round(total_seconds, 1),
            "failed_publishes_counted": metric_sum(metrics, "orchestrator_publish_failures_total"),
            "republished_by_the_sweeper": logs.count("republished stale pending"),
        }
        record("load", figures)

        assert errors == [], errors[:5]
        assert figures["server_errors_5xx"] == 0, figures
        assert answers[202] == SUBMISSIONS, figures
        assert len(set(accepted)) == SUBMISSIONS, figures
        assert ledger.lost == [], figures
        assert ledger.duplicated == [], figures
        assert ledger.count("completed") == SUBMISSIONS, figures
        assert all(ledger.terminal_events[t] == 1 for t in accepted)
        assert figures["republished_by_the_sweeper"] == 0, figures


def _wait_while_progressing(stack: Stack, accepted: list[str], stall: float = 30) -> Ledger:
    """The ledger once every task is terminal, or once none has finished for ``stall`` s."""
    ledger = read_ledger(stack, accepted)
    finished, since = len(ledger.finished), time.monotonic()
    while ledger.lost and time.monotonic() - since < stall:
        time.sleep(0.5)
        ledger = read_ledger(stack, accepted)
        if len(ledger.finished) > finished:
            finished, since = len(ledger.finished), time.monotonic()
    return ledger
