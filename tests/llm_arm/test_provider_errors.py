"""Provider failures mapped to the arm protocol, with the endpoint mocked at its HTTP edge.

The ``openai`` client speaks through httpx, which ``responses`` (a ``requests`` mock) cannot
see; ``respx`` is the same kind of mock for httpx.
"""

from __future__ import annotations

import httpx
import pytest
import respx
from flask.testing import FlaskClient

from llm_arm.app import create_app
from tests.llm_arm.conftest import arm_settings
from tests.support.fake_openai import Reply, completion_body

BASE = "http://provider.test/v1"
COMPLETIONS = f"{BASE}/chat/completions"
CONTRACT = {"goal": "Say hi", "budget": {"max_time_seconds": 5}}


def _client(**env: str) -> FlaskClient:
    return create_app(arm_settings(BASE, **env)).test_client()


@pytest.fixture
def mock() -> respx.MockRouter:
    with respx.mock(assert_all_called=False) as router:
        yield router


def test_a_rate_limit_is_unavailable_with_the_providers_retry_after(
    mock: respx.MockRouter,
) -> None:
    mock.post(COMPLETIONS).respond(
        429, json={"error": {"message": "Slow down", "code": "rate_limit"}},
        headers={"Retry-After": "7"},
    )  # fmt: skip
    response = _client().post("/execute", json=CONTRACT)
    assert response.status_code == 503
    error = response.json["error"]
    assert error["code"] == "provider_rate_limited"
    assert "Slow down" in error["message"]
    assert error["details"] == {"provider_status": 429, "provider_code": "rate_limit"}
    assert response.headers["Retry-After"] == "7"


def test_a_server_error_is_unavailable(mock: respx.MockRouter) -> None:
    mock.post(COMPLETIONS).respond(500, json={"error": {"message": "GPU on fire"}})
    response = _client().post("/execute", json=CONTRACT)
    assert response.status_code == 503
    assert response.json["error"]["code"] == "provider_unavailable"
    assert "GPU on fire" in response.json["error"]["message"]


def test_the_clients_own_retries_absorb_a_passing_server_error(mock: respx.MockRouter) -> None:
    route = mock.post(COMPLETIONS)
    route.side_effect = [
        httpx.Response(503, json={"error": {"message": "busy"}}, headers={"Retry-After": "0"}),
        httpx.Response(200, json=completion_body(Reply(content="hi"), "fake-model")),
    ]
    response = _client(LLM_MAX_RETRIES="1").post("/execute", json=CONTRACT)
    assert response.status_code == 200, response.json
    assert response.json["output"] == {"text": "hi"}
    assert route.call_count == 2


def test_a_refusal_keeps_the_providers_message_and_is_not_retried(
    mock: respx.MockRouter,
) -> None:
    route = mock.post(COMPLETIONS).respond(
        400, json={"error": {"message": "This model's maximum context length is 8192 tokens",
                             "type": "invalid_request_error", "code": "context_length_exceeded"}},
    )  # fmt: skip
    response = _client(LLM_MAX_RETRIES="2").post("/execute", json=CONTRACT)
    assert response.status_code == 422
    error = response.json["error"]
    assert error["code"] == "provider_refused"
    assert "maximum context length is 8192 tokens" in error["message"]
    assert error["details"]["provider_status"] == 400
    assert route.call_count == 1


def test_a_plain_text_refusal_is_kept_too(mock: respx.MockRouter) -> None:
    mock.post(COMPLETIONS).respond(404, text="model 'nope' not found")
    response = _client().post("/execute", json=CONTRACT)
    assert response.status_code == 422
    assert "model 'nope' not found" in response.json["error"]["message"]


def test_a_timeout_is_unavailable(mock: respx.MockRouter) -> None:
    mock.post(COMPLETIONS).mock(side_effect=httpx.ReadTimeout("slow"))
    response = _client().post("/execute", json=CONTRACT)
    assert response.status_code == 504
    assert response.json["error"]["code"] == "provider_timeout"


def test_a_refused_connection_is_unavailable(mock: respx.MockRouter) -> None:
    mock.post(COMPLETIONS).mock(side_effect=httpx.ConnectError("refused"))
    response = _client().post("/execute", json=CONTRACT)
    assert response.status_code == 503
    assert response.json["error"]["code"] == "provider_unreachable"
    assert "ConnectError" in response.json["error"]["message"]


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, content=b"{not json", headers={"Content-Type": "application/json"}),
        httpx.Response(200, text="<html>proxy login</html>", headers={"Content-Type": "text/html"}),
        httpx.Response(200, json={"choices": []}),
        httpx.Response(200, json={"unexpected": True}),
    ],
    ids=["bad-json", "html", "no-choices", "wrong-shape"],
)
def test_an_answer_that_is_not_a_completion_is_a_bad_gateway(
    mock: respx.MockRouter, answer: httpx.Response
) -> None:
    mock.post(COMPLETIONS).mock(return_value=answer)
    response = _client().post("/execute", json=CONTRACT)
    assert response.status_code == 502
    assert response.json["error"]["code"] == "provider_bad_response"


def test_a_model_refusal_is_a_refusal(mock: respx.MockRouter) -> None:
    body = completion_body(Reply(content=""), "fake-model")
    body["choices"][0]["message"]["refusal"] = "I can't help with that."
    mock.post(COMPLETIONS).respond(200, json=body)
    response = _client().post("/execute", json=CONTRACT)
    assert response.status_code == 422
    assert response.json["error"]["code"] == "model_refused"
    assert "can't help" in response.json["error"]["message"]


def test_health_is_503_naming_the_endpoint_while_it_cannot_be_reached(
    mock: respx.MockRouter,
) -> None:
    mock.get(f"{BASE}/models").mock(side_effect=httpx.ConnectError("refused"))
    client = _client()
    response = client.get("/health")
    assert response.status_code == 503
    assert response.json["status"] == "unavailable"
    assert BASE in response.json["error"]["message"]
    assert client.get("/capabilities").json[0]["status"] == "unavailable"


def test_health_counts_any_answer_below_500_as_up(mock: respx.MockRouter) -> None:
    mock.get(f"{BASE}/models").respond(404, text="no such route")
    assert _client().get("/health").status_code == 200
