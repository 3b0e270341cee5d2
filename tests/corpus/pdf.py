"""reportlab pieces the corpus's PDFs share: styles, page furniture, dot leaders.

Every document is built with reportlab's invariant mode, so the same generator gives the
same bytes (no creation date, no random document id).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, SimpleDocTemplate

FONT, BOLD = "Helvetica", "Helvetica-Bold"
TITLE = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22, spaceAfter=10)
H2 = ParagraphStyle("h2", fontName=BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4)
H3 = ParagraphStyle("h3", fontName=BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3)
BODY = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13, spaceAfter=6)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=14, bulletIndent=2, spaceAfter=3)
SMALL = ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10, spaceAfter=2)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=9, leading=11)
CELL_BOLD = ParagraphStyle("cellbold", parent=CELL, fontName=BOLD)
CELL_RIGHT = ParagraphStyle("cellright", parent=CELL, alignment=2)
CELL_CENTER = ParagraphStyle("cellcenter", parent=CELL, alignment=1)
CELL_BOLD_RIGHT = ParagraphStyle("cellboldright", parent=CELL_BOLD, alignment=2)


def page_size(is_landscape: bool) -> tuple[float, float]:
    return landscape(A4) if is_landscape else A4


def build(path: Path, story: list, *, title: str, header: str, footer: str = "Side {page}",
          is_landscape: bool = False) -> None:
    """A document with a running header and a page number, as office suites print them."""
    size = page_size(is_landscape)

    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(50, size[1] - 32, header)
        canvas.drawRightString(size[0] - 50, 28, footer.format(page=doc.page))
        canvas.restoreState()

    document = SimpleDocTemplate(str(path), pagesize=size, title=title, author=header, invariant=1,
                                 leftMargin=50, rightMargin=50, topMargin=56, bottomMargin=50)
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)


class LeaderLine(Flowable):
    """'Voksne ........ 65,00 kr.': an item, dots, and the value flush right."""

    def __init__(self, item: str, value: str, width: float, size: float = 10):
        super().__init__()
        self.item, self.value, self.width, self.size = item, value, width, size
        self.height = size * 1.45

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        canvas, size = self.canv, self.size
        canvas.setFont(FONT, size)
        item_width = stringWidth(self.item + " ", FONT, size)
        value_width = stringWidth(" " + self.value, FONT, size)
        dots = int((self.width - item_width - value_width) / stringWidth(".", FONT, size))
        canvas.drawString(0, 3, f"{self.item} {'.' * dots}")
        canvas.drawRightString(self.width, 3, self.value)
