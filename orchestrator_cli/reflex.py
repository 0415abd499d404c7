"""``orchestrator reflex``: the Reflex Layer reference service under gunicorn."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from typing import Any

import click

from orchestrator_cli.main import load_settings, patch_for_gevent


def _multiprocess_dir() -> None:
    """Give prometheus-client a shared directory so /metrics sums every worker."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        return
    path = tempfile.mkdtemp(prefix="reflex-metrics-")
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = path
    atexit.register(shutil.rmtree, path, ignore_errors=True)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option("--port", default=8100, show_default=True, type=int, help="Port to bind.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1), help="Processes.")
def reflex(host: str, port: int, workers: int) -> None:
    """Run the Reflex Layer reference service (PII and prompt-injection screening)."""
    settings = load_settings()
    patch_for_gevent()
    # Before prometheus-client is first imported: it picks its storage at import time.
    _multiprocess_dir()
    from prometheus_client import multiprocess

    from reflex_service.app import create_app
    from shared.logs import configure
    from shared.wsgi import serve

    configure(settings.log_level, settings.log_format)

    def child_exit(server: Any, worker: Any) -> None:
        multiprocess.mark_process_dead(worker.pid)  # type: ignore[no-untyped-call]

    click.echo(f"Reflex Layer listening on http://{host}:{port}", err=True)
    serve(
        lambda: create_app(settings),
        host=host,
        port=port,
        workers=workers,
        # One event loop per process: a screening runs start to end, with no thread hand-offs
        # around it (measured: 12-20 % less CPU per request than gthread), and gevent's own
        # HTTP handler (another 10-15 % less than gunicorn's parser on gevent).
        worker_class="gevent_pywsgi",
        child_exit=child_exit,
    )
