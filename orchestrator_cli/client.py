"""``orchestrator submit | status | watch | list | cancel | retry``: the API for people.

The commands use the public client library (``orchestrator_client``). Exit codes follow the
task's end: 0 completed, 1 failed, 2 blocked, 3 cancelled; 4 when no answer could be had
(API unreachable, key refused, unknown task, time limit of --timeout); 1 when ``cancel`` or
``retry`` finds the task in a state that does not allow it (409).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from typing import Any, NoReturn, TextIO, TypeVar

import click

from orchestrator_cli.tables import aligned
from orchestrator_client import (
    ApiError,
    Client,
    Conflict,
    NotFound,
    OrchestratorError,
    Unauthorized,
    Unreachable,
)
from orchestrator_client.client import POLL_INTERVAL_SECONDS, check_url
from shared.masking import mask_spans, mask_value

DEFAULT_URL = "http://127.0.0.1:8000"
TERMINAL_EXIT_CODES = {"completed": 0, "failed": 1, "blocked": 2, "cancelled": 3}
EXIT_NO_ANSWER = 4
STATUSES = ("pending", "processing", "completed", "failed", "blocked", "cancelled")


class ClientError(click.ClickException):
    """The API could not be asked or would not answer; printed without a stack trace."""

    exit_code = EXIT_NO_ANSWER


@contextmanager
def answered(url: str, task_id: str | None = None) -> Iterator[None]:
    """Turn the client library's errors into one line for people, with a hint where one helps."""
    try:
        yield
    except Unreachable as exc:
        hint = " is it running? (start one with `orchestrator up`, or pass --url)"
        text = f"{exc}:{hint}" if str(exc).startswith("cannot reach") else str(exc)
        raise ClientError(text) from None
    except Unauthorized:
        raise ClientError(
            "the API refused the key (401 unauthorized): check --key or ORCHESTRATOR_API_KEY"
        ) from None
    except NotFound as exc:
        if task_id is None:
            raise ClientError(f"{url} has no such endpoint (404): {exc.message}") from None
        raise ClientError(
            f"no task {task_id} (404): check the id, and that it is your task"
        ) from None
    except Conflict as exc:
        raise click.ClickException(f"task {task_id}: {exc.message}") from None
    except ApiError as exc:
        raise ClientError(_error_text(exc)) from None
    except OrchestratorError as exc:
        raise ClientError(str(exc)) from None


def _error_text(exc: ApiError) -> str:
    text = f"the API answered HTTP {exc.status} ({exc.code}): {exc.message}"
    text += "".join(f"\n  {name}: {_inline(value)}" for name, value in exc.details.items())
    return text


# --- rendering ------------------------------------------------------------------------------


def _inline(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str | int | float) for v in value):
        return ", ".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False, default=str)


def render_value(value: Any, indent: int = 2) -> list[str]:
    """A JSON value as indented ``key: value`` lines, nested objects one level deeper."""
    pad = " " * indent
    if isinstance(value, dict):
        lines: list[str] = []
        for key, item in value.items():
            if isinstance(item, dict) and item:
                lines.append(f"{pad}{key}:")
                lines.extend(render_value(item, indent + 2))
            else:
                lines.append(f"{pad}{key}: {_inline(item)}")
        return lines
    if isinstance(value, str):
        return [pad + line for line in value.splitlines()] or [pad]
    return [pad + _inline(value)]


def render_findings(report: Mapping[str, Any]) -> list[str]:
    """The Reflex Layer's findings, without repeating the sensitive values themselves."""
    lines = []
    for match in report.get("pii_matches") or []:
        where = f" in {match['field']}" if match.get("field") else ""
        shown = mask_value(str(match.get("value") or ""), str(match.get("pii_type")))
        lines.append(
            f"  personal data: {match.get('pii_type')}{where} at position "
            f"{match.get('position')}: {shown} (confidence {match.get('confidence')})"
        )
    for match in report.get("injection_matches") or []:
        where = f" in {match['field']}" if match.get("field") else ""
        lines.append(
            f"  prompt injection: {match.get('injection_type')}{where}, severity "
            f"{match.get('severity')} (confidence {match.get('confidence')})"
        )
    return lines or ["  (no findings reported)"]


def masked_goal(task: Mapping[str, Any]) -> str:
    """The task's goal with every span the Reflex Layer flagged in it masked."""
    goal = str(task.get("goal", ""))
    report = (task.get("result") or {}).get("reflex") or {}
    spans = []
    for match in report.get("pii_matches") or []:
        # Findings from before per-field screening have no field: they were in the goal
        # when their position falls inside it.
        if match.get("field", "goal") != "goal" or not isinstance(match.get("position"), int):
            continue
        length = match.get("length") or len(str(match.get("value") or ""))
        spans.append((match["position"], match["position"] + length, match.get("pii_type")))
    return mask_spans(goal, spans)


