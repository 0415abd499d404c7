"""A TCP proxy between a client and an HTTP service that delays, trickles or cuts answers.

Each request gets its own connection to the service (the proxy asks for
``Connection: close``), so a fault applies to the answer of exactly the requests it picks:
``fault_for(request_line)`` returns the fault for one request, by its first line
(``b"POST /arms/summarizer/execute HTTP/1.1"``). Faults:

- ``"pass"``: the answer as the service sends it;
- ``"delay"``: the whole answer held ``delay`` seconds, then sent;
- ``"trickle"``: the answer sent one byte every ``interval`` seconds;
- ``"cut"``: the connection closed once the service starts answering (it did the work,
  the client never hears of it).
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Fault = str  # "pass" | "delay" | "trickle" | "cut"


@dataclass
class FaultProxy:
    upstream: tuple[str, int]
    fault_for: Callable[[bytes], Fault] = lambda _line: "pass"
    delay: float = 10.0
    interval: float = 0.1
    requests: list[tuple[bytes, Fault]] = field(default_factory=list)
    port: int = 0
    _server: socket.socket | None = None
    _stopped: threading.Event = field(default_factory=threading.Event)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def count(self, fragment: bytes) -> int:
        """Requests whose first line contains ``fragment``."""
        return sum(1 for line, _ in self.requests if fragment in line)

    def start(self) -> FaultProxy:
        server = socket.create_server(("127.0.0.1", self.port))
        self._server, self.port = server, server.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopped.set()
        if self._server is not None:
            with contextlib.suppress(OSError):
                self._server.close()

    def _accept(self) -> None:
        assert self._server is not None
        while not self._stopped.is_set():
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client, contextlib.suppress(OSError):
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(65536)
                if not chunk:
                    return
                head += chunk
            headers, rest = head.split(b"\r\n\r\n", 1)
            lines = headers.split(b"\r\n")
            fault = self.fault_for(lines[0])
            self.requests.append((lines[0], fault))
            kept = [h for h in lines if not h.lower().startswith(b"connection:")]
            request = b"\r\n".join([*kept, b"Connection: close"]) + b"\r\n\r\n" + rest
            with socket.create_connection(self.upstream) as upstream:
                upstream.sendall(request)
                threading.Thread(target=_pump, args=(client, upstream), daemon=True).start()
                self._answer(upstream, client, fault)

    def _answer(self, upstream: socket.socket, client: socket.socket, fault: Fault) -> None:
        first = upstream.recv(65536)
        if fault == "cut" or not first:
            return
        if fault == "delay":
            time.sleep(self.delay)
        data = first
        while data:
            if fault == "trickle":
                for i in range(len(data)):
                    client.sendall(data[i : i + 1])
                    time.sleep(self.interval)
            else:
                client.sendall(data)
            data = upstream.recv(65536)


def _pump(source: socket.socket, target: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            target.sendall(data)
