"""Open endpoints: /health, /ready, /metrics, /openapi.json, /docs."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import pytest
import redis
from alembic import command
from flask.testing import FlaskClient

from orchestrator_api.app import create_app
from orchestrator_api.extensions import db, session
from shared.keys import create_key
from shared.settings import Settings
from tests.api.conftest import AppFactory, closed_url
from tests.conftest import alembic_config


def test_health_touches_nothing(make_unbound_app: AppFactory) -> None:
    client = make_unbound_app(
        database_url=closed_url("postgresql", "/x"), redis_url=closed_url("redis", "/0")
    ).test_client()

    response = client.get("/health")

    assert response.status_code == 200
    body = response.get_json()
    assert body["status"] == "ok"
    assert body["version"] == metadata.version("llm-orchestrator")
    stamp = datetime.fromisoformat(body["timestamp"])
    assert abs((datetime.now(UTC) - stamp).total_seconds()) < 60


def test_ready_when_every_dependency_answers(client: FlaskClient) -> None:
    response = client.get("/ready")

    assert response.status_code == 200
    assert response.get_json() == {
        "status": "ready",
        "ready": True,
        "database": "postgres",
        "checks": {"postgres": "ok", "redis": "ok", "reflex": "ok"},
    }


def test_ready_names_sqlite_when_that_is_the_database(
    make_unbound_app: AppFactory, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'orchestrator.db'}"
    client = make_unbound_app(database_url=url, redis_url=closed_url("redis", "/0")).test_client()

    response = client.get("/ready")

    body = response.get_json()
    assert response.status_code == 503
    assert (body["ready"], body["database"]) == (False, "sqlite")
    assert body["checks"]["sqlite"] == "ok"
    assert "postgres" not in body["checks"]
    assert body["checks"]["redis"].startswith("error:")


def test_root_redirects_to_the_docs(client: FlaskClient) -> None:
    response = client.get("/")

    assert response.status_code == 302
    assert response.headers["Location"].endswith("/docs")


def test_ready_names_redis_and_reflex_when_down(make_app: AppFactory) -> None:
    client = make_app(
        redis_url=closed_url("redis", "/0"), reflex_url=closed_url("http")
    ).test_client()

    response = client.get("/ready")

    assert response.status_code == 503
    body = response.get_json()
    assert (body["status"], body["ready"]) == ("unavailable", False)
    assert body["checks"]["postgres"] == "ok"
    assert body["checks"]["redis"].startswith("error:")
    assert body["checks"]["reflex"].startswith("error:")


def test_ready_names_postgres_when_down(make_unbound_app: AppFactory) -> None:
    client = make_unbound_app(database_url=closed_url("postgresql", "/x")).test_client()

    body = client.get("/ready").get_json()

    assert body["checks"]["postgres"].startswith("error:")
    assert body["checks"]["redis"] == "ok"


def test_metrics_expose_latency_and_status_counts(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    client.post("/submit", json={"goal": "g"}, headers=auth)
    client.get("/tasks", headers=auth)

    response = client.get("/metrics")

    assert response.status_code == 200
    assert response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert 'orchestrator_tasks_submitted_total{priority="medium"} 1.0' in text
    assert re.search(
        r'orchestrator_http_request_duration_seconds_count\{endpoint="/tasks",method="GET"\} 1\.0',
        text,
    )
    assert 'orchestrator_tasks{status="pending"} 1.0' in text
    assert 'orchestrator_http_requests_total{endpoint="/submit",method="POST",status="202"}' in text


def test_metrics_expose_the_queue_depth_of_each_priority(
    client: FlaskClient, auth: dict[str, str], redis_client: redis.Redis
) -> None:
    for priority in ("high", "high", "low"):
        assert client.post("/submit", json={"goal": "g", "priority": priority},
                           headers=auth).status_code == 202  # fmt: skip

    text = client.get("/metrics").get_data(as_text=True)

    assert 'orchestrator_queue_depth{priority="high"} 2.0' in text
    assert 'orchestrator_queue_depth{priority="low"} 1.0' in text
    assert 'orchestrator_queue_depth{priority="critical"} 0.0' in text
    redis_client.lpop("high")  # a worker takes one
    text = client.get("/metrics").get_data(as_text=True)
    assert 'orchestrator_queue_depth{priority="high"} 1.0' in text


def test_metrics_still_answer_without_database(make_unbound_app: AppFactory) -> None:
    client = make_unbound_app(database_url=closed_url("postgresql", "/x")).test_client()
    client.get("/health")

    response = client.get("/metrics")

    assert response.status_code == 200
    assert "orchestrator_http_requests_total" in response.get_data(as_text=True)
    assert "orchestrator_tasks{" not in response.get_data(as_text=True)


def test_metrics_still_answer_without_the_broker(make_unbound_app: AppFactory) -> None:
    client = make_unbound_app(redis_url=closed_url("redis", "/0")).test_client()

    response = client.get("/metrics")

    assert response.status_code == 200
    assert "orchestrator_http_requests_total" in response.get_data(as_text=True)
    assert "orchestrator_queue_depth{" not in response.get_data(as_text=True)


def test_openapi_document_describes_the_contract(client: FlaskClient) -> None:
    spec = client.get("/openapi.json").get_json()

    assert spec["openapi"].startswith("3.")
    assert {
        "/submit",
        "/tasks",
        "/tasks/{task_id}",
        "/tasks/{task_id}/events",
        "/tasks/{task_id}/cancel",
        "/health",
        "/ready",
        "/metrics",
    } <= set(spec["paths"])
    body = spec["paths"]["/submit"]["post"]["requestBody"]["content"]["application/json"]
    assert body["schema"]["$ref"] == "#/components/schemas/TaskContract"
    contract = spec["components"]["schemas"]["TaskContract"]
    assert contract["required"] == ["goal"]
    assert contract["additionalProperties"] is False
    assert contract["properties"]["goal"]["minLength"] == 1
    assert contract["properties"]["goal"]["maxLength"] == 10_000
    assert contract["properties"]["context"]["maxLength"] == 50_000
    assert contract["properties"]["priority"]["enum"] == ["low", "medium", "high", "critical"]
    budget = spec["components"]["schemas"]["Budget"]
    assert budget["properties"]["max_tokens"]["maximum"] == 100_000
    assert budget["properties"]["max_time_seconds"]["minimum"] == 1
    assert budget["additionalProperties"] is False
    assert spec["components"]["securitySchemes"]["bearerAuth"]["scheme"] == "bearer"
    list_params = {p["name"] for p in spec["paths"]["/tasks"]["get"]["parameters"]}
    assert {"status", "priority", "limit", "cursor", "offset"} <= list_params


def test_docs_page_is_self_contained_html(client: FlaskClient) -> None:
    response = client.get("/docs")

    assert response.status_code == 200
    assert response.mimetype == "text/html"
    html = response.get_data(as_text=True)
    for path in ("/submit", "/tasks/{task_id}", "/tasks/{task_id}/cancel", "/ready"):
        assert path in html
    assert "TaskContract" in html and "max_tokens" in html
    assert metadata.version("llm-orchestrator") in html
    assert "one of low, medium, high, critical" in html
    assert not re.search(r"""(src|href)=["']https?://""", html)


