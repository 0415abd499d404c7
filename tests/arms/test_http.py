"""The arms API through Flask's test client: capabilities, execute, errors, simulation."""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from reference_arms.app import create_app
from reference_arms.arms import Answer, Arm, Contract
from shared.settings import Settings

BASE_URL = "http://arms.example:8200"


@pytest.fixture
def app() -> Iterator[Flask]:
    yield create_app(Settings.from_env({}, log_format="text"))


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


def post(client: FlaskClient, path: str, body: Any, **kwargs: Any) -> Any:
    return client.post(path, json=body, base_url=BASE_URL, **kwargs)


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status
    assert response.is_json
    body: dict[str, Any] = response.get_json()
    assert body["error"]["code"] == code
    assert body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


def test_capabilities_list_every_arm_with_an_absolute_endpoint(client: FlaskClient) -> None:
    response = client.get("/capabilities", base_url=BASE_URL)
    assert response.status_code == 200
    records = response.get_json()
    by_id = {record["arm_id"]: record for record in records}
    assert set(by_id) == {"planner", "summarizer", "judge", "extractor"}
    assert by_id["planner"]["endpoint"] == f"{BASE_URL}/arms/planner/execute"
    assert by_id["planner"]["capabilities"] == ["planning", "decomposition", "general"]
    assert by_id["summarizer"]["cost_tier"] == 1
    assert by_id["judge"]["cost_tier"] == 3
    for record in records:
        assert set(record) >= {"name", "description", "capabilities", "cost_tier", "endpoint"}
        assert 1 <= record["cost_tier"] <= 5
        assert record["status"] == "healthy"


def test_each_advertised_endpoint_executes_its_arm(client: FlaskClient) -> None:
    for record in client.get("/capabilities", base_url=BASE_URL).get_json():
        path = record["endpoint"].removeprefix(BASE_URL)
        response = post(client, path, {"goal": "Read the file and then count the words."})
        assert response.status_code == 200, response.get_json()
        body = response.get_json()
        assert body["arm_id"] == record["arm_id"]
        assert set(body) >= {"output", "confidence", "tokens_used", "cost_usd", "duration_ms"}
        assert 0 <= body["confidence"] <= 1


def test_execute_is_deterministic_and_echoes_the_task_id(client: FlaskClient) -> None:
    contract = {"goal": "Plan a launch, then announce it.", "task_id": "t-123"}
    first = post(client, "/arms/planner/execute", contract).get_json()
    second = post(client, "/arms/planner/execute", contract).get_json()
    assert first["task_id"] == "t-123"
    for volatile in ("duration_ms", "request_id"):
        first.pop(volatile)
        second.pop(volatile)
    assert first == second
    assert first["output"]["actions"] == ["plan", "handle"]


def test_generic_execute_routes_by_arm_id_then_assigned_arm_then_planner(
    client: FlaskClient,
) -> None:
    by_arm_id = post(client, "/execute", {"goal": "g", "arm_id": "judge"}).get_json()
    by_assigned = post(client, "/execute", {"goal": "g", "assigned_arm": "summarizer"}).get_json()
    by_default = post(client, "/execute", {"goal": "g"}).get_json()
    assert by_arm_id["arm_id"] == "judge"
    assert by_assigned["arm_id"] == "summarizer"
    assert by_default["arm_id"] == "planner"


def test_unknown_arm_is_a_json_404_listing_the_arms(client: FlaskClient) -> None:
    body = assert_error(post(client, "/arms/oracle/execute", {"goal": "g"}), 404, "arm_not_found")
    assert body["error"]["details"]["available"] == ["extractor", "judge", "planner", "summarizer"]
    assert_error(post(client, "/execute", {"goal": "g", "arm_id": "oracle"}), 404, "arm_not_found")


def test_malformed_json_is_a_400(client: FlaskClient) -> None:
    response = client.post("/arms/planner/execute", data="{goal", content_type="application/json")
    assert_error(response, 400, "invalid_json")


