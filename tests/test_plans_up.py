"""Plans under ``orchestrator up`` with no setup: embedded database and broker, the
reference planner, arms and judge."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import requests
from click.testing import CliRunner

from orchestrator_cli.client import status, watch
from tests.test_up import UpStack, running_up, up_environment

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def up(tmp_path_factory: pytest.TempPathFactory) -> Iterator[UpStack]:
    with running_up(tmp_path_factory.mktemp("plans"), up_environment()) as stack:
        yield stack


def test_plan_true_is_planned_run_and_judged_under_up(up: UpStack) -> None:
    task_id = up.submit(
        "Extract the dates from the notes, then summarize the findings",
        context="The audit began on 2026-03-01 and ended on 2026-04-15. Margins improved.",
        acceptance_criteria=["mentions the audit"],
        plan=True,
    )

    task = up.wait_status(task_id)

    assert task["status"] == "completed", task
    steps = requests.get(f"{up.api_url}/tasks/{task_id}/steps", headers=up.auth,
                         timeout=10).json()["steps"]  # fmt: skip
    by_id = {step["id"]: step for step in steps}
    assert by_id["planner.1"]["arm_id"] == "planner"
    assert by_id["step-1"]["arm_id"] == "extractor"
    assert by_id["step-2"]["arm_id"] == "summarizer"
    assert by_id["judge.1"]["arm_id"] == "judge"
    verdicts = task["result"]["plan"]["verdicts"]  # type: ignore[index]
    assert verdicts and "feedback" in verdicts[0]["verdict"]

    shown = CliRunner().invoke(status, [task_id, "--url", up.api_url, "--key", up.key])
    assert shown.exit_code == 0, shown.output
    assert re.search(r"^Steps \d+/\d+ done:$", shown.output, re.MULTILINE)
    assert "  step-1  completed  arm extractor  attempt 1" in shown.output

    # The embedded SQLite database serves the stream too: watch replays the finished plan,
    # its steps as they finished, then ends.
    watched = CliRunner().invoke(watch, [task_id, "--url", up.api_url, "--key", up.key])
    assert watched.exit_code == 0, watched.output
    lines = re.findall(r"^\d\d:\d\d:\d\d  (.+?)(?:  \(.*\))?$", watched.output, re.MULTILINE)
    assert lines[0] == "pending" and lines[-1] == "completed"
    assert {"step planner.1 completed", "step step-1 completed", "step judge.1 completed"} <= set(
        lines
    )