def render_task(task: Mapping[str, Any]) -> list[str]:
    """One readable summary of a task: its status, and its answer, findings or error."""
    status = str(task.get("status"))
    header = f"Task {task.get('task_id')}: {status}"
    if task.get("processing_time_ms") is not None:
        header += f" in {task['processing_time_ms']} ms"
    lines = [header, f"Goal: {_shorten(masked_goal(task), 200)}"]
    result = task.get("result") or {}
    error = task.get("error")
    if status == "completed":
        lines.append("Answer:")
        lines.extend(render_value(result.get("answer")))
        aggregation = result.get("aggregation") or {}
        if aggregation:
            arms = ", ".join(aggregation.get("arms_succeeded") or []) or "none"
            cost = aggregation.get("cost_usd")
            cost_text = f"{cost:.6f}" if isinstance(cost, int | float) else str(cost)
            lines.append(
                f"Confidence {aggregation.get('confidence')}, tokens "
                f"{aggregation.get('tokens_used')}, cost ${cost_text}, arms: {arms}"
            )
    elif status == "blocked":
        lines.append("Blocked by the Reflex Layer:")
        lines.extend(render_findings(result.get("reflex") or {}))
    elif status in ("failed", "cancelled") and error:
        lines.append(f"Error: {error.get('code')}: {error.get('message')}")
    elif status in ("pending", "processing"):
        lines.append("Not finished yet: follow it with `orchestrator watch ID`.")
    lines.extend(render_steps(task))
    return lines


def render_steps(task: Mapping[str, Any]) -> list[str]:
    """A plan's steps, one line each (nothing for a single-hop task)."""
    progress, steps = task.get("progress"), task.get("steps") or []
    if not progress:
        return []
    lines = [f"Steps {progress['completed_steps']}/{progress['total_steps']} done:"]
    for step in steps:
        arm = step.get("arm_id") or "-"
        lines.append(
            f"  {step.get('id')}  {step.get('status')}  arm {arm}  attempt "
            f"{step.get('attempts')}  {step.get('tokens_used')} tokens"
        )
    return lines


def with_steps(client: Client, task: Mapping[str, Any]) -> Mapping[str, Any]:
    """The task with its steps, when it is a plan."""
    if task.get("progress"):
        with answered(client.url, str(task.get("task_id"))):
            return {**task, "steps": client.steps(str(task.get("task_id")))}
    return task


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clock(timestamp: Any, shape: str = "%H:%M:%S") -> str:
    try:
        return datetime.fromisoformat(str(timestamp)).astimezone().strftime(shape)
    except ValueError:
        return str(timestamp)


# --- following a task ---------------------------------------------------------------------


FINISHED_STEP_STATUSES = frozenset({"completed", "failed", "skipped", "cancelled"})


def follow(
    client: Client,
    task_id: str,
    *,
    echo: Callable[[str], None],
    timeout: float = 0,
    interval: float = POLL_INTERVAL_SECONDS,
) -> Mapping[str, Any]:
    """Print each status change as it happens, and each plan step as it finishes, until
    the task ends; return the task.

    ``timeout`` 0 waits as long as it takes.
    """
    with answered(client.url, task_id):
        for event in client.stream(task_id, timeout=timeout or None, interval=interval, steps=True):
            if event.get("event") == "step":
                if event.get("to_status") not in FINISHED_STEP_STATUSES:
                    continue
                line = (
                    f"{_clock(event.get('created_at'))}  step {event.get('step_id')} "
                    f"{event.get('to_status')}"
                )
            else:
                line = f"{_clock(event.get('created_at'))}  {event.get('to_status')}"
            if event.get("reason"):
                line += f"  ({event['reason']})"
            echo(line)
        return client.get(task_id)


def finish(task: Mapping[str, Any], as_json: bool) -> NoReturn:
    """Print the task and exit with the code of its status."""
    if as_json:
        shown = {**task, "goal": masked_goal(task)} if "goal" in task else task
        click.echo(json.dumps(shown, indent=2, ensure_ascii=False))
    else:
        for line in render_task(task):
            click.echo(line)
    click.get_current_context().exit(TERMINAL_EXIT_CODES.get(str(task.get("status")), 0))


# --- commands -------------------------------------------------------------------------------

F = TypeVar("F", bound=Callable[..., Any])


