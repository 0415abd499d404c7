"""Batching a contract's texts for the Reflex Layer and mapping findings back to fields."""

from __future__ import annotations

from typing import Any

from orchestrator_worker import screening
from orchestrator_worker.reflex_client import normalize_report

CONTRACT: dict[str, Any] = {
    "goal": "Summarise the report",
    "context": "Quarterly numbers",
    "acceptance_criteria": ["short", "mentions 123-45-6789"],
    "constraints": {"style": "plain", "limits": {"words": 100}},
    "metadata": {"notes": "call 415-555-2671", "tags": ["a", "b"]},
    "budget": {"max_tokens": 100},
    "priority": "high",
    "webhook_url": "https://hooks.example.com/t?token=Abc123456",
}


def _fields(contract: dict[str, Any]) -> list[str]:
    return [p.field for piece in screening.pieces_of(contract) for p in piece if p.field]


def test_every_text_an_arm_receives_is_a_named_field_and_keys_too() -> None:
    assert _fields(CONTRACT) == [
        "goal",
        "context",
        "acceptance_criteria[0]",
        "acceptance_criteria[1]",
        "constraints.style#key",
        "constraints.style",
        "constraints.limits#key",
        "constraints.limits.words#key",
        "constraints.limits.words",
        "metadata.notes#key",
        "metadata.notes",
        "metadata.tags#key",
        "metadata.tags[0]",
        "metadata.tags[1]",
    ]


def test_one_batch_and_offsets_map_back_to_fields() -> None:
    [batch] = screening.build_batches(screening.pieces_of(CONTRACT))
    ssn = batch.text.index("123-45-6789")
    assert batch.locate(ssn) == ("acceptance_criteria[1]", len("mentions "))
    phone = batch.text.index("415-555-2671")
    assert batch.locate(phone) == ("metadata.notes", len("call "))
    assert "notes: call" in batch.text  # a key labels its value


def test_batches_respect_the_size_limit_and_long_fields_are_cut() -> None:
    contract = {"goal": "x" * 50, "context": "y" * 120, "metadata": {"k": "z" * 30}}
    batches = screening.build_batches(screening.pieces_of(contract), limit=100)
    assert all(len(b.text) <= 100 for b in batches)
    assert "".join(b.text for b in batches).count("y") == 120
    second_chunk = next(b for b in batches if b.text.startswith("y" * 20))
    assert second_chunk.locate(0)[0] == "context"


def _fake_reflex(report_for: dict[str, Any]) -> Any:
    def process(text: str) -> dict[str, Any]:
        matches = [
            {"pii_type": t, "position": text.index(v), "value": v, "confidence": 0.9}
            for v, t in report_for.items()
            if v in text
        ]
        body = {"status": "Blocked" if matches else "Success", "pii_matches": matches}
        return normalize_report(body, text)

    return process


def test_findings_name_field_position_and_carry_only_masked_values() -> None:
    report = screening.screen_pieces(
        _fake_reflex({"123-45-6789": "ssn"}), screening.pieces_of(CONTRACT)
    )
    assert report["status"] == "Blocked" and report["calls"] == 1
    [finding] = report["pii_matches"]
    assert finding["field"] == "acceptance_criteria[1]"
    assert finding["position"] == len("mentions ")
    assert finding["value"] == "***-**-6789"
    assert "123-45-6789" not in repr(report)


def test_a_foreign_layers_raw_values_and_contexts_are_masked() -> None:
    def foreign(text: str) -> dict[str, Any]:
        start = text.index("123-45-6789")
        body = {
            "status": "success",
            "pii_matches": [
                {
                    "pii_type": "ssn",
                    "position": start,
                    "value": "123-45-6789",
                    "confidence": 0.9,
                    "context": "mentions 123-45-6789",
                }
            ],
        }
        return normalize_report(body, text)

    report = screening.screen_pieces(foreign, screening.pieces_of(CONTRACT))
    assert report["status"] == "Success"
    assert "123-45-6789" not in repr(report)
    assert report["pii_matches"][0]["context"] == "mentions ***-**-6789"


def test_nothing_to_screen_is_success_without_a_call() -> None:
    calls: list[str] = []
    report = screening.screen_pieces(lambda t: calls.append(t) or {}, [])
    assert report["status"] == "Success" and calls == []
    assert screening.text_piece("steps.a.output", "") == []


def test_a_block_stops_the_remaining_batches() -> None:
    seen: list[str] = []

    def process(text: str) -> dict[str, Any]:
        seen.append(text)
        return {"status": "Blocked", "pii_matches": [], "injection_matches": []}

    pieces = screening.pieces_of({"goal": "a" * 80, "context": "b" * 80})
    assert screening.screen_pieces(process, pieces, limit=100)["status"] == "Blocked"
    assert len(seen) == 1
