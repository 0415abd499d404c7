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


class ReflexRateLimited(ReflexUnavailable):
    """The Reflex Layer answered ``ratelimited`` (HTTP 200 from the OctoLLM one): try later.

    Not an outage, so it does not count towards the breaker."""


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
        # REFLEX_TOKEN: the bearer token a Reflex Layer that requires one is sent.
        self.headers = (
            {"Authorization": f"Bearer {settings.reflex_token}"} if settings.reflex_token else None
        )
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
            exclude=[ServiceRefused, ReflexRateLimited],
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
                parse=lambda reply: report_of(reply, text),
                body=body,
                headers=self.headers,
                within=within,
                breaker=self.breaker,
            )
        except ServiceRefused as exc:
            REFLEX_CALLS.labels("rejected").inc()
            raise ReflexRejected(str(exc)) from exc
        except ReflexRateLimited:
            REFLEX_CALLS.labels("ratelimited").inc()
            raise
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


def report_of(reply: Reply, text: str) -> dict[str, Any]:
    """The Reflex report in a 2xx answer of ``POST /process`` for ``text``, normalised by
    ``normalize_report``; ``ServiceUnavailable`` when the answer is not one (which counts
    against the breaker), ``ReflexRateLimited`` for a rate-limit answer (which does not)."""
    try:
        report = reply.json()
    except ValueError as exc:
        raise ServiceUnavailable("Reflex Layer answered with a body that is not JSON") from exc
    try:
        return normalize_report(report, text)
    except ReflexRateLimited:
        raise
    except ReflexUnavailable as exc:
        raise ServiceUnavailable(str(exc)) from exc


# Status spellings: ours ("Success"), the OctoLLM Rust layer's serde ``lowercase``
# ("success", "ratelimited") and ``snake_case`` ("rate_limited") renderings.
_STATUSES = {
    "success": "Success",
    "blocked": "Blocked",
    "error": "Error",
    "ratelimited": "RateLimited",
}
_PII_TYPES = {"ipv4": "ip_address", "ipv6": "ip_address"}
_NO_CONTEXT_FLAGS = {
    "is_quoted": False,
    "is_academic": False,
    "is_testing": False,
    "is_negation": False,
}


def normalize_report(report: Any, text: str) -> dict[str, Any]:
    """A ``/process`` answer in the Reflex Layer API's shape, from ours or the OctoLLM one.

    Status in any case; matches with ``position`` and ``value`` (ours, character offsets) or
    ``start``/``end``/``matched_text`` (the Rust layer's serde output, UTF-8 byte offsets).
    Every match gets a character ``position`` and ``length`` in ``text``. Raises
    ``ReflexRateLimited`` for a rate-limit answer, ``ReflexUnavailable`` for anything else
    that is not a report.
    """
    raw_status = report.get("status") if isinstance(report, dict) else None
    status = _STATUSES.get(str(raw_status).lower().replace("_", "").replace("-", ""))
    if status is None:
        raise ReflexUnavailable("Reflex Layer answered without a valid status")
    if status == "RateLimited":
        raise ReflexRateLimited("Reflex Layer rate limit reached")
    try:
        pii = [_pii_match(m, text) for m in report.get("pii_matches") or []]
        injections = [_injection_match(m, text) for m in report.get("injection_matches") or []]
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ReflexUnavailable(f"Reflex Layer answered malformed matches: {exc!r}") from exc
    return {
        **report,
        "status": status,
        "pii_detected": bool(pii),
        "pii_matches": pii,
        "injection_detected": bool(injections),
        "injection_matches": injections,
    }


def _span(match: dict[str, Any], text: str, value_key: str) -> tuple[int, int, str]:
    if "start" in match and "end" in match:
        data = text.encode()
        if not 0 <= int(match["start"]) <= int(match["end"]) <= len(data):
            raise ValueError(f"match outside the text: {match['start']}..{match['end']}")
        start = len(data[: int(match["start"])].decode(errors="ignore"))
        end = len(data[: int(match["end"])].decode(errors="ignore"))
    else:
        value = str(match.get(value_key) or match.get("matched_text") or "")
        start = int(match["position"])
        end = start + len(value)
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"match outside the text: {start}..{end}")
    return start, end, text[start:end]


def _kind(value: Any) -> str:
    # serde renders a newtype variant (``Custom("name")``) as ``{"custom": "name"}``.
    if isinstance(value, dict) and len(value) == 1:
        [(variant, name)] = value.items()
        return f"{variant}:{name}".lower()
    return str(value).lower()


def _pii_match(match: dict[str, Any], text: str) -> dict[str, Any]:
    start, end, _ = _span(match, text, "value")
    kind = _kind(match["pii_type"])
    return {
        "pii_type": _PII_TYPES.get(kind, kind),
        "position": start,
        "length": end - start,
        "confidence": float(match.get("confidence", 1.0)),
        "context": match.get("context") if isinstance(match.get("context"), str) else None,
    }


def _injection_match(match: dict[str, Any], text: str) -> dict[str, Any]:
    start, end, matched = _span(match, text, "matched_text")
    flags = match.get("context_analysis")
    return {
        "injection_type": _kind(match["injection_type"]),
        "severity": str(match.get("severity", "high")).lower(),
        "matched_text": matched,
        "position": start,
        "length": end - start,
        "confidence": float(match.get("confidence", 1.0)),
        "context_analysis": flags if isinstance(flags, dict) else dict(_NO_CONTEXT_FLAGS),
        **(
            {"indicators": match["indicators"]} if isinstance(match.get("indicators"), list) else {}
        ),
    }
