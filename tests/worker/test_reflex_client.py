"""The Reflex client against a real loopback server: success, retries, 4xx, timeouts, the
breaker, and the time left to the task."""

from __future__ import annotations

import json
import socket
import socketserver
import time

import pybreaker
import pytest
import redis

from orchestrator_worker.breakers import forget_all
from orchestrator_worker.reflex_client import ReflexClient, ReflexRejected, ReflexUnavailable
from shared.settings import Settings
from tests.support.http_stub import Stub, start_serving

URL = "/process"
OK = {
    "request_id": "r1",
    "status": "Success",
    "pii_detected": False,
    "pii_matches": [],
    "injection_detected": False,
    "injection_matches": [],
    "cache_hit": False,
    "processing_time_ms": 0.4,
}


@pytest.fixture
def client(worker_settings: Settings, redis_client: redis.Redis) -> ReflexClient:
    return ReflexClient(worker_settings, redis_client)


def test_process_returns_the_report_and_sends_the_text(
    client: ReflexClient, reflex_stub: Stub
) -> None:
    reflex_stub.add("POST", URL, json=OK)
    assert client.process("hello", user_id="u1")["status"] == "Success"
    assert [call.json() for call in reflex_stub.calls] == [{"text": "hello", "user_id": "u1"}]


def test_5xx_is_retried_then_succeeds(client: ReflexClient, reflex_stub: Stub) -> None:
    reflex_stub.add("POST", URL, status=503, json={"error": "busy"})
    reflex_stub.add("POST", URL, status=502)
    reflex_stub.add("POST", URL, json=OK)
    assert client.process("hello")["status"] == "Success"
    assert len(reflex_stub.calls) == 3


def test_dropped_connections_are_retried_over_real_sockets(
    worker_settings: Settings, redis_client: redis.Redis
) -> None:
    """A server that hangs up on the first request: the client retries and succeeds."""
    seen: list[int] = []

    class Flaky(socketserver.StreamRequestHandler):
        def handle(self) -> None:
            self.rfile.readline()
            seen.append(1)
            if len(seen) == 1:
                return  # close without answering
            body = json.dumps(OK).encode()
            while self.rfile.readline() not in (b"\r\n", b""):
                pass
            self.wfile.write(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body
            )

    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Flaky) as server:
        start_serving(server)
        settings = Settings.from_env(
            {},
            **{
                **worker_settings.__dict__,
                "reflex_url": f"http://127.0.0.1:{server.server_address[1]}",
            },
        )
        try:
            assert ReflexClient(settings, redis_client).process("hello")["status"] == "Success"
        finally:
            server.shutdown()
    assert len(seen) == 2


