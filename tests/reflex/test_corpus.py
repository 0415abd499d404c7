"""The detectors scored on the labelled corpus: recall, precision and false-positive rate."""

from __future__ import annotations

import pytest

from reflex_service.detect import Report, analyze
from tests.reflex.corpus import CORPUS, INJECTION_FAMILIES, PII_TYPES, Case

RECALL_TARGET = 0.95
FPR_TARGET = 0.03
PER_TYPE_RECALL_TARGET = 0.9
PER_TYPE_PRECISION_TARGET = 0.9


@pytest.fixture(scope="module")
def reports() -> list[tuple[Case, Report]]:
    return [(case, analyze(case.text)) for case in CORPUS]


def _pii_types(report: Report) -> set[str]:
    return {m.pii_type for m in report.pii_matches}


def _injection_types(report: Report) -> set[str]:
    return {m.injection_type for m in report.injection_matches}


def test_corpus_is_large_and_covers_every_type() -> None:
    assert len(CORPUS) >= 300
    for pii_type in PII_TYPES:
        assert sum(pii_type in c.pii for c in CORPUS) >= 5, pii_type
    for family in INJECTION_FAMILIES:
        assert sum(c.injection == family for c in CORPUS) >= 15, family
    assert sum(not c.pii and not c.injection for c in CORPUS) >= 100


def test_pii_recall_and_false_positive_rate(reports: list[tuple[Case, Report]]) -> None:
    positives = [(c, r) for c, r in reports if c.pii]
    negatives = [(c, r) for c, r in reports if not c.pii]
    recall = sum(c.pii <= _pii_types(r) for c, r in positives) / len(positives)
    false_positives = [c.text for c, r in negatives if r.pii_detected]
    assert recall >= RECALL_TARGET
    assert len(false_positives) / len(negatives) <= FPR_TARGET, false_positives


@pytest.mark.parametrize("pii_type", PII_TYPES)
def test_pii_precision_and_recall_per_type(
    reports: list[tuple[Case, Report]], pii_type: str
) -> None:
    expected = [(c, r) for c, r in reports if pii_type in c.pii]
    predicted = [(c, r) for c, r in reports if pii_type in _pii_types(r)]
    missed = [c.text for c, r in expected if pii_type not in _pii_types(r)]
    wrong = [c.text for c, r in predicted if pii_type not in c.pii]
    assert 1 - len(missed) / len(expected) >= PER_TYPE_RECALL_TARGET, missed
    assert 1 - len(wrong) / len(predicted) >= PER_TYPE_PRECISION_TARGET, wrong


def test_injection_recall_and_false_positive_rate(reports: list[tuple[Case, Report]]) -> None:
    positives = [(c, r) for c, r in reports if c.injection]
    negatives = [(c, r) for c, r in reports if not c.injection]
    missed = [c.text for c, r in positives if not r.injection_detected]
    false_positives = [c.text for c, r in negatives if r.injection_detected]
    assert 1 - len(missed) / len(positives) >= RECALL_TARGET, missed
    assert len(false_positives) / len(negatives) <= FPR_TARGET, false_positives


@pytest.mark.parametrize("family", INJECTION_FAMILIES)
def test_injection_recall_and_type_per_family(
    reports: list[tuple[Case, Report]], family: str
) -> None:
    expected = [(c, r) for c, r in reports if c.injection == family]
    typed = [c for c, r in expected if family in _injection_types(r)]
    predicted = [(c, r) for c, r in reports if family in _injection_types(r)]
    wrong = [c.text for c, r in predicted if c.injection != family]
    assert len(typed) / len(expected) >= PER_TYPE_RECALL_TARGET
    assert 1 - len(wrong) / len(predicted) >= PER_TYPE_PRECISION_TARGET, wrong
