"""The ``webhooks`` section: how long after a task ends its webhook arrives.

A receiver in the bench process (HTTP/1.1 keep-alive, loopback) notes the wall-clock time
of each delivery; the latency is that time minus the task's ``finished_at`` (the terminal
transition's time, by the database's clock on the same machine): the commit, the announce
message, a worker taking it, the claim, the signed POST. The baseline is a bare POST of the
same size to the same receiver from this process over a kept connection: the part of the
figure that is the HTTP call itself.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import orjson
import urllib3

from benchmarks.loadgen import percentiles

PATH = "/hook"


class Receiver:
    """Delivery arrival times by task id; answers 204 to every POST."""

    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.posts = 0
        self.changed = threading.Condition()
        self.url = ""

    def handler(self) -> type[BaseHTTPRequestHandler]:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                at = time.time()
                self.send_response(204)
                self.send_header("Content-Length", "0")
                self.end_headers()
                task_id = orjson.loads(body).get("task_id") if body else None
                with receiver.changed:
                    receiver.posts += 1
                    if task_id:
                        receiver.arrived.setdefault(str(task_id), at)
                    receiver.changed.notify_all()

            def log_message(self, *args: Any) -> None:
                pass

        return Handler

    def wait(self, task_id: str, timeout: float) -> float:
        """The arrival time of ``task_id``'s delivery; ``TimeoutError`` after ``timeout``."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while task_id not in self.arrived:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise TimeoutError(f"no webhook for task {task_id} within {timeout}s")
                self.changed.wait(left)
            return self.arrived[task_id]


@contextmanager
def receiving() -> Iterator[Receiver]:
    receiver = Receiver()
    server = ThreadingHTTPServer(("127.0.0.1", 0), receiver.handler())
    threading.Thread(target=server.serve_forever, daemon=True).start()
    receiver.url = f"http://127.0.0.1:{server.server_address[1]}{PATH}"
    try:
        yield receiver
    finally:
        server.shutdown()
        server.server_close()


def bare_posts(receiver: Receiver, samples: int) -> dict[str, float]:
    """Latency of ``samples`` bare POSTs of a delivery-sized body to ``receiver``."""
    body = orjson.dumps(
        {"delivery_id": 1, "task_id": "", "status": "completed", "error": None,
         "result_url": "http://127.0.0.1:8000/tasks/" + "0" * 36,
         "finished_at": "2026-12-02T00:00:00.000000+00:00"}
    )  # fmt: skip
    pool = urllib3.PoolManager(maxsize=1)
    latencies = []
    for _ in range(samples):
        started = time.perf_counter()
        answer = pool.request("POST", receiver.url, body=body, retries=False, redirect=False,
                              headers={"Content-Type": "application/json"})  # fmt: skip
        latencies.append((time.perf_counter() - started) * 1000)
        if answer.status != 204:
            raise RuntimeError(f"the receiver answered {answer.status}")
    pool.clear()
    return percentiles(latencies)


def summary(delivered_ms: list[float], baseline: dict[str, float], samples: int) -> dict[str, Any]:
    pipeline = percentiles(delivered_ms)
    return {
        "samples": samples,
        "after_transition": pipeline,
        "bare_post": baseline,
        "added_p50_ms": round(pipeline["p50_ms"] - baseline["p50_ms"], 2),
    }
