"""The tariff readers' number ledger: every price-like token where tariffs stand is a cell,
explained, or unexplained. On the samples only prices in running text stay unexplained
(written down below); on layouts read in full, none; where a reader reads a document only
in part, exactly the prices it missed."""

from collections import Counter

import pytest

from conftest import RAW
from tariff_layouts import Heading, Line, PriceTable, TariffDoc, Text, build_html, build_pdf, random_document
from pipeline.extract import extract_document
from pipeline.extract.ledger import CELL
from pipeline.extract.tariff_grammar import is_word_value
from pipeline.extract.tariffs_html import extract_tariffs_html
from pipeline.extract.tariffs_pdf import extract_tariffs_pdf
from pipeline.ingest.discover import source_of
from pipeline.schemas import to_table

SHEET = RAW / "takster" / "2019-2020" / "naestved-takstblad-2019-2020.pdf"
PAGE = RAW / "takster" / "2023" / "naestved-takster-2023.html"
PRINT = RAW / "takster" / "2023" / "naestved-takster-2023.pdf"

# Prices the samples print in running text (or inside one item's description), which no
# reader should take for tariffs: a maximum, last year's price, a discount, a sponsor level.
IN_TEXT_2023 = Counter(["1.124", "562,00", "712,00", "356,00", "0,5%", "3.000", '"10.000', "200"])
IN_TEXT_2019 = Counter(["300", "10.000", "gratis", "200"])


@pytest.fixture(scope="module")
def documents():
    return {"sheet": extract_tariffs_pdf(SHEET), "page": extract_tariffs_html(PAGE), "print": extract_tariffs_pdf(PRINT)}


def unexplained(document) -> Counter:
    return Counter(entry.text for entry in document.ledger if entry.explained_by is None)


@pytest.mark.parametrize("name, expected", [("sheet", IN_TEXT_2019), ("page", IN_TEXT_2023), ("print", IN_TEXT_2023)])
def test_on_the_samples_only_prices_in_running_text_are_unexplained(documents, name, expected):
    assert unexplained(documents[name]) == expected


def test_every_value_of_a_pdf_is_a_cell_of_its_ledger(documents):
    """Every value that is a token (a number or a price word; "tidsforbrug" is neither)."""
    for name in ("sheet", "print"):
        document = documents[name]
        cells = {(e.page, e.bbox) for e in document.ledger if e.explained_by == CELL}
        for tariff in document.tariffs:
            if not (any(ch.isdigit() for ch in tariff.value_text) or is_word_value(tariff.value_text)):
                continue
            x0, top, x1, bottom = tariff.bbox
            assert any(page == tariff.page and box[0] >= x0 - 0.5 and box[2] <= x1 + 0.5
                       and box[1] >= top - 0.5 and box[3] <= bottom + 0.5 for page, box in cells), tariff


def test_reasons_are_the_documented_ones(documents):
    reasons = {e.explained_by for d in documents.values() for e in d.ledger}
    assert reasons <= {CELL, None, "item_text", "unit_text", "remark", "vat_text", "period_label", "header_year",
                       "header_text", "heading", "title", "footnote", "page_number", "running_header", "prose_number"}
    # a year in a column header, a count in a paragraph: explained; never a price
    by_text = {(e.text, e.explained_by) for e in documents["sheet"].ledger}
    assert ("2019", "header_year") in by_text and ("36", "prose_number") in by_text


@pytest.mark.parametrize("seed", [7, 90])
@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_document_read_in_full_leaves_nothing_unexplained(seed, fmt, tmp_path):
    path = tmp_path / f"doc.{fmt}"
    if fmt == "pdf":
        document = extract_tariffs_pdf(build_pdf(random_document(seed), path))
    else:
        document = extract_tariffs_html(build_html(random_document(seed), path))
    assert document.ledger and unexplained(document) == Counter()


MISSED = ["Voksne betaler 65,00 kr. pr. gang, og børn betaler 30,00 kr.",
          "Leje af hele hallen koster 1.250 kr. i timen, mindst 3 timer."]


def _half_read(fmt: str, tmp_path):
    """Half the prices in a table the readers read, half in sentences they do not."""
    doc = TariffDoc("Takster 2024", "2024", [
        Heading("Svømmehal"),
        PriceTable(("2024",), [Line("Sauna", ("40,00",), "pr. gang"), Line("Leje af bane", ("220,00",), "pr. time")]),
        Text(MISSED[0]), Text(MISSED[1])])
    path = tmp_path / f"doc.{fmt}"
    return (extract_tariffs_pdf(build_pdf(doc, path)) if fmt == "pdf" else extract_tariffs_html(build_html(doc, path)))


@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_a_partial_read_shows_the_prices_it_missed(fmt, tmp_path):
    document = _half_read(fmt, tmp_path)
    assert {t.value_text for t in document.tariffs} == {"40,00", "220,00"}
    assert unexplained(document) == Counter(["65,00", "30,00", "1.250"])      # "3 timer" is a count
    missed = [e for e in document.ledger if e.explained_by is None]
    assert {e.context for e in missed} == set(MISSED)


def test_a_page_with_prices_and_no_tariff_read_is_in_the_ledger(tmp_path):
    doc = TariffDoc("Takster 2024", "2024", [Heading("Priser"), Text(MISSED[0])])
    document = extract_tariffs_pdf(build_pdf(doc, tmp_path / "doc.pdf"))
    assert document.tariffs == [] and unexplained(document) == Counter(["65,00", "30,00"])


def test_the_extraction_stages_the_ledger_beside_the_tariffs():
    extraction = extract_document(source_of(PAGE, RAW))
    rows = extraction.tables["number_ledger"]
    table = to_table("number_ledger", rows)
    assert table.num_rows == len(rows) > len(extraction.tables["tariffs"])
    assert set(table.column("content_table").to_pylist()) == {"tariffs"}
    assert Counter(r["text"] for r in rows if r["explained_by"] is None) == IN_TEXT_2023
