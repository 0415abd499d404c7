"""``orchestrator arms``: the built-in reference arms under gunicorn."""

from __future__ import annotations

import functools
import logging

import click

from orchestrator_cli.main import load_settings, patch_for_gevent

logger = logging.getLogger(__name__)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8200,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on.",
)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1), help="Worker processes."
)
@click.option(
    "--connections",
    default=1000,
    show_default=True,
    type=click.IntRange(1),
    help="Concurrent calls each worker serves.",
)
def arms(host: str, port: int, workers: int, connections: int) -> None:
    """Serve the built-in reference arms (planner, summarizer, judge, extractor)."""
    settings = load_settings()
    patch_for_gevent()
    # Imported here, after the patch; `orchestrator --help` never loads Flask.
    from reference_arms.app import create_app
    from shared import logs as shared_logs
    from shared.wsgi import serve

    shared_logs.configure(settings.log_level, settings.log_format)
    logger.info("reference arms listening host=%s port=%s workers=%s", host, port, workers)
    # gevent: a call sleeping in simulate_seconds holds one greenlet, not the whole worker,
    # and a short call costs less CPU than with a thread pool; gevent's own HTTP handler
    # costs less than gunicorn's parser on gevent.
    serve(
        functools.partial(create_app, settings),
        host=host,
        port=port,
        workers=workers,
        worker_class="gevent_pywsgi",
        worker_connections=connections,
        # The simulated calls may run up to an hour; the arbiter must not kill them.
        timeout=0,
    )
