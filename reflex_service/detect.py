"""The in-process entry point: ``analyze(text)`` runs the detectors, ``decide`` applies policy."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from reflex_service.injection import (
    DEFAULT_MIN_CONFIDENCE,
    ContextAnalysis,
    InjectionMatch,
    detect_injection,
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


def analyze(
    text: str,
    *,
    check_pii: bool = True,
    check_injection: bool = True,
    min_confidence: float = DEFAULT_MIN_CONFIDENCE,
) -> Report:
    """Detect PII and prompt injection in ``text``. Pure and thread-safe."""
    return Report(
        tuple(detect_pii(text)) if check_pii else (),
        tuple(detect_injection(text, min_confidence)) if check_injection else (),
    )


def decide(report: Report, policy: Policy | None = None) -> str:
    """``"Blocked"`` when a finding is one the policy blocks, else ``"Success"``."""
    policy = policy or Policy()
    if any(m.severity in policy.block_injection_severities for m in report.injection_matches):
        return BLOCKED
    if any(m.pii_type in policy.block_pii_types for m in report.pii_matches):
        return BLOCKED
    return SUCCESS
