"""Fixtures of the LLM arm tests: the arm app in front of a loopback fake endpoint."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from flask.testing import FlaskClient

from llm_arm.app import create_app
from shared.settings import Settings
from tests.support.fake_openai import FakeProvider, fake_provider

MODEL = "fake-model"


@pytest.fixture(scope="session")
def running_provider() -> Iterator[FakeProvider]:
    with fake_provider() as running:
        yield running


@pytest.fixture
def provider(running_provider: FakeProvider) -> FakeProvider:
    """The loopback endpoint, with no request seen and no reply scripted."""
    running_provider.reset()
    return running_provider


def arm_settings(base_url: str, **env: str) -> Settings:
    return Settings.from_env(
        {"LLM_BASE_URL": base_url, "LLM_MODEL": MODEL, "LLM_MAX_RETRIES": "0", **env}
    )


@pytest.fixture
def make_client(provider: FakeProvider) -> Callable[..., FlaskClient]:
    """``make_client(LLM_ROLE="planner", ...)``: a test client of an arm with those settings."""

    def make(**env: str) -> FlaskClient:
        return create_app(arm_settings(provider.base_url, **env)).test_client()

    return make


@pytest.fixture
def client(make_client: Callable[..., FlaskClient]) -> FlaskClient:
    return make_client(LLM_PRICE_INPUT_PER_1K="0.5", LLM_PRICE_OUTPUT_PER_1K="1.5")
