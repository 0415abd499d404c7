"""Redis-backed result cache and per-user rate limit, both optional at run time.

When Redis does not answer, both step aside (the text is still screened) and the outage is
logged once per back-off period instead of on every request.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from typing import Any

import orjson
import redis

logger = logging.getLogger(__name__)

CACHE_PREFIX = "reflex:cache:v1:"
RATE_PREFIX = "reflex:ratelimit:"
RETRY_REDIS_AFTER_SECONDS = 5.0


def text_key(text: str, *flags: bool) -> str:
    """Cache key: a SHA-256 of the text and the detector switches, never the text itself."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass"))
    digest.update(bytes(int(f) for f in flags))
    return CACHE_PREFIX + digest.hexdigest()


class RedisGuard:
    """A Redis client that is skipped for a while after it fails, so outages stay cheap."""

    def __init__(self, url: str, timeout: float) -> None:
        self.client = redis.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout
        )
        self._down_until = 0.0
        self._lock = threading.Lock()
        self.errors = 0

    @property
    def available(self) -> bool:
        return time.monotonic() >= self._down_until

    def failed(self, operation: str, exc: Exception) -> None:
        with self._lock:
            self.errors += 1
            first = self.available
            self._down_until = time.monotonic() + RETRY_REDIS_AFTER_SECONDS
        if first:
            logger.warning(
                "redis unavailable, degrading operation=%s error=%s retry_in_s=%s",
                operation,
                type(exc).__name__,
                RETRY_REDIS_AFTER_SECONDS,
            )

    def ping(self) -> bool:
        """True when Redis answers now (ignores the back-off)."""
        try:
            ok = bool(self.client.ping())
        except (redis.RedisError, OSError):
            return False
        with self._lock:
            self._down_until = 0.0
        return ok

    def close(self) -> None:
        self.client.close()


class ResultCache:
    """Detection results by text hash, with a TTL; 0 disables it."""

    def __init__(self, guard: RedisGuard, ttl_seconds: int) -> None:
        self._guard = guard
        self._ttl = ttl_seconds

    @property
    def enabled(self) -> bool:
        return self._ttl > 0

    def get(self, key: str) -> dict[str, Any] | None:
        if not self.enabled or not self._guard.available:
            return None
        try:
            raw = self._guard.client.get(key)
        except (redis.RedisError, OSError) as exc:
            self._guard.failed("cache_get", exc)
            return None
        if raw is None:
            return None
        try:
            value: dict[str, Any] = orjson.loads(raw)  # type: ignore[arg-type]
        except orjson.JSONDecodeError:
            return None
        return value

    def put(self, key: str, value: dict[str, Any]) -> None:
        if not self.enabled or not self._guard.available:
            return
        try:
            self._guard.client.set(key, orjson.dumps(value), ex=self._ttl)
        except (redis.RedisError, OSError) as exc:
            self._guard.failed("cache_put", exc)


class RateLimiter:
    """A fixed one-minute window per user id; ``limit`` 0 disables it."""

    WINDOW_SECONDS = 60

    def __init__(self, guard: RedisGuard, limit_per_minute: int) -> None:
        self._guard = guard
        self._limit = limit_per_minute

    def check(self, user_id: str | None) -> int | None:
        """None when allowed, else the seconds to wait (for ``Retry-After``)."""
        if not self._limit or not user_id or not self._guard.available:
            return None
        now = time.time()
        window = int(now // self.WINDOW_SECONDS)
        # The user id is hashed so keys never carry what callers put in it.
        user = hashlib.sha256(user_id.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        key = f"{RATE_PREFIX}{user}:{window}"
        try:
            pipe = self._guard.client.pipeline()
            pipe.incr(key)
            pipe.expire(key, self.WINDOW_SECONDS + 1)
            count = int(pipe.execute()[0])
        except (redis.RedisError, OSError) as exc:
            self._guard.failed("rate_limit", exc)
            return None
        if count <= self._limit:
            return None
        return max(1, int((window + 1) * self.WINDOW_SECONDS - now + 0.999))
