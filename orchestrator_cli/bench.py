"""``orchestrator bench``: throughput, latency and memory, each beside a baseline."""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import click

from orchestrator_cli import embedded
from shared.ports import free_port

# Sections that need Postgres; ``reflex`` runs in process.
DATABASE_SECTIONS = ("submit", "e2e", "scaling", "memory", "limits", "streams", "webhooks")
# The dbs of the private Redis the two sides use (any two distinct ones would do).
PIPELINE_DB, BASELINE_DB = 5, 4


def _sections(_ctx: click.Context, _param: click.Parameter, value: str | None) -> tuple[str, ...]:
    from benchmarks.runner import SECTIONS

    if not value:
        return SECTIONS
    names = tuple(dict.fromkeys(s.strip() for s in value.split(",") if s.strip()))
    unknown = [s for s in names if s not in SECTIONS]
    if not names or unknown:
        raise click.BadParameter(
            f"unknown section(s) {', '.join(unknown) or '(none given)'}; "
            f"choose from {', '.join(SECTIONS)}"
        )
    return names


@contextlib.contextmanager
def private_redis() -> Iterator[str]:
    """A Redis server of the bench's own (the bundled binary, files in a temporary folder),
    so the dbs it flushes belong to nobody else; yields its base URL."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="orchestrator-bench-") as folder:
        server = subprocess.Popen(
            embedded.redis_command(port, Path(folder)),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        base = f"redis://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 10
            while not embedded.redis_answers(f"{base}/0"):
                if server.poll() is not None or time.monotonic() > deadline:
                    raise click.ClickException("the bench's own Redis server did not start")
                time.sleep(0.1)
            yield base
        finally:
            server.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                server.wait(10)


def check_database(url: str) -> None:
    """One line instead of a traceback when the bench's Postgres server does not answer."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    from shared.db import normalize_url

    server = make_url(normalize_url(url)).set(database="postgres")
    engine = create_engine(server, connect_args={"connect_timeout": 3})
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        raise click.ClickException(
            f"bench needs a Postgres server: BENCH_DATABASE_URL={embedded.redact(url)} "
            f"does not answer ({reason})"
        ) from None
    finally:
        engine.dispose()


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--quick", is_flag=True, help="Small sizes: about a minute instead of five.")
@click.option(
    "--only",
    default=None,
    callback=_sections,
    metavar="SECTIONS",
    help="Comma-separated sections: submit, e2e, scaling, reflex, memory, plans, llm_arm, "
    "streams, webhooks (default: all).",
)
@click.option(
    "--threads",
    type=click.IntRange(1, 64),
    default=None,
    help="Threads per gunicorn worker, for the API and its baseline alike.",
)
@click.option(
    "--redis-url",
    envvar="BENCH_REDIS_URL",
    default=None,
    metavar="URL",
    help="Redis db of the pipeline side, FLUSHED by the run (env BENCH_REDIS_URL; "
    "default: a private Redis server started for the run).",
)
@click.option(
    "--baseline-redis-url",
    envvar="BENCH_BASELINE_REDIS_URL",
    default=None,
    metavar="URL",
    help="Redis db of the baseline side, FLUSHED by the run (env BENCH_BASELINE_REDIS_URL; "
    "default: another db of the private Redis, or --redis-url).",
)
def bench(
    as_json: bool,
    quick: bool,
    only: tuple[str, ...],
    threads: int | None,
    redis_url: str | None,
    baseline_redis_url: str | None,
) -> None:
    """Benchmark the API, the pipeline and the Reflex Layer against baselines.

    Uses its own Postgres database (BENCH_DATABASE_URL, dropped and re-created) and, unless
    given Redis URLs, a Redis server of its own: it never flushes a db it was not told to.
    Progress goes to stderr.
    """
    import orjson

    from benchmarks.report import format_results
    from benchmarks.runner import BenchConfig, run

    config = BenchConfig.from_env(quick=quick)
    if threads is not None:
        config.http_threads = threads
    needs_services = any(section in only for section in DATABASE_SECTIONS)
    if needs_services:
        check_database(config.database_url)
    with contextlib.ExitStack() as stack:
        if redis_url is None and needs_services:
            base = stack.enter_context(private_redis())
            redis_url = f"{base}/{PIPELINE_DB}"
            baseline_redis_url = baseline_redis_url or f"{base}/{BASELINE_DB}"
        if redis_url is not None:
            config.redis_url = redis_url
            # The sides run one after the other, so one given db can serve both.
            config.baseline_redis_url = baseline_redis_url or redis_url
        try:
            results = run(config, only, log=lambda message: click.echo(message, err=True))
        except (RuntimeError, TimeoutError) as exc:
            raise click.ClickException(f"benchmark failed: {exc}") from None
    if as_json:
        click.echo(orjson.dumps(results, option=orjson.OPT_INDENT_2).decode())
    else:
        click.echo(format_results(results))
