"""Undo the character-level disguises attackers put on text before it is scanned.

``normalize`` folds Unicode (NFKC), look-alike letters (Cyrillic and Greek confusables, in
words that are not genuine Cyrillic or Greek), removes zero-width, bidi and tag characters,
joins letters spaced apart ("i g n o r e") and reads leetspeak ("1gn0r3"), keeping a map
back to the original positions so rule matches can be reported where they are.
``canonical`` is the form the classifier reads: the normalized text, lower-cased, with
every decoded encoded chunk appended.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

ZERO_WIDTH = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u034f\u061c\u115f\u1160"
    "\u3164\uffa0\u17b4\u17b5"
)

# Cyrillic and Greek letters drawn like Latin ones; NFKC leaves them alone.
HOMOGLYPHS: dict[str, str] = dict(
    zip(
        (
            "\u0430\u0435\u043e\u0440\u0441\u0443\u0445\u0456"
            "\u0458\u0455\u0501\u04cf\u04bb\u043a\u043c\u0442"
            "\u0432\u043d\u0433\u051b\u051d\u0261\u0578\u057d"
            "\u0410\u0412\u0415\u041a\u041c\u041d\u041e\u0420"
            "\u0421\u0422\u0425\u0406\u0408\u0405\u0423\u03b1"
            "\u03bf\u03c1\u03b5\u03b9\u03ba\u03bd\u03c4\u03c5"
            "\u0391\u0392\u0395\u0397\u0399\u039a\u039c\u039d"
            "\u039f\u03a1\u03a4\u03a7\u03a5\u0396"
        ),
        "aeopcyxijsdlhkmtbhrqwgnuABEKMHOPCTXIJSYaopeikvtuABEHIKMNOPTXYZ",
        strict=True,
    )
)

_TAG_FIRST, _TAG_LAST = 0xE0000, 0xE007F
_LOOKALIKE = re.compile("[" + re.escape("".join(HOMOGLYPHS)) + "]")
# A letter of the look-alikes' scripts (Greek, Cyrillic, Armenian) that looks like none.
_OWN_LETTER = re.compile(
    "["
    + re.escape("".join(chr(c) for c in range(0x0370, 0x0590) if chr(c) not in HOMOGLYPHS))
    + "]"
)
_WORD = re.compile(r"\w+")

LEET: dict[str, str] = {
    "0": "o",
    "1": "i",
    "3": "e",
    "4": "a",
    "5": "s",
    "7": "t",
}

# Three or more single letters, each followed by one separator: "i g n o r e", "s.y.s.t.e.m".
_SPACED = re.compile(r"(?<![A-Za-z])(?:[A-Za-z][ ._*\-]){2,}[A-Za-z](?![A-Za-z])")
# A word of letters and leet digits, with a digit before a letter and two letters at least.
_LEETISH = re.compile(r"\b(?=\w*[A-Za-z]\w*[A-Za-z])(?=\w*[013457][A-Za-z])\w{3,}")
_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Normalized:
    """``text`` with disguises removed; ``origin[i]`` is the original index of ``text[i]``."""

    text: str
    origin: tuple[int, ...] | None  # None: identical to the input
    disguised: frozenset[int]  # original indices of removed or replaced characters

    def span(self, start: int, end: int, original_length: int) -> tuple[int, int]:
        """The original span of normalized ``[start, end)``."""
        if self.origin is None:
            return start, end
        first = self.origin[start] if start < len(self.origin) else original_length
        last = self.origin[end - 1] + 1 if end > 0 else 0
        return first, max(first, last)

    def is_disguised(self, start: int, end: int) -> bool:
        """True when original ``[start, end)`` contained a hidden or look-alike character."""
        return any(start <= index < end for index in self.disguised)


@lru_cache(maxsize=4096)
def _fold(char: str) -> tuple[str, bool]:
    """The plain form of one character and whether it was a disguise."""
    if char in ZERO_WIDTH:
        return "", True
    code = ord(char)
    if _TAG_FIRST <= code <= _TAG_LAST:
        # Unicode tag characters smuggle invisible ASCII.
        return (chr(code - _TAG_FIRST) if 0x20 <= code - _TAG_FIRST < 0x7F else ""), True
    if char in HOMOGLYPHS:
        return HOMOGLYPHS[char], True
    folded = unicodedata.normalize("NFKC", char)
    if folded == char:
        return char, False
    # Full-width and mathematical letters fold to ASCII letters: a disguise. A no-break space
    # folding to a space is not.
    return folded, any(c.isalnum() and c.isascii() for c in folded)


def _genuine_letters(text: str) -> set[int]:
    """Indices of look-alike letters that belong to a genuine Cyrillic or Greek word: one
    with a letter of its own script that draws like no Latin letter ("пароль", "инструкция").
    Look-alikes are folded only in a word of Latin and look-alike letters ("ignore" with a
    Cyrillic o and e), so Russian and Greek text keeps its letters."""
    genuine: set[int] = set()
    for word in _WORD.finditer(text):
        letters = word.group()
        if _LOOKALIKE.search(letters) and _OWN_LETTER.search(letters):
            genuine.update(range(word.start(), word.end()))
    return genuine


def _fold_characters(text: str) -> tuple[list[str], list[int], set[int]]:
    pieces: list[str] = []
    origin: list[int] = []
    disguised: set[int] = set()
    genuine = _genuine_letters(text)
    for index, char in enumerate(text):
        if char.isascii() or index in genuine:
            pieces.append(char)
            origin.append(index)
            continue
        folded, is_disguise = _fold(char)
        if is_disguise:
            disguised.add(index)
        for piece in folded:
            pieces.append(piece)
            origin.append(index)
    return pieces, origin, disguised


def _join_spaced(
    chars: list[str], origin: list[int], disguised: set[int]
) -> tuple[list[str], list[int]]:
    text = "".join(chars)
    kept_chars: list[str] = []
    kept_origin: list[int] = []
    last = 0
    for match in _SPACED.finditer(text):
        kept_chars.extend(chars[last : match.start()])
        kept_origin.extend(origin[last : match.start()])
        for index in range(match.start(), match.end()):
            if chars[index].isalpha():
                kept_chars.append(chars[index])
                kept_origin.append(origin[index])
            else:
                disguised.add(origin[index])
        last = match.end()
    kept_chars.extend(chars[last:])
    kept_origin.extend(origin[last:])
    return kept_chars, kept_origin


def _read_leet(chars: list[str], origin: list[int], disguised: set[int]) -> None:
    text = "".join(chars)
    for match in _LEETISH.finditer(text):
        for offset, char in enumerate(match.group()):
            plain = LEET.get(char)
            if plain is not None:
                chars[match.start() + offset] = plain
                disguised.add(origin[match.start() + offset])


def normalize(text: str) -> Normalized:
    """Fold Unicode and look-alikes, drop invisible characters, join spaced letters, read leet.

    Keeps a map to the original positions. ASCII text without spacing or leet is returned
    as is, without building the map.
    """
    needs_folding = not text.isascii()
    needs_joining = _SPACED.search(text) is not None
    needs_leet = _LEETISH.search(text) is not None
    if not (needs_folding or needs_joining or needs_leet):
        return Normalized(text, None, frozenset())
    if needs_folding:
        chars, origin, disguised = _fold_characters(text)
    else:
        chars, origin, disguised = list(text), list(range(len(text))), set()
    chars, origin = _join_spaced(chars, origin, disguised)
    _read_leet(chars, origin, disguised)
    return Normalized("".join(chars), tuple(origin), frozenset(disguised))


def canonical(text: str, normalized: Normalized | None = None) -> str:
    """The text as the classifier reads it: normalized, lower-cased, whitespace runs as one
    space, with the decoded form of every encoded chunk appended. ``normalized`` is
    ``normalize(text)`` when the caller has it already."""
    from reflex_service.decoders import encoded_segments

    pieces = [(normalized or normalize(text)).text]
    pieces.extend(normalize(segment.decoded).text for segment in encoded_segments(text))
    return _WHITESPACE.sub(" ", " \n ".join(pieces)).lower()
