"""One shutdown handler at a time in a worker's main process.

Celery's shutdown handlers are not reentrant. A signal that arrives while one runs starts
another inside it, and the inner one waits for good on a lock the outer one holds (the
lock in ``Signal._live_receivers``, taken to send ``worker_shutting_down``). A burst of
SIGTERMs can hang a worker that way (measured on celery 5.7: 1 of 24 runs with five
SIGTERMs in a row; ``tests/worker/shutdown_reentry.py`` makes it certain). With the guard,
a signal that arrives while a handler runs waits for it to return. Then it runs whatever
handler is installed by then, once per signal number; after a first Ctrl-C that is
Celery's cold-shutdown handler, as Celery intends.

Celery installs its handlers through ``celery.platforms.signals``. :func:`install` puts
a :class:`GuardedSignals` there, which wraps each handler as it is installed. celery is
pinned ``~=5.7.0``, and ``tests/worker/test_signal_guard.py`` checks that Celery's shutdown
handlers still come through that object.
"""

from __future__ import annotations

import functools
import signal
from types import FrameType
from typing import Any

from celery import platforms

_running = False
# Signals that arrived while a handler ran: signal number -> its frame, in arrival order.
_deferred: dict[int, FrameType | None] = {}


def guard(handler: Any) -> Any:
    """``handler``, run one at a time with every other guarded handler (``SIG_DFL`` and
    ``SIG_IGN`` are returned as they are)."""
    if not callable(handler):
        return handler

    @functools.wraps(handler)
    def guarded(signum: int, frame: FrameType | None) -> Any:
        global _running
        if _running:  # Python runs handlers in the main thread only: no lock needed
            _deferred.setdefault(signum, frame)
            return None
        _running = True
        try:
            result = handler(signum, frame)
        finally:
            _running = False
        _run_deferred()
        return result

    return guarded


def _run_deferred() -> None:
    while _deferred:
        signum = next(iter(_deferred))
        frame = _deferred.pop(signum)
        current = signal.getsignal(signum)  # the handler installed by now
        if callable(current):
            current(signum, frame)


class GuardedSignals(platforms.Signals):  # type: ignore[misc]
    """``celery.platforms.Signals`` whose handlers run one at a time."""

    def __setitem__(self, name: str, handler: Any) -> None:
        super().__setitem__(name, guard(handler))


def install() -> None:
    """Guard every handler Celery installs from now on in this process."""
    if not isinstance(platforms.signals, GuardedSignals):
        platforms.signals = GuardedSignals()
