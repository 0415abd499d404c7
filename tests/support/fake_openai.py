"""A loopback OpenAI-compatible endpoint: ``POST /v1/chat/completions`` and ``GET /v1/models``.

It keeps every request body it receives and answers the next scripted reply (content,
finish reason, usage, or an HTTP error), else a default one. Run it in a thread
(``fake_provider()``) or as a process (``python -m tests.support.fake_openai PORT``), as the
benchmark does.
"""

from __future__ import annotations

import socket
import sys
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from typing import Any

import orjson

from tests.support.http_stub import JsonHandler, serving, url_of

DEFAULT_CONTENT = "A short answer."


@dataclass
class Reply:
    """One scripted answer: a completion, or ``status`` with ``error`` as the body."""

    content: str = DEFAULT_CONTENT
    finish_reason: str = "stop"
    prompt_tokens: int | None = 12
    completion_tokens: int | None = 5
    status: int = 200
    error: Any = None
    headers: dict[str, str] = field(default_factory=dict)


class FakeProvider:
    """What the endpoint was asked, and what it will answer next."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.headers: list[dict[str, str]] = []
        self.replies: deque[Reply] = deque()
        self.lock = threading.Lock()
        self.url = ""

    @property
    def base_url(self) -> str:
        return f"{self.url}/v1"

    def reset(self) -> None:
        with self.lock:
            self.requests.clear()
            self.headers.clear()
            self.replies.clear()

    def script(self, *replies: Reply) -> None:
        self.replies.extend(replies)

    def next_reply(self, body: dict[str, Any], headers: dict[str, str]) -> Reply:
        with self.lock:
            self.requests.append(body)
            self.headers.append(headers)
            return self.replies.popleft() if self.replies else Reply()

    @property
    def last(self) -> dict[str, Any]:
        return self.requests[-1]


def completion_body(reply: Reply, model: str) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 0,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": reply.content},
                "finish_reason": reply.finish_reason,
            }
        ],
    }
    if reply.prompt_tokens is not None and reply.completion_tokens is not None:
        body["usage"] = {
            "prompt_tokens": reply.prompt_tokens,
            "completion_tokens": reply.completion_tokens,
            "total_tokens": reply.prompt_tokens + reply.completion_tokens,
        }
    return body


def handler_for(provider: FakeProvider) -> type[JsonHandler]:
    class Handler(JsonHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as real endpoints do

        def setup(self) -> None:
            super().setup()
            # Headers and body go out in two writes: without this, Nagle's algorithm holds
            # the body until the client's delayed ACK (40 ms), dwarfing what is measured.
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_GET(self) -> None:
            if self.path.rstrip("/") == "/v1/models":
                self.send_json(200, {"object": "list", "data": [{"id": "fake", "object": "model"}]})
            else:
                self.send_json(404, {"error": {"message": "not found"}})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length)
            if self.path.rstrip("/") != "/v1/chat/completions":
                self.send_json(404, {"error": {"message": "not found"}})
                return
            body = orjson.loads(raw)
            reply = provider.next_reply(body, {k.lower(): v for k, v in self.headers.items()})
            if reply.status != 200:
                self.send_response(reply.status)
                data = orjson.dumps(reply.error) if reply.error is not None else b""
                self.send_header("Content-Type", "application/json")
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                return
            self.send_json(200, completion_body(reply, str(body.get("model"))))

    return Handler


@contextmanager
def fake_provider() -> Iterator[FakeProvider]:
    """A ``FakeProvider`` serving on a free loopback port until the block ends."""
    provider = FakeProvider()
    with serving(handler_for(provider)) as server:
        provider.url = url_of(server)
        yield provider


def main(port: int) -> None:  # pragma: no cover - run as a process by the benchmark
    server = ThreadingHTTPServer(("127.0.0.1", port), handler_for(FakeProvider()))
    server.daemon_threads = True
    server.serve_forever()


if __name__ == "__main__":  # pragma: no cover
    main(int(sys.argv[1]))
