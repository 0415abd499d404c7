"""Arm protocol v1 as JSON Schemas (draft 2020-12): what arms and the orchestrator exchange.

These dictionaries are the single source of the files under ``docs/schemas/``; regenerate
those with ``python -m shared.arm_protocol docs/schemas`` (a test fails when they drift).
The LLM arm also sends ``PLANNER_OUTPUT`` and ``JUDGE_OUTPUT`` to its model as the structured
output it asks for, and checks the model's answer against them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from referencing import Registry, Resource

DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://llm-orchestrator.dev/schemas/arm-protocol/v1/"
MAX_PLAN_STEPS = 50
STEP_ID_PATTERN = "^[A-Za-z0-9][A-Za-z0-9_-]*$"
ENVELOPE_TASK_CONTRACT = "task_contract"

_TAG = {"type": "string", "minLength": 1, "maxLength": 64}

CAPABILITY_RECORD: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": BASE_ID + "capability-record.json",
    "title": "ArmCapability",
    "description": "One arm as its service describes it in GET /capabilities.",
    "type": "object",
    "required": ["arm_id", "name", "capabilities", "cost_tier"],
    "properties": {
        "arm_id": {"type": "string", "minLength": 1, "maxLength": 128},
        "name": {"type": "string", "minLength": 1},
        "description": {"type": "string"},
        "capabilities": {
            "description": "Tags the router matches against the goal (case-insensitive).",
            "type": "array",
            "items": _TAG,
        },
        "cost_tier": {
            "description": "1 (cheapest) to 5; among able arms the cheapest is chosen.",
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
        },
        "endpoint": {
            "description": "Absolute URL, or a path on the service, that executes this arm. "
            "Default: POST /execute on the service.",
            "type": "string",
            "minLength": 1,
        },
        "status": {
            "description": "healthy, ok or ready route tasks here; anything else does not.",
            "type": "string",
        },
        "metadata": {
            "type": "object",
            "properties": {
                "envelope": {
                    "description": 'Send the body wrapped as {"task_contract": ...}.',
                    "const": ENVELOPE_TASK_CONTRACT,
                }
            },
        },
    },
}

CAPABILITIES_RESPONSE: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": BASE_ID + "capabilities-response.json",
    "title": "GET /capabilities answer",
    "description": 'A list of records (preferred), one record, or {"capabilities": [...]}.',
    "anyOf": [
        {"type": "array", "items": {"$ref": "capability-record.json"}},
        {"$ref": "capability-record.json"},
        {
            "type": "object",
            "required": ["capabilities"],
            "properties": {
                "capabilities": {"type": "array", "items": {"$ref": "capability-record.json"}}
            },
        },
    ],
}

PLAN_STEP: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": BASE_ID + "plan-step.json",
    "title": "Plan step",
    "type": "object",
    "required": ["id", "instruction"],
    "additionalProperties": False,
    "properties": {
        "id": {"type": "string", "minLength": 1, "maxLength": 64, "pattern": STEP_ID_PATTERN},
        "instruction": {"type": "string", "minLength": 1, "maxLength": 10_000, "pattern": r"\S"},
        "capabilities": {"type": "array", "items": _TAG, "minItems": 1, "maxItems": 16},
        "arm": {"type": "string", "minLength": 1, "maxLength": 128},
        "depends_on": {
            "description": "Ids of earlier steps whose outputs this step receives as inputs.",
            "type": "array",
            "items": {"type": "string"},
            "uniqueItems": True,
        },
    },
    "not": {"required": ["capabilities", "arm"]},
}

PLANNER_OUTPUT: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": BASE_ID + "planner-output.json",
    "title": "Planner output",
    "description": "The output of an arm with capability planning. Also required, and not "
    "expressible here: ids unique, every depends_on names another step, no cycle.",
    "type": "object",
    "required": ["steps"],
    "properties": {
        "steps": {
            "type": "array",
            "minItems": 1,
            "maxItems": MAX_PLAN_STEPS,
            "items": {"$ref": "plan-step.json"},
        }
    },
}

JUDGE_OUTPUT: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": BASE_ID + "judge-output.json",
    "title": "Judge output",
    "description": "The output of an arm with capability validation.",
    "type": "object",
    "required": ["verdict", "feedback"],
    "properties": {
        "verdict": {"enum": ["pass", "fail"]},
        "feedback": {
            "description": "What is missing or wrong; a repair round receives it.",
            "type": "string",
        },
    },
}

_BUDGET = {
    "type": "object",
    "properties": {
        "max_tokens": {"type": "integer", "minimum": 1, "maximum": 100_000},
        "max_time_seconds": {"type": "number", "minimum": 1, "maximum": 3600},
        "max_cost_usd": {"type": "number", "minimum": 0, "maximum": 100},
    },
}

_CONTRACT: dict[str, Any] = {
    "type": "object",
    "required": ["goal"],
    "properties": {
        "task_id": {"type": ["string", "null"]},
        "goal": {"type": "string", "minLength": 1, "maxLength": 10_000, "pattern": r"\S"},
        "context": {"type": ["string", "null"], "maxLength": 50_000},
        "constraints": {"type": ["object", "null"]},
        "acceptance_criteria": {"type": ["array", "null"], "items": {"type": "string"}},
        "budget": _BUDGET,
        "budget_remaining": {
            "description": "What the task has left when this call starts, after what earlier "
            "calls reported. Absent: the whole budget is left.",
            "type": "object",
            "properties": {
                "tokens": {"type": "integer", "minimum": 0},
                "cost_usd": {"type": "number", "minimum": 0},
            },
        },
        "priority": {"enum": ["low", "medium", "high", "critical"]},
        "metadata": {"type": ["object", "null"]},
        "parent_task_id": {"type": ["string", "null"]},
        "assigned_arm": {"type": ["string", "null"]},
        "step": {
            "description": "The step this call runs: a plan-step.json step, or a row the "
            "orchestrator adds itself (kind planner, judge or repair; its id has a dot).",
            "type": "object",
            "required": ["id", "instruction"],
            "properties": {
                "id": {"type": "string", "minLength": 1},
                "kind": {"type": "string"},
                "instruction": {"type": "string"},
                "capabilities": {"type": ["array", "null"], "items": {"type": "string"}},
                "depends_on": {"type": "array", "items": {"type": "string"}},
            },
        },
        "inputs": {
            "description": "Outputs of the steps this step depends on, by step id.",
            "type": "object",
        },
        "candidate": {"description": "The answer a judge checks (string or JSON value)."},
    },
}

EXECUTE_REQUEST: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": BASE_ID + "execute-request.json",
    "title": "POST /execute body",
    "description": "The task contract (fields the arm does not know are ignored), or, for an "
    'arm advertising metadata.envelope = "task_contract", the contract wrapped.',
    "$defs": {"contract": _CONTRACT},
    "anyOf": [
        {"$ref": "#/$defs/contract"},
        {
            "type": "object",
            "required": ["task_contract"],
            "properties": {"task_contract": {"$ref": "#/$defs/contract"}},
        },
    ],
}

EXECUTE_RESPONSE: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": BASE_ID + "execute-response.json",
    "title": "POST /execute answer (200)",
    "type": "object",
    "required": ["output", "confidence", "tokens_used", "cost_usd"],
    "properties": {
        "output": {"description": "Any JSON value; planners and judges have their own shape."},
        "confidence": {"type": "number", "minimum": 0, "maximum": 1},
        "tokens_used": {"type": "integer", "minimum": 0},
        "cost_usd": {"type": "number", "minimum": 0},
        "arm_id": {"type": "string"},
        "task_id": {"type": ["string", "null"]},
    },
}

ERROR_RESPONSE: dict[str, Any] = {
    "$schema": DRAFT,
    "$id": BASE_ID + "error-response.json",
    "title": "Error answer (4xx, 5xx)",
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["code", "message"],
            "properties": {
                "code": {"type": "string"},
                "message": {"type": "string", "description": "Kept in the task's error on 4xx."},
                "details": {"type": "object"},
            },
        },
        "request_id": {"type": "string"},
    },
}

SCHEMAS: dict[str, dict[str, Any]] = {
    schema["$id"].rsplit("/", 1)[1]: schema
    for schema in (
        CAPABILITY_RECORD,
        CAPABILITIES_RESPONSE,
        PLAN_STEP,
        PLANNER_OUTPUT,
        JUDGE_OUTPUT,
        EXECUTE_REQUEST,
        EXECUTE_RESPONSE,
        ERROR_RESPONSE,
    )
}


def validator(name: str) -> Draft202012Validator:
    """A validator of the schema in file ``name`` (``"planner-output.json"``), its references
    to the other schemas resolved."""
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in SCHEMAS.values()
    )
    return Draft202012Validator(SCHEMAS[name], registry=registry)


def render(schema: dict[str, Any]) -> str:
    """A schema as the text of its file under ``docs/schemas/``."""
    return json.dumps(schema, indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path) -> list[Path]:
    """Write every schema into ``folder``; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, schema in SCHEMAS.items():
        path = folder / name
        path.write_text(render(schema))
        written.append(path)
    return written


if __name__ == "__main__":  # pragma: no cover - a maintenance command
    for path in write_schemas(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/schemas")):
        print(path)
