"""Small, deterministic text helpers shared by the reference arms."""

from __future__ import annotations

import re
from collections import Counter

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
_WORD = re.compile(r"[^\W_][\w'-]*")

_STOPWORD_TEXT = """
a an and are as at be been but by can could do does for from has have how i if in into is
it its itself me my no not of on or our out over should so than that the their them then
there these they this those through to too under up very was we were what when where which
while who why will with would you your all any each few more most other some such only own
same just also about after again against before being below between both during further
here once off because until above down
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def sentences(text: str) -> list[str]:
    """Split ``text`` into trimmed, non-empty sentences (punctuation kept)."""
    return [part.strip() for part in _SENTENCE_END.split(text) if part and part.strip()]


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return [match.group(0).lower() for match in _WORD.finditer(text)]


def keywords(text: str) -> list[str]:
    """Word tokens without stopwords and one-letter words, in order of appearance."""
    return [word for word in words(text) if word not in STOPWORDS and len(word) > 1]


def stem(word: str) -> str:
    """A crude suffix stripper, enough to match "summarise" with "summarised"."""
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def keyword_stems(text: str) -> set[str]:
    """The set of stems of the keywords of ``text``."""
    return {stem(word) for word in keywords(text)}


def frequencies(text: str) -> Counter[str]:
    """Keyword stem counts of ``text``."""
    return Counter(stem(word) for word in keywords(text))


def estimate_tokens(*texts: str) -> int:
    """About 1.3 tokens per word, the usual rule of thumb for English text."""
    count = sum(len(text.split()) for text in texts)
    return max(1, round(count * 1.3))


def top_keywords(text: str, count: int) -> list[str]:
    """The ``count`` most frequent keywords, counted by stem, shown as first written.

    Ties go to the keyword that appears first, so the answer is stable.
    """
    first_form: dict[str, str] = {}
    first_seen: dict[str, int] = {}
    counts: Counter[str] = Counter()
    for position, word in enumerate(keywords(text)):
        root = stem(word)
        first_form.setdefault(root, word)
        first_seen.setdefault(root, position)
        counts[root] += 1
    ranked = sorted(counts, key=lambda root: (-counts[root], first_seen[root]))
    return [first_form[root] for root in ranked[:count]]
