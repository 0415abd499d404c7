"""The learned prompt-injection classifier that runs beside the rules.

Trained with scikit-learn (``reflex_service.training.train_injection``): the text's
``canonical`` form (``reflex_service.normalize``) as TF-IDF over character n-grams inside
word boundaries (2-5, which carry across languages and spellings), over word uni- and
bigrams, and over the concepts of ``reflex_service.lexicon`` (each concept and each near
pair, the same in every language), sublinear tf, each block l2-normalised, into a logistic
regression. The shipped
model is plain arrays (vocabularies, idf weights, coefficients, thresholds), loaded without
pickle.

Scoring does what ``TfidfVectorizer.transform`` then ``decision_function`` would, without
building a sparse matrix: the n-grams of each word are looked up once (and cached, words
repeat), a sentence pair reuses its sentences' n-grams, and all the spans of a text (the
whole, its windows, its sentences and pairs) are weighed in one numpy pass per block: a 1 KB
text with its 27 sentences and pairs takes about 1.2 ms. A test keeps the whole-text score equal to
scikit-learn's. A text is scored as a whole, in overlapping windows when it is long, and sentence
by sentence (each sentence and each pair of neighbours) when it has several, the highest score
counting: an instruction planted in a document is not diluted by the text around it. The
thresholds are chosen on that same highest score, so scoring more spans does not raise the
false-alarm rate they were chosen for.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import chain, pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from reflex_service import lexicon
from reflex_service.normalize import canonical, normalize

MODEL_PATH = Path(__file__).resolve().parent / "models" / "injection_classifier.npz"

CHAR_NGRAMS = (2, 5)
# The concept block's features count this many times their TF-IDF value (in training and in
# scoring): the lexicon's features carry across languages, and on the validation split a
# weight of 2 found most attacks at the same false-alarm rate (of 0.5, 1, 2, 3 and 4).
CONCEPT_WEIGHT = 2.0
WORD_NGRAMS = (1, 2)
WORD_TOKEN = r"(?u)\b\w+\b|[<>{}\[\]|$`#]+"  # noqa: S105 - a regex, not a secret
WINDOW_CHARS = 1000
WINDOW_STEP = 500
# Beyond this many windows the text is scored on evenly spaced ones: time stays bounded.
MAX_WINDOWS = 24
# Sentences: split at line breaks and after sentence ends; spans shorter than this carry too
# little to score on their own, and beyond MAX_SENTENCE_SPANS evenly spaced ones are scored.
_SENTENCE_END = re.compile(r"\n+|(?<=[.!?;\u0964])\s+|(?<=[\u3002\uff01\uff1f])\s*")
MIN_SENTENCE_CHARS = 24
MAX_SENTENCE_SPANS = 48

_WORD_TOKEN = re.compile(WORD_TOKEN)
_WHITESPACE = re.compile(r"\s+")
FloatArray = npt.NDArray[np.float64]
BLOCKS = ("char", "word", "concept")
# What ``features`` gives for a text: char n-gram indices, word tokens, concepts.
Features = tuple[list[int], list[str], list[str]]
# What ``indices`` gives for them: the in-vocabulary indices of each block.
Indices = tuple[list[int], list[int], list[int]]


def char_wb_ngrams(word: str) -> list[str]:
    """scikit-learn's ``char_wb`` n-grams of one whitespace-free word."""
    padded = f" {word} "
    low, high = CHAR_NGRAMS
    grams: list[str] = []
    for size in range(low, high + 1):
        if len(padded) <= size:
            # sklearn counts a word no longer than the n-gram size once, whole.
            grams.append(padded)
            break
        grams.extend(padded[i : i + size] for i in range(len(padded) - size + 1))
    return grams


def windows(length: int) -> list[tuple[int, int]]:
    """The spans scored for a text of ``length``: the whole, then overlapping windows."""
    spans = [(0, length)]
    if length > WINDOW_CHARS + WINDOW_STEP // 2:
        starts = list(range(0, length - WINDOW_STEP, WINDOW_STEP))
        if len(starts) > MAX_WINDOWS:
            step = len(starts) / MAX_WINDOWS
            starts = [starts[int(i * step)] for i in range(MAX_WINDOWS)]
        spans.extend((start, min(length, start + WINDOW_CHARS)) for start in starts)
    return spans


def _sigmoid(value: float) -> float:
    return float(1.0 / (1.0 + np.exp(-value)))


def _canonical_span(plain: str, start: int, end: int) -> str:
    """A span of normalized text as the classifier reads it (the decoded chunks of the whole
    text are scored with the whole)."""
    return _WHITESPACE.sub(" ", plain[start:end]).lower()


