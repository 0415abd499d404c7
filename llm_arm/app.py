"""HTTP edge of the LLM arm: ``GET /capabilities``, ``POST /execute``, ``GET /health``.

Every answer is JSON, errors included (``shared.http_edge``). A provider failure is answered
with the status the arm protocol gives it (``llm_arm.provider``); a contract the arm cannot
read is a 4xx naming the field; nothing reaches the model before the contract is valid.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from flask import Blueprint, Flask, Response, current_app, request, url_for
from marshmallow import INCLUDE, Schema, ValidationError, fields, validate, validates_schema
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from llm_arm.provider import Provider, ProviderError
from llm_arm.service import BudgetExhausted, LlmArm
from reference_arms.schemas import ContractSchema
from shared.arm_protocol import ENVELOPE_TASK_CONTRACT
from shared.http_edge import (
    HttpError,
    ServiceApp,
    error_response,
    install_json_errors,
    install_request_id,
    json_response,
    request_id,
    require_bearer_token,
)
from shared.settings import Settings

log = logging.getLogger(__name__)

bp = Blueprint("llm_arm", __name__)


class StepSchema(Schema):
    class Meta:
        unknown = INCLUDE

    # Not STEP_ID_PATTERN: the orchestrator's own rows (``planner.1``, ``s.repair1``) have dots.
    id = fields.String(required=True, validate=validate.Length(1, 128))
    instruction = fields.String(required=True, validate=validate.Length(1, 10_000))
    depends_on = fields.List(fields.String(), load_default=list)


_STEP = StepSchema()


class RemainingSchema(Schema):
    class Meta:
        unknown = INCLUDE

    tokens = fields.Integer(strict=True, validate=validate.Range(min=0))
    cost_usd = fields.Float(validate=validate.Range(min=0))


class LlmContractSchema(ContractSchema):
    """The task contract as the reference arms read it, a plan step checked for what the
    prompt needs, and what the budget has left."""

    budget_remaining = fields.Nested(RemainingSchema)

    @validates_schema
    def _check_step(self, data: dict[str, Any], **_: Any) -> None:
        if data.get("step") is not None:
            try:
                data["step"] = _STEP.load(data["step"])
            except ValidationError as exc:
                raise ValidationError({"step": exc.messages}) from None


_CONTRACT = LlmContractSchema()


class Metrics:
    """Prometheus metrics of one app, in its own registry."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self.calls = Counter(
            "llm_arm_calls", "Executions by outcome.", ["outcome"], registry=self.registry
        )
        self.tokens = Counter(
            "llm_arm_tokens", "Tokens the endpoint reported.", ["kind"], registry=self.registry
        )
        self.duration = Histogram(
            "llm_arm_call_duration_seconds",
            "Time to answer an execute call.",
            registry=self.registry,
        )


def create_app(settings: Settings | None = None, provider: Provider | None = None) -> Flask:
    """The LLM arm app. ``settings`` default to ``Settings.from_env()``; ``LLM_MODEL`` is
    required (``SettingsError`` naming it)."""
    settings = settings or Settings.from_env()
    app = ServiceApp(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_content_length
    app.extensions["llm_arm"] = {"arm": LlmArm(settings, provider), "metrics": Metrics()}
    app.register_blueprint(bp)
    install_request_id(app)
    install_json_errors(app)
    require_bearer_token(app, settings.arms_token)
    app.register_error_handler(ProviderError, _provider_error)
    return app


def _arm() -> LlmArm:
    arm: LlmArm = current_app.extensions["llm_arm"]["arm"]
    return arm


def _metrics() -> Metrics:
    metrics: Metrics = current_app.extensions["llm_arm"]["metrics"]
    return metrics


@bp.get("/health")
def health() -> Response:
    """200 while the model endpoint answers, 503 saying why while it does not."""
    arm = _arm()
    problem = arm.unreachable()
    body: dict[str, Any] = {
        "status": "healthy" if problem is None else "unavailable",
        "arm_id": arm.arm_id,
        "model": arm.model,
    }
    if problem is not None:
        body["error"] = {"code": "provider_unreachable", "message": problem, "details": {}}
        return json_response(body, 503)
    return json_response(body)


@bp.get("/capabilities")
def capabilities() -> Response:
    """A list with this arm's one ArmCapability record."""
    return json_response([_arm().capability(url_for("llm_arm.execute", _external=True))])


@bp.post("/execute")
def execute() -> Response:
    """Run the model on the task contract in the body."""
    contract = _parse_contract()
    arm, metrics = _arm(), _metrics()
    started = time.monotonic()
    try:
        body = arm.execute(contract)
    except BudgetExhausted as exc:
        metrics.calls.labels("budget_exhausted").inc()
        raise HttpError(422, "budget_exhausted", str(exc), exc.details) from None
    except ProviderError as exc:
        metrics.calls.labels(exc.code).inc()
        log.warning(
            "model call failed arm_id=%s task_id=%s code=%s status=%s",
            arm.arm_id,
            contract.get("task_id"),
            exc.code,
            exc.status,
        )
        raise
    finally:
        metrics.duration.observe(time.monotonic() - started)
    metrics.calls.labels("ok").inc()
    metrics.tokens.labels("prompt").inc(body["usage"]["prompt_tokens"])
    metrics.tokens.labels("completion").inc(body["usage"]["completion_tokens"])
    body["duration_ms"] = round((time.monotonic() - started) * 1000, 3)
    body["request_id"] = request_id()
    log.info(
        "model call done arm_id=%s task_id=%s model=%s tokens=%s cost_usd=%s finish=%s "
        "duration_ms=%s",
        arm.arm_id,
        body["task_id"],
        body["model"],
        body["tokens_used"],
        body["cost_usd"],
        body["finish_reason"],
        body["duration_ms"],
    )
    return json_response(body)


@bp.get("/metrics")
def metrics() -> Response:
    return Response(generate_latest(_metrics().registry), mimetype=CONTENT_TYPE_LATEST)


def _parse_contract() -> dict[str, Any]:
    body = request.get_json(force=True, silent=True)
    if body is None:
        raise HttpError(400, "invalid_json", "The request body is not valid JSON.")
    if isinstance(body, dict) and "goal" not in body and ENVELOPE_TASK_CONTRACT in body:
        body = body[ENVELOPE_TASK_CONTRACT]
    if not isinstance(body, dict):
        raise HttpError(
            422,
            "validation_error",
            "The task contract must be a JSON object.",
            {"fields": {"_schema": ["Must be an object."]}},
        )
    try:
        contract: dict[str, Any] = _CONTRACT.load(body)
    except ValidationError as exc:
        raise HttpError(
            422, "validation_error", "The task contract is invalid.", {"fields": exc.messages}
        ) from None
    return contract


def _provider_error(exc: ProviderError) -> Response:
    return error_response(exc.status, exc.code, exc.message, exc.details, exc.headers)
