"""A PDF page as positioned words and ruling lines: all the extractors need of PDF internals.

pdfplumber does the reading (it applies /Rotate, so a landscape page comes out the way
it is displayed); this module only keeps what layout analysis uses, in plain objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from pdfplumber.utils import line_to_edge

from pipeline.danish import is_number

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


@dataclass
class PageContent:
    number: int  # 1-based
    width: float
    height: float
    words: list[Word]
    rules: list[Rule] = field(default_factory=list)

    @property
    def horizontal_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.is_horizontal]


def open_pdf(path: Path | str) -> pdfplumber.PDF:
    return pdfplumber.open(str(path))


def page_content(page: pdfplumber.page.Page) -> PageContent:
    words = [
        Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], round(w["size"], 1),
             "bold" in w["fontname"].lower(), bool(_ITALIC_RE.search(w["fontname"])))
        for w in page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["fontname", "size"])
    ]
    # Lines and rectangle borders are table rules; curves are charts and are left out.
    edges = [line_to_edge(line) for line in page.lines] + page.rect_edges
    rules = [Rule(e["x0"], e["x1"], e["top"], e["bottom"]) for e in edges]
    return PageContent(page.page_number, float(page.width), float(page.height),
                       _join_detached_signs(words), rules)


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
