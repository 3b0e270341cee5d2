"""Damaged and odd PDFs: named by preflight and the page reader, never an internal error,
never a silent empty or partial read."""

from pathlib import Path

import pytest

from conftest import BUDGET_SAMPLE, RAW
from damaged_pdfs import with_broken_kid, with_font_without_glyphs, with_media_boxes, with_pages_lost_from_xref
from pipeline.errors import DocumentRejected
from pipeline.ingest.preflight import PdfFacts, preflight_pdf
from pipeline.isolation import run_isolated
from pipeline.pdf.words import open_pdf, page_content, read_pages

TARIFF_SHEET = RAW / "takster" / "2019-2020" / "naestved-takstblad-2019-2020.pdf"
LIMITS = {"max_bytes": 100 * 1024**2, "max_pages": 2000}


def words_of(path: Path, page_number: int = 1) -> list[tuple[str, float, float]]:
    with open_pdf(path) as pdf:
        return [(w.text, round(w.x0, 2), round(w.top, 2)) for w in page_content(pdf.pages[page_number - 1]).words]


@pytest.mark.parametrize("corners", [lambda b: [b[0], b[3], b[2], b[1]], lambda b: [b[2], b[3], b[0], b[1]]],
                         ids=["upside-down", "both-ways"])
def test_a_media_box_with_its_corners_in_another_order_reads_the_same_words(tmp_path, corners):
    odd = with_media_boxes(BUDGET_SAMPLE, tmp_path / "odd.pdf", corners)
    assert words_of(odd, 3) == words_of(BUDGET_SAMPLE, 3)
    assert preflight_pdf(odd, **LIMITS) == PdfFacts(pages=25, has_text=True, text_pages=25)


def test_pages_metres_larger_than_their_text_are_refused_by_name(tmp_path):
    huge = with_media_boxes(TARIFF_SHEET, tmp_path / "huge.pdf", lambda b: [b[0], b[1], b[2] * 30, b[3] * 30])
    with pytest.raises(DocumentRejected, match=r"^pages 1-13 are far larger than their text \(page 1: 17859 x "
                                               r"25257 points, its text \d+ x \d+\): their size \(MediaBox\)"):
        preflight_pdf(huge, **LIMITS)


def test_pages_lost_from_the_cross_reference_table_are_counted_with_the_reason(tmp_path):
    damaged = with_pages_lost_from_xref(TARIFF_SHEET, tmp_path / "lost.pdf", first=4, count=5)
    facts = preflight_pdf(damaged, **LIMITS)
    assert (facts.pages, facts.pages_unreadable) == (13, 5)
    assert facts.unreadable_reason == ("damaged PDF: 5 of its 13 pages cannot be read: pages 4-8 cannot be loaded "
                                       "(Failed to load page); the page tree pdfminer reads lists 8")
    assert len(read_pages(damaged).pages) == 8


def test_a_page_tree_pointing_at_nothing_is_named(tmp_path):
    damaged = with_broken_kid(TARIFF_SHEET, tmp_path / "kid.pdf", 1)
    with pytest.raises(DocumentRejected, match="^damaged page tree: after page 1 it points to object 0, which is "
                                               "not in the file$"):
        preflight_pdf(damaged, **LIMITS)


@pytest.mark.parametrize("box, said", [
    (lambda b: b[:3], r"the size of page 1 \(its MediaBox\) is not four numbers: \[0, 0, 595"),
    (lambda b: [b[0], b[1], b[0], b[3]], r"page 1 has no area"),
])
def test_a_page_without_a_usable_size_is_named(tmp_path, box, said):
    damaged = with_media_boxes(TARIFF_SHEET, tmp_path / "box.pdf", box)
    with pytest.raises(DocumentRejected, match="^damaged PDF: " + said):
        preflight_pdf(damaged, **LIMITS)


def test_the_page_reader_sets_a_damaged_page_aside_and_reads_the_others(tmp_path):
    damaged = with_font_without_glyphs(TARIFF_SHEET, tmp_path / "font.pdf", 2)
    read = read_pages(damaged, [1, 2, 3, 14])
    assert [page.number for page in read.pages] == [1, 3]
    assert read.unreadable == {2: "page 2 cannot be read (PdfminerException: 'DescendantFonts')",
                               14: "page 14 is not in the page tree pdfminer reads (13 pages)"}


def words_of_every_page(path):
    with open_pdf(path) as pdf:
        return sum(len(page_content(page).words) for page in pdf.pages)


@pytest.mark.slow
def test_a_pdf_library_failing_in_a_worker_names_the_damage(tmp_path):
    damaged = with_font_without_glyphs(TARIFF_SHEET, tmp_path / "font.pdf", 2)
    with pytest.raises(DocumentRejected, match=r"^damaged PDF: pdfminer cannot read it \(PdfminerException: "
                                               r"'DescendantFonts'\)$"):
        run_isolated(words_of_every_page, damaged, timeout_s=60, memory_bytes=1024**3)
