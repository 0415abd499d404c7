"""PII and credential detection: one pattern per kind, then a validator per type.

Each kind has its pattern, ``t_<type>[_<variant>]``; an optional inner group ``v_<kind>``
marks the value when the match carries a label (``password=...``). Candidates that fail
their validator (Luhn, IBAN mod 97, SSN ranges, Base58Check and bech32 checksums,
``phonenumbers``' numbering plans) are dropped, which is what keeps order numbers,
versions, hashes and times out. Where validated candidates overlap, the kind listed first
wins (a card number is not also a phone number). A match's ``context`` never shows a
detected value: every detection inside its window is replaced by its type.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

from reflex_service import validators
from shared.masking import mask_value

CONTEXT_CHARS = 24

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_PLACEHOLDER = re.compile(
    r"^(?:(?:\*+|x+|\.+|\?+|none|null|nil|undefined|true|false|required|optional|string|str|"
    r"int|example|placeholder|redacted|hidden|masked|secret|password|changeme|todo|tbd)$|"
    r"<|\{|\$\{|\$[A-Za-z_]\w*$|%\(|%\w+%$|\[|os\.|getenv|env\.|process\.env|config\.|"
    r"settings\.|your[_-])",
    re.IGNORECASE,
)
_CREDENTIAL_LABELS = (
    r"password|passwd|passwort|pwd|pass|passphrase|passcode|secret|client[_-]?secret|"
    r"secret[_-]?key|api[_-]?key|apikey|access[_-]?key|access[_-]?token|auth[_-]?token|"
    r"private[_-]?key|aws[_-]?secret[_-]?access[_-]?key|db[_-]?password|token"
)
_PROSE_PASSWORD = r"(?:password|passwd|pwd|passcode|passphrase|pass ?word|pin)"  # noqa: S105
_SECRET_VALUE = r"\"[^\"\n]{4,200}\"|'[^'\n]{4,200}'|[^\s\"',;]{4,200}"  # noqa: S105
_DATE = (
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|"
    r"\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?,?\s+\d{4})"
)

_PATTERNS = tuple(
    re.compile(source)
    for source in (
        r"(?P<t_private_key>-----BEGIN (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY"
        r"(?: BLOCK)?-----[\s\S]*?(?:-----END (?:RSA |DSA |EC |OPENSSH |ENCRYPTED |PGP )?"
        r"PRIVATE KEY(?: BLOCK)?-----|\Z))",
        # scheme://user:password@host: the password is the credential, not an email.
        r"(?P<t_password_url>\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\s:/@]{1,64}:"
        r"(?P<v_password_url>[^\s/@]{1,128})@[A-Za-z0-9.-]+)",
        r"(?P<t_aws_access_key>\b(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA|"
        r"ASCA)[A-Z0-9]{16}\b)",
        r"(?P<t_api_token>\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{40,255}|"
        r"glpat-[A-Za-z0-9_-]{20,}|xox[abposre]-[A-Za-z0-9-]{10,}|xapp-\d-[A-Za-z0-9-]{10,}|"
        r"hooks\.slack\.com/services/T[A-Za-z0-9_]{6,}/B[A-Za-z0-9_]{6,}/[A-Za-z0-9_]{16,}|"
        r"(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}|whsec_[A-Za-z0-9]{24,}|"
        r"sk-(?:proj-|ant-)?[A-Za-z0-9_-]{32,}|"
        r"(?:SK|AC)[0-9a-f]{32}|key-[0-9a-f]{32}|"
        r"AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36}|SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}|"
        r"hf_[A-Za-z0-9]{30,}|"
        r"eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,})(?![A-Za-z0-9_-]))",
        r"(?P<t_password>(?<![A-Za-z0-9])(?i:" + _CREDENTIAL_LABELS + r")[\"']?\s*(?P<p_op>[:=]|=>)"
        r"\s*(?P<v_password>" + _SECRET_VALUE + "))",
        # "my password is …", "the pwd was …"
        r"(?P<t_password_prose>(?<![A-Za-z0-9])(?i:" + _PROSE_PASSWORD + r")s?\s+"
        r"(?i:is|was|will be|=|-)\s+(?i:now\s+|still\s+|set to\s+)?"
        r"(?P<v_password_prose>" + _SECRET_VALUE + "))",
        # "log in as jsmith with hunter2", "login jsmith / S3cret!"
        r"(?P<t_password_login>(?i:\b(?:log ?in|sign ?in|log ?on)\s+(?:as\s+|with\s+"
        r"(?:user(?:name)?\s+)?)?)[\w.@-]{2,64}\s+(?i:(?:with|using|and|/)\s+"
        r"(?:(?:the\s+)?(?:password|pwd|pass)\s+)?)(?P<v_password_login>" + _SECRET_VALUE + "))",
        r"(?P<t_email>(?<![\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@"
        r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b)",
        r"(?P<t_iban>(?<![A-Za-z0-9])(?:[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}"
        r"(?:[A-Z0-9]{1,4}| [A-Z0-9]{1,4}(?![a-z]))?|"
        r"[a-z]{2}\d{2}(?: ?[a-z0-9]{4}){2,7}(?:[a-z0-9]{1,4}| (?=[a-z]*\d)[a-z0-9]{1,4})?)"
        r"(?![A-Za-z0-9]))",
        r"(?P<t_bitcoin_address>(?<![A-Za-z0-9])(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|"
        r"(?i:bc1[ac-hj-np-z02-9]{8,87}))(?![A-Za-z0-9]))",
        r"(?P<t_ethereum_address>(?<![A-Za-z0-9])0[xX][0-9A-Fa-f]{40}(?![A-Za-z0-9]))",
        r"(?P<t_date_of_birth>(?i:\b(?:date of birth|birth ?date|birthday|d\.?o\.?b\.?|"
        r"born(?: on)?|geboren(?: am)?|geburtsdatum|n[ée]e? le|date de naissance|"
        r"fecha de nacimiento|data di nascita|生年月日)\b)\s*(?:is|was|:|-)?\s*"
        r"(?P<v_date_of_birth>" + _DATE + r"))",
        r"(?P<t_credit_card>(?<![\w-])\d{4}(?P<c_sep>[ -]?)\d{2,6}(?:(?P=c_sep)\d{1,6}){0,3}"
        r"(?![\d-]))",
        r"(?P<t_ssn>(?<![\d-])\d{3}(?P<s_sep>[- ])\d{2}(?P=s_sep)\d{4}(?![\d-])|"
        r"(?i:ssn|social security(?: number| no\.?)?)\s*(?:#|:|is)?\s*(?P<v_ssn>\d{9})\b)",
        r"(?P<t_ipv4>(?<![\w.])" + _OCTET + r"(?:\." + _OCTET + r"){3}(?!\.?\d)(?![\w]))",
        r"(?P<t_ipv6>(?<![\w:.])(?:[0-9A-Fa-f]{1,4}|:)(?::[0-9A-Fa-f]{0,4}){1,7}"
        r"(?![\w:]))",
        # Phone candidates: digit groups with single separators; the check decides.
        r"(?P<t_phone>(?<![\w+$€£¥.,/#:-])(?:\+|\b00)?\s?(?:\(\d{1,5}\)[\s-]?)?\d{1,5}"
        r"(?:(?:[ .-]|\s?\(0\)\s?)?(?:\(\d{1,4}\)|\d{1,5})){1,6}"
        r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?!\w|-\d|[.,]\d))",
    )
)
_KIND_OF = {pattern: next(iter(pattern.groupindex))[2:] for pattern in _PATTERNS}

_VERSION_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:v|version|ver\.?|release|build|firmware|os|kernel|python|node|java|"
    r"chrome|firefox|section|§|chapter|clause|rule|step)\s*$",
    re.IGNORECASE,
)
_VERSION_NEAR = re.compile(r"\b(?:version(?:ing|s)?|release[sd]?|firmware|semver)\b", re.I)
_PHONE_BEFORE = re.compile(
    r"(?:phone|tel(?:ephone)?|call(?:ed|ing)?|mobile|cell|fax|sms|text(?:ed)?|whats ?app|"
    r"contact|reach|dial|ring|messages?|registered|answering|hotline|"
    r"t[ée]l[ée]fono|t[ée]l[ée]phone|telefon|handy|portable|m[óo]vil|celular|cellulare|"
    r"ruf|anruf|ll[áa]m(?:ame|eme)|n[úu]mero|手机|电话|電話番号|電話|携帯)"
    r"(?:\W|\b(?:me|us|him|her|them|at|on|to|is|was|my|our|the|his|their|number|no|nr|"
    r"num|via|or|and|office|home|work|direct|line|receiving|stop|back|mich|unter|an|al|"
    r"mi|di|è|e|moi|au|mon|ma|de|du|el|la|il|es|ist)\b){0,16}$",
    re.IGNORECASE,
)
_PHONE_AFTER = re.compile(
    r"^\W{0,3}(?:office|mobile|cell|home|work|fax|desk|direct|tel|phone)\b", re.IGNORECASE
)
_NOT_PHONE_BEFORE = re.compile(
    r"(?:order|invoice|tracking|ticket|isbn|issn|ean|upc|gtin|serial|ref(?:erence)?|account|acct|"
    r"case|claim|policy|id|no\.?|#|sku|part|model|zip|postal|code)\W{0,4}$",
    re.IGNORECASE,
)
_EXTENSION = re.compile(r"\s?(?:x|ext\.?)\s?(?=\d)", re.IGNORECASE)
_NANP_SHAPE = re.compile(r"^(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}$")
_DATE_SHAPE = re.compile(r"^\d{4}[-.]\d{1,2}[-.]\d{1,2}|^\d{1,2}[-.]\d{1,2}[-.]\d{2,4}$")
_NOT_CARD_BEFORE = re.compile(
    r"(?:order|invoice|tracking|ticket|isbn|ean|upc|gtin|serial|ref(?:erence)?|sku|part)\W{0,6}$",
    re.I,
)
_DOB_FORMATS = (
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})$"),
    re.compile(r"^(?P<a>\d{1,2})[-/.](?P<b>\d{1,2})[-/.](?P<y>\d{4})$"),
)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


@dataclass(frozen=True)
class PiiMatch:
    """One detection: ``position`` is the character offset of ``value`` in the text.

    ``value`` is the raw text, for in-process callers; ``as_dict`` (what leaves the process)
    carries it masked.
    """

    pii_type: str
    value: str
    position: int
    confidence: float
    context: str

    def as_dict(self) -> dict[str, object]:
        return {
            "pii_type": self.pii_type,
            "value": mask_value(self.value, self.pii_type),
            "position": self.position,
            "confidence": self.confidence,
            "context": self.context,
        }


def _phone_confidence(text: str, start: int, value: str) -> float | None:
    number_part = _EXTENSION.split(value)[0]
    digits = validators.digits_only(number_part)
    if not 7 <= len(digits) <= 15 or _DATE_SHAPE.match(value):
        return None
    before = text[max(0, start - 40) : start]
    after = text[start + len(value) : start + len(value) + 16]
    in_context = bool(_PHONE_BEFORE.search(before) or _PHONE_AFTER.match(after))
    if _NOT_PHONE_BEFORE.search(before) and not in_context:
        return None
    if value.startswith(("+", "00")):
        international = "+" + value[2:] if value.startswith("00") else value
        try:
            number = phonenumbers.parse(international.replace("(0)", ""), None)
        except phonenumbers.NumberParseException:
            number = None
        if number is not None and phonenumbers.is_valid_number(number):
            return 0.95
        # Fictional ranges (555, 07700 900…) are possible but not valid: still a number.
        if number is not None and phonenumbers.is_possible_number(number):
            return 0.85
    if _NANP_SHAPE.match(number_part) and validators.nanp_valid(digits):
        return 0.95 if in_context else 0.85
    if _NANP_SHAPE.match(number_part) and validators.nanp_valid(digits, strict_exchange=False):
        return 0.9 if in_context else 0.7  # fictional exchanges (555-123-4567) are still numbers
    if not in_context:
        return None
    grouped = any(not ch.isdigit() for ch in number_part.strip())
    if grouped or len(digits) >= 9 or value.startswith("0"):
        return 0.8
    return None


def _password_confidence(value: str, operator: str) -> float | None:
    bare = value.strip("\"'")
    if len(bare) < 4 or _PLACEHOLDER.match(bare) or " " in bare.strip():
        return None
    quoted = value[:1] in "\"'"
    looks_secret = any(c.isdigit() for c in bare) or not bare.isalpha() or bare != bare.lower()
    if operator in (":", "prose") and not (quoted or looks_secret):
        return None  # "Password: required", "the password is incorrect": prose, not a secret
    if operator == "prose" and bare.rstrip(".!?") != bare and bare[:-1].isalpha():
        return None
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


def _card(text: str, start: int, value: str) -> float | None:
    if not validators.card_valid(value):
        return None
    if _NOT_CARD_BEFORE.search(text[max(0, start - 24) : start]):
        return None
    return 0.95


def _iban(text: str, start: int, value: str) -> float | None:
    if not validators.iban_valid(value):
        return None
    # A lower-case IBAN is rarer than a word that happens to pass mod 97: ask for digits.
    return 0.95 if value[:2].isupper() else 0.85


def _date_of_birth(text: str, start: int, value: str) -> float | None:
    parts = _dob_parts(value)
    if parts is None:
        return None
    return 0.9 if validators.birth_date_valid(*parts) else None


def _dob_parts(value: str) -> tuple[int, int, int] | None:
    first, second = _DOB_FORMATS
    if match := first.match(value):
        return int(match["y"]), int(match["m"]), int(match["d"])
    if match := second.match(value):
        a, b = int(match["a"]), int(match["b"])
        # Day first where the day cannot be a month; month first otherwise (US usage).
        day, month = (a, b) if a > 12 else (b, a)
        return int(match["y"]), month, day
    words = re.findall(r"[A-Za-z]+|\d+", value)
    numbers = [int(w) for w in words if w.isdigit()]
    months = [_MONTHS[w.lower()] for w in words if w.lower() in _MONTHS]
    if len(numbers) == 2 and len(months) == 1:
        day, year = sorted(numbers)
        return year, months[0], day
    return None


_CHECKS: dict[str, Check] = {
    "private_key": _fixed(0.99, lambda v: True),
    "aws_access_key": _fixed(0.95, lambda v: True),
    "api_token": _fixed(0.9, lambda v: True),
    "email": _fixed(0.95, lambda v: ".." not in v),
    "iban": _iban,
    "bitcoin_address": _fixed(0.95, validators.bitcoin_valid),
    "ethereum_address": _fixed(0.9, validators.ethereum_valid),
    "date_of_birth": _date_of_birth,
    "credit_card": _card,
    "ssn": _fixed(0.9, validators.ssn_valid),
    "phone": _phone_confidence,
    "ipv4": _ipv4,
    "ipv6": _fixed(0.85, validators.ipv6_valid),
}

_TOKEN_PATTERNS = tuple(p for p in _PATTERNS if _KIND_OF[p] in ("aws_access_key", "api_token"))
_TYPE_OF = {
    "ipv4": "ip_address",
    "ipv6": "ip_address",
    "password_url": "password",
    "password_prose": "password",
    "password_login": "password",
}
_PASSWORD_OPERATOR = {"password_url": "url", "password_prose": "prose", "password_login": "prose"}


def _context(text: str, start: int, end: int, found: list[tuple[int, int, str]]) -> str:
    """The text around a match with every detection in that window replaced by its type."""
    low, high = max(0, start - CONTEXT_CHARS), min(len(text), end + CONTEXT_CHARS)
    pieces: list[str] = []
    cursor = low
    for span_start, span_end, pii_type in found:
        if span_end <= low or span_start >= high:
            continue
        pieces.append(text[cursor : max(cursor, span_start)])
        pieces.append(f"[{pii_type.upper()}]")
        cursor = max(cursor, span_end)
    pieces.append(text[cursor:high] if cursor < high else "")
    return "".join(pieces).replace("\n", " ")


# Cheap substring tests that rule a kind out before its pattern scans the text: Python's
# ``re`` has no literal prefilter for case-insensitive alternations. On a 1 KB text without
# PII this cuts ``detect_pii`` from about 1.7 ms to 0.2 ms (one core, loaded machine).
_TOKEN_MARKS = (
    "gh",
    "github_pat_",
    "glpat-",
    "xox",
    "xapp-",
    "hooks.slack",
    "_live_",
    "_test_",
    "whsec_",
    "sk-",
    "SK",
    "AC",
    "key-",
    "AIza",
    "npm_",
    "SG.",
    "hf_",
    "eyJ",
)
_DOB_MARKS = (
    "birth",
    "dob",
    "d.o.b",
    "born",
    "geboren",
    "geburtsdatum",
    "née",
    "nee le",
    "naissance",
    "nacimiento",
    "nascita",
    "生年月日",
)
_NEEDS: dict[str, Callable[[str, str, bool], bool]] = {
    "password_url": lambda text, lower, digit: "://" in text,
    "aws_access_key": lambda text, lower, digit: "A" in text,
    "api_token": lambda text, lower, digit: any(m in text for m in _TOKEN_MARKS),
    "password": lambda text, lower, digit: any(
        m in lower for m in ("pass", "pwd", "secret", "key", "token")
    ),
    "password_prose": lambda text, lower, digit: any(m in lower for m in ("pass", "pwd", "pin")),
    "password_login": lambda text, lower, digit: any(m in lower for m in ("log", "sign")),
    "email": lambda text, lower, digit: "@" in text,
    "ethereum_address": lambda text, lower, digit: "0x" in lower,
    "date_of_birth": lambda text, lower, digit: digit and any(m in lower for m in _DOB_MARKS),
    "credit_card": lambda text, lower, digit: digit,
    "ssn": lambda text, lower, digit: digit,
    "iban": lambda text, lower, digit: digit,
    "ipv4": lambda text, lower, digit: digit and "." in text,
    "ipv6": lambda text, lower, digit: ":" in text,
    "phone": lambda text, lower, digit: digit,
}
_DIGIT = re.compile(r"\d")


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < t_end and t_start < end for t_start, t_end in taken)


def _validated(
    text: str, pattern: re.Pattern[str], taken: list[tuple[int, int]]
) -> list[tuple[str, int, int, float]]:
    found: list[tuple[str, int, int, float]] = []
    kind = _KIND_OF[pattern]
    value_group = "v_" + kind
    for match in pattern.finditer(text):
        has_value = value_group in pattern.groupindex and match.group(value_group) is not None
        start, end = match.span(value_group) if has_value else match.span()
        if _overlaps(start, end, taken):
            continue  # an earlier-listed kind already holds this text: no need to validate
        value = text[start:end]
        found_kind, confidence = kind, None
        if kind.startswith("password"):
            operator = _PASSWORD_OPERATOR.get(kind) or match.group("p_op")
            confidence = 0.95 if operator == "url" else _password_confidence(value, operator)
            if confidence is not None and value[:1] in "\"'" and operator != "url":
                start, end, value = start + 1, end - 1, value[1:-1]
            token = next((p for p in _TOKEN_PATTERNS if p.fullmatch(value)), None)
            if confidence is not None and token is not None:
                found_kind, confidence = _KIND_OF[token], 0.95
        else:
            confidence = _CHECKS[kind](text, start, value)
        if confidence is not None:
            found.append((_TYPE_OF.get(found_kind, found_kind), start, end, confidence))
    return found


def _candidates(text: str) -> list[tuple[str, int, int, float]]:
    """Validated matches of every kind; of overlapping ones, the earlier-listed kind wins."""
    lower = text.lower()
    digit = _DIGIT.search(text) is not None
    taken: list[tuple[int, int]] = []
    found: list[tuple[str, int, int, float]] = []
    for pattern in _PATTERNS:
        needs = _NEEDS.get(_KIND_OF[pattern])
        if needs is not None and not needs(text, lower, digit):
            continue
        for candidate in _validated(text, pattern, taken):
            _, start, end, _ = candidate
            if _overlaps(start, end, taken):
                continue
            taken.append((start, end))
            found.append(candidate)
    return sorted(found, key=lambda c: c[1])


def detect_pii(text: str) -> list[PiiMatch]:
    """Every validated PII and credential match in ``text``, in order of position."""
    found = _candidates(text)
    spans = [(start, end, pii_type) for pii_type, start, end, _ in found]
    return [
        PiiMatch(pii_type, text[start:end], start, confidence, _context(text, start, end, spans))
        for pii_type, start, end, confidence in found
    ]
