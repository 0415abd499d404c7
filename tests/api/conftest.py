"""Fixtures of the API suite: an app whose database work is rolled back after each test.

The app's Flask-SQLAlchemy engine is swapped for the rolled-back ``connection`` of
tests/conftest.py, and its sessions join it with savepoints (see STYLE.md, "Per-test rollback
with Flask-SQLAlchemy on SQLAlchemy 2.1"). The ``session`` fixture shares that connection, so
a test can arrange rows the API then sees.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import Connection
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from orchestrator_api.app import create_app
from orchestrator_api.extensions import db
from shared.keys import create_key
from shared.ports import free_port
from shared.settings import Settings

AppFactory = Callable[..., Flask]


def closed_url(scheme: str, path: str = "") -> str:
    """A URL on a loopback port nobody listens on: a dependency that is down."""
    return f"{scheme}://127.0.0.1:{free_port()}{path}"


@pytest.fixture
def api_settings(settings: Settings, reflex_url: str) -> Settings:
    return dataclasses.replace(settings, reflex_url=reflex_url, rate_limit_per_minute=0)


@pytest.fixture
def make_app(
    api_settings: Settings, connection: Connection, redis_client: redis.Redis
) -> Iterator[AppFactory]:
    """Build apps bound to the rolled-back connection; keyword arguments override settings."""
    built: list[tuple[Flask, Any]] = []

    def build(**overrides: Any) -> Flask:
        app = create_app(dataclasses.replace(api_settings, **overrides))
        with app.app_context():
            engines = db.engines
            built.append((app, dict(engines)))
            for key in engines:
                engines[key] = connection
            db.session.session_factory.kw["join_transaction_mode"] = "create_savepoint"
        return app

    yield build
    for app, originals in built:
        with app.app_context():
            db.engines.update(originals)
        for engine in originals.values():
            engine.dispose()


@pytest.fixture
def make_unbound_app(api_settings: Settings) -> Iterator[AppFactory]:
    """Build apps on their own engines (not the rolled-back connection), for outage tests."""
    built: list[Flask] = []

    def build(**overrides: Any) -> Flask:
        app = create_app(dataclasses.replace(api_settings, **overrides))
        built.append(app)
        return app

    yield build
    for app in built:
        with app.app_context():
            for engine in db.engines.values():
                engine.dispose()


@pytest.fixture
def app(make_app: AppFactory) -> Flask:
    return make_app()


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def make_key(session: Session) -> Callable[[str], str]:
    """Create an API key in the test transaction; returns the key."""

    def make(name: str = "test") -> str:
        _, raw_key = create_key(session, name)
        session.commit()
        return raw_key

    return make


@pytest.fixture
def api_key(make_key: Callable[[str], str]) -> str:
    return make_key("owner")


@pytest.fixture
def auth(api_key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {api_key}"}


@pytest.fixture
def submit(client: FlaskClient, auth: dict[str, str]) -> Callable[..., TestResponse]:
    """POST /submit with the owner's key; ``submit(body, headers=...)``."""

    def post(body: Any = None, headers: dict[str, str] | None = None) -> TestResponse:
        return client.post(
            "/submit",
            json={"goal": "Summarise"} if body is None else body,
            headers={**auth, **(headers or {})},
        )

    return post


def assert_error(response: TestResponse, status: int, code: str) -> dict[str, Any]:
    """The one error shape, with the request id of the response."""
    assert response.status_code == status, response.get_data(as_text=True)
    assert response.mimetype == "application/json"
    body: dict[str, Any] = response.get_json()
    assert set(body) == {"error", "request_id"}
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    assert isinstance(body["error"]["details"], dict)
    assert body["request_id"] == response.headers["X-Request-ID"]
    return body
