"""``orchestrator llm-arm``: the LLM arm under gunicorn.

Settings are checked before anything is served: a missing ``LLM_MODEL`` (or any bad
``LLM_*`` value) ends the command with one line naming the variable. An endpoint that does
not answer at start is said in one line too, and the arm serves anyway: ``GET /health``
answers 503 and the advertised status is ``unavailable`` until the endpoint answers, so the
orchestrator routes elsewhere meanwhile.
"""

from __future__ import annotations

import functools
import logging

import click

from orchestrator_cli.main import load_settings, patch_for_gevent
from shared.settings import SettingsError

logger = logging.getLogger(__name__)


@click.command("llm-arm")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    default=8300,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on.",
)
@click.option(
    "--workers", default=1, show_default=True, type=click.IntRange(1), help="Worker processes."
)
@click.option(
    "--connections",
    default=100,
    show_default=True,
    type=click.IntRange(1),
    help="Concurrent model calls each worker holds open.",
)
def llm_arm(host: str, port: int, workers: int, connections: int) -> None:
    """Serve an arm backed by an OpenAI-compatible model endpoint (LLM_BASE_URL, LLM_MODEL)."""
    settings = load_settings()
    patch_for_gevent()
    # After the patch: httpx (under openai) must get the cooperative socket and ssl modules.
    from llm_arm.app import create_app
    from llm_arm.service import LlmArm
    from shared import logs as shared_logs
    from shared.wsgi import serve

    shared_logs.configure(settings.log_level, settings.log_format)
    try:
        arm = LlmArm(settings)
    except SettingsError as exc:
        raise click.ClickException(f"configuration error: {exc}") from None
    problem = arm.unreachable()
    arm.provider.close()
    if problem is not None:
        click.echo(
            f"warning: LLM_BASE_URL {problem}; serving anyway, /health answers 503 until it "
            "answers",
            err=True,
        )
    click.echo(
        f"LLM arm {arm.arm_id} ({arm.role}, model {arm.model}) listening on http://{host}:{port}",
        err=True,
    )
    serve(
        functools.partial(create_app, settings),
        host=host,
        port=port,
        workers=workers,
        # A model call waits on the endpoint for seconds: a greenlet each, not a thread.
        worker_class="gevent_pywsgi",
        worker_connections=connections,
        # A call may run up to LLM_TIMEOUT_SECONDS (times the client's retries).
        timeout=0,
    )
