"""One document in, its rows out: sniff the bytes, classify, hand to the kind's extractor."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import pypdfium2 as pdfium

from pipeline.errors import DocumentRejected
from pipeline.extract import budget
from pipeline.extract.classify import classify
from pipeline.ingest.discover import Source
from pipeline.ingest.sniff import sniff_format
from pipeline.pdf.text import page_texts

# Bumping an extractor's version re-extracts every document of its kind.
EXTRACTOR_VERSION = f"{budget.EXTRACTOR_VERSION}"
_CLASSIFY_PAGES = 5
_FOLDER_YEAR_RE = re.compile(r"^(?:19|20)\d{2}(?:-(?:19|20)\d{2})?$")


@dataclass
class Extraction:
    document: dict                                   # the document's row, before validation
    tables: dict[str, list[dict]] = field(default_factory=dict)


def document_row(source: Source, **facts) -> dict:
    row = {"document_id": source.document_id, "source_file": source.source_file, "kind": "unknown",
           "format": None, "year": None, "pages": None, "status": None, "error": None,
           "policy_area": None, "title": None, "extractor_version": EXTRACTOR_VERSION}
    row.update(facts)
    if row["year"] is None:
        row["year"] = _folder_year(source.source_file)
    return row


def _folder_year(source_file: str) -> str | None:
    """raw/<kind>/<year>/file: the folder's year, where the document does not state its own."""
    parts = source_file.split("/")[:-1]
    return next((part for part in reversed(parts) if _FOLDER_YEAR_RE.match(part)), None)


def extract_document(source: Source) -> Extraction:
    """Raises DocumentRejected for a document that cannot be read or is of no known kind."""
    file_format = sniff_format(source.path)
    if file_format != "pdf":
        raise DocumentRejected(f"no extractor for {file_format.upper()} documents yet", stage="classify")
    try:
        texts = page_texts(source.path, max_pages=_CLASSIFY_PAGES)
    except pdfium.PdfiumError as error:
        raise DocumentRejected(f"unreadable PDF: {error}", stage="sniff") from error
    kind = classify("\n".join(texts), source.source_file)
    if kind != "budget":
        raise DocumentRejected(
            "not recognised as a budget document" if kind == "unknown"
            else f"no extractor for {kind} PDFs yet", stage="classify")
    document = budget.extract_budget(source.path)
    row = document_row(source, kind="budget", format="pdf", year=document.year, pages=document.pages,
                       policy_area=document.policy_area, title=document.title)
    return Extraction(row, {"budget_lines": budget.budget_lines(document, source.document_id)})
