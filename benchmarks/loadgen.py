"""A small HTTP/1.1 load generator: persistent connections, several processes of threads.

Pure Python so ``orchestrator bench`` runs from a plain install. It writes pre-built request
bytes on raw sockets and reads just enough of each answer (status line, ``Content-Length``,
``Connection: close``) to find its end: on a 2-core machine every microsecond the client spends
is taken from the server under test, and both sides of a comparison use this same client.
"""

from __future__ import annotations

import multiprocessing
import socket
import statistics
import threading
import time
from dataclasses import dataclass, field
from typing import Any

_HEADER_END = b"\r\n\r\n"


@dataclass(frozen=True)
class Load:
    """What to send and how hard: ``connections`` = ``processes`` x threads per process."""

    host: str
    port: int
    path: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)
    connections: int = 16
    processes: int = 2
    duration: float = 5.0
    warmup: float = 1.0
    # When set, send exactly this many requests (spread over the connections), no time limit.
    total_requests: int | None = None

    def request_bytes(self) -> bytes:
        lines = [
            f"POST {self.path} HTTP/1.1",
            f"Host: {self.host}:{self.port}",
            "Content-Type: application/json",
            f"Content-Length: {len(self.body)}",
            "Connection: keep-alive",
            *(f"{name}: {value}" for name, value in self.headers.items()),
        ]
        return ("\r\n".join(lines) + "\r\n\r\n").encode() + self.body


@dataclass
class LoadResult:
    """Throughput and latency of a run; ``errors`` counts non-2xx answers and broken sockets."""

    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]
    statuses: dict[int, int]

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
            "rps": round(self.rps, 1),
            **percentiles(self.latencies_ms),
        }


def percentiles(samples_ms: list[float]) -> dict[str, float]:
    """p50 and p99 (nearest rank) of ``samples_ms``, in milliseconds."""
    if not samples_ms:
        return {"p50_ms": 0.0, "p99_ms": 0.0}
    ordered = sorted(samples_ms)
    p99_index = min(len(ordered) - 1, max(0, round(0.99 * len(ordered)) - 1))
    return {
        "p50_ms": round(statistics.median(ordered), 3),
        "p99_ms": round(ordered[p99_index], 3),
    }


class _Connection:
    """One keep-alive connection that reconnects when the server closes it."""

    def __init__(self, host: str, port: int) -> None:
        self.address = (host, port)
        self.sock: socket.socket | None = None
        self.buffer = b""

    def _connect(self) -> socket.socket:
        sock = socket.create_connection(self.address, timeout=30)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""
        return sock

    def close(self) -> None:
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def request(self, payload: bytes) -> int:
        """Send one request, read its whole answer, return the status code."""
        for attempt in (1, 2):
            if self.sock is None:
                self.sock = self._connect()
            try:
                self.sock.sendall(payload)
                return self._read_response()
            except (ConnectionError, _Closed):
                # A keep-alive connection the server had just closed: one retry on a fresh one.
                self.close()
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def _read_response(self) -> int:
        assert self.sock is not None
        buffer = self.buffer
        while (end := buffer.find(_HEADER_END)) < 0:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise _Closed
            buffer += chunk
        head = buffer[:end].decode("latin-1")
        status = int(head[9:12])
        length = 0
        close = False
        for line in head.split("\r\n")[1:]:
            name, _, value = line.partition(":")
            lowered = name.lower()
            if lowered == "content-length":
                length = int(value)
            elif lowered == "connection" and value.strip().lower() == "close":
                close = True
        body_end = end + 4 + length
        while len(buffer) < body_end:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise _Closed
            buffer += chunk
        self.buffer = buffer[body_end:]
        if close:
            self.close()
        return status


class _Closed(Exception):
    """The server closed the connection before a whole answer arrived."""


