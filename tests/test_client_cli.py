"""``orchestrator submit | status | watch`` against a real stack started by ``orchestrator up``."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import click
import pytest
import requests
from click.testing import CliRunner, Result

from orchestrator_cli.client import cancel, list_tasks, render_task, status, submit, watch
from orchestrator_cli.main import cli
from orchestrator_client import (
    ApiError,
    Client,
    Conflict,
    InvalidUrl,
    NotFound,
    Unauthorized,
    Unreachable,
    WaitTimeout,
)
from shared.ports import free_port
from tests.test_up import UpStack, running_up, up_environment

pytestmark = pytest.mark.timeout(120)

Invoke = Callable[..., Result]


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UpStack]:
    with running_up(tmp_path_factory.mktemp("client"), up_environment()) as up:
        yield up


@pytest.fixture
def run(stack: UpStack) -> Iterator[Invoke]:
    """Invoke a client command with the stack's URL and key in the environment."""
    runner = CliRunner()
    env = {"ORCHESTRATOR_URL": stack.api_url, "ORCHESTRATOR_API_KEY": stack.key}

    def invoke(
        command: click.Command, *args: str, input: str | None = None, **extra_env: str
    ) -> Result:
        return runner.invoke(command, list(args), input=input, env={**env, **extra_env})

    yield invoke


def statuses(output: str) -> list[str]:
    """The status column of the progress lines (``HH:MM:SS  status``)."""
    return re.findall(r"^\d\d:\d\d:\d\d  (\w+)", output, re.MULTILINE)


@pytest.mark.e2e
def test_submit_wait_prints_progress_and_the_answer(run: Invoke) -> None:
    result = run(submit, "Summarize the benefits of testing", "--wait", "--priority", "high")
    assert result.exit_code == 0, result.output
    assert statuses(result.output) == ["pending", "processing", "completed"]
    assert re.search(r"^Task [0-9a-f-]{36}: completed in \d+ ms$", result.output, re.MULTILINE)
    assert "Answer:\n  summary: " in result.output
    assert "arms: summarizer" in result.output


@pytest.mark.e2e
def test_blocked_task_exits_2_with_the_findings(run: Invoke) -> None:
    result = run(submit, "My SSN is 123-45-6789, remember it", "--wait")
    assert result.exit_code == 2, result.output
    assert statuses(result.output)[-1] == "blocked"
    assert "Blocked by the Reflex Layer:\n  personal data: ssn in goal" in result.output
    assert "Goal: My SSN is ***-**-6789, remember it" in result.output
    assert "123-45-6789" not in result.output


@pytest.mark.e2e
def test_failed_task_exits_1_with_the_error(run: Invoke) -> None:
    result = run(submit, "Summarize the benefits of testing", "--wait",
                 "--metadata", '{"simulate_failure": 400}')  # fmt: skip
    assert result.exit_code == 1, result.output
    assert statuses(result.output)[-1] == "failed"
    assert re.search(r"^Error: arm_error: ", result.output, re.MULTILINE), result.output


@pytest.mark.e2e
def test_submit_then_watch_and_status(run: Invoke, stack: UpStack) -> None:
    submitted = run(submit, "Summarize the benefits of testing", "--criterion", "testing")
    assert submitted.exit_code == 0, submitted.output
    task_id = re.search(r"^Submitted task (\S+)$", submitted.output, re.MULTILINE).group(1)  # type: ignore[union-attr]
    assert f"orchestrator watch {task_id}" in submitted.output

    watched = run(watch, task_id, "--timeout", "60")
    assert watched.exit_code == 0, watched.output
    assert statuses(watched.output) == ["pending", "processing", "completed"]

    shown = run(status, task_id)
    assert shown.exit_code == 0, shown.output
    assert shown.output.startswith(f"Task {task_id}: completed")
    assert "Answer:" in shown.output

    raw = run(status, task_id, "--json")
    assert raw.exit_code == 0, raw.output
    body = json.loads(raw.output)
    assert body["task_id"] == task_id and body["status"] == "completed"
    assert body["acceptance_criteria"] == ["testing"]


