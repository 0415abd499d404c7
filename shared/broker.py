"""Publishing task ids to the broker, by task name: the API never imports the worker."""

from __future__ import annotations

import contextlib
import os
import threading
import uuid
from typing import Any

import orjson
import redis
from celery import Celery
from kombu.messaging import Producer
from kombu.transport import redis as kombu_redis

from shared import tracing
from shared.settings import Settings
from shared.states import PROCESS_TASK, QUEUES, queue_for


class _Channel(kombu_redis.Channel):  # type: ignore[misc]
    """kombu's Redis channel, keeping one client object per connection pool, and refusing
    to make a client once its transport has been detached from the connection.

    kombu builds a new ``redis.Redis`` for every publish, ack and event (about 0.2 ms of
    CPU each, as much as the command's round trip); a client over the channel's pool is
    thread-safe and can be kept for as long as that pool lives.

    The refusal works around a kombu bug that stopped every worker node when Redis died
    while messages were unacknowledged (kombu 5.7.0; the same path as celery/kombu#582
    and #970). On a connection loss Celery's consumer calls ``Connection.collect()``:
    closing the channel there fails (its pending BRPOP reply cannot be read), the channel
    stays open, and ``collect`` detaches the transport (``transport.client = None``). The
    consumer's next ``connection.close()`` closes the channel again; ``close`` drops the
    pool and then restores the unacked messages, which needs a new pool, whose parameters
    are read from ``transport.client``: ``AttributeError: 'NoneType' object has no
    attribute 'hostname'``, which no ``ignore_errors`` catches, so the worker died with
    ``Unrecoverable error``. A detached channel has no broker: raising a connection error
    there lets Celery's error handling do its job (it reconnects; the task rows are
    recovered by the sweeper, and a late ack on the old channel is logged, not fatal).
    """

    _kept_client: Any = None

    def _create_client(self, asynchronous: bool = False) -> Any:
        if self.connection is None or self.connection.client is None:
            raise redis.exceptions.ConnectionError(
                "the broker connection of this channel was closed"
            )
        if asynchronous:
            return super()._create_client(asynchronous=True)  # type: ignore[no-untyped-call]
        kept = self._kept_client
        if kept is None or kept.connection_pool is not self.pool:
            kept = self._kept_client = super()._create_client()  # type: ignore[no-untyped-call]
        return kept


class Transport(kombu_redis.Transport):  # type: ignore[misc]
    """kombu's Redis transport with ``_Channel``: same URLs, queues and messages."""

    Channel = _Channel


def celery_config(settings: Settings) -> dict[str, Any]:
    """Broker configuration shared by the publishing client and the workers."""
    transport = {"broker_transport": f"{__name__}:Transport"}
    if not settings.redis_url.startswith("redis://"):
        transport = {}  # TLS and socket URLs: kombu's own transport picks the connection
    return {
        **transport,
        "broker_url": settings.redis_url,
        "broker_connection_retry_on_startup": True,
        "broker_transport_options": {
            "visibility_timeout": settings.visibility_timeout,
            # Poll queues in the order of QUEUES: critical work is never behind a low backlog.
            "queue_order_strategy": "priority",
            "socket_timeout": 5,
            "socket_connect_timeout": 3,
        },
        "broker_pool_limit": 10,
        "task_serializer": "json",
        "result_serializer": "json",
        "accept_content": ["json"],
        "task_default_queue": QUEUES[2],
        "task_create_missing_queues": True,
        "timezone": "UTC",
        "enable_utc": True,
    }


# kombu's Redis keys of a queue: the list itself for messages without a priority (ours),
# and one list per priority step ``<queue>\x06\x16<step>`` for messages with one.
_PRIORITY_LISTS = tuple(
    f"{kombu_redis.Channel.sep}{step}" for step in kombu_redis.PRIORITY_STEPS if step
)


