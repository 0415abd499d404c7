"""Checksums and range rules that tell real identifiers from numbers that merely look alike."""

from __future__ import annotations

import ipaddress
import string

# ISO 13616 lengths of the countries whose IBANs we accept.
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
    "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30,
    "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip

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


def card_brand(number: str) -> str | None:
    """The card network whose prefix and length ``number`` has, or None."""
    digits = digits_only(number)
    length = len(digits)
    if digits.startswith("4") and length in (13, 16, 19):
        return "visa"
    two, four = int(digits[:2] or 0), int(digits[:4] or 0)
    if (51 <= two <= 55 or 2221 <= four <= 2720) and length == 16:
        return "mastercard"
    if two in (34, 37) and length == 15:
        return "amex"
    if (digits.startswith(("6011", "65")) or 644 <= int(digits[:3] or 0) <= 649) and length in (
        16,
        19,
    ):
        return "discover"
    if 3528 <= four <= 3589 and 16 <= length <= 19:
        return "jcb"
    if (300 <= int(digits[:3] or 0) <= 305 or two in (36, 38)) and 14 <= length <= 19:
        return "diners"
    if digits.startswith(("62",)) and 16 <= length <= 19:
        return "unionpay"
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


def nanp_valid(digits: str) -> bool:
    """A North American number: area code and exchange both start with 2-9."""
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) != 10:
        return False
    return digits[0] not in "01" and digits[3] not in "01"
