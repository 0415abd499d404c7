"""``orchestrator submit | status | watch``: a client of the HTTP API for people.

Exit codes follow the task's end: 0 completed, 1 failed, 2 blocked, 3 cancelled; 4 when
no answer could be had (API unreachable, key refused, unknown task, time limit of --timeout).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, NoReturn, TypeVar

import click
import requests

from shared.masking import mask_spans, mask_value

DEFAULT_URL = "http://127.0.0.1:8000"
TERMINAL_EXIT_CODES = {"completed": 0, "failed": 1, "blocked": 2, "cancelled": 3}
EXIT_NO_ANSWER = 4
POLL_INTERVAL_SECONDS = 0.5
REQUEST_TIMEOUT_SECONDS = 10.0


class ClientError(click.ClickException):
    """The API could not be asked or would not answer; printed without a stack trace."""

    exit_code = EXIT_NO_ANSWER


class ApiClient:
    """The few calls the commands need, each turning HTTP trouble into a ``ClientError``."""

    def __init__(self, url: str, key: str, timeout: float = REQUEST_TIMEOUT_SECONDS) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Bearer {key}"

    def submit(self, contract: Mapping[str, Any]) -> dict[str, Any]:
        return self._call("POST", "/submit", json=dict(contract))

    def task(self, task_id: str) -> dict[str, Any]:
        return self._call("GET", f"/tasks/{task_id}", task_id=task_id)

    def steps(self, task_id: str) -> list[dict[str, Any]]:
        body = self._call("GET", f"/tasks/{task_id}/steps", task_id=task_id)
        return list(body.get("steps") or [])

    def events(self, task_id: str) -> list[dict[str, Any]]:
        body = self._call("GET", f"/tasks/{task_id}/events", task_id=task_id)
        return list(body.get("events") or [])

    def _call(
        self, method: str, path: str, *, task_id: str | None = None, json: Any = None
    ) -> dict[str, Any]:
        try:
            response = self.http.request(method, self.url + path, json=json, timeout=self.timeout)
        except requests.ConnectionError:
            raise ClientError(
                f"cannot reach the API at {self.url}: is it running? "
                "(start one with `orchestrator up`, or pass --url)"
            ) from None
        except requests.Timeout:
            raise ClientError(f"the API at {self.url} did not answer in time") from None
        except requests.RequestException as exc:
            raise ClientError(f"request to {self.url} failed: {exc}") from None
        if response.status_code == 401:
            raise ClientError(
                "the API refused the key (401 unauthorized): check --key or ORCHESTRATOR_API_KEY"
            )
        if response.status_code == 404 and task_id is not None:
            raise ClientError(f"no task {task_id} (404): check the id, and that it is your task")
        try:
            body = response.json()
        except ValueError:
            raise ClientError(
                f"unexpected answer from {self.url}{path}: HTTP {response.status_code}, not JSON"
            ) from None
        if response.status_code >= 400:
            raise ClientError(_error_text(response.status_code, body))
        if not isinstance(body, dict):
            raise ClientError(f"unexpected answer from {self.url}{path}: {body!r:.200}")
        return body


def _error_text(status_code: int, body: Any) -> str:
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return f"the API answered HTTP {status_code}"
    text = f"the API answered HTTP {status_code} ({error.get('code')}): {error.get('message')}"
    details = error.get("details")
    if isinstance(details, dict) and details:
        text += "".join(f"\n  {name}: {_inline(value)}" for name, value in details.items())
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


def with_steps(client: ApiClient, task: dict[str, Any]) -> dict[str, Any]:
    """The task with its steps, when it is a plan."""
    if task.get("progress"):
        return {**task, "steps": client.steps(str(task.get("task_id")))}
    return task


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clock(timestamp: Any) -> str:
    try:
        return datetime.fromisoformat(str(timestamp)).astimezone().strftime("%H:%M:%S")
    except ValueError:
        return str(timestamp)


# --- following a task ---------------------------------------------------------------------


def follow(
    client: ApiClient,
    task_id: str,
    *,
    echo: Callable[[str], None],
    timeout: float = 0,
    interval: float = POLL_INTERVAL_SECONDS,
) -> dict[str, Any]:
    """Print each status change (from the event log) until the task ends; return the task.

    ``timeout`` 0 waits as long as it takes.
    """
    deadline = time.monotonic() + timeout if timeout else None
    shown = 0
    while True:
        events = client.events(task_id)
        for event in events[shown:]:
            line = f"{_clock(event.get('created_at'))}  {event.get('to_status')}"
            if event.get("reason"):
                line += f"  ({event['reason']})"
            echo(line)
        shown = max(shown, len(events))
        if events and events[-1].get("to_status") in TERMINAL_EXIT_CODES:
            return client.task(task_id)
        if deadline is not None and time.monotonic() >= deadline:
            last = events[-1].get("to_status") if events else "unknown"
            raise ClientError(f"task {task_id} is still {last} after {timeout:g}s")
        time.sleep(interval)


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
        "--key", envvar="ORCHESTRATOR_API_KEY", default=None,
        help="API key (env ORCHESTRATOR_API_KEY; `orchestrator up` prints one).",
    )(command)  # fmt: skip
    command = click.option(
        "--url", envvar="ORCHESTRATOR_URL", default=DEFAULT_URL, show_default=True,
        help="Base URL of the API (env ORCHESTRATOR_URL).",
    )(command)  # fmt: skip
    return command


def make_client(url: str, key: str | None) -> ApiClient:
    if not key:
        raise ClientError(
            "no API key: pass --key or set ORCHESTRATOR_API_KEY (`orchestrator up` prints one)"
        )
    return ApiClient(url, key)


def _metadata(_ctx: click.Context, _param: click.Parameter, value: str | None) -> Any:
    if value is None:
        return None
    try:
        parsed = json.loads(value)
    except ValueError as exc:
        raise click.BadParameter(f"not valid JSON: {exc}") from None
    if not isinstance(parsed, dict):
        raise click.BadParameter('must be a JSON object, e.g. {"team": "search"}')
    return parsed


@click.command()
@click.argument("goal")
@click.option("--priority", type=click.Choice(["low", "medium", "high", "critical"]),
              default=None, help="Queue priority (default: medium).")  # fmt: skip
@click.option("--context", default=None, help="Background text the arms may use.")
@click.option("--criterion", "criteria", multiple=True,
              help="An acceptance criterion; repeat for several.")  # fmt: skip
@click.option("--metadata", callback=_metadata, default=None, help="A JSON object kept with it.")
@click.option("--wait", is_flag=True, help="Follow the task to its end and print the result.")
@click.option("--timeout", type=click.FloatRange(min=0), default=0,
              help="With --wait: give up after this many seconds (0: no limit).")  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON instead.")
@connection_options
def submit(
    goal: str,
    priority: str | None,
    context: str | None,
    criteria: tuple[str, ...],
    metadata: dict[str, Any] | None,
    wait: bool,
    timeout: float,
    as_json: bool,
    url: str,
    key: str | None,
) -> None:
    """Submit a task with GOAL; with --wait, follow it and exit with its outcome.

    Exit codes with --wait: 0 completed, 1 failed, 2 blocked, 3 cancelled, 4 no answer.
    """
    client = make_client(url, key)
    contract: dict[str, Any] = {"goal": goal}
    optional = {"priority": priority, "context": context, "metadata": metadata}
    contract.update({name: value for name, value in optional.items() if value is not None})
    if criteria:
        contract["acceptance_criteria"] = list(criteria)
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
    task = client.task(task_id)
    finish(task if as_json else with_steps(client, task), as_json)


@click.command()
@click.argument("task_id", metavar="ID")
@click.option("--timeout", type=click.FloatRange(min=0), default=0,
              help="Give up after this many seconds (0: no limit).")  # fmt: skip
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
