from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from pipeline.errors import DocumentRejected
from pipeline.ingest.preflight import PdfFacts, preflight_pdf
from pipeline.isolation import run_isolated

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
LIMITS = {"max_bytes": 100 * 1024**2, "max_pages": 2000}


def check(path: Path, **limits) -> PdfFacts:
    return preflight_pdf(path, **{**LIMITS, **limits})


@pytest.mark.parametrize("name, stage, reason", [
    ("encrypted-camelot-health_protected.pdf", "preflight", "password protected (encrypted PDF)"),
    ("encrypted-pdfplumber-password-example.pdf", "preflight", "password protected (encrypted PDF)"),
    ("truncated-camelot-foo.pdf", "preflight",
     "truncated or damaged PDF: pdfium cannot read its structure (data format error); "
     "it has no %%EOF end marker, so it looks cut off"),
    ("empty-camelot.pdf", "preflight", "nothing to extract: its page is blank (no text, no images)"),
    ("only-page-number-camelot.pdf", "preflight",
     "nothing to extract: no words and no images, only the text '13'"),
    ("decompression-bomb-1gib.pdf", "preflight",
     "decompression bomb: the content of page 1 inflates to more than 64.0 MiB from 1.5 MiB"),
    ("zero-bytes.pdf", "sniff", "empty file (0 bytes)"),
    ("not-a-pdf.pdf", "sniff", "not a PDF or HTML document by its bytes (a text file, named .pdf)"),
])
def test_hostile_files_are_refused_with_a_named_reason(name, stage, reason):
    with pytest.raises(DocumentRejected) as caught:
        check(HOSTILE / name)
    assert (caught.value.stage, caught.value.reason) == (stage, reason)


@pytest.mark.parametrize("name", ["image-only-camelot.pdf", "malformed-pdfplumber-issue-932.pdf"])
def test_scans_pass_without_text(name):
    # issue-932 is a scanned page whose only digital text is a date ("2021 3 31").
    assert check(HOSTILE / name) == PdfFacts(pages=1, has_text=False, text_pages=0)


def test_the_bomb_is_refused_without_inflating_it():
    with pytest.raises(DocumentRejected, match="decompression bomb"):
        check(HOSTILE / "decompression-bomb-1gib.pdf")


def test_a_bomb_inside_a_form_xobject_is_found(tmp_path):
    path = tmp_path / "form.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.beginForm("chart")
    for i in range(20_000):
        pdf.line(10, i % 800, 500, (i * 7) % 800)
    pdf.endForm()
    pdf.doForm("chart")
    pdf.drawString(72, 72, "Budget 2026 for kultur og fritid, tabel over budgettet")
    pdf.save()
    assert check(path).has_text
    with pytest.raises(DocumentRejected, match="decompression bomb: the content of page 1"):
        check(path, max_page_content=256 * 1024)


def test_the_budget_sample_passes_with_text(budget_sample):
    assert check(budget_sample) == PdfFacts(pages=25, has_text=True, text_pages=25)


def test_limits_name_the_size_and_the_limit(budget_sample):
    with pytest.raises(DocumentRejected, match=r"^file too large: 0\.7 MiB, the limit is 0\.5 MiB$"):
        check(budget_sample, max_bytes=512 * 1024)
    with pytest.raises(DocumentRejected, match="^too many pages: 25, the limit is 10$"):
        check(budget_sample, max_pages=10)


def test_a_pdf_without_pages_is_refused(tmp_path):
    path = tmp_path / "none.pdf"
    pdfium.PdfDocument.new().save(str(path))
    with pytest.raises(DocumentRejected, match="^PDF has no pages$"):
        check(path)


def test_an_html_page_named_pdf_is_not_a_pdf(tmp_path):
    path = tmp_path / "takster.pdf"
    path.write_text("<!DOCTYPE html><html><body>Takster 2024</body></html>")
    with pytest.raises(DocumentRejected, match="^not a PDF: the file is an HTML page$"):
        check(path)


def test_a_document_the_time_limit_cannot_read_is_refused_at_once_saying_so(budget_sample):
    with pytest.raises(DocumentRejected) as caught:
        check(budget_sample, seconds=4)
    assert caught.value.reason == ("too many pages for the time limit: 25 pages need about 5 s at 4.7 pages/s, "
                                   "and 4 s are left of the limit (PIPELINE_TIMEOUT_SECONDS)")
    assert caught.value.limit == "wall time 4 s"
    assert check(budget_sample, seconds=10).pages == 25


def test_a_scan_is_measured_at_the_pace_of_ocr():
    with pytest.raises(DocumentRejected, match=r"^too many scanned pages for the time limit: 1 scanned page needs "
                                               r"about 4 s at 0.24 pages/s, and 2 s are left"):
        check(HOSTILE / "image-only-camelot.pdf", seconds=2)


def preflight_in_worker(path):
    return preflight_pdf(path, **LIMITS)


@pytest.mark.slow
def test_in_a_worker_the_time_left_is_the_workers(budget_sample):
    with pytest.raises(DocumentRejected, match="^too many pages for the time limit: 25 pages .* 3 s are left"):
        run_isolated(preflight_in_worker, budget_sample, timeout_s=3.4, memory_bytes=1024**3)
