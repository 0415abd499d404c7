"""W3C trace context with tracing on (OTEL_ENABLED): the trace id the API is given reaches
the Reflex Layer and the arm, through the broker and a real worker process."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
import requests
from sqlalchemy.orm import Session

from shared.db import make_engine
from shared.keys import create_key
from shared.ports import free_port
from shared.settings import Settings
from tests.conftest import truncate_all
from tests.e2e.conftest import E2E_REDIS_URL, FAST, Stack
from tests.support.http_stub import Stub, stub_server
from tests.support.processes import wait_for
from tests.worker.test_pipeline import CLEAN, mock_arms

pytestmark = pytest.mark.e2e

TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736"
TRACEPARENT = f"00-{TRACE_ID}-00f067aa0ba902b7-01"


@pytest.fixture
def traced(e2e_database: str) -> Iterator[tuple[Stack, Stub, Stub]]:
    """The API and a worker with tracing on, a Reflex and an arm stub recording headers."""
    redis_client = redis.Redis.from_url(E2E_REDIS_URL)
    redis_client.flushdb()
    with stub_server() as reflex, stub_server() as arms:
        reflex.add("POST", "/process", json=CLEAN)
        reflex.add("GET", "/health", json={"status": "ok"})
        mock_arms(arms)
        env = {**FAST, "DATABASE_URL": e2e_database, "REDIS_URL": E2E_REDIS_URL,
               "REFLEX_URL": reflex.url, "ARM_URLS": arms.url, "OTEL_ENABLED": "true"}  # fmt: skip
        engine = make_engine(Settings.from_env(env))
        truncate_all(engine)
        stack = Stack(env=env, engine=engine, redis=redis_client)
        try:
            port = free_port()
            stack.api_url = f"http://127.0.0.1:{port}"
            stack.start("api", ["api", "--port", str(port), "--workers", "1"],
                        f"{stack.api_url}/health")  # fmt: skip
            stack.start_worker()
            with engine.begin() as conn, Session(bind=conn) as session:
                stack.key = create_key(session, "traced")[1]
                session.commit()
            yield stack, reflex, arms
        finally:
            stack.stop_all()
            engine.dispose()
            redis_client.close()


def trace_ids(stub: Stub, path: str) -> set[str]:
    """The trace id of each call to ``path`` ("" for a call without a traceparent)."""
    found = set()
    for call in stub.calls:
        if call.path == path:
            parts = call.headers.get("traceparent", "").split("-")
            found.add(parts[1] if len(parts) == 4 else "")
    return found


def test_the_arm_and_the_reflex_layer_receive_the_trace_the_api_was_given(
    traced: tuple[Stack, Stub, Stub],
) -> None:
    stack, reflex, arms = traced
    headers = {**stack.auth, "traceparent": TRACEPARENT}
    response = requests.post(f"{stack.api_url}/submit", json={"goal": "Summarize the memo"},
                             headers=headers, timeout=10)  # fmt: skip
    assert response.status_code == 202, response.text
    assert stack.wait_terminal(response.json()["task_id"])["status"] == "completed"
    assert trace_ids(arms, "/arms/summarizer/execute") == {TRACE_ID}
    assert trace_ids(reflex, "/process") == {TRACE_ID}

    # Without a traceparent the API starts a trace of its own, and it travels the same way.
    arms.calls.clear()
    task_id = stack.submit(goal="Summarize the minutes")
    assert stack.wait_terminal(task_id)["status"] == "completed"
    wait_for(lambda: bool(trace_ids(arms, "/arms/summarizer/execute")), 10, "the arm call")
    (new_trace,) = trace_ids(arms, "/arms/summarizer/execute")
    assert len(new_trace) == 32 and new_trace not in (TRACE_ID, "0" * 32)
