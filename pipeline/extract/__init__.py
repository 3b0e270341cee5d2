"""One document in, its rows out: sniff the bytes, check a PDF before parsing it (OCR a
scan), classify by the document's own words, hand it to the extractor of its kind.

Runs inside an isolated worker (pipeline.isolation): whatever a hostile file does here
costs one document, never the batch.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium

from pipeline.errors import DocumentRejected
from pipeline.extract import budget, tariffs, tariffs_html, tariffs_pdf
from pipeline.extract.budget_ledger import budget_ledger
from pipeline.extract.classify import classify
from pipeline.extract.ledger import ledger_rows
from pipeline.ingest.discover import Source
from pipeline.ingest.html import parse_html
from pipeline.ingest.preflight import preflight_pdf
from pipeline.ingest.sniff import sniff_format
from pipeline.ocr import ocr_pdf
from pipeline.pdf.text import page_texts
from pipeline.settings import Limits, Settings

# Bumping an extractor's version re-extracts every document (the cache key holds this).
EXTRACTOR_VERSION = "+".join((budget.EXTRACTOR_VERSION, tariffs.EXTRACTOR_VERSION,
                              tariffs_pdf.EXTRACTOR_VERSION, tariffs_html.EXTRACTOR_VERSION))
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
    if facts.has_text:
        return _extract_pdf(source, source.path, ocr=False)
    with tempfile.TemporaryDirectory(prefix="ocr-") as scratch:
        return _extract_pdf(source, ocr_pdf(source.path, Path(scratch)), ocr=True)


def _extract_pdf(source: Source, path: Path, ocr: bool) -> Extraction:
    try:
        texts = page_texts(path, max_pages=_CLASSIFY_PAGES)
    except pdfium.PdfiumError as error:
        raise DocumentRejected(f"unreadable PDF: {error}", stage="classify") from error
    kind = classify("\n".join(texts), source.source_file)
    if kind == "budget":
        document = budget.extract_budget(path)
        row = document_row(source, kind="budget", format="pdf", year=document.year, pages=document.pages,
                           policy_area=document.policy_area, title=document.title, ocr=ocr)
        ledger = ledger_rows(budget_ledger(document), source.document_id, content_table="budget_lines")
        return Extraction(row, {"budget_lines": budget.budget_lines(document, source.document_id),
                                "number_ledger": ledger})
    if kind == "tariffs":
        document = tariffs_pdf.extract_tariffs_pdf(path)
        return _tariff_extraction(source, document, "pdf", ocr)
    scanned = "scanned PDF read by OCR: " if ocr else ""
    raise DocumentRejected(f"{scanned}not recognised as a budget or a tariff document", stage="classify")


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
