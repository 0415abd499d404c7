"""What the model is asked (messages built from the task contract) and how its text is read.

Three roles: a ``worker`` does the task (or one plan step); a ``planner`` writes a plan as
JSON; a ``judge`` checks a candidate answer against the acceptance criteria and answers a
verdict. The model's text is untrusted: a planner's plan and a judge's verdict are parsed and
checked here, and what does not pass is answered as it is, flagged, for the orchestrator to
reject with the answer kept.
"""

from __future__ import annotations

import graphlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from shared.arm_protocol import MAX_PLAN_STEPS, validator

ROLES = ("worker", "planner", "judge")
DEFAULT_CAPABILITIES: Mapping[str, tuple[str, ...]] = {
    "worker": ("general", "text", "generation"),
    "planner": ("planning",),
    "judge": ("validation",),
}
# Raw model text kept in an answer that failed its check: enough to see what went wrong.
RAW_LIMIT = 4000

# What the model is asked to fill in. Simpler than the protocol's schema (no ``not``, no
# patterns), because grammar converters of local servers (llama.cpp) reject those; the
# protocol's schema then checks the answer.
MODEL_PLAN_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "steps": {
            "type": "array",
            "minItems": 1,
            "maxItems": MAX_PLAN_STEPS,
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "instruction": {"type": "string"},
                    "depends_on": {"type": "array", "items": {"type": "string"}},
                },
                "required": ["id", "instruction", "depends_on"],
            },
        }
    },
    "required": ["steps"],
}
MODEL_VERDICT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "verdict": {"type": "string", "enum": ["pass", "fail"]},
        "feedback": {"type": "string"},
    },
    "required": ["verdict", "feedback"],
}

_SYSTEM = {
    "worker": (
        "You are a careful assistant inside a task orchestrator. Do the task you are given. "
        "Meet every acceptance criterion. Answer with the result only."
    ),
    "planner": (
        "You are the planner of a task orchestrator. Break the goal into a few concrete steps "
        "that other assistants will carry out. Answer with one JSON object and nothing else, "
        'in this shape: {"steps": [{"id": "s1", "instruction": "...", "depends_on": []}, '
        '{"id": "s2", "instruction": "...", "depends_on": ["s1"]}]}. '
        f"Rules: at most {MAX_PLAN_STEPS} steps; each id is unique and made of letters, digits, "
        "'-' or '_'; depends_on lists only ids of other steps; no step depends on a later one "
        "in a cycle. No prose, no code fences."
    ),
    "judge": (
        "You are the judge of a task orchestrator. Decide whether the candidate answer meets "
        "the goal and every acceptance criterion. Answer with one JSON object and nothing "
        'else: {"verdict": "pass" or "fail", "feedback": "what is missing or wrong, or why it '
        'passes"}. No prose, no code fences.'
    ),
}


def _as_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def candidate_of(contract: Mapping[str, Any]) -> str:
    """What a judge checks: ``candidate``, else the step inputs, else ``metadata.candidate``,
    else the context."""
    metadata = contract.get("metadata") or {}
    for value in (
        contract.get("candidate"),
        contract.get("inputs"),
        metadata.get("candidate"),
        contract.get("context"),
    ):
        if value not in (None, "", {}, []):
            return _as_text(value)
    return ""


def build_messages(role: str, contract: Mapping[str, Any]) -> list[dict[str, str]]:
    """The system and user messages for ``role`` from a validated contract."""
    parts = [f"Goal:\n{contract['goal']}"]
    context = contract.get("context")
    if context and role != "judge":
        parts.append(f"Context:\n{context}")
    criteria = contract.get("acceptance_criteria") or []
    if criteria:
        parts.append("Acceptance criteria:\n" + "\n".join(f"- {c}" for c in criteria))
    constraints = contract.get("constraints") or {}
    if constraints:
        parts.append(f"Constraints (JSON):\n{_as_text(constraints)}")
    step = contract.get("step")
    # A planner's or judge's own call comes as a step too; its instruction is the role's.
    if step and role == "worker":
        parts.append(
            f"You are doing one step of a larger plan.\nStep {step['id']}:\n{step['instruction']}"
        )
    inputs = contract.get("inputs") or {}
    if inputs and role != "judge":
        parts.append(
            "Inputs from the steps this one depends on:\n"
            + "\n\n".join(f"[{key}]\n{_as_text(value)}" for key, value in inputs.items())
        )
    if role == "judge":
        parts.append(f"Candidate answer:\n{candidate_of(contract)}")
    return [
        {"role": "system", "content": _SYSTEM[role]},
        {"role": "user", "content": "\n\n".join(parts)},
    ]


