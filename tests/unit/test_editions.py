"""One edition, one set of rows: the 2023 web page and its print are published once, from
the page; where the print says otherwise, that is a finding naming both places; another
tariff list of the same year is another edition; a budget published twice counts once."""

import shutil

import pyarrow.parquet as pq
import pytest

from conftest import BUDGET_SAMPLE, RAW
from pipeline import batch
from pipeline.settings import Settings

PAGE = RAW / "takster" / "2023" / "naestved-takster-2023.html"
PRINT = RAW / "takster" / "2023" / "naestved-takster-2023.pdf"
OTHER_LIST = """<!doctype html><html><head><meta charset="utf-8"><title>Takster 2023</title></head>
<body><main><h1>Takster 2023 for havne</h1><p>Betaling opkræves forud.</p><h2>Bådpladser</h2>
<table><tr><th>Ydelse</th><th>Enhed</th><th>Takst 2023</th></tr>
<tr><td>Bådplads, lille</td><td>pr. år</td><td>1.250,00</td></tr>
<tr><td>Bådplads, stor</td><td>pr. år</td><td>2.100,00</td></tr>
<tr><td>Slæbested</td><td>pr. gang</td><td>75,00</td></tr></table></main></body></html>"""


def published(out, table):
    return pq.read_table(out / "published" / f"{table}.parquet").to_pylist()


@pytest.fixture(scope="module")
def tariff_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("editions")
    folder = tmp / "raw" / "takster" / "2023"
    folder.mkdir(parents=True)
    page = PAGE.read_text(encoding="utf-8")
    assert page.count(">224,00<") == 1
    (folder / "page.html").write_text(page.replace(">224,00<", ">225,00<"), encoding="utf-8")  # disagrees
    shutil.copy(PRINT, folder / "print.pdf")
    (folder / "havne.html").write_text(OTHER_LIST, encoding="utf-8")
    settings = Settings(raw_dir=tmp / "raw", out_dir=tmp / "out", workers=2)
    return settings, batch.run(settings)


def test_the_page_and_its_print_are_published_once_from_the_page(tariff_run):
    settings, _ = tariff_run
    documents = {d["source_file"].rsplit("/", 1)[-1]: d for d in published(settings.out_dir, "documents")}
    assert {name: (d["status"], d["confirmed_by"], d["rows_from"]) for name, d in documents.items()} == {
        "page.html": ("published", "takster/2023/print.pdf", None),
        "print.pdf": ("published", None, "takster/2023/page.html"),
        "havne.html": ("published", None, None)}
    tariffs = published(settings.out_dir, "tariffs")
    by_document = {d["document_id"]: name for name, d in documents.items()}
    assert sorted({by_document[r["document_id"]] for r in tariffs}) == ["havne.html", "page.html"]
    assert len(tariffs) == 256 + 3
    series = published(settings.out_dir, "tariff_series")
    assert len(series) == 256 + 3 and len({(r["series_id"], r["period"]) for r in series}) == 256 + 3


def test_a_value_the_print_shows_otherwise_is_a_finding_naming_both_places(tariff_run):
    settings, summary = tariff_run
    results = [r for r in published(settings.out_dir, "validation_results") if r["check"] == "same_edition_agrees"]
    documents = {d["document_id"]: d["source_file"] for d in published(settings.out_dir, "documents")}
    on_print = [r for r in results if documents[r["document_id"]].endswith("print.pdf")]
    (warning,) = on_print
    assert (warning["status"], warning["observed"], warning["expected"]) == ("warning", "224,00", "225,00")
    assert warning["page"] >= 1 and warning["bbox_x0"] is not None          # where the print shows it
    assert "'Leje af fodboldbane' (2023) is 224,00 in takster/2023/print.pdf, page" in warning["message"]
    assert "but 225,00 in takster/2023/page.html, under" in warning["message"]
    (on_page,) = [r for r in results if documents[r["document_id"]].endswith("page.html")]
    assert on_page["status"] == "warning" and on_page["observed"] == "confirmed by 0 of 1"
    assert not [r for r in results if documents[r["document_id"]].endswith("havne.html")]
    value = [r["value_text"] for r in published(settings.out_dir, "tariffs") if r["item"] == "Leje af fodboldbane"]
    assert value == ["225,00"]   # the most exact reading is published
    print_outcome = next(o for o in summary.outcomes if o.document["source_file"].endswith("print.pdf"))
    assert [r["check"] for r in print_outcome.validation if r["check"] == "same_edition_agrees"] == [
        "same_edition_agrees"]


def test_a_budget_published_twice_counts_once(tmp_path):
    folder = tmp_path / "raw" / "budget" / "2026"
    folder.mkdir(parents=True)
    shutil.copy(BUDGET_SAMPLE, folder / "budget.pdf")
    (folder / "budget-again.pdf").write_bytes(BUDGET_SAMPLE.read_bytes() + b"%re-saved\n")  # other bytes
    settings = Settings(raw_dir=tmp_path / "raw", out_dir=tmp_path / "out", workers=2)
    batch.run(settings)
    documents = {d["source_file"]: (d["confirmed_by"], d["rows_from"]) for d in published(settings.out_dir, "documents")}
    # Read equally exactly: the first name in order stands for the edition.
    assert documents == {"budget/2026/budget-again.pdf": ("budget/2026/budget.pdf", None),
                         "budget/2026/budget.pdf": (None, "budget/2026/budget-again.pdf")}
    assert len(published(settings.out_dir, "budget_lines")) == 135
