"""Client of the Reflex Layer API (``POST /process``): ours or the OctoLLM Rust service."""

from __future__ import annotations

import logging
import time
from typing import Any

import redis
from prometheus_client import Counter, Histogram

from orchestrator_worker.breakers import get_breaker
from orchestrator_worker.http import (
    Reply,
    ServiceClient,
    ServiceError,
    ServiceRefused,
    ServiceUnavailable,
)
from shared.settings import Settings

log = logging.getLogger(__name__)

REFLEX_CALLS = Counter("orchestrator_reflex_calls_total", "Reflex Layer calls", ["outcome"])
REFLEX_LATENCY = Histogram(
    "orchestrator_reflex_latency_seconds",
    "Reflex Layer call latency, retries included",
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)


class ReflexError(Exception):
    """Base of the Reflex client's errors."""


class ReflexUnavailable(ReflexError):
    """The Reflex Layer cannot be reached, answers 5xx or its breaker is open: try later."""


class ReflexRejected(ReflexError):
    """The Reflex Layer refused the request (4xx): retrying the same request will not help."""


class ReflexClient:
    """Calls the Reflex Layer through the worker's ``ServiceClient``, behind a circuit
    breaker shared via Redis. ``POST /process`` is idempotent: retried on any failure."""

    def __init__(
        self,
        settings: Settings,
        redis_client: redis.Redis,
        client: ServiceClient | None = None,
    ) -> None:
        self.base_url = settings.reflex_url.rstrip("/")
        self.process_url = f"{self.base_url}/process"
        self.connect_timeout = settings.reflex_connect_timeout
        self.client = client or ServiceClient(
            connect_timeout=settings.reflex_connect_timeout,
            read_timeout=settings.reflex_read_timeout,
            retries=settings.reflex_retries,
            backoff=settings.reflex_backoff_base,
        )
        self.breaker = get_breaker(
            "reflex",
            redis_client,
            fail_max=settings.breaker_fail_max,
            reset_timeout=settings.breaker_reset_timeout,
            exclude=[ServiceRefused],
        )

    def process(
        self,
        text: str,
        *,
        user_id: str | None = None,
        context: str | None = None,
        within: float | None = None,
    ) -> dict[str, Any]:
        """Screen ``text``; return the Reflex report (``status`` is Success, Blocked or Error).

        ``within`` is the time left in the task's budget: no attempt, backoff or
        ``Retry-After`` pause goes past it.
        """
        body: dict[str, Any] = {"text": text}
        if user_id:
            body["user_id"] = user_id
        if context:
            body["context"] = context
        started = time.perf_counter()
        try:
            report = self.client.call(
                "POST",
                self.process_url,
                service="Reflex Layer",
                parse=report_of,
                body=body,
                within=within,
                breaker=self.breaker,
            )
        except ServiceRefused as exc:
            REFLEX_CALLS.labels("rejected").inc()
            raise ReflexRejected(str(exc)) from exc
        except ServiceUnavailable as exc:
            REFLEX_CALLS.labels("unavailable").inc()
            if "circuit open" in str(exc):
                log.warning("reflex unavailable breaker=%s", self.breaker.current_state)
            raise ReflexUnavailable(str(exc)) from exc
        finally:
            REFLEX_LATENCY.observe(time.perf_counter() - started)
        REFLEX_CALLS.labels(str(report.get("status", "unknown")).lower()).inc()
        # The verdict is kept in the task's result (and a block in its event): DEBUG here.
        log.debug(
            "reflex screened status=%s pii=%s injection=%s ms=%s",
            report.get("status"),
            report.get("pii_detected"),
            report.get("injection_detected"),
            report.get("processing_time_ms"),
        )
        return report

    def health_check(self) -> bool:
        """True when ``GET /health`` answers 2xx within the connect timeout."""
        try:
            return self.client.call(
                "GET",
                f"{self.base_url}/health",
                service="Reflex Layer",
                parse=lambda _reply: True,
                retries=0,
                read_timeout=self.connect_timeout,
            )
        except ServiceError:
            return False


def report_of(reply: Reply) -> dict[str, Any]:
    """The Reflex report in a 2xx answer of ``POST /process``; ``ServiceUnavailable`` when
    the answer is not one (which counts against the breaker)."""
    try:
        report = reply.json()
    except ValueError as exc:
        raise ServiceUnavailable("Reflex Layer answered with a body that is not JSON") from exc
    if not isinstance(report, dict) or report.get("status") not in ("Success", "Blocked", "Error"):
        raise ServiceUnavailable("Reflex Layer answered without a valid status")
    return report
