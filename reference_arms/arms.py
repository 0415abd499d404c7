"""The built-in arms: plain functions from a task contract to an answer, and their registry.

Every arm is deterministic (the same contract gives the same answer) and needs no model, so the
pipeline can be run and tested end to end with nothing but this package.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from reference_arms.text import (
    estimate_tokens,
    frequencies,
    keyword_stems,
    keywords,
    sentences,
    stem,
    top_keywords,
    words,
)

# USD per 1,000 tokens by cost tier: cheap arms are tier 1, the dearest tier 5.
PRICE_PER_1K_TOKENS: dict[int, float] = {1: 0.0005, 2: 0.001, 3: 0.003, 4: 0.01, 5: 0.03}
MAX_PLAN_STEPS = 20


@dataclass(frozen=True)
class Budget:
    max_tokens: int = 10_000
    max_time_seconds: float = 300.0
    max_cost_usd: float = 1.0


@dataclass(frozen=True)
class Contract:
    """The parts of a task contract the arms read."""

    goal: str
    context: str = ""
    constraints: Mapping[str, Any] = field(default_factory=dict)
    acceptance_criteria: tuple[str, ...] = ()
    budget: Budget = Budget()
    priority: str = "medium"
    metadata: Mapping[str, Any] = field(default_factory=dict)
    task_id: str | None = None
    candidate: str | None = None


@dataclass(frozen=True)
class Answer:
    output: dict[str, Any]
    confidence: float


@dataclass(frozen=True)
class Arm:
    """One arm: what it advertises in ``/capabilities`` and the function that does the work."""

    arm_id: str
    name: str
    description: str
    capabilities: tuple[str, ...]
    cost_tier: int
    run: Callable[[Contract], Answer]

    def capability(self, endpoint: str) -> dict[str, Any]:
        """This arm's ArmCapability record, with the absolute URL that executes it."""
        return {
            "arm_id": self.arm_id,
            "name": self.name,
            "description": self.description,
            "capabilities": list(self.capabilities),
            "cost_tier": self.cost_tier,
            "endpoint": endpoint,
            "status": "healthy",
            "metadata": {
                "deterministic": True,
                "price_per_1k_tokens_usd": PRICE_PER_1K_TOKENS[self.cost_tier],
                "version": "1",
            },
        }


def cost_usd(tokens: int, cost_tier: int) -> float:
    """What ``tokens`` cost at ``cost_tier``'s price, rounded to a millionth of a dollar."""
    return round(tokens / 1000 * PRICE_PER_1K_TOKENS[cost_tier], 6)


def tokens_used(contract: Contract, output: Mapping[str, Any]) -> int:
    """Deterministic token estimate of the input read plus the output written."""
    return estimate_tokens(
        contract.goal, contract.context, contract.candidate or "", *_strings(output)
    )


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


# --- planner ----------------------------------------------------------------------------

_ACTION_VERB_TEXT = """
add analyse analyze assess build calculate check choose clean collect combine compare
compile compute configure convert create decide define deliver deploy describe design
detect document download draft edit estimate evaluate explain export extract fetch filter
find fix format gather generate identify implement import improve install investigate list
load make measure merge migrate monitor optimise optimize organise organize outline parse
plan prepare present prioritise prioritize produce publish read record refactor remove
report research review revise rewrite run save scan schedule search select send set share
sort split store submit summarise summarize test train transform translate update upload
validate verify visualise visualize write
"""
ACTION_VERBS = frozenset(_ACTION_VERB_TEXT.split())
_VERB_ALTERNATIVES = "|".join(sorted(ACTION_VERBS))
# Sequencing words always end a step; a comma or "and" ends one only before an action verb,
# so "compare prices, features and reviews" stays one step.
_STEP_BREAK = re.compile(
    r"\s*(?:;|:|\band then\b|\bafter that\b|\bafterwards\b|\bthen\b|\bfinally\b|\bnext\b)\s*"
    rf"|\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:{_VERB_ALTERNATIVES})\b)",
    re.IGNORECASE,
)
_EDGE_PUNCTUATION = ",.;:!? \t\n"


def plan_steps(goal: str) -> list[str]:
    """The goal split into ordered clauses, one per step; never empty for a non-blank goal."""
    clauses: list[str] = []
    for sentence in sentences(goal):
        for part in _STEP_BREAK.split(sentence):
            clause = part.strip(_EDGE_PUNCTUATION)
            if words(clause):
                clauses.append(clause)
    if not clauses:
        clauses = [goal.strip()]
    return clauses[:MAX_PLAN_STEPS]


