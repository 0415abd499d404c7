"""The worker's ServiceClient against real loopback servers, some behind a faulty proxy."""

from __future__ import annotations

import inspect
import socket
import time
from collections.abc import Iterator

import pytest
import urllib3
from urllib3.connectionpool import HTTPConnectionPool

from orchestrator_worker.http import ServiceClient, ServiceRefused, ServiceUnavailable
from tests.support.fault_proxy import FaultProxy
from tests.support.http_stub import Stub, stub_server

ANSWER = {"output": {"summary": "x" * 150}, "confidence": 0.9}


@pytest.fixture
def stub() -> Iterator[Stub]:
    with stub_server() as server:
        yield server


def proxy_to(stub: Stub, fault: str, **options: float) -> FaultProxy:
    port = int(stub.url.rsplit(":", 1)[1])
    return FaultProxy(("127.0.0.1", port), fault_for=lambda _line: fault, **options).start()


def client(**overrides: float) -> ServiceClient:
    options = {"connect_timeout": 1.0, "read_timeout": 10.0, "retries": 2, "backoff": 0.0}
    return ServiceClient(**{**options, **overrides})  # type: ignore[arg-type]


def call(service: ServiceClient, url: str, **kwargs: object) -> object:
    return service.call(kwargs.pop("method", "POST"), url, service="arm test",  # type: ignore[arg-type]
                        parse=lambda reply: reply.json(), **kwargs)  # type: ignore[arg-type]  # fmt: skip


def test_a_trickling_answer_is_cut_at_the_deadline_and_a_sent_post_is_not_retried(
    stub: Stub,
) -> None:
    stub.add("POST", "/execute", json=ANSWER)
    proxy = proxy_to(stub, "trickle", interval=0.05)
    try:
        started = time.monotonic()
        with pytest.raises(ServiceUnavailable, match="no complete answer within the time left"):
            call(client(), f"{proxy.url}/execute", body={"goal": "g"}, idempotent=False, within=1)
        elapsed = time.monotonic() - started
    finally:
        proxy.stop()
    # Each byte came within the 10 s read timeout: only the total deadline could end it.
    assert 0.9 < elapsed < 1.6
    assert stub.routes[("POST", "/execute")].call_count == 1


def test_a_trickling_answer_is_cut_by_the_read_timeout_without_a_task_deadline(
    stub: Stub,
) -> None:
    stub.add("GET", "/capabilities", json=ANSWER)
    proxy = proxy_to(stub, "trickle", interval=0.05)
    try:
        started = time.monotonic()
        with pytest.raises(ServiceUnavailable):
            call(client(read_timeout=0.5), f"{proxy.url}/capabilities", method="GET", retries=0)
        # The read timeout bounds the whole answer: connect (1 s) + read (0.5 s) at most.
        assert time.monotonic() - started < 2.2
    finally:
        proxy.stop()


@pytest.mark.parametrize("fault", ["cut", "delay"])
def test_a_sent_post_is_never_sent_twice_but_an_idempotent_call_is_retried(
    stub: Stub, fault: str
) -> None:
    stub.add("POST", "/execute", json=ANSWER)
    proxy = proxy_to(stub, fault, delay=1.0)
    try:
        service = client(read_timeout=0.3)
        with pytest.raises(ServiceUnavailable, match="unreachable"):
            call(service, f"{proxy.url}/execute", body={}, idempotent=False)
        assert stub.routes[("POST", "/execute")].call_count == 1
        with pytest.raises(ServiceUnavailable, match="unreachable"):
            call(service, f"{proxy.url}/execute", body={}, idempotent=True)
        assert stub.routes[("POST", "/execute")].call_count == 1 + 3
    finally:
        proxy.stop()


def test_5xx_retries_only_idempotent_calls_and_4xx_keeps_the_services_message(
    stub: Stub,
) -> None:
    stub.add("POST", "/execute", status=503, json={"error": "busy"})
    with pytest.raises(ServiceUnavailable, match="arm test answered 503"):
        call(client(), f"{stub.url}/execute", body={}, idempotent=False)
    assert len(stub.calls) == 1
    with pytest.raises(ServiceUnavailable, match="503"):
        call(client(), f"{stub.url}/execute", body={}, idempotent=True)
    assert len(stub.calls) == 4

    message = {"error": {"code": "validation_error", "message": "goal: too long"}}
    stub.replace("POST", "/execute", status=422, json=message)
    with pytest.raises(ServiceRefused) as refused:
        call(client(), f"{stub.url}/execute", body={})
    assert (refused.value.status, refused.value.detail) == (422, "goal: too long")
    assert str(refused.value) == "arm test refused the request (422): goal: too long"
    assert len(stub.calls) == 5


def test_a_refused_connection_is_unavailable_and_retried_even_for_a_post() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(ServiceUnavailable, match="unreachable: NewConnectionError"):
        call(client(backoff=0.2, retries=2), f"http://127.0.0.1:{port}/x", idempotent=False)
    assert time.monotonic() - started >= 0.2 * (1 + 2)  # two pauses: it tried three times


def test_the_proxy_variables_are_honoured(stub: Stub, monkeypatch: pytest.MonkeyPatch) -> None:
    # The stub plays a forward proxy: it receives the absolute URL as the request target.
    stub.add("GET", "http://arms.invalid/health", json={"status": "healthy"})
    monkeypatch.setenv("HTTP_PROXY", stub.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    assert call(client(), "http://arms.invalid/health", method="GET") == {"status": "healthy"}
    monkeypatch.setenv("NO_PROXY", "arms.invalid")
    with pytest.raises(ServiceUnavailable, match="unreachable"):
        call(client(), "http://arms.invalid/health", method="GET", retries=0)
    assert len(stub.calls) == 1


def test_urllib3s_extension_points_are_still_there() -> None:
    """http.py gives its pools a connection class whose ``getresponse`` hands the socket
    to the deadline watchdog; this fails when urllib3 moves either point."""
    assert list(inspect.signature(urllib3.connection.HTTPConnection.getresponse).parameters) == [
        "self"
    ]
    assert HTTPConnectionPool.ConnectionCls is urllib3.connection.HTTPConnection
    assert set(urllib3.PoolManager().pool_classes_by_scheme) == {"http", "https"}
