"""``orchestrator bench``: throughput, latency and memory, each beside a baseline."""

from __future__ import annotations

import click


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


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON.")
@click.option("--quick", is_flag=True, help="Small sizes: about a minute instead of five.")
@click.option(
    "--only", default=None, callback=_sections, metavar="SECTIONS",
    help="Comma-separated sections: submit, e2e, scaling, reflex, memory, plans (default: all).",
)  # fmt: skip
@click.option(
    "--threads", type=click.IntRange(1, 64), default=None,
    help="Threads per gunicorn worker, for the API and its baseline alike.",
)  # fmt: skip
def bench(as_json: bool, quick: bool, only: tuple[str, ...], threads: int | None) -> None:
    """Benchmark the API, the pipeline and the Reflex Layer against baselines.

    Uses its own Postgres database (BENCH_DATABASE_URL, dropped and re-created) and Redis
    dbs (BENCH_REDIS_URL, BENCH_BASELINE_REDIS_URL, flushed). Progress goes to stderr.
    """
    import orjson

    from benchmarks.report import format_results
    from benchmarks.runner import BenchConfig, run

    config = BenchConfig.from_env(quick=quick)
    if threads is not None:
        config.http_threads = threads
    try:
        results = run(config, only, log=lambda message: click.echo(message, err=True))
    except (RuntimeError, TimeoutError) as exc:
        raise click.ClickException(f"benchmark failed: {exc}") from None
    if as_json:
        click.echo(orjson.dumps(results, option=orjson.OPT_INDENT_2).decode())
    else:
        click.echo(format_results(results))
