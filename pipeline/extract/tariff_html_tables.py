"""A web page's table as a grid (rowspan and colspan laid out), its header rows wherever
they stand (<thead>, <th> or bold cells in <tbody>), and which column holds what: the item,
the unit, a value per period, VAT, remarks, told by content and helped by the header.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.danish import fold_whitespace
from pipeline.extract import tariff_params as params
from pipeline.extract.ledger import CELL, LedgerEntry
from pipeline.extract.tariff_grammar import (
    ITEM, NUMBER, REMARK, UNIT, VALUE, VAT, header_role, is_unit_text, is_value, parse_text_tariff, parse_value_cell,
    period_of, reads_as_heading, says_vat_excluded, vat_cell,
)
from pipeline.extract.tariff_html_text import heading_title, read_text
from pipeline.extract.tariff_ledger import reason, text_tokens, word_index

_STARTS_WITH_NUMBER_RE = re.compile(NUMBER)


@dataclass
class Cell:
    text: str            # one line, white space folded
    bold: bool           # wholly <strong>/<b>
    is_th: bool
    origin: bool = True  # False for the columns a colspan fills after its first
    first_column: int = 0

    @property
    def body_text(self) -> str:
        return self.text if self.origin else ""


BLANK = Cell("", False, False)


@dataclass
class GridRow:
    cells: list[Cell]
    in_head: bool

    def at(self, column: int | None) -> Cell:
        return self.cells[column] if column is not None and column < len(self.cells) else BLANK


@dataclass
class TableColumns:
    description: int
    unit: int | None
    values: list[tuple[int, str | None, bool]]   # column, period its header names, header says ekskl. moms
    vat: int | None = None                       # a "Moms" column: inkl./ekskl. per row
    remark: int | None = None

    def value_text(self, row: GridRow, column: int) -> str:
        """The value in a value column: a cell spanning several value columns is one value
        for each of their periods."""
        cell = row.at(column)
        spans_values = not cell.origin and cell.first_column in {c for c, _, _ in self.values}
        return cell.text if cell.origin or spans_values else ""


def grid_of(table) -> list[GridRow]:
    """The table's own rows (not a nested table's), colspans and rowspans laid out."""
    grid: list[GridRow] = []
    carried: dict[int, tuple[Cell, int]] = {}
    for tr in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
        row: dict[int, Cell] = {}
        for column, (cell, left) in list(carried.items()):
            row[column] = cell
            if left > 1:
                carried[column] = (cell, left - 1)
            else:
                del carried[column]
        column = 0
        for td in tr.xpath("./td|./th"):
            while column in row:
                column += 1
            cell = replace(_read_cell(td), first_column=column)
            rowspan = _span(td, "rowspan")
            for k in range(_span(td, "colspan")):
                placed = cell if k == 0 else replace(cell, origin=False)
                row[column] = placed
                if rowspan > 1:
                    carried[column] = (placed, rowspan - 1)
                column += 1
        width = max(row, default=-1) + 1
        grid.append(GridRow([row.get(c, BLANK) for c in range(width)], tr.getparent().tag == "thead"))
    return grid


def _span(td, attribute: str) -> int:
    digits = re.match(r"\s*(\d+)", td.get(attribute, ""))
    return min(max(int(digits[1]), 1), params.MAX_SPAN) if digits else 1


def _read_cell(td) -> Cell:
    text = read_text([td])
    return Cell(text.line, text.bold, td.tag == "th")


def split_header(grid: list[GridRow]) -> tuple[list[str], dict[int, str], list[GridRow]]:
    """The table's titles, column index -> header text, and the body rows.

    Header rows lead the table: rows in <thead>, rows of <th> cells only, rows of two or
    more bold cells. One with only its first cell filled (often spanning the row) is a
    title, not a column's name.
    """
    titles: list[str] = []
    header: dict[int, str] = {}
    count = 0
    for row in grid:
        filled = [c for c in row.cells if c.body_text]
        if not (row.in_head or (filled and (all(c.is_th for c in filled)
                                            or (len(filled) >= 2 and all(c.bold for c in filled))))):
            break
        count += 1
        if len(filled) == 1 and row.cells[0] is filled[0]:
            titles.append(filled[0].text)
            continue
        for column, cell in enumerate(row.cells):
            if cell.text:
                header[column] = fold_whitespace(f"{header.get(column, '')} {cell.text}")
    return titles, header, grid[count:]


def table_columns(header: dict[int, str], rows: list[GridRow]) -> TableColumns | None:
    """Which column holds what; None if no column holds values. The description is the
    column its header names (else the first with text that is no other's); the others are
    told by their cells, else by their header."""
    width = max((len(r.cells) for r in rows), default=0)
    roles = {column: _role([c for r in rows for c in [r.at(column)] if c.body_text], header.get(column, ""))
             for column in range(width)}
    named_item = next((c for c in range(width) if header_role(header.get(c, "")) == ITEM), None)
    if named_item is not None:
        roles[named_item] = ITEM
    elif roles.get(0) != ITEM:
        roles[0] = None                    # the first column describes, unless the header says otherwise
    values = [(c, period_of(header.get(c, "")), says_vat_excluded(header.get(c, ""))) for c in range(width)
              if roles[c] == VALUE]
    if not values:
        return None
    for column in range(values[0][0] + 1, width):     # text right of the values that no header names
        if roles[column] is None and any(r.at(column).body_text for r in rows):
            roles[column] = REMARK
    taken = {c for c, role in roles.items() if role in (VALUE, UNIT, VAT, REMARK)}
    description = named_item if named_item is not None else next(
        (c for c in range(width) if c not in taken and any(r.at(c).body_text for r in rows)), 0)

    def first(role: str) -> int | None:
        return next((c for c in range(width) if roles[c] == role), None)

    return TableColumns(description, first(UNIT), values, first(VAT), first(REMARK))


def _role(cells: list[Cell], head: str) -> str | None:
    """VALUE, UNIT, VAT, REMARK or None: what the header names where it names a VAT or a
    remarks column, else what most cells hold, else what the header names."""
    named = header_role(head)
    if named in (VAT, REMARK, ITEM):
        return named
    if _mostly(cells, _is_value_cell):
        return VALUE
    if _mostly(cells, _is_unit_cell):
        return UNIT
    if _mostly(cells, lambda c: vat_cell(c.body_text) is not None):
        return VAT
    return named if named in (VALUE, UNIT) else None


def _mostly(cells: list[Cell], test) -> bool:
    return bool(cells) and 2 * sum(1 for c in cells if test(c)) > len(cells)


def _is_value_cell(cell: Cell) -> bool:
    """A number, a word value ("Gratis", "Efter tilbud"), a rate, or "Kr. 250,00"."""
    text = cell.body_text
    parsed = parse_text_tariff(text)
    return (is_value(text) or bool(_STARTS_WITH_NUMBER_RE.match(text))
            or (parsed is not None and not parsed.item))


def _is_unit_cell(cell: Cell) -> bool:
    return is_unit_text(cell.body_text) and not _is_value_cell(cell)


def group_title(description: Cell, has_values: bool) -> str | None:
    """The title a bold description gives the rows below it ("Foreninger:"); a <th> does
    only in a row without values (with values it is the row's own header cell)."""
    text = description.body_text
    heads = description.bold or (description.is_th and not has_values)
    return heading_title(text) if text and heads and reads_as_heading(text) else None


def spanning_title(row: GridRow) -> str | None:
    """The title of a row whose one cell spans the whole table ("Foreninger"), if it reads as one."""
    first = row.cells[0] if row.cells else BLANK
    spans = len(row.cells) > 1 and all(c.first_column == first.first_column and c.text == first.text
                                       for c in row.cells)
    return heading_title(first.text) if spans and first.text and reads_as_heading(first.text) else None


def split_value_cell(unit: str | None, value: str) -> tuple[str | None, str]:
    """A value cell is the value as printed ("Kr. 250,00", "125,-"); one that also holds a
    unit ("Kr. pr. time 250,00") in a table with no unit of its own gives both."""
    parsed = parse_value_cell(value)
    if unit is None and parsed is not None and parsed[0]:
        return parsed
    return unit, value


DONE = "done"     # a table cell whose text row accounted for its own tokens


def distinct_cells(grid: list[GridRow]) -> list[Cell]:
    """Each cell of the table once: not again where a rowspan carries it or a colspan repeats it."""
    seen: set[int] = set()
    out = []
    for row in grid:
        for cell in row.cells:
            if cell.origin and id(cell) not in seen and cell.text:
                seen.add(id(cell))
                out.append(cell)
    return out


def cell_entries(text: str, role: str | None, region: str | None) -> list[LedgerEntry]:
    words = text.split()
    return [LedgerEntry(token, CELL if role == CELL else reason(token, words, word_index(text, start), role, text),
                        None, region, text)
            for start, _, token in text_tokens(text)]
