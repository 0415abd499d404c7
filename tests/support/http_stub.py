"""Small HTTP services on loopback, for tests that need a real server rather than a mock."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from socketserver import BaseServer
from typing import Any

import orjson


class JsonHandler(BaseHTTPRequestHandler):
    """A request handler that answers JSON and logs nothing."""

    def send_json(self, status: int, body: Any) -> None:
        data = orjson.dumps(body)
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: Any) -> None:
        pass


# How often ``serve_forever`` looks for ``shutdown()``: at its default (0.5 s) closing each
# server took up to half a second, and most unit tests close two.
POLL_INTERVAL = 0.02


def start_serving(server: BaseServer) -> None:
    """Serve ``server`` in a daemon thread until its ``shutdown()``."""
    threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": POLL_INTERVAL}, daemon=True
    ).start()


@contextmanager
def serving(handler: type[BaseHTTPRequestHandler], port: int = 0) -> Iterator[ThreadingHTTPServer]:
    """A server of ``handler`` on a loopback port (a free one by default), in a thread,
    closed afterwards."""
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    start_serving(server)
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def url_of(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"


@dataclass
class Call:
    """A request the stub received."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return orjson.loads(self.body)


@dataclass
class Reply:
    """A scripted answer: ``status``, a JSON ``json`` or raw ``body``, extra ``headers``,
    sent after ``delay`` seconds (or with ``hang_up`` the connection is closed unanswered)."""

    status: int = 200
    json: Any = None
    body: bytes | str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    hang_up: bool = False


Answer = Reply | Callable[[Call], Reply]


@dataclass
class Route:
    """The answers of one method and path: each call takes the next, the last one repeats."""

    answers: list[Answer]
    calls: list[Call] = field(default_factory=list)

    @property
    def call_count(self) -> int:
        return len(self.calls)


class Stub:
    """A loopback HTTP server with scripted answers per method and path, recording every call.

    The real-socket counterpart of ``responses`` for clients built on urllib3 directly.
    """

    def __init__(self) -> None:
        self.routes: dict[tuple[str, str], Route] = {}
        self.calls: list[Call] = []
        self.url = ""
        self._lock = threading.Lock()

    def add(self, method: str, path: str, answer: Answer | None = None, **reply: Any) -> Route:
        """Append an answer to ``method path`` (a ``Reply``'s fields, or a callable)."""
        route = self.routes.setdefault((method.upper(), path), Route([]))
        route.answers.append(answer if answer is not None else Reply(**reply))
        return route

    def replace(self, method: str, path: str, answer: Answer | None = None, **reply: Any) -> Route:
        """Make ``method path`` answer only this from now on."""
        route = self.routes.setdefault((method.upper(), path), Route([]))
        route.answers[:] = [answer if answer is not None else Reply(**reply)]
        return route

    def _answer(self, call: Call) -> Reply:
        with self._lock:
            self.calls.append(call)
            route = self.routes.get((call.method, call.path))
            if route is None:
                return Reply(404, {"error": {"message": f"no stub for {call.path}"}})
            route.calls.append(call)
            answer = route.answers.pop(0) if len(route.answers) > 1 else route.answers[0]
        return answer(call) if callable(answer) else answer

    def handler(self) -> type[BaseHTTPRequestHandler]:
        stub = self

        class Handler(JsonHandler):
            protocol_version = "HTTP/1.1"
            # Headers and body in one segment: else the client's delayed ACK costs 40 ms.
            disable_nagle_algorithm = True
            wbufsize = -1

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                call = Call(self.command, self.path, dict(self.headers.items()),
                            self.rfile.read(length))  # fmt: skip
                reply = stub._answer(call)
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.hang_up:
                    self.close_connection = True
                    return
                if reply.json is not None or reply.body is None:
                    data = orjson.dumps(reply.json) if reply.json is not None else b""
                    content_type = "application/json"
                else:
                    data = reply.body.encode() if isinstance(reply.body, str) else reply.body
                    content_type = "text/html"
                headers = dict(reply.headers)
                self.send_response(reply.status)
                self.send_header("Content-Type", headers.pop("Content-Type", content_type))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = _serve

        return Handler


@contextmanager
def stub_server(port: int = 0) -> Iterator[Stub]:
    """A ``Stub`` serving on a loopback port (a free one by default), closed afterwards."""
    stub = Stub()
    with serving(stub.handler(), port) as server:
        stub.url = url_of(server)
        yield stub