def test_refused_connection_is_unavailable(
    worker_settings: Settings, redis_client: redis.Redis
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings = Settings.from_env(
        {}, **{**worker_settings.__dict__, "reflex_url": f"http://127.0.0.1:{port}"}
    )
    with pytest.raises(ReflexUnavailable, match="unreachable"):
        ReflexClient(settings, redis_client).process("hello")


def test_4xx_is_not_retried_and_says_why(client: ReflexClient, reflex_stub: Stub) -> None:
    reflex_stub.add("POST", URL, status=422, json={"error": {"message": "text is empty"}})
    with pytest.raises(ReflexRejected, match="text is empty"):
        client.process(" ")
    assert len(reflex_stub.calls) == 1


def test_timeouts_exhaust_retries_as_unavailable(
    worker_settings: Settings, redis_client: redis.Redis, reflex_stub: Stub
) -> None:
    settings = Settings.from_env({}, **{**worker_settings.__dict__, "reflex_read_timeout": 0.3})
    reflex_stub.add("POST", URL, json=OK, delay=1.0)
    with pytest.raises(ReflexUnavailable, match="unreachable"):
        ReflexClient(settings, redis_client).process("hello")
    assert len(reflex_stub.calls) == 3  # the check is idempotent: every try sent


def test_malformed_answer_is_unavailable(client: ReflexClient, reflex_stub: Stub) -> None:
    reflex_stub.add("POST", URL, body="<html>oops</html>")
    with pytest.raises(ReflexUnavailable, match="not JSON"):
        client.process("hello")


def test_a_429_waits_its_retry_after_only_while_it_fits_in_the_time_left(
    client: ReflexClient, reflex_stub: Stub
) -> None:
    reflex_stub.add("POST", URL, status=429, headers={"Retry-After": "0.2"}, json={})
    reflex_stub.add("POST", URL, json=OK)
    assert client.process("hello", within=5)["status"] == "Success"
    assert len(reflex_stub.calls) == 2

    reflex_stub.replace("POST", URL, status=429, headers={"Retry-After": "26"}, json={})
    started = time.monotonic()
    with pytest.raises(ReflexUnavailable, match=r"429 \(no time left to wait 26\.0s\)"):
        client.process("hello", within=3)
    assert time.monotonic() - started < 1  # never slept towards the 26 s
    assert len(reflex_stub.calls) == 3


def test_breaker_opens_then_half_open_recovers(
    worker_settings: Settings, redis_client: redis.Redis, reflex_stub: Stub
) -> None:
    worker_settings = Settings.from_env(
        {}, **{**worker_settings.__dict__, "breaker_reset_timeout": 1.5}
    )
    client = ReflexClient(worker_settings, redis_client)
    failing = reflex_stub.add("POST", URL, status=500)
    for _ in range(worker_settings.breaker_fail_max):
        with pytest.raises(ReflexUnavailable):
            client.process("hello")
    assert client.breaker.current_state == pybreaker.STATE_OPEN
    calls_when_opened = failing.call_count

    # Open: refused without touching the network.
    with pytest.raises(ReflexUnavailable, match="circuit open"):
        client.process("hello")
    assert failing.call_count == calls_when_opened

    # The state is shared through Redis: a client with a breaker of its own (as in another
    # worker process) sees it open too.
    forget_all()
    other = ReflexClient(worker_settings, redis.Redis.from_url(worker_settings.redis_url))
    assert other.breaker is not client.breaker
    assert other.breaker.current_state == pybreaker.STATE_OPEN

    # After the reset timeout one trial call goes through and closes the breaker.
    time.sleep(worker_settings.breaker_reset_timeout + 0.1)
    reflex_stub.replace("POST", URL, json=OK)
    assert client.process("hello")["status"] == "Success"
    assert client.breaker.current_state == pybreaker.STATE_CLOSED


def test_health_check(client: ReflexClient, reflex_stub: Stub) -> None:
    reflex_stub.add("GET", "/health", json={"status": "healthy"})
    assert client.health_check() is True
    reflex_stub.replace("GET", "/health", status=503)
    assert client.health_check() is False


def test_reflex_token_is_sent_as_a_bearer_token_and_kept_out_of_the_settings_repr(
    worker_settings: Settings, redis_client: redis.Redis, reflex_stub: Stub
) -> None:
    settings = Settings.from_env({}, **{**worker_settings.__dict__, "reflex_token": "rt-51c9"})
    reflex_stub.add("POST", URL, json=OK)
    assert ReflexClient(settings, redis_client).process("hello")["status"] == "Success"
    assert reflex_stub.calls[0].headers["Authorization"] == "Bearer rt-51c9"
    assert "rt-51c9" not in repr(settings)


def test_arms_token_is_what_arm_services_get_when_arm_tokens_names_none(
    worker_settings: Settings,
) -> None:
    base = {**worker_settings.__dict__, "arms_token": "at-77d2"}
    service = worker_settings.arm_urls[0]
    assert Settings.from_env({}, **base).arm_token(service) == "at-77d2"
    named = {**base, "arm_tokens": (f"{service}=own-token",)}
    assert Settings.from_env({}, **named).arm_token(service) == "own-token"
