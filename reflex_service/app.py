"""The Flask app: ``POST /process``, ``GET /health``, ``GET /ready``, ``GET /metrics``."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import Any

import orjson
from flask import Flask, Response, request

from reflex_service import classifier
from reflex_service.detect import Policy, Report, analyze, decide
from reflex_service.metrics import Metrics
from reflex_service.store import RateLimiter, RedisGuard, ResultCache, text_key
from shared.http_edge import (
    HttpError,
    ServiceApp,
    install_json_errors,
    install_request_id,
    json_response,
    request_id,
)
from shared.settings import Settings

logger = logging.getLogger(__name__)

MAX_TEXT_CHARS = 100_000
_BOOL_FIELDS = ("check_pii", "check_injection", "use_cache")


@dataclass(frozen=True)
class ProcessRequest:
    """A validated ``POST /process`` body."""

    text: str
    user_id: str | None
    check_pii: bool
    check_injection: bool
    use_cache: bool


def parse_process_request(raw: bytes) -> ProcessRequest:
    """Validate a ``/process`` body, raising ``HttpError`` that names each bad field."""
    try:
        body = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise HttpError(400, "invalid_json", f"request body is not valid JSON: {exc}") from None
    if not isinstance(body, dict):
        raise HttpError(400, "invalid_json", "request body must be a JSON object")
    errors: dict[str, str] = {}
    text = body.get("text")
    if "text" not in body:
        errors["text"] = "is required"
    elif not isinstance(text, str):
        errors["text"] = "must be a string"
    user_id = body.get("user_id")
    if user_id is not None and not isinstance(user_id, str):
        errors["user_id"] = "must be a string or null"
    context = body.get("context")
    if context is not None and not isinstance(context, dict | str):
        errors["context"] = "must be an object, a string or null"
    for name in _BOOL_FIELDS:
        if name in body and not isinstance(body[name], bool):
            errors[name] = "must be true or false"
    if errors:
        # Wrong types are 422 and a bad value 400, like the Reflex Layer's JSON extractor.
        raise HttpError(422, "validation_error", "request body has invalid fields", errors)
    assert isinstance(text, str)
    if not text.strip():
        raise HttpError(
            400, "validation_error", "text cannot be empty", {"text": "is empty or whitespace"}
        )
    if len(text) > MAX_TEXT_CHARS:
        raise HttpError(
            400,
            "validation_error",
            f"text exceeds maximum length of {MAX_TEXT_CHARS:,} characters",
            {"text": f"has {len(text)} characters, at most {MAX_TEXT_CHARS} allowed"},
        )
    return ProcessRequest(
        text=text,
        user_id=user_id,
        check_pii=body.get("check_pii", True),
        check_injection=body.get("check_injection", True),
        use_cache=body.get("use_cache", True),
    )


def _service_version() -> str:
    try:
        return version("llm-orchestrator")
    except PackageNotFoundError:  # pragma: no cover - the project is always installed
        return "0.0.0"


class ReflexService:
    """Everything one app instance holds: detectors' policy, Redis, metrics."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.policy = Policy.of(
            settings.reflex_block_injection_severities, settings.reflex_block_pii_types
        )
        self.redis = RedisGuard(settings.redis_url, settings.ready_timeout)
        self.cache = ResultCache(self.redis, settings.reflex_cache_ttl)
        self.limiter = RateLimiter(self.redis, settings.reflex_rate_limit_per_minute)
        self.metrics = Metrics()
        # Loaded now, once per process, so the first request does not pay for it.
        self.model = classifier.shipped()
        self.started = time.monotonic()

    def process(self, body: ProcessRequest, request_id: str) -> tuple[dict[str, Any], bool]:
        """Screen one text; returns the response body and whether it came from the cache."""
        started = time.perf_counter()
        flags = (body.check_pii, body.check_injection)
        key = text_key(body.text, *flags)
        cached = self.cache.get(key) if body.use_cache else None
        if cached is not None:
            report = Report.from_dict(cached)
            self.metrics.cache_hits.inc()
        else:
            report = analyze(
                body.text,
                check_pii=body.check_pii,
                check_injection=body.check_injection,
                min_confidence=self.settings.reflex_injection_min_confidence,
            )
            if body.use_cache and self.cache.enabled:
                self.metrics.cache_misses.inc()
                self.cache.put(key, report.as_dict())
        # Policy is applied after the cache, so a policy change takes effect at once.
        status = decide(report, self.policy)
        elapsed = time.perf_counter() - started
        self._count(report, status, elapsed)
        return {
            "request_id": request_id,
            "status": status,
            **report.as_dict(),
            "cache_hit": cached is not None,
            "processing_time_ms": round(elapsed * 1000, 3),
        }, cached is not None

    def _count(self, report: Report, status: str, elapsed: float) -> None:
        self.metrics.requests.labels(status=status).inc()
        self.metrics.latency.observe(elapsed)
        if status == "Blocked":
            self.metrics.blocked.inc()
        for pii in report.pii_matches:
            self.metrics.pii.labels(pii_type=pii.pii_type).inc()
        for injection in report.injection_matches:
            self.metrics.injections.labels(injection_type=injection.injection_type).inc()


def create_app(settings: Settings | None = None) -> Flask:
    """Build the Reflex Layer app. ``settings`` default: ``Settings.from_env()``."""
    settings = settings or Settings.from_env()
    app = ServiceApp(__name__)
    app.config["MAX_CONTENT_LENGTH"] = max(settings.max_content_length, 4 * MAX_TEXT_CHARS + 4096)
    service = ReflexService(settings)
    app.extensions["reflex"] = service

    install_request_id(app)
    install_json_errors(app)

    @app.post("/process")
    def process() -> Response:
        body = parse_process_request(request.get_data(cache=False))
        retry_after = service.limiter.check(body.user_id)
        if retry_after is not None:
            service.metrics.rate_limited.inc()
            raise HttpError(
                429,
                "rate_limited",
                "rate limit exceeded for this user_id",
                {"limit_per_minute": settings.reflex_rate_limit_per_minute},
                headers={"Retry-After": str(retry_after)},
            )
        payload, cache_hit = service.process(body, request_id())
        logger.info(
            "processed request_id=%s status=%s pii=%d injections=%d cache_hit=%s ms=%s",
            payload["request_id"],
            payload["status"],
            len(payload["pii_matches"]),
            len(payload["injection_matches"]),
            cache_hit,
            payload["processing_time_ms"],
        )
        return json_response(payload)

    @app.get("/health")
    def health() -> Response:
        return json_response(
            {
                "status": "healthy",
                "version": _service_version(),
                "uptime_seconds": int(time.monotonic() - service.started),
            }
        )

    @app.get("/ready")
    def ready() -> Response:
        redis_ok = service.redis.ping()
        body = {
            "status": "ready" if redis_ok else "not_ready",
            "ready": redis_ok,
            "checks": {"redis": redis_ok, "config": True},
        }
        return json_response(body, 200 if redis_ok else 503)

    @app.get("/metrics")
    def metrics() -> Response:
        return Response(service.metrics.render(), mimetype="text/plain; version=0.0.4")

    return app
