"""``Client``: one method per endpoint of the task API, each raising the client's own errors."""

from __future__ import annotations

import builtins
import time
from collections.abc import Iterator, Mapping
from typing import Any, Literal, TypedDict, cast
from urllib.parse import quote, urlsplit

import requests

from orchestrator_client.errors import (
    ApiError,
    Conflict,
    InvalidUrl,
    NotFound,
    Unauthorized,
    Unreachable,
    WaitTimeout,
)

Status = Literal["pending", "processing", "completed", "failed", "blocked", "cancelled"]
TERMINAL_STATUSES: frozenset[str] = frozenset({"completed", "failed", "blocked", "cancelled"})
DEFAULT_TIMEOUT_SECONDS = 10.0
POLL_INTERVAL_SECONDS = 0.5


class Accepted(TypedDict):
    """The answer of ``POST /submit``."""

    task_id: str
    status: str
    message: str


class TaskError(TypedDict):
    code: str
    message: str | None


class Task(TypedDict, total=False):
    """A task as ``GET /tasks/<id>`` shows it (only the main fields are listed here)."""

    task_id: str
    status: Status
    priority: str
    goal: str
    result: dict[str, Any] | None
    error: TaskError | None
    cancel_requested: bool
    attempts: int
    created_at: str
    updated_at: str
    finished_at: str | None
    processing_time_ms: int | None
    progress: dict[str, int] | None


class TaskPage(TypedDict, total=False):
    """One page of ``GET /tasks``: ``next_cursor`` for the next one; with ``offset``, ``total``."""

    tasks: list[Task]
    limit: int
    next_cursor: str | None
    offset: int
    total: int


class TaskEvent(TypedDict, total=False):
    """One status change from the task's event log."""

    id: int
    from_status: str | None
    to_status: Status
    reason: str | None
    worker: str | None
    created_at: str


class WebhookAttempt(TypedDict, total=False):
    """One POST of a webhook delivery: the receiver's status code, or why it failed."""

    attempt: int
    status_code: int | None
    error: str | None
    duration_ms: int | None
    created_at: str


class WebhookDelivery(TypedDict, total=False):
    """One push of a terminal status to the task's ``webhook_url``, with its attempts."""

    id: int
    event: Status
    url: str
    status: Literal["pending", "delivered", "failed"]
    payload: dict[str, Any]
    next_attempt_at: str | None
    last_status_code: int | None
    last_error: str | None
    created_at: str
    delivered_at: str | None
    attempts: list[WebhookAttempt]


class Cancelled(TypedDict):
    task_id: str
    status: str
    cancel_requested: bool
    message: str


