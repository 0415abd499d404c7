"""Normalising Reflex Layer answers: ours and the OctoLLM Rust layer's serde output."""

from __future__ import annotations

from typing import Any

import pytest
import redis

from orchestrator_worker.reflex_client import (
    ReflexClient,
    ReflexRateLimited,
    ReflexUnavailable,
    normalize_report,
)
from shared.settings import Settings
from tests.support.http_stub import JsonHandler, serving, url_of


def _answer(status: str, **fields: Any) -> dict[str, Any]:
    return {
        "request_id": "r",
        "status": status,
        "pii_matches": [],
        "injection_matches": [],
        **fields,
    }


@pytest.mark.parametrize(
    ("status", "canonical"),
    [("Success", "Success"), ("success", "Success"), ("BLOCKED", "Blocked"), ("error", "Error")],
)
def test_status_in_any_case(status: str, canonical: str) -> None:
    assert normalize_report(_answer(status), "t")["status"] == canonical


@pytest.mark.parametrize("status", ["ratelimited", "rate_limited", "RateLimited"])
def test_rate_limited_in_every_serde_spelling(status: str) -> None:
    with pytest.raises(ReflexRateLimited):
        normalize_report(_answer(status), "t")


@pytest.mark.parametrize("body", [[], {"status": "maybe"}, {"no": "status"}, "Success"])
def test_anything_else_is_unavailable(body: Any) -> None:
    with pytest.raises(ReflexUnavailable):
        normalize_report(body, "t")


def test_rust_byte_offsets_become_character_positions() -> None:
    text = "Zoë ☃ mail a@b.co"
    start = len("Zoë ☃ mail ".encode())
    body = _answer(
        "success",
        pii_matches=[
            {
                "pii_type": "email",
                "start": start,
                "end": start + 6,
                "matched_text": "a@b.co",
                "confidence": 0.95,
            },
            {"pii_type": {"custom": "badge"}, "start": 0, "end": 4, "matched_text": "Zoë"},
        ],
        injection_matches=[
            {
                "injection_type": "dan_variant",
                "start": 0,
                "end": 4,
                "matched_text": "Zoë",
                "severity": "High",
                "confidence": 0.9,
                "indicators": ["dan"],
            }
        ],
    )
    report = normalize_report(body, text)
    email, custom = report["pii_matches"]
    assert (email["position"], email["length"]) == (text.index("a@b.co"), 6)
    assert "value" not in email and "matched_text" not in email
    assert custom["pii_type"] == "custom:badge"
    [injection] = report["injection_matches"]
    assert injection["severity"] == "high" and injection["indicators"] == ["dan"]
    assert injection["context_analysis"] == {
        "is_quoted": False,
        "is_academic": False,
        "is_testing": False,
        "is_negation": False,
    }
    assert report["pii_detected"] and report["injection_detected"]


def test_our_shape_and_ipv4_names() -> None:
    body = _answer(
        "Success",
        pii_matches=[{"pii_type": "ipv4", "value": "*.*.*.*", "position": 3, "confidence": 0.9}],
    )
    [match] = normalize_report(body, "ip 1.2.3.4")["pii_matches"]
    assert (match["pii_type"], match["position"], match["length"]) == ("ip_address", 3, 7)


def test_a_match_outside_the_text_is_unavailable_not_trusted() -> None:
    body = _answer("success", pii_matches=[{"pii_type": "ssn", "start": 5, "end": 99}])
    with pytest.raises(ReflexUnavailable, match="malformed"):
        normalize_report(body, "short")


class TooMany(JsonHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["Content-Length"]))
        self.send_json(429, {"error": {"message": "slow down"}})


def test_a_429_is_unavailable_for_now_not_a_refusal(
    worker_settings: Settings, redis_client: redis.Redis
) -> None:
    with serving(TooMany) as server:
        settings = Settings.from_env(
            {}, **{**worker_settings.__dict__, "reflex_url": url_of(server)}
        )
        with pytest.raises(ReflexUnavailable):
            ReflexClient(settings, redis_client).process("hello")
