"""Numbers read from a scan: one in doubt (low OCR confidence, or printed unlike its column)
is published only where a total confirms it; a tariff in doubt is a warning."""

import pytest

from pipeline.schemas import to_table
from pipeline.validate.findings import FAILED, PASSED, WARNING, scanned_cells_confirmed, scanned_values_in_doubt
from pipeline.validate.validator import Validator


def column(printed: list[str], confidences: list[float | None], total: str | None) -> list[dict]:
    rows = [(f"Række {n}", p, c, False) for n, (p, c) in enumerate(zip(printed, confidences), start=1)]
    if total is not None:
        rows.append(("I alt", total, 0.99, True))
    return [{"document_id": "scan", "table_id": "2.2", "measure": "actual", "fiscal_year": 2024, "column_header": "R24",
             "line_item": label, "is_total": is_total, "row_number": n, "printed_value": value,
             "amount_dkk": int(value.replace(".", "").replace(",", "")) * 1000, "unit": "I 1.000 kr.", "page": 3,
             "confidence": confidence, "bbox_x0": 300.0, "bbox_top": 100.0 + 14 * n, "bbox_x1": 340.0,
             "bbox_bottom": 110.0 + 14 * n}
            for n, (label, value, confidence, is_total) in enumerate(rows, start=1)]


def statuses(lines):
    return [(f.status, f.observed) for f in scanned_cells_confirmed(lines, 0.9)]


def test_a_doubtful_number_that_its_total_confirms_is_published():
    assert statuses(column(["1.200", "2.450", "800"], [0.99, 0.62, 0.97], "4.450")) == [(PASSED, "2.450")]


def test_a_doubtful_number_its_total_does_not_confirm_is_held_back_and_framed():
    (finding,) = scanned_cells_confirmed(column(["1.200", "2.750", "800"], [0.99, 0.62, 0.97], "4.450"), 0.9)
    assert finding.status == FAILED and finding.bbox == (300.0, 128.0, 340.0, 138.0)
    assert finding.message == ("2.750 in row 'Række 2', column 'R24' of table 2.2: OCR read it with confidence 0,62, "
                               "and no total confirms it, so the document is held back until a person has checked it.")


def test_a_number_printed_unlike_its_column_needs_a_total_even_when_ocr_was_sure():
    lines = column(["36.723", "10.348", "5,877", "2.004"], [0.99, 0.98, 0.95, 0.97], None)
    (finding,) = scanned_cells_confirmed(lines, 0.9)
    assert finding.status == FAILED and "printed with 3 decimals where its column prints 0" in finding.message


def test_numbers_of_a_born_digital_pdf_are_not_judged_so():
    lines = column(["1.200", "2,5", "800"], [None, None, None], None)
    assert scanned_cells_confirmed(lines, 0.9) == []


def test_a_tariff_read_with_low_confidence_is_a_warning():
    rows = [{"item": "Voksne", "period": "2025", "value_text": "65,00", "confidence": 0.41, "page": 1, "row_number": 1,
             "bbox_x0": 1.0, "bbox_top": 2.0, "bbox_x1": 3.0, "bbox_bottom": 4.0},
            {"item": "Børn", "period": "2025", "value_text": "30,00", "confidence": 0.97, "page": 1, "row_number": 2}]
    (finding,) = scanned_values_in_doubt(rows, 0.9)
    assert (finding.status, finding.observed, finding.row_number) == (WARNING, "65,00", 1)


@pytest.fixture(scope="module")
def validator():
    return Validator()


def test_the_rule_runs_through_great_expectations_from_the_rules_file(validator):
    lines = column(["1.200", "2.750", "800"], [0.99, 0.62, 0.97], "4.450")
    results = validator.validate("scan", {"budget_lines": to_table("budget_lines", lines)}, "run")
    (scanned,) = [r for r in results if r["check"] == "scanned_numbers_confirmed"]
    assert (scanned["status"], scanned["observed"], scanned["page"], scanned["row_number"]) == (FAILED, "2.750", 3, 2)
