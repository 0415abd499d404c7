"""Concepts an attack is made of, in eighteen languages, for the classifier's third block.

Each language module (``en``, ``fr``, ... ``zh``) maps the same concept ids ("ignore",
"previous", "instruction", "password", "reveal", ...) to that language's surface forms. A
word of a text that matches a form reads as the concept, so "ignore all previous
instructions", "पिछले सभी निर्देशों को अनदेखा करें" and "忽略之前的所有指示" give the classifier
the same concept features, whichever language its training attacks were written in.

Forms are lower case, in the classifier's canonical form (``reflex_service.normalize``). In
languages written with spaces a form is a whole word, or a stem when it ends in ``*``
("instruc*"); in Chinese, Japanese and Thai, written without spaces, every form is looked
for anywhere in the text, the longest first.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import re
from functools import cache, lru_cache

from reflex_service.normalize import canonical

LANGUAGES = (
    "en",
    "ar",
    "bn",
    "de",
    "es",
    "fr",
    "hi",
    "id",
    "it",
    "ja",
    "ko",
    "pt",
    "ru",
    "th",
    "tl",
    "tr",
    "vi",
    "zh",
)
UNSPACED = frozenset({"ja", "th", "zh"})
# Neighbouring concepts within this many places make a pair feature, in either order:
# languages put verb and object in different orders.
PAIR_WINDOW = 3

_UNSPACED_SCRIPT = re.compile(r"[\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_PUNCTUATION = (
    " .,;:!?¿¡\"'`()[]{}<>«»“”„‘’‹›、。，！？：；「」『』（）《》〈〉【】…-—–*_/\\|~^=+#@&%$،؛؟।॥"
)


class Lexicon:
    """Every language's forms, merged: whole words, stems and substrings."""

    def __init__(
        self,
        words: dict[str, str],
        stems: dict[str, str],
        substrings: dict[str, str],
        fingerprint: str,
    ) -> None:
        self.words = words
        self.stems = stems
        self.substrings = substrings
        self.fingerprint = fingerprint
        self._stem_lengths = sorted({len(stem) for stem in stems}, reverse=True)
        # The lengths of the substrings that start with each character, longest first.
        lengths: dict[str, set[int]] = {}
        for form in substrings:
            lengths.setdefault(form[0], set()).add(len(form))
        self._lengths_from = {
            first: sorted(sizes, reverse=True) for first, sizes in lengths.items()
        }
        self.concepts_of_word = lru_cache(maxsize=65536)(self._of_word)

    def _of_word(self, word: str) -> tuple[str, ...]:
        """The concepts of one whitespace-free ``word``: none, one, or (unspaced) several."""
        word = word.strip(_PUNCTUATION)
        if not word:
            return ()
        if _UNSPACED_SCRIPT.search(word):
            return self._of_run(word)
        if (concept := self.words.get(word)) is not None:
            return (concept,)
        for size in self._stem_lengths:
            if size <= len(word) and (concept := self.stems.get(word[:size])) is not None:
                return (concept,)
        return ()

    def _of_run(self, run: str) -> tuple[str, ...]:
        """The concepts in a run of unspaced script, longest form first, left to right."""
        found: list[str] = []
        i = 0
        while i < len(run):
            for size in self._lengths_from.get(run[i], ()):
                concept = self.substrings.get(run[i : i + size])
                if concept is not None:
                    found.append(concept)
                    i += size
                    break
            else:
                i += 1
        return tuple(found)

    def concepts(self, text: str) -> list[str]:
        """The concepts of a canonical ``text``, in order."""
        found: list[str] = []
        for word in text.split():
            found.extend(self.concepts_of_word(word))
        return found


def grams(concepts: list[str]) -> list[str]:
    """The features of a concept sequence: each concept, and each pair of concepts at most
    ``PAIR_WINDOW`` places apart, in alphabetical order."""
    features = list(concepts)
    for i, first in enumerate(concepts):
        for second in concepts[i + 1 : i + 1 + PAIR_WINDOW]:
            if first != second:
                low, high = sorted((first, second))
                features.append(f"{low}|{high}")
    return features


def _forms(raw: str) -> list[str]:
    """A form as written and in canonical form: a look-alike-only word folds ("сок" reads
    "cok"), a longer one of the same stem may not ("сокращение")."""
    return [form for form in dict.fromkeys((raw.lower().strip(), canonical(raw).strip())) if form]


@cache
def shipped() -> Lexicon:
    """The lexicon of every language module, loaded once per process; where two forms
    collide, the first language and concept listed win."""
    words: dict[str, str] = {}
    stems: dict[str, str] = {}
    substrings: dict[str, str] = {}
    everything: dict[str, dict[str, list[str]]] = {}
    for code in LANGUAGES:
        forms: dict[str, list[str]] = importlib.import_module(f"{__name__}.{code}").FORMS
        everything[code] = forms
        for concept, surfaces in forms.items():
            for raw in surfaces:
                stem = raw.endswith("*")
                table = substrings if code in UNSPACED else stems if stem else words
                for form in _forms(raw.removesuffix("*")):
                    table.setdefault(form, concept)
    fingerprint = hashlib.sha256(
        json.dumps(everything, sort_keys=True, ensure_ascii=False).encode()
    ).hexdigest()[:16]
    return Lexicon(words, stems, substrings, fingerprint)
