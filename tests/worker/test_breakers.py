"""The circuit breaker under the threads of one worker process, its state in real Redis."""

from __future__ import annotations

import hashlib
import inspect
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pybreaker
import pytest
import redis

from orchestrator_worker.breakers import get_breaker, refuses_calls


def test_calls_through_a_closed_breaker_run_side_by_side(redis_client: redis.Redis) -> None:
    breaker = get_breaker("side-by-side", redis_client, fail_max=3, reset_timeout=5)
    # Each call returns only once all four are inside the breaker at the same time.
    inside = threading.Barrier(4, timeout=5)
    with ThreadPoolExecutor(4) as pool:
        calls = [pool.submit(breaker.call, inside.wait) for _ in range(4)]
        assert sorted(call.result(timeout=10) for call in calls) == [0, 1, 2, 3]
    assert breaker.current_state == pybreaker.STATE_CLOSED
    assert breaker.fail_counter == 0


def test_failures_in_several_threads_open_the_breaker(redis_client: redis.Redis) -> None:
    breaker = get_breaker("failing", redis_client, fail_max=3, reset_timeout=5)
    inside = threading.Barrier(3, timeout=5)

    def fail() -> None:
        inside.wait()
        raise ConnectionError("refused")

    with ThreadPoolExecutor(3) as pool:
        calls = [pool.submit(breaker.call, fail) for _ in range(3)]
        errors = [type(call.exception(timeout=10)) for call in calls]
    # The third failure opens the breaker: that call says so, the others their own error.
    assert sorted(e.__name__ for e in errors) == [
        "CircuitBreakerError",
        "ConnectionError",
        "ConnectionError",
    ]
    assert breaker.current_state == pybreaker.STATE_OPEN
    called = []
    with pytest.raises(pybreaker.CircuitBreakerError):
        breaker.call(called.append, "sent")
    assert called == []


def test_a_half_open_breaker_lets_one_trial_call_through_at_a_time(
    redis_client: redis.Redis,
) -> None:
    breaker = get_breaker("recovering", redis_client, fail_max=1, reset_timeout=0.2)
    with pytest.raises(pybreaker.CircuitBreakerError):
        breaker.call(lambda: 1 / 0)
    assert breaker.current_state == pybreaker.STATE_OPEN
    time.sleep(0.3)

    trial_running, release_trial = threading.Event(), threading.Event()
    spans: dict[str, tuple[float, float]] = {}

    def trial() -> str:
        start = time.monotonic()
        trial_running.set()
        release_trial.wait(5)
        spans["trial"] = (start, time.monotonic())
        return "trial"

    def next_call() -> str:
        spans["next"] = (time.monotonic(), time.monotonic())
        return "next"

    with ThreadPoolExecutor(2) as pool:
        first = pool.submit(breaker.call, trial)
        assert trial_running.wait(5)
        assert breaker.current_state == pybreaker.STATE_HALF_OPEN
        second = pool.submit(breaker.call, next_call)
        time.sleep(0.3)
        assert "next" not in spans  # waits for the trial's outcome
        release_trial.set()
        assert (first.result(timeout=10), second.result(timeout=10)) == ("trial", "next")
    assert spans["next"][0] >= spans["trial"][1]
    assert breaker.current_state == pybreaker.STATE_CLOSED


def test_an_open_breaker_refuses_calls_only_until_its_reset_timeout(
    redis_client: redis.Redis,
) -> None:
    # pybreaker keeps opened_at in whole seconds: a 2 s timeout refuses for 1 s at least.
    breaker = get_breaker("reopening", redis_client, fail_max=1, reset_timeout=2)
    assert not refuses_calls(breaker)
    with pytest.raises(pybreaker.CircuitBreakerError):
        breaker.call(lambda: 1 / 0)
    assert refuses_calls(breaker)
    time.sleep(2.1)
    # Still "open" until a call goes through, but no longer refusing: that call is the trial.
    assert breaker.current_state == pybreaker.STATE_OPEN
    assert not refuses_calls(breaker)
    assert breaker.call(lambda: "trial") == "trial"
    assert breaker.current_state == pybreaker.STATE_CLOSED


# SHA-256 (first 16 hex digits) of the source of each pybreaker part that breakers.py
# overrides or relies on, as of the pinned pybreaker.
PYBREAKER_SOURCES = {
    "CircuitBreaker.call": "b0bbd3babee55faf",
    "CircuitBreaker.state": "b0767ee16953be20",
    "CircuitBreakerState.call": "c4f93be3503680ab",
    "CircuitBreakerState._handle_error": "05114d44e2cfc994",
    "CircuitBreakerState._handle_success": "d83614b662236ba0",
    "CircuitClosedState.on_failure": "d00959bed4e3f6b9",
    "CircuitOpenState.before_call": "6768aaf26cbfd023",
    "CircuitHalfOpenState.on_failure": "0a5b59a1d43207d1",
    "CircuitRedisStorage.state (get)": "04661cf3adc8eb04",
    "CircuitRedisStorage.state (set)": "bb1713163fe0ac52",
    "CircuitRedisStorage.increment_counter": "232d293c43081fb0",
    "CircuitRedisStorage.reset_counter": "f386eff976cd53c5",
    "CircuitRedisStorage.opened_at": "6c2b62432c18733a",
}


def _pybreaker_part(name: str) -> object:
    path, _, accessor = name.partition(" ")
    owner, attribute = path.split(".")
    part = getattr(getattr(pybreaker, owner), attribute)
    if isinstance(part, property):
        return part.fset if accessor == "(set)" else part.fget
    return part


@pytest.mark.parametrize("name", sorted(PYBREAKER_SOURCES))
def test_the_pybreaker_internals_breakers_py_builds_on_are_unchanged(name: str) -> None:
    source = inspect.getsource(_pybreaker_part(name))  # type: ignore[arg-type]
    digest = hashlib.sha256(source.encode()).hexdigest()[:16]
    assert digest == PYBREAKER_SOURCES[name], (
        f"pybreaker {pybreaker.__version__} changed {name}: check Breaker and SharedStorage "
        "in orchestrator_worker/breakers.py against it, then update PYBREAKER_SOURCES"
    )
