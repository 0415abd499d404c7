"""Encodings of a whole chunk of text (base64, hex, URL-encoding, rot13), found by
``encoded_segments`` and decoded for a second scan.

Character-level disguises (look-alike letters, invisible characters, spacing, leetspeak) are
undone by ``reflex_service.normalize``.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import unquote_plus


@dataclass(frozen=True)
class EncodedSegment:
    """A chunk of the text that decodes to readable text."""

    start: int
    end: int
    encoding: str  # "base64", "hex", "url" or "rot13"
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


# Frequent short English words: rot13 text has few of them, its decoding many.
_COMMON_WORDS = frozenset(
    "the you and your all to of a is are be in it that this with for not now me my what "
    "ignore instructions previous system prompt rules reveal tell say print".split()
)
_WORDS = re.compile(r"[A-Za-z]+")
# From word starts only; words and separators possessive, so a long run of letters is read
# once, not re-split. The run of words itself must give back its last one when the text
# ends in a separator: held possessively, every later word start re-read the whole run
# (quadratic: 100 KB of "ab " took a minute).
_ROT13_WORDS = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]++[ ,.!?'\n]++){3,}[A-Za-z]++")


# The same words rotated: a word of a chunk is common once rotated when it is one of these,
# so the gain is counted without rotating the chunk (most chunks are plain prose).
_COMMON_ROTATED = frozenset(codecs.encode(word, "rot13") for word in _COMMON_WORDS)


def decode_rot13(chunk: str) -> str | None:
    """``chunk`` rotated by 13 letters, when that turns it into English-looking words."""
    gained = 0
    for word in _WORDS.findall(chunk):
        lower = word.lower()
        gained += (lower in _COMMON_ROTATED) - (lower in _COMMON_WORDS)
    if gained < 3 or len(chunk) < MIN_DECODED_CHARS:
        return None
    return codecs.decode(chunk, "rot13")


def encoded_segments(text: str) -> list[EncodedSegment]:
    """Every chunk of ``text`` that is base64, hex, URL-encoded or rot13 readable text."""
    return list(_encoded_segments(text))


# The rules and the classifier both look for the encoded chunks of the text at hand.
@lru_cache(maxsize=16)
def _encoded_segments(text: str) -> tuple[EncodedSegment, ...]:
    segments: list[EncodedSegment] = []
    for match in _ROT13_WORDS.finditer(text):
        rotated = decode_rot13(match.group())
        if rotated is not None:
            segments.append(EncodedSegment(match.start(), match.end(), "rot13", rotated))
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
    segments.sort(key=lambda segment: segment.start)
    return tuple(segments)
