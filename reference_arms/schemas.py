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
    # A plan's step: the arm does the step's instruction, reading its inputs as context.
    step = fields.Dict(keys=fields.String(), allow_none=True, load_default=None)
    inputs = fields.Dict(keys=fields.String(), allow_none=True, load_default=None)

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
    goal, context = data["goal"], data["context"] or ""
    step = data["step"] or {}
    instruction = step.get("instruction")
    if isinstance(instruction, str) and instruction.strip():
        goal = instruction
        context = "\n\n".join(
            part for part in (context, *_input_texts(data["inputs"] or {})) if part.strip()
        )
    contract = Contract(
        goal=goal,
        context=context,
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


def _input_texts(inputs: dict[str, Any]) -> list[str]:
    """The text of a step's inputs, in the order given: strings as they are, and the string
    values inside objects (a summary, key points, entities), so an arm reads prose, not JSON."""
    texts: list[str] = []
    stack: list[Any] = list(reversed(list(inputs.values())))
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, dict):
            stack.extend(reversed(list(value.values())))
        elif isinstance(value, list):
            stack.extend(reversed(value))
    return [text for text in texts if text.strip()]
