"""Run a command that ends when its parent does: ``python -m orchestrator_cli.tether PID CMD…``.

``orchestrator up`` starts every child through this: on Linux the child asks the kernel for
SIGTERM when ``up`` dies (``PR_SET_PDEATHSIG``), then becomes ``CMD`` (the setting survives
``exec``). So even a ``kill -9`` of ``up`` stops the whole stack, each service shutting
down as it does on a plain SIGTERM, instead of leaving it running with nobody to stop it.
Elsewhere the command just runs.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1


def tie_to_parent(parent_pid: int) -> bool:
    """Ask for SIGTERM when the parent dies; False when it is already gone."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_PDEATHSIG) failed")
    # The parent may have died before the request was made: then nobody would send it.
    return os.getppid() == parent_pid


def main(argv: list[str]) -> None:
    if len(argv) < 2 or not argv[0].isdigit():
        sys.exit("usage: python -m orchestrator_cli.tether PARENT_PID COMMAND [ARG...]")
    if not tie_to_parent(int(argv[0])):
        sys.exit(0)
    os.execvp(argv[1], argv[1:])  # noqa: S606 - the command up builds, never a shell


if __name__ == "__main__":
    main(sys.argv[1:])