def _action(clause: str) -> str:
    first = words(clause)[:1]
    if first and first[0] in ACTION_VERBS:
        return first[0]
    return "handle"


# What each reference arm can do, by the verb a step starts with; the rest is text work,
# which the summarizer does.
_EXTRACTING = frozenset(
    "collect detect download extract fetch filter find gather identify import list load parse "
    "read record scan search select".split()
)
_EVALUATING = frozenset("assess check evaluate review test validate verify".split())


def step_capability(action: str) -> str:
    """The capability a step needs, named as the other reference arms advertise it."""
    if action in _EXTRACTING:
        return "extraction"
    if action in _EVALUATING:
        return "evaluation"
    return "summarization"


def plan(contract: Contract) -> Answer:
    """Decompose the goal into ordered steps, each naming the capability that can do it.

    The steps have the orchestrator's plan shape (``id``, ``instruction``, ``capabilities``,
    ``depends_on``), so the orchestrator runs them as they are.
    """
    clauses = plan_steps(contract.goal)
    steps: list[dict[str, Any]] = []
    actions = [_action(clause) for clause in clauses]
    for number, (clause, action) in enumerate(zip(clauses, actions, strict=True), start=1):
        steps.append(
            {
                "id": f"step-{number}",
                "instruction": clause[:1].upper() + clause[1:],
                "capabilities": [step_capability(action)],
                "depends_on": [f"step-{number - 1}"] if number > 1 else [],
            }
        )
    first_sentence = (sentences(contract.goal) or [contract.goal.strip()])[0]
    summary = f"{len(steps)} step{'s' if len(steps) != 1 else ''} to: {first_sentence[:160]}"
    # A goal that splits into several recognisable actions is a plan we are surer of.
    recognised = sum(1 for action in actions if action != "handle")
    confidence = round(min(0.95, 0.5 + 0.1 * recognised + 0.05 * (len(clauses) > 1)), 3)
    return Answer(
        output={"steps": steps, "summary": summary, "actions": actions}, confidence=confidence
    )


# --- summarizer -------------------------------------------------------------------------

DEFAULT_SUMMARY_SENTENCES = 3
KEY_POINT_COUNT = 5


def summarize(contract: Contract) -> Answer:
    """Extractive summary: the sentences whose words are most frequent in the whole text."""
    document = "\n".join(part for part in (contract.goal, contract.context) if part.strip())
    candidates = sentences(document)
    counts = frequencies(document)
    limit = contract.constraints.get("max_sentences", DEFAULT_SUMMARY_SENTENCES)
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
        limit = DEFAULT_SUMMARY_SENTENCES

    def score(index: int) -> tuple[float, int]:
        stems = [stem(word) for word in keywords(candidates[index])]
        total = sum(counts[item] for item in stems) / math.sqrt(len(stems)) if stems else 0.0
        # Earlier sentences win ties: in most texts they carry the topic.
        return (-total, index)

    chosen = sorted(sorted(range(len(candidates)), key=score)[:limit])
    summary = " ".join(candidates[index] for index in chosen)
    coverage = len(chosen) / len(candidates) if candidates else 0.0
    confidence = round(
        min(0.95, 0.6 + 0.35 * (1 - coverage) + 0.05 * min(len(candidates), 5) / 5), 3
    )
    return Answer(
        output={
            "summary": summary,
            "key_points": top_keywords(document, KEY_POINT_COUNT),
            "sentences_total": len(candidates),
            "sentences_selected": len(chosen),
        },
        confidence=confidence,
    )


# --- judge ------------------------------------------------------------------------------

DEFAULT_PASS_THRESHOLD = 0.5


def candidate_text(contract: Contract) -> str:
    """What the judge scores: ``candidate``, else ``metadata.candidate``, else the context."""
    for value in (contract.candidate, contract.metadata.get("candidate"), contract.context):
        if value is None or value == "":
            continue
        return value if isinstance(value, str) else json.dumps(value, sort_keys=True)
    return ""


def criterion_score(criterion: str, candidate: str) -> float:
    """Share of the criterion's keywords (by stem) that the candidate contains."""
    wanted = keyword_stems(criterion)
    if not wanted:
        return 1.0 if criterion.strip().lower() in candidate.lower() else 0.0
    return round(len(wanted & keyword_stems(candidate)) / len(wanted), 3)


