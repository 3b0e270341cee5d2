import hashlib
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pipeline.errors import DocumentRejected
from pipeline.extract.budget import extract_budget
from pipeline.ocr import ocr_available, ocr_pdf

needs_tesseract = pytest.mark.skipif(
    not ocr_available(),
    reason="OCR needs tesseract with Danish data: apt-get install tesseract-ocr tesseract-ocr-dan")

# Table 0.1 of the budget sample, as printed: every row's numbers.
TABLE_0_1 = ["36.723", "125", "4.962", "3.349", "10.348", "21.656", "250", "683", "4.761",
             "6.557", "11.597", "3.048", "37.557", "4.453", "400", "2.292", "147.987", "775"]


def scan(source: Path, page: int, dpi: int, path: Path) -> Path:
    """An image-only PDF of one page, as a scanner would make it."""
    image = pdfium.PdfDocument(str(source))[page].render(scale=dpi / 72).to_pil().convert("L")
    image.save(path, resolution=dpi)
    return path


def words(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [w["text"] for page in pdf.pages for w in page.extract_words()]


@needs_tesseract
def test_ocr_gives_back_the_numbers_of_a_scanned_budget_table(tmp_path, budget_sample):
    scanned = scan(budget_sample, 0, 200, tmp_path / "scan.pdf")
    before = hashlib.sha256(scanned.read_bytes()).hexdigest()
    assert words(scanned) == []
    result = ocr_pdf(scanned, tmp_path / "ocr")
    assert result.parent == tmp_path / "ocr"
    assert hashlib.sha256(scanned.read_bytes()).hexdigest() == before
    found = words(result)
    assert [n for n in found if n in TABLE_0_1] == TABLE_0_1
    assert {"Stadion", "idrætsfaciliteter", "Bibliotek", "Borgerservice", "Kontaktcenter"} <= set(found)


@needs_tesseract
def test_the_budget_extractor_reads_a_table_from_ocr_output(tmp_path, budget_sample):
    scanned = scan(budget_sample, 1, 300, tmp_path / "page2.pdf")
    document = extract_budget(ocr_pdf(scanned, tmp_path / "ocr"))
    table = next(t for t in document.tables if t.table_id == "1.2")
    assert table.column_headers == ["R23", "R24", "B25", "Tekn. B26", "Skøn 26", "Tillæg"]
    [row] = table.rows
    assert row.label(table.stub_edge) == "Stadion og idrætsfaciliteter, samlet"
    assert [c.word.text for c in row.cells] == ["27.079", "34.071", "36.872", "36.723", "36.723", "125"]


def test_without_tesseract_a_scan_is_refused_with_the_fix(tmp_path, monkeypatch, request):
    monkeypatch.setattr("pipeline.ocr.shutil.which", lambda name: None)
    ocr_available.cache_clear()
    request.addfinalizer(ocr_available.cache_clear)  # the next test sees the machine as it is
    assert not ocr_available()
    with pytest.raises(DocumentRejected) as caught:
        ocr_pdf(tmp_path / "scan.pdf", tmp_path / "ocr")
    assert (caught.value.stage, caught.value.reason) == (
        "ocr", "scanned PDF: no text layer; install tesseract-ocr-dan to OCR it")
