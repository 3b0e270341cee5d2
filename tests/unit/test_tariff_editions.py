"""The three tariff samples together: a page and its print agree; series follow tariffs
from the 2019/2020 sheet to the 2023 page; `pipeline history` shows them."""

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from conftest import RAW
from pipeline.cli import app
from pipeline.extract.tariffs_html import extract_tariffs_html
from pipeline.extract.tariffs_pdf import extract_tariffs_pdf
from pipeline.schemas import TABLES
from pipeline.series import link_series

SHEET = RAW / "takster" / "2019-2020" / "naestved-takstblad-2019-2020.pdf"
PAGE = RAW / "takster" / "2023" / "naestved-takster-2023.html"
PRINT = RAW / "takster" / "2023" / "naestved-takster-2023.pdf"


@pytest.fixture(scope="module")
def editions():
    return {"sheet": extract_tariffs_pdf(SHEET).rows("sheet"), "page": extract_tariffs_html(PAGE).rows("page"),
            "print": extract_tariffs_pdf(PRINT).rows("print")}


@pytest.fixture(scope="module")
def series(editions):
    table = pa.Table.from_pylist([r for rows in editions.values() for r in rows], schema=TABLES["tariffs"])
    return link_series(table, {"sheet": "2019-2020", "page": "2023", "print": "2023"}).to_pylist()


def test_the_page_and_its_print_give_the_same_tariffs(editions):
    same = ("section_path", "item", "unit", "period", "value_text", "value_kind", "amount_dkk", "vat_excluded", "note")
    page = [tuple(r[k] for k in same) for r in editions["page"]]
    printed = [tuple(r[k] for k in same) for r in editions["print"]]
    assert len(page) == 256 and printed == page


def test_every_tariffs_row_has_one_series_row(editions, series):
    assert len(series) == sum(map(len, editions.values()))
    assert {(r["document_id"], r["row_number"]) for r in series} == {
        (r["document_id"], r["row_number"]) for rows in editions.values() for r in rows}


def values(series, item, section):
    ids = {r["series_id"] for r in series if r["item"] == item and r["section"] == section}
    assert len(ids) == 1, ids
    return sorted((r["period"], r["value_text"], r["link"]) for r in series if r["series_id"] in ids)


def test_a_tariff_followed_from_the_sheet_to_the_page(series):
    assert values(series, "Leje af fodboldbane", "Idrætsanlæg") == [
        ("2019", "203,00", "first"), ("2020", "209,00", "first"),
        ("2023", "224,00", "exact"), ("2023", "224,00", "fuzzy")]


def test_a_reworded_tariff_joins_its_series_with_a_score(series):
    """"Fodboldbane, klasse- og faglokaler" (2019/2020) is "... faglokale" in 2023."""
    rows = [r for r in series if r["item"].startswith("Fodboldbane, klasse- og faglokale")]
    assert len({r["series_id"] for r in rows}) == 1
    assert {(r["period"], r["value_text"]) for r in rows} == {("2019", "20,00"), ("2020", "21,00"), ("2023", "17,00")}
    fuzzy = [r for r in rows if r["link"] == "fuzzy"]
    assert fuzzy and all(0.85 <= r["link_score"] < 1 for r in fuzzy)


def test_the_same_item_under_two_groups_stays_two_series(series):
    groups = {r["section"]: r["series_id"] for r in series
              if r["item"] == "Mere end 4 timer" and r["document_id"] == "page"}
    assert set(groups) == {"Foreninger og oplysningsforbund", "Private borgere bosat i Næstved Kommune"}
    assert len(set(groups.values())) == 2


def test_history_prints_one_column_per_period(tmp_path, series):
    published = tmp_path / "published"
    published.mkdir()
    pq.write_table(pa.Table.from_pylist(series, schema=TABLES["tariff_series"]), published / "tariff_series.parquet")
    result = CliRunner().invoke(app, ["history", "leje af fodboldbane", "--out", str(tmp_path)], terminal_width=160)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    header = next(line for line in lines if "┃" in line)
    assert [c.strip() for c in header.strip("┃").split("┃")] == ["item", "section", "unit", "2019", "2020", "2023"]
    row = next(line for line in lines if "Leje af fodboldbane" in line)
    assert [c.strip() for c in row.strip("│").split("│")] == [
        "Leje af fodboldbane", "Idrætsanlæg", "Kr. pr. time", "203,00", "209,00", "224,00"]
