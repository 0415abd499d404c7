"""``orchestrator worker`` and ``orchestrator flower``."""

from __future__ import annotations

import os
import socket
import tempfile

import click

from orchestrator_cli.main import load_settings
from shared.settings import WORKER_THREADS
from shared.states import QUEUES


def _queues(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    names = [q.strip() for q in value.split(",") if q.strip()]
    unknown = [q for q in names if q not in QUEUES]
    if not names or unknown:
        raise click.BadParameter(
            f"unknown queue(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(QUEUES)}"
        )
    # Keep the urgency order whatever order they were given in.
    return ",".join(q for q in QUEUES if q in names)


@click.command()
@click.option(
    "--concurrency",
    "-c",
    type=click.IntRange(1, 256),
    default=None,
    help=f"Tasks run at once: threads of the pool (default {WORKER_THREADS}), or processes "
    "with --pool prefork (default: number of CPUs).",
)
@click.option(
    "--queues",
    "-Q",
    default=",".join(QUEUES),
    callback=_queues,
    show_default=True,
    help="Queues to consume, polled most urgent first.",
)
@click.option("--hostname", "-n", default=None, help="Node name (default: worker@<host>-<pid>).")
@click.option(
    "--pool",
    type=click.Choice(["threads", "prefork", "solo"]),
    default="threads",
    show_default=True,
    help="threads: one process, a thread per task; prefork: a process per task, each task "
    "also under a hard time limit; solo: one task at a time.",
)
@click.option(
    "--metrics-port",
    type=click.IntRange(0, 65535),
    default=0,
    show_default=True,
    help="Serve Prometheus metrics of all worker processes on this port (0: off).",
)
def worker(
    concurrency: int | None, queues: str, hostname: str | None, pool: str, metrics_port: int
) -> None:
    """Run a Celery worker that processes tasks."""
    settings = load_settings()
    if metrics_port:
        _serve_metrics(metrics_port)
    from orchestrator_worker import signal_guard
    from orchestrator_worker.celery_app import configure

    signal_guard.install()  # Celery's shutdown handlers are not reentrant
    if pool == "solo":
        concurrency = 1
    elif concurrency is None:
        concurrency = WORKER_THREADS if pool == "threads" else os.cpu_count() or 1
    app = configure(settings, pool, concurrency)
    argv = [
        "worker",
        f"--queues={queues}",
        f"--hostname={hostname or f'worker@{socket.gethostname()}-{os.getpid()}'}",
        f"--pool={pool}",
        f"--concurrency={concurrency}",
        f"--loglevel={settings.log_level.upper()}",
    ]  # task events: ``worker_send_task_events`` (TASK_EVENTS, or Flower while it runs)
    app.worker_main(argv)


def _serve_metrics(port: int) -> None:
    """Aggregate the metrics of every pool process (prometheus-client multiprocess mode)."""
    # Must be set before any metric is created, so before the worker modules are imported.
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="orchestrator-metrics-")
    from prometheus_client import CollectorRegistry, start_http_server
    from prometheus_client.multiprocess import MultiProcessCollector

    registry = CollectorRegistry()
    MultiProcessCollector(registry)  # type: ignore[no-untyped-call]
    start_http_server(port, addr="0.0.0.0", registry=registry)


@click.command()
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="Address the dashboard listens on."
)
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=5555,
    show_default=True,
    help="Port of the dashboard.",
)
def flower(host: str, port: int) -> None:
    """Run the Flower dashboard behind basic authentication."""
    settings = load_settings()
    if not (settings.flower_user and settings.flower_password):
        raise click.ClickException(
            "FLOWER_USER and FLOWER_PASSWORD must be set: the dashboard never runs without "
            "credentials"
        )
    from orchestrator_worker.celery_app import configure

    app = configure(settings)
    # kombu's own Redis transport for the dashboard: Flower picks its Broker page (and
    # /api/queues/length) by the URL scheme of the app's transport, and answers "'redis'
    # broker is not supported" for ours (``shared.broker.Transport``, the same queues and
    # messages; its gains are the workers' and the publishers'). Read first: that reading
    # finalises the configuration, whose hook would otherwise set ours back.
    if app.conf.broker_transport:
        app.conf.broker_transport = None
    # From the environment, not argv, so the password does not show in the process list.
    os.environ["FLOWER_BASIC_AUTH"] = f"{settings.flower_user}:{settings.flower_password}"
    app.start(["flower", f"--address={host}", f"--port={port}", "--purge_offline_workers=60"])
