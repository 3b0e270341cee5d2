"""Which pages a PDF holds, and which of them the readers can read.

The pipeline reads a PDF with two libraries: pdfium (page text for triage, pictures)
and pdfminer (under pdfplumber: the positioned words every extractor uses). A damaged
file can lose pages in either without an error: pdfium keeps a page whose object is
gone from the cross-reference table and fails only when it is loaded; pdfminer skips
it silently; a broken page-tree node drops its pages for both. So the page counts are
compared: pdfium's, pdfminer's, the tree's own /Count, and, where those disagree, the
page objects actually in the file (pdfminer's fallback reader, which finds objects by
scanning the bytes as pdfium does when it repairs a file; objects an incremental update
deleted are not counted). Pages that exist and cannot be read by both are unreadable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pdfminer.pdfdocument import PDFDocument, PDFXRefFallback
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.psparser import LIT

_PAGE = LIT("Page")


@dataclass(frozen=True)
class PageCounts:
    pdfium: int                       # pages pdfium lists
    pdfium_failed: dict[int, str]     # 1-based page -> why pdfium cannot load it
    pdfminer: int                     # pages pdfminer's page tree walk yields
    declared: int | None = None       # the page tree's /Count
    in_file: int | None = None        # live page objects in the file (only counted on disagreement)

    @property
    def agree(self) -> bool:
        return not self.pdfium_failed and self.pdfium == self.pdfminer == (self.declared or self.pdfium)

    @property
    def existing(self) -> int:
        return max(self.pdfium, self.pdfminer, self.in_file or 0)

    @property
    def readable(self) -> int:
        """Pages both readers can read (pdfplumber needs pdfminer's, triage pdfium's)."""
        return min(self.pdfium - len(self.pdfium_failed), self.pdfminer)

    @property
    def unreadable(self) -> int:
        return self.existing - self.readable

    def reason(self) -> str | None:
        """One line: how many pages cannot be read, and what each reader found."""
        if not self.unreadable:
            return None
        said = []
        if self.pdfium_failed:
            failures = sorted(self.pdfium_failed.items())
            said.append(f"{page_list([n for n, _ in failures])} cannot be loaded ({failures[0][1]})")
        if self.pdfminer < self.existing:
            said.append(f"the page tree pdfminer reads lists {self.pdfminer}")
        if self.pdfium < self.existing:
            said.append(f"pdfium lists {self.pdfium}")
        if self.in_file is not None and self.in_file > max(self.pdfium, self.pdfminer):
            said.append(f"the file holds {self.in_file} page objects")
        return f"damaged PDF: {self.unreadable} of its {self.existing} pages cannot be read: " + "; ".join(said)


def page_list(pages: list[int]) -> str:
    """"page 4", "pages 4-8", "pages 2, 5, 9"."""
    if len(pages) == 1:
        return f"page {pages[0]}"
    if pages == list(range(pages[0], pages[-1] + 1)):
        return f"pages {pages[0]}-{pages[-1]}"
    return "pages " + ", ".join(map(str, pages))


def count_pages(path: Path, pdfium: int, pdfium_failed: dict[int, str], pdfminer: int) -> PageCounts:
    """The counts compared; the file is scanned for page objects only where they disagree."""
    with path.open("rb") as handle:
        document = PDFDocument(PDFParser(handle))
        counts = PageCounts(pdfium, pdfium_failed, pdfminer, _declared(document))
        if counts.agree:
            return counts
        return PageCounts(pdfium, pdfium_failed, pdfminer, counts.declared, _live_pages_in_file(path, document))


def _declared(document: PDFDocument) -> int | None:
    try:
        count = resolve1(resolve1(document.catalog.get("Pages")).get("Count"))
    except (AttributeError, TypeError):
        return None
    return count if isinstance(count, int) else None


def _live_pages_in_file(path: Path, document: PDFDocument) -> int:
    """Page objects found by scanning the file, less those its cross-reference tables
    mark deleted (free) where it has readable ones."""
    live = {objid for xref in document.xrefs if not isinstance(xref, PDFXRefFallback)
            for objid in xref.get_objids()}
    with path.open("rb") as handle:
        parser = PDFParser(handle)
        reader = PDFDocument(parser)
        scanned = PDFXRefFallback()
        scanned.load(parser)
        reader.xrefs = [scanned]   # read objects where the scan found them, not the tables
        return sum(1 for objid in scanned.get_objids() if (not live or objid in live) and _is_page(reader, objid))


def _is_page(reader: PDFDocument, objid: int) -> bool:
    try:
        obj = reader.getobj(objid)
    except Exception:  # noqa: BLE001 - a damaged object is not a page anyone can read
        return False
    return isinstance(obj, dict) and obj.get("Type") is _PAGE
