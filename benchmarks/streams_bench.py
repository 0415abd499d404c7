"""Open task streams held by the bench: many ``GET /tasks/<id>/stream`` connections on raw
sockets, read (and discarded) by one thread, so holding 500 of them costs the load
generator next to nothing."""

from __future__ import annotations

import selectors
import socket
import threading
import time
from dataclasses import dataclass, field


@dataclass
class OpenStreams:
    """``len(task_ids)`` streams of the API at ``host:port``, open until ``close``."""

    host: str
    port: int
    key: str
    task_ids: list[str]
    _selector: selectors.DefaultSelector = field(default_factory=selectors.DefaultSelector)
    _sockets: dict[int, socket.socket] = field(default_factory=dict)
    _answered: set[int] = field(default_factory=set)
    _received: dict[int, bytes] = field(default_factory=dict)
    closed_by_server: int = 0
    refused: list[bytes] = field(default_factory=list)
    heartbeats: int = 0
    _stop: threading.Event = field(default_factory=threading.Event)
    _thread: threading.Thread | None = None

    def open(self, timeout: float = 60.0) -> float:
        """Connect every stream and wait for each one's ``200`` head; the seconds it took."""
        started = time.monotonic()
        for task_id in self.task_ids:
            sock = socket.create_connection((self.host, self.port), timeout=timeout)
            request = (
                f"GET /tasks/{task_id}/stream HTTP/1.1\r\nHost: {self.host}:{self.port}\r\n"
                f"Authorization: Bearer {self.key}\r\nAccept: text/event-stream\r\n\r\n"
            )
            sock.sendall(request.encode())
            sock.setblocking(False)
            self._sockets[sock.fileno()] = sock
            self._received[sock.fileno()] = b""
            self._selector.register(sock, selectors.EVENT_READ)
        self._thread = threading.Thread(target=self._read, name="open-streams", daemon=True)
        self._thread.start()
        deadline = started + timeout
        while len(self._answered) < len(self.task_ids):
            if self.refused:
                raise RuntimeError(f"a stream was refused: {self.refused[0]!r}")
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"only {len(self._answered)} of {len(self.task_ids)} streams answered"
                )
            time.sleep(0.05)
        return time.monotonic() - started

    def _read(self) -> None:
        while not self._stop.is_set():
            for key, _ in self._selector.select(timeout=0.2):
                sock = key.fileobj
                assert isinstance(sock, socket.socket)
                number = sock.fileno()
                try:
                    chunk = sock.recv(65536)
                except BlockingIOError:
                    continue
                except OSError:
                    chunk = b""
                if not chunk:
                    self._selector.unregister(sock)
                    self.closed_by_server += 1
                    continue
                self.heartbeats += chunk.count(b": keep-alive")
                if number not in self._answered:
                    head = self._received[number] + chunk
                    self._received[number] = head
                    if b"\r\n" in head:
                        if not head.startswith(b"HTTP/1.1 200"):
                            self.refused.append(head[:200])
                        self._answered.add(number)
                        self._received[number] = b""

    def wait_closed(self, timeout: float = 60.0) -> None:
        """Wait until the server ended every stream (their tasks reached a terminal status)."""
        deadline = time.monotonic() + timeout
        while self.closed_by_server < len(self.task_ids):
            if time.monotonic() > deadline:
                raise TimeoutError(
                    f"{len(self.task_ids) - self.closed_by_server} streams still open"
                )
            time.sleep(0.05)

    @property
    def open_count(self) -> int:
        return len(self._answered) - self.closed_by_server

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
        for sock in self._sockets.values():
            sock.close()
        self._selector.close()
