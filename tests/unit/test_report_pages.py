"""The report's pages from validation rows alone (a web page: no pictures): what is still
published of a document held back, counts with their nouns, results grouped per check and
page, the run the results come from."""

from pipeline.report import DocumentReport, PictureLimits, write_report

DOCUMENT = {"document_id": "b" * 64, "source_file": "takster/2025/takster.html", "kind": "tariffs", "format": "html",
            "year": "2025", "pages": None, "status": "failed_validation", "policy_area": None,
            "error": "check numbers_accounted_for: 3 numbers printed where the reader found tariffs ..."}


def _row(status: str, message: str, page=None, run_id: str = "run-0") -> dict:
    return {"run_id": run_id, "document_id": DOCUMENT["document_id"], "check": "numbers_accounted_for",
            "status": status, "observed": "o", "expected": "read as a tariff, or a reason it is no tariff",
            "message": message, "table_id": None, "page": page, "row_number": None, "checked_table": "tariffs",
            "why": "Why.", "bbox_x0": None, "bbox_top": None, "bbox_x1": None, "bbox_bottom": None}


def _page(tmp_path, report: DocumentReport, run_id: str = "run-1") -> str:
    write_report(tmp_path, [report], run_id, PictureLimits(60, 1024**3))
    return (tmp_path / f"{DOCUMENT['document_id']}.html").read_text()


def test_a_document_held_back_says_what_of_it_stays_published(tmp_path):
    rows = [_row("failed", "Summary."), *(_row("failed", f"The number {n},00 on the web page ...") for n in (1, 2, 3)),
            _row("passed", "Fine.")]
    last_good = {**DOCUMENT, "document_id": "a" * 64, "status": "published", "year": "2024"}
    html = _page(tmp_path, DocumentReport(DOCUMENT, rows, None, None, last_good=last_good))
    assert "the last good version of this file stays published" in html and "a" * 64 in html
    assert "5 results, 1 passed, 0 warnings, 4 failed." in html
    assert html.count('<div class="finding">') == 1 and html.count("<li>The number") == 3  # one group, one list
    assert "Checked in run <code>run-0</code>, whose results still hold" in html and "<img" not in html
    assert "Nothing of this document is published." in _page(tmp_path, DocumentReport(DOCUMENT, rows, None, None))


def test_counts_take_their_nouns(tmp_path):
    published = {**DOCUMENT, "status": "published", "error": None}
    html = _page(tmp_path, DocumentReport(published, [_row("warning", "Hmm.", run_id="run-1")], None, None))
    assert "1 result, 0 passed, 1 warning, 0 failed." in html and "Its rows are published." in html
    assert "Checked in run <code>run-1</code>:" in html
    index = (tmp_path / "index.html").read_text()
    assert ">published<" in index and "(results still hold)" not in index
