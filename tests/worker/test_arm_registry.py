"""Arm discovery against a real HTTP server on loopback, from several threads at once."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from http.server import ThreadingHTTPServer
from typing import Any

import pytest

from orchestrator_worker.arms import ArmRegistry
from shared.settings import Settings
from tests.support.http_stub import JsonHandler, serving, url_of


class ArmService:
    """Serves ``GET /capabilities``; from the call numbered ``hang_from`` on, each answer
    waits until ``release`` is set."""

    def __init__(self) -> None:
        self.calls = 0
        self.hang_from: int | None = None
        self.release = threading.Event()
        self.url = ""
        self.server: ThreadingHTTPServer | None = None

    def handler(self) -> type[JsonHandler]:
        service = self

        class Handler(JsonHandler):
            def do_GET(self) -> None:
                service.calls += 1
                if service.hang_from is not None and service.calls >= service.hang_from:
                    service.release.wait(10)
                arm = {"arm_id": "coder", "capabilities": ["code"], "cost_tier": 2}
                self.send_json(200, {"arms": [arm]})

        return Handler

    def registry(self, settings: Settings, **overrides: Any) -> ArmRegistry:
        """A registry of this service alone, with ``overrides`` of its settings."""
        return ArmRegistry(dataclasses.replace(settings, arm_urls=(self.url,), **overrides))


@pytest.fixture
def arm_service() -> Iterator[ArmService]:
    service = ArmService()
    with serving(service.handler()) as server:
        service.server, service.url = server, url_of(server)
        try:
            yield service
        finally:
            service.release.set()


def test_a_hanging_rediscovery_does_not_hold_up_the_other_threads(
    arm_service: ArmService, worker_settings: Settings
) -> None:
    registry = arm_service.registry(worker_settings, arm_capabilities_ttl=0.2)
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
    registry = arm_service.registry(worker_settings)
    registry.arms()
    registry.arms()
    assert arm_service.calls == 1  # cached within the TTL
    assert [arm.arm_id for arm in registry.arms(refresh=True)] == ["coder"]
    assert arm_service.calls == 2
    assert registry.unreachable == frozenset()


def test_an_unreachable_service_keeps_its_arms_marked_unreachable(
    arm_service: ArmService, worker_settings: Settings
) -> None:
    registry = arm_service.registry(worker_settings, arm_connect_timeout=0.5)
    assert [arm.healthy for arm in registry.arms()] == [True]
    assert arm_service.server is not None
    arm_service.server.shutdown()
    arm_service.server.server_close()
    arms = registry.arms(refresh=True)
    assert [(arm.arm_id, arm.status) for arm in arms] == [("coder", "unreachable")]
    assert registry.unreachable == frozenset({arm_service.url})
