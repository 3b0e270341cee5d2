"""One document in, its rows out: sniff the bytes, check a PDF before parsing it (read a
scan by OCR into the same page model), classify by the document's own words, hand it to
the extractor of its kind.

Runs inside an isolated worker (pipeline.isolation): whatever a hostile file does here
costs one document, never the batch.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import DocumentRejected
from pipeline.extract import budget, tariffs, tariffs_html, tariffs_pdf
from pipeline.extract.budget_ledger import budget_ledger
from pipeline.extract.classify import classify
from pipeline.extract.ledger import ledger_rows
from pipeline.ingest.discover import Source
from pipeline.ingest.html import parse_html
from pipeline.ingest.preflight import preflight_pdf
from pipeline.ingest.sniff import sniff_format
from pipeline.pdf.scan import SCAN_VERSION, read_scan
from pipeline.settings import Limits, Settings

# Bumping an extractor's version re-extracts every document (the cache key holds this).
_DOCUMENT_ROW_VERSION = "document-3"   # the documents row a reader fills (content_rows, pages_unread)
EXTRACTOR_VERSION = "+".join((budget.EXTRACTOR_VERSION, tariffs.EXTRACTOR_VERSION, tariffs_pdf.EXTRACTOR_VERSION,
                              tariffs_html.EXTRACTOR_VERSION, SCAN_VERSION, _DOCUMENT_ROW_VERSION))
_CLASSIFY_PAGES = 5
_FOLDER_YEAR_RE = re.compile(r"^(?:19|20)\d{2}(?:-(?:19|20)\d{2})?$")


@dataclass
class Extraction:
    document: dict                                   # the document's row, before validation
    tables: dict[str, list[dict]] = field(default_factory=dict)


def document_row(source: Source, **facts) -> dict:
    row = {"document_id": source.document_id, "source_file": source.source_file, "kind": "unknown",
           "format": None, "year": None, "pages": None, "status": None, "error": None,
           "policy_area": None, "title": None, "ocr": None, "extractor_version": EXTRACTOR_VERSION}
    row.update(facts)
    if row["year"] is None:
        row["year"] = _folder_year(source.source_file)
    return row


def _folder_year(source_file: str) -> str | None:
    """raw/<kind>/<year>/file: the folder's year, where the document does not state its own."""
    parts = source_file.split("/")[:-1]
    return next((part for part in reversed(parts) if _FOLDER_YEAR_RE.match(part)), None)


def extract_document(source: Source, limits: Limits | None = None) -> Extraction:
    """Raises DocumentRejected for a document that cannot be read or is of no known kind.
    Without `limits`, those of the settings (environment) hold."""
    limits = limits or Settings().limits
    file_format = sniff_format(source.path)
    if file_format == "html":
        return _extract_html(source, limits)
    facts = preflight_pdf(source.path, max_bytes=limits.max_file_bytes, max_pages=limits.max_pages)
    extraction = _extract_pdf(source, source.path, facts.texts) if facts.has_text else _extract_scan(source)
    extraction.document.update(pages_unread=facts.pages_unreadable, pages_unread_reason=facts.unreadable_reason,
                               pages_image_only=_page_list(facts.image_only_pages))
    return extraction


def _page_list(numbers: tuple[int, ...]) -> str | None:
    """"3, 7-9" for pages 3, 7, 8 and 9."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs) or None


def _extract_pdf(source: Source, path: Path, texts: tuple[str, ...]) -> Extraction:
    """`texts`: every page's plain text, as preflight read it (classification reads the first pages)."""
    kind = classify("\n".join(texts[:_CLASSIFY_PAGES]), source.source_file)
    if kind == "budget":
        return _budget_extraction(source, budget.extract_budget(path), ocr=False)
    if kind == "tariffs":
        return _tariff_extraction(source, tariffs_pdf.extract_tariffs_pdf(path), "pdf", False)
    raise DocumentRejected("not recognised as a budget or a tariff document", stage="classify")


def _extract_scan(source: Source) -> Extraction:
    """A PDF without a text layer: every page read by OCR into the readers' page model; each
    row carries its value's OCR confidence and a box on the page as scanned."""
    scan = read_scan(source.path)
    texts = scan.texts()
    kind = classify("\n".join(texts[:_CLASSIFY_PAGES]), source.source_file)
    if kind == "budget":
        document = budget.read_budget([scan.pages[i] for i in budget.table_pages(texts)], scan.title)
        document.pages = len(scan.pages)
        extraction = _budget_extraction(source, document, ocr=True)
    elif kind == "tariffs":
        extraction = _tariff_extraction(source, tariffs_pdf.read_tariffs(scan.pages, scan.title), "pdf", True)
    else:
        raise DocumentRejected("scanned PDF read by OCR: not recognised as a budget or a tariff document",
                               stage="classify")
    for rows in extraction.tables.values():
        scan.lineage(rows)
    return extraction


def _budget_extraction(source: Source, document: budget.BudgetDocument, ocr: bool) -> Extraction:
    """The budget's cells, and the number ledger that says what became of every number
    inside its tables (for validation's completeness check)."""
    row = document_row(source, kind="budget", format="pdf", year=document.year, pages=document.pages,
                       policy_area=document.policy_area, title=document.title, ocr=ocr)
    ledger = ledger_rows(budget_ledger(document), source.document_id, content_table="budget_lines")
    return Extraction(row, {"budget_lines": budget.budget_lines(document, source.document_id),
                            "number_ledger": ledger})


def _extract_html(source: Source, limits: Limits) -> Extraction:
    if source.size > limits.max_file_bytes:
        raise DocumentRejected(f"HTML page of {source.size} bytes is over the {limits.max_file_bytes} byte limit",
                               stage="preflight")
    page = parse_html(source.path.read_bytes())   # parsed once: classified, then read
    kind = classify(" ".join(page.itertext()), source.source_file)
    if kind != "tariffs":
        raise DocumentRejected("web page not recognised as a tariff list" if kind == "unknown"
                               else "budget web pages are not supported (only budget PDFs)", stage="classify")
    return _tariff_extraction(source, tariffs_html.read_tariffs_html(page), "html", None)


def _tariff_extraction(source: Source, document: tariffs.TariffDocument, file_format: str,
                       ocr: bool | None) -> Extraction:
    """The tariffs, and the number ledger that says what became of every price-like token
    where they stand (for validation's completeness check)."""
    row = document_row(source, kind="tariffs", format=file_format, year=document.year, pages=document.pages,
                       title=document.title, ocr=ocr)
    return Extraction(row, {"tariffs": document.rows(source.document_id),
                            "number_ledger": ledger_rows(document.ledger, source.document_id, content_table="tariffs")})
