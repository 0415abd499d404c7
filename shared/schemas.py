"""marshmallow schemas of the task contract and of the API's answers.

The same schemas validate requests, serialise responses and generate the OpenAPI document,
so the documentation cannot drift from what the API enforces.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from marshmallow import (
    RAISE,
    Schema,
    ValidationError,
    fields,
    validate,
    validates,
    validates_schema,
)

from shared.plans import PlanInvalid, load_steps
from shared.states import MAX_TASK_TIME_SECONDS, Priority, Status
from shared.webhooks import URL_MAX, TargetRefused, check_syntax

GOAL_MAX = 10_000
CONTEXT_MAX = 50_000
ASSIGNED_ARM_MAX = 128
IDEMPOTENCY_KEY_MAX = 255
# Deepest nesting accepted in ``constraints`` and ``metadata``: deeper documents are refused
# before they reach the JSON encoder of the database driver (which would recurse too far).
MAX_NESTING = 32

PRIORITIES = [p.value for p in Priority]
STATUSES = [s.value for s in Status]

DEFAULT_BUDGET: dict[str, Any] = {
    "max_tokens": 10_000,
    "max_time_seconds": 300,
    "max_cost_usd": 1.0,
    "max_repairs": 1,
}
MAX_REPAIRS = 5


def time_budget(budget: Mapping[str, Any] | None) -> float:
    """Seconds a stored task may run: its ``budget.max_time_seconds``, else the default."""
    return float((budget or {}).get("max_time_seconds", DEFAULT_BUDGET["max_time_seconds"]))


class StrictFloat(fields.Float):
    """A JSON number; unlike ``fields.Float`` it refuses numeric strings and booleans."""

    def _deserialize(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kw: Any
    ) -> Any:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.make_error("invalid")
        return super()._deserialize(value, attr, data, **kw)


class BudgetSchema(Schema):
    """Limits of one task; every omitted limit gets its default."""

    class Meta:
        unknown = RAISE

    max_tokens = fields.Integer(
        strict=True,
        load_default=DEFAULT_BUDGET["max_tokens"],
        validate=validate.Range(1, 100_000),
        metadata={"description": "Most tokens the arms may spend."},
    )
    max_time_seconds = fields.Integer(
        strict=True,
        load_default=DEFAULT_BUDGET["max_time_seconds"],
        validate=validate.Range(1, MAX_TASK_TIME_SECONDS),
        metadata={"description": "Wall-clock limit of the whole pipeline."},
    )
    max_cost_usd = StrictFloat(
        load_default=DEFAULT_BUDGET["max_cost_usd"],
        allow_nan=False,
        validate=validate.Range(0, 100),
        metadata={"description": "Most money the arms may spend, in US dollars."},
    )
    max_repairs = fields.Integer(
        strict=True,
        load_default=DEFAULT_BUDGET["max_repairs"],
        validate=validate.Range(0, MAX_REPAIRS),
        metadata={"description": "Most repair rounds of a plan whose answer the judge fails."},
    )


class PlanField(fields.Field[Any]):
    """``plan``: ``true`` (a planner arm writes the steps), ``false``/null (single-hop), or
    the steps themselves, checked as a graph (see ``shared.plans``)."""

    def _deserialize(
        self, value: Any, attr: str | None, data: Mapping[str, Any] | None, **kw: Any
    ) -> Any:
        if value is True:
            return True
        if value is False or value is None:
            return None
        try:
            return load_steps(value)
        except PlanInvalid as exc:
            # Keyed by step: "plan.b.depends_on" once the errors are flattened.
            raise ValidationError(
                {
                    key.removeprefix("plan").lstrip(".") or "_schema": v
                    for key, v in exc.errors.items()
                }
            ) from None


def _default_budget() -> dict[str, Any]:
    return dict(DEFAULT_BUDGET)


class TaskContractSchema(Schema):
    """The body of ``POST /submit``. Unknown fields are refused; omitted ones get defaults."""

    class Meta:
        unknown = RAISE

    goal = fields.String(
        required=True,
        validate=validate.Length(1, GOAL_MAX),
        metadata={"description": "What the task must achieve.", "pattern": r"\S"},
    )
    context = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(max=CONTEXT_MAX),
        metadata={"description": "Background the arms may use."},
    )
    constraints = fields.Dict(keys=fields.String(), load_default=dict)
    acceptance_criteria = fields.List(fields.String(), load_default=list)
    budget = fields.Nested(BudgetSchema, load_default=_default_budget)
    priority = fields.String(
        load_default=Priority.MEDIUM.value, validate=validate.OneOf(PRIORITIES)
    )
    metadata_ = fields.Dict(keys=fields.String(), load_default=dict, data_key="metadata")
    parent_task_id = fields.UUID(load_default=None, allow_none=True)
    assigned_arm = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(1, ASSIGNED_ARM_MAX),
        metadata={"description": "Run on this arm only, bypassing routing."},
    )
    plan = PlanField(
        load_default=None,
        allow_none=True,
        metadata={
            "description": "true: a planner arm writes the steps; or the steps "
            "[{id, instruction, capabilities | arm, depends_on}] (at most 50, no cycle).",
            "oneOf": [{"type": "boolean"}, {"type": "array", "items": {"type": "object"}}],
        },
    )
    webhook_url = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Length(1, URL_MAX),
        metadata={
            "description": "POSTed a signed JSON body when the task ends (docs/webhooks.md): "
            "http or https, a public host unless WEBHOOK_ALLOW_PRIVATE=true.",
            "format": "uri",
        },
    )

    @validates("webhook_url")
    def _webhook_url_shape(self, value: str | None, **_: Any) -> None:
        # The address checks need DNS and the settings: the API runs them after this.
        if value is not None:
            try:
                check_syntax(value)
            except TargetRefused as exc:
                raise ValidationError(f"Refused: {exc}.") from None

    @validates("goal")
    def _goal_not_blank(self, value: str, **_: Any) -> None:
        if not value.strip():
            raise ValidationError("Must not be blank.")

    @validates_schema
    def _storable(self, data: dict[str, Any], **_: Any) -> None:
        """Refuse what the database cannot store: NUL characters, absurdly deep documents."""
        errors: dict[str, list[str]] = {}
        for name, key in (
            ("goal", "goal"),
            ("context", "context"),
            ("assigned_arm", "assigned_arm"),
            ("acceptance_criteria", "acceptance_criteria"),
            ("constraints", "constraints"),
            ("metadata", "metadata_"),
            ("plan", "plan"),
            ("webhook_url", "webhook_url"),
        ):
            problem = _unstorable(data.get(key))
            if problem:
                errors[name] = [problem]
        if errors:
            raise ValidationError(errors)


def _unstorable(value: Any) -> str | None:
    """Why ``value`` cannot be stored, or None. Iterative, so depth cannot overflow the stack."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, str):
            if "\x00" in item:
                return "Must not contain NUL characters."
        elif isinstance(item, dict | list):
            if depth >= MAX_NESTING:
                return f"Must not be nested more than {MAX_NESTING} levels deep."
            children = [*item.keys(), *item.values()] if isinstance(item, dict) else item
            stack.extend((child, depth + 1) for child in children)
    return None


