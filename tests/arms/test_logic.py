"""The arms' own logic, called directly: plans, summaries, verdicts, extraction, accounting."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from marshmallow import ValidationError

from reference_arms.arms import (
    ARMS,
    PRICE_PER_1K_TOKENS,
    Budget,
    Contract,
    cost_usd,
    criterion_score,
    execute,
    plan_steps,
)
from reference_arms.schemas import load_contract
from reference_arms.text import estimate_tokens, sentences, stem, top_keywords, words
from shared.plans import load_steps


def run(arm_id: str, **fields: object) -> dict[str, object]:
    contract, _ = load_contract(fields)
    return execute(ARMS[arm_id], contract)


# --- planner ------------------------------------------------------------------------------


def test_plan_splits_on_sentences_sequencing_words_and_verbs() -> None:
    steps = plan_steps(
        "Research three vector databases, compare prices, features and reviews, "
        "and then write a recommendation. Finally send it to the team."
    )
    assert steps == [
        "Research three vector databases",
        "compare prices, features and reviews",
        "write a recommendation",
        "send it to the team",
    ]


def test_plan_keeps_a_single_clause_goal_as_one_step() -> None:
    assert plan_steps("the quarterly numbers") == ["the quarterly numbers"]
    assert plan_steps("!!!") == ["!!!"]


def test_planner_output_is_a_valid_plan_naming_the_reference_capabilities() -> None:
    answer = run(
        "planner",
        goal="Collect the logs; analyze the errors, check the totals and then write a report.",
        acceptance_criteria=["names the top error"],
    )
    output = answer["output"]
    assert isinstance(output, dict)
    steps = output["steps"]
    # The orchestrator validates a planner's plan with the client's rules: this one passes.
    assert load_steps(steps) == steps
    assert [step["id"] for step in steps] == ["step-1", "step-2", "step-3", "step-4"]
    assert output["actions"] == ["collect", "analyze", "check", "write"]
    assert [step["capabilities"] for step in steps] == [
        ["extraction"],
        ["summarization"],
        ["evaluation"],
        ["summarization"],
    ]
    assert steps[0]["depends_on"] == []
    assert steps[2]["depends_on"] == ["step-2"]
    assert steps[1]["instruction"] == "Analyze the errors"
    assert output["summary"].startswith("4 steps to: Collect the logs")
    # Every capability the plan names is offered by another reference arm.
    offered = {c for arm in ARMS.values() if arm.arm_id != "planner" for c in arm.capabilities}
    assert {c for step in steps for c in step["capabilities"]} <= offered


def test_planner_marks_unrecognised_clauses_as_handle_with_lower_confidence() -> None:
    vague = run("planner", goal="the quarterly numbers")
    clear = run("planner", goal="Load the data, clean it and then plot a chart.")
    assert vague["output"]["actions"] == ["handle"]  # type: ignore[index]
    assert vague["output"]["steps"][0]["capabilities"] == ["summarization"]  # type: ignore[index]
    assert vague["output"]["summary"] == "1 step to: the quarterly numbers"  # type: ignore[index]
    assert float(vague["confidence"]) < float(clear["confidence"])  # type: ignore[arg-type]


def test_judge_gives_feedback_naming_what_is_missing() -> None:
    output = run("judge", goal="g", acceptance_criteria=["mentions margins"],
                 candidate="Revenue grew.")["output"]  # fmt: skip
    assert isinstance(output, dict)
    assert output["passed"] is False
    assert "margins" in output["feedback"]
    passed = run("judge", goal="g", acceptance_criteria=["mentions margins"],
                 candidate="Margins mentioned.")["output"]  # fmt: skip
    assert passed["feedback"] == "Every criterion is met."  # type: ignore[index]


def test_a_step_is_done_on_its_instruction_with_its_inputs_as_context() -> None:
    contract, _ = load_contract(
        {"goal": "The whole task", "step": {"id": "b", "instruction": "Summarize the notes"},
         "inputs": {"a": {"summary": "Redis is fast.", "count": 3}}}
    )  # fmt: skip
    assert contract.goal == "Summarize the notes"
    assert "Redis is fast." in contract.context


# --- summarizer ---------------------------------------------------------------------------

ARTICLE = (
    "Redis is an in-memory data store. Redis is used as a cache and as a message broker. "
    "Postgres is a relational database. Many teams run Redis and Postgres together. "
    "The weather was nice that day."
)


def test_summarizer_picks_the_most_representative_sentences_in_text_order() -> None:
    output = run("summarizer", goal="Summarize this.", context=ARTICLE)["output"]
    assert output == {
        "summary": "Redis is an in-memory data store. Redis is used as a cache and as a "
        "message broker. Many teams run Redis and Postgres together.",
        "key_points": ["redis", "postgres", "summarize", "in-memory", "data"],
        "sentences_total": 6,
        "sentences_selected": 3,
    }


def test_summarizer_honours_max_sentences_and_ignores_a_bad_value() -> None:
    one = run("summarizer", goal=ARTICLE, constraints={"max_sentences": 1})["output"]
    assert one["summary"] == "Many teams run Redis and Postgres together."  # type: ignore[index]
    fallback = run("summarizer", goal=ARTICLE, constraints={"max_sentences": "two"})["output"]
    assert fallback["sentences_selected"] == 3  # type: ignore[index]


def test_summarizer_of_a_short_goal_returns_it_whole() -> None:
    output = run("summarizer", goal="Ship the release")["output"]
    assert output["summary"] == "Ship the release"  # type: ignore[index]


# --- judge --------------------------------------------------------------------------------


def test_judge_scores_each_criterion_by_keyword_overlap() -> None:
    output = run(
        "judge",
        goal="Judge the recommendation",
        acceptance_criteria=["mentions pricing", "recommends one database", "cites sources"],
        candidate="We recommend Qdrant: its pricing is the lowest of the databases compared.",
    )["output"]
    assert output["criteria"] == [  # type: ignore[index]
        {"criterion": "mentions pricing", "met": True, "score": 0.5},
        {"criterion": "recommends one database", "met": True, "score": 0.667},
        {"criterion": "cites sources", "met": False, "score": 0.0},
    ]
    assert output["score"] == pytest.approx(0.389)  # type: ignore[index]
    assert output["passed"] is False  # type: ignore[index]


def test_judge_reads_the_candidate_from_metadata_then_context() -> None:
    from_metadata = run(
        "judge",
        goal="g",
        acceptance_criteria=["uses caching"],
        metadata={"candidate": "uses caching"},
    )
    from_context = run(
        "judge", goal="g", acceptance_criteria=["uses caching"], context="it uses caching"
    )
    assert from_metadata["output"]["score"] == 1.0  # type: ignore[index]
    assert from_context["output"]["score"] == 1.0  # type: ignore[index]


def test_judge_threshold_constraint_decides_met() -> None:
    strict = run(
        "judge",
        goal="g",
        acceptance_criteria=["mentions pricing"],
        candidate="pricing",
        constraints={"pass_threshold": 0.9},
    )["output"]
    assert strict["criteria"][0]["met"] is False  # type: ignore[index]
    assert strict["threshold"] == 0.9  # type: ignore[index]


def test_judge_without_criteria_scores_against_the_goal_and_without_candidate_fails() -> None:
    no_criteria = run("judge", goal="explain caching", candidate="caching explained")
    assert no_criteria["output"]["criteria"][0]["criterion"] == "explain caching"  # type: ignore[index]
    assert no_criteria["output"]["passed"] is True  # type: ignore[index]
    empty = run("judge", goal="g", acceptance_criteria=["uses caching"])
    assert empty["output"]["score"] == 0.0  # type: ignore[index]
    assert empty["confidence"] == 0.3


def test_judge_accepts_a_structured_candidate() -> None:
    output = run("judge", goal="g", acceptance_criteria=["lists steps"], candidate={"steps": [1]})
    assert output["output"]["criteria"][0]["score"] == 0.5  # type: ignore[index]


def test_criterion_without_keywords_is_matched_literally() -> None:
    assert criterion_score("ok", "it is OK now") == 1.0
    assert criterion_score("ok", "fine") == 0.0


# --- extractor ----------------------------------------------------------------------------


def test_extractor_finds_urls_dates_numbers_and_names() -> None:
    output = run(
        "extractor",
        goal="See https://example.com/a.html, on 2024-05-01 we sold 1,200 units (15%) "
        "to Acme Corp in New York.",
    )["output"]
    assert output["entities"] == {  # type: ignore[index]
        "urls": ["https://example.com/a.html"],
        "dates": ["2024-05-01"],
        "numbers": ["1,200", "15%"],
        "names": ["Acme Corp", "New York"],
    }
    assert output["count"] == 6  # type: ignore[index]


def test_extractor_with_nothing_to_find_has_low_confidence() -> None:
    answer = run("extractor", goal="nothing here")
    assert answer["output"]["count"] == 0  # type: ignore[index]
    assert answer["confidence"] == 0.5


# --- accounting and helpers ---------------------------------------------------------------


def test_tokens_and_cost_follow_the_tier_price() -> None:
    answer = run("summarizer", goal="one two three four five six seven eight nine ten")
    assert answer["tokens_used"] == estimate_tokens(
        "one two three four five six seven eight nine ten",
        "one two three four five six seven eight nine ten",
        "one",
        "two",
        "three",
        "four",
        "five",
    )
    assert answer["cost_usd"] == cost_usd(int(answer["tokens_used"]), 1)  # type: ignore[call-overload]
    assert cost_usd(1000, 3) == PRICE_PER_1K_TOKENS[3]
    assert estimate_tokens("a b c d e f g h i j") == 13
    assert estimate_tokens("") == 1


def test_within_budget_is_false_when_the_token_budget_is_too_small() -> None:
    assert run("planner", goal="Write a long plan for the migration")["within_budget"] is True
    tight = run("planner", goal="Write a long plan for the migration", budget={"max_tokens": 1})
    assert tight["within_budget"] is False


def test_capability_record_names_the_endpoint_and_price() -> None:
    record = ARMS["judge"].capability("http://arms:8200/arms/judge/execute")
    assert record["endpoint"] == "http://arms:8200/arms/judge/execute"
    assert record["cost_tier"] == 3
    assert record["capabilities"] == ["evaluation", "validation", "judge", "review", "scoring"]
    assert record["metadata"]["price_per_1k_tokens_usd"] == PRICE_PER_1K_TOKENS[3]


def test_text_helpers() -> None:
    assert sentences("One. Two!\nThree") == ["One.", "Two!", "Three"]
    assert words("Don't stop-me, now_") == ["don't", "stop-me", "now_"]
    assert stem("summarised") == "summaris"
    assert stem("cats") == "cat"
    assert top_keywords("cache caches CACHE store", 2) == ["cache", "store"]


# --- contract parsing ---------------------------------------------------------------------


def test_load_contract_fills_defaults_and_ignores_unknown_fields() -> None:
    contract, fields = load_contract({"goal": "g", "parent_task_id": "p", "extra": 1})
    assert contract == Contract(goal="g", budget=Budget())
    assert fields["arm_id"] is None


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "goal"),
        ({"goal": "   "}, "goal"),
        ({"goal": 3}, "goal"),
        ({"goal": "x" * 10_001}, "goal"),
        ({"goal": "g", "context": 5}, "context"),
        ({"goal": "g", "acceptance_criteria": "one"}, "acceptance_criteria"),
        ({"goal": "g", "budget": {"max_tokens": 0}}, "budget"),
        ({"goal": "g", "budget": {"max_time_seconds": 4000}}, "budget"),
        ({"goal": "g", "priority": "urgent"}, "priority"),
        ({"goal": "g", "metadata": []}, "metadata"),
        ({"goal": "g", "metadata": {"simulate_seconds": -1}}, "metadata"),
        ({"goal": "g", "metadata": {"simulate_seconds": True}}, "metadata"),
        ({"goal": "g", "metadata": {"simulate_seconds": "5"}}, "metadata"),
        ({"goal": "g", "metadata": {"simulate_failure": "418"}}, "metadata"),
    ],
)
def test_load_contract_names_the_bad_field(body: dict[str, object], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        load_contract(body)
    assert field in caught.value.messages


def test_load_contract_treats_null_optional_fields_as_omitted() -> None:
    contract, _ = load_contract(
        {
            "goal": "g",
            "context": None,
            "constraints": None,
            "acceptance_criteria": None,
            "budget": None,
            "priority": None,
            "metadata": None,
            "parent_task_id": None,
            "assigned_arm": None,
        }
    )
    assert contract == Contract(goal="g", budget=Budget())
    with pytest.raises(ValidationError) as caught:
        load_contract({"goal": None})
    assert "goal" in caught.value.messages


def test_load_contract_rejects_a_body_that_is_not_an_object() -> None:
    with pytest.raises(ValidationError) as caught:
        load_contract(["goal"])
    assert caught.value.messages == {"_schema": ["The body must be a JSON object."]}


# --- properties ---------------------------------------------------------------------------

goals = st.text(min_size=1, max_size=300).filter(lambda text: bool(text.strip()))


@settings(max_examples=60, deadline=None)
@given(goal=goals, context=st.text(max_size=300), criteria=st.lists(st.text(max_size=40)))
def test_every_arm_is_deterministic_and_well_formed(
    goal: str, context: str, criteria: list[str]
) -> None:
    contract = Contract(goal=goal, context=context, acceptance_criteria=tuple(criteria))
    for arm in ARMS.values():
        first = execute(arm, contract)
        assert execute(arm, contract) == first
        assert 0.0 <= float(first["confidence"]) <= 1.0
        assert int(first["tokens_used"]) >= 1
        assert float(first["cost_usd"]) >= 0
    plan = execute(ARMS["planner"], contract)["output"]
    assert len(plan["steps"]) >= 1  # type: ignore[index]
