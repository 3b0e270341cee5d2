"""Words to lines, running headers and footers, numbered headings, columns.

Knows nothing about budgets or tariffs: only the geometry and typography that any
report-like PDF (Word, Excel or a browser's print) shares.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from pipeline.pdf.words import PageContent, Word

# Running headers and page numbers sit in the outer bands of the page.
_MARGIN_SHARE = 0.09
_HEADING_RE = re.compile(r"^(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<title>\S.*)$")
_CAPTION_HEADING_RE = re.compile(r"^Tabel\s+(?P<number>\d{1,2}(?:\.\d{1,2})+)\.?\s*(?P<title>.*)$",
                                 re.IGNORECASE)


@dataclass
class Line:
    page: int
    words: list[Word]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def x0(self) -> float:
        return min(w.x0 for w in self.words)

    @property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @property
    def bold(self) -> bool:
        return all(w.bold for w in self.words)


@dataclass(frozen=True)
class Heading:
    number: str
    title: str

    @property
    def level(self) -> int:
        return self.number.count(".") + 1


def group_lines(page: int, words: list[Word]) -> list[Line]:
    """Words whose vertical extents overlap by half their height share a line."""
    lines: list[Line] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        for line in reversed(lines[-3:]):
            overlap = min(line.bottom, word.bottom) - max(line.top, word.top)
            if overlap >= 0.5 * min(word.height, line.height):
                line.words.append(word)
                break
        else:
            lines.append(Line(page, [word]))
    for line in lines:
        line.words.sort(key=lambda w: w.x0)
    lines.sort(key=lambda ln: (ln.top, ln.x0))
    return lines


def _furniture_key(line: Line) -> str:
    return re.sub(r"\d+", "#", line.text.lower())


def _in_margin(line: Line, page: PageContent) -> bool:
    return line.bottom < page.height * _MARGIN_SHARE or line.top > page.height * (1 - _MARGIN_SHARE)


def split_furniture(pages: list[PageContent]) -> tuple[list[Line], list[Line]]:
    """(body lines in reading order, running header/footer lines).

    Furniture is what sits in the page's outer bands and repeats on at least half the
    pages (page numbers count as repeating: digits are compared as '#'); on a single
    page, a lone number in the margin is its page number.
    """
    per_page = [(page, group_lines(page.number, page.words)) for page in pages]
    counts = Counter(
        key for page, lines in per_page
        for key in {_furniture_key(ln) for ln in lines if _in_margin(ln, page)}
    )
    threshold = max(2, (len(pages) + 1) // 2)
    body: list[Line] = []
    furniture: list[Line] = []
    for page, lines in per_page:
        for line in lines:
            repeated = counts[_furniture_key(line)] >= threshold
            lone_number = _furniture_key(line) in {"#", "- # -", "side #", "page #"}
            if _in_margin(line, page) and (repeated or lone_number):
                furniture.append(line)
            else:
                body.append(line)
    return body, furniture


def body_font_size(lines: list[Line]) -> float:
    sizes = Counter(w.size for line in lines for w in line.words)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def numbered_heading(line: Line, body_size: float) -> Heading | None:
    """A line such as "4.2 Tabel" or "4. Aktivitetsområde Musik" set as a heading.

    A heading is set larger than body text, or bold at body size or more; a numbered
    list item or a table row in small or regular type is not one.
    """
    if not (line.size > body_size + 0.25 or (line.bold and line.size >= body_size)):
        return None
    text = line.text
    match = _HEADING_RE.match(text) or _CAPTION_HEADING_RE.match(text)
    if not match:
        return None
    return Heading(match["number"], match["title"].strip())


def rule_between(page: PageContent, upper: float, lower: float, x0: float, x1: float) -> bool:
    """Is there a horizontal rule between y=upper and y=lower spanning most of [x0, x1]?"""
    width = x1 - x0
    for rule in page.horizontal_rules:
        if upper - 1 <= rule.top <= lower + 1 and min(rule.x1, x1) - max(rule.x0, x0) >= 0.6 * width:
            return True
    return False


def phrases(line: Line, max_gap_em: float = 0.45) -> list[Word]:
    """The line's words joined where only a word space separates them ("Tekn. B26")."""
    merged: list[Word] = []
    for word in line.words:
        last = merged[-1] if merged else None
        if last is not None and word.x0 - last.x1 <= max_gap_em * max(word.size, last.size, 1.0):
            merged[-1] = Word(f"{last.text} {word.text}", last.x0, word.x1, min(last.top, word.top),
                              max(last.bottom, word.bottom), max(last.size, word.size),
                              last.bold and word.bold)
        else:
            merged.append(word)
    return merged


def column_spans(words: list[Word], gap: float = 1.0) -> list[tuple[float, float]]:
    """Horizontal spans of words stacked in columns: overlapping extents join.

    Works whatever the alignment: right-aligned numbers overlap at their right edge,
    centred ones at their centre.
    """
    spans: list[list[float]] = []
    for word in sorted(words, key=lambda w: w.x0):
        if spans and word.x0 <= spans[-1][1] + gap:
            spans[-1][1] = max(spans[-1][1], word.x1)
        else:
            spans.append([word.x0, word.x1])
    return [(a, b) for a, b in spans]
