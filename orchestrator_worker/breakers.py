"""Circuit breakers, one per remote service, their state shared by all workers via Redis.

``Breaker.call`` and ``SharedStorage`` override parts of pybreaker (``CircuitBreaker.call``,
the states' ``_handle_error``/``_handle_success`` and ``before_call``, and
``CircuitRedisStorage``'s ``state``, ``increment_counter``, ``reset_counter``,
``opened_at``). pybreaker is pinned with a compatible-release bound in ``pyproject.toml``, and
``tests/worker/test_breakers.py`` fails when the source of any of those changes upstream.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import pybreaker
import redis
from prometheus_client import Gauge

log = logging.getLogger(__name__)

T = TypeVar("T")

BREAKER_STATE = Gauge(
    "orchestrator_breaker_open",
    "1 while the circuit breaker of a remote service is open (half-open counts 0.5)",
    ["service"],
    multiprocess_mode="max",
)
_STATE_VALUE = {
    pybreaker.STATE_CLOSED: 0.0,
    pybreaker.STATE_HALF_OPEN: 0.5,
    pybreaker.STATE_OPEN: 1.0,
}


class _StateListener(pybreaker.CircuitBreakerListener):  # type: ignore[misc]
    def state_change(
        self, cb: pybreaker.CircuitBreaker, old_state: object, new_state: object
    ) -> None:
        name = getattr(new_state, "name", str(new_state))
        log.warning("circuit breaker changed service=%s state=%s", cb.name, name)
        BREAKER_STATE.labels(cb.name).set(_STATE_VALUE.get(name, 0.0))


class SharedStorage(pybreaker.CircuitRedisStorage):  # type: ignore[misc]
    """pybreaker's Redis storage, read at most every ``ttl`` seconds on the happy path.

    Every call would otherwise cost a GET of the state and a SET of the failure counter.
    Other processes see a change within ``ttl``; failures and state changes are written at
    once.
    """

    def __init__(self, redis_client: redis.Redis, namespace: str, ttl: float = 0.5) -> None:
        super().__init__(pybreaker.STATE_CLOSED, redis_client, namespace=namespace)
        self._ttl = ttl
        self._state: tuple[str, float] | None = None
        self._counter_zero_at: float | None = None

    @property
    def state(self) -> str:
        now = time.monotonic()
        if self._state is None or now - self._state[1] > self._ttl:
            self._state = (str(super().state), now)
        return self._state[0]

    @state.setter
    def state(self, state: str) -> None:
        pybreaker.CircuitRedisStorage.state.fset(self, state)  # type: ignore[attr-defined]
        self._state = (str(state), time.monotonic())

    def increment_counter(self) -> None:
        self._counter_zero_at = None
        super().increment_counter()

    def reset_counter(self) -> None:
        now = time.monotonic()
        if self._counter_zero_at is not None and now - self._counter_zero_at < self._ttl:
            return
        super().reset_counter()
        self._counter_zero_at = now


class Breaker(pybreaker.CircuitBreaker):  # type: ignore[misc]
    """pybreaker's circuit breaker, with calls through a closed breaker side by side.

    pybreaker holds the breaker's lock for the whole of a call: the threads of a worker
    process would call a service one at a time, each waiting for the others' answers. Here
    the lock guards the state only, before and after the call. An open breaker still fails
    at once, and a half-open one still lets one trial call through at a time (under the
    lock, as in pybreaker). Failures and successes count as in pybreaker, against the
    state the breaker is in when the call ends. Not for generator functions.
    """

    def call(self, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        with self._lock:
            state = self.state
            if state.name != pybreaker.STATE_CLOSED:
                result: T = state.call(func, *args, **kwargs)
                return result
            state.before_call(func, *args, **kwargs)
            for listener in self.listeners:
                listener.before_call(self, func, *args, **kwargs)
        try:
            result = func(*args, **kwargs)
        except BaseException as exc:
            with self._lock:
                self.state._handle_error(exc)  # re-raises, or raises CircuitBreakerError
            raise
        with self._lock:
            self.state._handle_success()
        return result


def refuses_calls(breaker: pybreaker.CircuitBreaker) -> bool:
    """True while ``breaker`` is open and its reset timeout has not run out.

    Once it has, the breaker reads "open" until a call goes through it: that call is the
    half-open trial which closes (or reopens) it. Callers that skip services whose breaker
    refuses calls must ask this, not whether the state is "open", or no trial ever happens.
    """
    if breaker.current_state != pybreaker.STATE_OPEN:
        return False
    opened_at: datetime | None = breaker._state_storage.opened_at
    if opened_at is None:
        return False
    return bool(datetime.now(UTC) < opened_at + timedelta(seconds=breaker.reset_timeout))


_breakers: dict[str, pybreaker.CircuitBreaker] = {}
_lock = threading.Lock()


def get_breaker(
    name: str,
    redis_client: redis.Redis,
    *,
    fail_max: int,
    reset_timeout: float,
    exclude: list[type[BaseException]] | None = None,
) -> pybreaker.CircuitBreaker:
    """The breaker for ``name`` in this process, its state kept in Redis under ``name``."""
    with _lock:
        breaker = _breakers.get(name)
        if breaker is None:
            storage: pybreaker.CircuitBreakerStorage
            try:
                storage = SharedStorage(redis_client, namespace=f"orchestrator:{name}")
            except redis.RedisError:
                # Without Redis no message arrives anyway; keep the breaker in memory.
                log.warning("breaker state kept in memory, Redis unreachable service=%s", name)
                storage = pybreaker.CircuitMemoryStorage(pybreaker.STATE_CLOSED)
            breaker = Breaker(
                fail_max=fail_max,
                reset_timeout=reset_timeout,
                state_storage=storage,
                exclude=exclude or [],
                listeners=[_StateListener()],
                name=name,
            )
            _breakers[name] = breaker
        return breaker


def forget_all() -> None:
    """Drop this process's breaker objects (their shared state stays in Redis)."""
    with _lock:
        _breakers.clear()
