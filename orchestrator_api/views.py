"""HTTP handlers: parse, call one service function, serialise. No queries here."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import orjson
import requests
from flask import Blueprint, Response, current_app, g, redirect, render_template, request
from sqlalchemy.engine import make_url

from orchestrator_api import services, streams
from orchestrator_api.edge import authenticate
from orchestrator_api.errors import ApiError, json_response
from orchestrator_api.extensions import database, session
from orchestrator_api.openapi import build_spec, docs_view_model, package_version
from orchestrator_api.runtime import runtime
from shared.broker import queue_depths
from shared.schemas import (
    IDEMPOTENCY_KEY_MAX,
    CancelResponseSchema,
    StepViewSchema,
    SubmitResponseSchema,
    TaskContractSchema,
    TaskDeliveriesSchema,
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
_deliveries = TaskDeliveriesSchema()


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
    """Submit a task contract.
    ---
    post:
      summary: Submit a task contract
      description: The task is stored, then queued. With an `Idempotency-Key` already used
        by this key, the first task is returned with 200 instead of 202.
      security: [{bearerAuth: []}]
      parameters:
        - {name: Idempotency-Key, in: header, required: false,
           schema: {type: string, maxLength: 200}}
      requestBody:
        required: true
        content: {application/json: {schema: TaskContract}}
      responses:
        "202": {description: "Accepted: stored and queued.",
                content: {application/json: {schema: SubmitResponse}}}
        "200": {description: "Repeated `Idempotency-Key`: the first task.",
                content: {application/json: {schema: SubmitResponse}}}
        "400": BadRequest
        "401": Unauthorized
        "413": TooLarge
        "415": UnsupportedMediaType
        "422": Invalid
        "429": RateLimited
        "503": Unavailable
    """
    idempotency_key = _idempotency_key()
    contract = _contract.load(_json_body())
    rt = runtime()
    if contract["webhook_url"] is not None:
        _check_webhook(contract["webhook_url"])
    outcome = services.submit_task(
        database(),
        owner_id=g.owner_id,
        contract=contract,
        idempotency_key=idempotency_key,
        publish=rt.publish,
    )
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


def _check_webhook(url: str) -> None:
    try:
        services.check_webhook(
            database(),
            owner_id=g.owner_id,
            url=url,
            allow_private=runtime().settings.webhook_allow_private,
        )
    except services.WebhookRefused as exc:
        raise ApiError(
            422, "validation_error", "The request is not valid.", {"webhook_url": [str(exc)]}
        ) from None


@tasks_bp.get("/tasks")
def list_tasks() -> Response:
    """List this key's tasks.
    ---
    get:
      summary: List tasks, newest first
      description: Page with `cursor` (the `next_cursor` of the previous page) or with
        `offset`, whose answer also carries `offset` and `total`.
      security: [{bearerAuth: []}]
      parameters: [{in: query, schema: TaskListQuerySchema}]
      responses:
        "200": {description: One page of tasks., content: {application/json: {schema: TaskList}}}
        "401": Unauthorized
        "422": Invalid
        "429": RateLimited
        "503": Unavailable
    """
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
    """One task.
    ---
    get:
      summary: One task with its result or error
      description: "`result` by status: `completed` has `answer`, `aggregation`, `arms`,
        `reflex`; `blocked` has the Reflex findings (types and positions, never the values);
        `failed` and `cancelled` have `error: {code, message}`. A plan has `progress`."
      security: [{bearerAuth: []}]
      parameters: [TaskId]
      responses:
        "200": {description: The task., content: {application/json: {schema: Task}}}
        "401": Unauthorized
        "404": NotFound
        "429": RateLimited
        "503": Unavailable
    """
    task, progress = services.get_task_with_progress(
        session(), owner_id=g.owner_id, task_id=task_id
    )
    body = _task.dump(task)
    body["progress"] = progress
    return json_response(body)


@tasks_bp.get("/tasks/<task_id>/steps")
def task_steps(task_id: str) -> Response:
    """A plan's steps.
    ---
    get:
      summary: The steps of a plan
      description: In plan order, with status, attempts, output, usage and timing; an empty
        list for a single-hop task.
      security: [{bearerAuth: []}]
      parameters: [TaskId]
      responses:
        "200": {description: The steps., content: {application/json: {schema: TaskSteps}}}
        "401": Unauthorized
        "404": NotFound
        "429": RateLimited
        "503": Unavailable
    """
    steps = services.task_steps(session(), owner_id=g.owner_id, task_id=task_id)
    return json_response({"task_id": task_id.lower(), "steps": _steps.dump(steps)})


@tasks_bp.get("/tasks/<task_id>/events")
def task_events(task_id: str) -> Response:
    """A task's status history.
    ---
    get:
      summary: Status history of a task
      security: [{bearerAuth: []}]
      parameters: [TaskId]
      responses:
        "200": {description: "Every status change, oldest first.",
                content: {application/json: {schema: TaskEvents}}}
        "401": Unauthorized
        "404": NotFound
        "429": RateLimited
        "503": Unavailable
    """
    events = services.task_events(session(), owner_id=g.owner_id, task_id=task_id)
    return json_response({"task_id": task_id.lower(), "events": _events.dump(events)})


@tasks_bp.get("/tasks/<task_id>/deliveries")
def task_deliveries(task_id: str) -> Response:
    """A task's webhook deliveries.
    ---
    get:
      summary: Webhook deliveries of a task, with every attempt
      description: One delivery per terminal status of a task submitted with a
        `webhook_url` (none otherwise), oldest first; each lists its attempts (status code
        or error, duration). `pending` deliveries are retried with backoff (docs/webhooks.md).
      security: [{bearerAuth: []}]
      parameters: [TaskId]
      responses:
        "200": {description: The deliveries.,
                content: {application/json: {schema: TaskDeliveries}}}
        "401": Unauthorized
        "404": NotFound
        "429": RateLimited
        "503": Unavailable
    """
    found = services.task_deliveries(session(), owner_id=g.owner_id, task_id=task_id)
    return json_response(_deliveries.dump({"task_id": task_id.lower(), "deliveries": found}))


@tasks_bp.post("/tasks/<task_id>/cancel")
def cancel_task(task_id: str) -> Response:
    """Cancel a task.
    ---
    post:
      summary: Cancel a task
      description: A pending task is cancelled at once (200). A processing task is asked to
        stop at its next step (202, `cancel_requested` true). A finished task answers 409.
      security: [{bearerAuth: []}]
      parameters: [TaskId]
      responses:
        "200": {description: Cancelled., content: {application/json: {schema: CancelResponse}}}
        "202": {description: Cancellation requested.,
                content: {application/json: {schema: CancelResponse}}}
        "401": Unauthorized
        "404": NotFound
        "409": Conflict
        "429": RateLimited
        "503": Unavailable
    """
    rt = runtime()
    outcome = services.cancel_task(
        session(), owner_id=g.owner_id, task_id=task_id, revoke=rt.revoke, announce=rt.announce
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


@tasks_bp.post("/tasks/<task_id>/retry")
def retry_task(task_id: str) -> Response:
    """Retry a failed or cancelled task.
    ---
    post:
      summary: Send a failed or cancelled task back to the queue
      description: The task goes back to `pending` with the event `retry requested`; its
        history is kept, its `attempts` go on counting, its error is cleared. A plan
        resumes from its unfinished steps; completed steps do not run again. Any other
        status answers 409.
      security: [{bearerAuth: []}]
      parameters: [TaskId]
      responses:
        "200": {description: Queued again., content: {application/json: {schema: SubmitResponse}}}
        "401": Unauthorized
        "404": NotFound
        "409": Conflict
        "429": RateLimited
        "503": Unavailable
    """
    outcome = services.retry_task(
        session(), owner_id=g.owner_id, task_id=task_id, publish=runtime().publish
    )
    body = _submitted.dump(
        {"task_id": outcome.task_id, "status": outcome.status, "message": "Task queued again."}
    )
    return json_response(body, 200, {"Location": f"/tasks/{outcome.task_id}"})


@tasks_bp.get("/tasks/<task_id>/stream")
def stream_task(task_id: str) -> Response:
    """A task's events as Server-Sent Events.
    ---
    get:
      summary: The task's status and step events as they happen (Server-Sent Events)
      description: "`text/event-stream`: the history first, then each event as it is
        written; `event: status` (a task status change) or `event: step` (a plan step's),
        JSON `data`, and an `id` to resume with (`Last-Event-ID` header, or the
        `last_event_id` query parameter): exactly the events after it are sent. The stream
        ends after the terminal event (at once for a finished task, after its history).
        `: keep-alive` comments come every `STREAM_HEARTBEAT_SECONDS`."
      security: [{bearerAuth: []}]
      parameters:
        - TaskId
        - {name: Last-Event-ID, in: header, required: false, schema: {type: string}}
        - {name: last_event_id, in: query, required: false, schema: {type: string}}
      responses:
        "200": {description: "The event stream.", content: {text/event-stream: {}}}
        "400": BadRequest
        "401": Unauthorized
        "404": NotFound
        "429": RateLimited
        "503": Unavailable
    """
    raw_id = request.headers.get("Last-Event-ID") or request.args.get("last_event_id")
    cursor = streams.Cursor.parse(raw_id)
    tid = services.stream_start(session(), owner_id=g.owner_id, task_id=task_id)
    rt = runtime()
    options = streams.StreamOptions(
        heartbeat=rt.settings.stream_heartbeat_seconds,
        fallback=rt.settings.stream_fallback_seconds,
    )
    body = streams.events(rt.streams(), database(), tid, cursor, options)
    return Response(
        body,
        content_type="text/event-stream; charset=utf-8",
        headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"},
    )


@ops_bp.get("/")
def index() -> Response:
    """The browsable docs.
    ---
    get:
      summary: Redirect to `/docs`
      responses:
        "302": {description: "To `/docs`."}
    """
    return redirect("/docs", 302)  # type: ignore[return-value]


@ops_bp.get("/health")
def health() -> Response:
    """Liveness.
    ---
    get:
      summary: "Liveness: the process answers; no dependency is touched"
      responses:
        "200": {description: "Up, with the version and the time.",
                content: {application/json: {schema: Health}}}
    """
    return json_response(
        {
            "status": "ok",
            "version": package_version(),
            "timestamp": datetime.now(UTC).isoformat(timespec="milliseconds"),
        }
    )


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


def database_backend(database_url: str) -> str:
    """``postgres`` or ``sqlite``: the name ``/ready`` gives the database check."""
    backend = make_url(database_url).get_backend_name()
    return "postgres" if backend == "postgresql" else backend


@ops_bp.get("/ready")
def ready() -> Response:
    """Readiness.
    ---
    get:
      summary: "Readiness: the database, Redis and the Reflex Layer answer"
      description: "`database` names the backend (`postgres` or `sqlite`); its check in
        `checks` has that name."
      responses:
        "200": {description: Every dependency answers.,
                content: {application/json: {schema: Ready}}}
        "503": {description: "`checks` names the failing dependency.",
                content: {application/json: {schema: Ready}}}
    """
    rt = runtime()
    # The database check is named after the backend, so Postgres deployments keep their
    # "postgres" key and the embedded SQLite database is not reported as Postgres.
    backend = database_backend(rt.settings.database_url)
    checks = {
        backend: _check(backend, lambda: services.check_database(session())),
        "redis": _check("redis", rt.redis().ping),
        "reflex": _check("reflex", _probe_reflex),
    }
    healthy = all(result == "ok" for result in checks.values())
    return json_response(
        {
            "status": "ready" if healthy else "unavailable",
            "ready": healthy,
            "database": backend,
            "checks": checks,
        },
        200 if healthy else 503,
    )


def _status_counts() -> dict[str, int] | None:
    try:
        return services.status_counts(session())
    except Exception as exc:
        logger.warning("task status counts unavailable error=%s", exc)
        session().rollback()
        return None


def _queue_depths() -> dict[str, int] | None:
    try:
        return queue_depths(runtime().redis())
    except Exception as exc:
        logger.warning("queue depths unavailable error=%s", exc)
        return None


@ops_bp.get("/metrics")
def metrics() -> Response:
    """Prometheus metrics.
    ---
    get:
      summary: Prometheus metrics
      responses:
        "200": {description: Prometheus text format.}
    """
    payload, content_type = runtime().metrics.render(_status_counts, _queue_depths)
    return Response(payload, content_type=content_type)


def _openapi() -> dict[str, Any]:
    rt = runtime()
    if rt.openapi is None:
        rt.openapi = build_spec(current_app)
    return rt.openapi


@ops_bp.get("/openapi.json")
def openapi_json() -> Response:
    """This document.
    ---
    get:
      summary: This document
      responses:
        "200": {description: The OpenAPI document (JSON).}
    """
    return json_response(_openapi())


@ops_bp.get("/docs")
def docs() -> str:
    """This document as HTML.
    ---
    get:
      summary: This document as HTML
      responses:
        "200": {description: HTML.}
    """
    return render_template("docs.html", **docs_view_model(_openapi()))
