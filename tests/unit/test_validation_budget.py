"""Budget rules: the clean sample passes with its one rounding warning; planted defects
in copies of the sample are caught and pointed to. On other municipalities' house styles
a consistent budget passes (a table of changes or key figures is never held against an
area's total), a rounding difference in mio. kr. is a warning stated in kroner, a real
inconsistency still fails, and a header the reader cannot name is named."""

import pytest

import budget_styles as styles
from budget_styles import Chapter, Row, StyledTable
from plant import replace_text
from pipeline.extract.budget import budget_lines, extract_budget
from pipeline.extract.budget_ledger import budget_ledger
from pipeline.extract.ledger import ledger_rows
from pipeline.schemas import to_table
from pipeline.validate.validator import Validator
from pipeline.validate.findings import FAILED, PASSED, WARNING, area_totals_agree, table_totals


@pytest.fixture(scope="module")
def validator():
    return Validator()


def read(path, document_id="doc") -> dict:
    """A budget's tables as a run stages them: its cells and its reader's number ledger."""
    document = extract_budget(path)
    ledger = ledger_rows(budget_ledger(document), document_id, content_table="budget_lines")
    return {"budget_lines": to_table("budget_lines", budget_lines(document, document_id)),
            "number_ledger": to_table("number_ledger", ledger)}


def validate(validator, path):
    return validator.validate("doc", read(path), "run")


def test_clean_sample_passes_with_the_rounding_warning_on_table_0_1(validator, budget_sample):
    tables = read(budget_sample)
    lines = tables["budget_lines"].to_pylist()
    results = validator.validate("doc", tables, "run")
    assert not [r for r in results if r["status"] == FAILED]
    warnings = [r for r in results if r["status"] == WARNING]
    assert len(warnings) == 1
    (warning,) = warnings
    assert (warning["check"], warning["table_id"], warning["page"]) == ("rows_add_up_to_totals", "0.1", 1)
    assert (warning["observed"], warning["expected"]) == (
        "147.986 (1.000 kr.) = 147.986.000 kr.", "147.987 (1.000 kr.) = 147.987.000 kr. ± 6.000 kr.")
    assert warning["message"] == (
        "The 13 rows above 'Politikområde Kultur og Fritid i alt' in column 'Teknisk budget 2026' of table 0.1 add up "
        "to 147.986 (1.000 kr.) = 147.986.000 kr.; the table states 147.987 (1.000 kr.) = 147.987.000 kr.: a "
        "difference of 1.000 kr., within the rounding of 13 rounded numbers (up to 6.000 kr.).")
    assert warning["bbox_x0"] is not None  # the report can frame the stated total
    (total,) = [line for line in lines if (line["table_id"], line["row_number"], line["column_header"])
                == (warning["table_id"], warning["row_number"], "Teknisk budget 2026")]
    assert (total["is_total"], total["printed_value"]) == (True, "147.987")  # the result's key finds its row


def test_every_rule_of_the_rules_file_reports(validator, budget_sample):
    checks = {r["check"] for r in validate(validator, budget_sample)}
    assert checks == {c.name for c in validator.rules["budget_lines"].checks}


def test_a_wrong_stated_total_fails_and_points_at_it(validator, budget_sample, tmp_path):
    planted = replace_text(budget_sample, tmp_path / "wrong-total.pdf", 1, "147.987", "148.987")
    failed = [r for r in validate(validator, planted) if r["status"] == FAILED]
    assert [(r["check"], r["table_id"], r["page"], r["observed"], r["expected"]) for r in failed] == [
        ("rows_add_up_to_totals", "0.1", 1, "147.986 (1.000 kr.) = 147.986.000 kr.",
         "148.987 (1.000 kr.) = 148.987.000 kr. ± 6.000 kr.")]


def test_an_area_total_that_disagrees_with_the_overview_fails(validator, budget_sample, tmp_path):
    planted = replace_text(budget_sample, tmp_path / "area.pdf", 24, "4.453", "4.435")  # 12.1's total
    failed = [r for r in validate(validator, planted) if r["status"] == FAILED]
    assert [(r["check"], r["table_id"], r["page"]) for r in failed] == [("area_totals_agree", "12.1", 24)]
    assert "Borgerservice" in failed[0]["message"] and "4.435 (1.000 kr.) = 4.435.000 kr." in failed[0]["message"]


