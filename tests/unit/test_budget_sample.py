"""The bundled budget, cell by cell against values written down from the document."""

from collections import Counter

import pytest

from golden import budget_2026_kultur as golden
from pipeline.extract.budget import budget_lines, extract_budget
from pipeline.extract.budget_ledger import budget_ledger
from pipeline.extract.ledger import CELL


@pytest.fixture(scope="module")
def document(budget_sample):
    return extract_budget(budget_sample)


@pytest.fixture(scope="module")
def rows(document):
    return budget_lines(document, "doc")


def test_document_facts_come_from_the_document(document):
    assert document.policy_area == golden.POLICY_AREA
    assert document.year == golden.YEAR
    assert document.pages == golden.PAGES


def test_all_27_tables_and_only_them(document):
    expected = {"0.1"} | {f"{n}.{m}" for n in range(1, 14) for m in (1, 2)}
    assert [t.table_id for t in document.tables] == sorted(expected, key=lambda t: tuple(map(int, t.split("."))))


def test_every_number_cell_and_nothing_else(rows):
    extracted = [(r["table_id"], r["page"], r["activity_area"], r["line_item"], r["is_total"],
                  r["measure"], r["fiscal_year"], r["printed_value"]) for r in rows]
    assert len(extracted) == len(set(extracted)) == 135
    expected = golden.expected_cells()
    assert set(extracted) - expected == set(), "rows that are not in the document"
    assert expected - set(extracted) == set(), "cells of the document that were missed"


def test_amounts_are_printed_value_times_the_unit(rows):
    by_cell = {(r["table_id"], r["line_item"], r["measure"]): r for r in rows}
    assert by_cell[("0.1", "Stadion og idrætsfaciliteter", "technical_budget")]["amount_dkk"] == 36_723_000
    assert by_cell[("0.1", "Politikområde Kultur og Fritid i alt", "technical_budget")]["amount_dkk"] == 147_987_000
    assert by_cell[("12.2", "Ikke tildelt budget - kompenserende besparelse skal udarbejdes",
                    "supplement")]["amount_dkk"] == -400_000
    assert all(r["unit"].lower() == "i 1.000 kr." for r in rows)
    assert all(r["policy_area"] == "Kultur og Fritid" for r in rows)


def test_no_chart_ticks_or_page_numbers(rows):
    # Figures 7.4.1 (page 12) and 10.4.1 (page 18) are vector charts with numeric axes.
    chart_values = {"250", "200", "150", "100", "50", "80", "70", "60", "40", "30", "20", "10"} | {
        str(y) for y in range(2014, 2025)}
    on_chart_pages = [r for r in rows if r["page"] in (12, 18)]
    assert {r["table_id"] for r in on_chart_pages} == {"7.1", "7.2", "10.1", "10.2"}
    assert not [r for r in on_chart_pages if r["printed_value"] in chart_values]


def test_header_cells_that_wrap_are_joined(rows):
    headers = {r["column_header"] for r in rows if r["table_id"] == "10.2"}
    assert headers == {"R23", "R24", "B25", "Tekn. B26", "Skøn 26", "Tillæg"}
    assert {r["column_header"] for r in rows if r["table_id"] == "0.1"} == {"Teknisk budget 2026", "Tillæg 2026"}


def test_cells_carry_their_position_on_the_page(rows):
    for r in rows:
        assert 0 <= r["bbox_x0"] < r["bbox_x1"] <= 596
        assert 0 <= r["bbox_top"] < r["bbox_bottom"] <= 842


def test_every_number_in_a_table_is_a_cell_or_a_header_year_or_the_unit(document, rows):
    ledger = budget_ledger(document)
    assert Counter(e.explained_by for e in ledger) == {CELL: 135, "header_year": 93, "unit": 27}
    assert {(e.page, e.bbox[0], e.bbox[1]) for e in ledger if e.explained_by == CELL} == {
        (r["page"], r["bbox_x0"], r["bbox_top"]) for r in rows}
