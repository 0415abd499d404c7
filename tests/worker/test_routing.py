"""Routing by capability, cost tier and health; aggregation against acceptance criteria."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestrator_worker.aggregation import aggregate, check_criteria
from orchestrator_worker.arms import ArmCapability
from orchestrator_worker.routing import ArmsUnhealthy, NoArmAvailable, _Words, route


def arm(
    arm_id: str, tags: tuple[str, ...], tier: int = 2, status: str = "healthy"
) -> ArmCapability:
    return ArmCapability(
        arm_id=arm_id,
        name=arm_id,
        endpoint=f"http://arms.test/arms/{arm_id}/execute",
        capabilities=tags,
        cost_tier=tier,
        status=status,
    )


PLANNER = arm("planner", ("planning", "decomposition", "general"), tier=2)
SUMMARIZER = arm("summarizer", ("summarization", "summarize", "general"), tier=1)
JUDGE = arm("judge", ("evaluation", "judge", "scoring"), tier=3)
ARMS = [PLANNER, SUMMARIZER, JUDGE]


def contract(goal: str, **extra: object) -> dict[str, object]:
    return {"goal": goal, "constraints": {}, **extra}


def plain_match(tag: str, text: str) -> bool:
    """The matching rule as documented, word by word."""
    tag = tag.lower()
    for word in set(re.findall(r"[a-z][a-z0-9_-]+", text.lower())):
        if word == tag:
            return True
        if len(word) >= 4 and (tag.startswith(word) or word.startswith(tag)):
            return True
        if len(word) >= 5 and len(tag) >= 5 and word[:5] == tag[:5]:
            return True
    return False


_letters = st.text(alphabet="abelmnrsz-", max_size=12)


@settings(max_examples=300)
@given(tag=_letters, data=st.data())
def test_the_indexed_matcher_agrees_with_the_plain_rule(tag: str, data: st.DataObject) -> None:
    # Words near the tag (its starts, its stem, longer words starting with it) and others.
    tails = st.one_of(st.just(""), _letters)
    near = st.builds(lambda cut, tail: tag[:cut] + tail, st.integers(0, len(tag)), tails)
    words = data.draw(st.lists(st.one_of(near, _letters), max_size=6))
    text = " ".join(words)
    assert _Words(text).match(tag) == plain_match(tag, text)


def test_goal_words_pick_the_matching_arm() -> None:
    decision = route(contract("Summarise this quarterly report"), ARMS)
    assert [a.arm_id for a in decision.arms] == ["summarizer"]
    assert decision.strategy == "best_match"
    scores = {c["arm_id"]: c["score"] for c in decision.scores}
    assert scores["summarizer"] > scores["planner"] == 0


def test_a_short_word_names_the_capability_it_starts() -> None:
    assert route(contract("Plan a product launch"), ARMS).arms == [PLANNER]


def test_cost_tier_breaks_ties() -> None:
    cheap = arm("cheap-planner", ("planning",), tier=1)
    decision = route(contract("Planning a launch"), [PLANNER, cheap])
    assert decision.arms == [cheap]


def test_unhealthy_and_open_breaker_arms_are_skipped() -> None:
    sick = arm("summarizer", ("summarization",), tier=1, status="unreachable")
    spare = arm("spare-summarizer", ("summarization",), tier=3)
    decision = route(contract("summarize it"), [sick, spare, PLANNER])
    assert decision.arms == [spare]  # the next arm able to summarize, not the planner
    decision = route(
        contract("summarize it"), [SUMMARIZER, spare], is_open=lambda a: a == "summarizer"
    )
    assert decision.arms[0].arm_id != "summarizer"


def test_an_unhealthy_matching_arm_makes_the_task_wait_not_go_elsewhere() -> None:
    sick = arm("summarizer", ("summarization",), tier=1, status="unreachable")
    with pytest.raises(ArmsUnhealthy, match="summarizer"):
        route(contract("summarize it"), [sick, PLANNER])
    with pytest.raises(ArmsUnhealthy, match="summarizer"):
        route(contract("summarize it"), ARMS, is_open=lambda a: a == "summarizer")


def test_a_goal_matching_no_capability_fails_with_the_capabilities_on_offer() -> None:
    with pytest.raises(NoArmAvailable, match="capabilities on offer: decomposition, evaluation"):
        route(contract("xyzzy"), ARMS)
    # A single arm no longer receives tasks outside its capabilities.
    with pytest.raises(NoArmAvailable, match="no DEFAULT_ARM"):
        route(contract("xyzzy"), [JUDGE])


def test_a_goal_matching_no_capability_goes_to_the_declared_default_arm() -> None:
    decision = route(contract("xyzzy"), ARMS, default_arm="summarizer")
    assert decision.arms == [SUMMARIZER]
    assert decision.strategy == "default"
    # A goal that matches an arm still goes to it.
    assert route(contract("plan it"), ARMS, default_arm="summarizer").arms == [PLANNER]
    with pytest.raises(ArmsUnhealthy, match="default arm"):
        route(contract("xyzzy"), ARMS, default_arm="summarizer", is_open=lambda a: True)
    with pytest.raises(NoArmAvailable, match="'translator' is not offered"):
        route(contract("xyzzy"), ARMS, default_arm="translator")


def test_assigned_arm_wins_and_unknown_assigned_arm_is_refused() -> None:
    assert route(contract("summarize", assigned_arm="judge"), ARMS).arms == [JUDGE]
    with pytest.raises(NoArmAvailable, match="nope"):
        route(contract("x", assigned_arm="nope"), ARMS)
    with pytest.raises(ArmsUnhealthy):
        route(contract("x", assigned_arm="judge"), ARMS, is_open=lambda a: a == "judge")


def test_required_capabilities_fan_out_to_several_arms() -> None:
    decision = route(
        contract("do it", constraints={"capabilities": ["planning", "evaluation"]}), ARMS
    )
    assert [a.arm_id for a in decision.arms] == ["planner", "judge"]
    with pytest.raises(NoArmAvailable, match="translation"):
        route(contract("x", constraints={"capabilities": ["translation"]}), ARMS)


def test_all_unhealthy_is_a_retryable_condition() -> None:
    with pytest.raises(ArmsUnhealthy):
        route(contract("plan"), [arm("planner", ("planning",), status="down")])
    with pytest.raises(NoArmAvailable):
        route(contract("plan"), [])


def test_criteria_are_checked_against_the_outputs() -> None:
    checked = check_criteria(
        ["Lists the deployment steps", "Mentions the rollback plan"],
        "Steps: 1. build 2. deployment to staging 3. list checks",
    )
    assert [c["met"] for c in checked] == [True, False]


def test_aggregate_combines_outputs_costs_and_failures() -> None:
    result = aggregate(
        {"acceptance_criteria": ["summary"], "budget": {"max_tokens": 100, "max_cost_usd": 1}},
        [
            {"arm_id": "a", "ok": True, "output": {"summary": "x"}, "confidence": 0.8,
             "tokens_used": 30, "cost_usd": 0.01},
            {"arm_id": "b", "ok": True, "output": {"steps": []}, "confidence": 0.6,
             "tokens_used": 20, "cost_usd": 0.02},
            {"arm_id": "c", "ok": False, "error": "arm c answered 500"},
        ],
    )  # fmt: skip
    assert result["answer"] == {"a": {"summary": "x"}, "b": {"steps": []}}
    assert result["confidence"] == 0.7
    assert result["tokens_used"] == 50 and result["cost_usd"] == 0.03
    assert result["within_budget"] is True
    assert result["all_criteria_met"] is True
    assert result["arms_failed"] == [{"arm_id": "c", "error": "arm c answered 500"}]