def queue_depths(client: redis.Redis) -> dict[str, int]:
    """Messages waiting in each priority's queue, in one round trip (``LLEN`` of each of
    kombu's lists). Messages held by a worker (prefetched, or waiting for their countdown)
    are not in the lists, so not counted."""
    pipe = client.pipeline(transaction=False)
    for queue in QUEUES:
        for suffix in ("", *_PRIORITY_LISTS):
            pipe.llen(queue + suffix)
    lengths = iter(pipe.execute())
    return {queue: sum(next(lengths) for _ in range(1 + len(_PRIORITY_LISTS))) for queue in QUEUES}


def make_publisher(settings: Settings) -> Celery:
    """A Celery app used only to send messages.

    A publish fails at once when the broker is down (no reconnection retries): the row is
    already committed and the sweeper re-publishes it, so waiting would only slow the API.
    """
    app = Celery("orchestrator-publisher", set_as_current=False)
    config = celery_config(settings)
    config["broker_transport_options"] = {**config["broker_transport_options"], "max_retries": 0}
    app.conf.update(config)
    return app


# Seconds between the soft time limit (the task ends itself `failed` with code `timeout`)
# and the hard one (the pool kills the process; the sweeper then fails the task).
HARD_LIMIT_GRACE = 15


class _HeldProducers(threading.local):
    """Per thread (kombu channels are not thread-safe), and per process: after a fork the
    parent's producer, and its socket, belong to the parent."""

    def __init__(self) -> None:
        self.by_app: dict[int, tuple[int, Producer]] = {}


_held = _HeldProducers()


def _producer(app: Celery) -> Producer:
    held = _held.by_app.get(id(app))
    if held is not None and held[0] == os.getpid():
        return held[1]
    producer = Producer(app.connection_for_write(), auto_declare=False)  # type: ignore[no-untyped-call]
    _held.by_app[id(app)] = (os.getpid(), producer)
    return producer


def _drop_producer(app: Celery) -> None:
    held = _held.by_app.pop(id(app), None)
    if held is not None and held[0] == os.getpid():
        with contextlib.suppress(Exception):
            held[1].connection.close()


def publish_task(
    app: Celery,
    task_id: uuid.UUID | str,
    priority: str,
    *,
    time_limit: float | None = None,
    countdown: float | None = None,
) -> None:
    """Enqueue one task id. Raises on a broker error; the caller decides what that means.

    ``time_limit`` is the contract's ``budget.max_time_seconds``: it becomes the soft time
    limit of the worker's run, and the hard limit a little later.

    The message is Celery's own (``app.amqp.as_task_v2``), sent through a kombu producer
    held per thread straight to the priority's queue: ``send_task`` would also resolve the
    route, merge options and acquire a producer on every call, about 40 % of the cost of
    a publish. A producer whose connection failed is dropped; the next publish reconnects.
    Celery's ``before_task_publish`` and ``after_task_publish`` signals are not sent (no
    handler of ours listens to them; connect one and it would not run for these messages).
    ``tests/test_broker.py`` checks the message equals what ``send_task`` sends.
    """
    task_id = str(task_id)
    limits: dict[str, float] = {}
    if time_limit is not None:
        limits = {"soft_time_limit": time_limit, "time_limit": time_limit + HARD_LIMIT_GRACE}
    # ``ignore_result`` in the message overrides the task's own setting: without it every
    # run would store an unread result in Redis (a round trip, and a key for an hour).
    # The reprs are given: Celery would build them with its ``saferepr`` on every call.
    message = app.amqp.as_task_v2(
        task_id,
        PROCESS_TASK,
        args=(task_id,),
        kwargs={},
        countdown=countdown,
        ignore_result=True,
        argsrepr=f"('{task_id}',)",
        kwargsrepr="{}",
        **limits,
    )
    headers = message.headers
    trace = tracing.carrier()  # None unless tracing is on (``shared.tracing``)
    if trace:
        headers = {**headers, **trace}
    try:
        # The body is plain JSON (an id, empty kwargs, no callbacks): serialised here with
        # orjson instead of through kombu's registry.
        _producer(app).publish(  # type: ignore[no-untyped-call]
            orjson.dumps(message.body),
            exchange="",
            routing_key=queue_for(priority),
            content_type="application/json",
            content_encoding="utf-8",
            headers=headers,
            retry=False,
            **message.properties,
        )
    except Exception:
        _drop_producer(app)
        raise
