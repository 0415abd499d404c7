"""Publishing: the message a worker receives, and a fast failure when the broker is down."""

from __future__ import annotations

import json
import time

import pytest
import redis
from kombu.exceptions import OperationalError

from shared.broker import HARD_LIMIT_GRACE, make_publisher, publish_task
from shared.settings import Settings
from tests.support.processes import free_port


def test_a_task_id_goes_to_its_priority_queue_with_its_time_limits(
    settings: Settings, redis_client: redis.Redis
) -> None:
    publish_task(make_publisher(settings), "6f1c1a52-0000-4000-8000-000000000001", "critical",
                 time_limit=42)  # fmt: skip
    assert redis_client.llen("medium") == 0
    raw = redis_client.lpop("critical")
    assert raw is not None
    message = json.loads(raw)
    headers = message["headers"]
    assert headers["task"] == "orchestrator.process_task"
    assert headers["id"] == "6f1c1a52-0000-4000-8000-000000000001"
    assert headers["timelimit"] == [42 + HARD_LIMIT_GRACE, 42]
    assert message["content-type"] == "application/json"


def test_publishing_to_a_broker_that_is_down_fails_fast(settings: Settings) -> None:
    down = Settings.from_env(
        {}, **{**settings.__dict__, "redis_url": f"redis://127.0.0.1:{free_port()}/0"}
    )
    started = time.monotonic()
    with pytest.raises(OperationalError):
        publish_task(make_publisher(down), "6f1c1a52-0000-4000-8000-000000000002", "low")
    assert time.monotonic() - started < 3  # with reconnection retries it took 6 s