def _missing_words(criterion: str, candidate: str) -> list[str]:
    present = keyword_stems(candidate)
    return list(dict.fromkeys(w for w in keywords(criterion) if stem(w) not in present))


def judge(contract: Contract) -> Answer:
    """Score the candidate against each acceptance criterion (the goal when there are none)."""
    candidate = candidate_text(contract)
    threshold = contract.constraints.get("pass_threshold", DEFAULT_PASS_THRESHOLD)
    if not isinstance(threshold, int | float) or isinstance(threshold, bool):
        threshold = DEFAULT_PASS_THRESHOLD
    criteria = list(contract.acceptance_criteria) or [contract.goal]
    results = []
    for criterion in criteria:
        score = criterion_score(criterion, candidate)
        results.append({"criterion": criterion, "met": score >= threshold, "score": score})
    overall = round(sum(item["score"] for item in results) / len(results), 3)
    unmet = [item for item in results if not item["met"]]
    feedback = (
        "Every criterion is met."
        if not unmet
        else " ".join(
            f"Not met: {item['criterion']!r} (missing: "
            f"{', '.join(_missing_words(item['criterion'], candidate))})."
            for item in unmet
        )
    )
    # Explicit criteria and a real candidate make a verdict we can stand behind.
    confidence = 0.3 if not candidate else 0.85 if contract.acceptance_criteria else 0.6
    return Answer(
        output={
            "criteria": results,
            "score": overall,
            "passed": all(item["met"] for item in results),
            "threshold": threshold,
            "feedback": feedback,
        },
        confidence=confidence,
    )


# --- extractor --------------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
_NUMBER = re.compile(r"(?<![\w.-])-?\d+(?:[.,]\d+)?%?(?![\w-])")
_PROPER = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b")


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))


def extract(contract: Contract) -> Answer:
    """Pull URLs, ISO dates, numbers, multi-word names and key terms out of goal and context."""
    text = "\n".join(part for part in (contract.goal, contract.context) if part.strip())
    urls = _unique([url.rstrip(".,;:") for url in _URL.findall(text)])
    without_urls = _URL.sub(" ", text)
    dates = _unique(_DATE.findall(without_urls))
    numbers = _unique(_NUMBER.findall(_DATE.sub(" ", without_urls)))
    names = _unique(_PROPER.findall(without_urls))
    terms = top_keywords(without_urls, 10)
    entities = {"urls": urls, "dates": dates, "numbers": numbers, "names": names}
    found = sum(len(items) for items in entities.values())
    return Answer(
        output={"entities": entities, "key_terms": terms, "count": found},
        confidence=0.9 if found else 0.5,
    )


ARMS: dict[str, Arm] = {
    arm.arm_id: arm
    for arm in (
        Arm(
            arm_id="planner",
            name="Reference planner",
            description="Decomposes a goal into ordered, dependent steps.",
            capabilities=("planning", "decomposition", "general"),
            cost_tier=2,
            run=plan,
        ),
        Arm(
            arm_id="summarizer",
            name="Reference summarizer",
            description="Extractive summary of the goal and context, with key points.",
            capabilities=("summarization", "summarize", "text", "general"),
            cost_tier=1,
            run=summarize,
        ),
        Arm(
            arm_id="judge",
            name="Reference judge",
            description="Scores a candidate output against the acceptance criteria.",
            capabilities=("evaluation", "validation", "judge", "review", "scoring"),
            cost_tier=3,
            run=judge,
        ),
        Arm(
            arm_id="extractor",
            name="Reference extractor",
            description="Extracts URLs, dates, numbers, names and key terms from text.",
            capabilities=("extraction", "extract", "entities", "text"),
            cost_tier=1,
            run=extract,
        ),
    )
}
DEFAULT_ARM = "planner"


def execute(arm: Arm, contract: Contract) -> dict[str, Any]:
    """Run ``arm`` on ``contract``: the answer with its token and cost accounting."""
    answer = arm.run(contract)
    tokens = tokens_used(contract, answer.output)
    cost = cost_usd(tokens, arm.cost_tier)
    return {
        "arm_id": arm.arm_id,
        "task_id": contract.task_id,
        "output": answer.output,
        "confidence": answer.confidence,
        "tokens_used": tokens,
        "cost_usd": cost,
        "within_budget": tokens <= contract.budget.max_tokens
        and cost <= contract.budget.max_cost_usd,
    }
