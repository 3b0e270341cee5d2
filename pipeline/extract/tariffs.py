"""A tariff as a reader found it, and its `tariffs` row: what both readers hand back.

The readers (tariffs_pdf.py, tariffs_html.py) find the structure; tariff_grammar.py says
what the words mean; this module turns a found tariff into the published row, so that a
PDF sheet and a web page of the same tariffs give the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.danish import fold_whitespace
from pipeline.extract.ledger import LedgerEntry
from pipeline.extract.tariff_grammar import split_footnote_marker, value_kind, value_remark

EXTRACTOR_VERSION = "tariffs-2"


@dataclass
class Tariff:
    """One tariff value as an extractor found it; `row()` gives its `tariffs` row."""
    item: str
    unit: str | None
    period: str
    value_text: str
    section_path: list[str] = field(default_factory=list)
    committee: str | None = None
    vat_excluded: bool | None = None
    note: str | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None

    def row(self, document_id: str, row_number: int) -> dict:
        item, marker = split_footnote_marker(self.item)
        kind, amount = value_kind(self.value_text)
        notes = [n for n in (self.note, value_remark(self.value_text)) if n]
        if marker and not self.note:
            notes.insert(0, marker)
        x0, top, x1, bottom = self.bbox or (None, None, None, None)
        return {
            "document_id": document_id,
            "page": self.page,
            "committee": self.committee,
            "section": self.section_path[-1] if self.section_path else None,
            "item": item,
            "unit": fold_whitespace(self.unit) if self.unit else None,
            "period": self.period,
            "value_text": fold_whitespace(self.value_text),
            "amount_dkk": amount,
            "value_kind": kind,
            "vat_excluded": True if self.vat_excluded else None,
            "section_path": " > ".join(self.section_path) if self.section_path else None,
            "note": " ".join(notes) or None,
            "row_number": row_number,
            "bbox_x0": x0, "bbox_top": top, "bbox_x1": x1, "bbox_bottom": bottom,
        }


@dataclass
class TariffDocument:
    title: str | None
    year: str | None          # as the document states it: "2023", "2019-2020"
    pages: int | None
    tariffs: list[Tariff]
    ledger: list[LedgerEntry] = field(default_factory=list)   # every price-like token where tariffs stand

    def rows(self, document_id: str) -> list[dict]:
        return [t.row(document_id, n) for n, t in enumerate(self.tariffs, start=1)]