def test_a_supplement_adjustment_below_the_total_counts_the_way_the_document_does(budget_sample, tmp_path):
    """12.2 prints Tillæg 800 on its total row and -400 below it; 12.1 and 0.1 state 400."""
    lines = budget_lines(extract_budget(budget_sample), "doc")
    borgerservice = [f for f in area_totals_agree(lines) if "Borgerservice, 'Tillæg 2026'" in f.message]
    assert [(f.status, f.observed, f.expected) for f in borgerservice] == [
        (PASSED, "table 12.1: 400 (1.000 kr.) = 400.000 kr.; table 12.2: 400 (1.000 kr.) = 400.000 kr.",
         "table 0.1: 400 (1.000 kr.) = 400.000 kr.")]
    planted = replace_text(budget_sample, tmp_path / "adjust.pdf", 24, "-400", "-40")
    lines = budget_lines(extract_budget(planted), "doc")
    borgerservice = [f for f in area_totals_agree(lines) if "Borgerservice, 'Tillæg 2026'" in f.message]
    assert [(f.status, f.table_id) for f in borgerservice] == [(FAILED, "12.2")]


def _table(amounts: list[int], total: int, printed_total: str | None = None) -> list[dict]:
    rows = [{"table_id": "1.2", "measure": "actual", "fiscal_year": 2024, "column_header": "R24",
             "line_item": f"Række {n}", "is_total": False, "row_number": n, "amount_dkk": a * 1000,
             "printed_value": str(a), "unit": "I 1.000 kr.", "page": 3}
            for n, a in enumerate(amounts, start=1)]
    rows.append({**rows[0], "line_item": "I alt", "is_total": True, "row_number": len(amounts) + 1,
                 "amount_dkk": total * 1000, "printed_value": printed_total or str(total)})
    return rows


@pytest.mark.parametrize("parts, total, status", [
    ([10, 20, 30], 60, PASSED),
    ([10, 20, 30], 61, WARNING),        # 3 rounded parts: up to 1 off
    ([10, 20, 30], 62, FAILED),
    ([1, 1, 1, 1, 1], 7, WARNING),      # 5 parts: up to 2 off
    ([1, 1, 1, 1, 1], 8, FAILED),
    ([5], 6, FAILED),                   # one part: must equal its total
])
def test_rounding_tolerance_is_half_a_unit_per_part(parts, total, status):
    (finding,) = table_totals(_table(parts, total))
    assert finding.status == status


def test_tolerance_follows_the_printed_precision():
    rows = _table([1, 1, 1], 3)
    for row, printed in zip(rows, ["1,0", "1,0", "1,0", "3,1"]):
        row.update(unit="Mio. kr.", printed_value=printed,
                   amount_dkk=int(float(printed.replace(",", ".")) * 1_000_000))
    (finding,) = table_totals(rows)
    assert finding.status == WARNING and finding.expected == "3,1 (Mio. kr.) = 3.100.000 kr. ± 100.000 kr."


def test_documents_checked_together_keep_their_own_results(validator, budget_sample, tmp_path):
    planted = replace_text(budget_sample, tmp_path / "wrong-total.pdf", 1, "147.987", "148.987")
    tables = {name: read(path, name) for name, path in (("clean", budget_sample), ("planted", planted))}
    together = validator.validate_batch(tables, "run")
    alone = {name: validator.validate(name, t, "run") for name, t in tables.items()}
    assert together == alone
    assert [r["check"] for r in together["planted"] if r["status"] == FAILED] == ["rows_add_up_to_totals"]
    assert not [r for r in together["clean"] if r["status"] == FAILED]


def _rows(labelled: list[tuple[str, int, bool]]) -> list[dict]:
    return [{"table_id": "1", "measure": "actual", "fiscal_year": 2024, "column_header": "R24", "line_item": label,
             "is_total": total, "row_number": n, "amount_dkk": amount * 1000, "printed_value": str(amount),
             "unit": "I 1.000 kr.", "page": 1} for n, (label, amount, total) in enumerate(labelled, start=1)]


