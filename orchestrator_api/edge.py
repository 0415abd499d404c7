"""What happens around every request: request id, access log, metrics, API-key auth, rate limit."""

from __future__ import annotations

import contextlib
import logging
import time

from flask import Flask, Response, g, request

from orchestrator_api.errors import ApiError
from orchestrator_api.extensions import database
from orchestrator_api.runtime import runtime
from shared import logs as log_context
from shared import tracing
from shared.http_edge import install_request_id, request_id
from shared.keys import verify_key

access_log = logging.getLogger("orchestrator_api.access")


def _start_clock() -> None:
    g.started = time.perf_counter()


def _finish_request(response: Response) -> Response:
    seconds = time.perf_counter() - g.get("started", time.perf_counter())
    endpoint = request.url_rule.rule if request.url_rule is not None else "unmatched"
    runtime().metrics.observe(request.method, endpoint, response.status_code, seconds)
    # Path and status only: bodies, query strings and keys never reach the log.
    access_log.info(
        "%s %s %s %.1fms",
        request.method,
        request.path,
        response.status_code,
        seconds * 1000,
        extra={
            "method": request.method,
            "path": request.path,
            "status": response.status_code,
            "duration_ms": round(seconds * 1000, 1),
            "request_id": request_id(),
        },
    )
    return response


SUBMIT_ENDPOINT = "tasks.submit"


def invalid_key() -> ApiError:
    """The answer to a wrong or revoked key (``errors._key_revoked`` gives the same)."""
    return ApiError(
        401,
        "unauthorized",
        "The API key is not valid or was revoked.",
        headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )


def register_request_hooks(app: Flask) -> None:
    """Request id in and out (shared edge), one access log line and latency sample per request."""
    install_request_id(app)
    app.before_request(_start_clock)
    app.after_request(_finish_request)


def authenticate() -> None:
    """``before_request`` of the task endpoints: a valid Bearer key, within its rate limit.

    Sets ``g.owner_id``, the key's public id, which scopes every task query. A submission
    with a key this process verified before skips the key lookup: its insert adds the task
    only while the key is active (``services.submit_task``), so a revocation still takes
    effect at once. Every other request looks the key up.
    """
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise ApiError(
            401,
            "unauthorized",
            "Send an API key as 'Authorization: Bearer <key>'.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    rt = runtime()
    key_id = rt.known_key(token) if request.endpoint == SUBMIT_ENDPOINT else None
    if key_id is None:
        address = request.remote_addr or "unknown"
        wait = rt.auth_blocked(address)
        if wait is not None:
            raise ApiError(
                429,
                "too_many_failed_authentications",
                "Too many requests with a wrong API key from this address; retry later.",
                {"limit_per_minute": rt.settings.auth_failures_per_minute},
                headers={"Retry-After": str(wait)},
            )
        key_id = verify_key(database(), token)
        if key_id is None:
            rt.auth_failed(address)
            raise invalid_key()
        rt.remember_key(token, key_id)
    g.owner_id = key_id
    log_context.bind_value(api_key_id=key_id)
    retry_after = rt.rate_limited(key_id)
    if retry_after is not None:
        raise ApiError(
            429,
            "rate_limited",
            "Too many requests for this API key; slow down.",
            {"limit_per_minute": rt.settings.rate_limit_per_minute},
            headers={"Retry-After": str(retry_after)},
        )


def register_tracing_hooks(app: Flask) -> None:
    """Each request in a span continuing the caller's ``traceparent`` (or a new trace), so
    the task ids it publishes carry the trace to the worker (``shared.tracing``). Only
    registered when tracing is on."""

    def start_span() -> None:
        rule = request.url_rule.rule if request.url_rule else request.path
        spans = contextlib.ExitStack()
        spans.enter_context(
            tracing.span_from(dict(request.headers.items()), f"{request.method} {rule}")
        )
        g.trace_spans = spans

    def end_span(_exc: BaseException | None) -> None:
        spans = g.pop("trace_spans", None)
        if spans is not None:
            spans.close()

    app.before_request(start_span)
    app.teardown_request(end_span)
