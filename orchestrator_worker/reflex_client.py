"""Client of the Reflex Layer API (``POST /process``): ours or the OctoLLM Rust service."""

from __future__ import annotations

import logging
import time
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
    """Calls the Reflex Layer with timeouts, retries and a circuit breaker shared via Redis."""

    def __init__(
        self,
        settings: Settings,
        redis_client: redis.Redis,
        session: ServiceSession | None = None,
    ) -> None:
        self.base_url = settings.reflex_url.rstrip("/")
        self.process_url = f"{self.base_url}/process"
        self.timeout = (settings.reflex_connect_timeout, settings.reflex_read_timeout)
        self.session = session or retrying_session(
            settings.reflex_retries, settings.reflex_backoff_base
        )
        self.breaker = get_breaker(
            "reflex",
            redis_client,
            fail_max=settings.breaker_fail_max,
            reset_timeout=settings.breaker_reset_timeout,
            exclude=[ReflexRejected],
        )

    def process(
        self, text: str, *, user_id: str | None = None, context: str | None = None
    ) -> dict[str, Any]:
        """Screen ``text``; return the Reflex report (``status`` is Success, Blocked or Error)."""
        body: dict[str, Any] = {"text": text}
        if user_id:
            body["user_id"] = user_id
        if context:
            body["context"] = context
        started = time.perf_counter()
        try:
            report: dict[str, Any] = self.breaker.call(self._post, body)
        except pybreaker.CircuitBreakerError as exc:
            REFLEX_CALLS.labels("unavailable").inc()
            log.warning("reflex unavailable breaker=%s", self.breaker.current_state)
            raise ReflexUnavailable(f"Reflex Layer unavailable (circuit open): {exc}") from exc
        except ReflexRejected:
            REFLEX_CALLS.labels("rejected").inc()
            raise
        except ReflexUnavailable:
            REFLEX_CALLS.labels("unavailable").inc()
            raise
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

    def _post(self, body: dict[str, Any]) -> dict[str, Any]:
        try:
            response = self.session.post_json(self.process_url, body, timeout=self.timeout)
        except requests.RequestException as exc:
            raise ReflexUnavailable(f"Reflex Layer unreachable: {exc.__class__.__name__}") from exc
        if response.status_code >= 500:
            raise ReflexUnavailable(f"Reflex Layer answered {response.status_code}")
        if response.status_code >= 400:
            raise ReflexRejected(
                f"Reflex Layer refused the request ({response.status_code}): "
                f"{_error_message(response)}"
            )
        try:
            report = orjson.loads(response.content)
        except ValueError as exc:
            raise ReflexUnavailable("Reflex Layer answered with a body that is not JSON") from exc
        if not isinstance(report, dict) or report.get("status") not in (
            "Success",
            "Blocked",
            "Error",
        ):
            raise ReflexUnavailable("Reflex Layer answered without a valid status")
        return report

    def health_check(self) -> bool:
        """True when ``GET /health`` answers 2xx within the connect timeout."""
        try:
            response = self.session.get(
                f"{self.base_url}/health", timeout=(self.timeout[0], self.timeout[0])
            )
        except requests.RequestException:
            return False
        return response.ok


def _error_message(response: requests.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return response.text[:200]
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return str(body["error"].get("message", ""))[:200]
    return str(body)[:200]
