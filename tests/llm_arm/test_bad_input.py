"""Bad input to the LLM arm: a clear 4xx or a one-line message naming the problem, no model call."""

from __future__ import annotations

import pytest
import requests
from click.testing import CliRunner
from flask.testing import FlaskClient

from llm_arm.app import create_app
from orchestrator_cli.main import cli
from shared.ports import free_port
from shared.settings import Settings, SettingsError
from tests.support.fake_openai import FakeProvider
from tests.support.processes import Service


@pytest.mark.parametrize(
    ("body", "status", "field"),
    [
        (b"{not json", 400, None),
        (b"[1, 2]", 422, "_schema"),
        (b'{"context": "no goal"}', 422, "goal"),
        (b'{"goal": "   "}', 422, "goal"),
        (b'{"goal": "x", "budget": {"max_tokens": 0}}', 422, "budget"),
        (b'{"goal": "x", "step": {"id": "s1"}}', 422, "step"),
        (b'{"goal": "x", "step": {"id": "", "instruction": "y"}}', 422, "step"),
        (b'{"goal": "x", "inputs": ["not", "an", "object"]}', 422, "inputs"),
        (b'{"goal": "x", "budget_remaining": {"tokens": -1}}', 422, "budget_remaining"),
    ],
)
def test_a_bad_contract_is_a_4xx_naming_the_field_and_reaches_no_model(
    client: FlaskClient, provider: FakeProvider, body: bytes, status: int, field: str | None
) -> None:
    response = client.post("/execute", data=body, content_type="application/json")
    assert response.status_code == status, response.json
    error = response.json["error"]
    assert error["message"]
    if field is not None:
        assert field in error["details"]["fields"], error
    assert provider.requests == []


def test_settings_without_llm_model_name_the_variable(provider: FakeProvider) -> None:
    with pytest.raises(SettingsError, match="LLM_MODEL"):
        create_app(Settings.from_env({"LLM_BASE_URL": provider.base_url}))


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("LLM_ROLE", "poet"),
        ("LLM_COST_TIER", "9"),
        ("LLM_PRICE_INPUT_PER_1K", "-1"),
        ("LLM_BASE_URL", "ftp://x"),
        ("LLM_STRUCTURED_OUTPUT", "maybe"),
    ],
)
def test_a_bad_llm_setting_names_its_variable(name: str, value: str) -> None:
    with pytest.raises(SettingsError, match=name):
        Settings.from_env({"LLM_MODEL": "m", name: value})


def test_the_command_without_llm_model_stops_with_one_line_naming_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("LLM_MODEL", raising=False)
    # In process, the command must not patch the test runner's standard library for gevent
    # (the patch is looked up where the command imported it).
    monkeypatch.setattr("llm_arm.cli.patch_for_gevent", lambda: None)
    result = CliRunner().invoke(cli, ["llm-arm", "--port", "0"])
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "Error: configuration error: LLM_MODEL is not set: name the model the endpoint serves"
    ]


@pytest.mark.e2e
def test_an_unreachable_endpoint_at_start_is_one_line_and_health_503() -> None:
    port = free_port()
    dead = f"http://127.0.0.1:{free_port()}/v1"
    service = Service("llm-arm", ["llm-arm", "--port", str(port)],
                      {"LLM_MODEL": "m", "LLM_BASE_URL": dead, "LOG_FORMAT": "text"})  # fmt: skip
    try:
        service.wait_http(f"http://127.0.0.1:{port}/capabilities")
        health = requests.get(f"http://127.0.0.1:{port}/health", timeout=10)
        assert health.status_code == 503
        assert dead in health.json()["error"]["message"]
        output = service.output()
        assert "Traceback" not in output
        warnings = [line for line in output.splitlines() if "unreachable" in line]
        assert len(warnings) == 1, output
        assert warnings[0].startswith(f"warning: LLM_BASE_URL {dead} is unreachable")
    finally:
        assert service.stop() in (0, -15)
