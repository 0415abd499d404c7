"""The processes a benchmark runs: start a role in its own process group, wait, measure, stop."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

import requests

_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def group_peak_rss_kib(pgid: int) -> int:
    """Sum of ``VmHWM`` (peak resident set, KiB) over the live processes of group ``pgid``."""
    total = 0
    for pid, _fields in _group_pids(pgid):
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    total += int(line.split()[1])
        except (OSError, ValueError, IndexError):
            continue  # the process ended meanwhile
    return total


def _group_pids(pgid: int) -> Iterator[tuple[str, list[str]]]:
    """(pid, fields of /proc/<pid>/stat after the name) of each live process of group ``pgid``."""
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            # The name in () may hold spaces: split after its closing parenthesis.
            fields = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # the process ended meanwhile
        if len(fields) > 12 and fields[2] == str(pgid):
            yield entry, fields


def group_cpu_seconds(pgid: int) -> float:
    """User plus system CPU time of the live processes of group ``pgid``, in seconds."""
    ticks = 0
    for _pid, fields in _group_pids(pgid):
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / _CLOCK_TICKS


def machine_cpu_seconds() -> float:
    """CPU time the whole machine spent busy (all CPUs, all processes), in seconds."""
    with open("/proc/stat") as stat:
        values = [int(v) for v in stat.readline().split()[1:]]
    idle = values[3] + (values[4] if len(values) > 4 else 0)  # idle + iowait
    return (sum(values[:8]) - idle) / _CLOCK_TICKS


class Role:
    """A Python module run as ``python -m <module> <args>``, in a new process group."""

    def __init__(self, name: str, module: str, args: list[str], env: Mapping[str, str]) -> None:
        self.name = name
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - lives as long as the process
            prefix=f"bench-{name}-", suffix=".log", delete=False
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", module, *args],
            env={**os.environ, **env},
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")

    def _alive(self) -> None:
        if self.process.poll() is not None:
            raise RuntimeError(f"{self.name} exited early:\n{self.output()[-3000:]}")

    def wait_http(self, url: str, timeout: float = 60) -> Role:
        """Wait until ``url`` answers below 500 (or the process dies)."""

        def up() -> bool:
            self._alive()
            return requests.get(url, timeout=1).status_code < 500

        self._wait(up, timeout, url)
        return self

    def wait_port(self, port: int, timeout: float = 60) -> Role:
        """Wait until something accepts connections on ``port``."""

        def up() -> bool:
            self._alive()
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return True

        self._wait(up, timeout, f"port {port}")
        return self

    def wait_output(self, text: str, timeout: float = 60) -> Role:
        """Wait until ``text`` appears in the process's output."""

        def seen() -> bool:
            self._alive()
            return text in self.output()

        self._wait(seen, timeout, repr(text))
        return self

    def _wait(self, predicate: Callable[[], bool], timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                if predicate():
                    return
            except RuntimeError:
                raise
            except Exception:  # not up yet
                pass
            time.sleep(0.05)
        raise RuntimeError(f"{self.name}: timed out waiting for {what}\n{self.output()[-3000:]}")

    def cpu_seconds(self) -> float:
        """CPU time used so far by the role's live processes."""
        return group_cpu_seconds(self.process.pid)

    def peak_rss_kib(self) -> int:
        """Peak resident memory of the role's whole process group (master and children)."""
        return group_peak_rss_kib(self.process.pid)

    def stop(self, timeout: float = 15) -> None:
        """SIGTERM the group, SIGKILL what is left after ``timeout``; remove the log."""
        if self.process.poll() is None:
            self._signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self._signal(signal.SIGKILL)
                self.process.wait(5)
        self._signal(signal.SIGKILL)  # pool children left behind
        self.log.close()
        with contextlib.suppress(OSError):
            os.unlink(self.log.name)

    def _signal(self, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(self.process.pid, sig)
