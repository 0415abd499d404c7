"""A free TCP port for a server about to start (``up``'s embedded Redis, benchmarks, tests).

The port is taken below the kernel's ephemeral range (``net.ipv4.ip_local_port_range``),
where the kernel never puts the local end of an outgoing connection. A port the OS picks
(``bind`` to port 0) is in that range: by the time the server binds it, seconds later on a
busy machine, any client connection may have taken it (``Address already in use``).
"""

from __future__ import annotations

import random
import socket
from pathlib import Path

# Below the ephemeral range and above the usual service ports (Postgres 5432, Redis 6379,
# RabbitMQ 5672 and 15672, MariaDB 3306 are all lower).
LOWEST = 20000
_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
_handed_out: set[int] = set()


def ephemeral_start() -> int:
    """The first port of the kernel's ephemeral range (IANA's 49152 where it is not told)."""
    try:
        return int(_RANGE_FILE.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 49152


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """True when a server could bind ``port`` on ``host`` now (as servers do, with
    ``SO_REUSEADDR``: connections of an earlier server still closing do not count)."""
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing on ``host`` uses now, outside the ephemeral range, never the same
    twice in one process; the OS's pick where that range leaves no room below it."""
    highest = ephemeral_start()
    for _ in range(100 if highest - LOWEST >= 1000 else 0):
        port = random.randrange(LOWEST, highest)
        if port not in _handed_out and port_is_free(port, host):
            _handed_out.add(port)
            return port
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