class SubmitResponseSchema(Schema):
    task_id = fields.UUID(required=True)
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    message = fields.String(required=True)


class TaskErrorSchema(Schema):
    code = fields.String(required=True)
    message = fields.String(allow_none=True)


class ProgressSchema(Schema):
    completed_steps = fields.Integer(required=True)
    total_steps = fields.Integer(required=True)


class TaskSchema(Schema):
    """A task as ``GET /tasks/<id>`` shows it."""

    task_id = fields.UUID(attribute="id", required=True)
    status = fields.String(required=True, validate=validate.OneOf(STATUSES))
    priority = fields.String(required=True, validate=validate.OneOf(PRIORITIES))
    goal = fields.String(required=True)
    context = fields.String(allow_none=True)
    constraints = fields.Dict()
    acceptance_criteria = fields.List(fields.String())
    budget = fields.Nested(BudgetSchema)
    metadata_ = fields.Dict(data_key="metadata")
    parent_task_id = fields.UUID(allow_none=True)
    assigned_arm = fields.String(allow_none=True)
    result = fields.Method("_result", allow_none=True, metadata={"type": "object"})
    error = fields.Method("_error", allow_none=True, metadata={"type": "object"})
    cancel_requested = fields.Boolean()
    attempts = fields.Integer()
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()
    started_at = fields.AwareDateTime(allow_none=True)
    finished_at = fields.AwareDateTime(allow_none=True)
    processing_time_ms = fields.Integer(allow_none=True)
    plan = fields.Raw(
        allow_none=True,
        metadata={"description": "The plan as submitted: true, a list of steps, or null."},
    )
    progress = fields.Nested(
        ProgressSchema,
        allow_none=True,
        metadata={"description": "Steps done of a plan; null for a single-hop task."},
    )
    webhook_url = fields.String(
        allow_none=True, metadata={"description": "Where the terminal status is pushed."}
    )

    def _result(self, task: Any) -> Any:
        return task.result.result if task.result is not None else None

    def _error(self, task: Any) -> Any:
        if task.error_code is None:
            return None
        return {"code": task.error_code, "message": task.error_message}