def check_url(url: str) -> str:
    """``url`` without a trailing slash, or ``InvalidUrl`` when it has no http(s) scheme or host."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidUrl(
            f"not an API URL: {url!r} (expected http://host:port or https://host, "
            "e.g. http://127.0.0.1:8000)"
        )
    return url.rstrip("/")


class Client:
    """A client of one Orchestrator API, authenticated with one key.

    ``timeout`` bounds each HTTP request (seconds); ``wait`` and ``stream`` take their own.
    """

    def __init__(
        self,
        url: str,
        key: str,
        *,
        timeout: float = DEFAULT_TIMEOUT_SECONDS,
        session: requests.Session | None = None,
    ) -> None:
        self.url = check_url(url)
        self.timeout = timeout
        self.http = session or requests.Session()
        self.http.headers["Authorization"] = f"Bearer {key}"

    # ------------------------------------------------------------------ endpoints

    def submit(
        self, contract: str | Mapping[str, Any], *, idempotency_key: str | None = None
    ) -> Accepted:
        """Submit a task contract (or just a goal); the task is stored and queued.

        With an ``idempotency_key`` already used by this key, the first task is returned.
        """
        body = {"goal": contract} if isinstance(contract, str) else dict(contract)
        headers = {"Idempotency-Key": idempotency_key} if idempotency_key else None
        return cast(Accepted, self._call("POST", "/submit", json=body, headers=headers))

    def get(self, task_id: str) -> Task:
        """The task with its status, and its result or error once it ended."""
        return cast(Task, self._call("GET", f"/tasks/{_segment(task_id)}"))

    def list(
        self,
        *,
        status: str | None = None,
        priority: str | None = None,
        limit: int | None = None,
        cursor: str | None = None,
        offset: int | None = None,
    ) -> TaskPage:
        """One page of this key's tasks, newest first."""
        params = {
            "status": status,
            "priority": priority,
            "limit": limit,
            "cursor": cursor,
            "offset": offset,
        }
        query = {name: value for name, value in params.items() if value is not None}
        return cast(TaskPage, self._call("GET", "/tasks", params=query))

    def steps(self, task_id: str) -> builtins.list[dict[str, Any]]:
        """A plan's steps with their status and output (none for a single-hop task)."""
        body = self._call("GET", f"/tasks/{_segment(task_id)}/steps")
        return builtins.list(body.get("steps") or [])

    def events(self, task_id: str) -> builtins.list[TaskEvent]:
        """Every status change of the task, oldest first."""
        body = self._call("GET", f"/tasks/{_segment(task_id)}/events")
        return cast(builtins.list[TaskEvent], builtins.list(body.get("events") or []))

    def deliveries(self, task_id: str) -> builtins.list[WebhookDelivery]:
        """The task's webhook deliveries with every attempt, oldest first (none for a task
        without ``webhook_url``)."""
        body = self._call("GET", f"/tasks/{_segment(task_id)}/deliveries")
        return cast(builtins.list[WebhookDelivery], builtins.list(body.get("deliveries") or []))

    def cancel(self, task_id: str) -> Cancelled:
        """Cancel the task: at once when pending, at its next step when processing.

        ``Conflict`` when it already ended.
        """
        return cast(Cancelled, self._call("POST", f"/tasks/{_segment(task_id)}/cancel"))

    def retry(self, task_id: str) -> Task:
        """Send a ``failed`` or ``cancelled`` task back to ``pending``; ``Conflict`` otherwise.

        ``NotFound`` also on a server without the retry endpoint.
        """
        return cast(Task, self._call("POST", f"/tasks/{_segment(task_id)}/retry"))

    # ------------------------------------------------------------------ following a task

    def stream(
        self,
        task_id: str,
        *,
        timeout: float | None = None,
        interval: float = POLL_INTERVAL_SECONDS,
    ) -> Iterator[TaskEvent]:
        """Yield each status change of the task as it happens, ending with the terminal one.

        It reads the event log every ``interval`` seconds; ``WaitTimeout`` after ``timeout``.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        shown = 0
        while True:
            events = self.events(task_id)
            yield from events[shown:]
            shown = max(shown, len(events))
            last = events[-1].get("to_status") if events else None
            if last in TERMINAL_STATUSES:
                return
            if deadline is not None and time.monotonic() >= deadline:
                raise WaitTimeout(f"task {task_id} is still {last} after {timeout:g}s", last)
            time.sleep(interval)

    def wait(
        self,
        task_id: str,
        *,
        timeout: float | None = None,
        interval: float = POLL_INTERVAL_SECONDS,
    ) -> Task:
        """Wait until the task ends and return it; ``WaitTimeout`` after ``timeout`` seconds."""
        for _event in self.stream(task_id, timeout=timeout, interval=interval):
            pass
        return self.get(task_id)

    # ------------------------------------------------------------------ transport

    def _call(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        try:
            response = self.http.request(
                method,
                self.url + path,
                json=json,
                params=params,
                headers=headers,
                timeout=self.timeout,
            )
        except requests.Timeout:
            raise Unreachable(f"the API at {self.url} did not answer in time") from None
        except requests.ConnectionError:
            raise Unreachable(f"cannot reach the API at {self.url}") from None
        except requests.RequestException as exc:
            raise Unreachable(f"request to {self.url} failed: {exc}") from None
        try:
            body = response.json()
        except ValueError:
            raise Unreachable(
                f"unexpected answer from {self.url}{path}: HTTP {response.status_code}, not JSON"
            ) from None
        if response.status_code >= 400:
            raise _error(response.status_code, body)
        if not isinstance(body, dict):
            raise Unreachable(f"unexpected answer from {self.url}{path}: {body!r:.200}")
        return body


_ERRORS: Mapping[int, type[ApiError]] = {401: Unauthorized, 404: NotFound, 409: Conflict}


def _error(status: int, body: Any) -> ApiError:
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        error = {"code": "http_error", "message": f"HTTP {status}"}
    details = error.get("details")
    return _ERRORS.get(status, ApiError)(
        status,
        str(error.get("code")),
        str(error.get("message")),
        details if isinstance(details, dict) else None,
        body.get("request_id") if isinstance(body, dict) else None,
    )


def _segment(task_id: str) -> str:
    # An id is one path segment: "../x" must not reach another endpoint.
    return quote(task_id, safe="")
