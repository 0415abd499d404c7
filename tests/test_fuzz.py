"""Bad input never gets a 500: generated requests against the API's own OpenAPI document.

The app runs on real Postgres and Redis (the test database and Redis db); schemathesis
builds requests from ``/openapi.json`` and checks each answer against the same document.
Hand-made abuse follows: huge and deeply nested bodies, numbers no double can hold, and
the per-key rate limit kept in Redis.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Iterator
from typing import Any

import hypothesis
import hypothesis.errors
import pytest
import redis
import schemathesis
from alembic import command
from flask import Flask
from flask.testing import FlaskClient
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import Engine
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from orchestrator_api.app import create_app
from orchestrator_api.extensions import db
from shared.db import make_engine
from shared.keys import create_key
from shared.ports import free_port
from shared.settings import Settings
from tests.conftest import alembic_config, derived_database_url, recreate_database

pytestmark = pytest.mark.slow

EXAMPLES = 40
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def _build(settings: Settings, reflex_url: str | None = None, **overrides: Any) -> Flask:
    reflex_url = reflex_url or f"http://127.0.0.1:{free_port()}"
    return create_app(dataclasses.replace(settings, reflex_url=reflex_url, **overrides))


@pytest.fixture(scope="module")
def fuzz_settings(settings: Settings) -> Settings:
    """A database of its own: these tests commit, and the other suites expect theirs empty."""
    url = derived_database_url("fuzz")
    recreate_database(url)
    command.upgrade(alembic_config(url), "head")
    return dataclasses.replace(settings, database_url=url)


@pytest.fixture(scope="module")
def fuzz_engine(fuzz_settings: Settings) -> Iterator[Engine]:
    engine = make_engine(fuzz_settings)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def fuzz_app(fuzz_settings: Settings, reflex_url: str) -> Iterator[Flask]:
    app = _build(fuzz_settings, reflex_url, rate_limit_per_minute=0)
    yield app
    with app.app_context():
        for bound in db.engines.values():
            bound.dispose()


@pytest.fixture(scope="module")
def committed_key(fuzz_engine: Engine) -> str:
    """A key committed for real: the app reads it through its own engine."""
    with Session(fuzz_engine) as session:
        key = create_key(session, "fuzz")[1]
        session.commit()
    return key


@pytest.mark.timeout(600)
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_generated_requests_get_documented_answers_and_never_5xx(
    fuzz_app: Flask, committed_key: str, mode: GenerationMode
) -> None:
    schema = schemathesis.openapi.from_wsgi("/openapi.json", fuzz_app)
    headers = {"Authorization": f"Bearer {committed_key}"}
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {op.label for op in operations} >= {"POST /submit", "GET /tasks/{task_id}"}
    calls: list[int] = []

    for operation in operations:

        @hypothesis.given(case=operation.as_strategy(generation_mode=mode))
        @hypothesis.settings(
            max_examples=EXAMPLES,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
            derandomize=True,
            database=None,
        )
        def check(case: Any) -> None:
            response = case.call(headers=headers)
            calls.append(response.status_code)
            case.validate_response(response, checks=CHECKS, headers=headers)

        try:
            check()
        except hypothesis.errors.Unsatisfiable:
            # Nothing to make invalid (no parameters, no body): only in negative mode.
            assert mode is GenerationMode.NEGATIVE, operation.label
    print(
        f"\n[reliability] fuzz {mode.value}: {len(calls)} requests, statuses {sorted(set(calls))}"
    )
    assert calls and max(calls) < 500


@pytest.fixture
def client(fuzz_app: Flask) -> FlaskClient:
    return fuzz_app.test_client()


@pytest.fixture
def auth(committed_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {committed_key}", "Content-Type": "application/json"}


def _json_error(response: TestResponse, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)[:500]
    assert response.mimetype == "application/json"
    body: dict[str, Any] = response.get_json()
    assert set(body) == {"error", "request_id"}
    assert body["error"]["code"] and body["error"]["message"]
    return body


def test_a_body_over_the_limit_is_413_json(client: FlaskClient, auth: dict[str, str]) -> None:
    huge = b'{"goal": "' + b"a" * (2 * 1024 * 1024) + b'"}'
    _json_error(client.post("/submit", data=huge, headers=auth), 413)


@pytest.mark.parametrize("depth", [50, 1_000, 10_000, 100_000])
@pytest.mark.parametrize("shape", ["list", "object"])
def test_deeply_nested_json_is_refused_cleanly(
    client: FlaskClient, auth: dict[str, str], depth: int, shape: str
) -> None:
    opened, inner, closed = {"list": ("[", "", "]"), "object": ('{"a":', "1", "}")}[shape]
    nested = opened * depth + inner + closed * depth
    body = '{"goal": "Summarize", "metadata": {"deep": ' + nested + "}}"
    started = time.monotonic()
    response = client.post("/submit", data=body, headers=auth)
    assert time.monotonic() - started < 5
    assert 400 <= response.status_code < 500, response.status_code
    _json_error(response, response.status_code)


@pytest.mark.parametrize(
    "body",
    [
        '{"goal": "a\\u0000b"}',
        '{"goal": "Summarize", "context": "\\u0000"}',
        '{"goal": "Summarize", "metadata": {"k": "\\u0000"}}',
        '{"goal": "Summarize", "metadata": {"\\u0000": 1}}',
        '{"goal": "Summarize", "acceptance_criteria": ["\\u0000"]}',
        '{"goal": "Summarize", "assigned_arm": "a\\u0000"}',
    ],
)
def test_nul_characters_are_refused_with_422(
    client: FlaskClient, auth: dict[str, str], body: str
) -> None:
    response = client.post("/submit", data=body, headers=auth)
    assert response.status_code == 422, response.status_code
    _json_error(response, 422)


@pytest.mark.parametrize(
    "body",
    [
        '{"goal": "Summarize", "budget": {"max_tokens": 1e400}}',
        '{"goal": "Summarize", "budget": {"max_cost_usd": -1e400}}',
        '{"goal": "Summarize", "budget": {"max_tokens": ' + "1" + "0" * 1000 + "}}",
        '{"goal": "Summarize", "metadata": {"n": ' + "9" * 5000 + "}}",
        '{"goal": "Summarize", "budget": {"max_time_seconds": 18446744073709551616}}',
        '{"goal": "Summarize", "budget": {"max_cost_usd": 1e-400}}',
        '{"goal": "Summarize", "budget": {"max_tokens": NaN}}',
        '{"goal": "Summarize", "budget": {"max_tokens": Infinity}}',
    ],
)
def test_huge_numbers_are_refused_cleanly(
    client: FlaskClient, auth: dict[str, str], body: str
) -> None:
    response = client.post("/submit", data=body, headers=auth)
    if response.status_code == 202:
        # A number that is representable and in range may be accepted; nothing else.
        stored = response.get_json()
        assert stored["status"] == "pending"
        return
    assert 400 <= response.status_code < 500
    _json_error(response, response.status_code)


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe\x00garbage",
        b'{"goal": "\\ud800"}',
        b'{"goal": "a\x00b"}',
        b'{"goal": "Summarize", "goal": "twice"}',
        b"[" * 3 + b'"goal"' + b"]" * 3,
        b'"just a string"',
        b"",
    ],
)
def test_malformed_bodies_are_4xx_json(
    client: FlaskClient, auth: dict[str, str], body: bytes
) -> None:
    response = client.post("/submit", data=body, headers=auth)
    if response.status_code == 202:
        return  # duplicate keys are valid JSON: the last one wins, like every parser
    assert 400 <= response.status_code < 500
    _json_error(response, response.status_code)


def _wait_for_fresh_minute() -> None:
    # The limiter counts per wall-clock minute: start well inside one, so six quick
    # requests fall in the same window.
    if time.time() % 60 > 50:
        time.sleep(61 - time.time() % 60)


def test_rate_limit_per_key_in_redis_answers_429_with_retry_after(
    fuzz_settings: Settings, fuzz_engine: Engine, redis_client: redis.Redis
) -> None:
    app = _build(fuzz_settings, rate_limit_per_minute=5)
    with Session(fuzz_engine) as session:
        first = create_key(session, "limited")
        second = create_key(session, "other")
        first_id = first[0].id
        session.commit()
    client = app.test_client()
    _wait_for_fresh_minute()
    answers = [
        client.get("/tasks", headers={"Authorization": f"Bearer {first[1]}"}).status_code
        for _ in range(5)
    ]
    assert answers == [200] * 5
    limited = client.get("/tasks", headers={"Authorization": f"Bearer {first[1]}"})
    body = _json_error(limited, 429)
    assert body["error"]["code"] == "rate_limited"
    assert re.fullmatch(r"[1-9][0-9]?", limited.headers["Retry-After"])
    assert 1 <= int(limited.headers["Retry-After"]) <= 60
    # Per key: another key is not slowed down by the first one's burst.
    other = client.get("/tasks", headers={"Authorization": f"Bearer {second[1]}"})
    assert other.status_code == 200
    # The count lives in Redis, shared by every API process.
    counters = redis_client.keys(f"orchestrator:ratelimit:{first_id}:*")
    assert counters and int(redis_client.get(counters[0]) or 0) == 6
    with app.app_context():
        for bound in db.engines.values():
            bound.dispose()