def test_embedded_sqlite_database_works(
    api_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    url = "sqlite:///data/orchestrator.db"
    command.upgrade(alembic_config(url), "head")
    app = create_app(dataclasses.replace(api_settings, database_url=url))
    with app.app_context():
        _, raw_key = create_key(session(), "embedded")
        session().commit()
    client = app.test_client()
    auth = {"Authorization": f"Bearer {raw_key}"}

    accepted = client.post("/submit", json={"goal": "g"}, headers=auth)
    listed = client.get("/tasks", headers=auth).get_json()["tasks"]

    assert accepted.status_code == 202
    assert [t["task_id"] for t in listed] == [accepted.get_json()["task_id"]]
    assert (tmp_path / "data" / "orchestrator.db").exists()
    with app.app_context():
        for bound in db.engines.values():
            bound.dispose()


def test_every_registered_route_is_documented(client: FlaskClient) -> None:
    """A new endpoint must be added to /openapi.json to pass."""
    spec = client.get("/openapi.json").get_json()
    app = client.application
    documented = {
        (path, method.upper())
        for path, operations in spec["paths"].items()
        for method in operations
    }
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        path = re.sub(r"<(?:\w+:)?(\w+)>", r"{\1}", rule.rule)
        for method in sorted((rule.methods or set()) - {"HEAD", "OPTIONS"}):
            assert (path, method) in documented, f"{method} {path} is not in /openapi.json"
