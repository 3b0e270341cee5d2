import pytest

from pipeline.errors import DocumentRejected
from pipeline.extract.classify import classify
from pipeline.ingest.discover import discover
from pipeline.ingest.sniff import sniff_format
from pipeline.pdf.text import page_texts


def test_sniff_by_bytes_not_name(tmp_path, budget_sample):
    disguised = tmp_path / "budget.html"
    disguised.write_bytes(budget_sample.read_bytes())
    assert sniff_format(disguised) == "pdf"
    page = tmp_path / "takster.pdf"
    page.write_text("<!DOCTYPE html><html><body>Takster</body></html>")
    assert sniff_format(page) == "html"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"Dette er ikke en PDF, bare tekst.\n", "not a PDF or HTML document by its bytes (a text file"),
    (bytes(range(256)) * 4, "binary data"),
])
def test_sniff_refuses_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    with pytest.raises(DocumentRejected, match=reason.replace("(", r"\(")):
        sniff_format(path)


def test_classify_reads_the_document_not_the_folder(budget_sample):
    text = "\n".join(page_texts(budget_sample, max_pages=5))
    assert classify(text, "takster/2026/x.pdf") == "budget"
    assert classify("Takster 2024\nPris pr. time 100,00\nGebyr", "budget/2024/x.pdf") == "tariffs"
    assert classify("Referat af byrådsmødet", "budget/2026/x.pdf") == "unknown"


def test_discover_skips_hidden_files_and_is_stable(tmp_path):
    (tmp_path / "budget" / "2026").mkdir(parents=True)
    (tmp_path / "budget" / "2026" / "b.pdf").write_bytes(b"%PDF-1.4 b")
    (tmp_path / "budget" / "2026" / "a.pdf").write_bytes(b"%PDF-1.4 a")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    found = discover(tmp_path)
    assert [s.source_file for s in found] == ["budget/2026/a.pdf", "budget/2026/b.pdf"]
    assert found[0].document_id != found[1].document_id and len(found[0].document_id) == 64
