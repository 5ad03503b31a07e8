"""Amounts as people type them."""

from decimal import Decimal

import pytest

pytestmark = pytest.mark.both_engines
from hypothesis import given
from hypothesis import strategies as st

from totalnet_desktop.core.chapter.amounts import AmountError, format_amount, parse_amount


@pytest.mark.parametrize("text, value", [
    ("1,500", "1500"), ("1500.50", "1500.50"), ("AED 1,500", "1500"), ("aed1500", "1500"),
    ("1500 AED", "1500"), ("1 500", "1500"), ("  12,345,678.9 ", "12345678.90"), ("0.5", "0.50"),
    ("+20", "20"), ("1.005", "1.01"),
])
def test_accepted_forms(text, value):
    assert parse_amount(text) == Decimal(value)


@pytest.mark.parametrize("text, message", [
    ("-5", "cannot be negative"), ("AED -1,500", "cannot be negative"), ("1,500-", "cannot be negative"),
    ("abc", "is not a number"), ("", "Enter the amount"), ("1,5", "is not a number"),
    ("1,50,0", "is not a number"), ("1.2.3", "is not a number"), ("AED 5 USD", "is not a number"),
    ("1e5", "is not a number"), ("nan", "is not a number"), ("12 apples", "is not a number"),
    ("9999999999999", "too large"),
])
def test_refused_with_clear_message(text, message):
    with pytest.raises(AmountError, match=message):
        parse_amount(text)


def test_message_names_the_field():
    with pytest.raises(AmountError, match="thank-you amount"):
        parse_amount("x", "thank-you amount")


@given(st.decimals(min_value=0, max_value=Decimal(999999999), places=2))
def test_formatted_amounts_read_back(value):
    assert parse_amount(format_amount(value, "AED")) == value
    assert parse_amount(f"{value:,}") == value


@given(st.decimals(min_value=Decimal(-999999), max_value=Decimal("-0.01"), places=2))
def test_negative_amounts_always_refused(value):
    with pytest.raises(AmountError, match="negative"):
        parse_amount(str(value))


@given(st.text(max_size=20))
def test_any_text_either_parses_or_raises_amount_error(text):
    try:
        value = parse_amount(text)
    except AmountError as exc:
        assert str(exc)
    else:
        assert value >= 0 and value == value.quantize(Decimal("0.01"))


def test_format_amount():
    assert format_amount(Decimal(1500)) == "AED 1,500"
    assert format_amount(Decimal("1500.5"), "USD") == "USD 1,500.50"
