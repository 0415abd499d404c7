"""Aggregation: one answer from the arms' outputs, checked against the acceptance criteria."""

from __future__ import annotations

import json
import re
from typing import Any

_WORD = re.compile(r"[a-z0-9]+")
# Words that frame a criterion rather than name what must be in the output.
_STOP = frozenset(
    """a an and are as at be by for from has have in is it its of on or that the this to was
    were will with must should include includes contain contains output result mention
    mentions list lists describe describes explain explains give gives provide provides
    show shows""".split()
)
# Share of a criterion's significant words that must appear in the output for it to be met.
CRITERION_THRESHOLD = 0.6


def _significant(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP and len(w) > 2]


def check_criteria(criteria: list[str], outputs_text: str) -> list[dict[str, Any]]:
    """For each criterion: met or not, by the share of its key words found in the output."""
    present = set(_WORD.findall(outputs_text.lower()))
    checked = []
    for criterion in criteria:
        words = _significant(criterion)
        found = [w for w in words if w in present or w.rstrip("s") in present]
        coverage = len(found) / len(words) if words else 1.0
        checked.append(
            {
                "criterion": criterion,
                "met": coverage >= CRITERION_THRESHOLD,
                "coverage": round(coverage, 3),
            }
        )
    return checked


def aggregate(contract: dict[str, Any], arm_results: list[dict[str, Any]]) -> dict[str, Any]:
    """Combine the arms' results (each ``{arm_id, ok, output, ...}``) into the task's answer."""
    succeeded = [r for r in arm_results if r.get("ok")]
    outputs_text = " ".join(json.dumps(r.get("output"), default=str) for r in succeeded)
    criteria = check_criteria(list(contract.get("acceptance_criteria") or []), outputs_text)
    tokens = sum(int(r.get("tokens_used") or 0) for r in succeeded)
    cost = round(sum(float(r.get("cost_usd") or 0.0) for r in succeeded), 6)
    budget = contract.get("budget") or {}
    if len(succeeded) == 1:
        answer: Any = succeeded[0].get("output")
    else:
        answer = {r["arm_id"]: r.get("output") for r in succeeded}
    confidences = [float(r.get("confidence") or 0.0) for r in succeeded]
    return {
        "answer": answer,
        "confidence": round(sum(confidences) / len(confidences), 3) if confidences else 0.0,
        "arms_succeeded": [r["arm_id"] for r in succeeded],
        "arms_failed": [
            {"arm_id": r["arm_id"], "error": r.get("error")} for r in arm_results if not r.get("ok")
        ],
        "acceptance_criteria": criteria,
        "all_criteria_met": all(c["met"] for c in criteria),
        "tokens_used": tokens,
        "cost_usd": cost,
        "within_budget": tokens <= int(budget.get("max_tokens", tokens))
        and cost <= float(budget.get("max_cost_usd", cost)),
    }
