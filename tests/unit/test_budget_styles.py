"""Budgets as other municipalities print them, cell by cell: four-year columns, headers
over two lines or two rows, captions with the unit, mio. kr. with one decimal, income
with a minus sign, subtotals, group headings, wrapped labels, tables of changes, key
figures and prices, unnumbered tables. Expected values come from each document's
specification (tests/budget_styles.py)."""

import pytest

import budget_styles as styles
from pipeline.extract.budget import budget_lines, extract_budget
from pipeline.extract.classify import classify
from pipeline.pdf.text import page_texts

DOCUMENTS = {
    "four_year": (styles.four_year_budget, "Budget 2026-2029 Sundhed og Omsorg"),
    "millions": (styles.million_budget, None),
    "sectioned": (styles.sectioned_budget, "Budget 2026-2029"),
    "captions_below": (styles.captions_under_tables, None),
}


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    """Each house style built once and read once: (its chapters, the document, its rows, its path)."""
    done = {}

    def read(name):
        if name not in done:
            chapters_of, title = DOCUMENTS[name]
            chapters = chapters_of()
            path = styles.build(tmp_path_factory.mktemp(name) / f"{name}.pdf", chapters, title=title,
                                running_header="Politikområde Sundhed og Omsorg")
            document = extract_budget(path)
            done[name] = chapters, document, budget_lines(document, "doc"), path
        return done[name]
    return read


def cells(rows):
    return [(r["table_id"], r["line_item"], r["measure"], r["fiscal_year"], r["amount_dkk"], r["printed_value"])
            for r in rows]


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_budget_in_another_house_style_is_classified_as_one_without_a_folder_hint(read, name):
    path = read(name)[3]
    assert classify("\n".join(page_texts(path, max_pages=5)), "incoming/document.pdf") == "budget"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_cell_with_its_measure_year_and_amount(read, name):
    chapters, _, rows, _ = read(name)
    extracted = cells(rows)
    assert len(extracted) == len(set(extracted))
    expected = styles.expected_cells(chapters)
    assert expected - set(extracted) == set(), "cells of the document that were missed"
    assert set(extracted) - expected == set(), "rows that are not in the document"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_tables_are_numbered_and_kinded_as_the_document_shows(read, name):
    chapters, document, _, _ = read(name)
    specs = styles.expected_by_table(chapters)
    assert [(t.table_id, t.kind) for t in document.tables] == [(i, s.kind) for i, s in specs.items()]


def test_four_year_headers_over_two_lines_and_out_years_by_number(read):
    _, document, rows, _ = read("four_year")
    assert document.year == "2026-2029"
    by_table = {t.table_id: t for t in document.tables}
    assert by_table["1"].column_headers == ["Regnskab 2024", "Korrigeret budget 2025", "Budget 2026",
                                            "Overslag 2027", "Budgetov erslag 2028", "Overslag 2029"]
    assert by_table["3"].measures == [("adopted_budget", 2026), ("forecast", 2027), ("forecast", 2028),
                                      ("forecast", 2029)]
    assert by_table["4.T1"].column_headers[1] == "Korr. B25"


def test_the_unit_comes_from_the_caption_the_title_the_stub_or_the_document(read):
    units = {name: {t.table_id: t.unit_text for t in read(name)[1].tables} for name in DOCUMENTS}
    assert units["four_year"] == {"1": "i 1.000 kr.", "2": "i 1.000 kr.", "3": "Beløb i 1.000 kr.", "4": None,
                                  "5": "i 1.000 kr.", "4.T1": "I 1000 kr."}
    assert units["millions"] == {"1": "mio. kr.", "2": "Mio. kr.", "3": "(kr.)"}
    assert units["sectioned"] == {"2.1.1": "1.000 kr.", "2.1.2": "i 1.000 kr.", "2.2.1": "i 1.000 kr."}
    assert units["captions_below"] == units["millions"]


def test_income_with_a_minus_sign_and_millions_with_one_decimal(read):
    _, _, rows, _ = read("millions")
    parking = {(r["measure"], r["fiscal_year"]): (r["printed_value"], r["amount_dkk"])
               for r in rows if r["line_item"] == "Parkeringsindtægter"}
    assert parking[("adopted_budget", 2026)] == ("\u20133,2", -3_200_000)
    assert parking[("forecast", 2029)] == ("-3,5", -3_500_000)


def test_group_headings_stand_alone_and_wrapped_labels_join_their_row(read):
    _, _, rows, _ = read("four_year")
    labels = {r["line_item"] for r in rows if r["table_id"] == "5"}
    assert labels == {"Botilbud", "Støttekontaktpersoner og Bostøtte", "Udgifter i alt", "Statsrefusion",
                      "Indtægter i alt", "Netto i alt"}
    totals = {r["line_item"] for r in rows if r["table_id"] == "5" and r["is_total"]}
    assert totals == {"Udgifter i alt", "Indtægter i alt", "Netto i alt"}


def test_overview_rows_are_areas_and_area_tables_carry_their_chapter(read):
    _, _, rows, _ = read("four_year")
    overview = {r["activity_area"] for r in rows if r["table_id"] == "1"}
    assert overview == {"Ældreområdet", "Handicap og psykiatri", "Sundhed og forebyggelse", None}
    assert {r["activity_area"] for r in rows if r["table_id"] in ("2", "3", "4")} == {"Ældreområdet"}
    assert {r["table_kind"] for r in rows if r["table_id"] == "3"} == {"changes"}


def test_a_table_over_two_pages_keeps_every_row(read):
    _, _, rows, _ = read("sectioned")
    schools = [r for r in rows if r["table_id"] == "2.2.1"]
    assert len(schools) == 120 and len({r["page"] for r in schools}) == 2
    assert [r["row_number"] for r in schools if r["measure"] == "actual"] == list(range(1, 41))
