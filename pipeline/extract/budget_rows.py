"""Rows of a budget table: which lines make a row, which words are its label and cells.

A table's lines below its header are either anchors (numbers in the columns) or label
lines; a ruled band with one anchor is one row (a full grid), elsewhere each label line
joins the row its spacing and wording put it in, or stands alone as a group heading.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from pipeline.danish import fold_whitespace, parse_number
from pipeline.extract import budget_params as params
from pipeline.pdf.layout import Line, rule_between
from pipeline.pdf.words import PageContent, Word

_CONTINUES_RE = params.compile_ci(params.LABEL_CONTINUES)


def has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def cell_value(text: str) -> tuple[Decimal, bool] | None:
    """(value, is a percentage) of a cell: a Danish number, or one with "%" after it (key
    figures print shares so), a footnote mark after either ("1.234*", "1.234¹") taken
    off; None for anything else."""
    text = text.rstrip(params.FOOTNOTE_MARKS)
    percent = text.endswith("%")
    value = parse_number(text[:-1].strip() if percent else text)
    return None if value is None else (value, percent)


@dataclass
class Cell:
    word: Word
    page: int
    column: int


@dataclass
class TableRow:
    lines: list[Line]
    stub_edge: float              # words ending left of it are the label
    cells: list[Cell] = field(default_factory=list)

    def label(self, stub_edge: float | None = None) -> str:
        """The row's label on one line: its words left of the stub's edge (its own by default)."""
        edge = self.stub_edge if stub_edge is None else stub_edge
        words = [w for line in self.lines for w in line.words if w.x1 <= edge]
        return fold_whitespace(" ".join(w.text for w in words))

    @property
    def has_numbers(self) -> bool:
        """Numbers in the columns, read as cells or not (a malformed one is not a cell)."""
        return any(w.x1 > self.stub_edge and has_digit(w.text) for line in self.lines for w in line.words)


def line_gap(upper: Line, lower: Line) -> float:
    """White space between two lines, upper first (negative where they overlap)."""
    return lower.top - upper.bottom


def segment_rows(lines: list[Line], stub_edge: float, x0: float, x1: float,
                 pages: dict[int, PageContent]) -> list[TableRow]:
    """Rows from a table's lines between x0 and x1: a ruled band with one line of numbers
    is one row (full grids); elsewhere label lines join the row their spacing and wording
    put them in."""
    bands: list[list[Line]] = []
    for line in lines:
        if bands and not rule_between(pages[line.page], bands[-1][-1].bottom, line.top, x0, x1):
            bands[-1].append(line)
        else:
            bands.append([line])
    rows: list[TableRow] = []
    for band in bands:
        anchors = [ln for ln in band if any(w.x1 > stub_edge and has_digit(w.text) for w in ln.words)]
        if len(anchors) == 1 and _band_is_ruled(band, x0, x1, pages[band[0].page]):
            rows.append(TableRow(band, stub_edge))
        else:
            rows.extend(_attach_labels(band, anchors, stub_edge))
    return rows


def _band_is_ruled(band: list[Line], x0: float, x1: float, page: PageContent) -> bool:
    above = rule_between(page, band[0].top - params.BAND_RULE_REACH, band[0].top, x0, x1)
    below = rule_between(page, band[-1].bottom, band[-1].bottom + params.BAND_RULE_REACH, x0, x1)
    return above and below


def _attach_labels(band: list[Line], anchors: list[Line], stub_edge: float) -> list[TableRow]:
    """Each label line continues the row above, waits for the numbers below, or stands
    alone (a group heading such as "Udgifter", which has no numbers of its own, set apart
    by spacing or in bold over regular rows).

    Lines of one wrapped cell sit closer together than rows do (params.CELL_LINE_GAP):
    a label line close to the line above and apart from the one below continues the row
    above; close below, it belongs to the row below; apart from both, it stands alone.
    Numbers centred on a label of two lines stand on a line of their own between them:
    the row takes as many label lines below as above. Where all lines are equally spaced,
    a label starting in lower case or following an open phrase ("... og", "...,")
    continues the row above, any other waits for numbers.
    """
    rows: list[TableRow] = []
    pending: list[Line] = []
    owed = 0   # label lines still due below a row whose numbers stand centred between them
    for i, line in enumerate(band):
        if line in anchors:
            labelled = any(w.x1 <= stub_edge for w in line.words)
            rows.append(TableRow(pending + [line], stub_edge))
            owed, pending = (0 if labelled else len(pending)), []
            continue
        above = band[i - 1] if i else None
        below = band[i + 1] if i + 1 < len(band) else None
        close_above = above is not None and _close(above, line)
        close_below = below is not None and _close(line, below)
        open_above = bool(rows) and not pending and bool(_CONTINUES_RE.search(rows[-1].label()))
        if rows and not pending and (line.words[0].text[:1].islower() or open_above or (owed and close_above)
                                     or (close_above and not close_below)):
            owed = max(owed - 1, 0)
            rows[-1].lines.append(line)
        elif not pending and line.bold and below is not None and not below.bold:
            rows.append(TableRow([line], stub_edge))   # a bold group heading over regular rows
        elif close_above or close_below or pending:
            pending.append(line)
        else:
            rows.append(TableRow([line], stub_edge))   # a group heading: no cells, dropped with them
    return rows


def _close(upper: Line, lower: Line) -> bool:
    return line_gap(upper, lower) <= params.CELL_LINE_GAP * max(upper.height, lower.height)
