"""PII detection faults and formats, one test each; masking of what leaves the service."""

from __future__ import annotations

import pytest

from reflex_service import validators
from reflex_service.pii import detect_pii
from shared.masking import mask_spans, mask_value, redact


def _found(text: str) -> list[tuple[str, str]]:
    return [(m.pii_type, m.value) for m in detect_pii(text)]


def test_an_ip_after_a_word_ending_in_ver_is_an_ip() -> None:
    # The version guard once matched the "ver" of "server".
    assert _found("server 10.0.0.1 is down") == [("ip_address", "10.0.0.1")]
    assert _found("the driver at 192.168.4.20 failed") == [("ip_address", "192.168.4.20")]
    assert _found("ver. 10.0.0.1 and version 2.4.1.0") == []


def test_maestro_and_every_card_brand_by_iin_and_luhn() -> None:
    cards = {
        "6759649826438453": "maestro",
        "5018000000000009": "maestro",
        "6200000000000005": "unionpay",
        "3530111333300000": "jcb",
        "30569309025904": "diners",
        "6011111111111117": "discover",
        "378282246310005": "amex",
        "4111111111111111": "visa",
        "5555555555554444": "mastercard",
    }
    for number, brand in cards.items():
        assert validators.card_brand(number) == brand
        assert _found(f"pay with {number} today") == [("credit_card", number)]
    assert _found("pay with 6759649826438454 today") == []  # Luhn fails


def test_lower_case_and_spaced_ibans_are_found_and_checked() -> None:
    assert _found("iban de89370400440532013000 please") == [("iban", "de89370400440532013000")]
    assert _found("IBAN GB82 WEST 1234 5698 7654 32 ok") == [
        ("iban", "GB82 WEST 1234 5698 7654 32")
    ]
    assert _found("iban de89370400440532013001 please") == []  # mod 97 fails


def test_a_connection_url_reports_its_password_not_an_email() -> None:
    text = "connect to postgres://app:Hunter2x@db.internal:5432/orders"
    [match] = detect_pii(text)
    assert (match.pii_type, match.value) == ("password", "Hunter2x")
    assert "Hunter2x" not in match.context


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("my password is hunter2!", "hunter2!"),
        ("log in as jsmith with Tr0ub4dor", "Tr0ub4dor"),
        ("pwd: Abc12345", "Abc12345"),
        ("The passcode was 8841x", "8841x"),
    ],
)
def test_passwords_in_prose(text: str, secret: str) -> None:
    assert _found(text) == [("password", secret)]


def test_password_prose_that_is_not_a_secret() -> None:
    for text in ("the password is incorrect", "Password: required", "your pwd is too short."):
        assert _found(text) == []


@pytest.mark.parametrize(
    "token",
    [
        "xoxb-2048-abcdefghij1234",
        "ghp_" + "a1" * 18,
        "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
        "SK" + "0123456789abcdef" * 2,
        "key-" + "0123456789abcdef" * 2,
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    ],
)
def test_token_formats(token: str) -> None:
    assert _found(f"use {token} for the call") == [("api_token", token)]


def test_aws_key() -> None:
    assert _found("key AKIAIOSFODNN7EXAMPLE here") == [("aws_access_key", "AKIAIOSFODNN7EXAMPLE")]


def test_crypto_wallets_need_a_valid_checksum() -> None:
    assert _found("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa") == [
        ("bitcoin_address", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa")
    ]
    assert _found("send to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq") == [
        ("bitcoin_address", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq")
    ]
    assert _found("send to 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb") == []
    assert _found("send to bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdz") == []
    eth = "0x742d35Cc6634C0532925a3b844Bc9e7595f0bEbC"
    assert _found(f"ETH: {eth}") == [("ethereum_address", eth)]


def test_dates_of_birth_in_context_only() -> None:
    assert _found("DOB: 1985-03-12") == [("date_of_birth", "1985-03-12")]
    assert _found("born on March 3, 1985 in Lyon") == [("date_of_birth", "March 3, 1985")]
    assert _found("the release shipped on 1985-03-12") == []
    assert _found("DOB: 1985-02-30") == []


def test_international_phone_numbers_through_phonenumbers() -> None:
    assert _found("ring +44 20 7946 0958 today") == [("phone", "+44 20 7946 0958")]
    assert _found("Tel. 0049 30 901820") == [("phone", "0049 30 901820")]
    assert _found("Call me at 0490 75 40 81") == [("phone", "0490 75 40 81")]


def test_no_false_alarm_on_look_alikes() -> None:
    text = (
        "See section 3.2.1.4 of release 10.4.2.1; id 123e4567-e89b-12d3-a456-426614174000, "
        "commit 3f786850e387550fdab836ed7e6dc881de23001b, ISBN 978-3-16-148410-0, "
        "price $1,299.99, order #12345678901, order 4111 1111 1111 1111 2, at 12:30:45."
    )
    assert _found(text) == []


def test_masking_keeps_at_most_the_last_four_and_never_a_secret() -> None:
    assert mask_value("123-45-6789", "ssn") == "***-**-6789"
    assert mask_value("4111111111111111", "credit_card") == "************1111"
    assert mask_value("a@b.co", "email") == "*@*.**"
    assert mask_value("Hunter2x!", "password") == "*********"
    assert mask_value(mask_value("123-45-6789")) == "***-**-6789"
    assert mask_spans("ssn 123-45-6789.", [(4, 15, "ssn")]) == "ssn ***-**-6789."
    assert redact("was 123-45-6789", [("123-45-6789", "ssn")]) == "was ***-**-6789"


def test_context_hides_neighbouring_values_too() -> None:
    text = "ssn 536-22-1456, card 4111111111111111"
    for match in detect_pii(text):
        assert "536-22-1456" not in match.context
        assert "4111111111111111" not in match.context
        assert match.as_dict()["value"] != match.value