def _thread_run(
    load: Load, payload: bytes, start_at: float, stop_at: float, quota: int | None, out: list[Any]
) -> None:
    connection = _Connection(load.host, load.port)
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    sent = 0
    clock = time.perf_counter
    try:
        while True:
            now = clock()
            if quota is not None:
                if sent >= quota:
                    break
            elif now >= stop_at:
                break
            started = clock()
            try:
                status = connection.request(payload)
            except OSError:
                errors += 1
                connection.close()
                time.sleep(0.01)
                continue
            sent += 1
            if quota is None and started < start_at:
                continue  # warm-up: connections, caches, pools
            latencies.append((clock() - started) * 1000)
            statuses[status] = statuses.get(status, 0) + 1
            if not 200 <= status < 300:
                errors += 1
    finally:
        connection.close()
    out.append((latencies, statuses, errors))


def _process_run(load: Load, threads: int, quota: int | None, start: float) -> tuple[Any, ...]:
    payload = load.request_bytes()
    start_at = start + load.warmup
    stop_at = start_at + load.duration
    out: list[Any] = []
    workers = [
        threading.Thread(
            target=_thread_run,
            args=(load, payload, start_at, stop_at, _share(quota, threads, i), out),
            daemon=True,
        )
        for i in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    for thread_latencies, thread_statuses, thread_errors in out:
        latencies.extend(thread_latencies)
        errors += thread_errors
        for status, count in thread_statuses.items():
            statuses[status] = statuses.get(status, 0) + count
    return latencies, statuses, errors, time.perf_counter()


# How long the spawned load processes may take to start before the run is given up.
SPAWN_TIMEOUT_SECONDS = 60.0


def _started(ready: Any) -> None:
    """Pool initializer: this process has started and imported the load generator."""
    ready.wait(SPAWN_TIMEOUT_SECONDS)


def _share(total: int | None, parts: int, index: int) -> int | None:
    if total is None:
        return None
    return total // parts + (1 if index < total % parts else 0)


def run_load(load: Load) -> LoadResult:
    """Run ``load`` and return what was measured after the warm-up.

    ``processes`` worker processes (spawned) each run ``connections / processes`` threads; a
    single process runs in this one.
    """
    processes = max(1, min(load.processes, load.connections))
    per_process = [
        load.connections // processes + (1 if i < load.connections % processes else 0)
        for i in range(processes)
    ]
    quotas = [_share(load.total_requests, processes, i) for i in range(processes)]
    if processes == 1:
        # perf_counter is CLOCK_MONOTONIC on Linux: the same clock in every process.
        start = time.perf_counter()
        results = [_process_run(load, per_process[0], quotas[0], start)]
    else:
        # Spawned, not forked: a fork of the caller (a test run, say) would inherit its open
        # files and handlers, and a child that fails on its way out could go on as the caller.
        context = multiprocessing.get_context("spawn")
        # The clock starts once every process has started and imported this module: on a
        # loaded machine that takes longer than the warm-up, and the measured window would
        # lose its first part (or all of it) while the rate is still taken over all of it.
        ready = context.Barrier(processes + 1)
        pool = context.Pool(processes, initializer=_started, initargs=(ready,))
        try:
            ready.wait(SPAWN_TIMEOUT_SECONDS)
            start = time.perf_counter()
            pending = [
                pool.apply_async(_process_run, (load, per_process[i], quotas[i], start))
                for i in range(processes)
            ]
            results = [p.get() for p in pending]
            # Let the workers exit on their own rather than signal them with terminate().
            pool.close()
            pool.join()
        except BaseException:
            pool.terminate()
            raise
    latencies: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    finished = start
    for process_latencies, process_statuses, process_errors, ended in results:
        latencies.extend(process_latencies)
        errors += process_errors
        finished = max(finished, ended)
        for status, count in process_statuses.items():
            statuses[status] = statuses.get(status, 0) + count
    if load.total_requests is not None:
        seconds = finished - start
    else:
        seconds = min(load.duration, finished - start - load.warmup)
    return LoadResult(
        requests=len(latencies),
        errors=errors,
        seconds=seconds,
        latencies_ms=latencies,
        statuses=statuses,
    )
