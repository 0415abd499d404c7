"""Real processes for end-to-end tests: start a role, wait until it serves, stop it."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path

import requests

__all__ = ["ROOT", "Service", "wait_for"]

ROOT = Path(__file__).resolve().parents[2]


def wait_for(
    predicate: Callable[[], bool], timeout: float, what: str, interval: float = 0.1
) -> None:
    """Poll ``predicate`` until it is true; fail naming ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except Exception:
            pass
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout}s waiting for {what}")


class Service:
    """An ``orchestrator`` subcommand in its own process group, output kept in a file."""

    def __init__(self, name: str, args: list[str], env: Mapping[str, str]) -> None:
        self.name = name
        self.args = args
        self.log = tempfile.NamedTemporaryFile(  # noqa: SIM115 - lives as long as the process
            prefix=f"{name}-", suffix=".log", delete=False
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "orchestrator_cli", *args],
            env={**os.environ, **env},
            stdout=self.log,
            stderr=subprocess.STDOUT,
            cwd=ROOT,
            start_new_session=True,
        )
        self._terminated = False

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")

    def wait_http(self, url: str, timeout: float = 30) -> Service:
        def up() -> bool:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited early:\n{self.output()[-3000:]}")
            return requests.get(url, timeout=1).status_code < 500

        try:
            wait_for(up, timeout, f"{self.name} at {url}")
        except RuntimeError as exc:
            raise AssertionError(str(exc)) from None
        except TimeoutError as exc:
            raise AssertionError(f"{exc}\n{self.output()[-3000:]}") from None
        return self

    def wait_output(self, text: str, timeout: float = 30) -> Service:
        try:
            wait_for(lambda: text in self.output(), timeout, f"{text!r} from {self.name}")
        except TimeoutError as exc:
            raise AssertionError(f"{exc}\n{self.output()[-3000:]}") from None
        return self

    def signal(self, sig: int) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)

    def terminate(self) -> None:
        """SIGTERM the main process, once: it shuts its children down in order (and they
        save their coverage data)."""
        if self.process.poll() is None and not self._terminated:
            self._terminated = True
            self.process.send_signal(signal.SIGTERM)

    def stop(self, timeout: float = 15) -> int:
        """SIGTERM (unless ``terminate`` sent it); SIGKILL the group after ``timeout``."""
        if self.process.poll() is None:
            self.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.signal(signal.SIGKILL)
                self.process.wait(5)
        self.signal(signal.SIGKILL)  # stragglers in the group (pool children)
        self.log.close()
        return int(self.process.returncode)

    def kill(self) -> None:
        self.signal(signal.SIGKILL)
        self.process.wait(5)
