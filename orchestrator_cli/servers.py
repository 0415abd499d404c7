"""Long-running server commands: each starts one process role."""

from __future__ import annotations

import os
import shutil
import tempfile
from typing import Any

import click

from orchestrator_cli.main import load_settings, patch_for_gevent


def _prepare_multiprocess_metrics() -> str | None:
    """A fresh PROMETHEUS_MULTIPROC_DIR unless one is given; set before prometheus is imported.

    Returns the directory when it was made here (and is ours to remove), else None.
    """
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return None
    directory = tempfile.mkdtemp(prefix="orchestrator-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = directory
    return directory


def _child_exit(_server: Any, worker: Any) -> None:
    # A dead worker's live gauges must not be summed any more.
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option(
    "--port",
    default=8000,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on.",
)
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=click.IntRange(1, 256),
    help="gunicorn worker processes.",
)
@click.option(
    "--threads",
    default=1,
    show_default=True,
    type=click.IntRange(1, 256),
    help="Ignored: kept for scripts. Each worker serves its connections as greenlets.",
)
@click.option(
    "--connections",
    default=1000,
    show_default=True,
    type=click.IntRange(1, 100_000),
    help="Connections each worker serves at once.",
)
def api(host: str, port: int, workers: int, threads: int, connections: int) -> None:
    """The HTTP API under gunicorn; each worker process builds its own app."""
    settings = load_settings()
    # gevent workers: a slow client costs a greenlet, not a whole worker (a sync worker
    # reading one header byte a second answered nobody else).
    patch_for_gevent()
    metrics_dir = _prepare_multiprocess_metrics()

    from orchestrator_api.app import create_app
    from shared.gunicorn_json import WORKER_CLASS
    from shared.logs import configure
    from shared.wsgi import serve

    configure(settings.log_level, settings.log_format)
    click.echo(f"API listening on http://{host}:{port} (workers={workers}, gevent)")
    master = os.getpid()
    try:
        serve(
            lambda: create_app(settings),
            host=host,
            port=port,
            workers=workers,
            worker_class=WORKER_CLASS,
            worker_connections=connections,
            child_exit=_child_exit,
        )
    finally:
        # Forked workers unwind through here too: only the master removes the directory.
        if metrics_dir and os.getpid() == master:
            shutil.rmtree(metrics_dir, ignore_errors=True)
