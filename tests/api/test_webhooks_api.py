"""``webhook_url`` at the API: the SSRF checks at submit, the outbox row of a cancel, and
``GET /tasks/<id>/deliveries``."""

from __future__ import annotations

import base64
import uuid
from collections.abc import Callable
from typing import Any

import orjson
import pytest
import redis
from flask import Flask
from flask.testing import FlaskClient
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from shared.keys import parse_key_id
from shared.models import ApiKey, Task, WebhookDelivery
from shared.webhooks import DELIVER_TASK, DELIVERY_QUEUE
from tests.api.conftest import AppFactory, assert_error

REFUSED = {
    "http://localhost:8080/hook": "the host localhost resolves to 127.0.0.1 is a loopback",
    "http://127.0.0.1:8080/hook": "127.0.0.1 is a loopback address",
    "http://[::1]/hook": "::1 is a loopback address",
    "http://10.0.0.7/hook": "10.0.0.7 is a private address",
    "http://192.168.1.20/hook": "192.168.1.20 is a private address",
    "http://169.254.169.254/latest/meta-data": "169.254.169.254 is a link-local address",
    "http://0.0.0.0/hook": "0.0.0.0 is an unspecified address",
    "http://224.0.0.1/hook": "224.0.0.1 is a multicast address",
    "http://no-such-host.invalid/hook": "the host no-such-host.invalid does not resolve",
}
MALFORMED = {
    "ftp://files.example.com/hook": "only http and https URLs are allowed",
    "file:///etc/passwd": "only http and https URLs are allowed",
    "https://user:secret@hooks.example.com/": "the URL must not carry credentials",
    "/relative/path": "only http and https URLs are allowed",
}


@pytest.fixture
def private_client(make_app: AppFactory) -> FlaskClient:
    return make_app(webhook_allow_private=True).test_client()


def tasks_of(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Task)) or 0


@pytest.mark.parametrize("url", list(REFUSED))
def test_private_and_unresolvable_targets_are_refused(
    submit: Callable[..., TestResponse], session: Session, url: str
) -> None:
    body = assert_error(submit({"goal": "g", "webhook_url": url}), 422, "validation_error")
    (reason,) = body["error"]["details"]["webhook_url"]
    assert REFUSED[url] in reason
    if "resolve" not in REFUSED[url]:
        assert "WEBHOOK_ALLOW_PRIVATE=true" in reason
    assert tasks_of(session) == 0


@pytest.mark.parametrize("url", list(MALFORMED))
def test_other_schemes_and_credentials_are_refused(
    submit: Callable[..., TestResponse], url: str
) -> None:
    body = assert_error(submit({"goal": "g", "webhook_url": url}), 422, "validation_error")
    (reason,) = body["error"]["details"]["webhook_url"]
    assert MALFORMED[url] in reason


def test_a_public_address_is_accepted_and_shown_to_its_owner(
    client: FlaskClient, auth: dict[str, str], submit: Callable[..., TestResponse]
) -> None:
    accepted = submit({"goal": "g", "webhook_url": "https://93.184.215.14/hooks?x=1"})
    assert accepted.status_code == 202, accepted.get_json()
    task = client.get(f"/tasks/{accepted.get_json()['task_id']}", headers=auth).get_json()
    assert task["webhook_url"] == "https://93.184.215.14/hooks?x=1"


def test_allow_private_accepts_loopback_targets(
    private_client: FlaskClient, auth: dict[str, str]
) -> None:
    for url in ("http://127.0.0.1:9/hook", "http://localhost:9/hook", "http://10.0.0.7/h"):
        accepted = private_client.post(
            "/submit", json={"goal": "g", "webhook_url": url}, headers=auth
        )
        assert accepted.status_code == 202, accepted.get_json()
    # Still only http and https.
    refused = private_client.post(
        "/submit", json={"goal": "g", "webhook_url": "ftp://127.0.0.1/"}, headers=auth
    )
    assert_error(refused, 422, "validation_error")


