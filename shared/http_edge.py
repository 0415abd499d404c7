"""The HTTP edge every service shares: its Flask class, one JSON error shape, the request id.

Every error answers ``{"error": {"code", "message", "details"}, "request_id"}``, never an
HTML page or a stack trace. Every response carries ``X-Request-ID``: the caller's, when it is
sane, else a fresh one; it is also bound into the log context for the whole request.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Mapping
from typing import Any

import orjson
from flask import Flask, Response, g, request
from werkzeug.exceptions import HTTPException

from shared import logs as log_context

logger = logging.getLogger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"

# Only ids that are safe to echo into headers and log lines are taken from the caller.
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:-]{1,128}")

HTTP_CODES: Mapping[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    414: "uri_too_long",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
    431: "request_header_fields_too_large",
    500: "internal_error",
    503: "service_unavailable",
}


class ServiceApp(Flask):
    """Flask, asking once per view or hook whether it is a coroutine function.

    Flask asks ``inspect`` again on every call of every view and hook (``ensure_sync``),
    about 2 µs each, nine times per API request.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sync_callables: dict[Callable[..., Any], Callable[..., Any]] = {}

    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        found = self._sync_callables.get(func)
        if found is None:
            found = self._sync_callables[func] = super().ensure_sync(func)
        return found


class HttpError(Exception):
    """An error answer raised anywhere in a request: status, code, message, details, headers."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = dict(details or {})
        self.headers = dict(headers or {})


def request_id() -> str:
    """The current request's id, made here if the request failed before it got one."""
    rid: str | None = g.get("request_id")
    if rid is None:
        rid = uuid.uuid4().hex
        g.request_id = rid
    return rid


def json_response(
    body: Any, status: int = 200, headers: Mapping[str, str] | None = None
) -> Response:
    """``body`` serialised with orjson as an ``application/json`` response."""
    return Response(
        orjson.dumps(body), status=status, headers=dict(headers or {}), mimetype="application/json"
    )


def error_response(
    status: int,
    code: str,
    message: str,
    details: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
) -> Response:
    """The one error shape, with the current request id."""
    body = {
        "error": {"code": code, "message": message, "details": dict(details or {})},
        "request_id": request_id(),
    }
    return json_response(body, status, headers)


def _assign_request_id() -> None:
    supplied = request.headers.get(REQUEST_ID_HEADER, "")
    g.request_id = supplied if _SANE_REQUEST_ID.fullmatch(supplied) else uuid.uuid4().hex
    g.request_id_log_token = log_context.bind_value(request_id=g.request_id)


def _echo_request_id(response: Response) -> Response:
    response.headers[REQUEST_ID_HEADER] = request_id()
    return response


def _unbind_request_id(_exc: BaseException | None) -> None:
    token = g.pop("request_id_log_token", None)
    if token is not None:
        log_context.reset(token)


def install_request_id(app: Flask) -> None:
    """Take or make each request's id, bind it into the log context, echo it on every answer."""
    app.before_request(_assign_request_id)
    app.after_request(_echo_request_id)
    app.teardown_request(_unbind_request_id)


def handle_unexpected(exc: Exception) -> Response:
    """A bug: logged with its traceback, answered 500 without one."""
    logger.exception("unhandled error in request")
    return error_response(500, "internal_error", "An unexpected error occurred.")


def _handle_http_error(exc: HttpError) -> Response:
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


def install_json_errors(app: Flask, codes: Mapping[int, str] | None = None) -> None:
    """Answer ``HttpError``, routing errors (``HTTPException``) and bugs with the one JSON shape.

    ``codes`` overrides entries of ``HTTP_CODES`` where a service's clients rely on another code.
    """
    table = {**HTTP_CODES, **(codes or {})}

    def handle_http_exception(exc: HTTPException) -> Response:
        status = exc.code or 500
        # Keep what the exception says in headers (Allow of a 405, Retry-After, ...), not its HTML.
        headers = {k: v for k, v in exc.get_headers() if k.lower() != "content-type"}
        return error_response(
            status, table.get(status, "http_error"), exc.description or exc.name, headers=headers
        )

    app.register_error_handler(HttpError, _handle_http_error)
    app.register_error_handler(HTTPException, handle_http_exception)
    app.register_error_handler(Exception, handle_unexpected)
