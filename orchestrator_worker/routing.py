"""Routing: which arms can do a task, by capability match, then cost tier, then health."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from orchestrator_worker.arms import ArmCapability

_WORD = re.compile(r"[a-z][a-z0-9_-]+")
_STEM = 5  # "summarise" and "summarization" share "summa"
_PREFIX = 4  # "plan" names "planning", "judge" names "judges"


class NoArmAvailable(Exception):
    """No known arm can do this task: retrying will not help."""


class ArmsUnhealthy(Exception):
    """Arms that could do the task exist but none is healthy right now: try later."""


@dataclass(frozen=True)
class RouteDecision:
    arms: list[ArmCapability]
    scores: list[dict[str, Any]]
    strategy: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "strategy": self.strategy,
            "selected": [arm.arm_id for arm in self.arms],
            "candidates": self.scores,
        }


class _Words:
    """The words of a goal, indexed so that matching a tag costs a few set lookups.

    A tag matches a word when they are equal, when one starts with the other and the word
    has at least ``_PREFIX`` letters, or when both have at least ``_STEM`` letters and share
    their first ``_STEM``.
    """

    def __init__(self, text: str) -> None:
        self.words = set(_WORD.findall(text.lower()))
        long_words = [w for w in self.words if len(w) >= _PREFIX]
        self.long = set(long_words)
        # Every start of a long word: "word starts with tag" is one lookup.
        self.starts = {w[:end] for w in long_words for end in range(len(w))}
        self.stems = {w[:_STEM] for w in long_words if len(w) >= _STEM}

    def match(self, tag: str) -> bool:
        tag, stem, starts = _tag_forms(tag)
        return (
            tag in self.words
            or tag in self.starts
            or stem in self.stems
            # A long word the tag starts with.
            or not self.long.isdisjoint(starts)
        )


@functools.lru_cache(maxsize=4096)
def _tag_forms(tag: str) -> tuple[str, str | None, frozenset[str]]:
    """A tag lowercased, its stem, and its starts a long word could be: arms' tags repeat."""
    tag = tag.lower()
    stem = tag[:_STEM] if len(tag) >= _STEM else None
    return tag, stem, frozenset(tag[:end] for end in range(_PREFIX, len(tag)))


def required_capabilities(contract: dict[str, Any]) -> list[str]:
    """Capabilities the contract asks for explicitly in ``constraints.capabilities``."""
    constraints = contract.get("constraints") or {}
    wanted = constraints.get("capabilities") or constraints.get("required_capabilities") or []
    if isinstance(wanted, str):
        wanted = [wanted]
    return [str(c).lower() for c in wanted if str(c).strip()]


def route(
    contract: dict[str, Any],
    arms: list[ArmCapability],
    *,
    is_open: Callable[[str], bool] = lambda _arm_id: False,
    default_arm: str | None = None,
) -> RouteDecision:
    """Choose the arms for ``contract``.

    ``assigned_arm`` wins when given. Otherwise each capability in
    ``constraints.capabilities`` gets the best arm that has it (several capabilities fan
    out to several arms); without any, the one arm whose tags best match the goal and
    constraints. Ties go to the lower cost tier; unhealthy arms and arms whose breaker
    refuses calls are skipped (while an arm that matches is only unhealthy, the task waits
    for it). A goal that matches no arm's capabilities goes to ``default_arm`` when one is
    declared (``DEFAULT_ARM``), else no arm can do it.
    """
    constraint_text = " ".join(
        f"{k} {v}" for k, v in (contract.get("constraints") or {}).items() if k != "capabilities"
    )
    words = _Words(f"{contract.get('goal', '')} {constraint_text}")
    candidates: list[dict[str, Any]] = []
    for arm in arms:
        matched = sorted(tag for tag in arm.capabilities if words.match(tag))
        usable = arm.healthy and not is_open(arm.arm_id)
        candidates.append(
            {
                "arm_id": arm.arm_id,
                "score": len(matched),
                "matched": matched,
                "cost_tier": arm.cost_tier,
                "healthy": usable,
            }
        )
    by_id = {arm.arm_id: arm for arm in arms}
    usable_ids = {c["arm_id"] for c in candidates if c["healthy"]}

    def rank(arm_ids: Iterable[str]) -> list[str]:
        score = {c["arm_id"]: c["score"] for c in candidates}
        return sorted(arm_ids, key=lambda a: (-score[a], by_id[a].cost_tier, a))

    assigned = contract.get("assigned_arm")
    if assigned:
        if assigned not in by_id:
            raise NoArmAvailable(f"assigned arm {assigned!r} is not offered by any arm service")
        if assigned not in usable_ids:
            raise ArmsUnhealthy(f"assigned arm {assigned!r} is unhealthy")
        return RouteDecision([by_id[assigned]], candidates, "assigned")

    wanted = required_capabilities(contract)
    if wanted:
        chosen: list[ArmCapability] = []
        for capability in wanted:
            able = [a.arm_id for a in arms if capability in a.capabilities]
            if not able:
                raise NoArmAvailable(f"no arm offers the capability {capability!r}")
            healthy = [a for a in able if a in usable_ids]
            if not healthy:
                raise ArmsUnhealthy(f"every arm offering {capability!r} is unhealthy")
            best = by_id[rank(healthy)[0]]
            if best not in chosen:
                chosen.append(best)
        return RouteDecision(chosen, candidates, "capabilities")

    if not arms:
        raise NoArmAvailable("no arm service answered with any arm")
    matching = [c["arm_id"] for c in candidates if c["score"] > 0]
    if matching:
        able = [a for a in matching if a in usable_ids]
        if not able:
            raise ArmsUnhealthy(
                "every arm matching the goal is unhealthy: " + ", ".join(sorted(matching))
            )
        return RouteDecision([by_id[rank(able)[0]]], candidates, "best_match")
    if default_arm:
        if default_arm not in by_id:
            raise NoArmAvailable(
                f"no arm's capabilities match the goal, and the default arm {default_arm!r} "
                f"is not offered by any arm service; capabilities on offer: {_offer(arms)}"
            )
        if default_arm not in usable_ids:
            raise ArmsUnhealthy(f"the default arm {default_arm!r} is unhealthy")
        return RouteDecision([by_id[default_arm]], candidates, "default")
    raise NoArmAvailable(
        f"no arm's capabilities match the goal and no DEFAULT_ARM is set; "
        f"capabilities on offer: {_offer(arms)}"
    )


def _offer(arms: list[ArmCapability]) -> str:
    return ", ".join(sorted({tag for arm in arms for tag in arm.capabilities})) or "none"