def test_a_key_without_webhook_secret_is_told_how_to_make_one(
    private_client: FlaskClient, auth: dict[str, str], api_key: str, session: Session
) -> None:
    key_id = parse_key_id(api_key)
    session.execute(update(ApiKey).where(ApiKey.id == key_id).values(webhook_secret=None))
    session.commit()
    refused = private_client.post(
        "/submit", json={"goal": "g", "webhook_url": "http://127.0.0.1:9/"}, headers=auth
    )
    body = assert_error(refused, 422, "validation_error")
    (reason,) = body["error"]["details"]["webhook_url"]
    assert f"orchestrator keys rotate-webhook-secret {key_id}" in reason
    # Without a webhook the key submits as before.
    assert private_client.post("/submit", json={"goal": "g"}, headers=auth).status_code == 202


def announced(redis_client: redis.Redis) -> list[str]:
    found = []
    for raw in redis_client.lrange(DELIVERY_QUEUE, 0, -1):
        message = orjson.loads(raw)
        if message["headers"]["task"] == DELIVER_TASK:
            found.append(orjson.loads(base64.b64decode(message["body"]))[0][0])
    return found


def test_cancel_writes_one_delivery_listed_to_the_owner_only(
    private_client: FlaskClient,
    auth: dict[str, str],
    make_key: Callable[[str], str],
    session: Session,
    redis_client: redis.Redis,
) -> None:
    accepted = private_client.post(
        "/submit", json={"goal": "g", "webhook_url": "http://127.0.0.1:9/hook"}, headers=auth
    )
    task_id = accepted.get_json()["task_id"]
    assert private_client.get(f"/tasks/{task_id}/deliveries", headers=auth).get_json() == {
        "task_id": task_id,
        "deliveries": [],
    }
    assert private_client.post(f"/tasks/{task_id}/cancel", headers=auth).status_code == 200
    assert_error(
        private_client.post(f"/tasks/{task_id}/cancel", headers=auth), 409, "task_not_cancellable"
    )
    rows = session.scalars(
        select(WebhookDelivery).where(WebhookDelivery.task_id == uuid.UUID(task_id))
    ).all()
    assert [(r.event, r.status) for r in rows] == [("cancelled", "pending")]
    assert announced(redis_client) == [task_id]

    listed = private_client.get(f"/tasks/{task_id}/deliveries", headers=auth)
    assert listed.status_code == 200
    (delivery,) = listed.get_json()["deliveries"]
    expected: dict[str, Any] = {
        "id": rows[0].id,
        "event": "cancelled",
        "url": "http://127.0.0.1:9/hook",
        "status": "pending",
        "attempts": [],
        "last_status_code": None,
        "last_error": None,
        "delivered_at": None,
    }
    assert {k: delivery[k] for k in expected} == expected
    assert delivery["payload"]["error"] is None and delivery["payload"]["finished_at"]

    other = {"Authorization": f"Bearer {make_key('other')}"}
    assert_error(
        private_client.get(f"/tasks/{task_id}/deliveries", headers=other), 404, "not_found"
    )
    assert_error(private_client.get("/tasks/nope/deliveries", headers=auth), 404, "not_found")


def test_cancelling_a_task_without_webhook_writes_no_delivery(
    client: FlaskClient, auth: dict[str, str], session: Session, redis_client: redis.Redis
) -> None:
    task_id = client.post("/submit", json={"goal": "g"}, headers=auth).get_json()["task_id"]
    assert client.post(f"/tasks/{task_id}/cancel", headers=auth).status_code == 200
    assert session.scalar(select(func.count()).select_from(WebhookDelivery)) == 0
    assert announced(redis_client) == []


def test_the_openapi_document_describes_webhooks(app: Flask) -> None:
    spec = app.test_client().get("/openapi.json").get_json()
    assert "/tasks/{task_id}/deliveries" in spec["paths"]
    contract = spec["components"]["schemas"]["TaskContract"]["properties"]
    assert contract["webhook_url"]["format"] == "uri"
    assert "webhook_url" in spec["components"]["schemas"]["Task"]["properties"]
    delivery = spec["components"]["schemas"]["WebhookDelivery"]["properties"]
    assert {"id", "event", "status", "attempts"} <= set(delivery)
