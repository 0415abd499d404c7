"""Checksums and ranges that separate identifiers from look-alike numbers."""

from __future__ import annotations

import pytest

from reflex_service import validators


@pytest.mark.parametrize(
    ("number", "valid"),
    [
        ("4111 1111 1111 1111", True),
        ("4111-1111-1111-1112", False),
        ("79927398713", True),
        ("79927398710", False),
        ("", False),
    ],
)
def test_luhn(number: str, valid: bool) -> None:
    assert validators.luhn_valid(number) is valid


@pytest.mark.parametrize(
    ("number", "brand"),
    [
        ("4111111111111111", "visa"),
        ("5555555555554444", "mastercard"),
        ("2223003122003222", "mastercard"),
        ("378282246310005", "amex"),
        ("6011111111111117", "discover"),
        ("3530111333300000", "jcb"),
        ("30569309025904", "diners"),
        ("6200000000000005", "unionpay"),
        ("1234567812345670", None),
    ],
)
def test_card_brand(number: str, brand: str | None) -> None:
    assert validators.card_brand(number) == brand


def test_card_needs_brand_and_luhn() -> None:
    assert validators.card_valid("4242424242424242")
    assert not validators.card_valid("1234567812345670")  # passes Luhn, no network
    assert not validators.card_valid("4242424242424241")


@pytest.mark.parametrize(
    ("ssn", "valid"),
    [
        ("123-45-6789", True),
        ("772-10-4821", True),
        ("000-12-3456", False),
        ("666-12-3456", False),
        ("912-34-5678", False),
        ("123-00-4567", False),
        ("123-45-0000", False),
        ("078-05-1120", False),
        ("12-345-678", False),
    ],
)
def test_ssn_ranges(ssn: str, valid: bool) -> None:
    assert validators.ssn_valid(ssn) is valid


@pytest.mark.parametrize(
    ("iban", "valid"),
    [
        ("GB82 WEST 1234 5698 7654 32", True),
        ("DE89370400440532013000", True),
        ("NO9386011117947", True),
        ("GB00 WEST 1234 5698 7654 32", False),  # checksum
        ("DE8937040044053201300", False),  # length
        ("ZZ89370400440532013000", False),  # country
        ("GB82-WEST", False),
    ],
)
def test_iban(iban: str, valid: bool) -> None:
    assert validators.iban_valid(iban) is valid


def test_ip_addresses() -> None:
    assert validators.ipv4_valid("192.168.0.1")
    assert not validators.ipv4_valid("256.1.1.1")
    assert validators.ipv6_valid("2001:db8::1")
    assert validators.ipv6_valid("::1")
    assert not validators.ipv6_valid("12:30:45")
    assert not validators.ipv6_valid("ab::cd")  # three groups and a digit are required


def test_north_american_numbers() -> None:
    assert validators.nanp_valid("4155552671")
    assert validators.nanp_valid("14155552671")
    assert not validators.nanp_valid("1235552671")  # area code cannot start with 1
    assert not validators.nanp_valid("4151552671")  # nor the exchange
    assert not validators.nanp_valid("415555267")