class StepViewSchema(Schema):
    """One step as ``GET /tasks/<id>/steps`` shows it."""

    id = fields.String(attribute="step_id", required=True)
    kind = fields.String(
        metadata={"description": "step, or a row the orchestrator added: planner, judge, repair."}
    )
    instruction = fields.String(required=True)
    capabilities = fields.List(fields.String(), allow_none=True)
    arm_id = fields.String(allow_none=True)
    depends_on = fields.List(fields.String(), required=True)
    status = fields.String(required=True)
    attempts = fields.Integer(required=True)
    output = fields.Raw(allow_none=True)
    error = fields.String(allow_none=True)
    tokens_used = fields.Integer()
    cost_usd = fields.Float()
    started_at = fields.AwareDateTime(allow_none=True)
    finished_at = fields.AwareDateTime(allow_none=True)


class TaskStepsSchema(Schema):
    task_id = fields.UUID(required=True)
    steps = fields.List(fields.Nested(StepViewSchema), required=True)


class TaskSummarySchema(Schema):
    """One entry of ``GET /tasks``."""

    task_id = fields.UUID(attribute="id", required=True)
    status = fields.String(required=True)
    priority = fields.String(required=True)
    goal = fields.String(required=True)
    cancel_requested = fields.Boolean()
    created_at = fields.AwareDateTime()
    updated_at = fields.AwareDateTime()
    finished_at = fields.AwareDateTime(allow_none=True)


# The largest ``offset`` of ``GET /tasks``: far past any page anyone reads, and inside the
# database's BIGINT (2^63 overflows it).
PAGE_OFFSET_MAX = 2**31 - 1


class TaskListQuerySchema(Schema):
    """Query string of ``GET /tasks``: filters and either a cursor or an offset."""

    class Meta:
        unknown = RAISE

    status = fields.String(validate=validate.OneOf(STATUSES))
    priority = fields.String(validate=validate.OneOf(PRIORITIES))
    limit = fields.Integer(load_default=20, validate=validate.Range(1, 100))
    cursor = fields.String(
        validate=validate.Length(1, 512),
        metadata={"description": "`next_cursor` of the previous page."},
    )
    offset = fields.Integer(
        validate=validate.Range(min=0, max=PAGE_OFFSET_MAX),
        metadata={"description": "Skip this many tasks; the answer then carries `total`."},
    )

    @validates("cursor")
    def _cursor_shape(self, value: str, **_: Any) -> None:
        # Decoded by the service; here only the alphabet of base64url is checked.
        if not all(c.isalnum() or c in "-_=" for c in value):
            raise ValidationError("Not a valid cursor.")


class TaskListSchema(Schema):
    tasks = fields.List(fields.Nested(TaskSummarySchema), required=True)
    limit = fields.Integer(required=True)
    next_cursor = fields.String(allow_none=True, required=True)
    offset = fields.Integer()
    total = fields.Integer()