@pytest.mark.parametrize("labelled, statuses", [
    ([("Udgifter", 0, False), ("Løn", 200, False), ("Varer", 100, False), ("Udgifter i alt", 300, True),
      ("Refusion", -40, False), ("Indtægter i alt", -40, True), ("Netto i alt", 260, True)],
     [PASSED, PASSED, PASSED]),                                   # subtotals, then the grand total
    ([("Serviceudgifter", 300, False), ("Løn", 200, False), ("Varer", 100, False), ("Overførsler", 50, False),
      ("Netto i alt", 350, True)], [PASSED]),                      # a group row printing its rows' sum
    ([("Hjemmepleje", 300, False), ("heraf løn", 250, False), ("Plejecentre", 500, False),
      ("I alt", 800, True)], [PASSED]),                            # "heraf" breaks down the row above
    ([("Løn", 200, False), ("Varer", 100, False), ("Udgifter i alt", 300, True), ("Refusion", -40, False),
      ("Indtægter i alt", -40, True), ("Netto i alt", 270, True)], [PASSED, PASSED, FAILED]),
])
def test_subtotals_group_rows_and_breakdowns_add_up_the_way_the_document_means(labelled, statuses):
    assert [f.status for f in table_totals(_rows(labelled))] == statuses


# --- other municipalities' house styles -------------------------------------------------------

def validate_style(validator, tmp_path, chapters, title=None):
    path = styles.build(tmp_path / "budget.pdf", chapters, title=title, running_header="Politikområde Test")
    tables = read(path)
    return tables["budget_lines"].to_pylist(), validator.validate("doc", tables, "run")


def not_passed(results):
    return [(r["check"], r["status"], r["table_id"]) for r in results if r["status"] != "passed"]


def test_a_consistent_four_year_budget_passes_and_compares_only_the_same_money(validator, tmp_path):
    _, results = validate_style(validator, tmp_path, styles.four_year_budget(), "Budget 2026-2029")
    assert not_passed(results) == []
    compared = [r for r in results if r["check"] == "area_totals_agree"]
    assert len(compared) == 18   # three areas, six columns each
    assert {r["table_id"] for r in compared} == {"1"}
    assert not any(table in r["observed"] for r in compared for table in ("table 3:", "table 4:"))
    assert any(r["observed"] == "table 5: 402.310 (1.000 kr.) = 402.310.000 kr."  # Netto i alt under two subtotals
               for r in compared)


def test_rounding_in_millions_is_a_warning_stated_in_kroner(validator, tmp_path):
    _, results = validate_style(validator, tmp_path, styles.million_budget())
    assert not [r for r in results if r["status"] == FAILED]
    (rounding,) = [r for r in results if r["check"] == "rows_add_up_to_totals" and r["status"] == WARNING]
    assert (rounding["table_id"], rounding["observed"], rounding["expected"]) == (
        "2", "7,9 (Mio. kr.) = 7.900.000 kr.", "7,8 (Mio. kr.) = 7.800.000 kr. ± 100.000 kr.")
    assert "100.000 kr." in rounding["message"] and "'B2026'" in rounding["message"]
    unnamed = [r for r in results if r["check"] == "measure_stated"]
    assert [(r["status"], r["table_id"], r["observed"]) for r in unnamed] == [
        (WARNING, "3", "'2025'"), (WARNING, "3", "'2026'")]   # prices headed by the year alone


def test_a_real_inconsistency_still_fails(validator, tmp_path):
    chapters = styles.four_year_budget()
    overview = chapters[0].tables[0]
    overview.rows[0].cells[2] = "845.990"          # Ældreområdet, Budget 2026: the area's own table says 845.900
    _, results = validate_style(validator, tmp_path, chapters, "Budget 2026-2029")
    failed = [r for r in results if r["status"] == FAILED]
    assert [(r["check"], r["table_id"]) for r in failed] == [("rows_add_up_to_totals", "1"),
                                                              ("area_totals_agree", "2")]
    assert "Ældreområdet" in failed[1]["message"]


def test_an_unnamed_header_keeps_its_cells_and_validation_names_it(validator, tmp_path):
    table = StyledTable("T1", ["Budget\n2026", "Pris- og\nlønregulering"], [("adopted_budget", 2026), (None, None)],
                        [Row("Drift", ["1.200", "24"]), Row("I alt", ["1.200", "24"], bold=True)],
                        title="Driftsbudget", title_style="bold", stub="1.000 kr.", column_width=80)
    rows, results = validate_style(validator, tmp_path, [Chapter(None, [table])], "Budget 2026")
    assert {(r["table_id"], r["line_item"], r["measure"], r["printed_value"]) for r in rows} == {
        ("T1", "Drift", "adopted_budget", "1.200"), ("T1", "Drift", None, "24"),
        ("T1", "I alt", "adopted_budget", "1.200"), ("T1", "I alt", None, "24")}
    assert not_passed(results) == [("measure_stated", FAILED, "T1")]
    (unnamed,) = [r for r in results if r["check"] == "measure_stated"]
    assert "'Pris- og lønregulering'" in unnamed["message"] and unnamed["page"] == 1
