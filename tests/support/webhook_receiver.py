"""A webhook receiver on loopback that checks each delivery's signature as a client would."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from tests.support.http_stub import Call, Reply, Stub, stub_server

PATH = "/hooks/orchestrator"


def verify(call: Call, secret: str) -> bool:
    """Whether ``call`` carries a valid signature under ``secret``: HMAC-SHA256 of
    ``{timestamp}.{raw body}``, as docs/webhooks.md tells receivers to check it."""
    timestamp = call.headers.get("X-Orchestrator-Timestamp", "")
    expected = hmac.new(
        secret.encode(), timestamp.encode() + b"." + call.body, hashlib.sha256
    ).hexdigest()
    given = call.headers.get("X-Orchestrator-Signature", "")
    return bool(timestamp) and hmac.compare_digest(given, f"sha256={expected}")


@dataclass
class Receiver:
    """The stub's calls to ``PATH``; answers 401 to a request whose signature is wrong, else
    the scripted statuses in turn (the last one repeats)."""

    stub: Stub
    secret: str
    statuses: list[int]

    @property
    def url(self) -> str:
        return self.stub.url + PATH

    def _answer(self, call: Call) -> Reply:
        if not verify(call, self.secret):
            return Reply(401, {"error": "bad signature"})
        status = self.statuses.pop(0) if len(self.statuses) > 1 else self.statuses[0]
        return Reply(status, {"ok": status < 300})

    @property
    def calls(self) -> list[Call]:
        return [c for c in self.stub.calls if c.path == PATH]

    def bodies(self) -> list[Any]:
        return [c.json() for c in self.calls]


@contextmanager
def receiver(secret: str, *statuses: int, port: int = 0) -> Iterator[Receiver]:
    """A receiver answering ``statuses`` in turn (default: 200 to every delivery), on
    ``port`` (a free one by default)."""
    with stub_server(port) as stub:
        found = Receiver(stub, secret, list(statuses or (200,)))
        stub.add("POST", PATH, found._answer)
        yield found