def sentences(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text`` as (start, end): split at line breaks and sentence ends."""
    found: list[tuple[int, int]] = []
    start = 0
    for gap in _SENTENCE_END.finditer(text):
        if gap.start() > start:
            found.append((start, gap.start()))
        start = gap.end()
    if start < len(text):
        found.append((start, len(text)))
    return found


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Each sentence of ``text`` and each pair of neighbouring sentences, as (start, end);
    none when the text is one sentence (the whole text is scored anyway)."""
    return _spans_of(sentences(text))


def _spans_of(sentences_: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if len(sentences_) < 2:
        return []
    spans = [*sentences_, *((a[0], b[1]) for a, b in pairwise(sentences_))]
    spans = [(a, b) for a, b in spans if b - a >= MIN_SENTENCE_CHARS]
    if len(spans) > MAX_SENTENCE_SPANS:
        step = len(spans) / MAX_SENTENCE_SPANS
        spans = [spans[int(i * step)] for i in range(MAX_SENTENCE_SPANS)]
    return spans


@dataclass(frozen=True)
class Block:
    """One TF-IDF block: vocabulary, idf and the model's coefficients for it."""

    vocabulary: dict[str, int]
    idf: FloatArray
    coef: FloatArray
    weight: float = 1.0  # the features' factor, ``CONCEPT_WEIGHT`` for the concept block

    def logits(self, spans: Sequence[Sequence[int]]) -> FloatArray:
        """This block's share of the decision for each span, given its in-vocabulary n-gram
        indices: every span's sublinear tf-idf, l2-normalised, against the coefficients, all
        spans in one pass (a text's sentences and pairs are scored together)."""
        lengths = np.fromiter((len(span) for span in spans), np.intp, len(spans))
        out = np.zeros(len(spans))
        if not lengths.any():
            return out
        owner = np.repeat(np.arange(len(spans), dtype=np.intp), lengths)
        flat = np.fromiter(chain.from_iterable(spans), np.intp, int(lengths.sum()))
        keys, counts = np.unique(owner * len(self.idf) + flat, return_counts=True)
        owner, features = np.divmod(keys, len(self.idf))
        weights = (1.0 + np.log(counts)) * self.idf[features]
        norms = np.sqrt(np.bincount(owner, weights * weights, len(spans)))
        dots = np.bincount(owner, weights * self.coef[features], len(spans))
        np.divide(dots, norms, out=out, where=norms > 0)
        return self.weight * out


@dataclass(frozen=True)
class Verdict:
    """The classifier's score for a text and the span that scored highest."""

    probability: float
    start: int
    end: int


class InjectionClassifier:
    """Scores texts with a trained model; thread-safe."""

    def __init__(
        self,
        char: Block,
        word: Block,
        concept: Block,
        intercept: float,
        threshold: float,
        high_threshold: float,
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.char = char
        self.word = word
        self.concept = concept
        self.intercept = intercept
        self.threshold = threshold
        self.high_threshold = high_threshold
        self.meta = meta or {}
        self._word_features = lru_cache(maxsize=65536)(self._char_indices_of_word)

    def _char_indices_of_word(self, word: str) -> tuple[int, ...]:
        vocabulary = self.char.vocabulary
        return tuple(
            index for gram in char_wb_ngrams(word) if (index := vocabulary.get(gram)) is not None
        )

    def features(self, text: str) -> Features:
        """The character n-gram indices, the word tokens and the concepts of a canonical
        ``text``."""
        char_indices: list[int] = []
        for word in text.split():
            char_indices.extend(self._word_features(word))
        concepts = lexicon.shipped().concepts(text) if self.concept.vocabulary else []
        return char_indices, _WORD_TOKEN.findall(text), concepts

    def indices(self, char_indices: list[int], tokens: list[str], concepts: list[str]) -> Indices:
        """The in-vocabulary indices of each block for the ``features`` of a text: its word
        uni- and bigrams are scikit-learn's for ``WORD_TOKEN``, its concept features
        ``lexicon.grams``."""
        words = self.word.vocabulary
        grams = tokens + [f"{a} {b}" for a, b in pairwise(tokens)]
        word_indices = [i for g in grams if (i := words.get(g)) is not None]
        known = self.concept.vocabulary
        concept_indices = [i for g in lexicon.grams(concepts) if (i := known.get(g)) is not None]
        return char_indices, word_indices, concept_indices

    def decisions(self, spans: Sequence[Indices]) -> FloatArray:
        """The decision value of each span, from its ``indices``."""
        char, word, concept = zip(*spans, strict=True) if spans else ((), (), ())
        return (
            self.char.logits(char)
            + self.word.logits(word)
            + self.concept.logits(concept)
            + self.intercept
        )

    def decide(self, char_indices: list[int], tokens: list[str], concepts: list[str]) -> float:
        """The decision value for the ``features`` of a text."""
        return float(self.decisions([self.indices(char_indices, tokens, concepts)])[0])

    def decision(self, text: str) -> float:
        """The logistic regression's decision value for a canonical ``text``."""
        return self.decide(*self.features(text))

    def probability(self, text: str) -> float:
        """P(attack) for a canonical ``text``."""
        return _sigmoid(self.decision(text))

    def score(self, text: str) -> Verdict:
        """The highest P(attack) over the whole text, its windows and its sentences."""
        normalized = normalize(text)
        plain = normalized.text
        spans = windows(len(plain))
        found = [self.indices(*self.features(canonical(text, normalized)))]
        found += [
            self.indices(*self.features(_canonical_span(plain, start, end)))
            for start, end in spans[1:]
        ]
        # A pair of sentences reads as both together: their features are looked up once.
        sentences_ = sentences(plain)
        first_of = {start: i for i, (start, _) in enumerate(sentences_)}
        cache: dict[int, Features] = {}
        for start, end in _spans_of(sentences_):
            first = first_of[start]
            last = first if sentences_[first][1] == end else first + 1
            char_indices: list[int] = []
            tokens: list[str] = []
            concepts: list[str] = []
            for i in range(first, last + 1):
                if i not in cache:
                    cache[i] = self.features(_canonical_span(plain, *sentences_[i]))
                char_indices += cache[i][0]
                tokens += cache[i][1]
                concepts += cache[i][2]
            spans.append((start, end))
            found.append(self.indices(char_indices, tokens, concepts))
        decisions = self.decisions(found)
        best = int(np.argmax(decisions))  # the first of equals: the whole text before a span
        probability = _sigmoid(float(decisions[best]))
        if best == 0:
            return Verdict(probability, 0, len(text))
        return Verdict(probability, *normalized.span(*spans[best], len(text)))

    def save(self, path: Path) -> None:
        """Write the model as compressed numpy arrays (no pickle)."""
        meta = {
            **self.meta,
            "char_ngrams": CHAR_NGRAMS,
            "word_ngrams": WORD_NGRAMS,
            "word_token": WORD_TOKEN,
            "threshold": self.threshold,
            "high_threshold": self.high_threshold,
            "intercept": self.intercept,
            "lexicon": lexicon.shipped().fingerprint if self.concept.vocabulary else None,
            "concept_weight": CONCEPT_WEIGHT,
        }
        arrays: dict[str, Any] = {"meta": np.array(json.dumps(meta))}
        for name, block in zip(BLOCKS, (self.char, self.word, self.concept), strict=True):
            ordered = sorted(block.vocabulary, key=block.vocabulary.__getitem__)
            arrays[f"{name}_vocabulary"] = np.array("\n".join(ordered))
            arrays[f"{name}_idf"] = block.idf.astype(np.float32)
            arrays[f"{name}_coef"] = block.coef.astype(np.float32)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> InjectionClassifier:
        """Read a model written by ``save``; a model without concept features (written
        before the lexicon) scores without them."""
        with np.load(path, allow_pickle=False) as arrays:
            meta = json.loads(str(arrays["meta"]))
            fingerprint = meta.get("lexicon")
            if (
                tuple(meta["char_ngrams"]) != CHAR_NGRAMS
                or meta["word_token"] != WORD_TOKEN
                or fingerprint not in (None, lexicon.shipped().fingerprint)
                or (fingerprint and meta.get("concept_weight") != CONCEPT_WEIGHT)
            ):
                raise ValueError(f"{path}: the model was trained with other features")
            blocks = [
                Block(
                    {
                        gram: i
                        for i, gram in enumerate(str(arrays[f"{name}_vocabulary"]).split("\n"))
                        if gram
                    },
                    arrays[f"{name}_idf"].astype(np.float64),
                    arrays[f"{name}_coef"].astype(np.float64),
                    CONCEPT_WEIGHT if name == "concept" else 1.0,
                )
                if f"{name}_vocabulary" in arrays
                else Block({}, np.zeros(0), np.zeros(0))
                for name in BLOCKS
            ]
        char, word, concept = blocks
        return cls(
            char,
            word,
            concept,
            float(meta["intercept"]),
            float(meta["threshold"]),
            float(meta["high_threshold"]),
            meta,
        )

    @classmethod
    def from_arrays(
        cls,
        vocabularies: Sequence[dict[str, int]],
        idfs: Sequence[FloatArray],
        coef: FloatArray,
        intercept: float,
        threshold: float = 0.5,
        high_threshold: float = 0.5,
    ) -> InjectionClassifier:
        """A classifier from fitted vectorizers' vocabularies and idf and the model's
        coefficients over their concatenated features, in the order of ``BLOCKS``."""
        blocks: list[Block] = []
        start = 0
        for name, vocabulary, idf in zip(BLOCKS, vocabularies, idfs, strict=True):
            end = start + len(vocabulary)
            weight = CONCEPT_WEIGHT if name == "concept" else 1.0
            blocks.append(
                Block(dict(vocabulary), np.asarray(idf, np.float64), coef[start:end], weight)
            )
            start = end
        char, word, concept = blocks
        return cls(
            char,
            word,
            concept,
            intercept,
            threshold,
            high_threshold,
        )


@cache
def shipped() -> InjectionClassifier:
    """The model that ships with the package, loaded once per process."""
    return InjectionClassifier.load(MODEL_PATH)
