"""A budget document as data (headings, prose, tables of printed cells) and its PDF rendering.

The truth is every non-empty number cell, with the measure and year a reader of the column
header writes down and the amount in kroner from the table's unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

from . import pdf
from .model import BudgetTruth, danish_amount

HEADER_FILL = colors.HexColor("#dce6f0")
CHAPTER = ParagraphStyle("chapter", parent=pdf.TITLE, fontSize=15, leading=19, spaceBefore=8)


@dataclass(frozen=True)
class Column:
    header: str     # as printed; "\n" where it is printed over two lines
    measure: str
    year: int


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[str, ...]           # as printed; "" for an empty cell
    total: bool = False
    sums: tuple[str, ...] = ()       # a total's rows by label; empty: every non-total row above it


def row(label: str, *cells: str) -> Row:
    return Row(label, cells)


def total(label: str, *cells: str, sums: tuple[str, ...] = ()) -> Row:
    return Row(label, cells, total=True, sums=sums)


@dataclass(frozen=True)
class BudgetTable:
    heading: str                     # as printed: "Tabel 3. Dagtilbud", "3.2 Serviceudgifter", "Nøgletal"
    number: str | None               # "3", "3.2"; None where the heading has no number
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    unit: int                        # kroner per printed unit: 1_000_000 (mio. kr.), 1_000, 1
    stub: str = ""                   # the header's first cell: "1.000 kr.", "Mio. kr."
    caption: str = ""                # between heading and table
    source: str = ""                 # below the table
    style: str = "grid"              # grid | hrules | none
    label_width: float = 190
    rounding: str = ""               # where a total differs from its rows by rounding, what and where
    inconsistent: str = ""           # where the document prints a wrong total, what and where

    @property
    def key(self) -> str:
        return self.number or self.heading

    def truth(self) -> tuple[BudgetTruth, ...]:
        cells = []
        for line in self.rows:
            assert len(line.cells) == len(self.columns), line.label
            for column, printed in zip(self.columns, line.cells):
                if printed:
                    amount = danish_amount(printed) * self.unit
                    assert amount == int(amount), printed
                    cells.append(BudgetTruth(self.key, line.label, " ".join(column.header.split()),
                                             column.measure, column.year, int(amount), printed, line.total))
        return tuple(cells)


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Prose:
    text: str


@dataclass(frozen=True)
class NewPage:
    pass


@dataclass(frozen=True)
class Budget:
    municipality: str
    title: str
    parts: tuple                     # Heading, Prose, BudgetTable, NewPage, in reading order
    landscape: bool = False

    @property
    def tables(self) -> tuple[BudgetTable, ...]:
        return tuple(part for part in self.parts if isinstance(part, BudgetTable))

    def truth(self) -> tuple[BudgetTruth, ...]:
        return tuple(cell for table in self.tables for cell in table.truth())


def render_budget(budget: Budget, path: Path) -> None:
    width = pdf.page_size(budget.landscape)[0] - 100
    story = [Paragraph(budget.title, pdf.TITLE)]
    for part in budget.parts:
        if isinstance(part, Heading):
            story.append(Paragraph(part.text, CHAPTER))
        elif isinstance(part, Prose):
            story.append(Paragraph(part.text, pdf.BODY))
        elif isinstance(part, NewPage):
            story.append(PageBreak())
        else:
            story += _table_story(part, width)
    pdf.build(path, story, title=budget.title, header=f"{budget.municipality} \u00b7 {budget.title}",
              is_landscape=budget.landscape)


def _table_story(table: BudgetTable, width: float) -> list:
    story = [Paragraph(table.heading, pdf.H2)]
    if table.caption:
        story.append(Paragraph(table.caption, pdf.BODY))
    value_width = (width - table.label_width) / len(table.columns)
    header = [Paragraph(table.stub, pdf.CELL_BOLD)] + [
        Paragraph(column.header.replace("\n", "<br/>"), pdf.CELL_BOLD_RIGHT) for column in table.columns]
    body = [[Paragraph(line.label, pdf.CELL_BOLD if line.total else pdf.CELL)]
            + [Paragraph(cell, pdf.CELL_BOLD_RIGHT if line.total else pdf.CELL_RIGHT) for cell in line.cells]
            for line in table.rows]
    story.append(Table([header] + body, colWidths=[table.label_width] + [value_width] * len(table.columns),
                       repeatRows=1, hAlign="LEFT", style=TableStyle(_rules(table))))
    if table.source:
        story.append(Paragraph(table.source, pdf.SMALL))
    return story + [Spacer(1, 8)]


def _rules(table: BudgetTable) -> list:
    commands = [("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    if table.style == "grid":
        return commands + [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                           ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    if table.style == "hrules":
        totals = [i + 1 for i, line in enumerate(table.rows) if line.total]
        return commands + [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black),
                           ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black),
                           ("LINEBELOW", (0, -1), (-1, -1), 1, colors.black)] + [
            ("LINEABOVE", (0, i), (-1, i), 0.6, colors.black) for i in totals]
    return commands
