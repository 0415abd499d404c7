"""The API's errors in the one JSON shape of ``shared.http_edge``.

The shared edge answers ``ApiError`` (the shared ``HttpError``), routing errors and bugs; here
are the API's own: validation errors, domain exceptions of the services, database outages.
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Flask, Response, current_app
from marshmallow import ValidationError
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from werkzeug.exceptions import RequestEntityTooLarge

from orchestrator_api.runtime import runtime
from orchestrator_api.services import (
    InvalidCursor,
    KeyRevoked,
    TaskNotCancellable,
    TaskNotFound,
    TaskNotRetryable,
)
from orchestrator_api.streams import InvalidEventId
from shared.db import refused_write
from shared.http_edge import HttpError as ApiError
from shared.http_edge import error_response, handle_unexpected, install_json_errors, json_response
from shared.schemas import flatten_errors

__all__ = ["ApiError", "error_response", "json_response", "register_error_handlers"]

logger = logging.getLogger(__name__)


def _validation_error(exc: ValidationError) -> Response:
    messages: Any = exc.messages
    return error_response(
        422, "validation_error", "The request is not valid.", flatten_errors(messages)
    )


def _too_large(exc: RequestEntityTooLarge) -> Response:
    limit = int(current_app.config["MAX_CONTENT_LENGTH"])
    return error_response(
        413,
        "payload_too_large",
        f"The body is larger than the limit of {limit} bytes (MAX_CONTENT_LENGTH).",
        {"limit_bytes": limit},
    )


def _not_found(exc: TaskNotFound) -> Response:
    return error_response(404, "not_found", "Task not found.")


def _key_revoked(exc: KeyRevoked) -> Response:
    # Revoked between authentication and the write: the process forgets the key at once.
    runtime().forget_key(exc.owner_id)
    return error_response(
        401,
        "unauthorized",
        "The API key is not valid or was revoked.",
        headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
    )


def _not_cancellable(exc: TaskNotCancellable) -> Response:
    return error_response(
        409, "task_not_cancellable", str(exc).capitalize() + ".", {"status": exc.status}
    )


def _not_retryable(exc: TaskNotRetryable) -> Response:
    return error_response(
        409, "task_not_retryable", str(exc).capitalize() + ".", {"status": exc.status}
    )


def _invalid_event_id(exc: InvalidEventId) -> Response:
    return error_response(
        400,
        "invalid_last_event_id",
        "Last-Event-ID is not an id this API sent; reconnect without it to replay everything.",
        {"Last-Event-ID": ["Not a valid event id."]},
    )


def _invalid_cursor(exc: InvalidCursor) -> Response:
    return error_response(
        422, "validation_error", "The request is not valid.", {"cursor": ["Not a valid cursor."]}
    )


def _database_error(exc: DBAPIError | PoolTimeoutError) -> Response:
    # A read-only database (a standby, ``default_transaction_read_only``) refuses writes
    # with an InternalError: an outage to wait out like a lost connection.
    is_outage = isinstance(exc, OperationalError | InterfaceError | PoolTimeoutError) or (
        isinstance(exc, DBAPIError) and (exc.connection_invalidated or refused_write(exc))
    )
    if not is_outage:
        return handle_unexpected(exc)
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


def register_error_handlers(app: Flask) -> None:
    """Route every exception to its JSON answer: the shared edge, then the API's own errors."""
    install_json_errors(app)
    app.register_error_handler(RequestEntityTooLarge, _too_large)
    app.register_error_handler(ValidationError, _validation_error)
    app.register_error_handler(TaskNotFound, _not_found)
    app.register_error_handler(KeyRevoked, _key_revoked)
    app.register_error_handler(TaskNotCancellable, _not_cancellable)
    app.register_error_handler(TaskNotRetryable, _not_retryable)
    app.register_error_handler(InvalidEventId, _invalid_event_id)
    app.register_error_handler(InvalidCursor, _invalid_cursor)
    app.register_error_handler(DBAPIError, _database_error)
    app.register_error_handler(PoolTimeoutError, _database_error)
