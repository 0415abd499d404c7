"""The LLM arm against a real loopback OpenAI-compatible endpoint: what it asks, what it answers."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient

from tests.llm_arm.conftest import MODEL
from tests.support.fake_openai import FakeProvider, Reply

CONTRACT = {
    "task_id": "t-1",
    "goal": "Write a haiku about queues",
    "context": "The queue is Redis.",
    "acceptance_criteria": ["has three lines", "mentions Redis"],
    "budget": {"max_tokens": 10_000, "max_time_seconds": 30, "max_cost_usd": 1.0},
}


def _user_prompt(provider: FakeProvider) -> str:
    messages = provider.last["messages"]
    assert [m["role"] for m in messages] == ["system", "user"]
    return str(messages[1]["content"])


def test_a_worker_call_sends_the_contract_and_answers_usage_as_tokens_and_cost(
    client: FlaskClient, provider: FakeProvider
) -> None:
    provider.script(Reply(content="Jobs wait in Redis", prompt_tokens=1000, completion_tokens=200))
    response = client.post("/execute", json=CONTRACT)
    assert response.status_code == 200, response.json
    body = response.json
    assert body["output"] == {"text": "Jobs wait in Redis"}
    assert body["tokens_used"] == 1200
    # 1000 prompt tokens at $0.5/1K + 200 completion tokens at $1.5/1K
    assert body["cost_usd"] == pytest.approx(0.8)
    assert body["usage"] == {"prompt_tokens": 1000, "completion_tokens": 200, "reported": True}
    assert body["finish_reason"] == "stop"
    assert body["task_id"] == "t-1"
    sent = provider.last
    assert sent["model"] == MODEL
    # $1.0 of budget, less the prompt at $0.5 per 1K, at $1.5 per 1K output tokens buys
    # about 650 of them (fewer than the tokens left).
    prompt = body["prompt_tokens_estimate"]
    assert prompt >= len(json.dumps(sent["messages"])) // 8
    assert sent["max_tokens"] == int((1.0 - prompt / 1000 * 0.5) / 1.5 * 1000)
    assert "response_format" not in sent
    prompt = _user_prompt(provider)
    for part in ("Write a haiku about queues", "The queue is Redis.", "- has three lines"):
        assert part in prompt


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        # The tokens left, less the prompt's (the budget counts both).
        ({"budget": {"max_tokens": 400}}, lambda prompt: 400 - prompt),
        ({"budget": {"max_tokens": 5000}, "budget_remaining": {"tokens": 300}},
         lambda prompt: 300 - prompt),
        # $0.30 left, less the prompt at $0.5 per 1K, at $1.5 per 1K output tokens.
        ({"budget_remaining": {"tokens": 900, "cost_usd": 0.3}},
         lambda prompt: int((0.3 - prompt / 1000 * 0.5) / 1.5 * 1000)),
    ],
)  # fmt: skip
def test_max_tokens_never_exceeds_what_the_budget_has_left(
    client: FlaskClient,
    provider: FakeProvider,
    extra: dict[str, object],
    expected: Callable[[int], int],
) -> None:
    response = client.post("/execute", json={"goal": "Say hi", **extra})
    assert response.status_code == 200, response.json
    prompt = response.json["prompt_tokens_estimate"]
    assert 0 < prompt < 200
    assert provider.last["max_tokens"] == expected(prompt) > 0
    assert response.json["max_tokens"] == expected(prompt)


def test_a_budget_smaller_than_the_prompt_is_refused_without_calling_the_model(
    client: FlaskClient, provider: FakeProvider
) -> None:
    response = client.post("/execute", json={"goal": "Say hi", "budget": {"max_tokens": 10}})
    assert response.status_code == 422
    error = response.json["error"]
    assert error["code"] == "budget_exhausted"
    assert error["details"]["tokens_left"] == 10
    assert error["details"]["prompt_tokens_estimate"] > 10
    assert "prompt" in error["message"]
    assert provider.requests == []


@pytest.mark.parametrize(
    "text",
    [
        "Summarise the quarterly report for the board in three short bullet points.",
        "四半期報告書を取締役会向けに三つの箇条書きで要約してください。",
        "Резюмируйте квартальный отчёт для совета директоров в трёх пунктах.",
    ],
)
def test_the_prompt_estimate_is_generous_in_any_script(text: str) -> None:
    from llm_arm.service import estimate_prompt_tokens

    # A tokeniser spends at most about one token a character on these scripts and about
    # one per four characters of English; the estimate is never below a third of that.
    estimate = estimate_prompt_tokens([{"role": "user", "content": text}])
    floor = len(text) // 4 if text.isascii() else len(text) // 2
    assert estimate >= floor


def test_a_spent_budget_is_refused_without_calling_the_model(
    client: FlaskClient, provider: FakeProvider
) -> None:
    response = client.post("/execute", json={"goal": "Say hi", "budget_remaining": {"tokens": 0}})
    assert response.status_code == 422
    assert response.json["error"]["code"] == "budget_exhausted"
    assert response.json["error"]["details"]["tokens_left"] == 0
    assert provider.requests == []


def test_a_plan_step_prompt_has_its_instruction_and_the_inputs_it_depends_on(
    client: FlaskClient, provider: FakeProvider
) -> None:
    contract = {
        **CONTRACT,
        "step": {"id": "draft", "instruction": "Draft the second line", "depends_on": ["first"]},
        "inputs": {"first": {"text": "Jobs line up in Redis"}},
    }
    response = client.post("/execute", json=contract)
    assert response.status_code == 200, response.json
    assert response.json["step_id"] == "draft"
    prompt = _user_prompt(provider)
    assert "Step draft:\nDraft the second line" in prompt
    assert "[first]" in prompt and "Jobs line up in Redis" in prompt
    assert "Write a haiku about queues" in prompt


def test_a_body_wrapped_as_task_contract_is_read_as_the_contract(
    client: FlaskClient, provider: FakeProvider
) -> None:
    response = client.post("/execute", json={"task_contract": {"goal": "Say hi, wrapped"}})
    assert response.status_code == 200, response.json
    assert "Say hi, wrapped" in _user_prompt(provider)


def test_a_truncated_answer_is_answered_with_lower_confidence(
    client: FlaskClient, provider: FakeProvider
) -> None:
    provider.script(Reply(content="Jobs wait", finish_reason="length"))
    body = client.post("/execute", json=CONTRACT).json
    assert body["finish_reason"] == "length"
    assert body["confidence"] < client.post("/execute", json=CONTRACT).json["confidence"]


def test_an_endpoint_without_usage_gets_estimated_tokens_flagged_as_such(
    client: FlaskClient, provider: FakeProvider
) -> None:
    provider.script(Reply(content="x" * 40, prompt_tokens=None, completion_tokens=None))
    body = client.post("/execute", json={"goal": "Say hi"}).json
    assert body["usage"]["reported"] is False
    assert body["usage"]["completion_tokens"] == 10
    assert body["tokens_used"] > 10


# --- planner --------------------------------------------------------------------------------

PLAN = {
    "steps": [
        {"id": "s1", "instruction": "Collect the facts", "depends_on": []},
        {"id": "s2", "instruction": "Write the summary", "depends_on": ["s1"]},
    ]
}


def _step(step_id: str, depends_on: list[str]) -> dict[str, object]:
    return {"id": step_id, "instruction": f"Do {step_id}", "depends_on": depends_on}


@pytest.fixture
def planner(make_client: Callable[..., FlaskClient]) -> FlaskClient:
    return make_client(LLM_ROLE="planner")


def test_the_planner_asks_for_a_json_schema_and_answers_a_checked_plan(
    planner: FlaskClient, provider: FakeProvider
) -> None:
    provider.script(Reply(content=json.dumps(PLAN)))
    response = planner.post("/execute", json=CONTRACT)
    assert response.status_code == 200, response.json
    body = response.json
    assert body["output"] == PLAN
    assert body["output_valid"] is True and body["output_errors"] == []
    sent = provider.last
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["schema"]["required"] == ["steps"]
    assert "JSON" in sent["messages"][0]["content"]


def test_the_planner_reads_a_fenced_answer_and_the_plan_key(
    planner: FlaskClient, provider: FakeProvider
) -> None:
    provider.script(Reply(content="```json\n" + json.dumps({"plan": PLAN["steps"]}) + "\n```"))
    body = planner.post("/execute", json=CONTRACT).json
    assert body["output"] == PLAN and body["output_valid"] is True


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ('{"steps": [{"id": "s1", "instruction": "Coll', "not JSON"),
        ('{"answer": "no plan here"}', 'no "steps"'),
        (json.dumps({"steps": []}), "should be non-empty"),
        (json.dumps({"steps": [_step("a", ["b"]), _step("b", ["a"])]}), "cycle"),
        (
            json.dumps({"steps": [{"id": "a", "instruction": "x", "depends_on": ["zz"]}]}),
            "unknown step 'zz'",
        ),
        (
            json.dumps({"steps": [_step("a", []), _step("a", [])]}),
            "ids used twice",
        ),
    ],
)
def test_an_invalid_or_truncated_plan_is_answered_as_it_is_flagged_invalid(
    planner: FlaskClient, provider: FakeProvider, content: str, problem: str
) -> None:
    provider.script(Reply(content=content, finish_reason="length"))
    response = planner.post("/execute", json=CONTRACT)
    # Not the arm's call to reject: the orchestrator does, with this answer kept.
    assert response.status_code == 200, response.json
    body = response.json
    assert body["output_valid"] is False
    assert any(problem in error for error in body["output_errors"]), body["output_errors"]
    assert body["output"]["raw"] == content
    assert body["confidence"] == 0.0
    assert body["tokens_used"] == 17


def test_structured_output_can_be_turned_off_for_endpoints_without_it(
    make_client: Callable[..., FlaskClient], provider: FakeProvider
) -> None:
    planner = make_client(LLM_ROLE="planner", LLM_STRUCTURED_OUTPUT="off")
    provider.script(Reply(content=json.dumps(PLAN)))
    assert planner.post("/execute", json=CONTRACT).json["output_valid"] is True
    assert "response_format" not in provider.last


# --- judge ----------------------------------------------------------------------------------


@pytest.fixture
def judge(make_client: Callable[..., FlaskClient]) -> FlaskClient:
    return make_client(LLM_ROLE="judge")


def test_the_judge_sees_the_candidate_and_answers_a_verdict_with_feedback(
    judge: FlaskClient, provider: FakeProvider
) -> None:
    provider.script(Reply(content='{"verdict": "FAIL", "feedback": "Redis is not mentioned."}'))
    contract = {**CONTRACT, "candidate": {"text": "Jobs wait in line"}}
    body = judge.post("/execute", json=contract).json
    assert body["output"] == {"verdict": "fail", "feedback": "Redis is not mentioned."}
    assert body["output_valid"] is True
    prompt = _user_prompt(provider)
    assert "Candidate answer:" in prompt and "Jobs wait in line" in prompt
    assert "- mentions Redis" in prompt
    assert provider.last["response_format"]["json_schema"]["name"] == "verdict"


def test_a_judge_answer_without_a_verdict_is_a_fail_with_the_text_kept(
    judge: FlaskClient, provider: FakeProvider
) -> None:
    provider.script(Reply(content="Looks fine to me!"))
    body = judge.post("/execute", json={**CONTRACT, "candidate": "x"}).json
    assert body["output"]["verdict"] == "fail"
    assert body["output"]["raw"] == "Looks fine to me!"
    assert body["output_valid"] is False


# --- capabilities, health -------------------------------------------------------------------


def test_capabilities_advertise_role_tier_and_prices(
    make_client: Callable[..., FlaskClient],
) -> None:
    client = make_client(
        LLM_ROLE="planner", LLM_COST_TIER="1", LLM_ARM_ID="cheap-planner",
        LLM_PRICE_INPUT_PER_1K="0.01",
    )  # fmt: skip
    [record] = client.get("/capabilities").json
    assert record["arm_id"] == "cheap-planner"
    assert record["capabilities"] == ["planning"]
    assert record["cost_tier"] == 1
    assert record["status"] == "healthy"
    assert record["endpoint"].endswith("/execute")
    assert record["metadata"]["price_input_per_1k_usd"] == 0.01


def test_health_is_200_while_the_endpoint_answers(client: FlaskClient) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json["status"] == "healthy"


@pytest.mark.parametrize(
    ("mode", "expected"),
    [
        ("json_object", {"type": "json_object"}),
        ("json_object_schema", {"type": "json_object", "schema": ["steps"]}),
    ],
)
def test_json_mode_for_endpoints_without_json_schema(
    make_client: Callable[..., FlaskClient],
    provider: FakeProvider,
    mode: str,
    expected: dict[str, object],
) -> None:
    planner = make_client(LLM_ROLE="planner", LLM_STRUCTURED_OUTPUT=mode)
    provider.script(Reply(content=json.dumps(PLAN)))
    assert planner.post("/execute", json=CONTRACT).json["output_valid"] is True
    sent = provider.last["response_format"]
    if "schema" in sent:
        sent = {**sent, "schema": sent["schema"]["required"]}
    assert sent == expected


def test_the_planners_own_call_as_the_orchestrator_sends_it_is_accepted(
    planner: FlaskClient, provider: FakeProvider
) -> None:
    provider.script(Reply(content=json.dumps(PLAN)))
    step = {"id": "planner.1", "kind": "planner", "instruction": "Plan the task",
            "capabilities": None, "depends_on": []}  # fmt: skip
    response = planner.post("/execute", json={**CONTRACT, "step": step, "inputs": {}})
    assert response.status_code == 200, response.json
    assert response.json["step_id"] == "planner.1" and response.json["output_valid"] is True
    assert "one step of a larger plan" not in _user_prompt(provider)
