"""REFLEX_TOKEN and ARMS_TOKEN: the Reflex reference service, the reference arms and the LLM
arm refuse requests without the shared bearer token, except liveness."""

from __future__ import annotations

import pytest
from flask import Flask

from llm_arm.app import create_app as create_llm_arm
from reference_arms.app import create_app as create_arms
from reflex_service.app import create_app as create_reflex
from shared.settings import Settings
from tests.conftest import TEST_REDIS_URL

TOKEN = "s3cret-service-token"


@pytest.fixture(params=["reflex", "arms", "llm-arm"])
def service(request: pytest.FixtureRequest) -> tuple[Flask, str, str, dict[str, object] | None]:
    settings = Settings.from_env(
        {}, redis_url=TEST_REDIS_URL, reflex_token=TOKEN, arms_token=TOKEN, log_format="text"
    )
    if request.param == "reflex":
        return create_reflex(settings), "POST", "/process", {"text": "hello there"}
    if request.param == "llm-arm":
        # Nothing listens at the endpoint: /capabilities does not call the model.
        llm = Settings.from_env(
            {"LLM_BASE_URL": "http://127.0.0.1:9/v1", "LLM_MODEL": "m"}, arms_token=TOKEN
        )
        return create_llm_arm(llm), "GET", "/capabilities", None
    return create_arms(settings), "GET", "/capabilities", None


def test_a_request_without_the_token_is_refused(
    service: tuple[Flask, str, str, dict[str, object] | None],
) -> None:
    app, method, path, body = service
    client = app.test_client()
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        answer = client.open(path, method=method, json=body, headers=headers)
        assert answer.status_code == 401, answer.data
        assert answer.get_json()["error"]["code"] == "unauthorized"
        assert answer.headers["WWW-Authenticate"] == "Bearer"


def test_the_token_is_accepted_and_health_stays_open(
    service: tuple[Flask, str, str, dict[str, object] | None],
) -> None:
    app, method, path, body = service
    client = app.test_client()
    answer = client.open(path, method=method, json=body,
                         headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert answer.status_code == 200, answer.data
    health = client.get("/health")
    # Liveness asks for no token (the LLM arm answers 503 here: nothing serves its model).
    assert health.status_code in (200, 503), health.data
    assert (health.get_json().get("error") or {}).get("code") != "unauthorized"


def test_without_a_token_configured_nothing_is_asked() -> None:
    app = create_arms(Settings.from_env({}, log_format="text"))
    assert app.test_client().get("/capabilities").status_code == 200
