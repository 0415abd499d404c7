"""Arms: discovery from ``ARM_URLS`` (``GET /capabilities``) and calls to ``execute``."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import orjson
import pybreaker
import redis
import requests
from prometheus_client import Counter, Histogram

from orchestrator_worker.breakers import get_breaker
from orchestrator_worker.http import ServiceSession, retrying_session
from shared.settings import Settings

log = logging.getLogger(__name__)

ARM_CALLS = Counter("orchestrator_arm_calls_total", "Arm calls", ["arm_id", "outcome"])
ARM_LATENCY = Histogram(
    "orchestrator_arm_latency_seconds",
    "Arm call latency",
    ["arm_id"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)


@dataclass(frozen=True)
class ArmCapability:
    """An arm as it describes itself in ``GET /capabilities``."""

    arm_id: str
    name: str
    endpoint: str
    capabilities: tuple[str, ...]
    cost_tier: int = 3
    description: str = ""
    status: str = "healthy"
    metadata: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @classmethod
    def from_json(cls, raw: dict[str, Any], base_url: str) -> ArmCapability:
        endpoint = str(raw.get("endpoint") or f"{base_url.rstrip('/')}/execute")
        if endpoint.startswith("/"):
            endpoint = base_url.rstrip("/") + endpoint
        tier = int(raw.get("cost_tier", 3))
        return cls(
            arm_id=str(raw["arm_id"]),
            name=str(raw.get("name") or raw["arm_id"]),
            endpoint=endpoint,
            capabilities=tuple(str(c).lower() for c in raw.get("capabilities") or ()),
            cost_tier=min(5, max(1, tier)),
            description=str(raw.get("description") or ""),
            status=str(raw.get("status") or "healthy").lower(),
            metadata=dict(raw.get("metadata") or {}),
        )

    @property
    def healthy(self) -> bool:
        return self.status in ("healthy", "ok", "ready")


class ArmUnavailable(Exception):
    """The arm cannot be reached, answers 5xx, times out, or its breaker is open."""


class ArmRejected(Exception):
    """The arm refused the task (4xx)."""


class ArmRegistry:
    """The arms of ``ARM_URLS``, discovered and cached for ``ARM_CAPABILITIES_TTL`` seconds.

    A service that cannot be reached keeps its last known arms, marked unhealthy, so a blip
    does not make routing forget them. One thread rediscovers at a time; when the TTL runs
    out, the others go on with the arms known so far rather than wait for it (a hanging
    service holds a discovery for its timeouts).
    """

    def __init__(self, settings: Settings, session: requests.Session | None = None) -> None:
        self.urls = settings.arm_urls
        self.ttl = settings.arm_capabilities_ttl
        self.timeout = (settings.arm_connect_timeout, max(settings.arm_connect_timeout, 5.0))
        self.session = session or ServiceSession()
        # Replaced whole by each discovery, never changed in place: readers need no lock.
        self._arms: dict[str, list[ArmCapability]] = {}
        self.unreachable: frozenset[str] = frozenset()
        self._fetched_at: float | None = None
        self._discovering = threading.Lock()

    def _stale(self) -> bool:
        return self._fetched_at is None or time.monotonic() - self._fetched_at > self.ttl

    def arms(self, *, refresh: bool = False) -> list[ArmCapability]:
        """The known arms, rediscovered first when stale or when ``refresh`` asks (which,
        like the first call, waits for a discovery under way)."""
        if refresh or self._stale():
            wait = refresh or self._fetched_at is None
            if self._discovering.acquire(blocking=wait):
                try:
                    if refresh or self._stale():
                        self._discover_all()
                finally:
                    self._discovering.release()
        return [arm for arms in self._arms.values() for arm in arms]

    def _discover_all(self) -> None:
        arms: dict[str, list[ArmCapability]] = {}
        unreachable: set[str] = set()
        for url in self.urls:
            found = self._discover(url)
            if found is None:
                # Its arms are unknown, not absent: routing must wait for it, not give up.
                unreachable.add(url)
                found = [
                    ArmCapability(**{**arm.__dict__, "status": "unreachable"})
                    for arm in self._arms.get(url, [])
                ]
            arms[url] = found
        self._arms, self.unreachable = arms, frozenset(unreachable)
        self._fetched_at = time.monotonic()

    def _discover(self, url: str) -> list[ArmCapability] | None:
        """The arms ``url`` describes, or None when it cannot say."""
        try:
            response = self.session.get(f"{url.rstrip('/')}/capabilities", timeout=self.timeout)
            response.raise_for_status()
            payload = response.json()
            records = payload.get("arms", payload) if isinstance(payload, dict) else payload
            arms = [ArmCapability.from_json(r, url) for r in records]
        except (requests.RequestException, ValueError, KeyError, TypeError) as exc:
            log.warning("arm discovery failed url=%s error=%s", url, exc.__class__.__name__)
            return None
        log.debug("arms discovered url=%s count=%s", url, len(arms))
        return arms


class ArmClient:
    """Calls an arm's endpoint with timeouts, retries and a per-arm circuit breaker."""

    def __init__(
        self,
        settings: Settings,
        redis_client: redis.Redis,
        session: ServiceSession | None = None,
    ) -> None:
        self.settings = settings
        self.redis = redis_client
        self.session = session or retrying_session(2, 0.2)

    def breaker(self, arm_id: str) -> pybreaker.CircuitBreaker:
        return get_breaker(
            f"arm:{arm_id}",
            self.redis,
            fail_max=self.settings.breaker_fail_max,
            reset_timeout=self.settings.breaker_reset_timeout,
            exclude=[ArmRejected],
        )

    def is_open(self, arm_id: str) -> bool:
        return bool(self.breaker(arm_id).current_state == pybreaker.STATE_OPEN)

    def execute(
        self, arm: ArmCapability, contract: dict[str, Any], *, timeout: float | None = None
    ) -> dict[str, Any]:
        """POST the contract to the arm; return its JSON answer."""
        read_timeout = min(
            self.settings.arm_read_timeout, timeout or self.settings.arm_read_timeout
        )
        started = time.perf_counter()
        try:
            result: dict[str, Any] = self.breaker(arm.arm_id).call(
                self._post, arm, contract, max(0.5, read_timeout)
            )
        except pybreaker.CircuitBreakerError as exc:
            ARM_CALLS.labels(arm.arm_id, "unavailable").inc()
            raise ArmUnavailable(f"arm {arm.arm_id} unavailable (circuit open)") from exc
        except ArmUnavailable:
            ARM_CALLS.labels(arm.arm_id, "unavailable").inc()
            raise
        except ArmRejected:
            ARM_CALLS.labels(arm.arm_id, "rejected").inc()
            raise
        finally:
            ARM_LATENCY.labels(arm.arm_id).observe(time.perf_counter() - started)
        ARM_CALLS.labels(arm.arm_id, "ok").inc()
        return result

    def _post(
        self, arm: ArmCapability, contract: dict[str, Any], read_timeout: float
    ) -> dict[str, Any]:
        try:
            response = self.session.post_json(
                arm.endpoint,
                contract,
                timeout=(self.settings.arm_connect_timeout, read_timeout),
            )
        except requests.RequestException as exc:
            raise ArmUnavailable(f"arm {arm.arm_id} unreachable: {exc.__class__.__name__}") from exc
        if response.status_code >= 500:
            raise ArmUnavailable(f"arm {arm.arm_id} answered {response.status_code}")
        if response.status_code >= 400:
            raise ArmRejected(f"arm {arm.arm_id} refused the task ({response.status_code})")
        try:
            body = orjson.loads(response.content)
        except ValueError as exc:
            raise ArmUnavailable(f"arm {arm.arm_id} answered a body that is not JSON") from exc
        if not isinstance(body, dict) or "output" not in body:
            raise ArmUnavailable(f"arm {arm.arm_id} answered without an output")
        return body
