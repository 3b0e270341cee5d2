"""A PDF page as positioned words and ruling lines: all the extractors need of PDF internals.

pdfplumber does the reading (it applies /Rotate, so a landscape page comes out the way
it is displayed); this module only keeps what layout analysis uses, in plain objects.

A page's MediaBox may name its corners in any order (PDF 32000-1, 7.9.5). pdfplumber
puts its own page box upright, but pdfminer draws the words from the box as written,
so an upside-down box put every word a page's height below the page (and a budget read
none of them). open_pdf puts pdfminer's box upright too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfplumber.utils import line_to_edge

from pipeline.danish import is_number
from pipeline.errors import error_detail

_MINUS_SIGNS = {"-", "\u2212", "\u2013", "\u00f7"}
_ITALIC_RE = re.compile(r"italic|oblique", re.IGNORECASE)


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float = 0.0
    bold: bool = False
    italic: bool = False
    confidence: float | None = None  # 0-1, where OCR read the word; None for a text layer

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def x_center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass(frozen=True)
class Rule:
    """A horizontal (y fixed) or vertical (x fixed) ruling line segment."""
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def is_horizontal(self) -> bool:
        return self.bottom - self.top <= 2.0 and self.x1 - self.x0 > 2.0


@dataclass(frozen=True)
class Fill:
    """A filled rectangle, by how dark it looks (0 white, 1 black): a row's or a band's shade."""
    x0: float
    x1: float
    top: float
    bottom: float
    shade: float


Cell = tuple[float, float, float, float]   # x0, top, x1, bottom


@dataclass(frozen=True)
class Grid:
    """The cells a table's rules enclose, row by row, as pdfplumber's lines strategy finds them."""
    rows: tuple[tuple[Cell, ...], ...]


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    rules: list[Rule] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)   # only with page_content(..., drawings=True)
    grids: list[Grid] = field(default_factory=list)   # ditto

    @property
    def horizontal_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.is_horizontal]


def open_pdf(path: Path | str) -> pdfplumber.PDF:
    pdf = pdfplumber.open(str(path))
    for page in pdf.pages:
        _upright_media_box(page)
    return pdf


def _upright_media_box(page: pdfplumber.page.Page) -> None:
    x0, y0, x1, y1 = page.page_obj.mediabox
    page.page_obj.mediabox = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def page_content(page: pdfplumber.page.Page, drawings: bool = False) -> PageContent:
    """The page's words and rules; with `drawings`, also its shaded rectangles and ruled
    grids (pdfplumber's table finder costs about as much again as the words)."""
    words = [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], round(w["size"], 1),
             "bold" in w["fontname"].lower(), bool(_ITALIC_RE.search(w["fontname"])))
        for w in page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"])
    ]
    # Lines and rectangle borders are table rules; curves are charts and are left out.
    edges = [line_to_edge(line) for line in page.lines] + page.rect_edges
    rules = [Rule(e["x0"], e["x1"], e["top"], e["bottom"]) for e in edges]
    content = PageContent(page.page_number, float(page.width), float(page.height),
                          _join_detached_signs(words), rules)
    if drawings:
        content.fills = _fills(page)
        content.grids = _grids(page)
    return content


def _fills(page: pdfplumber.page.Page) -> list[Fill]:
    fills = []
    for rect in page.rects:
        shade = _shade(rect.get("non_stroking_color")) if rect.get("fill") else None
        if shade is not None:
            fills.append(Fill(rect["x0"], rect["x1"], rect["top"], rect["bottom"], shade))
    return fills


def _shade(color) -> float | None:
    """How dark a fill colour is, 0 (white) to 1 (black); None for a pattern or no colour."""
    if isinstance(color, (int, float)):
        color = (color,)
    if not isinstance(color, (tuple, list)) or not all(isinstance(c, (int, float)) for c in color):
        return None
    if len(color) == 1:
        return 1 - color[0]
    if len(color) == 3:
        return 1 - (0.299 * color[0] + 0.587 * color[1] + 0.114 * color[2])
    if len(color) == 4:   # CMYK
        c, m, y, k = color
        return 1 - (0.299 * (1 - c) + 0.587 * (1 - m) + 0.114 * (1 - y)) * (1 - k)
    return None


def _grids(page: pdfplumber.page.Page) -> list[Grid]:
    """Tables drawn with rules; none where the page has no two vertical rules (the finder is slow)."""
    if sum(1 for edge in page.edges if edge["orientation"] == "v" and edge["height"] >= 3) < 2:
        return []
    return [Grid(tuple(tuple(cell for cell in row.cells if cell is not None) for row in table.rows))
            for table in page.find_tables()]


def _join_detached_signs(words: list[Word]) -> list[Word]:
    """"÷ 400" printed as two words is one negative number."""
    joined: list[Word] = []
    for word in words:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.text in _MINUS_SIGNS and is_number(word.text)
                and abs(previous.top - word.top) < 2 and 0 <= word.x0 - previous.x1 < previous.size):
            gap = " " if word.x0 - previous.x1 > 1 else ""
            joined[-1] = Word(previous.text + gap + word.text, previous.x0, word.x1,
                              min(previous.top, word.top), max(previous.bottom, word.bottom),
                              word.size, word.bold, word.italic)
        else:
            joined.append(word)
    return joined


@dataclass
class PagesRead:
    """The pages that could be read, and for each one that could not, why (one line)."""
    pages: list[PageContent]
    unreadable: dict[int, str]   # 1-based page number -> reason


def read_pages(path: Path | str, numbers: Iterable[int] | None = None) -> PagesRead:
    """The content of the pages `numbers` (1-based; all by default), page by page: a page
    pdfminer cannot find or read is set aside with its reason, and the others are read,
    so that one damaged page does not cost the document, and is never left out silently."""
    read, unreadable = [], {}
    with open_pdf(path) as pdf:
        found = len(pdf.pages)
        for number in range(1, found + 1) if numbers is None else numbers:
            if not 1 <= number <= found:
                unreadable[number] = f"page {number} is not in the page tree pdfminer reads ({found} pages)"
                continue
            page = pdf.pages[number - 1]
            try:
                read.append(page_content(page))
            except Exception as error:  # noqa: BLE001 - any failure on one page is that page's damage
                unreadable[number] = f"page {number} cannot be read ({error_detail(error)})"
            finally:
                page.close()   # only the plain content is kept
    return PagesRead(read, unreadable)
