"""Budget rules on other municipalities' house styles, with the real GX validator: a
consistent budget passes (a table of changes or key figures is never held against an
area's total), a rounding difference in mio. kr. is a warning stated in kroner, a real
inconsistency still fails, and a header the reader cannot name is named."""

import pytest

import budget_styles as styles
from budget_styles import Chapter, Row, StyledTable
from pipeline.extract.budget import budget_lines, extract_budget
from pipeline.schemas import to_table
from pipeline.validate.findings import FAILED, WARNING
from pipeline.validate.validator import Validator


@pytest.fixture(scope="module")
def validator():
    return Validator()


def validate(validator, tmp_path, chapters, title=None):
    path = styles.build(tmp_path / "budget.pdf", chapters, title=title, running_header="Politikområde Test")
    rows = budget_lines(extract_budget(path), "doc")
    return rows, validator.validate("doc", {"budget_lines": to_table("budget_lines", rows)}, "run")


def not_passed(results):
    return [(r["check"], r["status"], r["table_id"]) for r in results if r["status"] != "passed"]


def test_a_consistent_four_year_budget_passes_and_compares_only_the_same_money(validator, tmp_path):
    _, results = validate(validator, tmp_path, styles.four_year_budget(), "Budget 2026-2029")
    assert not_passed(results) == []
    compared = [r for r in results if r["check"] == "area_totals_agree"]
    assert len(compared) == 18   # three areas, six columns each
    assert {r["table_id"] for r in compared} == {"1"}
    assert not any(table in r["observed"] for r in compared for table in ("(3)", "(4)"))
    assert any(r["observed"] == "402310 (5)" for r in compared)   # Netto i alt under two subtotals


def test_rounding_in_millions_is_a_warning_stated_in_kroner(validator, tmp_path):
    _, results = validate(validator, tmp_path, styles.million_budget())
    assert not [r for r in results if r["status"] == FAILED]
    (rounding,) = [r for r in results if r["check"] == "rows_add_up_to_totals" and r["status"] == WARNING]
    assert (rounding["table_id"], rounding["observed"], rounding["expected"]) == ("2", "7.9", "7.8 ± 1")
    assert "100.000 kr." in rounding["message"] and "'B2026'" in rounding["message"]
    unnamed = [r for r in results if r["check"] == "measure_stated"]
    assert [(r["status"], r["table_id"], r["observed"]) for r in unnamed] == [
        (WARNING, "3", "'2025'"), (WARNING, "3", "'2026'")]   # prices headed by the year alone


def test_a_real_inconsistency_still_fails(validator, tmp_path):
    chapters = styles.four_year_budget()
    overview = chapters[0].tables[0]
    overview.rows[0].cells[2] = "845.990"          # Ældreområdet, Budget 2026: the area's own table says 845.900
    _, results = validate(validator, tmp_path, chapters, "Budget 2026-2029")
    failed = [r for r in results if r["status"] == FAILED]
    assert [(r["check"], r["table_id"]) for r in failed] == [("rows_add_up_to_totals", "1"),
                                                              ("area_totals_agree", "2")]
    assert "Ældreområdet" in failed[1]["message"]


def test_an_unnamed_header_keeps_its_cells_and_validation_names_it(validator, tmp_path):
    table = StyledTable("T1", ["Budget\n2026", "Pris- og\nlønregulering"], [("adopted_budget", 2026), (None, None)],
                        [Row("Drift", ["1.200", "24"]), Row("I alt", ["1.200", "24"], bold=True)],
                        title="Driftsbudget", title_style="bold", stub="1.000 kr.", column_width=80)
    rows, results = validate(validator, tmp_path, [Chapter(None, [table])], "Budget 2026")
    assert {(r["table_id"], r["line_item"], r["measure"], r["printed_value"]) for r in rows} == {
        ("T1", "Drift", "adopted_budget", "1.200"), ("T1", "Drift", None, "24"),
        ("T1", "I alt", "adopted_budget", "1.200"), ("T1", "I alt", None, "24")}
    assert not_passed(results) == [("measure_stated", FAILED, "T1")]
    (unnamed,) = [r for r in results if r["check"] == "measure_stated"]
    assert "'Pris- og lønregulering'" in unnamed["message"] and unnamed["page"] == 1
