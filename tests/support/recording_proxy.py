"""A loopback HTTP proxy that forwards to one upstream and keeps every exchange.

Put between a client and a real server, it shows what the client actually sent and what the
server actually answered, without changing either (the real-model test puts it between the
LLM arm and llama.cpp's server).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler
from typing import Any

import orjson
import requests

from tests.support.http_stub import serving, url_of


@dataclass(frozen=True)
class Exchange:
    method: str
    path: str
    request: Any
    status: int
    response: Any


class Recording:
    def __init__(self, upstream: str) -> None:
        self.upstream = upstream.rstrip("/")
        self.exchanges: list[Exchange] = []
        self.lock = threading.Lock()
        self.url = ""

    def posts(self, path_suffix: str) -> list[Exchange]:
        with self.lock:
            return [
                e for e in self.exchanges if e.method == "POST" and e.path.endswith(path_suffix)
            ]


def _json_or_text(data: bytes) -> Any:
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return data.decode(errors="replace")


def handler_for(recording: Recording, timeout: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _forward(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k: v for k, v in self.headers.items()
                       if k.lower() in ("content-type", "authorization", "accept")}  # fmt: skip
            upstream = requests.request(method, recording.upstream + self.path, data=body,
                                        headers=headers, timeout=timeout)  # fmt: skip
            with recording.lock:
                request = _json_or_text(body) if body else None
                answer = _json_or_text(upstream.content)
                recording.exchanges.append(
                    Exchange(method, self.path, request, upstream.status_code, answer)
                )
            self.send_response(upstream.status_code)
            self.send_header("Content-Type", upstream.headers.get("Content-Type", "text/plain"))
            self.send_header("Content-Length", str(len(upstream.content)))
            self.end_headers()
            self.wfile.write(upstream.content)

        def do_GET(self) -> None:
            self._forward("GET")

        def do_POST(self) -> None:
            self._forward("POST")

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def recording_proxy(upstream: str, timeout: float = 600) -> Iterator[Recording]:
    """A proxy to ``upstream`` on a free loopback port, recording until the block ends."""
    recording = Recording(upstream)
    with serving(handler_for(recording, timeout)) as server:
        recording.url = url_of(server)
        yield recording