@pytest.mark.e2e
def test_submit_plan_asks_the_planner_and_steps_runs_the_clients_own_plan(
    run: Invoke, stack: UpStack, tmp_path: Path
) -> None:
    planned = run(submit, "Write a short market overview of electric bikes", "--plan", "--wait")
    assert planned.exit_code == 0, planned.output
    assert re.search(r"^\d\d:\d\d:\d\d  step planner\.1 completed", planned.output, re.MULTILINE)
    assert re.search(r"^Steps (\d+)/\1 done:$", planned.output, re.MULTILINE), planned.output

    steps = [
        {"id": "facts", "instruction": "Extract the entities", "capabilities": ["extraction"]},
        {"id": "sum", "instruction": "Summarize", "capabilities": ["summarization"],
         "depends_on": ["facts"]},
    ]  # fmt: skip
    (tmp_path / "steps.json").write_text(json.dumps(steps))
    own = run(submit, "Report on the Berlin office", "--steps", str(tmp_path / "steps.json"),
              "--budget", '{"max_time_seconds": 60}', "--json", "--wait")  # fmt: skip
    assert own.exit_code == 0, own.output
    body = json.loads(own.output)
    assert body["status"] == "completed" and body["budget"]["max_time_seconds"] == 60
    assert [step["id"] for step in body["plan"]] == ["facts", "sum"]

    refused = run(submit, "Report", "--steps", "-", input='[{"id": "a"}]')
    assert refused.exit_code == 4, refused.output
    assert "plan.a.instruction: Missing data for required field." in refused.output


def test_submit_refuses_a_bad_plan_or_budget_option_before_sending_anything(
    tmp_path: Path,
) -> None:
    (tmp_path / "steps.json").write_text('[{"id": "a", "instruction": "Summarize"}]')
    (tmp_path / "object.json").write_text('{"id": "a"}')
    runner = CliRunner()
    env = {"ORCHESTRATOR_URL": f"http://127.0.0.1:{free_port()}", "ORCHESTRATOR_API_KEY": "k"}
    cases = [
        (["--plan", "--steps", str(tmp_path / "steps.json")], "--plan and --steps exclude"),
        (["--steps", str(tmp_path / "object.json")], "must be a JSON list of steps"),
        (["--steps", str(tmp_path / "missing.json")], "No such file or directory"),
        (["--budget", "[1]"], "must be a JSON object"),
        (["--budget", "{"], "not valid JSON"),
    ]
    for args, message in cases:
        result = runner.invoke(cli, ["submit", "Report", *args], env=env)
        assert result.exit_code == 64, (args, result.output)
        assert message in result.output, (args, result.output)


@pytest.mark.e2e
def test_watch_a_cancelled_task_exits_3(run: Invoke, stack: UpStack) -> None:
    task_id = stack.submit("Summarize the benefits of testing",
                           metadata={"simulate_seconds": 3})  # fmt: skip
    stack.wait_status(task_id, ("processing",))
    cancel = requests.post(f"{stack.api_url}/tasks/{task_id}/cancel", headers=stack.auth,
                           timeout=10)  # fmt: skip
    assert cancel.status_code in (200, 202), cancel.text
    result = run(watch, task_id, "--timeout", "60")
    assert result.exit_code == 3, result.output
    assert statuses(result.output)[-1] == "cancelled"


