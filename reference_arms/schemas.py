"""The task contract as the arms read it: checked at the edge, lenient about extra fields.

The API already validated the contract; an arm still checks what it reads, so a bad call from
any client gets a 4xx naming the field instead of a 500. Fields the arms do not use (``arm_id``,
``parent_task_id``, ...) are ignored rather than rejected: other orchestrators may send more.
"""

from __future__ import annotations

import json
from typing import Any

from marshmallow import (
    EXCLUDE,
    Schema,
    ValidationError,
    fields,
    pre_load,
    validate,
    validates_schema,
)

from reference_arms.arms import Budget, Contract

MAX_SIMULATE_SECONDS = 3600.0
SIMULATED_FAILURES = ("500", "503")


def _not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("Must not be blank.")


class BudgetSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    max_tokens = fields.Integer(
        strict=True, validate=validate.Range(1, 100_000), load_default=10_000
    )
    max_time_seconds = fields.Float(validate=validate.Range(1, 3600), load_default=300.0)
    max_cost_usd = fields.Float(validate=validate.Range(0, 100), load_default=1.0)


_DEFAULT_BUDGET: dict[str, Any] = BudgetSchema().load({})


class ContractSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    goal = fields.String(required=True, validate=[validate.Length(min=1, max=10_000), _not_blank])
    context = fields.String(allow_none=True, validate=validate.Length(max=50_000), load_default="")
    constraints = fields.Dict(keys=fields.String(), load_default=dict)
    acceptance_criteria = fields.List(
        fields.String(validate=validate.Length(max=10_000)),
        validate=validate.Length(max=100),
        load_default=list,
    )
    budget = fields.Nested(BudgetSchema, load_default=lambda: dict(_DEFAULT_BUDGET))
    priority = fields.String(
        validate=validate.OneOf(("low", "medium", "high", "critical")), load_default="medium"
    )
    metadata = fields.Dict(keys=fields.String(), load_default=dict)
    task_id = fields.String(allow_none=True, load_default=None)
    arm_id = fields.String(allow_none=True, load_default=None)
    assigned_arm = fields.String(allow_none=True, load_default=None)
    candidate = fields.Raw(allow_none=True, load_default=None)

    @pre_load
    def _null_means_default(self, data: dict[str, Any], **_: Any) -> dict[str, Any]:
        # Stored contracts carry null for omitted optional fields; treat those as omitted.
        return {key: value for key, value in data.items() if value is not None}

    @validates_schema
    def _check_simulation(self, data: dict[str, Any], **_: Any) -> None:
        metadata = data.get("metadata") or {}
        errors: dict[str, list[str]] = {}
        seconds = metadata.get("simulate_seconds")
        if seconds is not None:
            if isinstance(seconds, bool) or not isinstance(seconds, int | float):
                errors["simulate_seconds"] = ["Must be a number of seconds."]
            elif not 0 <= seconds <= MAX_SIMULATE_SECONDS:
                errors["simulate_seconds"] = [f"Must be between 0 and {MAX_SIMULATE_SECONDS:g}."]
        failure = metadata.get("simulate_failure")
        if failure is not None and str(failure) not in SIMULATED_FAILURES:
            errors["simulate_failure"] = [f"Must be one of: {', '.join(SIMULATED_FAILURES)}."]
        if errors:
            raise ValidationError({"metadata": errors})


# Built once: a schema (and its nested ones) costs more to build than a load.
_CONTRACT_SCHEMA = ContractSchema()


def load_contract(body: Any) -> tuple[Contract, dict[str, Any]]:
    """Validate a request body; return the contract and the raw validated fields.

    Raises ``marshmallow.ValidationError`` whose ``messages`` name each bad field.
    """
    if not isinstance(body, dict):
        raise ValidationError({"_schema": ["The body must be a JSON object."]})
    data: dict[str, Any] = _CONTRACT_SCHEMA.load(body)
    budget = data["budget"]
    candidate = data["candidate"]
    contract = Contract(
        goal=data["goal"],
        context=data["context"] or "",
        constraints=data["constraints"],
        acceptance_criteria=tuple(data["acceptance_criteria"]),
        budget=Budget(
            max_tokens=budget["max_tokens"],
            max_time_seconds=budget["max_time_seconds"],
            max_cost_usd=budget["max_cost_usd"],
        ),
        priority=data["priority"],
        metadata=data["metadata"],
        task_id=data["task_id"],
        candidate=(
            candidate
            if candidate is None or isinstance(candidate, str)
            else json.dumps(candidate, sort_keys=True)
        ),
    )
    return contract, data
