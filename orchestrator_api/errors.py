"""One JSON error shape for every error, from one place.

``{"error": {"code", "message", "details"}, "request_id"}``: domain exceptions of the
services, validation errors, HTTP errors of routing, database outages and bugs alike.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

import orjson
from flask import Flask, Response, g
from marshmallow import ValidationError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from werkzeug.exceptions import HTTPException

from orchestrator_api.services import InvalidCursor, TaskNotCancellable, TaskNotFound
from shared.schemas import flatten_errors

logger = logging.getLogger(__name__)

HTTP_CODES = {
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


class ApiError(Exception):
    """An error answer raised anywhere in a request."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}
        self.headers = headers or {}


def request_id() -> str:
    """The current request's id, made here if the request failed before it got one."""
    rid: str | None = g.get("request_id")
    if rid is None:
        rid = uuid.uuid4().hex
        g.request_id = rid
    return rid


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(body), status=status, headers=headers, mimetype="application/json")


def error_response(
    status: int,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    body = {
        "error": {"code": code, "message": message, "details": details or {}},
        "request_id": request_id(),
    }
    return json_response(body, status, headers)


def _api_error(exc: ApiError) -> Response:
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)


def _validation_error(exc: ValidationError) -> Response:
    messages: Any = exc.messages
    return error_response(
        422, "validation_error", "The request is not valid.", flatten_errors(messages)
    )


def _not_found(exc: TaskNotFound) -> Response:
    return error_response(404, "not_found", "Task not found.")


def _not_cancellable(exc: TaskNotCancellable) -> Response:
    return error_response(
        409, "task_not_cancellable", str(exc).capitalize() + ".", {"status": exc.status}
    )


def _invalid_cursor(exc: InvalidCursor) -> Response:
    return error_response(
        422, "validation_error", "The request is not valid.", {"cursor": ["Not a valid cursor."]}
    )


def _database_error(exc: DBAPIError | PoolTimeoutError) -> Response:
    is_outage = isinstance(exc, OperationalError | InterfaceError | PoolTimeoutError) or (
        isinstance(exc, DBAPIError) and exc.connection_invalidated
    )
    if not is_outage:
        return _unexpected(exc)
    logger.warning(
        "database unavailable error=%s",
        type(exc.orig if isinstance(exc, DBAPIError) else exc).__name__,
    )
    return error_response(
        503,
        "database_unavailable",
        "The database is not available; try again shortly.",
        headers={"Retry-After": "5"},
    )


def _http_error(exc: HTTPException) -> Response:
    status = exc.code or 500
    headers = {}
    allow = dict(exc.get_headers()).get("Allow")
    if allow:
        headers["Allow"] = allow
    return error_response(
        status,
        HTTP_CODES.get(status, "http_error"),
        exc.description or exc.name,
        headers=headers,
    )


def _unexpected(exc: Exception) -> Response:
    logger.exception("unhandled error in request")
    return error_response(500, "internal_error", "An unexpected error occurred.")


def register_error_handlers(app: Flask) -> None:
    """Route every exception to its JSON answer."""
    app.register_error_handler(ApiError, _api_error)
    app.register_error_handler(ValidationError, _validation_error)
    app.register_error_handler(TaskNotFound, _not_found)
    app.register_error_handler(TaskNotCancellable, _not_cancellable)
    app.register_error_handler(InvalidCursor, _invalid_cursor)
    app.register_error_handler(DBAPIError, _database_error)
    app.register_error_handler(PoolTimeoutError, _database_error)
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
