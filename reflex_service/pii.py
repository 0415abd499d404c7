"""PII and credential detection: one compiled pattern, then a validator per type.

The pattern is an alternation of named groups ``t_<type>[_<variant>]``; an optional inner
group ``v_<name>`` marks the value when the match carries a label (``password=...``).
Candidates that fail their validator (Luhn, IBAN mod 97, SSN ranges, address parsing) are
dropped, which is what keeps order numbers, versions and times out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from reflex_service import validators

CONTEXT_CHARS = 24

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_PLACEHOLDER = re.compile(
    r"^(?:(?:\*+|x+|\.+|\?+|none|null|nil|undefined|true|false|required|optional|string|str|"
    r"int|example|placeholder|redacted|hidden|masked|secret|password|changeme|todo|tbd)$|"
    r"<|\{|\$|%|\[|os\.|getenv|env\.|process\.env|config\.|settings\.|your[_-])",
    re.IGNORECASE,
)
_CREDENTIAL_LABELS = (
    r"password|passwd|passwort|pwd|pass|passphrase|secret|client[_-]?secret|secret[_-]?key|"
    r"api[_-]?key|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|private[_-]?key|"
    r"aws[_-]?secret[_-]?access[_-]?key|db[_-]?password|token"
)

_PATTERN = re.compile(
    "|".join(
        (
            r"(?P<t_private_key>-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY"
            r"(?: BLOCK)?-----[\s\S]*?(?:-----END (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?"
            r"PRIVATE KEY(?: BLOCK)?-----|\Z))",
            r"(?P<t_aws_access_key>\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|"
            r"ASCA)[A-Z0-9]{16}\b)",
            r"(?P<t_api_token>\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{40,255}|"
            r"glpat-[A-Za-z0-9_-]{20,}|xox[abposr]-[A-Za-z0-9-]{10,}|"
            r"(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}|"
            r"AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|"
            r"hf_[A-Za-z0-9]{30,}|"
            r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})(?![A-Za-z0-9_-]))",
            r"(?P<t_password>(?<![A-Za-z0-9])(?i:"
            + _CREDENTIAL_LABELS
            + r")[\"']?\s*(?P<p_op>[:=]|=>)"
            r"\s*(?P<v_password>\"[^\"\n]{4,200}\"|'[^'\n]{4,200}'|[^\s\"',;]{4,200}))",
            r"(?P<t_email>(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@"
            r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b)",
            r"(?P<t_iban>\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b)",
            r"(?P<t_credit_card>(?<![\d-])(?:3[47]\d{2}(?P<c_sep1>[ -]?)\d{6}(?P=c_sep1)\d{5}|"
            r"\d{4}(?P<c_sep2>[ -]?)\d{4}(?P=c_sep2)\d{4}(?P=c_sep2)\d{1,7})(?![\d-]))",
            r"(?P<t_ssn>(?<![\d-])\d{3}(?P<s_sep>[- ])\d{2}(?P=s_sep)\d{4}(?![\d-])|"
            r"(?i:ssn|social security(?: number| no\.?)?)\s*(?:#|:|is)?\s*(?P<v_ssn>\d{9})\b)",
            r"(?P<t_phone>(?<![\w+])(?:\+\d{1,3}[\s.-]?(?:\(\d{1,4}\)[\s.-]?)?\d{1,4}"
            r"(?:[\s.-]\d{2,6}){1,4}|(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4})"
            r"(?![\w-]))",
            r"(?P<t_ipv4>(?<![\w.])" + _OCTET + r"(?:\." + _OCTET + r"){3}(?!\.?\d)(?![\w]))",
            r"(?P<t_ipv6>(?<![\w:.])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){1,7}"
            r"(?![\w:]))",
        )
    )
)

_VERSION_BEFORE = re.compile(
    r"(?:\bv|version|ver\.?|release|build|firmware|os|kernel|python|node|java|chrome|firefox)"
    r"\s*$",
    re.IGNORECASE,
)
_VERSION_NEAR = re.compile(r"\b(?:version(?:ing|s)?|release[sd]?|firmware|semver)\b", re.I)
_PHONE_WORDS = re.compile(r"(?:phone|tel|call|mobile|cell|fax|sms|text|whatsapp|contact)", re.I)


@dataclass(frozen=True)
class PiiMatch:
    """One detection: ``position`` is the character offset of ``value`` in the text."""

    pii_type: str
    value: str
    position: int
    confidence: float
    context: str

    def as_dict(self) -> dict[str, object]:
        return {
            "pii_type": self.pii_type,
            "value": self.value,
            "position": self.position,
            "confidence": self.confidence,
            "context": self.context,
        }


def _phone_confidence(text: str, start: int, value: str) -> float | None:
    digits = validators.digits_only(value)
    if value.startswith("+"):
        if not 8 <= len(digits) <= 15:
            return None
        if digits.startswith("1"):
            return 0.9 if validators.nanp_valid(digits) else None
        return 0.85
    if not validators.nanp_valid(digits):
        return None
    nearby = text[max(0, start - 30) : start]
    return 0.95 if _PHONE_WORDS.search(nearby) else 0.85


def _password_confidence(value: str, operator: str) -> float | None:
    bare = value.strip("\"'")
    if len(bare) < 4 or _PLACEHOLDER.match(bare) or " " in bare.strip():
        return None
    quoted = value[:1] in "\"'"
    looks_secret = any(c.isdigit() for c in bare) or not bare.isalpha() or bare != bare.lower()
    if operator == ":" and not (quoted or looks_secret):
        return None  # "Password: required" is prose, not a credential
    return 0.9 if looks_secret else 0.75


Check = Callable[[str, int, str], float | None]


def _fixed(confidence: float, valid: Callable[[str], bool]) -> Check:
    def check(text: str, start: int, value: str) -> float | None:
        return confidence if valid(value) else None

    return check


def _ipv4(text: str, start: int, value: str) -> float | None:
    if _VERSION_BEFORE.search(text[max(0, start - 12) : start]):
        return None
    if _VERSION_NEAR.search(text[max(0, start - 40) : start + len(value) + 40]):
        return None
    return 0.9


_CHECKS: dict[str, Check] = {
    "private_key": _fixed(0.99, lambda v: True),
    "aws_access_key": _fixed(0.95, lambda v: True),
    "api_token": _fixed(0.9, lambda v: True),
    "email": _fixed(0.95, lambda v: ".." not in v),
    "iban": _fixed(0.95, validators.iban_valid),
    "credit_card": _fixed(0.95, validators.card_valid),
    "ssn": _fixed(0.9, validators.ssn_valid),
    "phone": _phone_confidence,
    "ipv4": _ipv4,
    "ipv6": _fixed(0.85, validators.ipv6_valid),
}

_TOKEN_GROUPS = ("t_aws_access_key", "t_api_token")
_TYPE_OF = {"ipv4": "ip_address", "ipv6": "ip_address"}


def _context(text: str, start: int, end: int, pii_type: str) -> str:
    """The text around a match with the match itself replaced by its type."""
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return f"{before}[{pii_type.upper()}]{after}".replace("\n", " ")


def detect_pii(text: str) -> list[PiiMatch]:
    """Every validated PII and credential match in ``text``, in order of position."""
    matches: list[PiiMatch] = []
    for match in _PATTERN.finditer(text):
        group = match.lastgroup
        if group is None:  # pragma: no cover - every alternative is a named group
            continue
        kind = group[2:]
        value_group = "v_" + kind
        has_value = value_group in _PATTERN.groupindex and match.group(value_group) is not None
        start, end = match.span(value_group) if has_value else match.span()
        value = text[start:end]
        if kind == "password":
            confidence = _password_confidence(value, match.group("p_op"))
            if confidence is not None and value[:1] in "\"'":
                start, end, value = start + 1, end - 1, value[1:-1]
            token = _PATTERN.fullmatch(value)
            if confidence is not None and token is not None and token.lastgroup in _TOKEN_GROUPS:
                kind, confidence = token.lastgroup[2:], 0.95
        else:
            confidence = _CHECKS[kind](text, start, value)
        if confidence is None:
            continue
        pii_type = _TYPE_OF.get(kind, kind)
        matches.append(
            PiiMatch(pii_type, value, start, confidence, _context(text, start, end, pii_type))
        )
    return matches
