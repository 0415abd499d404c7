"""The PII detector on its Faker-generated corpus (many locales, hard negatives)."""

from __future__ import annotations

import pytest

from tests.reflex.pii_corpus import LOCALES, POSITIVES, Score, generate, score

RECALL_TARGET = 0.95
FALSE_ALARM_TARGET = 0.02
PER_TYPE_RECALL_TARGET = 0.9


@pytest.fixture(scope="module")
def result() -> Score:
    return score(generate())


def test_the_corpus_is_reproducible_and_covers_every_type_and_locale() -> None:
    corpus = generate()
    assert corpus == generate()
    assert {c.locale for c in corpus} == set(LOCALES)
    assert {t for c in corpus for t in c.pii} == {t for t, _, _ in POSITIVES}
    assert sum(not c.pii for c in corpus) >= len(corpus) // 3


def test_recall_and_false_alarms_meet_the_targets(result: Score) -> None:
    assert result.recall >= RECALL_TARGET, result.missed
    assert result.false_alarm_rate <= FALSE_ALARM_TARGET, result.false_alarms


def test_every_type_is_found(result: Score) -> None:
    for pii_type, (found, expected) in result.per_type.items():
        assert found / expected >= PER_TYPE_RECALL_TARGET, pii_type
