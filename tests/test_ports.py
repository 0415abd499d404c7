"""``free_port``: a port a server can bind, where no outgoing connection will take it first."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from shared import ports


def test_ports_are_bindable_below_the_ephemeral_range_and_never_repeated() -> None:
    start = ports.ephemeral_start()
    handed = [ports.free_port() for _ in range(50)]
    assert len(set(handed)) == 50
    assert all(ports.LOWEST <= port < start for port in handed)
    for _ in range(5):
        port = ports.free_port()
        with socket.socket() as server:
            # As servers bind (socketserver, gunicorn, Redis): a connection of an earlier
            # server on that port still in TIME_WAIT, from another test, does not count.
            server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            server.bind(("127.0.0.1", port))
            server.listen()


def test_a_port_in_use_is_never_handed_out(monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        with socket.socket() as spare:
            spare.bind(("127.0.0.1", 0))
            free = spare.getsockname()[1]
        assert not ports.port_is_free(taken) and ports.port_is_free(free)
        candidates = iter([taken, taken, free])
        monkeypatch.setattr(ports, "ephemeral_start", lambda: 60000)
        monkeypatch.setattr(ports.random, "randrange", lambda _low, _high: next(candidates))
        monkeypatch.setattr(ports, "_handed_out", set())
        assert ports.free_port() == free


def test_without_room_below_the_ephemeral_range_the_os_picks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(ports, "ephemeral_start", lambda: ports.LOWEST + 10)
    port = ports.free_port()
    with socket.socket() as server:
        server.bind(("127.0.0.1", port))
    assert port > 0


def test_the_ephemeral_range_is_read_from_the_kernel(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings = tmp_path / "ip_local_port_range"
    settings.write_text("40000\t60999\n")
    monkeypatch.setattr(ports, "_RANGE_FILE", settings)
    assert ports.ephemeral_start() == 40000
    monkeypatch.setattr(ports, "_RANGE_FILE", tmp_path / "missing")
    assert ports.ephemeral_start() == 49152
