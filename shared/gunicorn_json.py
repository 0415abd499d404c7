"""gunicorn's gevent worker answering its own errors in the JSON error shape.

gunicorn answers a request it cannot parse (a request line or a header block over its
limits, a malformed line) before any application runs, with an HTML page from
``gunicorn.util.write_error``. Every answer of our services is JSON, errors included: this
worker replaces that function in its own process with one writing
``{"error": {"code", "message", "details"}, "request_id"}``, same status and reason.
The base worker calls ``util.write_error(client, status, reason, message)`` from
``handle_error``; ``tests/test_gunicorn.py`` proves it still does (gunicorn is pinned
``~=27.0`` in pyproject.toml).

The gevent worker (one greenlet per connection) also keeps a slow client from holding a
whole worker: a request's line and headers must arrive within gunicorn's ``keepalive``
seconds (``timeout_ctx``), else the connection is closed.
"""

from __future__ import annotations

import uuid
from typing import Any

import orjson
from gunicorn import util
from gunicorn.workers.ggevent import GeventWorker

_CODES = {
    400: "bad_request",
    403: "forbidden",
    414: "request_line_too_long",
    417: "expectation_failed",
    431: "request_headers_too_large",
    501: "not_implemented",
}


def write_json_error(sock: Any, status_int: int, reason: str, mesg: str) -> None:
    """What ``gunicorn.util.write_error`` writes, in the JSON error shape."""
    body = orjson.dumps(
        {
            "error": {
                "code": _CODES.get(status_int, "internal_error"),
                "message": mesg or reason,
                "details": {},
            },
            "request_id": uuid.uuid4().hex,
        }
    )
    head = (
        f"HTTP/1.1 {status_int} {reason}\r\nConnection: close\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    )
    util.write_nonblock(sock, head.encode("latin-1") + body)


class JsonErrorGeventWorker(GeventWorker):  # type: ignore[misc]
    """``gevent`` worker class whose own error answers are JSON (see the module doc)."""

    def init_process(self) -> None:
        util.write_error = write_json_error
        super().init_process()


WORKER_CLASS = f"{__name__}.{JsonErrorGeventWorker.__name__}"
