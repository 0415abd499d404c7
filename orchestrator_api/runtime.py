"""Per-process clients of the API: the Celery publisher and a Redis client, made on first use.

One ``Runtime`` per app, stored in ``app.extensions``; under gunicorn each worker builds its
app after fork, so no connection is ever shared across processes.
"""

from __future__ import annotations

import logging
import math
import threading
import time
import uuid
from typing import Any

import redis
from celery import Celery
from flask import Flask, current_app
from redis.backoff import NoBackoff
from redis.retry import Retry
from sqlalchemy.engine import make_url

from orchestrator_api.metrics import ApiMetrics
from orchestrator_api.streams import StreamHub
from shared import webhooks
from shared.broker import make_publisher, publish_task
from shared.keys import hash_key
from shared.settings import Settings

logger = logging.getLogger(__name__)

# After a broker or limiter failure, skip them for this long instead of making every request
# wait for the same connection error; the sweeper republishes what was not sent.
OUTAGE_BACKOFF_SECONDS = 5.0
# Failed publishes a process keeps retrying itself (beyond that, the sweeper's), and the
# waits between its rounds: a publish lost in a broker blip costs milliseconds to the
# length of the outage, not the sweeper's republish interval.
PUBLISH_RETRY_MAX = 10_000
PUBLISH_RETRY_DELAYS = (0.05, 0.1, 0.25, 0.5, 1.0, 2.0)
EXTENSION = "orchestrator"
# The largest block of requests a process reserves at once from a key's rate limit (and
# never more than 1 % of the limit, so small limits are counted request by request).
RATE_BLOCK_MAX = 20
# Keys a process remembers as verified (a bound on memory, not a working-set size).
KNOWN_KEYS_MAX = 10_000


