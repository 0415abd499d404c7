"""Every kind of error answers the one JSON shape; the edge: auth, limits, request ids, logs."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Callable

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from orchestrator_api.runtime import Runtime
from shared.keys import revoke_key
from shared.models import Task
from shared.settings import Settings
from tests.api.conftest import AppFactory, assert_error, closed_url

Submit = Callable[..., TestResponse]


def test_unknown_route_is_404_json(client: FlaskClient) -> None:
    assert_error(client.get("/nowhere"), 404, "not_found")


def test_wrong_method_is_405_json_with_allow(client: FlaskClient, auth: dict[str, str]) -> None:
    response = client.get("/submit", headers=auth)

    assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]


def test_body_over_the_limit_is_413_json(make_app: AppFactory, auth: dict[str, str]) -> None:
    client = make_app(max_content_length=1000).test_client()

    response = client.post("/submit", json={"goal": "x" * 2000}, headers=auth)

    assert_error(response, 413, "payload_too_large")


def test_body_that_is_not_json_is_415(client: FlaskClient, auth: dict[str, str]) -> None:
    response = client.post("/submit", data="goal=x", headers={**auth, "Content-Type": "text/plain"})

    assert_error(response, 415, "unsupported_media_type")


@pytest.mark.parametrize("raw", ['{"goal": ', "", "{'goal': 'x'}", '{"goal": NaN}'])
def test_malformed_json_is_400(client: FlaskClient, auth: dict[str, str], raw: str) -> None:
    response = client.post(
        "/submit", data=raw, headers={**auth, "Content-Type": "application/json"}
    )

    assert_error(response, 400, "malformed_json")


@pytest.mark.parametrize(
    "header",
    [
        None,
        "",
        "Bearer",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "Bearer orc_unknown_secret",
        "Bearer not-a-key",
        "Bearer orc_0123456789abcdef0_x",
    ],
)
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("POST", "/submit"),
        ("GET", "/tasks"),
        ("GET", "/tasks/00000000-0000-0000-0000-000000000000"),
        ("GET", "/tasks/00000000-0000-0000-0000-000000000000/events"),
        ("POST", "/tasks/00000000-0000-0000-0000-000000000000/cancel"),
    ],
)
def test_task_endpoints_need_a_valid_key(
    client: FlaskClient, header: str | None, method: str, path: str
) -> None:
    headers = {} if header is None else {"Authorization": header}

    response = client.open(path, method=method, json={"goal": "g"}, headers=headers)

    assert_error(response, 401, "unauthorized")
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_wrong_secret_of_a_real_key_is_refused(client: FlaskClient, api_key: str) -> None:
    forged = api_key[:-4] + ("0000" if not api_key.endswith("0000") else "1111")

    response = client.get("/tasks", headers={"Authorization": f"Bearer {forged}"})

    assert_error(response, 401, "unauthorized")


def test_revoked_key_is_refused_at_once(
    client: FlaskClient, auth: dict[str, str], api_key: str, session: Session
) -> None:
    assert client.get("/tasks", headers=auth).status_code == 200

    assert revoke_key(session, api_key.split("_")[1])
    session.commit()

    assert_error(client.get("/tasks", headers=auth), 401, "unauthorized")


def test_a_key_revoked_after_submitting_cannot_submit_again(
    client: FlaskClient, auth: dict[str, str], api_key: str, session: Session
) -> None:
    # The first submission verifies the key; the next ones skip the lookup, and the insert
    # itself refuses a revoked key.
    body = {"goal": "write a haiku"}
    assert client.post("/submit", json=body, headers=auth).status_code == 202
    assert client.post("/submit", json=body, headers=auth).status_code == 202

    assert revoke_key(session, api_key.split("_")[1])
    session.commit()

    assert_error(client.post("/submit", json=body, headers=auth), 401, "unauthorized")
    assert session.scalar(select(func.count()).select_from(Task)) == 2
    assert_error(client.post("/submit", json=body, headers=auth), 401, "unauthorized")


def test_rate_limit_blocks_shared_by_processes_never_exceed_the_limit(
    api_settings: Settings, redis_client: redis.Redis
) -> None:
    # Two API processes reserve blocks of the same key's window from Redis in turns.
    if time.time() % 60 > 50:
        time.sleep(61 - time.time() % 60)  # the whole test within one window
    settings = dataclasses.replace(api_settings, rate_limit_per_minute=400)
    first, second = Runtime(settings), Runtime(settings)
    key_id = f"blocks{time.time_ns()}"

    admitted = [
        (first if n % 3 else second).rate_limited(key_id) is None for n in range(600)
    ].count(True)

    counted = int(redis_client.get(f"orchestrator:ratelimit:{key_id}:{int(time.time() // 60)}"))
    assert 400 - 2 * 4 <= admitted <= 400  # blocks of 4: at most a block left unspent each
    assert counted >= admitted
    assert first.rate_limited(key_id) is not None and second.rate_limited(key_id) is not None


def test_rate_limit_per_key_answers_429_with_retry_after(
    make_app: AppFactory, auth: dict[str, str], make_key: Callable[[str], str]
) -> None:
    client = make_app(rate_limit_per_minute=3).test_client()
    for _ in range(3):
        assert client.get("/tasks", headers=auth).status_code == 200

    response = client.get("/tasks", headers=auth)

    assert_error(response, 429, "rate_limited")
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    other = {"Authorization": f"Bearer {make_key('other')}"}
    assert client.get("/tasks", headers=other).status_code == 200


def test_rate_limiter_without_redis_lets_requests_through(
    make_app: AppFactory, auth: dict[str, str]
) -> None:
    client = make_app(rate_limit_per_minute=1, redis_url=closed_url("redis", "/0")).test_client()

    for _ in range(3):
        assert client.get("/tasks", headers=auth).status_code == 200


def test_unexpected_exception_is_500_json_without_trace(
    make_app: AppFactory, caplog: pytest.LogCaptureFixture
) -> None:
    app: Flask = make_app()

    def explode() -> str:
        raise RuntimeError("secret internals")

    app.add_url_rule("/explode", view_func=explode)

    with caplog.at_level(logging.ERROR):
        response = app.test_client().get("/explode")

    body = assert_error(response, 500, "internal_error")
    assert "secret internals" not in response.get_data(as_text=True)
    assert body["request_id"]
    assert any("unhandled error" in r.getMessage() for r in caplog.records)


def test_database_down_is_503_json_quickly(
    make_unbound_app: AppFactory, auth: dict[str, str]
) -> None:
    client = make_unbound_app(database_url=closed_url("postgresql", "/nowhere")).test_client()

    started = time.monotonic()
    for method, path in [("POST", "/submit"), ("GET", "/tasks")]:
        response = client.open(path, method=method, json={"goal": "g"}, headers=auth)
        assert_error(response, 503, "database_unavailable")
    assert time.monotonic() - started < 10


def test_request_id_is_echoed_when_sane(client: FlaskClient) -> None:
    response = client.get("/health", headers={"X-Request-ID": "abc-123_x.y"})

    assert response.headers["X-Request-ID"] == "abc-123_x.y"


@pytest.mark.parametrize("supplied", [None, "", "has space", "x" * 129, "<script>"])
def test_request_id_is_generated_otherwise(client: FlaskClient, supplied: str | None) -> None:
    headers = {} if supplied is None else {"X-Request-ID": supplied}

    response = client.get("/nowhere", headers=headers)

    generated = response.headers["X-Request-ID"]
    assert generated and generated != supplied
    assert response.get_json()["request_id"] == generated


def test_one_access_log_line_per_request_without_secrets(
    submit: Submit, api_key: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO, logger="orchestrator_api.access"):
        response = submit({"goal": "very private goal"}, headers={"X-Request-ID": "req-1"})

    lines = [r for r in caplog.records if r.name == "orchestrator_api.access"]
    assert len(lines) == 1
    record = lines[0]
    assert record.levelno == logging.INFO
    assert (record.method, record.path, record.status) == ("POST", "/submit", 202)  # type: ignore[attr-defined]
    assert record.request_id == "req-1"  # type: ignore[attr-defined]
    assert record.duration_ms >= 0  # type: ignore[attr-defined]
    assert response.status_code == 202
    text = record.getMessage()
    assert "very private goal" not in text and api_key not in text


def test_request_id_is_bound_in_log_lines_of_the_request(
    make_app: AppFactory, auth: dict[str, str], caplog: pytest.LogCaptureFixture
) -> None:
    from shared.logs import ContextFilter

    client = make_app(redis_url=closed_url("redis", "/0")).test_client()
    caplog.handler.addFilter(ContextFilter())

    with caplog.at_level(logging.WARNING, logger="orchestrator_api"):
        client.post("/submit", json={"goal": "g"}, headers={**auth, "X-Request-ID": "req-77"})

    warnings = [r for r in caplog.records if r.name == "orchestrator_api.runtime"]
    assert warnings
    assert all(getattr(r, "request_id", None) == "req-77" for r in warnings)


def test_cors_headers_for_allowed_origin(make_app: AppFactory) -> None:
    client = make_app(cors_origins=("https://ui.example",)).test_client()

    allowed = client.get("/health", headers={"Origin": "https://ui.example"})
    other = client.get("/health", headers={"Origin": "https://evil.example"})

    assert allowed.headers["Access-Control-Allow-Origin"] == "https://ui.example"
    assert "Access-Control-Allow-Origin" not in other.headers


def test_no_cors_headers_by_default(client: FlaskClient) -> None:
    response = client.get("/health", headers={"Origin": "https://ui.example"})

    assert "Access-Control-Allow-Origin" not in response.headers
