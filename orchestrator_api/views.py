"""HTTP handlers: parse, call one service function, serialise. No queries here."""

from __future__ import annotations

import logging
from typing import Any

import orjson
import requests
from flask import Blueprint, Response, g, render_template, request

from orchestrator_api import services
from orchestrator_api.edge import authenticate, invalid_key
from orchestrator_api.errors import ApiError, json_response
from orchestrator_api.extensions import database, session
from orchestrator_api.openapi import build_spec, docs_view_model
from orchestrator_api.runtime import runtime
from shared.schemas import (
    IDEMPOTENCY_KEY_MAX,
    CancelResponseSchema,
    StepViewSchema,
    SubmitResponseSchema,
    TaskContractSchema,
    TaskEventSchema,
    TaskListQuerySchema,
    TaskSchema,
    TaskSummarySchema,
)

logger = logging.getLogger(__name__)

tasks_bp = Blueprint("tasks", __name__)
ops_bp = Blueprint("ops", __name__)
tasks_bp.before_request(authenticate)

_contract = TaskContractSchema()
_submitted = SubmitResponseSchema()
_task = TaskSchema()
_summaries = TaskSummarySchema(many=True)
_events = TaskEventSchema(many=True)
_list_query = TaskListQuerySchema()
_cancelled = CancelResponseSchema()
_steps = StepViewSchema(many=True)


def _json_body() -> Any:
    if not request.is_json:
        raise ApiError(
            415, "unsupported_media_type", "Send the body as JSON (Content-Type: application/json)."
        )
    try:
        return orjson.loads(request.get_data(cache=False))
    except orjson.JSONDecodeError as exc:
        raise ApiError(
            400, "malformed_json", "The body is not valid JSON.", {"reason": str(exc)}
        ) from None


def _idempotency_key() -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    if not 1 <= len(key) <= IDEMPOTENCY_KEY_MAX or not key.isprintable():
        raise ApiError(
            422,
            "validation_error",
            "The request is not valid.",
            {"Idempotency-Key": [f"Must be 1 to {IDEMPOTENCY_KEY_MAX} printable characters."]},
        )
    return key


@tasks_bp.post("/submit")
def submit() -> Response:
    idempotency_key = _idempotency_key()
    contract = _contract.load(_json_body())
    rt = runtime()
    try:
        outcome = services.submit_task(
            database(),
            owner_id=g.owner_id,
            contract=contract,
            idempotency_key=idempotency_key,
            publish=rt.publish,
        )
    except services.KeyRevoked:
        rt.forget_key(g.owner_id)
        raise invalid_key() from None
    if outcome.created:
        rt.metrics.submissions.labels(contract["priority"]).inc()
        message = "Task accepted."
    else:
        message = "A task was already submitted with this Idempotency-Key."
    body = _submitted.dump(
        {"task_id": outcome.task_id, "status": outcome.status, "message": message}
    )
    return json_response(
        body, 202 if outcome.created else 200, {"Location": f"/tasks/{outcome.task_id}"}
    )


@tasks_bp.get("/tasks")
def list_tasks() -> Response:
    query = _list_query.load(request.args.to_dict())
    if "cursor" in query and "offset" in query:
        raise ApiError(
            422,
            "validation_error",
            "The request is not valid.",
            {"cursor": ["Give either cursor or offset, not both."]},
        )
    page = services.list_tasks(session(), owner_id=g.owner_id, **query)
    body: dict[str, Any] = {
        "tasks": _summaries.dump(page.tasks),
        "limit": page.limit,
        "next_cursor": page.next_cursor,
    }
    if page.offset is not None:
        body.update(offset=page.offset, total=page.total)
    return json_response(body)


@tasks_bp.get("/tasks/<task_id>")
def get_task(task_id: str) -> Response:
    task, progress = services.get_task_with_progress(
        session(), owner_id=g.owner_id, task_id=task_id
    )
    body = _task.dump(task)
    body["progress"] = progress
    return json_response(body)


@tasks_bp.get("/tasks/<task_id>/steps")
def task_steps(task_id: str) -> Response:
    steps = services.task_steps(session(), owner_id=g.owner_id, task_id=task_id)
    return json_response({"task_id": task_id.lower(), "steps": _steps.dump(steps)})


@tasks_bp.get("/tasks/<task_id>/events")
def task_events(task_id: str) -> Response:
    events = services.task_events(session(), owner_id=g.owner_id, task_id=task_id)
    return json_response({"task_id": task_id.lower(), "events": _events.dump(events)})


@tasks_bp.post("/tasks/<task_id>/cancel")
def cancel_task(task_id: str) -> Response:
    outcome = services.cancel_task(
        session(), owner_id=g.owner_id, task_id=task_id, revoke=runtime().revoke
    )
    if outcome.cancel_requested:
        message, status = "Cancellation requested; the task stops at its next step.", 202
    else:
        message, status = "Task cancelled.", 200
    body = _cancelled.dump(
        {
            "task_id": outcome.task_id,
            "status": outcome.status,
            "cancel_requested": outcome.cancel_requested,
            "message": message,
        }
    )
    return json_response(body, status)


@ops_bp.get("/health")
def health() -> Response:
    return json_response({"status": "ok"})


def _check(name: str, probe: Any) -> str:
    try:
        probe()
    except Exception as exc:
        logger.warning("readiness check failed check=%s error=%s", name, exc)
        return f"error: {type(exc).__name__}: {exc}"[:300]
    return "ok"


def _probe_reflex() -> None:
    rt = runtime()
    answer = requests.get(
        f"{rt.settings.reflex_url.rstrip('/')}/health", timeout=rt.settings.ready_timeout
    )
    answer.raise_for_status()


@ops_bp.get("/ready")
def ready() -> Response:
    rt = runtime()
    checks = {
        "postgres": _check("postgres", lambda: services.check_database(session())),
        "redis": _check("redis", rt.redis().ping),
        "reflex": _check("reflex", _probe_reflex),
    }
    healthy = all(result == "ok" for result in checks.values())
    return json_response(
        {"status": "ready" if healthy else "unavailable", "checks": checks},
        200 if healthy else 503,
    )


def _status_counts() -> dict[str, int] | None:
    try:
        return services.status_counts(session())
    except Exception as exc:
        logger.warning("task status counts unavailable error=%s", exc)
        session().rollback()
        return None


@ops_bp.get("/metrics")
def metrics() -> Response:
    payload, content_type = runtime().metrics.render(_status_counts)
    return Response(payload, content_type=content_type)


def _openapi() -> dict[str, Any]:
    rt = runtime()
    if rt.openapi is None:
        rt.openapi = build_spec()
    return rt.openapi


@ops_bp.get("/openapi.json")
def openapi_json() -> Response:
    return json_response(_openapi())


@ops_bp.get("/docs")
def docs() -> str:
    return render_template("docs.html", **docs_view_model(_openapi()))
