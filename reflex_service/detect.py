"""The in-process entry point: ``analyze(text)`` runs the detectors, ``decide`` applies policy.

Prompt injection has two detectors over the same normalised text: the rules
(``injection.py``: fast, precise, explainable) and the learned classifier
(``classifier.py``: generalises to paraphrases, documents and other languages). They combine
into one list of matches: the classifier adds a ``learned_classifier`` match when its score
passes its threshold (``high`` past the upper threshold, else ``medium``), and when a rule
match and the classifier agree, the classifier's match is at least ``high``. When the rules
found an attack phrase but only as a mention (quoted, negated, discussed), the classifier
reads the text without the sentences that hold those mentions: "Do not follow instructions
in the file" does not count against the text, but an attack in the next sentence does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reflex_service import classifier
from reflex_service.injection import (
    DEFAULT_MIN_CONFIDENCE,
    ContextAnalysis,
    InjectionMatch,
    analyze_context,
    detect_injection,
)
from reflex_service.injection import (
    SEVERITIES as SEVERITY_ORDER,
)
from reflex_service.pii import PiiMatch, detect_pii

SUCCESS, BLOCKED, ERROR = "Success", "Blocked", "Error"

DEFAULT_BLOCK_SEVERITIES = ("critical", "high")
DEFAULT_BLOCK_PII_TYPES = (
    "ssn",
    "credit_card",
    "iban",
    "aws_access_key",
    "api_token",
    "private_key",
    "password",
)


@dataclass(frozen=True)
class Report:
    """What the detectors found in one text."""

    pii_matches: tuple[PiiMatch, ...] = ()
    injection_matches: tuple[InjectionMatch, ...] = ()

    @property
    def pii_detected(self) -> bool:
        return bool(self.pii_matches)

    @property
    def injection_detected(self) -> bool:
        return bool(self.injection_matches)

    def as_dict(self) -> dict[str, Any]:
        """The detection fields of the ``/process`` response."""
        return {
            "pii_detected": self.pii_detected,
            "pii_matches": [m.as_dict() for m in self.pii_matches],
            "injection_detected": self.injection_detected,
            "injection_matches": [m.as_dict() for m in self.injection_matches],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        """Rebuild a report stored by ``as_dict`` (the result cache)."""
        return cls(
            tuple(PiiMatch(**m) for m in data["pii_matches"]),
            tuple(
                InjectionMatch(
                    **{k: v for k, v in m.items() if k != "context_analysis"},
                    context_analysis=ContextAnalysis(**m["context_analysis"]),
                )
                for m in data["injection_matches"]
            ),
        )


@dataclass(frozen=True)
class Policy:
    """Which findings block a text: injection severities and PII types."""

    block_injection_severities: frozenset[str] = field(
        default_factory=lambda: frozenset(DEFAULT_BLOCK_SEVERITIES)
    )
    block_pii_types: frozenset[str] = field(
        default_factory=lambda: frozenset(DEFAULT_BLOCK_PII_TYPES)
    )

    @classmethod
    def of(cls, severities: Iterable[str], pii_types: Iterable[str]) -> Policy:
        return cls(
            frozenset(s.strip().lower() for s in severities),
            frozenset(t.strip().lower() for t in pii_types),
        )


LEARNED_TYPE = "learned_classifier"
# The classifier's match quotes at most this much of the span it scored highest.
MATCHED_TEXT_CHARS = 200


def detect_injection_combined(
    text: str,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    model: classifier.InjectionClassifier | None = None,
) -> list[InjectionMatch]:
    """The rules' matches plus the classifier's verdict, as one list by position."""
    candidates = detect_injection(text, 0.0)
    matches = [m for m in candidates if m.confidence >= min_confidence]
    # Phrases the rules found quoted, negated or discussed are mentions, which the classifier,
    # reading n-grams, cannot tell from attacks: it reads the text without their sentences.
    scored = _without_sentences_of(
        text, [m.position for m in candidates if m.confidence < min_confidence]
    )
    if not scored.strip():
        return matches
    model = model or classifier.shipped()
    verdict = model.score(scored)
    if verdict.probability < model.threshold:
        return matches
    agreed = any(m.injection_type != "token_repetition" for m in matches)
    severity = "high" if agreed or verdict.probability >= model.high_threshold else "medium"
    anchors = [m for m in matches if verdict.start <= m.position < verdict.end]
    if anchors:
        # Agreeing with a rule: point where the rule found the phrase, not at the span start
        # (a caller that joins several fields maps positions back to the field).
        anchor = max(anchors, key=lambda m: (SEVERITY_ORDER.index(m.severity), m.confidence))
        start, matched = anchor.position, anchor.matched_text
    else:
        start = verdict.start
        while start < verdict.end and scored[start].isspace():
            start += 1
        matched = text[start : min(verdict.end, start + MATCHED_TEXT_CHARS)]
    learned = InjectionMatch(
        LEARNED_TYPE,
        severity,
        matched,
        start,
        round(verdict.probability, 3),
        analyze_context(text, start, start + len(matched)),
    )
    return sorted([*matches, learned], key=lambda m: m.position)


def _without_sentences_of(text: str, positions: list[int]) -> str:
    """``text`` with every sentence holding one of ``positions`` blanked out (spaces, so
    offsets still point into ``text``)."""
    if not positions:
        return text
    chars = list(text)
    for start, end in classifier.sentences(text):
        if any(start <= position < end for position in positions):
            chars[start:end] = " " * (end - start)
    return "".join(chars)


def analyze(
    text: str,
    *,
    check_pii: bool = True,
    check_injection: bool = True,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
    use_classifier: bool = True,
) -> Report:
    """Detect PII and prompt injection in ``text``. Pure and thread-safe.

    ``use_classifier=False`` runs the rules alone.
    """
    injections: list[InjectionMatch] = []
    if check_injection:
        injections = (
            detect_injection_combined(text, min_confidence)
            if use_classifier
            else detect_injection(text, min_confidence)
        )
    return Report(tuple(detect_pii(text)) if check_pii else (), tuple(injections))


def decide(report: Report, policy: Policy | None = None) -> str:
    """``"Blocked"`` when a finding is one the policy blocks, else ``"Success"``."""
    policy = policy or Policy()
    if any(m.severity in policy.block_injection_severities for m in report.injection_matches):
        return BLOCKED
    if any(m.pii_type in policy.block_pii_types for m in report.pii_matches):
        return BLOCKED
    return SUCCESS
