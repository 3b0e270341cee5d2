"""Plain page text through pypdfium2: fast enough (~1,000 pages/s) to read every page
for classification and triage before the slower positioned-word pass."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from pipeline.pdf.words import Word


def page_texts(path: Path, max_pages: int | None = None) -> list[str]:
    """Each page's text; "" for a page pdfium cannot load (preflight has counted it as
    unread, and validation holds such a document back: its other pages are still read)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        count = len(pdf) if max_pages is None else min(len(pdf), max_pages)
        return [_text(pdf, index) for index in range(count)]
    finally:
        pdf.close()


def _text(pdf: pdfium.PdfDocument, index: int) -> str:
    try:
        page = pdf[index]
    except pdfium.PdfiumError:
        return ""
    try:
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        return text
    finally:
        page.close()


def page_runs(path: Path) -> list[tuple[str, list[Word]]]:
    """Per page, its plain text and its text runs with their boxes (pdfium's text rects:
    a run of text on one line, split where a wide gap stands, much as a table's cells are),
    as Words in points from the page's top-left corner. As fast as the plain text; enough
    to see a table's header laid out in columns without the positioned-word pass."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            height = page.get_height()
            textpage = page.get_textpage()
            runs = []
            for rect in (textpage.get_rect(i) for i in range(textpage.count_rects())):
                left, bottom, right, top = rect
                text = textpage.get_text_bounded(*rect).strip()
                if text:
                    runs.append(Word(text, left, right, height - top, height - bottom, round(top - bottom, 1)))
            pages.append((textpage.get_text_range(), runs))
            textpage.close()
            page.close()
        return pages
    finally:
        pdf.close()
