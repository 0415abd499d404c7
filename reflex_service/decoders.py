"""Undo the disguises attackers put on text before it is scanned.

Two kinds: character-level (zero-width characters, Unicode tag characters, look-alike
letters, full-width and mathematical alphabets), undone by ``normalize`` with a map back to
the original positions; and encodings of a whole chunk (base64, hex, URL-encoding), found by
``encoded_segments`` and decoded for a second scan.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote_plus

ZERO_WIDTH = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e"
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u034f"
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


@dataclass(frozen=True)
class Normalized:
    """``text`` with disguises removed; ``origin[i]`` is the original index of ``text[i]``."""

    text: str
    origin: tuple[int, ...] | None  # None: identical to the input
    disguised: frozenset[int]  # original indices of removed or replaced look-alike characters

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


def normalize(text: str) -> Normalized:
    """Remove zero-width and tag characters, fold look-alikes; keep a map to the original."""
    if text.isascii():
        return Normalized(text, None, frozenset())
    pieces: list[str] = []
    origin: list[int] = []
    disguised: set[int] = set()
    for index, char in enumerate(text):
        if char.isascii():
            pieces.append(char)
            origin.append(index)
            continue
        folded, is_disguise = _fold(char)
        if is_disguise:
            disguised.add(index)
        pieces.append(folded)
        origin.extend([index] * len(folded))
    return Normalized("".join(pieces), tuple(origin), frozenset(disguised))


@dataclass(frozen=True)
class EncodedSegment:
    """A chunk of the text that decodes to readable text."""

    start: int
    end: int
    encoding: str  # "base64", "hex" or "url"
    decoded: str


_ENCODED = re.compile(
    r"(?P<url>[^\s%]*(?:%[0-9A-Fa-f]{2}[^\s%]*){3,})"
    r"|(?P<hexesc>(?:\\x[0-9A-Fa-f]{2}){6,})"
    r"|(?P<hexsp>(?<![0-9A-Za-z])(?:[0-9A-Fa-f]{2}[ :]){7,}[0-9A-Fa-f]{2}(?![0-9A-Za-z]))"
    r"|(?P<hex>(?<![0-9A-Za-z])(?:0x)?(?:[0-9A-Fa-f]{2}){8,}(?![0-9A-Za-z]))"
    r"|(?P<base64>(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-]))"
)

MIN_DECODED_CHARS = 8


def _readable(raw: bytes) -> str | None:
    """``raw`` as text when it is mostly printable UTF-8, else None."""
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if len(decoded) < MIN_DECODED_CHARS:
        return None
    printable = sum(1 for c in decoded if c.isprintable() or c in "\n\r\t")
    if printable / len(decoded) < 0.95 or not any(c.isalpha() for c in decoded):
        return None
    return decoded


def decode_base64(chunk: str) -> str | None:
    """Standard or URL-safe base64 ``chunk`` decoded to readable text, else None."""
    if not any(c.isdigit() or c in "+/=_-" for c in chunk) and chunk.isalpha() and chunk.islower():
        return None  # a long lowercase word, not an encoding
    padded = chunk + "=" * (-len(chunk) % 4)
    try:
        if "-" in chunk or "_" in chunk:
            raw = base64.urlsafe_b64decode(padded)
        else:
            raw = base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        return None
    return _readable(raw)


def decode_hex(chunk: str) -> str | None:
    """Hex bytes (plain, ``0x``-prefixed, ``\\x``-escaped or separated) as readable text."""
    compact = chunk.replace("\\x", "").replace(" ", "").replace(":", "")
    if compact[:2].lower() == "0x":
        compact = compact[2:]
    try:
        raw = bytes.fromhex(compact)
    except ValueError:
        return None
    return _readable(raw)


def decode_url(chunk: str) -> str | None:
    """Percent-encoded ``chunk`` decoded, when that changes it into readable text."""
    decoded = unquote_plus(chunk)
    if decoded == chunk or len(decoded) < MIN_DECODED_CHARS:
        return None
    return decoded


def encoded_segments(text: str) -> list[EncodedSegment]:
    """Every chunk of ``text`` that is base64, hex or URL-encoded readable text."""
    segments: list[EncodedSegment] = []
    for match in _ENCODED.finditer(text):
        kind = match.lastgroup
        chunk = match.group()
        decoded: str | None
        if kind == "url":
            decoded, encoding = decode_url(chunk), "url"
        elif kind == "base64":
            decoded, encoding = decode_base64(chunk), "base64"
        else:
            decoded, encoding = decode_hex(chunk), "hex"
        if decoded is not None:
            segments.append(EncodedSegment(match.start(), match.end(), encoding, decoded))
    return segments