def response_format(role: str, mode: str) -> dict[str, Any] | None:
    """The structured output to ask for (``LLM_STRUCTURED_OUTPUT``): a JSON schema, JSON mode
    (with the schema, in llama-cpp-python's form), or none."""
    if role == "worker" or mode == "off":
        return None
    if mode == "json_object":
        return {"type": "json_object"}
    name, schema = (
        ("plan", MODEL_PLAN_SCHEMA) if role == "planner" else ("verdict", MODEL_VERDICT_SCHEMA)
    )
    if mode == "json_object_schema":
        # llama-cpp-python's server: JSON mode constrained by a schema (it refuses json_schema).
        return {"type": "json_object", "schema": schema}
    return {"type": "json_schema", "json_schema": {"name": name, "schema": schema}}


_FENCE = re.compile(r"^\s*```[A-Za-z]*\s*\n?(.*?)\n?\s*```\s*$", re.DOTALL)


def parse_json(text: str) -> Any:
    """The JSON value in a model's answer, code fences allowed; ``ValueError`` if none."""
    fenced = _FENCE.match(text)
    return json.loads(fenced.group(1) if fenced else text)


@dataclass
class Checked:
    """A model answer read for its role: the output to return and what its check found."""

    output: dict[str, Any]
    valid: bool
    errors: list[str] = field(default_factory=list)


def _steps_of(value: Any) -> Any:
    # The shapes a planner may answer: {"steps": [...]}, {"plan": [...]}, or the list itself.
    if isinstance(value, Mapping):
        for key in ("steps", "plan"):
            if key in value:
                return value[key]
        return None
    return value


def plan_errors(steps: Any) -> list[str]:
    """Everything wrong with ``steps`` as a plan (empty when it is one)."""
    errors = [
        f"{'/'.join(str(p) for p in error.absolute_path) or 'steps'}: {error.message}"
        for error in validator("planner-output.json").iter_errors({"steps": steps})
    ]
    if errors or not isinstance(steps, list):
        return errors
    ids = [step["id"] for step in steps]
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        return [f"steps: ids used twice: {', '.join(duplicates)}"]
    for step in steps:
        for dependency in step.get("depends_on", []):
            if dependency == step["id"] or dependency not in ids:
                errors.append(f"{step['id']}: depends_on names unknown step {dependency!r}")
    if errors:
        return errors
    try:
        graphlib.TopologicalSorter({s["id"]: s.get("depends_on", []) for s in steps}).prepare()
    except graphlib.CycleError as exc:
        return ["steps: cycle " + " -> ".join(exc.args[1])]
    return []


def check_plan(text: str) -> Checked:
    """A planner's answer: ``{"steps": [...]}`` when it parses, checked against the protocol."""
    try:
        steps = _steps_of(parse_json(text))
    except ValueError as exc:
        return Checked({"raw": text[:RAW_LIMIT]}, False, [f"not JSON: {exc}"])
    if steps is None:
        return Checked({"raw": text[:RAW_LIMIT]}, False, ['no "steps" in the answer'])
    errors = plan_errors(steps)
    output: dict[str, Any] = {"steps": steps}
    if errors:
        output["raw"] = text[:RAW_LIMIT]
    return Checked(output, not errors, errors)


def check_verdict(text: str) -> Checked:
    """A judge's answer: ``{"verdict", "feedback"}``; an unreadable one is a ``fail``."""
    try:
        value = parse_json(text)
    except ValueError as exc:
        value, problem = None, f"not JSON: {exc}"
    else:
        problem = "not an object with verdict pass or fail"
    verdict = value.get("verdict") if isinstance(value, Mapping) else None
    if isinstance(verdict, str) and verdict.strip().lower() in ("pass", "fail"):
        feedback = value.get("feedback") if isinstance(value, Mapping) else None
        return Checked(
            {"verdict": verdict.strip().lower(), "feedback": _as_text(feedback or "")}, True
        )
    # No verdict is no pass: the orchestrator may repair, and the text is kept to see why.
    return Checked(
        {
            "verdict": "fail",
            "feedback": f"The judge's answer was not a verdict ({problem}).",
            "raw": text[:RAW_LIMIT],
        },
        False,
        [problem],
    )
