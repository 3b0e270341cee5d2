from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.danish import format_number, is_number, looks_like_number, parse_number, unit_multiplier


@pytest.mark.parametrize("text, value", [
    ("36.723", Decimal(36723)),
    ("-400", Decimal(-400)),
    ("1.077,00", Decimal("1077.00")),
    ("0,0421", Decimal("0.0421")),
    ("147.987", Decimal(147987)),
    ("0", Decimal(0)),
    ("\u2212 1.250", Decimal(-1250)),
    ("÷400", Decimal(-400)),
    ("12.148,25", Decimal("12148.25")),
])
def test_parses_danish_numbers(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["1.07,00", "238.00", "1,077.00", "1.0770", "12.34.567", ",5", "5,", "",
                                  "1.077,00 kr.", "gratis", "10%", "1 077", "--4", "2026-2027"])
def test_rejects_what_is_not_a_well_formed_danish_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["1.07,00", "238.00", "1.077,00"])
def test_malformed_numbers_still_look_like_numbers(text):
    assert looks_like_number(text)


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_integers_round_trip(n):
    assert parse_number(format_number(n)) == n


@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_two_decimal_amounts_round_trip(value):
    assert parse_number(format_number(value, decimals=2)) == value


@given(st.integers(min_value=1000, max_value=10**9))
def test_english_thousands_separators_are_refused(n):
    english = f"{n:,}"  # 1,000 - a comma is the decimal mark in Danish, so "1,000" is 1.000 (one)
    assert parse_number(english) != n


@given(st.integers(min_value=0, max_value=10**9), st.integers(min_value=1, max_value=9))
def test_a_dot_group_of_other_than_three_digits_is_not_a_number(head, width):
    tail = "7" * (width if width != 3 else 2)
    assert not is_number(f"{head}.{tail}")


@given(st.text(max_size=12))
def test_parser_never_raises(text):
    parse_number(text)


@pytest.mark.parametrize("stub, multiplier", [
    ("I 1.000 kr.", 1000), ("i 1.000 kr.", 1000), ("Mio. kr.", 1_000_000), ("Beløb i kr.", 1),
    ("i mio. kr", 1_000_000), ("Hele kr.", 1), ("Antal", None),
])
def test_unit_multiplier(stub, multiplier):
    assert unit_multiplier(stub) == multiplier
