"""The number ledger: every number printed where a reader found tariffs or a budget table,
and what the reader made of it.

A reader that finds a fraction of a document must not pass for one that found it all.
So each extractor, besides its rows, accounts for the number-like tokens printed in the
regions it read (a page that holds tariffs, a budget table's box, a web page's table):
each is a cell it extracted, or is explained (a page number, a year in a header, part of
an item's text, a footnote...), or stays unexplained. Validation judges the unexplained
share (expectations/*.yaml); the report shows each unexplained token in its place.

The ledger is staged beside the document's rows (staged/<document_id>/number_ledger.parquet).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

Box = tuple[float, float, float, float]   # x0, top, x1, bottom in PDF points, top-left origin

CELL = "cell"   # the token is an extracted value; every other explanation names why it is no value


@dataclass(frozen=True)
class LedgerEntry:
    text: str                    # the token as printed
    explained_by: str | None     # CELL, another reason, or None: unexplained
    page: int | None = None      # 1-based; None for a web page
    region: str | None = None    # where it stands: a table's number, a section or caption
    context: str | None = None   # the line or table row it stands in, as printed
    bbox: Box | None = None

    def row(self, document_id: str, content_table: str) -> dict:
        x0, top, x1, bottom = self.bbox or (None, None, None, None)
        return {"document_id": document_id, "content_table": content_table, "page": self.page,
                "region": self.region, "text": self.text, "context": self.context,
                "explained_by": self.explained_by,
                "bbox_x0": x0, "bbox_top": top, "bbox_x1": x1, "bbox_bottom": bottom}


def ledger_rows(entries: Iterable[LedgerEntry], document_id: str, content_table: str) -> list[dict]:
    return [entry.row(document_id, content_table) for entry in entries]


def overlaps(a: Box, b: Box, tolerance: float = 0.5) -> bool:
    """The two boxes share area (a token inside a cell's box, or the cell's own box)."""
    return (min(a[2], b[2]) - max(a[0], b[0]) > -tolerance
            and min(a[3], b[3]) - max(a[1], b[1]) > -tolerance)


def account(tokens: Iterable[tuple[int | None, str, Box | None, str | None, str | None]],
            cells: dict[int | None, list[Box]],
            explain: Callable[[int | None, str, Box | None, str | None], str | None]) -> list[LedgerEntry]:
    """Ledger entries for candidate tokens (page, text, box, region, context).

    A token whose box meets a cell's box on its page is that cell; any other is handed
    to `explain(page, text, box, context)`, which names why it is no value, or None.
    """
    entries = []
    for page, text, box, region, context in tokens:
        is_cell = box is not None and any(overlaps(box, cell) for cell in cells.get(page, ()))
        reason = CELL if is_cell else explain(page, text, box, context)
        entries.append(LedgerEntry(text, reason, page, region, context, box))
    return entries
