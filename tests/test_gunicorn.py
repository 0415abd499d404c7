"""The API under its production server: gunicorn's own errors in the JSON error shape, slow
clients that do not take it down, and log lines a client cannot forge."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator

import pytest
import requests

from shared.ports import free_port
from tests.conftest import TEST_REDIS_URL
from tests.support.processes import Service

pytestmark = [pytest.mark.e2e]

API_WORKERS = 2


@pytest.fixture(scope="module")
def api(database_url: str) -> Iterator[tuple[str, Service]]:
    port = free_port()
    env = {
        "DATABASE_URL": database_url,
        "REDIS_URL": TEST_REDIS_URL,
        "REFLEX_URL": f"http://127.0.0.1:{free_port()}",
        "LOG_FORMAT": "text",
        "LOG_LEVEL": "info",
    }
    service = Service("api", ["api", "--port", str(port), "--workers", str(API_WORKERS)], env)
    url = f"http://127.0.0.1:{port}"
    try:
        service.wait_http(f"{url}/health")
        yield url, service
    finally:
        service.stop()


def _raw_request(url: str, data: bytes) -> tuple[str, dict[str, str], bytes]:
    host, port = url.rsplit("/", 1)[1].split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(data)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    head, _, body = answer.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return status, headers, body


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    ("request_bytes", "status", "code"),
    [
        (b"GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 9000 + b"\r\n\r\n", 431,
         "request_headers_too_large"),
        (b"NOT A REQUEST LINE\r\n\r\n", 400, "bad_request"),
        (b"GET /" + b"a" * 5000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414, "request_line_too_long"),
    ],
    ids=["header-8KB", "bad-request-line", "long-request-line"],
)  # fmt: skip
def test_gunicorn_own_errors_have_the_json_error_shape(
    api: tuple[str, Service], request_bytes: bytes, status: int, code: str
) -> None:
    status_line, headers, body = _raw_request(api[0], request_bytes)

    assert status_line.split(" ")[1] == str(status)
    assert headers["content-type"] == "application/json"
    payload = json.loads(body)
    assert payload["error"]["code"] == code
    assert payload["error"]["message"] and payload["request_id"]


@pytest.mark.timeout(90)
def test_slow_clients_do_not_stop_the_api_from_answering(api: tuple[str, Service]) -> None:
    """Three slow-loris sockets per worker, each sending its headers one byte a second."""
    url = api[0]
    host, port = url.rsplit("/", 1)[1].split(":")
    stop = threading.Event()
    sockets = [socket.create_connection((host, int(port)), timeout=30) for _ in range(6)]
    closed_by_server: list[float] = []
    started = time.monotonic()

    def trickle(sock: socket.socket) -> None:
        try:
            for byte in b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 60:
                if stop.is_set():
                    return
                sock.sendall(bytes([byte]))
                time.sleep(1)
        except OSError:
            closed_by_server.append(time.monotonic() - started)

    threads = [threading.Thread(target=trickle, args=(s,), daemon=True) for s in sockets]
    for thread in threads:
        thread.start()
    try:
        time.sleep(1.5)  # every slow socket has begun its request
        slowest = 0.0
        for _ in range(10):
            began = time.monotonic()
            assert requests.get(f"{url}/health", timeout=5).status_code == 200
            slowest = max(slowest, time.monotonic() - began)
            time.sleep(0.3)
        assert slowest < 2, slowest
        # A request's line and headers must arrive within the keep-alive time (5 s).
        deadline = time.monotonic() + 20
        while len(closed_by_server) < len(sockets) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(closed_by_server) == len(sockets), closed_by_server
        print(f"\n[reliability] slow_loris: slowest answer {slowest:.3f}s, "
              f"slow sockets closed after {max(closed_by_server):.1f}s")  # fmt: skip
    finally:
        stop.set()
        for sock in sockets:
            sock.close()


@pytest.mark.timeout(60)
def test_a_client_cannot_write_a_log_line_of_its_own(api: tuple[str, Service]) -> None:
    url, service = api
    forged = "2026-01-01 00:00:00,000 INFO    orchestrator_api.access: GET /admin 200"
    path = "/x%0D%0A" + requests.utils.quote(forged)
    assert requests.get(f"{url}{path}", timeout=5).status_code == 404
    deadline = time.monotonic() + 10
    while "/x\\r\\n2026-01-01" not in service.output() and time.monotonic() < deadline:
        time.sleep(0.2)

    lines = service.output().splitlines()
    assert any("/x\\r\\n2026-01-01" in line for line in lines), lines[-5:]
    assert not any(line.startswith("2026-01-01 00:00:00,000") for line in lines)