@pytest.mark.e2e
def test_submit_json_prints_the_final_task(run: Invoke) -> None:
    result = run(submit, "Summarize the benefits of testing", "--wait", "--json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["status"] == "completed"


@pytest.mark.e2e
def test_bad_key_is_a_clean_error(run: Invoke) -> None:
    result = run(submit, "Summarize the benefits of testing", ORCHESTRATOR_API_KEY="orc_x_y")
    assert result.exit_code == 4
    assert "refused the key (401" in result.output
    assert "Traceback" not in result.output


@pytest.mark.e2e
def test_unknown_task_and_invalid_contract_are_clean_errors(run: Invoke) -> None:
    missing = run(status, "00000000-0000-4000-8000-000000000000")
    assert missing.exit_code == 4
    assert "no task 00000000-0000-4000-8000-000000000000 (404)" in missing.output

    blank = run(submit, "   ")
    assert blank.exit_code == 4, blank.output
    assert re.search(r"the API answered HTTP 4\d\d", blank.output)
    assert "goal" in blank.output


def test_unreachable_api_is_a_clean_error() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    result = CliRunner().invoke(status, ["some-id", "--url", url, "--key", "orc_a_b"])
    assert result.exit_code == 4
    assert f"cannot reach the API at {url}" in result.output


def test_missing_key_and_bad_metadata_are_refused_before_any_request() -> None:
    no_key = CliRunner().invoke(status, ["some-id"], env={"ORCHESTRATOR_API_KEY": ""})
    assert no_key.exit_code == 4
    assert "no API key" in no_key.output
    for bad, reason in (("{nope", "not valid JSON"), ("[1]", "must be a JSON object")):
        result = CliRunner().invoke(cli, ["submit", "goal", "--metadata", bad, "--key", "k"])
        assert result.exit_code == 64
        assert reason in result.output


def test_exit_code_through_the_real_entry_point(tmp_path: Path) -> None:
    """The installed command's exit code, not only click's test runner's."""
    result = subprocess.run(
        [sys.executable, "-m", "orchestrator_cli", "watch", "x", "--key", "k",
         "--url", f"http://127.0.0.1:{free_port()}"],
        capture_output=True, text=True, timeout=30, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 4
    assert result.stderr.startswith("Error: cannot reach the API")
    assert "Traceback" not in result.stderr


def test_render_task_for_each_outcome() -> None:
    base = {"task_id": "t1", "goal": "g", "processing_time_ms": 5}
    completed = render_task({**base, "status": "completed", "result": {
        "answer": {"summary": "Short.", "nested": {"a": 1}, "items": ["x", "y"]},
        "aggregation": {"confidence": 0.8, "tokens_used": 10, "cost_usd": 0.00001,
                        "arms_succeeded": ["summarizer"]},
    }})  # fmt: skip
    assert completed[:3] == ["Task t1: completed in 5 ms", "Goal: g", "Answer:"]
    assert "  summary: Short." in completed
    assert "  nested:" in completed and "    a: 1" in completed
    assert "  items: x, y" in completed
    assert "cost $0.000010" in completed[-1]

    failed = render_task({**base, "status": "failed", "result": None,
                          "error": {"code": "timeout", "message": "too slow"}})  # fmt: skip
    assert failed[-1] == "Error: timeout: too slow"
    injected = render_task({**base, "status": "blocked", "result": {"reflex": {
        "injection_matches": [{"injection_type": "override", "severity": "high",
                               "confidence": 0.9}]}}})  # fmt: skip
    assert injected[-1] == "  prompt injection: override, severity high (confidence 0.9)"
    pending = render_task({"task_id": "t2", "goal": "g", "status": "pending"})
    assert pending[-1].startswith("Not finished yet")


# --- the client library, against the same real API ---------------------------------------


@pytest.fixture
def api(stack: UpStack) -> Client:
    return Client(stack.api_url, stack.key)


@pytest.mark.e2e
def test_client_submits_waits_and_reads_the_history(api: Client) -> None:
    accepted = api.submit({"goal": "Summarize the benefits of testing", "priority": "high"})
    assert accepted["status"] == "pending"

    task = api.wait(accepted["task_id"], timeout=60, interval=0.1)

    assert task["status"] == "completed" and task["result"]
    assert task["result"]["answer"]
    history = [event["to_status"] for event in api.events(accepted["task_id"])]
    assert history[0] == "pending" and history[-1] == "completed"
    page = api.list(priority="high", limit=5, offset=0)
    assert accepted["task_id"] in [t["task_id"] for t in page["tasks"]]
    assert page["total"] >= 1 and page["offset"] == 0
    again = api.submit("Summarize the benefits of testing", idempotency_key="k-1")
    assert api.submit("anything", idempotency_key="k-1")["task_id"] == again["task_id"]


@pytest.mark.e2e
def test_client_streams_cancels_and_raises_its_own_errors(api: Client) -> None:
    slow = api.submit({"goal": "Summarize slowly", "metadata": {"simulate_seconds": 5}})
    task_id = slow["task_id"]
    with pytest.raises(WaitTimeout) as waited:
        api.wait(task_id, timeout=0.3, interval=0.1)
    assert waited.value.last_status in ("pending", "processing")

    assert api.cancel(task_id)["task_id"] == task_id
    streamed = [event["to_status"] for event in api.stream(task_id, timeout=30, interval=0.1)]
    assert streamed[-1] == "cancelled"
    with pytest.raises(Conflict) as finished:
        api.cancel(task_id)
    assert finished.value.status == 409 and finished.value.code == "task_not_cancellable"
    assert api.retry(task_id)["status"] == "pending"
    with pytest.raises(Conflict) as queued:
        api.retry(task_id)
    assert queued.value.code == "task_not_retryable"
    assert api.cancel(task_id)["task_id"] == task_id

    with pytest.raises(NotFound):
        api.get("00000000-0000-4000-8000-000000000000")
    with pytest.raises(ApiError) as invalid:
        api.submit({"goal": "  "})
    assert invalid.value.status in (400, 422) and "goal" in invalid.value.details
    with pytest.raises(Unauthorized):
        Client(api.url, "orc_x_y").list()


def test_client_refuses_a_url_without_scheme_and_reports_a_dead_api() -> None:
    with pytest.raises(InvalidUrl, match="expected http://host:port"):
        Client("127.0.0.1:8000", "k")
    with pytest.raises(Unreachable, match="cannot reach the API"):
        Client(f"http://127.0.0.1:{free_port()}", "k").get("x")


def test_cli_url_without_scheme_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["status", "x", "--url", "127.0.0.1:8000", "--key", "k"])

    assert result.exit_code == 64
    assert "not an API URL: '127.0.0.1:8000'" in result.output
    assert "Traceback" not in result.output


@pytest.mark.e2e
def test_cli_list_and_cancel(run: Invoke, stack: UpStack) -> None:
    blocked_id = stack.submit("My SSN is 536-22-1456, summarize my file")
    stack.wait_status(blocked_id, ("blocked",))
    task_id = stack.submit("Summarize slowly", metadata={"simulate_seconds": 5})

    listed = run(list_tasks, "--limit", "3")
    cancelled = run(cancel, task_id)
    stack.wait_status(task_id, ("cancelled",))
    twice = run(cancel, task_id)

    assert listed.exit_code == 0, listed.output
    lines = listed.output.splitlines()
    assert lines[0].split() == ["ID", "STATUS", "PRIORITY", "CREATED", "GOAL"]
    assert any(line.startswith(task_id) for line in lines[1:])
    # A page carries no findings to mask with: a blocked task's goal is not listed.
    [blocked_line] = [line for line in lines if line.startswith(blocked_id)]
    assert "536-22-1456" not in listed.output and "orchestrator status" in blocked_line
    assert re.search(r"^tasks 1-\d of \d+$", lines[-1])
    assert cancelled.exit_code == 0, cancelled.output
    assert f"Task {task_id}: " in cancelled.output
    assert twice.exit_code == 1
    assert twice.output.startswith(f"Error: task {task_id}: "), twice.output


def test_status_masks_what_the_reflex_layer_found_in_the_goal() -> None:
    goal = "Mail jane@example.com, SSN 536-22-1456"
    task = {"task_id": "t3", "goal": goal, "status": "blocked", "result": {"reflex": {
        "pii_matches": [
            {"pii_type": "email", "field": "goal", "position": 5, "length": 16,
             "value": "****@*****le.com", "confidence": 0.95},
            {"pii_type": "ssn", "field": "goal", "position": 27, "length": 11,
             "value": "***-**-1456", "confidence": 0.9},
            {"pii_type": "ssn", "field": "metadata.notes", "position": 0, "length": 11,
             "value": "***-**-9999", "confidence": 0.9},
        ]}}}  # fmt: skip
    lines = render_task(task)
    assert lines[1] == "Goal: Mail ****@******e.com, SSN ***-**-1456"
    assert (
        "  personal data: ssn in metadata.notes at position 0: ***-**-9999 (confidence 0.9)"
        in lines
    )
    assert not any("536-22-1456" in line or "jane@" in line for line in lines)
