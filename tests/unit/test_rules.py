"""The rules files: column lists and allowed values come from the published schema, every
rule says in words what it expects, and nothing in them speaks in code or file names."""

import pyarrow as pa
import pytest
from great_expectations.expectations.registry import get_expectation_impl

from pipeline.extract import Extraction
from pipeline.normalize import write_extraction
from pipeline.schemas import MEASURES, TABLES, VALUE_KINDS
from pipeline.validate import expectations as ours
from pipeline.validate.rules import load_rules


@pytest.fixture(scope="module")
def rules():
    return load_rules()


def test_allowed_values_are_the_schemas(rules):
    known = {c.name: c for r in rules.values() for c in r.checks if c.expectation.endswith("to_be_in_set")}
    assert known["measure_known"].kwargs == {"column": "measure", "value_set": list(MEASURES)}
    assert known["value_kind_known"].kwargs == {"column": "value_kind", "value_set": list(VALUE_KINDS)}
    assert known["measure_known"].demand == "one of " + ", ".join(MEASURES)


def test_every_rule_names_an_expectation_gx_knows_and_says_what_it_expects(rules):
    for table, table_rules in rules.items():
        assert table in TABLES
        for check in table_rules.checks:
            get_expectation_impl(check.expectation)  # raises for an unknown one
            assert check.demand and "{" not in check.demand, check.name
            for text in (check.why, check.demand):
                assert "CONTRACT" not in text and "pipeline/" not in text and "\\d" not in text, check.name


def test_rule_arguments_fill_the_words(rules):
    jumps = next(c for c in rules["tariffs"].checks if c.name == "no_period_jumps")
    assert jumps.demand == "each price within 3 times the same tariff's price in the neighbouring period, either way"
    ledger = next(c for c in rules["budget_lines"].checks if c.name == "numbers_accounted_for")
    assert ledger.over == "number_ledger" and "up to 1 % unexplained is a warning" in ledger.demand


def test_our_expectations_come_from_one_factory_and_are_registered():
    names = {cls.expectation_type for cls in ours.EXPECTATIONS}
    assert names == {"expect_budget_tables_to_add_up_to_their_totals", "expect_area_totals_to_agree_across_tables",
                     "expect_budget_columns_to_name_their_measure", "expect_documents_to_be_read_whole",
                     "expect_scanned_budget_numbers_to_be_confirmed", "expect_scanned_tariffs_to_be_read_confidently",
                     "expect_no_tariff_repeated_right_below_itself", "expect_tariff_prices_not_to_jump_between_periods",
                     "expect_every_number_to_be_accounted_for"}
    jumps = get_expectation_impl("expect_tariff_prices_not_to_jump_between_periods")(max_ratio=5)
    assert jumps.max_ratio == 5.0 and jumps.success_keys == ("max_ratio",)


def test_no_rule_repeats_what_staging_already_refuses(rules, tmp_path):
    """Columns, types and required values are the schema's: a row without a required value
    cannot even be staged, so a not-null rule on a required column could never fail."""
    required = {f.name for name in rules for f in TABLES[name] if not f.nullable}
    for table_rules in rules.values():
        for check in table_rules.checks:
            assert not check.expectation.startswith("expect_table_columns"), check.name
            if check.expectation == "expect_column_values_to_not_be_null":
                assert check.kwargs["column"] not in required, check.name
    row = {"document_id": "doc", "item": None, "period": "2025", "value_text": "1,00", "value_kind": "amount"}
    with pytest.raises(pa.ArrowInvalid, match="item"):
        write_extraction(tmp_path, Extraction({"document_id": "doc"}, {"tariffs": [row]}))
