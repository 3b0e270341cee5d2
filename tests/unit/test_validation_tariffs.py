"""Tariff rules: the three clean samples pass; planted defects in copies of them (the web
page edited, the PDF sheet re-printed with one number changed) are caught and pointed to."""

from pathlib import Path

import pytest

from conftest import RAW
from plant import replace_text
from pipeline.extract.ledger import ledger_rows
from pipeline.extract.tariffs_html import extract_tariffs_html
from pipeline.extract.tariffs_pdf import extract_tariffs_pdf
from pipeline.schemas import to_table
from pipeline.validate.validator import Validator
from pipeline.validate.findings import FAILED

SHEET = RAW / "takster" / "2019-2020" / "naestved-takstblad-2019-2020.pdf"
PAGE = RAW / "takster" / "2023" / "naestved-takster-2023.html"
PRINT = RAW / "takster" / "2023" / "naestved-takster-2023.pdf"


@pytest.fixture(scope="module")
def validator():
    return Validator()


def failures(validator, path: Path) -> list[dict]:
    extract = extract_tariffs_html if path.suffix == ".html" else extract_tariffs_pdf
    document = extract(path)
    ledger = ledger_rows(document.ledger, "doc", content_table="tariffs")
    tables = {"tariffs": to_table("tariffs", document.rows("doc")), "number_ledger": to_table("number_ledger", ledger)}
    results = validator.validate("doc", tables, "run")
    assert {r["check"] for r in results} == {c.name for c in validator.rules["tariffs"].checks}
    return [r for r in results if r["status"] == FAILED]


@pytest.mark.parametrize("sample", [SHEET, PAGE, PRINT], ids=lambda p: p.name)
def test_clean_samples_pass(validator, sample):
    assert failures(validator, sample) == []


def edited_page(tmp_path, old: str, new: str, count: int = 1) -> Path:
    text = PAGE.read_text()
    assert text.count(old) >= count
    path = tmp_path / "takster.html"
    path.write_text(text.replace(old, new, count))
    return path


def test_a_negative_tariff(validator, tmp_path):
    path = edited_page(tmp_path, '<td class="takst">285,00</td>', '<td class="takst">-285,00</td>')
    (failure,) = failures(validator, path)
    assert failure["check"] == "no_negative_prices"
    assert failure["message"] == ("1 of 235 values in column amount_dkk breaks the rule (at least 0 kr.): -285,00 kr. "
                                  "The first is 'Mere end 4 timer'.")
    assert failure["observed"] == "1 of 235 values in column amount_dkk breaks the rule"
    assert failure["expected"] == "at least 0 kr."


def test_malformed_numbers_in_the_page_and_in_the_sheet(validator, tmp_path):
    path = edited_page(tmp_path, '<td class="takst">1.180,00</td>', '<td class="takst">1.18,00</td>')
    (failure,) = failures(validator, path)
    assert failure["check"] == "numbers_well_formed" and "'1.18,00'" in failure["message"]
    assert "Kørekort til erhvervsmæssig personbefordring" in failure["message"]
    sheet = replace_text(SHEET, tmp_path / "sheet.pdf", 1, "1.077,00", "1.07,00")
    (failure,) = failures(validator, sheet)
    assert (failure["check"], failure["page"]) == ("numbers_well_formed", 1)
    assert failure["bbox_x0"] is not None  # the report frames it on page 1


def test_a_row_printed_twice(validator, tmp_path):
    row = '<tr><td>Sundhedskort</td><td>Kr. pr. stk.</td><td class="takst">220,00</td></tr>'
    path = edited_page(tmp_path, row, row + "\n" + row)
    (failure,) = failures(validator, path)
    assert failure["check"] == "no_repeated_rows" and "'Sundhedskort'" in failure["message"]


def test_a_tenfold_jump_between_the_sheets_two_years(validator, tmp_path):
    sheet = replace_text(SHEET, tmp_path / "sheet.pdf", 1, "682,00", "6.820,00")
    (failure,) = failures(validator, sheet)
    assert (failure["check"], failure["page"]) == ("no_period_jumps", 1)
    assert "664,00 in 2019 to 6.820,00 in 2020" in failure["message"]


def test_the_same_item_further_down_under_another_group_is_not_a_repeat(validator):
    """'Mere end 4 timer' and 'Oplysningsforbund (under 4 timer)' recur under other groups."""
    assert not [f for f in failures(validator, PAGE) if f["check"] == "no_repeated_rows"]
    assert not [f for f in failures(validator, SHEET) if f["check"] == "no_repeated_rows"]
