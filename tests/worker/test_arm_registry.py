"""Arm discovery against a real HTTP server on loopback, from several threads at once."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
import pytest

from orchestrator_worker.arms import ArmRegistry
from shared.settings import Settings


class ArmService:
    """Serves ``GET /capabilities``; from the call numbered ``hang_from`` on, each answer
    waits until ``release`` is set."""

    def __init__(self) -> None:
        self.calls = 0
        self.hang_from: int | None = None
        self.release = threading.Event()
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                service.calls += 1
                if service.hang_from is not None and service.calls >= service.hang_from:
                    service.release.wait(10)
                body = orjson.dumps(
                    {"arms": [{"arm_id": "coder", "capabilities": ["code"], "cost_tier": 2}]}
                )
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture
def arm_service() -> Iterator[ArmService]:
    service = ArmService()
    thread = threading.Thread(target=service.server.serve_forever, daemon=True)
    thread.start()
    yield service
    service.release.set()
    service.server.shutdown()
    service.server.server_close()


def test_a_hanging_rediscovery_does_not_hold_up_the_other_threads(
    arm_service: ArmService, worker_settings: Settings
) -> None:
    settings = dataclasses.replace(
        worker_settings, arm_urls=(arm_service.url,), arm_capabilities_ttl=0.2
    )
    registry = ArmRegistry(settings)
    assert [arm.arm_id for arm in registry.arms()] == ["coder"]
    time.sleep(0.3)  # the TTL ran out
    arm_service.hang_from = 2
    with ThreadPoolExecutor(1) as pool:
        rediscovery = pool.submit(registry.arms)
        while arm_service.calls < 2:
            time.sleep(0.01)
        # Another thread routes with the arms known so far, at once.
        started = time.monotonic()
        assert [arm.arm_id for arm in registry.arms()] == ["coder"]
        assert time.monotonic() - started < 1
        assert arm_service.calls == 2  # and asked the service nothing itself
        arm_service.release.set()
        assert [arm.arm_id for arm in rediscovery.result(timeout=10)] == ["coder"]


def test_an_asked_for_refresh_waits_for_a_fresh_answer(
    arm_service: ArmService, worker_settings: Settings
) -> None:
    settings = dataclasses.replace(worker_settings, arm_urls=(arm_service.url,))
    registry = ArmRegistry(settings)
    registry.arms()
    registry.arms()
    assert arm_service.calls == 1  # cached within the TTL
    assert [arm.arm_id for arm in registry.arms(refresh=True)] == ["coder"]
    assert arm_service.calls == 2
    assert registry.unreachable == frozenset()


def test_an_unreachable_service_keeps_its_arms_marked_unreachable(
    arm_service: ArmService, worker_settings: Settings
) -> None:
    settings = dataclasses.replace(
        worker_settings, arm_urls=(arm_service.url,), arm_connect_timeout=0.5
    )
    registry = ArmRegistry(settings)
    assert [arm.healthy for arm in registry.arms()] == [True]
    arm_service.server.shutdown()
    arm_service.server.server_close()
    arms = registry.arms(refresh=True)
    assert [(arm.arm_id, arm.status) for arm in arms] == [("coder", "unreachable")]
    assert registry.unreachable == frozenset({arm_service.url})
