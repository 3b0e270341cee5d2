"""The budget number ledger: every number inside a budget table's box is a cell, a year or
code in a header, the unit, or part of a row label; anything else is unexplained."""

from collections import Counter

import budget_styles as styles
from pipeline.extract import extract_document
from pipeline.extract.budget import budget_lines, extract_budget
from pipeline.extract.budget_ledger import budget_ledger
from pipeline.extract.ledger import CELL
from pipeline.ingest.discover import source_of


def test_the_extraction_stages_the_ledger_beside_the_rows(tmp_path):
    (tmp_path / "budget" / "2026").mkdir(parents=True)
    path = styles.build(tmp_path / "budget" / "2026" / "budget.pdf", styles.million_budget(), title=None,
                        running_header="Teknik og Miljø")
    extraction = extract_document(source_of(path, tmp_path))
    ledger = extraction.tables["number_ledger"]
    assert {r["content_table"] for r in ledger} == {"budget_lines"}
    assert None not in {r["explained_by"] for r in ledger}
    cells = {(r["page"], r["bbox_x0"], r["bbox_top"]) for r in extraction.tables["budget_lines"]}
    assert {(r["page"], r["bbox_x0"], r["bbox_top"]) for r in ledger if r["explained_by"] == CELL} == cells


def test_a_four_year_budget_leaves_nothing_unexplained(tmp_path):
    path = styles.build(tmp_path / "budget.pdf", styles.four_year_budget(), title="Budget 2026-2029",
                        running_header="Sundhed og Omsorg")
    ledger = budget_ledger(extract_budget(path))
    reasons = Counter(e.explained_by for e in ledger)
    assert None not in reasons
    assert reasons[CELL] == len(styles.expected_cells(styles.four_year_budget()))
    assert [e.context for e in ledger if e.explained_by == "row_label"] == [
        "Antal borgere over 80 år 9.870 10.240 10.610", "Andel af borgere over 80 år 8,1% 8,3% 8,6%"]
    assert [e.text for e in ledger if e.explained_by == "header_text"] == ["BO1", "BO2", "BO3"] * 2


def test_a_number_the_reader_could_not_read_is_unexplained_and_the_table_goes_on(tmp_path):
    chapters = styles.million_budget()
    operations = chapters[0].tables[0]
    operations.rows[1].cells[0] = "20.3"        # not a Danish number: "20,3" or "20.300"
    operations.rows[-1].cells[3] = "33.5"       # in the total row, the table's last
    path = styles.build(tmp_path / "budget.pdf", chapters, title=None, running_header="Teknik og Miljø")
    document = extract_budget(path)
    unexplained = [(e.region, e.text, e.context) for e in budget_ledger(document) if e.explained_by is None]
    assert unexplained == [("1", "20.3", "Kollektiv trafik 20.3 20,3 20,3 20,3"), ("1", "33.5", "I alt 32,9 33,1 33,3 33.5")]
    rows = budget_lines(document, "doc")
    assert len([r for r in rows if r["table_id"] == "1"]) == 18   # 20 printed, the two malformed kept out
