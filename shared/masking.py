"""Masking of detected values, so findings can be stored, logged and shown without the secret.

Both the Reflex reference service (its ``/process`` answer) and the worker (whatever a Reflex
Layer answers, before it is stored) call ``mask_value``: one rule, one place.
"""

from __future__ import annotations

MASK = "*"

# Secrets: nothing of them is shown but their length.
SECRET_TYPES = frozenset(
    {
        "password",
        "credential",
        "api_token",
        "api_key",
        "aws_access_key",
        "aws_secret_key",
        "private_key",
    }
)

# Values with at least this many letters and digits keep their last KEEP of them.
LONG_VALUE = 9
KEEP = 4


def mask_value(value: str, pii_type: str | None = None) -> str:
    """``value`` with its letters and digits starred (``123-45-6789`` → ``***-**-6789``).

    Separators stay and the length is kept, so the shape of the value is readable and a
    masked value still spans its place in the text. A long value keeps its last four letters
    or digits, a short one keeps none, and a secret (password, token, key) is all stars.
    """
    if pii_type is not None and pii_type.lower() in SECRET_TYPES:
        return MASK * len(value)
    # Stars count as masked letters, so masking a masked value changes nothing.
    alnum = sum(ch.isalnum() or ch == MASK for ch in value)
    keep = KEEP if alnum >= LONG_VALUE else 0
    masked: list[str] = []
    seen = 0
    for ch in value:
        if ch.isalnum() or ch == MASK:
            seen += 1
            masked.append(ch if seen > alnum - keep else MASK)
        else:
            masked.append(ch)
    return "".join(masked)


def mask_spans(text: str, spans: list[tuple[int, int, str | None]]) -> str:
    """``text`` with each ``(start, end, pii_type)`` span replaced by its masked value."""
    out: list[str] = []
    cursor = 0
    for start, end, pii_type in sorted(spans):
        start, end = max(start, cursor), min(end, len(text))
        if start >= end:
            continue
        out.append(text[cursor:start])
        out.append(mask_value(text[start:end], pii_type))
        cursor = end
    out.append(text[cursor:])
    return "".join(out)


def redact(text: str, values: list[tuple[str, str | None]]) -> str:
    """``text`` with every occurrence of each raw ``(value, pii_type)`` masked."""
    for value, pii_type in sorted(values, key=lambda v: -len(v[0])):
        if value:
            text = text.replace(value, mask_value(value, pii_type))
    return text
