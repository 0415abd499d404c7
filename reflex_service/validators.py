"""Checksums and range rules that tell real identifiers from numbers that merely look alike."""

from __future__ import annotations

import datetime
import ipaddress
import string

import base58
import bech32

# ISO 13616 lengths of the countries whose IBANs we accept.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BR": 29,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NL": 18,
    "NO": 15,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "SA": 24,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VG": 24,
    "XK": 20,
    "RU": 33,
    "BY": 28,
    "IQ": 23,
    "LC": 32,
    "SC": 31,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "VA": 22,
    "LY": 25,
    "SD": 18,
    "BI": 27,
    "DJ": 27,
    "FK": 18,
    "MN": 20,
    "NI": 28,
    "OM": 23,
    "SO": 23,
    "YE": 30,
    "HN": 28,
}

_IBAN_ALPHABET = {c: str(i) for i, c in enumerate(string.digits + string.ascii_uppercase)}


def digits_only(value: str) -> str:
    """``value`` without separators (spaces, dashes, dots)."""
    return "".join(ch for ch in value if ch.isdigit())


def luhn_valid(number: str) -> bool:
    """True when the digits of ``number`` pass the Luhn (mod 10) check."""
    digits = digits_only(number)
    if not digits:
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        digit = int(char)
        if index % 2 == 1:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return total % 10 == 0


# Issuer identification number ranges (ISO/IEC 7812) and the lengths each network issues.
# Order matters where ranges overlap: a 62 prefix is UnionPay before it is Maestro.
_CARD_RANGES: tuple[tuple[str, tuple[tuple[int, int], ...], frozenset[int]], ...] = (
    ("amex", ((34, 34), (37, 37)), frozenset({15})),
    ("diners", ((300, 305), (36, 36), (38, 39), (3095, 3095)), frozenset(range(14, 20))),
    # JCB assigns 3528-3589; test generators and older cards use the whole 35 range.
    ("jcb", ((3500, 3589),), frozenset(range(16, 20))),
    ("jcb", ((1800, 1800), (2131, 2131)), frozenset({15})),
    ("visa", ((4, 4),), frozenset({13, 16, 19})),
    ("mastercard", ((51, 55), (2221, 2720)), frozenset({16})),
    ("discover", ((6011, 6011), (644, 649), (65, 65), (622126, 622925)), frozenset({16, 19})),
    ("unionpay", ((62, 62), (81, 81)), frozenset(range(16, 20))),
    (
        "maestro",
        (
            (5018, 5018),
            (5020, 5020),
            (5038, 5038),
            (5893, 5893),
            (6304, 6304),
            (6390, 6390),
            (6759, 6759),
            (6761, 6763),
            (50, 50),
            (56, 58),
            (67, 67),
        ),
        frozenset(range(12, 20)),
    ),
)


def card_brand(number: str) -> str | None:
    """The card network whose IIN range and length ``number`` has, or None."""
    digits = digits_only(number)
    for brand, ranges, lengths in _CARD_RANGES:
        if len(digits) not in lengths:
            continue
        for low, high in ranges:
            width = len(str(low))
            if low <= int(digits[:width] or 0) <= high:
                return brand
    return None


def card_valid(number: str) -> bool:
    """A payment card number: a known network prefix and length, and a passing Luhn check."""
    return card_brand(number) is not None and luhn_valid(number)


def ssn_valid(number: str) -> bool:
    """A US SSN the SSA could have issued: not area 000, 666 or 9xx, group 00 or serial 0000."""
    digits = digits_only(number)
    if len(digits) != 9:
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    if area == 0 or area == 666 or area >= 900:
        return False
    if group == 0 or serial == 0:
        return False
    # Numbers published in advertising and never valid for a person.
    return digits not in ("078051120", "219099999")


def iban_valid(value: str) -> bool:
    """An IBAN with a known country, that country's length and a mod-97 checksum of 1."""
    compact = "".join(value.split()).upper()
    if len(compact) < 15 or not compact.isalnum() or not compact.isascii():
        return False
    expected = IBAN_LENGTHS.get(compact[:2])
    if expected is None or len(compact) != expected or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(_IBAN_ALPHABET[c] for c in rearranged)) % 97 == 1


def ipv4_valid(value: str) -> bool:
    """Four dotted octets 0-255 without leading zeros."""
    try:
        ipaddress.IPv4Address(value)
    except ValueError:
        return False
    return True


def ipv6_valid(value: str) -> bool:
    """A parseable IPv6 address with at least a digit and three groups (not ``a::b`` prose)."""
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    groups = [g for g in value.split(":") if g]
    return value == "::1" or (len(groups) >= 3 and any(c.isdigit() for c in value))


def nanp_valid(digits: str, *, strict_exchange: bool = True) -> bool:
    """A North American number: area code (and, when strict, exchange) start with 2-9."""
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return False
    return digits[0] not in "01" and (not strict_exchange or digits[3] not in "01")


def bitcoin_valid(address: str) -> bool:
    """A Bitcoin address whose checksum holds: Base58Check (P2PKH, P2SH) or bech32/bech32m."""
    if address[:3].lower() == "bc1":
        # BIP 173 forbids mixed case; BIP 350 puts witness v1+ on the bech32m constant.
        if address != address.lower() and address != address.upper():
            return False
        hrp, data = bech32.bech32_decode(address.lower())
        if hrp is None:
            polymod = bech32.bech32_polymod(
                bech32.bech32_hrp_expand("bc") + _bech32_values(address.lower()[3:])
            )
            return polymod == _BECH32M_CONST and _witness_ok(address.lower()[3:])
        return data is not None and bool(data) and data[0] == 0
    try:
        payload = base58.b58decode_check(address)
    except ValueError:
        return False
    return len(payload) == 21 and payload[0] in (0x00, 0x05)


_BECH32M_CONST = 0x2BC830A3


def _bech32_values(data_part: str) -> list[int]:
    return [bech32.CHARSET.find(c) for c in data_part]


def _witness_ok(data_part: str) -> bool:
    values = _bech32_values(data_part)
    return len(values) > 6 and -1 not in values and 1 <= values[0] <= 16


def ethereum_valid(address: str) -> bool:
    """``0x`` and 40 hex digits, not all one digit (a placeholder such as 0x000…0)."""
    body = address[2:]
    return (
        address[:2] in ("0x", "0X")
        and len(body) == 40
        and all(c in string.hexdigits for c in body)
        and len(set(body.lower())) > 2
    )


def birth_date_valid(year: int, month: int, day: int, today: datetime.date | None = None) -> bool:
    """A real calendar date between 1900 and today."""
    today = today or datetime.date.today()
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return False
    return datetime.date(1900, 1, 1) <= date <= today
