"""The budget reader's number ledger (extract/ledger.py): every number printed inside a
budget table's box, on each page the table spans (from its header, or its first row on a
page that does not repeat the header, to its last row), is a cell the reader extracted,
or is explained, or stays unexplained.

Explained are only the numbers a table prints that are no amounts: years and codes in
the column headers ("2026" in "Budget 2026", "B26", "BO1"), the unit ("1.000" in
"I 1.000 kr."), and numbers in a row's label ("Tilskud til 0-6-årige"). Any other number
in a table's box, a malformed one or one under no column the reader kept, is unexplained:
the reader did not read it.
"""

from __future__ import annotations

import re

from pipeline.extract.budget import BudgetDocument, BudgetTable
from pipeline.extract.budget_rows import has_digit
from pipeline.extract.budget_tables import TablePart
from pipeline.extract.ledger import Box, LedgerEntry, account
from pipeline.pdf.words import Word

HEADER_YEAR = "header_year"   # a year in a column header or the stub: "2026", "B26", "(2026-priser)"
HEADER_TEXT = "header_text"   # another number in a header: "BO1", "1. overslagsår"
UNIT = "unit"                 # the unit's scale: "1.000" in "I 1.000 kr."
ROW_LABEL = "row_label"       # part of a row's label: "0-6-årige", "§ 18"

_YEAR_RE = re.compile(r"(?:^|\D)(?:(?:19|20)\d{2}|[A-Za-zæøå.]\s?'?\d{2})(?:\D|$)|^'?\d{2}$")


def _box(word: Word) -> Box:
    return (word.x0, word.top, word.x1, word.bottom)


def budget_ledger(document: BudgetDocument) -> list[LedgerEntry]:
    entries: list[LedgerEntry] = []
    for table in document.tables:
        for part in table.parsed.parts:
            entries.extend(_part_ledger(document, table, part))
    return entries


def _part_ledger(document: BudgetDocument, table: BudgetTable, part: TablePart) -> list[LedgerEntry]:
    on_page = [*(part.header.lines if part.repeated_header else []), *part.lines]
    page_number = on_page[0].page
    page = document.page_content[page_number]
    x0, top = min(ln.x0 for ln in on_page), min(ln.top for ln in on_page)
    x1, bottom = max(ln.x1 for ln in on_page), max(ln.bottom for ln in on_page)
    inside = [w for w in page.words if has_digit(w.text)
              and x0 - 1 <= w.x_center <= x1 + 1 and top - 1 <= (w.top + w.bottom) / 2 <= bottom + 1]
    header_boxes = {_box(w) for ln in part.header.lines for w in ln.words} if part.repeated_header else set()
    unit = table.unit_text or ""
    contexts = {_box(w): ln.text for ln in on_page for w in ln.words}

    def explain(_page, text: str, box: Box | None, _context) -> str | None:
        if box in header_boxes:
            return HEADER_YEAR if _YEAR_RE.search(text) else UNIT if text in unit else HEADER_TEXT
        return ROW_LABEL if box is not None and box[2] <= part.header.stub_edge else None

    cells = {page_number: [_box(c.word) for row in table.rows for c in row.cells if c.page == page_number]}
    tokens = [(page_number, w.text, _box(w), table.table_id, contexts.get(_box(w))) for w in inside]
    return account(tokens, cells, explain)