def connection_options(command: F) -> F:
    """``--url`` and ``--key``, with defaults from ORCHESTRATOR_URL and ORCHESTRATOR_API_KEY."""
    command = click.option(
        "--key",
        envvar="ORCHESTRATOR_API_KEY",
        default=None,
        help="API key (env ORCHESTRATOR_API_KEY; `orchestrator up` prints one).",
    )(command)
    command = click.option(
        "--url",
        envvar="ORCHESTRATOR_URL",
        default=DEFAULT_URL,
        show_default=True,
        callback=_base_url,
        help="Base URL of the API (env ORCHESTRATOR_URL).",
    )(command)
    return command


def make_client(url: str, key: str | None) -> Client:
    """The library's client for ``--url`` and ``--key``."""
    if not key:
        raise ClientError(
            "no API key: pass --key or set ORCHESTRATOR_API_KEY (`orchestrator up` prints one)"
        )
    return Client(url, key)


def _base_url(_ctx: click.Context, _param: click.Parameter, value: str) -> str:
    try:
        return check_url(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


def _json_of(text: str, kind: type, what: str, example: str) -> Any:
    """``text`` parsed as JSON of ``kind`` (dict or list), or a usage error saying ``what`` it
    must be, with an ``example``."""
    try:
        parsed = json.loads(text)
    except ValueError as exc:
        raise click.BadParameter(f"not valid JSON: {exc}") from None
    if not isinstance(parsed, kind):
        raise click.BadParameter(f"must be a JSON {what}, e.g. {example}")
    return parsed


def _json_object(example: str) -> Callable[[click.Context, click.Parameter, str | None], Any]:
    """A callback parsing an option's value as a JSON object (``example`` in the error)."""

    def parse(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Any:
        return None if value is None else _json_of(value, dict, "object", example)

    return parse


def _steps(_ctx: click.Context, _param: click.Parameter, value: TextIO | None) -> Any:
    if value is None:
        return None
    return _json_of(value.read(), list, "list of steps", '[{"id": "a", "instruction": "…"}]')


@click.command()
@click.argument("goal")
@click.option(
    "--priority",
    type=click.Choice(["low", "medium", "high", "critical"]),
    default=None,
    help="Queue priority (default: medium).",
)
@click.option("--context", default=None, help="Background text the arms may use.")
@click.option(
    "--criterion", "criteria", multiple=True, help="An acceptance criterion; repeat for several."
)
@click.option(
    "--metadata",
    callback=_json_object('{"team": "search"}'),
    default=None,
    help="A JSON object kept with it.",
)
@click.option(
    "--budget",
    callback=_json_object('{"max_time_seconds": 60, "max_tokens": 2000}'),
    default=None,
    help="Limits as a JSON object (max_tokens, max_time_seconds, max_cost_usd, max_repairs).",
)
@click.option("--plan", is_flag=True, help="Run as a plan: a planner arm writes the steps.")
@click.option(
    "--steps",
    type=click.File("r"),
    callback=_steps,
    default=None,
    help="Run as a plan of the steps in this JSON file (a list; - reads standard input).",
)
@click.option("--wait", is_flag=True, help="Follow the task to its end and print the result.")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=0,
    help="With --wait: give up after this many seconds (0: no limit).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON instead.")
@connection_options
def submit(
    goal: str,
    priority: str | None,
    context: str | None,
    criteria: tuple[str, ...],
    metadata: dict[str, Any] | None,
    budget: dict[str, Any] | None,
    plan: bool,
    steps: list[Any] | None,
    wait: bool,
    timeout: float,
    as_json: bool,
    url: str,
    key: str | None,
) -> None:
    """Submit a task with GOAL; with --wait, follow it and exit with its outcome.

    Exit codes with --wait: 0 completed, 1 failed, 2 blocked, 3 cancelled, 4 no answer.
    """
    if plan and steps is not None:
        raise click.UsageError("--plan and --steps exclude each other: choose who writes the plan")
    client = make_client(url, key)
    contract: dict[str, Any] = {"goal": goal}
    optional = {
        "priority": priority,
        "context": context,
        "metadata": metadata,
        "budget": budget,
        "plan": True if plan else steps,
    }
    contract.update({name: value for name, value in optional.items() if value is not None})
    if criteria:
        contract["acceptance_criteria"] = list(criteria)
    with answered(url):
        accepted = client.submit(contract)
    task_id = str(accepted["task_id"])
    if not wait:
        if as_json:
            click.echo(json.dumps(accepted, indent=2))
        else:
            click.echo(f"Submitted task {task_id}")
            click.echo(f"Follow it with: orchestrator watch {task_id}")
        return
    if not as_json:
        click.echo(f"Submitted task {task_id}")
    finish(follow(client, task_id, echo=_quiet_if(as_json), timeout=timeout), as_json)


@click.command()
@click.argument("task_id", metavar="ID")
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON instead.")
@connection_options
def status(task_id: str, as_json: bool, url: str, key: str | None) -> None:
    """Show a task: status, and its answer, findings or error.

    Exit codes: 0 completed or still running, 1 failed, 2 blocked, 3 cancelled, 4 no answer.
    """
    client = make_client(url, key)
    with answered(url, task_id):
        task = client.get(task_id)
        shown = task if as_json else with_steps(client, task)
    finish(shown, as_json)


@click.command()
@click.argument("task_id", metavar="ID")
@click.option(
    "--timeout",
    type=click.FloatRange(min=0),
    default=0,
    help="Give up after this many seconds (0: no limit).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON at the end.")
@connection_options
def watch(task_id: str, timeout: float, as_json: bool, url: str, key: str | None) -> None:
    """Follow a task's status changes until it ends, then show the result.

    Exit codes: 0 completed, 1 failed, 2 blocked, 3 cancelled, 4 no answer.
    """
    client = make_client(url, key)
    task = follow(client, task_id, echo=_quiet_if(as_json), timeout=timeout)
    finish(task if as_json else with_steps(client, task), as_json)


def _quiet_if(quiet: bool) -> Callable[[str], None]:
    return (lambda _line: None) if quiet else click.echo


def _listed_goal(task: Mapping[str, Any]) -> str:
    # A page of tasks carries no Reflex findings to mask with: a blocked task's goal may
    # hold what was found, so it is shown by `status` (masked), never here.
    if task.get("status") == "blocked":
        return "(blocked: see `orchestrator status` for the masked goal)"
    return _shorten(str(task.get("goal")), 60)


@click.command(name="list")
@click.option(
    "--status",
    "status_",
    type=click.Choice(STATUSES),
    default=None,
    help="Only tasks in this status.",
)
@click.option(
    "--priority",
    type=click.Choice(["low", "medium", "high", "critical"]),
    default=None,
    help="Only tasks of this priority.",
)
@click.option(
    "--limit", type=click.IntRange(1, 100), default=20, show_default=True, help="Tasks per page."
)
@click.option(
    "--offset",
    type=click.IntRange(min=0),
    default=0,
    show_default=True,
    help="Skip this many tasks (newest first); the total is shown.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON instead.")
@connection_options
def list_tasks(
    status_: str | None,
    priority: str | None,
    limit: int,
    offset: int,
    as_json: bool,
    url: str,
    key: str | None,
) -> None:
    """List your tasks, newest first."""
    client = make_client(url, key)
    with answered(url):
        page = client.list(status=status_, priority=priority, limit=limit, offset=offset)
    if as_json:
        click.echo(json.dumps(page, indent=2, ensure_ascii=False))
        return
    tasks = page.get("tasks") or []
    if not tasks:
        click.echo("no tasks")
        return
    rows = [("ID", "STATUS", "PRIORITY", "CREATED", "GOAL")]
    rows += [
        (
            str(t.get("task_id")),
            str(t.get("status")),
            str(t.get("priority")),
            _clock(t.get("created_at"), "%Y-%m-%d %H:%M:%S"),
            _listed_goal(t),
        )
        for t in tasks
    ]
    for line in aligned(rows):
        click.echo(line)
    total = page.get("total")
    shown = f"{offset + 1}-{offset + len(tasks)}"
    click.echo(f"tasks {shown} of {total}" if total is not None else f"tasks {shown}")


@click.command()
@click.argument("task_id", metavar="ID")
@connection_options
def cancel(task_id: str, url: str, key: str | None) -> None:
    """Cancel a task: at once when pending, at its next step when processing.

    Exit codes: 0 done or requested, 1 the task already ended, 4 no answer.
    """
    client = make_client(url, key)
    with answered(url, task_id):
        outcome = client.cancel(task_id)
    click.echo(f"Task {outcome['task_id']}: {outcome['message']}")


@click.command()
@click.argument("task_id", metavar="ID")
@connection_options
def retry(task_id: str, url: str, key: str | None) -> None:
    """Send a failed or cancelled task back to the queue (its history is kept).

    Exit codes: 0 queued again, 1 the task is not failed or cancelled, 4 no answer.
    """
    client = make_client(url, key)
    with answered(url, task_id):
        task = client.retry(task_id)
    click.echo(f"Task {task.get('task_id', task_id)}: {task.get('status')}")
    click.echo(f"Follow it with: orchestrator watch {task_id}")