def test_invalid_contract_is_a_422_naming_each_field(client: FlaskClient) -> None:
    response = post(client, "/arms/planner/execute", {"context": 3, "budget": {"max_tokens": "x"}})
    fields = assert_error(response, 422, "validation_error")["error"]["details"]["fields"]
    assert set(fields) == {"goal", "context", "budget"}
    assert "max_tokens" in fields["budget"]


def test_a_body_that_is_not_an_object_is_a_422(client: FlaskClient) -> None:
    assert_error(post(client, "/execute", ["goal"]), 422, "validation_error")


def test_oversized_body_is_a_json_413() -> None:
    client = create_app(Settings.from_env({}, max_content_length=64)).test_client()
    assert_error(post(client, "/execute", {"goal": "x" * 200}), 413, "payload_too_large")


def test_unknown_route_and_wrong_method_are_json(client: FlaskClient) -> None:
    assert_error(client.get("/nowhere"), 404, "not_found")
    assert_error(client.get("/arms/planner/execute"), 405, "method_not_allowed")


@pytest.mark.parametrize("failure", ["500", "503", 500])
def test_simulated_failure_returns_that_status(client: FlaskClient, failure: Any) -> None:
    response = post(
        client, "/arms/judge/execute", {"goal": "g", "metadata": {"simulate_failure": failure}}
    )
    assert_error(response, int(failure), "simulated_failure")


def test_simulated_delay_holds_the_answer(client: FlaskClient) -> None:
    started = time.monotonic()
    response = post(
        client, "/arms/summarizer/execute", {"goal": "g", "metadata": {"simulate_seconds": 0.3}}
    )
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.3
    assert response.get_json()["duration_ms"] >= 300


def test_simulated_delay_stops_at_the_time_budget(client: FlaskClient) -> None:
    started = time.monotonic()
    response = post(
        client,
        "/arms/planner/execute",
        {"goal": "g", "budget": {"max_time_seconds": 1}, "metadata": {"simulate_seconds": 60}},
    )
    elapsed = time.monotonic() - started
    body = assert_error(response, 504, "time_budget_exceeded")
    assert body["error"]["details"] == {"simulate_seconds": 60.0, "max_time_seconds": 1.0}
    assert 1.0 <= elapsed < 5


def test_request_id_is_echoed_or_generated(client: FlaskClient) -> None:
    echoed = client.get("/health", headers={"X-Request-ID": "req-42"})
    assert echoed.headers["X-Request-ID"] == "req-42"
    replaced = client.get("/health", headers={"X-Request-ID": "bad id\twith spaces"})
    assert replaced.headers["X-Request-ID"] not in ("", "bad id\twith spaces")
    body = post(client, "/execute", {"goal": "g"}, headers={"X-Request-ID": "abc"}).get_json()
    assert body["request_id"] == "abc"


def test_health_and_ready(client: FlaskClient) -> None:
    for path in ("/health", "/ready"):
        response = client.get(path)
        assert response.status_code == 200
        assert response.get_json()["arms"] == ["extractor", "judge", "planner", "summarizer"]


def test_metrics_count_calls_by_outcome(client: FlaskClient) -> None:
    post(client, "/arms/judge/execute", {"goal": "g"})
    post(client, "/arms/judge/execute", {"goal": "g", "metadata": {"simulate_failure": "503"}})
    text = client.get("/metrics").get_data(as_text=True)
    assert 'arm_calls_total{arm_id="judge",outcome="ok"} 1.0' in text
    assert 'arm_calls_total{arm_id="judge",outcome="simulated_failure"} 1.0' in text
    assert 'arm_call_duration_seconds_count{arm_id="judge"} 2.0' in text


def test_an_arm_that_crashes_gives_a_json_500(app: Flask) -> None:
    def broken(contract: Contract) -> Answer:
        raise RuntimeError("boom")

    app.extensions["reference_arms"]["arms"]["broken"] = Arm(
        arm_id="broken", name="b", description="d", capabilities=("x",), cost_tier=1, run=broken
    )
    body = assert_error(
        post(app.test_client(), "/arms/broken/execute", {"goal": "g"}), 500, "internal_error"
    )
    assert "boom" not in str(body)
