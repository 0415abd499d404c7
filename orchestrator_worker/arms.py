"""Arms: discovery from ``ARM_URLS`` (``GET /capabilities``) and calls to ``execute``."""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import pybreaker
import redis
from prometheus_client import Counter, Histogram

from orchestrator_worker.breakers import get_breaker, refuses_calls
from orchestrator_worker.http import (
    Reply,
    ServiceClient,
    ServiceRefused,
    ServiceUnavailable,
)
from shared.settings import Settings

log = logging.getLogger(__name__)

ARM_CALLS = Counter("orchestrator_arm_calls_total", "Arm calls", ["arm_id", "outcome"])
ARM_LATENCY = Histogram(
    "orchestrator_arm_latency_seconds",
    "Arm call latency",
    ["arm_id"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
# ``metadata.envelope`` value of an arm that wants ``{"task_contract": …}`` (OctoLLM arms).
TASK_CONTRACT_ENVELOPE = "task_contract"


class MalformedCapabilities(ValueError):
    """A ``GET /capabilities`` answer that is not one of the shapes of the arm protocol."""


@dataclass(frozen=True)
class ArmCapability:
    """An arm as it describes itself in ``GET /capabilities``; ``service`` is the URL of
    ``ARM_URLS`` that described it (its credentials are looked up by it)."""

    arm_id: str
    name: str
    endpoint: str
    capabilities: tuple[str, ...]
    cost_tier: int = 3
    description: str = ""
    status: str = "healthy"
    metadata: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    service: str = field(default="", compare=False)

    @classmethod
    def from_json(cls, raw: Any, base_url: str) -> ArmCapability:
        """One ArmCapability record; ``MalformedCapabilities`` naming what is wrong."""
        if not isinstance(raw, dict):
            raise MalformedCapabilities(f"a record is a {type(raw).__name__}, not an object")
        arm_id = raw.get("arm_id")
        if not isinstance(arm_id, str) or not arm_id.strip():
            raise MalformedCapabilities("a record has no arm_id")
        tags = raw.get("capabilities")
        if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
            raise MalformedCapabilities(f"arm {arm_id}: capabilities is not a list of strings")
        endpoint = raw.get("endpoint") or f"{base_url.rstrip('/')}/execute"
        if not isinstance(endpoint, str):
            raise MalformedCapabilities(f"arm {arm_id}: endpoint is not a string")
        if endpoint.startswith("/"):
            endpoint = base_url.rstrip("/") + endpoint
        if not endpoint.startswith(("http://", "https://")):
            raise MalformedCapabilities(f"arm {arm_id}: endpoint is not an http(s) URL")
        tier = raw.get("cost_tier", 3)
        if isinstance(tier, bool) or not isinstance(tier, int | float):
            raise MalformedCapabilities(f"arm {arm_id}: cost_tier is not a number")
        metadata = raw.get("metadata") or {}
        if not isinstance(metadata, dict):
            raise MalformedCapabilities(f"arm {arm_id}: metadata is not an object")
        return cls(
            arm_id=arm_id,
            name=str(raw.get("name") or arm_id),
            endpoint=endpoint,
            capabilities=tuple(t.lower() for t in tags),
            cost_tier=min(5, max(1, int(tier))),
            description=str(raw.get("description") or ""),
            status=str(raw.get("status") or "healthy").lower(),
            metadata=dict(metadata),
            service=base_url,
        )

    @property
    def healthy(self) -> bool:
        return self.status in ("healthy", "ok", "ready")


def capability_records(payload: Any) -> list[Any]:
    """The records of a ``GET /capabilities`` answer: a list of them, one record, or
    ``{"capabilities": [...]}`` (also ``{"arms": [...]}``)."""
    if isinstance(payload, list):
        return payload
    if isinstance(payload, dict):
        for key in ("capabilities", "arms"):
            if isinstance(payload.get(key), list) and "arm_id" not in payload:
                return list(payload[key])
        if "arm_id" in payload:
            return [payload]
    raise MalformedCapabilities(
        'the answer is neither a list of records, one record, nor {"capabilities": [...]}'
    )


def _auth(token: str | None) -> dict[str, str] | None:
    return {"Authorization": f"Bearer {token}"} if token else None


class ArmUnavailable(Exception):
    """The arm cannot be reached, answers 5xx, times out, or its breaker is open."""


class ArmRejected(Exception):
    """The arm refused the task (4xx)."""


class ArmRegistry:
    """The arms of ``ARM_URLS``, discovered and cached for ``ARM_CAPABILITIES_TTL`` seconds.

    A service that cannot be reached, or whose answer is malformed, keeps its last known
    arms, marked unreachable, so a blip does not make routing forget them; a malformed
    answer is logged once, naming the service, until it answers well again. One thread
    rediscovers at a time; when the TTL runs out, the others go on with the arms known so
    far rather than wait for it (a hanging service holds a discovery for its timeouts).
    """

    def __init__(self, settings: Settings, client: ServiceClient | None = None) -> None:
        self.settings = settings
        self.urls = settings.arm_urls
        self.ttl = settings.arm_capabilities_ttl
        self.client = client or ServiceClient(
            connect_timeout=settings.arm_connect_timeout,
            read_timeout=max(settings.arm_connect_timeout, 5.0),
            retries=0,
            backoff=0.0,
        )
        # Replaced whole by each discovery, never changed in place: readers need no lock.
        self._arms: dict[str, list[ArmCapability]] = {}
        self.unreachable: frozenset[str] = frozenset()
        self._failing: dict[str, str] = {}
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
        """The arms ``url`` describes, or None when it cannot say (unreachable, an error
        status, or an answer that is not the arm protocol's)."""
        try:
            arms = self.client.call(
                "GET",
                f"{url.rstrip('/')}/capabilities",
                service=f"arm service {url}",
                parse=lambda reply: _parse_capabilities(reply, url),
                headers=_auth(self.settings.arm_token(url)),
            )
        except (ServiceUnavailable, ServiceRefused) as exc:
            problem = str(exc)
            if self._failing.get(url) != problem:
                log.warning("arm discovery failed url=%s error=%s", url, problem)
            self._failing[url] = problem
            return None
        if self._failing.pop(url, None) is not None:
            log.info("arm service answers again url=%s", url)
        log.debug("arms discovered url=%s count=%s", url, len(arms))
        return arms


def _parse_capabilities(reply: Reply, url: str) -> list[ArmCapability]:
    try:
        return [ArmCapability.from_json(r, url) for r in capability_records(reply.json())]
    except MalformedCapabilities as exc:
        raise ServiceUnavailable(
            f"arm service {url} answered malformed capabilities: {exc}"
        ) from exc
    except ValueError as exc:
        kind = reply.headers.get("Content-Type", "unknown type")
        raise ServiceUnavailable(
            f"arm service {url} answered capabilities that are not JSON ({kind})"
        ) from exc


class ArmClient:
    """Calls an arm's endpoint through the worker's ``ServiceClient``, behind a per-arm
    circuit breaker. ``POST`` to an arm is not idempotent: once sent it is never sent again
    within one call (a task's next attempt may)."""

    def __init__(
        self,
        settings: Settings,
        redis_client: redis.Redis,
        client: ServiceClient | None = None,
    ) -> None:
        self.settings = settings
        self.redis = redis_client
        self.client = client or ServiceClient(
            connect_timeout=settings.arm_connect_timeout,
            read_timeout=settings.arm_read_timeout,
            retries=2,
            backoff=0.2,
        )

    def breaker(self, arm_id: str) -> pybreaker.CircuitBreaker:
        return get_breaker(
            f"arm:{arm_id}",
            self.redis,
            fail_max=self.settings.breaker_fail_max,
            reset_timeout=self.settings.breaker_reset_timeout,
            exclude=[ServiceRefused],
        )

    def is_open(self, arm_id: str) -> bool:
        """True while the arm's breaker refuses calls; once its reset timeout has run out,
        False, so that routing sends the half-open trial call."""
        return refuses_calls(self.breaker(arm_id))

    def execute(
        self, arm: ArmCapability, contract: dict[str, Any], *, timeout: float | None = None
    ) -> dict[str, Any]:
        """POST the contract to the arm; return its JSON answer. ``timeout`` is the time
        left in the task's budget: the call ends by then, answered or not."""
        body: dict[str, Any] = contract
        if arm.metadata.get("envelope") == TASK_CONTRACT_ENVELOPE:
            body = {"task_contract": contract}
        started = time.perf_counter()
        try:
            result = self.client.call(
                "POST",
                arm.endpoint,
                service=f"arm {arm.arm_id}",
                parse=lambda reply: _arm_answer(reply, arm.arm_id),
                body=body,
                headers=_auth(self.settings.arm_token(arm.service)) if arm.service else None,
                idempotent=False,
                within=timeout,
                breaker=self.breaker(arm.arm_id),
            )
        except ServiceUnavailable as exc:
            ARM_CALLS.labels(arm.arm_id, "unavailable").inc()
            raise ArmUnavailable(str(exc)) from exc
        except ServiceRefused as exc:
            ARM_CALLS.labels(arm.arm_id, "rejected").inc()
            raise ArmRejected(
                f"arm {arm.arm_id} refused the task ({exc.status}): {exc.detail}"
            ) from exc
        finally:
            ARM_LATENCY.labels(arm.arm_id).observe(time.perf_counter() - started)
        ARM_CALLS.labels(arm.arm_id, "ok").inc()
        return result


def _arm_answer(reply: Reply, arm_id: str) -> dict[str, Any]:
    try:
        body = reply.json()
    except ValueError as exc:
        raise ServiceUnavailable(f"arm {arm_id} answered a body that is not JSON") from exc
    if not isinstance(body, dict) or "output" not in body:
        raise ServiceUnavailable(f"arm {arm_id} answered without an output")
    return body
