"""Plans: the schema of a step and the rules of a plan's graph, for the API and the workers.

A client's plan is checked here at submit; a planner arm's plan is checked here by the worker
with the very same rules, so an arm can never run a plan a client could not have submitted.
"""

from __future__ import annotations

import graphlib
import re
from collections.abc import Mapping, Sequence
from typing import Any

from marshmallow import RAISE, Schema, ValidationError, fields, validate, validates

MAX_STEPS = 50
INSTRUCTION_MAX = 10_000
STEP_ID_MAX = 64
# Ids a client (or a planner) may give: no dots, which mark the rows the orchestrator adds
# itself (``planner.1``, ``judge.1``, ``d.repair1``), and no leading punctuation, which marks
# the keys it adds to a step's inputs (``_feedback``).
STEP_ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
FEEDBACK_INPUT = "_feedback"


class PlanInvalid(ValueError):
    """A plan that breaks a rule; ``errors`` names each step and its problem."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(f"{k}: {' '.join(v)}" for k, v in errors.items()))
        self.errors = errors


def _not_blank(value: str) -> None:
    if not value.strip():
        raise ValidationError("Must not be blank.")


class StepSchema(Schema):
    """One step of a plan: what to do, who can do it, and what it waits for."""

    class Meta:
        unknown = RAISE

    id = fields.String(
        required=True,
        validate=[
            validate.Length(1, STEP_ID_MAX),
            validate.Regexp(
                STEP_ID_PATTERN, error="Must be letters, digits, '-' or '_', starting alphanumeric."
            ),
        ],
    )
    instruction = fields.String(
        required=True, validate=[validate.Length(1, INSTRUCTION_MAX), _not_blank]
    )
    capabilities = fields.List(
        fields.String(validate=[validate.Length(1, 64), _not_blank]),
        validate=validate.Length(min=1, max=16),
        metadata={"description": "Route the step to an arm offering all of these."},
    )
    arm = fields.String(
        validate=[validate.Length(1, 128), _not_blank],
        metadata={"description": "Run the step on this arm only."},
    )
    depends_on = fields.List(fields.String(), load_default=list)

    @validates("depends_on")
    def _unique_dependencies(self, value: list[str], **_: Any) -> None:
        if len(set(value)) != len(value):
            raise ValidationError("Must not name a step twice.")


_STEP = StepSchema()


def load_steps(raw: Any) -> list[dict[str, Any]]:
    """The steps of ``raw`` (a list of step objects) checked one by one and as a graph.

    Raises ``PlanInvalid`` whose keys name the step (``plan.<id>.<field>``, or
    ``plan.<index>`` for a step without a usable id) and whose values say what is wrong.
    """
    if not isinstance(raw, list):
        raise PlanInvalid({"plan": ["Must be true or a list of steps."]})
    if not raw:
        raise PlanInvalid({"plan": ["Must have at least one step."]})
    if len(raw) > MAX_STEPS:
        raise PlanInvalid({"plan": [f"Must have at most {MAX_STEPS} steps, not {len(raw)}."]})
    errors: dict[str, list[str]] = {}
    steps: list[dict[str, Any]] = []
    for index, item in enumerate(raw):
        name = _step_name(item, index)
        if not isinstance(item, Mapping):
            errors[name] = ["Must be an object."]
            continue
        try:
            step: dict[str, Any] = _STEP.load(item)
        except ValidationError as exc:
            for field, messages in _messages(exc.messages).items():
                errors[f"{name}.{field}"] = messages
            continue
        if "capabilities" in step and "arm" in step:
            errors[name] = ["Give capabilities or arm, not both."]
            continue
        steps.append(step)
    if errors:
        raise PlanInvalid(errors)
    check_graph(steps)
    return steps


def _step_name(item: Any, index: int) -> str:
    step_id = item.get("id") if isinstance(item, Mapping) else None
    if isinstance(step_id, str) and STEP_ID_PATTERN.match(step_id):
        return f"plan.{step_id}"
    return f"plan.{index}"


def _messages(messages: Any) -> dict[str, list[str]]:
    if not isinstance(messages, Mapping):
        return {"_schema": [str(messages)]}
    flat: dict[str, list[str]] = {}
    for key, value in messages.items():
        if isinstance(value, Mapping):
            # A list field's per-item messages: ``{0: ["Not a valid string."]}``.
            for inner, problems in _messages(value).items():
                flat[f"{key}.{inner}"] = problems
        else:
            flat[str(key)] = [str(v) for v in value] if isinstance(value, list) else [str(value)]
    return flat


def check_graph(steps: Sequence[Mapping[str, Any]]) -> None:
    """Ids unique, dependencies known and not the step itself, no cycle: ``PlanInvalid`` else."""
    errors: dict[str, list[str]] = {}
    seen: set[str] = set()
    for step in steps:
        if step["id"] in seen:
            errors[f"plan.{step['id']}.id"] = ["Another step has this id."]
        seen.add(step["id"])
    for step in steps:
        for dependency in step["depends_on"]:
            if dependency == step["id"]:
                errors.setdefault(f"plan.{step['id']}.depends_on", []).append(
                    "A step cannot depend on itself."
                )
            elif dependency not in seen:
                errors.setdefault(f"plan.{step['id']}.depends_on", []).append(
                    f"Unknown step {dependency!r}."
                )
    if errors:
        raise PlanInvalid(errors)
    sorter = graphlib.TopologicalSorter({s["id"]: s["depends_on"] for s in steps})
    try:
        sorter.prepare()
    except graphlib.CycleError as exc:
        cycle = list(exc.args[1])
        raise PlanInvalid(
            {f"plan.{cycle[0]}.depends_on": ["Forms a cycle: " + " -> ".join(cycle) + "."]}
        ) from None


def sinks(steps: Sequence[Mapping[str, Any]]) -> list[str]:
    """The ids of the steps no other step depends on, in plan order: the plan's answer."""
    needed = {dependency for step in steps for dependency in step["depends_on"]}
    return [step["id"] for step in steps if step["id"] not in needed]


def planner_steps(output: Any) -> Any:
    """The steps in a planner arm's output: ``{"steps": [...]}``, ``{"plan": [...]}`` or a list."""
    if isinstance(output, Mapping):
        for key in ("steps", "plan"):
            if key in output:
                return output[key]
    return output
