"""``Client.stream`` against loopback servers: resuming a dropped stream with Last-Event-ID,
and falling back to the event log on an API without the stream endpoint."""

from __future__ import annotations

import threading

import orjson
import pytest

from orchestrator_client import Client, NotFound
from tests.support.http_stub import JsonHandler, serving, url_of

TASK = "6f1c2a3e-0000-4000-8000-000000000001"
EVENTS = [
    {"id": 1, "from_status": None, "to_status": "pending", "reason": "submitted"},
    {"id": 2, "from_status": "pending", "to_status": "processing", "reason": "attempt 1"},
    {"id": 3, "from_status": "processing", "to_status": "completed", "reason": None},
]


def _sse(kind: str, event_id: str, data: dict[str, object]) -> bytes:
    return b"id: %s\nevent: %s\ndata: %s\n\n" % (event_id.encode(), kind.encode(),
                                                  orjson.dumps(data))  # fmt: skip


class DroppingStream(JsonHandler):
    """Sends the first two events and a step, then drops the connection; on a reconnect
    sends what comes after the Last-Event-ID it gets."""

    resumed_with: list[str | None] = []
    lock = threading.Lock()

    def do_GET(self) -> None:
        last = self.headers.get("Last-Event-ID")
        with self.lock:
            self.resumed_with.append(last)
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        self.close_connection = True
        if last is None:
            self.wfile.write(b"retry: 2000\n\n: keep-alive\n\n")
            self.wfile.write(_sse("status", "1-0", EVENTS[0]))
            self.wfile.write(_sse("step", "1-7", {"id": 7, "step_id": "a",
                                                  "to_status": "completed"}))  # fmt: skip
            self.wfile.write(_sse("status", "2-7", EVENTS[1]))
            self.wfile.write(b'id: 3-7\nevent: status\ndata: {"id"')  # cut mid-event
            return
        assert last == "2-7"
        self.wfile.write(_sse("status", "3-7", EVENTS[2]))


def test_a_dropped_stream_is_resumed_with_the_last_event_id_losing_and_repeating_nothing() -> None:
    DroppingStream.resumed_with.clear()
    with serving(DroppingStream) as server:
        client = Client(url_of(server), "orc_test_key")
        events = list(client.stream(TASK, timeout=30, steps=True))

    assert [(e["event"], e["id"]) for e in events] == [
        ("status", 1), ("step", 7), ("status", 2), ("status", 3),
    ]  # fmt: skip
    assert DroppingStream.resumed_with == [None, "2-7"]


class NoStreamEndpoint(JsonHandler):
    """An API from before the stream: 404 on the route, the task and its log answer."""

    polls = 0

    def do_GET(self) -> None:
        if self.path.endswith("/stream"):
            self.send_json(404, {"error": {"code": "not_found", "message": "No such route."}})
        elif self.path.endswith("/events"):
            NoStreamEndpoint.polls += 1
            shown = EVENTS[: min(len(EVENTS), NoStreamEndpoint.polls + 1)]
            self.send_json(200, {"task_id": TASK, "events": shown})
        elif TASK in self.path:
            self.send_json(200, {"task_id": TASK, "status": "processing"})
        else:
            self.send_json(404, {"error": {"code": "not_found", "message": "Task not found."}})


def test_an_api_without_the_stream_is_followed_by_reading_the_event_log() -> None:
    NoStreamEndpoint.polls = 0
    with serving(NoStreamEndpoint) as server:
        client = Client(url_of(server), "orc_test_key")
        events = list(client.stream(TASK, timeout=30, interval=0.01))
        with pytest.raises(NotFound):
            list(client.stream("6f1c2a3e-0000-4000-8000-00000000dead", timeout=5))

    assert [e["to_status"] for e in events] == ["pending", "processing", "completed"]
    assert NoStreamEndpoint.polls >= 2
