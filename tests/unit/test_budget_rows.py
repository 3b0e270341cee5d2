"""A budget cell's value as printed: Danish numbers, shares, footnote marks."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.danish import format_number
from pipeline.extract.budget_rows import cell_value


@pytest.mark.parametrize("printed, value", [
    ("36.723", (Decimal(36723), False)), ("-400", (Decimal(-400), False)), ("\u20133,2", (Decimal("-3.2"), False)),
    ("12,5%", (Decimal("12.5"), True)), ("1.234*", (Decimal(1234), False)), ("1.234\u00b9", (Decimal(1234), False)),
    ("1.07", None), ("-", None), ("*", None), ("kr.", None), ("2026-priser", None),
])
def test_a_cell_is_a_danish_number_a_share_or_nothing(printed, value):
    assert cell_value(printed) == value


@given(st.integers(-10**9, 10**9), st.integers(0, 2), st.sampled_from(["", "%", "*", "\u00b2"]))
def test_every_printed_number_reads_back(units, decimals, suffix):
    value = Decimal(units).scaleb(-decimals)
    assert cell_value(format_number(value, decimals) + suffix) == (value, suffix == "%")
