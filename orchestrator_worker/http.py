"""The one HTTP client of the worker, for every service it calls (the Reflex Layer, the arms).

``ServiceClient`` is urllib3's ``PoolManager`` used directly, with:

- **timeouts**: a connect timeout, and a read timeout that bounds the *whole* answer, not
  just the gap between two bytes (urllib3's read timeout is per ``recv``: a service sending
  one byte every 0.1 s would never trip it). A watchdog thread shuts the socket down when
  an attempt's deadline passes, wherever the read is.
- **a deadline per call**: the caller's time left (a task's budget) caps every attempt, every
  pause between attempts and every ``Retry-After``; a pause that does not fit is not taken.
- **retries with backoff and jitter**: connection errors before anything was sent are always
  retried; timeouts, cut answers, 5xx and 429 only for idempotent calls (a non-idempotent
  POST that reached the service is never sent twice within one call).
- **a circuit breaker** (``orchestrator_worker.breakers``) around the whole call, retries
  included: one call is one success or one failure.
- **error mapping**: connection errors, timeouts, 5xx, 429 and malformed answers raise
  ``ServiceUnavailable`` (try later); other 4xx raise ``ServiceRefused`` carrying the
  service's own error message (retrying the same request will not help).

Proxies: ``HTTP_PROXY``/``HTTPS_PROXY``/``NO_PROXY`` (either case) are honoured, read once
per origin, through urllib3's ``ProxyManager``. Nothing else is read from the environment
(no ``.netrc``, no CA bundle variables).

The watchdog needs the socket of the connection a request runs on: the pools of this module
create connections of a subclass whose ``getresponse`` registers it (a documented extension
point, ``HTTPConnectionPool.ConnectionCls``). urllib3 is pinned with a compatible-release
bound in ``pyproject.toml`` and ``tests/worker/test_http_client.py`` fails if the point moves.
"""

from __future__ import annotations

import contextlib
import contextvars
import heapq
import itertools
import logging
import math
import os
import random
import socket
import threading
import time
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import orjson
import pybreaker
import urllib3
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.response import BaseHTTPResponse

from shared import tracing

log = logging.getLogger(__name__)

T = TypeVar("T")

# Seconds a task may run past its budget to record its outcome: the last arm call is cut at
# the budget, then the worker aggregates and writes the terminal status (a few ms; the rest
# is headroom for a busy database).
BUDGET_GRACE_SECONDS = 2.0

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
MAX_BACKOFF_SECONDS = 30.0
# Before anything was sent: safe to try again even for a non-idempotent call.
_NOT_SENT = (NewConnectionError, ConnectTimeoutError, NameResolutionError)


class ServiceError(Exception):
    """Base of the client's errors; ``str()`` is a message fit for a task's error."""


class ServiceUnavailable(ServiceError):
    """The service cannot be reached, timed out, answered 5xx/429 or garbage, its breaker
    is open, or no time is left: try later."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


class ServiceRefused(ServiceError):
    """The service refused the request (4xx): ``detail`` is its own error message."""

    def __init__(self, message: str, status: int, detail: str) -> None:
        super().__init__(message)
        self.status = status
        self.detail = detail


@dataclass(frozen=True)
class Reply:
    """A service's answer: status, headers, the whole body."""

    status: int
    headers: Mapping[str, str]
    data: bytes

    def json(self) -> Any:
        """The body parsed as JSON (``ValueError`` if it is not)."""
        return orjson.loads(self.data)


# ---------------------------------------------------------------- the deadline watchdog


class _Watch:
    __slots__ = ("at", "done", "expired", "sock")

    def __init__(self, at: float) -> None:
        self.at = at
        self.sock: socket.socket | None = None
        self.done = False
        self.expired = False


class _Watchdog:
    """One thread per process that shuts down the socket of an attempt past its deadline.

    Cheaper than a timer thread per call: arming is a heap push, disarming a flag.
    """

    def __init__(self) -> None:
        self._seq = itertools.count()
        self._forked()
        # A child of a fork has no watchdog thread, and maybe a lock its parent held.
        os.register_at_fork(after_in_child=self._forked)

    def _forked(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, _Watch]] = []
        self._pid: int | None = None

    def watch(self, watch: _Watch, sock: socket.socket) -> None:
        with self._cond:
            if watch.done:
                return
            watch.sock = sock
            if self._pid != os.getpid():  # first use in this process
                self._pid = os.getpid()
                threading.Thread(target=self._run, name="http-deadlines", daemon=True).start()
            heapq.heappush(self._heap, (watch.at, next(self._seq), watch))
            if self._heap[0][2] is watch:
                self._cond.notify()

    def release(self, watch: _Watch) -> bool:
        """Disarm ``watch``; True when its deadline had already cut the socket."""
        with self._cond:
            watch.done = True
            return watch.expired

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                while self._heap and (self._heap[0][2].done or self._heap[0][0] <= now):
                    _, _, due = heapq.heappop(self._heap)
                    if not due.done and due.sock is not None:
                        due.expired = True
                        with contextlib.suppress(OSError):
                            due.sock.shutdown(socket.SHUT_RDWR)
                self._cond.wait(self._heap[0][0] - now if self._heap else None)


