"""Publishing: the message a worker receives, and a fast failure when the broker is down."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import pytest
import redis
from kombu import Connection, Queue
from kombu.common import ignore_errors
from kombu.exceptions import OperationalError
from kombu.transport import redis as kombu_redis

from shared.broker import HARD_LIMIT_GRACE, Transport, make_publisher, publish_task
from shared.ports import free_port
from shared.settings import Settings
from shared.states import PROCESS_TASK
from tests.support.servers import RedisServer


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


def _open_channel_with_an_unacked_message(url: str, transport: type) -> tuple[Connection, Any]:
    connection = Connection(url, transport=transport, transport_options={"max_retries": 0})
    channel = connection.default_channel
    queue = Queue("broker-loss-probe", channel=channel)
    queue.declare()
    connection.Producer(channel=channel).publish({"n": 1}, routing_key=queue.name, retry=False)
    received: list[Any] = []
    consumer = connection.Consumer(queue, callbacks=[lambda _b, m: received.append(m)])
    consumer.consume()
    connection.drain_events(timeout=2)
    assert len(received) == 1 and channel.qos._delivered  # delivered, not acknowledged
    return connection, channel


@pytest.mark.parametrize("ours", [False, True], ids=["kombu", "shared.broker"])
def test_closing_a_channel_whose_transport_was_detached_is_a_connection_error(
    ours: bool,
) -> None:
    """The state Celery's consumer leaves after a broker loss (see ``_Channel``): the channel
    still open with unacked messages, its transport detached by ``Connection.collect()``.

    kombu's own channel fails with an AttributeError there, which killed worker nodes; ours
    raises a connection error, which ``kombu.common.ignore_errors`` (Celery's consumer)
    ignores. When the kombu case stops failing, kombu has fixed it: drop the workaround.
    """
    server = RedisServer().start()
    try:
        connection, channel = _open_channel_with_an_unacked_message(
            server.url, Transport if ours else kombu_redis.Transport
        )
        server.stop()
        # What ``Connection._do_close_transport`` does at the end of ``collect``.
        connection.transport.client = None
        if ours:
            ignore_errors(connection, channel.close)
            assert channel.closed
        else:
            with pytest.raises(AttributeError, match="hostname"):
                ignore_errors(connection, channel.close)
    finally:
        server.stop()


def _raw(redis_client: redis.Redis, queue: str) -> dict[str, Any]:
    raw = redis_client.lpop(queue)
    assert raw is not None, f"nothing in {queue}"
    message: dict[str, Any] = json.loads(raw)
    return message


# What differs between two sends of the same task by design: the delivery tag is random,
# send_task routes through the queue's exchange where publish_task uses the queue itself, and
# names the sender's reply queue, which only RPC results use (the task ignores its result).
_PER_DELIVERY = {"delivery_tag", "delivery_info", "reply_to"}


def test_publish_task_sends_the_message_celery_send_task_would(
    settings: Settings, redis_client: redis.Redis
) -> None:
    """The contract of the hand-built message (``publish_task``): same headers, body and
    properties as Celery's ``send_task`` with the same options. Fails when Celery changes
    its message, as the pin in pyproject.toml expects it to be noticed."""
    app = make_publisher(settings)
    task_id = "6f1c1a52-0000-4000-8000-0000000000c1"
    app.send_task(
        PROCESS_TASK, args=(task_id,), task_id=task_id, queue="critical", ignore_result=True,
        soft_time_limit=42, time_limit=42 + HARD_LIMIT_GRACE,
    )  # fmt: skip
    expected = _raw(redis_client, "critical")
    publish_task(app, task_id, "critical", time_limit=42)
    published = _raw(redis_client, "critical")

    assert published["headers"] == expected["headers"]
    assert json.loads(base64.b64decode(published["body"])) == json.loads(
        base64.b64decode(expected["body"])
    )
    for field in ("content-type", "content-encoding"):
        assert published[field] == expected[field]
    assert {k: v for k, v in published["properties"].items() if k not in _PER_DELIVERY} == {
        k: v for k, v in expected["properties"].items() if k not in _PER_DELIVERY
    }
    assert published["properties"]["delivery_info"]["routing_key"] == "critical"


def test_the_kombu_channel_keeps_one_client_per_pool(settings: Settings) -> None:
    """The contract of ``_Channel._create_client``: every command of a channel goes through
    one ``redis.Redis`` while its pool lives, and a new one once kombu replaces the pool."""
    connection = Connection(settings.redis_url, transport=Transport)
    try:
        channel = connection.default_channel
        with channel.conn_or_acquire() as first, channel.conn_or_acquire() as second:
            assert first is second
            assert first.connection_pool is channel.pool
        channel._disconnect_pools()  # what kombu does after a fork
        with channel.conn_or_acquire() as third:
            assert third is not first and third.connection_pool is channel.pool
    finally:
        connection.close()
