"""The client's exceptions: one base class, one subclass per way a call can fail."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


class OrchestratorError(Exception):
    """Base of every error the client raises."""


class InvalidUrl(OrchestratorError, ValueError):
    """The base URL is not an ``http://`` or ``https://`` URL with a host."""


class Unreachable(OrchestratorError):
    """The API did not answer: refused, unresolvable, timed out, or not the API at all."""


class WaitTimeout(OrchestratorError):
    """``wait`` or ``stream`` gave up before the task ended."""

    def __init__(self, message: str, last_status: str | None) -> None:
        super().__init__(message)
        self.last_status = last_status


class ApiError(OrchestratorError):
    """An error answer of the API, in its one shape: ``{"error": {code, message, details}}``."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        details: Mapping[str, Any] | None = None,
        request_id: str | None = None,
    ) -> None:
        super().__init__(f"HTTP {status} ({code}): {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = dict(details or {})
        self.request_id = request_id


class Unauthorized(ApiError):
    """401: the key is missing, unknown or revoked."""


class NotFound(ApiError):
    """404: no such task for this key (or no such endpoint on this server)."""


class Conflict(ApiError):
    """409: the task is not in a state that allows it (cancel a finished task, say)."""
