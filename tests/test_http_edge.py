"""The shared HTTP edge on a tiny app: request ids in and out, one JSON shape for every error."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from flask import Flask, Response, request
from flask.testing import FlaskClient
from werkzeug.exceptions import TooManyRequests
from werkzeug.test import TestResponse

from shared import logs as log_context
from shared.http_edge import (
    HttpError,
    install_json_errors,
    install_request_id,
    json_response,
    request_id,
)

logger = logging.getLogger("tests.http_edge")


def make_app(codes: dict[int, str] | None = None) -> Flask:
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = 100
    install_request_id(app)
    install_json_errors(app, codes)

    @app.get("/ok")
    def ok() -> Response:
        logger.warning("inside the request")
        return json_response(
            {"request_id": request_id(), "bound": log_context.current("request_id")}
        )

    @app.post("/upload")
    def upload() -> Response:
        return json_response({"size": len(request.get_data())})

    @app.get("/limited")
    def limited() -> Response:
        raise HttpError(
            429, "rate_limited", "Slow down.", {"limit": 3}, headers={"Retry-After": "7"}
        )

    @app.get("/too-many")
    def too_many() -> Response:
        raise TooManyRequests(retry_after=9)

    @app.get("/boom")
    def boom() -> Response:
        raise RuntimeError("secret internals")

    return app


@pytest.fixture
def client() -> FlaskClient:
    return make_app().test_client()


def assert_error(response: TestResponse, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body: dict[str, Any] = response.get_json()
    assert set(body) == {"error", "request_id"}
    assert set(body["error"]) == {"code", "message", "details"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body


def test_sane_request_id_is_echoed_and_seen_by_the_view(client: FlaskClient) -> None:
    response = client.get("/ok", headers={"X-Request-ID": "abc-1_x.y:z"})

    assert response.headers["X-Request-ID"] == "abc-1_x.y:z"
    assert response.get_json() == {"request_id": "abc-1_x.y:z", "bound": "abc-1_x.y:z"}


@pytest.mark.parametrize("supplied", [None, "", "has space", "x" * 129, "<script>", "a\tb"])
def test_missing_or_insane_request_id_is_replaced(
    client: FlaskClient, supplied: str | None
) -> None:
    headers = {} if supplied is None else {"X-Request-ID": supplied}

    response = client.get("/ok", headers=headers)

    generated = response.headers["X-Request-ID"]
    assert len(generated) == 32 and int(generated, 16) >= 0
    assert response.get_json()["request_id"] == generated


def test_each_request_gets_its_own_id(client: FlaskClient) -> None:
    first = client.get("/ok").headers["X-Request-ID"]
    second = client.get("/ok").headers["X-Request-ID"]

    assert first != second


def test_request_id_is_bound_in_log_lines_and_unbound_after(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.handler.addFilter(log_context.ContextFilter())

    with caplog.at_level(logging.WARNING, logger="tests.http_edge"):
        client.get("/ok", headers={"X-Request-ID": "req-9"})

    [record] = [r for r in caplog.records if r.name == "tests.http_edge"]
    assert record.request_id == "req-9"  # type: ignore[attr-defined]
    assert log_context.current("request_id") is None


def test_unknown_route_is_404_json_with_the_request_id(client: FlaskClient) -> None:
    response = client.get("/nowhere", headers={"X-Request-ID": "req-404"})

    body = assert_error(response, 404, "not_found")
    assert body["request_id"] == "req-404"


def test_wrong_method_is_405_json_with_allow(client: FlaskClient) -> None:
    response = client.get("/upload")

    assert_error(response, 405, "method_not_allowed")
    assert "POST" in response.headers["Allow"]


def test_body_over_the_limit_is_413_json(client: FlaskClient) -> None:
    assert_error(client.post("/upload", data=b"x" * 500), 413, "payload_too_large")


def test_a_service_may_keep_its_own_code_for_a_status() -> None:
    client = make_app({413: "request_entity_too_large"}).test_client()

    assert_error(client.post("/upload", data=b"x" * 500), 413, "request_entity_too_large")
    assert_error(client.get("/nowhere"), 404, "not_found")


def test_http_error_answers_its_status_code_details_and_headers(client: FlaskClient) -> None:
    response = client.get("/limited")

    body = assert_error(response, 429, "rate_limited")
    assert body["error"]["message"] == "Slow down."
    assert body["error"]["details"] == {"limit": 3}
    assert response.headers["Retry-After"] == "7"


def test_headers_of_a_werkzeug_error_are_kept(client: FlaskClient) -> None:
    response = client.get("/too-many")

    assert_error(response, 429, "rate_limited")
    assert response.headers["Retry-After"] == "9"


def test_unexpected_exception_is_500_json_without_trace(
    client: FlaskClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR):
        response = client.get("/boom", headers={"X-Request-ID": "req-500"})

    body = assert_error(response, 500, "internal_error")
    text = response.get_data(as_text=True)
    assert "secret internals" not in text and "Traceback" not in text
    assert body["request_id"] == "req-500"
    [record] = [r for r in caplog.records if r.name == "shared.http_edge"]
    assert record.exc_info is not None and "secret internals" in str(record.exc_info[1])


def test_http_error_keeps_its_fields() -> None:
    error = HttpError(409, "conflict", "Taken.")

    assert (error.status, error.code, error.message) == (409, "conflict", "Taken.")
    assert (error.details, error.headers, str(error)) == ({}, {}, "Taken.")
