"""Budget PDFs in layouts the bundled sample does not have, with their expected cells.

Built with reportlab, so tests know every printed value by construction: full grids,
horizontal rules only, no rules, landscape pages, a table split over a page break with
its header repeated, another policy area, another year, another unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=11, leading=14)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
H1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceAfter=8)
H2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)


@dataclass
class SpecTable:
    number: str
    title: str
    headers: list[str]                # printed column headers; may contain "\n"
    rows: list[tuple[str, list[str]]]  # (label, printed cells; "" for empty)
    unit: str = "I 1.000 kr."
    style: str = "grid"               # grid | hrules | none
    caption: str | None = None
    label_width: float = 120


@dataclass
class SpecChapter:
    number: str
    title: str
    tables: list[SpecTable]
    prose: list[str] = field(default_factory=list)
    chart_after_tables: bool = False   # a vector line chart with numeric axes, right after the tables
    page_break_after: bool = False


def line_chart() -> Drawing:
    """A chart whose axis ticks and years are real text, as Word's vector charts have."""
    drawing = Drawing(400, 160)
    chart = HorizontalLineChart()
    chart.x, chart.y, chart.width, chart.height = 40, 20, 340, 120
    chart.data = [(46, 47, 46, 49, 48, 49, 50), (64, 65, 64, 65, 66, 69, 69)]
    chart.categoryAxis.categoryNames = [str(y) for y in range(2018, 2025)]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 80, 10
    drawing.add(chart)
    return drawing


def _style(kind: str, n_rows: int) -> TableStyle:
    commands = [("ALIGN", (1, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9)]
    if kind == "grid":
        commands += [("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                     ("BACKGROUND", (0, 0), (-1, 0), colors.lightblue)]
    elif kind == "hrules":
        commands += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                     ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
    return TableStyle(commands)


def _table(spec: SpecTable) -> Table:
    header = [Paragraph(spec.unit, CELL_BOLD)] + [
        Paragraph(h.replace("\n", "<br/>"), ParagraphStyle("h", parent=CELL_BOLD, alignment=2))
        for h in spec.headers]
    body = [[Paragraph(label, CELL)] + cells for label, cells in spec.rows]
    widths = [spec.label_width] + [52] * len(spec.headers)
    return Table([header] + body, colWidths=widths, repeatRows=1, style=_style(spec.style, len(body)))


def build_pdf(path: Path, chapters: list[SpecChapter], *, title: str, running_header: str,
              landscape_pages: bool = False) -> Path:
    size = landscape(A4) if landscape_pages else A4

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, size[1] - 30, running_header)
        canvas.drawRightString(size[0] - 56, 30, str(doc.page))
        canvas.restoreState()

    story = []
    for chapter in chapters:
        story.append(Paragraph(f"{chapter.number}. {chapter.title}", H1))
        for table in chapter.tables:
            story.append(Paragraph(f"{table.number} {table.title}", H2))
            if table.caption:
                story.append(Paragraph(table.caption, BODY))
            story.append(_table(table))
            story.append(Spacer(1, 10))
        if chapter.chart_after_tables:
            story.append(Paragraph(f"Figur {chapter.number}.2.1", CELL_BOLD))
            story.append(line_chart())
        for text in chapter.prose:
            story.append(Paragraph(text, BODY))
        if chapter.page_break_after:
            story.append(PageBreak())
    doc = SimpleDocTemplate(str(path), pagesize=size, title=title, topMargin=60, bottomMargin=60)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path