_WATCHDOG = _Watchdog()
_CURRENT: contextvars.ContextVar[_Watch | None] = contextvars.ContextVar(
    "orchestrator_http_watch", default=None
)


class _WatchedConnection(HTTPConnection):
    """A connection whose socket is handed to the watchdog while an answer is read."""

    def getresponse(self) -> Any:
        watch = _CURRENT.get()
        if watch is not None and self.sock is not None:
            _WATCHDOG.watch(watch, self.sock)
        return super().getresponse()


class _WatchedHTTPSConnection(HTTPSConnection):
    def getresponse(self) -> Any:
        watch = _CURRENT.get()
        if watch is not None and self.sock is not None:
            _WATCHDOG.watch(watch, self.sock)
        return super().getresponse()


class _WatchedPool(HTTPConnectionPool):
    ConnectionCls = _WatchedConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_POOL_CLASSES = {"http": _WatchedPool, "https": _WatchedHTTPSPool}


# ---------------------------------------------------------------- the client


class ServiceClient:
    """Calls to the services a worker talks to, with the rules in the module docstring.

    ``connections`` is the number of connections kept per service (one per thread calling
    it at once); ``headers`` go with every request.
    """

    def __init__(
        self,
        *,
        connect_timeout: float,
        read_timeout: float,
        retries: int,
        backoff: float,
        connections: int = 8,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.retries = retries
        self.backoff = backoff
        self.headers = {"User-Agent": "llm-orchestrator-worker", **(headers or {})}
        self._pool_args: dict[str, Any] = {"num_pools": 32, "maxsize": connections}
        self._direct = self._manager(None)
        self._managers: dict[tuple[str, str], urllib3.PoolManager] = {}
        self._proxies: dict[str, urllib3.PoolManager] = {}

    def _manager(self, proxy: str | None) -> urllib3.PoolManager:
        manager = (
            urllib3.ProxyManager(proxy, **self._pool_args)
            if proxy
            else urllib3.PoolManager(**self._pool_args)
        )
        manager.pool_classes_by_scheme = _POOL_CLASSES
        return manager

    def _manager_for(self, url: str) -> urllib3.PoolManager:
        parts = urlsplit(url)
        origin = (parts.scheme, parts.netloc)
        found = self._managers.get(origin)
        if found is None:
            proxy = urllib.request.getproxies().get(parts.scheme)
            if proxy and not urllib.request.proxy_bypass(parts.netloc):
                found = self._proxies.get(proxy)
                if found is None:
                    found = self._proxies[proxy] = self._manager(proxy)
            else:
                found = self._direct
            self._managers[origin] = found
        return found

    def call(
        self,
        method: str,
        url: str,
        *,
        service: str,
        parse: Callable[[Reply], T],
        body: Any = None,
        headers: Mapping[str, str] | None = None,
        idempotent: bool = True,
        within: float | None = None,
        retries: int | None = None,
        read_timeout: float | None = None,
        breaker: pybreaker.CircuitBreaker | None = None,
    ) -> T:
        """Send ``method url`` (``body`` as JSON) and return ``parse(reply)`` for a 2xx.

        ``service`` names it in error messages ("arm summarizer"); ``within`` is the time
        left to the caller in seconds (every attempt and pause fits in it); ``parse`` runs
        inside the breaker, so a garbled answer it rejects with ``ServiceUnavailable``
        counts as a failure.
        """
        deadline = time.monotonic() + within if within is not None else math.inf
        attempts = 1 + (self.retries if retries is None else retries)
        read = read_timeout or self.read_timeout

        def attempt_all() -> T:
            return parse(
                self._send(
                    method, url, service, body, headers, idempotent, deadline, attempts, read
                )
            )

        if breaker is None:
            return attempt_all()
        try:
            return breaker.call(attempt_all)
        except pybreaker.CircuitBreakerError as exc:
            if isinstance(exc.__context__, ServiceUnavailable):
                # This failure opened the breaker: report the failure itself.
                raise ServiceUnavailable(
                    f"{exc.__context__} (circuit opened)", exc.__context__.status
                ) from exc
            raise ServiceUnavailable(f"{service} unavailable (circuit open)") from exc

    def _send(
        self,
        method: str,
        url: str,
        service: str,
        body: Any,
        headers: Mapping[str, str] | None,
        idempotent: bool,
        deadline: float,
        attempts: int,
        read_timeout: float,
    ) -> Reply:
        all_headers = {**self.headers, **(headers or {})}
        tracing.inject(all_headers)  # the task's ``traceparent``, when tracing is on
        data = None
        if body is not None:
            # Bytes are sent as they are: a signed body must be the bytes signed.
            data = body if isinstance(body, bytes) else orjson.dumps(body)
            all_headers["Content-Type"] = "application/json"
        manager = self._manager_for(url)
        for attempt in range(1, attempts + 1):
            left = deadline - time.monotonic()
            if left <= 0:
                raise ServiceUnavailable(f"{service} not answered within the time left")
            retry_after: float | None = None
            try:
                reply = self._attempt(manager, method, url, data, all_headers, left, read_timeout)
            except _NOT_SENT as exc:
                failure = ServiceUnavailable(f"{service} unreachable: {exc.__class__.__name__}")
                retryable = True
            except _DeadlineCut:
                failure = ServiceUnavailable(
                    f"{service} unreachable: no complete answer within the time left"
                )
                retryable = False
            except urllib3.exceptions.HTTPError as exc:
                failure = ServiceUnavailable(f"{service} unreachable: {_name_of(exc)}")
                retryable = idempotent
            else:
                if reply.status < 400:
                    return reply
                if reply.status not in RETRY_STATUSES:
                    detail = error_message(reply)
                    raise ServiceRefused(
                        f"{service} refused the request ({reply.status}): {detail}",
                        reply.status,
                        detail,
                    )
                failure = ServiceUnavailable(f"{service} answered {reply.status}", reply.status)
                retryable = idempotent
                retry_after = _retry_after(reply.headers)
            if not retryable or attempt == attempts:
                raise failure
            pause = (
                retry_after
                if retry_after is not None
                else min(MAX_BACKOFF_SECONDS, self.backoff * 2 ** (attempt - 1))
                + random.uniform(0, self.backoff)
            )
            if time.monotonic() + pause >= deadline:
                # Sleeping past the caller's time would only make it late: report now.
                raise ServiceUnavailable(
                    f"{failure} (no time left to wait {pause:.1f}s)", failure.status
                )
            log.debug("retrying service=%s attempt=%s pause=%.3f", service, attempt, pause)
            time.sleep(pause)
        raise AssertionError("unreachable")  # pragma: no cover

    def _attempt(
        self,
        manager: urllib3.PoolManager,
        method: str,
        url: str,
        data: bytes | None,
        headers: dict[str, str],
        left: float,
        read_timeout: float,
    ) -> Reply:
        total = min(left, self.connect_timeout + read_timeout)
        timeout = urllib3.Timeout(
            connect=min(self.connect_timeout, total), read=min(read_timeout, total)
        )
        watch = _Watch(time.monotonic() + total)
        token = _CURRENT.set(watch)
        try:
            response: BaseHTTPResponse = manager.request(
                method,
                url,
                body=data,
                headers=headers,
                timeout=timeout,
                retries=False,
                redirect=False,
            )
        except BaseException as exc:
            if _WATCHDOG.release(watch) and isinstance(exc, urllib3.exceptions.HTTPError):
                raise _DeadlineCut() from None
            raise
        finally:
            _CURRENT.reset(token)
        # A cut can also end the headers early and pass for a short answer: trust no reply
        # read from a socket the watchdog shut.
        if _WATCHDOG.release(watch):
            raise _DeadlineCut()
        return Reply(response.status, response.headers, response.data)


class _DeadlineCut(Exception):
    """The watchdog cut an attempt at its deadline."""


def _name_of(exc: urllib3.exceptions.HTTPError) -> str:
    # ProtocolError wraps what happened (a reset, a cut answer): name that.
    inner = exc.args[1] if len(exc.args) > 1 and isinstance(exc.args[1], BaseException) else None
    return inner.__class__.__name__ if inner is not None else exc.__class__.__name__


def _retry_after(headers: Mapping[str, str]) -> float | None:
    raw = headers.get("Retry-After")
    if raw is None:
        return None
    try:
        return max(0.0, float(raw))
    except ValueError:
        return None  # an HTTP date: fall back to the backoff


def error_message(reply: Reply, limit: int = 300) -> str:
    """The service's own error message: ``error.message`` of the JSON error shape,
    ``error``/``message``/``detail`` of other JSON bodies, else the start of the text."""
    try:
        body = reply.json()
    except ValueError:
        return reply.data[:limit].decode("utf-8", "replace").strip()
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict) and error.get("message"):
            return str(error["message"])[:limit]
        for key in ("error", "message", "detail"):
            if isinstance(body.get(key), str) and body[key]:
                return str(body[key])[:limit]
    return orjson.dumps(body).decode()[:limit]
