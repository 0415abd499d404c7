"""Run a command that ends when its parent does: ``python -m orchestrator_cli.tether PID CMD…``.

``orchestrator up`` starts every child through this. On Linux the tether asks the kernel for
SIGTERM when ``up`` dies (``PR_SET_PDEATHSIG``), runs ``CMD`` as its own child in the same
process group, and passes SIGTERM and SIGINT on to it, once. So even a ``kill -9`` of ``up``
stops the whole stack, each service shutting down as it does on a plain SIGTERM, instead of
leaving it running with nobody to stop it.

Why a process of its own rather than ``exec``: the kernel sends the death signal again each
time the orphan is handed to another of the dying parent's threads, a burst of SIGTERMs that
Celery's warm-shutdown handler does not survive (it is not reentrant and deadlocks). And with
``up`` gone nobody would kill a service whose shutdown hangs (a Celery worker retrying a
Redis that died beside it retries for good): once orphaned, the tether gives the command
``STOP_GRACE_SECONDS`` after passing SIGTERM on, as ``up`` does, then kills its process group.
The first death signal may come while ``up`` is still dying (when the thread that started the
tether ends), so the tether waits for its parent to be gone rather than judging at the signal.
It ends as its command did: the same exit code, or the same signal. Elsewhere than Linux there
is no death signal, and the tether only runs the command and passes signals on.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import subprocess
import sys
import threading
import time
from types import FrameType

PR_SET_PDEATHSIG = 1
# As ``up`` gives each child after SIGTERM before it kills the child's process group.
STOP_GRACE_SECONDS = 6.0
FORWARDED = (signal.SIGTERM, signal.SIGINT)
ORPHAN_POLL_SECONDS = 0.1


def tie_to_parent(parent_pid: int) -> bool:
    """Ask for SIGTERM when the parent dies; False when it is already gone."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    # The parent may have died before the request was made: then nobody would send it.
    return os.getppid() == parent_pid


def supervise(parent_pid: int, command: list[str], grace: float = STOP_GRACE_SECONDS) -> int:
    """Run ``command`` until it ends; its exit status (negative: the signal that ended it)."""
    child: subprocess.Popen[bytes] | None = None
    requested: int | None = None

    def stop_hung() -> None:
        if os.getpgid(0) == os.getpid():  # up's children lead their own group: all of it
            os.killpg(os.getpid(), signal.SIGKILL)
        elif child is not None:
            child.kill()

    def stop_if_orphaned(deadline: float) -> None:
        # The death signal comes when the thread of up that started the tether ends, which
        # may be before up itself is gone: the tether is orphaned only once its parent is.
        while os.getppid() == parent_pid:
            time.sleep(ORPHAN_POLL_SECONDS)
        time.sleep(max(0.0, deadline - time.monotonic()))
        stop_hung()  # nobody else will end a hung shutdown

    def pass_on(signum: int, _frame: FrameType | None) -> None:
        nonlocal requested
        if requested is not None:  # a burst of death signals, or a second request: one will do
            return
        requested = signum
        if child is not None:
            child.send_signal(signum)
        watch = threading.Thread(
            target=stop_if_orphaned, args=(time.monotonic() + grace,), name="tether-grace"
        )
        watch.daemon = True  # a command that stops in time ends the tether at once
        watch.start()

    for signum in FORWARDED:
        signal.signal(signum, pass_on)
    child = subprocess.Popen(command)
    if requested is not None:  # arrived while the command was starting
        child.send_signal(requested)
    return child.wait()


def end_as(status: int) -> None:
    """Exit as a child that ended with ``status`` did: its code, or its signal."""
    if status >= 0:
        sys.exit(status)
    with contextlib.suppress(OSError, ValueError):  # SIGKILL's disposition cannot be set
        signal.signal(-status, signal.SIG_DFL)
    os.kill(os.getpid(), -status)
    sys.exit(128 - status)  # a signal whose default is not to end the process


def main(argv: list[str]) -> None:
    if len(argv) < 2 or not argv[0].isdigit():
        sys.exit("usage: python -m orchestrator_cli.tether PARENT_PID COMMAND [ARG...]")
    parent_pid = int(argv[0])
    if not tie_to_parent(parent_pid):
        sys.exit(0)
    end_as(supervise(parent_pid, argv[1:]))


if __name__ == "__main__":
    main(sys.argv[1:])
