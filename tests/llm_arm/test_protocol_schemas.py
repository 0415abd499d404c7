"""The reference arms and the LLM arm, checked against the protocol's published JSON Schemas."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flask.testing import FlaskClient

from reference_arms.app import create_app as create_reference_app
from shared.arm_protocol import SCHEMAS, render, validator
from shared.settings import Settings
from tests.support.fake_openai import FakeProvider, Reply

DOCS = Path(__file__).resolve().parents[2] / "docs" / "schemas"


def errors_of(name: str, instance: Any) -> list[str]:
    return [error.message for error in validator(name).iter_errors(instance)]


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_the_published_schema_files_are_the_ones_the_code_uses(name: str) -> None:
    # Regenerate with: python -m shared.arm_protocol docs/schemas
    assert (DOCS / name).read_text() == render(SCHEMAS[name])


def test_the_schemas_are_valid_draft_2020_12() -> None:
    for name in SCHEMAS:
        validator(name).check_schema(SCHEMAS[name])


@pytest.fixture(scope="module")
def reference() -> FlaskClient:
    return create_reference_app(Settings.from_env({})).test_client()


def test_the_reference_arms_capabilities_match_the_schema(reference: FlaskClient) -> None:
    records = reference.get("/capabilities").json
    assert errors_of("capabilities-response.json", records) == []
    for record in records:
        assert errors_of("capability-record.json", record) == []


@pytest.mark.parametrize("arm_id", ["planner", "summarizer", "judge", "extractor"])
def test_the_reference_arms_answers_match_the_schema(reference: FlaskClient, arm_id: str) -> None:
    contract = {"goal": "Summarize the report, then list risks", "acceptance_criteria": ["risks"]}
    assert errors_of("execute-request.json", contract) == []
    response = reference.post(f"/arms/{arm_id}/execute", json=contract)
    assert response.status_code == 200
    assert errors_of("execute-response.json", response.json) == []


def test_the_reference_arms_errors_match_the_schema(reference: FlaskClient) -> None:
    response = reference.post("/arms/planner/execute", json={"context": "no goal"})
    assert response.status_code == 422
    assert errors_of("error-response.json", response.json) == []


@pytest.mark.parametrize(
    "shape",
    [
        lambda record: [record],
        lambda record: record,
        lambda record: {"capabilities": [record]},
    ],
    ids=["list", "one-record", "wrapped"],
)
def test_the_three_capability_shapes_are_accepted_and_a_bad_one_is_not(
    shape: Callable[[dict[str, Any]], Any],
) -> None:
    record = {"arm_id": "a", "name": "A", "capabilities": ["x"], "cost_tier": 2}
    assert errors_of("capabilities-response.json", shape(record)) == []
    assert errors_of("capabilities-response.json", shape({**record, "cost_tier": 9})) != []


def test_a_stored_contract_with_nulls_and_its_envelope_match_the_request_schema() -> None:
    contract = {
        "task_id": "0b6f", "goal": "Do it", "context": None, "constraints": {},
        "acceptance_criteria": [], "budget": {"max_tokens": 100, "max_time_seconds": 30,
        "max_cost_usd": 0.5}, "priority": "high", "metadata": {}, "parent_task_id": None,
        "assigned_arm": None, "step": {"id": "s2", "instruction": "Go", "depends_on": ["s1"]},
        "inputs": {"s1": {"text": "done"}}, "budget_remaining": {"tokens": 50, "cost_usd": 0.1},
    }  # fmt: skip
    assert errors_of("execute-request.json", contract) == []
    assert errors_of("execute-request.json", {"task_contract": contract}) == []
    assert errors_of("execute-request.json", {"goal": ""}) != []


def test_the_llm_arm_capabilities_and_answers_match_the_schemas(
    make_client: Callable[..., FlaskClient], provider: FakeProvider
) -> None:
    worker = make_client()
    records = worker.get("/capabilities").json
    assert errors_of("capabilities-response.json", records) == []
    assert errors_of("capability-record.json", records[0]) == []
    answer = worker.post("/execute", json={"goal": "Say hi"}).json
    assert errors_of("execute-response.json", answer) == []
    refused = worker.post("/execute", json={"goal": ""}).json
    assert errors_of("error-response.json", refused) == []

    plan = {"steps": [{"id": "a", "instruction": "Find it", "depends_on": []}]}
    provider.script(Reply(content=json.dumps(plan)))
    planned = make_client(LLM_ROLE="planner").post("/execute", json={"goal": "Plan it"}).json
    assert errors_of("execute-response.json", planned) == []
    assert errors_of("planner-output.json", planned["output"]) == []

    provider.script(Reply(content='{"verdict": "pass", "feedback": "All there."}'),
                    Reply(content="no idea"))  # fmt: skip
    judge = make_client(LLM_ROLE="judge")
    for _ in range(2):  # a verdict, then an answer that is not one: both keep the shape
        judged = judge.post("/execute", json={"goal": "Judge it", "candidate": "x"}).json
        assert errors_of("execute-response.json", judged) == []
        assert errors_of("judge-output.json", judged["output"]) == []


def test_the_planner_output_schema_rejects_what_a_plan_may_not_be() -> None:
    step = {"id": "a", "instruction": "Do"}
    assert errors_of("planner-output.json", {"steps": [step]}) == []
    for bad in (
        {"steps": []},
        {"steps": [{**step, "id": "a.b"}]},
        {"steps": [{**step, "capabilities": ["x"], "arm": "y"}]},
        {"steps": [{**step, "extra": 1}]},
        {"steps": [step] * 51},
    ):
        assert errors_of("planner-output.json", bad) != [], bad


def test_the_example_arm_in_the_docs_speaks_the_protocol() -> None:
    text = (DOCS.parent / "arms.md").read_text()
    code = text.split("## A 30-line arm", 1)[1].split("```python\n", 1)[1].split("```", 1)[0]
    assert len([line for line in code.splitlines() if line.strip()]) <= 30
    namespace: dict[str, Any] = {"__name__": "wordcount"}
    exec(compile(code, "arms.md", "exec"), namespace)
    client = namespace["app"].test_client()
    assert errors_of("capabilities-response.json", client.get("/capabilities").json) == []
    contract = {"goal": "Count these words", "inputs": {"s1": "and these"}}
    answer = client.post("/execute", json=contract)
    assert answer.status_code == 200
    assert errors_of("execute-response.json", answer.json) == []
    assert answer.json["output"]["words"] == 5
    refused = client.post("/execute", json={"goal": " "})
    assert refused.status_code == 422
    assert errors_of("error-response.json", refused.json) == []