class Runtime:
    """Settings plus the lazily created clients of one API process."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.metrics = ApiMetrics()
        self._lock = threading.Lock()
        self._publisher: Celery | None = None
        self._redis: redis.Redis | None = None
        self._broker_down_until = 0.0
        # Publishes that failed, (task id, priority, time limit), waiting for a retry round.
        self._unsent: dict[uuid.UUID, tuple[str, float | None, float]] = {}
        self._retrying: threading.Thread | None = None
        self._wake = threading.Event()
        self._limiter_down_until = 0.0
        # API key id -> (window, requests of the window reserved and not yet spent)
        self._allowance: dict[str, tuple[int, int]] = {}
        # SHA-256 of a key -> its id, for keys verified before (see ``known_key``)
        self._known_keys: dict[str, str] = {}
        # client address -> epoch second its block for wrong keys ends
        self._auth_blocked: dict[str, float] = {}
        self.openapi: dict[str, Any] | None = None
        self._streams: StreamHub | None = None

    def streams(self) -> StreamHub:
        """The process's hub of open task streams, created on first use."""
        with self._lock:
            if self._streams is None:
                url = make_url(self.settings.database_url)
                listen_url = None
                if url.get_backend_name() == "postgresql":
                    timeout = str(max(1, int(self.settings.db_connect_timeout)))
                    query = {**url.query, "connect_timeout": timeout}
                    listen_url = url.set(drivername="postgresql", query=query).render_as_string(
                        hide_password=False
                    )
                self._streams = StreamHub(
                    self.settings.database_url,
                    listen_url,
                    read_slots=max(1, self.settings.db_pool_size // 2),
                )
            return self._streams

    def publisher(self) -> Celery:
        """The process's Celery publisher, created on first use."""
        with self._lock:
            if self._publisher is None:
                self._publisher = make_publisher(self.settings)
            return self._publisher

    def redis(self) -> redis.Redis:
        """A Redis client with short timeouts and no retries: callers degrade instead of waiting."""
        with self._lock:
            if self._redis is None:
                timeout = self.settings.ready_timeout
                self._redis = redis.Redis.from_url(
                    self.settings.redis_url,
                    socket_connect_timeout=timeout,
                    socket_timeout=timeout,
                    retry=Retry(NoBackoff(), 0),
                )
            return self._redis

    def publish(self, task_id: uuid.UUID, priority: str, time_limit: float | None = None) -> bool:
        """Publish after commit; False when it failed (logged, counted, and retried at once).

        A failed publish is tried again on a fresh connection straight away; when that
        fails too the broker is taken as down for ``OUTAGE_BACKOFF_SECONDS`` (requests do
        not each wait for the same error) and the id joins this process's retry rounds
        (``_retry_unsent``). The sweeper remains the last resort (a process that dies with
        ids unsent).
        """
        if time.monotonic() >= self._broker_down_until:
            for attempt in ("first", "retry"):
                try:
                    publish_task(self.publisher(), task_id, priority, time_limit=time_limit)
                except Exception as exc:
                    self.metrics.publish_failures.labels(attempt).inc()
                    logger.warning(
                        "publish failed attempt=%s task_id=%s error=%s", attempt, task_id, exc
                    )
                else:
                    if attempt == "retry":
                        self.metrics.publish_retries.labels("sent").inc()
                    return True
            self._broker_down_until = time.monotonic() + OUTAGE_BACKOFF_SECONDS
        else:
            self.metrics.publish_failures.labels("broker_down").inc()
            logger.warning("broker marked down, publish deferred task_id=%s", task_id)
        self._defer(task_id, priority, time_limit)
        return False

    def _defer(self, task_id: uuid.UUID, priority: str, time_limit: float | None) -> None:
        with self._lock:
            if len(self._unsent) >= PUBLISH_RETRY_MAX:
                self.metrics.publish_retries.labels("left_to_sweeper").inc()
                return
            self._unsent[task_id] = (priority, time_limit, time.monotonic())
            if self._retrying is None or not self._retrying.is_alive():
                self._retrying = threading.Thread(
                    target=self._retry_unsent, name="publish-retry", daemon=True
                )
                self._retrying.start()
        self._wake.set()

    def _retry_unsent(self) -> None:
        """Publish the deferred ids again, in rounds with growing waits, until none is left.

        An id deferred longer than the sweeper's republish interval is the sweeper's again:
        a broker down for good does not keep this thread busy for ever.
        """
        round_ = 0
        while True:
            self._wake.wait(PUBLISH_RETRY_DELAYS[min(round_, len(PUBLISH_RETRY_DELAYS) - 1)])
            self._wake.clear()
            stale_before = time.monotonic() - self.settings.republish_after_seconds
            with self._lock:
                stale = [t for t, (_, _, at) in self._unsent.items() if at < stale_before]
                for task_id in stale:
                    del self._unsent[task_id]
                batch = list(self._unsent.items())
            if stale:
                self.metrics.publish_retries.labels("left_to_sweeper").inc(len(stale))
                logger.warning("publish retries given up, left to the sweeper count=%d", len(stale))
            if not batch:
                with self._lock:
                    if not self._unsent:
                        self._retrying = None
                        return
                continue
            failed = False
            for task_id, (priority, time_limit, _) in batch:
                try:
                    publish_task(self.publisher(), task_id, priority, time_limit=time_limit)
                except Exception as exc:
                    logger.warning("publish retry failed task_id=%s error=%s", task_id, exc)
                    failed = True
                    break
                with self._lock:
                    self._unsent.pop(task_id, None)
                self.metrics.publish_retries.labels("sent").inc()
                logger.info("publish retried task_id=%s", task_id)
            if failed:
                round_ += 1
            else:
                round_ = 0
                self._broker_down_until = 0.0

    def unsent(self) -> int:
        """Failed publishes this process still holds for a retry."""
        with self._lock:
            return len(self._unsent)

    def revoke(self, task_id: uuid.UUID) -> None:
        """Ask workers to drop the queued message of a cancelled task; best effort."""
        if time.monotonic() < self._broker_down_until:
            return
        try:
            self.publisher().control.revoke(str(task_id))
        except Exception as exc:
            self._broker_down_until = time.monotonic() + OUTAGE_BACKOFF_SECONDS
            logger.warning("revoke failed task_id=%s error=%s", task_id, exc)

    def announce(self, task_id: uuid.UUID) -> None:
        """Ask a worker to send the task's webhook deliveries now; best effort (the sweeper
        sends what is left due)."""
        if time.monotonic() < self._broker_down_until:
            return
        if not webhooks.announce(self.publisher(), task_id):
            self._broker_down_until = time.monotonic() + OUTAGE_BACKOFF_SECONDS

    def rate_limited(self, key_id: str) -> int | None:
        """Seconds to wait when ``key_id`` used up this minute's requests, else None.

        A fixed one-minute window counted in Redis, shared by every API process. A process
        reserves a block of requests at a time (``INCRBY``) and spends it locally: one
        round trip per block instead of one per request. Every request is counted before it
        is let through, so the limit is never exceeded; a process's unspent reservation
        lapses with the window. When Redis does not answer the request is let through: the
        limiter never takes the API down.
        """
        limit = self.settings.rate_limit_per_minute
        if not limit or time.monotonic() < self._limiter_down_until:
            return None
        now = time.time()
        window = int(now // 60)
        with self._lock:
            held_window, left = self._allowance.get(key_id, (window, 0))
            if held_window == window and left > 0:
                self._allowance[key_id] = (window, left - 1)
                return None
        block = max(1, min(RATE_BLOCK_MAX, limit // 100))
        counter = f"orchestrator:ratelimit:{key_id}:{window}"
        try:
            pipe = self.redis().pipeline(transaction=False)
            pipe.incrby(counter, block)
            pipe.expire(counter, 61)
            count, _ = pipe.execute()
        except redis.RedisError as exc:
            self._limiter_down_until = time.monotonic() + OUTAGE_BACKOFF_SECONDS
            logger.warning("rate limiter unavailable, requests let through error=%s", exc)
            return None
        granted = min(block, limit - (int(count) - block))
        if granted <= 0:
            return max(1, math.ceil((window + 1) * 60 - now))
        with self._lock:
            self._allowance[key_id] = (window, granted - 1)
        return None

    def auth_blocked(self, address: str) -> int | None:
        """Seconds to wait when ``address`` sent too many wrong keys this minute, else None.

        Only this process's memory is read: the success path costs a dict lookup.
        """
        until = self._auth_blocked.get(address)
        if until is None:
            return None
        left = until - time.time()
        if left <= 0:
            self._auth_blocked.pop(address, None)
            return None
        return max(1, math.ceil(left))

    def auth_failed(self, address: str) -> None:
        """Count a wrong key from ``address`` in Redis (shared by every API process); past
        the limit the address is refused by this process until the minute ends."""
        limit = self.settings.auth_failures_per_minute
        if not limit or time.monotonic() < self._limiter_down_until:
            return
        now = time.time()
        window = int(now // 60)
        counter = f"orchestrator:authfail:{address}:{window}"
        try:
            pipe = self.redis().pipeline(transaction=False)
            pipe.incr(counter)
            pipe.expire(counter, 61)
            count, _ = pipe.execute()
        except redis.RedisError as exc:
            self._limiter_down_until = time.monotonic() + OUTAGE_BACKOFF_SECONDS
            logger.warning("auth failure limiter unavailable error=%s", exc)
            return
        if int(count) >= limit:
            if len(self._auth_blocked) >= KNOWN_KEYS_MAX:
                self._auth_blocked.clear()
            self._auth_blocked[address] = (window + 1) * 60

    def known_key(self, raw_key: str) -> str | None:
        """The id of ``raw_key`` if this process verified it before, else None."""
        return self._known_keys.get(hash_key(raw_key))

    def remember_key(self, raw_key: str, key_id: str) -> None:
        if len(self._known_keys) >= KNOWN_KEYS_MAX:
            self._known_keys.clear()
        self._known_keys[hash_key(raw_key)] = key_id

    def forget_key(self, key_id: str) -> None:
        """Forget key ``key_id`` (found revoked): its next request looks it up again."""
        self._known_keys = {k: v for k, v in self._known_keys.items() if v != key_id}


def runtime(app: Flask | None = None) -> Runtime:
    """The ``Runtime`` of ``app`` (default: the current app)."""
    target = app if app is not None else current_app
    found: Runtime = target.extensions[EXTENSION]
    return found
