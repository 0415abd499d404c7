"""``orchestrator arms``: the built-in reference arms under gunicorn."""

from __future__ import annotations

import functools
import logging

import click

from orchestrator_cli.main import load_settings
from shared import logging as shared_logging
from shared.wsgi import serve

logger = logging.getLogger(__name__)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8200, show_default=True, type=click.IntRange(0, 65535))
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1), help="Worker processes."
)
@click.option(
    "--threads",
    default=16,
    show_default=True,
    type=click.IntRange(1),
    help="Threads per worker: concurrent calls each worker serves.",
)
def arms(host: str, port: int, workers: int, threads: int) -> None:
    """Serve the built-in reference arms (planner, summarizer, judge, extractor)."""
    settings = load_settings()
    shared_logging.configure(settings.log_level, settings.log_format)
    # Imported here so that `orchestrator --help` never loads Flask.
    from reference_arms.app import create_app

    logger.info("reference arms listening host=%s port=%s workers=%s", host, port, workers)
    # gthread: a call sleeping in simulate_seconds holds one thread, not the whole worker.
    serve(
        functools.partial(create_app, settings),
        host=host,
        port=port,
        workers=workers,
        threads=threads,
        worker_class="gthread",
        # The simulated calls may run up to an hour; the arbiter must not kill them.
        timeout=0,
    )
