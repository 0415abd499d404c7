"""A worker's shutdown handlers run one at a time (``orchestrator_worker.signal_guard``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from celery import platforms
from celery.apps import worker as celery_worker

from orchestrator_worker import signal_guard


@pytest.fixture
def guarded() -> Iterator[None]:
    """The guard installed, and every handler a test touches restored afterwards."""
    saved = {s: signal.getsignal(s) for s in (signal.SIGUSR1, signal.SIGTERM, signal.SIGINT)}
    original = platforms.signals
    signal_guard.install()
    yield
    platforms.signals = original
    for signum, handler in saved.items():
        signal.signal(signum, handler)


def _deliver(seconds: float = 0.05) -> None:
    """Give Python the chance to run pending handlers (between bytecodes)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        pass


@pytest.mark.usefixtures("guarded")
def test_celery_installs_its_shutdown_handlers_through_the_guard() -> None:
    """The override still matches the library: Celery's warm and cold shutdown handlers
    (SIGTERM, SIGINT and the cold one a first Ctrl-C installs) come through
    ``celery.platforms.signals``."""
    worker = SimpleNamespace(hostname="guard@test")
    celery_worker.install_worker_term_handler(worker)
    celery_worker.install_worker_int_handler(worker)
    celery_worker.install_worker_term_hard_handler(worker, sig="SIGUSR1", verbose=False)
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGUSR1):
        handler = signal.getsignal(signum)
        assert handler.__wrapped__.__module__ == "celery.apps.worker", signum  # type: ignore[union-attr]


@pytest.mark.usefixtures("guarded")
def test_a_signal_during_a_handler_runs_after_it_not_inside_it() -> None:
    calls: list[str] = []

    def handler(signum: int, _frame: object) -> None:
        calls.append("enter")
        if len(calls) == 1:
            os.kill(os.getpid(), signum)  # a second one while the first runs
            _deliver()
        calls.append("exit")

    platforms.signals["SIGUSR1"] = handler
    os.kill(os.getpid(), signal.SIGUSR1)
    _deliver()
    assert calls == ["enter", "exit", "enter", "exit"]


def test_without_the_guard_the_same_handler_runs_inside_itself() -> None:
    """What the guard prevents, shown on the same handler installed directly."""
    calls: list[str] = []

    def handler(signum: int, _frame: object) -> None:
        calls.append("enter")
        if len(calls) == 1:
            os.kill(os.getpid(), signum)
            _deliver()
        calls.append("exit")

    saved = signal.signal(signal.SIGUSR1, handler)
    try:
        os.kill(os.getpid(), signal.SIGUSR1)
        _deliver()
    finally:
        signal.signal(signal.SIGUSR1, saved)
    assert calls == ["enter", "enter", "exit", "exit"]


@pytest.mark.usefixtures("guarded")
def test_a_burst_runs_once_more_with_the_handler_installed_by_then() -> None:
    """As after a first Ctrl-C: the warm handler installs the cold one, and the signals of
    the burst that came meanwhile run the cold one, once."""
    calls: list[str] = []

    def cold(_signum: int, _frame: object) -> None:
        calls.append("cold")

    def warm(signum: int, _frame: object) -> None:
        calls.append("warm")
        platforms.signals["SIGUSR1"] = cold
        for _ in range(5):
            os.kill(os.getpid(), signum)
            _deliver(0.01)

    platforms.signals["SIGUSR1"] = warm
    os.kill(os.getpid(), signal.SIGUSR1)
    _deliver()
    assert calls == ["warm", "cold"]


def test_default_and_ignore_dispositions_pass_through() -> None:
    assert signal_guard.guard(signal.SIG_DFL) is signal.SIG_DFL
    assert signal_guard.guard(signal.SIG_IGN) is signal.SIG_IGN


def _reentry(mode: str, timeout: float) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.worker.shutdown_reentry", mode],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=Path(__file__).resolve().parents[2],
    )


def test_a_sigterm_while_celerys_handler_holds_its_lock_does_not_hang_a_guarded_worker() -> None:
    """Celery's own warm-shutdown handler and signal, with a second SIGTERM arriving while
    the handler holds the signal's lock: with the guard, both run, one after the other."""
    done = _reentry("guarded", timeout=30)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "seen: SIGTERM SIGTERM"


def test_without_the_guard_celerys_handler_hangs_on_the_same_sigterm() -> None:
    """Why the guard exists; when a Celery release fixes its handler, this fails, and the
    guard can go."""
    with pytest.raises(subprocess.TimeoutExpired):  # killed with SIGKILL at the timeout
        _reentry("plain", timeout=5)
