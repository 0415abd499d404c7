"""``Client``: one method per endpoint of the task API, each raising the client's own errors."""

from __future__ import annotations

import builtins
import json as json_module
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
    """One status change from the task's event log (``event`` "status"), or from a plan
    step's (``event`` "step", with ``step_id`` and ``attempt``)."""

    event: Literal["status", "step"]
    id: int
    step_id: str
    attempt: int
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
        steps: bool = False,
    ) -> Iterator[TaskEvent]:
        """Yield each status change of the task as it happens, ending with the terminal one;
        with ``steps``, a plan's step changes too (``event`` tells them apart).

        It reads the Server-Sent Events of ``GET /tasks/<id>/stream``, reconnecting with
        ``Last-Event-ID`` when the connection drops (no event lost or repeated); against an
        API without that endpoint it reads the event log every ``interval`` seconds.
        ``WaitTimeout`` after ``timeout`` seconds.
        """
        deadline = None if timeout is None else time.monotonic() + timeout
        follower = _Follower(self, task_id, deadline, timeout)
        try:
            yield from follower.sse(steps)
        except _NoStreamEndpoint:
            yield from follower.poll(interval)

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


# Reconnections in a row a stream tries before ``Unreachable``, and the waits between them.
STREAM_RECONNECT_DELAYS = (0.0, 0.5, 1.0, 2.0, 4.0)
# A stream's read gives up after this long without a byte (heartbeats come every 15 s).
STREAM_READ_TIMEOUT_SECONDS = 45.0


class _NoStreamEndpoint(Exception):
    """The API answers 404 for the stream route of a task that exists."""


class _Follower:
    """One ``Client.stream`` call: the SSE reader with its resume id, or the poller."""

    def __init__(
        self, client: Client, task_id: str, deadline: float | None, timeout: float | None
    ) -> None:
        self.client = client
        self.task_id = task_id
        self.deadline = deadline
        self.timeout = timeout
        self.last: str | None = None
        self.status_events = 0

    def _expired(self) -> None:
        if self.deadline is not None and time.monotonic() >= self.deadline:
            raise WaitTimeout(
                f"task {self.task_id} is still {self.last} after {self.timeout:g}s", self.last
            )

    def _read_timeout(self) -> float:
        if self.deadline is None:
            return STREAM_READ_TIMEOUT_SECONDS
        return max(0.05, min(STREAM_READ_TIMEOUT_SECONDS, self.deadline - time.monotonic()))

    def _open(self, event_id: str | None) -> requests.Response:
        client = self.client
        headers = {"Accept": "text/event-stream"}
        if event_id:
            headers["Last-Event-ID"] = event_id
        response = client.http.get(
            f"{client.url}/tasks/{_segment(self.task_id)}/stream",
            headers=headers,
            stream=True,
            timeout=(client.timeout, self._read_timeout()),
        )
        if response.status_code < 400:
            return response
        try:
            body = response.json()
        except ValueError:
            body = None
        finally:
            response.close()
        if response.status_code == 404:
            client.get(self.task_id)  # NotFound when the task itself is unknown
            raise _NoStreamEndpoint()
        raise _error(response.status_code, body)

    def sse(self, steps: bool) -> Iterator[TaskEvent]:
        event_id: str | None = None
        failures = 0
        while True:
            self._expired()
            try:
                response = self._open(event_id)
            except requests.Timeout:
                response = None
            except requests.RequestException:
                if event_id is None:
                    raise Unreachable(f"cannot reach the API at {self.client.url}") from None
                response = None
            if response is not None:
                try:
                    for kind, resume_id, data in _server_sent_events(response):
                        failures = 0
                        event_id = resume_id or event_id
                        if kind == "status":
                            self.last = str(data.get("to_status"))
                            self.status_events += 1
                            yield cast(TaskEvent, {"event": "status", **data})
                        elif kind == "step" and steps:
                            yield cast(TaskEvent, {"event": "step", **data})
                    # The API ends a stream once the task is finished; any other end (a
                    # restarted server) is resumed from the last id.
                    if self.last in TERMINAL_STATUSES:
                        return
                except requests.exceptions.ReadTimeout:
                    pass
                except (requests.ConnectionError, requests.exceptions.ChunkedEncodingError):
                    pass
                finally:
                    response.close()
            self._expired()
            if failures >= len(STREAM_RECONNECT_DELAYS):
                raise Unreachable(
                    f"cannot reach the API at {self.client.url}: its event stream keeps dropping"
                )
            time.sleep(STREAM_RECONNECT_DELAYS[failures])
            failures += 1

    def poll(self, interval: float) -> Iterator[TaskEvent]:
        """The event log read every ``interval`` seconds (an API without the stream)."""
        shown = self.status_events
        while True:
            events = self.client.events(self.task_id)
            for event in events[shown:]:
                yield cast(TaskEvent, {"event": "status", **event})
            shown = max(shown, len(events))
            self.last = events[-1].get("to_status") if events else None
            if self.last in TERMINAL_STATUSES:
                return
            self._expired()
            time.sleep(interval)


def _server_sent_events(response: requests.Response) -> Iterator[tuple[str, str | None, Any]]:
    """``(event type, id, JSON data)`` of each event of a ``text/event-stream`` body, as it
    arrives (comments, such as heartbeats, and ``retry:`` lines are skipped)."""
    kind, event_id = "message", None
    data: builtins.list[str] = []
    for raw in response.iter_lines(chunk_size=1024):
        line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        if not line:
            if data:
                yield kind, event_id, json_module.loads("\n".join(data))
            kind, data = "message", []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value[1:] if value.startswith(" ") else value
        if name == "event":
            kind = value
        elif name == "data":
            data.append(value)
        elif name == "id":
            event_id = value


def _segment(task_id: str) -> str:
    # An id is one path segment: "../x" must not reach another endpoint.
    return quote(task_id, safe="")
