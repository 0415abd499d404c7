"""The learned prompt-injection classifier that runs beside the rules.

Trained with scikit-learn (``reflex_service.training.train_injection``): the text's
``canonical`` form (``reflex_service.normalize``) as TF-IDF over character n-grams inside
word boundaries (2-5, which carry across languages and spellings) and over word uni- and
bigrams (sublinear tf, each block l2-normalised), into a logistic regression. The shipped
model is plain arrays (vocabularies, idf weights, coefficients, thresholds), loaded without
pickle.

Scoring does what ``TfidfVectorizer.transform`` then ``decision_function`` would, without
building a sparse matrix per text: the n-grams of each word are looked up once (and cached,
words repeat), so a 1 KB text takes about a millisecond instead of five. A test keeps the
two equal. A long text is scored as a whole and in overlapping windows, the highest score
counting, so an instruction hidden in a long document is not diluted by the text around it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from reflex_service.normalize import canonical, normalize

MODEL_PATH = Path(__file__).resolve().parent / "models" / "injection_classifier.npz"

CHAR_NGRAMS = (2, 5)
WORD_NGRAMS = (1, 2)
WORD_TOKEN = r"(?u)\b\w+\b|[<>{}\[\]|$`#]+"  # noqa: S105 - a regex, not a secret
WINDOW_CHARS = 1000
WINDOW_STEP = 500
# Beyond this many windows the text is scored on evenly spaced ones: time stays bounded.
MAX_WINDOWS = 24

_WORD_TOKEN = re.compile(WORD_TOKEN)
FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.intp]


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


def word_ngrams(text: str) -> list[str]:
    """scikit-learn's word uni- and bigrams of ``text`` with ``WORD_TOKEN``."""
    tokens = _WORD_TOKEN.findall(text)
    return tokens + [f"{a} {b}" for a, b in pairwise(tokens)]


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


@dataclass(frozen=True)
class Block:
    """One TF-IDF block: vocabulary, idf and the model's coefficients for it."""

    vocabulary: dict[str, int]
    idf: FloatArray
    coef: FloatArray

    def logit(self, indices: IntArray) -> float:
        """This block's share of the decision for the in-vocabulary n-gram ``indices``."""
        if indices.size == 0:
            return 0.0
        features, counts = np.unique(indices, return_counts=True)
        weights = (1.0 + np.log(counts)) * self.idf[features]
        norm = float(np.sqrt(weights @ weights))
        return float(weights @ self.coef[features]) / norm


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
        intercept: float,
        threshold: float,
        high_threshold: float,
        meta: dict[str, Any] | None = None,
    ) -> None:
        self.char = char
        self.word = word
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

    def decision(self, text: str) -> float:
        """The logistic regression's decision value for a canonical ``text``."""
        char_indices: list[int] = []
        for word in text.split():
            char_indices.extend(self._word_features(word))
        vocabulary = self.word.vocabulary
        word_indices = [i for g in word_ngrams(text) if (i := vocabulary.get(g)) is not None]
        return (
            self.char.logit(np.array(char_indices, dtype=np.intp))
            + self.word.logit(np.array(word_indices, dtype=np.intp))
            + self.intercept
        )

    def probability(self, text: str) -> float:
        """P(attack) for a canonical ``text``."""
        return float(1.0 / (1.0 + np.exp(-self.decision(text))))

    def score(self, text: str) -> Verdict:
        """The highest P(attack) over the whole text and its windows."""
        best = Verdict(self.probability(canonical(text)), 0, len(text))
        if len(text) <= WINDOW_CHARS + WINDOW_STEP // 2:
            return best
        normalized = normalize(text)
        plain = normalized.text
        for start, end in windows(len(plain))[1:]:
            probability = self.probability(plain[start:end].lower())
            if probability > best.probability:
                first, last = normalized.span(start, end, len(text))
                best = Verdict(probability, first, last)
        return best

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
        }
        arrays: dict[str, Any] = {"meta": np.array(json.dumps(meta))}
        for name, block in (("char", self.char), ("word", self.word)):
            ordered = sorted(block.vocabulary, key=block.vocabulary.__getitem__)
            arrays[f"{name}_vocabulary"] = np.array("\n".join(ordered))
            arrays[f"{name}_idf"] = block.idf.astype(np.float32)
            arrays[f"{name}_coef"] = block.coef.astype(np.float32)
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> InjectionClassifier:
        """Read a model written by ``save``."""
        with np.load(path, allow_pickle=False) as arrays:
            meta = json.loads(str(arrays["meta"]))
            if tuple(meta["char_ngrams"]) != CHAR_NGRAMS or meta["word_token"] != WORD_TOKEN:
                raise ValueError(f"{path}: the model was trained with other features")
            blocks = [
                Block(
                    {
                        gram: i
                        for i, gram in enumerate(str(arrays[f"{name}_vocabulary"]).split("\n"))
                    },
                    arrays[f"{name}_idf"].astype(np.float64),
                    arrays[f"{name}_coef"].astype(np.float64),
                )
                for name in ("char", "word")
            ]
        return cls(
            blocks[0],
            blocks[1],
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
        coefficients over their concatenated features (char block first)."""
        split = len(vocabularies[0])
        return cls(
            Block(dict(vocabularies[0]), np.asarray(idfs[0], dtype=np.float64), coef[:split]),
            Block(dict(vocabularies[1]), np.asarray(idfs[1], dtype=np.float64), coef[split:]),
            intercept,
            threshold,
            high_threshold,
        )


@cache
def shipped() -> InjectionClassifier:
    """The model that ships with the package, loaded once per process."""
    return InjectionClassifier.load(MODEL_PATH)