class TaskEventSchema(Schema):
    id = fields.Integer(required=True)
    from_status = fields.String(allow_none=True)
    to_status = fields.String(required=True)
    reason = fields.String(allow_none=True)
    worker = fields.String(allow_none=True)
    created_at = fields.AwareDateTime()


class TaskEventsSchema(Schema):
    task_id = fields.UUID(required=True)
    events = fields.List(fields.Nested(TaskEventSchema), required=True)


class WebhookAttemptSchema(Schema):
    """One POST of a delivery."""

    attempt = fields.Integer(required=True)
    status_code = fields.Integer(
        allow_none=True, metadata={"description": "The receiver's HTTP status, if it answered."}
    )
    error = fields.String(
        allow_none=True, metadata={"description": "Why the attempt failed, if it did."}
    )
    duration_ms = fields.Integer(allow_none=True)
    created_at = fields.AwareDateTime()


class WebhookDeliverySchema(Schema):
    """One push of a terminal status, with every attempt, oldest first."""

    id = fields.Integer(required=True, metadata={"description": "X-Orchestrator-Delivery."})
    event = fields.String(required=True, metadata={"description": "The terminal status."})
    url = fields.String(required=True)
    status = fields.String(
        required=True, validate=validate.OneOf(["pending", "delivered", "failed"])
    )
    payload = fields.Dict(
        metadata={"description": "What the body is made of: error and finished_at."}
    )
    next_attempt_at = fields.AwareDateTime(allow_none=True)
    last_status_code = fields.Integer(allow_none=True)
    last_error = fields.String(allow_none=True)
    created_at = fields.AwareDateTime()
    delivered_at = fields.AwareDateTime(allow_none=True)
    attempts = fields.List(fields.Nested(WebhookAttemptSchema), required=True)


class TaskDeliveriesSchema(Schema):
    task_id = fields.UUID(required=True)
    deliveries = fields.List(fields.Nested(WebhookDeliverySchema), required=True)


class CancelResponseSchema(Schema):
    task_id = fields.UUID(required=True)
    status = fields.String(required=True)
    cancel_requested = fields.Boolean(required=True)
    message = fields.String(required=True)


class ErrorDetailSchema(Schema):
    code = fields.String(required=True)
    message = fields.String(required=True)
    details = fields.Dict()


class ErrorSchema(Schema):
    """The one shape of every error answer."""

    error = fields.Nested(ErrorDetailSchema, required=True)
    request_id = fields.String(required=True)


class ReadyResponseSchema(Schema):
    status = fields.String(required=True, validate=validate.OneOf(["ready", "unavailable"]))
    ready = fields.Boolean(required=True)
    database = fields.String(
        required=True,
        validate=validate.OneOf(["postgres", "sqlite"]),
        metadata={"description": "The database backend; its check in `checks` has this name."},
    )
    checks = fields.Dict(
        keys=fields.String(),
        values=fields.String(),
        metadata={"description": "`ok`, or `error: …` naming what failed, per dependency."},
    )


class HealthResponseSchema(Schema):
    status = fields.String(required=True, validate=validate.OneOf(["ok"]))
    version = fields.String(required=True, metadata={"description": "The package's version."})
    timestamp = fields.AwareDateTime(required=True, metadata={"description": "Now, in UTC."})


def flatten_errors(messages: Mapping[str, Any] | list[Any], prefix: str = "") -> dict[str, Any]:
    """marshmallow's nested messages as ``{"budget.max_tokens": [...]}``: one key per bad field."""
    if not isinstance(messages, Mapping):
        return {prefix or "_schema": messages}
    out: dict[str, Any] = {}
    for key, value in messages.items():
        # A nested schema-level error ("budget": "lots") belongs to the field itself.
        name = str(key) if not prefix else prefix if key == "_schema" else f"{prefix}.{key}"
        if isinstance(value, Mapping):
            out.update(flatten_errors(value, name))
        else:
            out[name] = value
    return out
