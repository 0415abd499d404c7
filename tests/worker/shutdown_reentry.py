"""A SIGTERM that arrives while Celery's warm-shutdown handler holds its signal's lock.

    python -m tests.worker.shutdown_reentry guarded|plain

Installs Celery's own SIGTERM handler (``guarded``: through ``signal_guard``), connects a
``worker_shutting_down`` receiver, and makes the signal's lock send this process a second
SIGTERM the first time it is taken: the moment a burst of signals can hit. Prints the
signals the receiver saw. Celery's handler alone then waits for good on that lock (the
second SIGTERM runs it again inside the first); it cannot be stopped by SIGTERM either.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from types import SimpleNamespace, TracebackType

from celery import signals
from celery.apps import worker as celery_worker

from orchestrator_worker import signal_guard


def _run_pending_handlers(seconds: float = 0.05) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:  # Python runs signal handlers between bytecodes
        pass


class SignalledLock:
    """The signal's own lock; while it is first held, a SIGTERM arrives."""

    def __init__(self, lock: threading.Lock) -> None:
        self.lock = lock
        self.taken = 0

    def __enter__(self) -> SignalledLock:
        self.lock.acquire()
        self.taken += 1
        if self.taken == 1:
            os.kill(os.getpid(), signal.SIGTERM)
            _run_pending_handlers()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.lock.release()


def main(mode: str) -> None:
    if mode == "guarded":
        signal_guard.install()
    celery_worker.install_worker_term_handler(SimpleNamespace(hostname="reentry@test"))
    seen: list[str] = []
    shutting_down = signals.worker_shutting_down
    shutting_down.connect(lambda **named: seen.append(named["sig"]), weak=False)
    shutting_down.lock = SignalledLock(shutting_down.lock)  # after connect, which takes it too
    os.kill(os.getpid(), signal.SIGTERM)
    _run_pending_handlers()
    print("seen:", *seen, flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
