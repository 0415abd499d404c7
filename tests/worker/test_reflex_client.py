"""The Reflex client at the HTTP edge: success, retries, 4xx, timeouts, the breaker."""

from __future__ import annotations

import json
import socket
import socketserver
import threading
import time

import pybreaker
import pytest
import redis
import requests
import responses
from responses import matchers, registries

from orchestrator_worker.breakers import forget_all
from orchestrator_worker.reflex_client import ReflexClient, ReflexRejected, ReflexUnavailable
from shared.settings import Settings

URL = "http://reflex.test/process"
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


@responses.activate
def test_process_returns_the_report_and_sends_the_text(client: ReflexClient) -> None:
    responses.post(
        URL, json=OK, match=[matchers.json_params_matcher({"text": "hello", "user_id": "u1"})]
    )
    assert client.process("hello", user_id="u1")["status"] == "Success"


@responses.activate(registry=registries.OrderedRegistry)
def test_5xx_is_retried_then_succeeds(client: ReflexClient) -> None:
    responses.post(URL, status=503, json={"error": "busy"})
    responses.post(URL, status=502)
    responses.post(URL, json=OK)
    assert client.process("hello")["status"] == "Success"
    assert len(responses.calls) == 3


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
        threading.Thread(target=server.serve_forever, daemon=True).start()
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


@responses.activate
def test_4xx_is_not_retried_and_says_why(client: ReflexClient) -> None:
    responses.post(URL, status=422, json={"error": {"message": "text is empty"}})
    with pytest.raises(ReflexRejected, match="text is empty"):
        client.process(" ")
    assert len(responses.calls) == 1


@responses.activate
def test_timeouts_exhaust_retries_as_unavailable(client: ReflexClient) -> None:
    responses.post(URL, body=requests.ReadTimeout("slow"))
    with pytest.raises(ReflexUnavailable, match="unreachable"):
        client.process("hello")


@responses.activate
def test_malformed_answer_is_unavailable(client: ReflexClient) -> None:
    responses.post(URL, body="<html>oops</html>")
    with pytest.raises(ReflexUnavailable, match="not JSON"):
        client.process("hello")


@responses.activate
def test_breaker_opens_then_half_open_recovers(
    worker_settings: Settings, redis_client: redis.Redis
) -> None:
    worker_settings = Settings.from_env(
        {}, **{**worker_settings.__dict__, "breaker_reset_timeout": 1.5}
    )
    client = ReflexClient(worker_settings, redis_client)
    failing = responses.post(URL, status=500)
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
    responses.replace(responses.POST, URL, json=OK)
    assert client.process("hello")["status"] == "Success"
    assert client.breaker.current_state == pybreaker.STATE_CLOSED


@responses.activate
def test_health_check(client: ReflexClient) -> None:
    responses.get("http://reflex.test/health", json={"status": "healthy"})
    assert client.health_check() is True
    responses.replace(responses.GET, "http://reflex.test/health", status=503)
    assert client.health_check() is False
