"""A tariff list's pages as text lines and blocks: what the tariff PDF reader reads.

A line is cut into phrases (cells): at a ruled cell's border, at a leader, and where more
than a word space separates words. Lines set close together are a block (a table row whose
cell wraps, a paragraph, a heading); a rule, a ruled row's border, a shaded band, a new
page or a change of emphasis ends a block. The white space between the lines of one cell
is measured in the document, as is the right edge that values of tables without a header
line up on. Nothing here knows a sample's positions.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass

from pipeline.danish import fold_whitespace
from pipeline.extract import tariff_params as params
from pipeline.extract.tariff_grammar import (
    footnote_marker, is_sentence, is_value, says_vat_excluded, wraps_period_part,
)
from pipeline.pdf.grid import PageDrawings, cell_phrases
from pipeline.pdf.layout import Line, phrases, rule_between, split_furniture
from pipeline.pdf.leaders import strip_leaders
from pipeline.pdf.words import PageContent, Word


@dataclass
class TextLine:
    """A line with what layout analysis needs: its phrases (cells) and how it is set."""
    line: Line
    furniture: bool
    phrases: list[Word]
    emphasised: list[bool]        # per phrase: every word bold or italic
    leader: int | None = None     # phrases before this index stand left of a leader, the rest right of it
    ruled_row: tuple[int, int] | None = None   # the ruled row it stands in (grid, row)
    band: bool = False            # it stands on a shaded band as wide as its table

    @property
    def page(self) -> int:
        return self.line.page

    @property
    def top(self) -> float:
        return self.line.top

    @property
    def bottom(self) -> float:
        return self.line.bottom

    @property
    def text(self) -> str:
        return self.line.text


def text_lines(pages: list[PageContent], drawings: dict[int, PageDrawings]) -> list[TextLine]:
    body, furniture = split_furniture(pages)
    furniture_ids = {id(line) for line in furniture}
    widths = _text_widths(body)
    gap = phrase_gap(body)
    out: list[TextLine] = []
    for line in sorted(body + furniture, key=lambda ln: (ln.page, ln.top, ln.x0)):
        page_drawings = drawings[line.page]
        words, leader = strip_leaders(_without_glyph(line.words), params.LEADER_CHARS, params.MIN_LEADER_CHARS)
        if not words:
            continue     # a line of dots
        line.words = words
        parts = ([_phrases(words[:leader], page_drawings, gap), _phrases(words[leader:], page_drawings, gap)]
                 if leader is not None else [_phrases(words, page_drawings, gap)])
        merged = [phrase for part in parts for phrase in part]
        emphasised = [all(w.bold or w.italic for w in words if p.x0 <= w.x0 and w.x1 <= p.x1) for p in merged]
        out.append(TextLine(line, id(line) in furniture_ids, merged, emphasised,
                            leader=len(parts[0]) if leader is not None else None,
                            ruled_row=page_drawings.row_of(line),
                            band=_on_band(line, page_drawings, widths.get(line.page))))
    return out


def _without_glyph(words: list[Word]) -> list[Word]:
    """Drop a detached symbol at the line's end: the "−"/"+" of a web page's collapsible section."""
    if len(words) > 1:
        last, before = words[-1], words[-2]
        if not any(ch.isalnum() for ch in last.text) and last.x0 - before.x1 > 2 * max(before.size, 1.0):
            return words[:-1]
    return words


def phrase_gap(lines: list[Line]) -> float:
    """The widest gap (in ems) between two words of one phrase: a word space as the document
    sets it, with room to spare. Most fonts' spaces are narrower than the default; a
    typewriter font's are not (Courier's is 0.6 em)."""
    gaps = [(b.x0 - a.x1) / max(a.size, 1.0) for line in lines for a, b in zip(line.words, line.words[1:])]
    spaces = [gap for gap in gaps if 0 < gap < params.MAX_WORD_SPACE_EM]
    if not spaces:
        return params.PHRASE_GAP_EM
    return max(params.PHRASE_GAP_EM, statistics.median(spaces) * params.WORD_SPACE_SLACK)


def _phrases(words: list[Word], drawings: PageDrawings, gap: float) -> list[Word]:
    """Words to phrases: one per ruled cell; outside cells, words a word space apart join."""
    out: list[Word] = []
    loose: list[Word] = []
    for run, cell in cell_phrases(words, drawings):
        if cell is None:
            loose.extend(run)
            continue
        if loose:
            out.extend(phrases(Line(0, loose), gap))
            loose = []
        out.append(join_words(run))
    if loose:
        out.extend(phrases(Line(0, loose), gap))
    return out


def join_words(words: list[Word]) -> Word:
    return Word(" ".join(w.text for w in words), min(w.x0 for w in words), max(w.x1 for w in words),
                min(w.top for w in words), max(w.bottom for w in words), max(w.size for w in words),
                all(w.bold for w in words), all(w.italic for w in words))


def _text_widths(lines: list[Line]) -> dict[int, float]:
    """Each page's text width: from the leftmost to the rightmost body text."""
    spans: dict[int, tuple[float, float]] = {}
    for line in lines:
        x0, x1 = spans.get(line.page, (line.x0, line.x1))
        spans[line.page] = (min(x0, line.x0), max(x1, line.x1))
    return {page: x1 - x0 for page, (x0, x1) in spans.items()}


def _whole_row(line: TextLine) -> bool:
    """A description followed by a value on one line: a row in itself, however close the next."""
    return (len(line.phrases) > 1 and not is_value(line.phrases[0].text)
            and any(is_value(phrase.text) for phrase in line.phrases[1:]))


def _on_band(line: Line, drawings: PageDrawings, text_width: float | None) -> bool:
    """A shade behind the line that spans its table (or the text) like a section's band."""
    fill = drawings.shade_behind(line)
    if fill is None:
        return False
    row = drawings.row_of(line)
    width = drawings.grid_box(row[0])[2] - drawings.grid_box(row[0])[0] if row else text_width
    return width is not None and fill.x1 - fill.x0 >= params.BAND_MIN_WIDTH * width


# --- where values line up ------------------------------------------------------------------------

def aligned(x: float, edges: list[float]) -> bool:
    return any(abs(x - edge) <= params.ALIGN_PT for edge in edges)


def value_edges(lines: list[TextLine], side: str = "x1") -> list[float]:
    """Edges where values line up, for tables that have no header: right edges (`x1`), or
    left edges (`x0`) for values set at a left tab stop.

    Cells after a row's first that read as values and end (or start) at the same x in two
    rows or more make a value column.
    """
    ends = Counter(round(getattr(phrase, side)) for line in lines if not line.furniture
                   for phrase in line.phrases[1:] if is_value(phrase.text))
    edges: list[tuple[float, int]] = []
    for x in sorted(ends):
        if edges and x - edges[-1][0] <= params.ALIGN_PT:
            edge, count = edges[-1]
            edges[-1] = (edge if count >= ends[x] else x, count + ends[x])
        else:
            edges.append((x, ends[x]))
    return [edge for edge, count in edges if count >= 2]


def is_anchor(line: TextLine, edges: list[float]) -> bool:
    """The line holds a value at a value column's (right) edge."""
    return any(aligned(p.x1, edges) and is_value(p.text) for p in line.phrases[1:])


def cell_gap(lines: list[TextLine], edges: list[float], em: float) -> float:
    """The widest gap between two lines of one cell or paragraph, measured in the document.

    Lines that continue a sentence (starting in lower case) show the gap inside a cell;
    two rows that each hold a value show the gap between rows. The cut is halfway.
    """
    within: list[float] = []
    between: list[float] = []
    for upper, lower in zip(lines, lines[1:]):
        gap = lower.top - upper.bottom
        if upper.page != lower.page or gap < 0:
            continue
        lower_anchor = is_anchor(lower, edges)
        if lower_anchor and is_anchor(upper, edges):
            between.append(gap)
        elif not lower_anchor and lower.text[:1].islower():
            within.append(gap)
    if within and between:
        return (statistics.median(within) + statistics.median(between)) / 2
    if between:
        return 0.6 * statistics.median(between)
    if within:
        return 1.5 * statistics.median(within)
    return 0.3 * em


# --- blocks -------------------------------------------------------------------------------------

@dataclass
class Block:
    """Lines set close together: a table row (one cell may wrap), a paragraph or a heading."""
    lines: list[TextLine]

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def text(self) -> str:
        return fold_whitespace(" ".join(line.text for line in self.lines if not line.furniture))

    @property
    def furniture(self) -> bool:
        return all(line.furniture for line in self.lines)

    @property
    def band(self) -> bool:
        body = [line for line in self.lines if not line.furniture]
        return bool(body) and all(line.band for line in body)


def blocks(lines: list[TextLine], gap: float, pages: dict[int, PageContent]) -> list[Block]:
    """Lines to blocks: a new block at a new page, a wider gap, a change of emphasis, a rule
    or a ruled row's border between them, a band's edge, or a leader line (a row in itself)."""
    out: list[Block] = []
    for line in lines:
        previous = out[-1].lines[-1] if out else None
        if previous is None or _new_block(previous, line, gap, pages[line.page]):
            out.append(Block([line]))
        else:
            out[-1].lines.append(line)
    return out


def _new_block(upper: TextLine, lower: TextLine, gap: float, page: PageContent) -> bool:
    if upper.page != lower.page or upper.band != lower.band:
        return True
    if (upper.ruled_row is not None and upper.ruled_row == lower.ruled_row) or wraps_period_part(upper.text, lower.text):
        return False
    if says_vat_excluded(lower.text) and is_sentence(lower.text):
        return True                                     # "Alle priser er ekskl. moms." below a row is no part of it
    if upper.ruled_row != lower.ruled_row or upper.leader is not None or lower.leader is not None:
        return True
    if (_whole_row(upper) and _whole_row(lower)) or footnote_marker(lower.text):
        return True
    if (lower.text[:1].islower() and not _whole_row(upper) and not is_sentence(upper.text)
            and upper.emphasised[0] == lower.emphasised[0] and lower.top - upper.bottom < lower.line.size):
        return False            # a description's next line ("... første halve" / "time 22.055,-")
    if lower.top - upper.bottom > gap or upper.emphasised[0] != lower.emphasised[0]:
        return True
    x0, x1 = max(upper.line.x0, lower.line.x0), min(upper.line.x1, lower.line.x1)
    return x1 > x0 and rule_between(page, upper.bottom, lower.top, x0, x1)


def words_box(parts: list[Word]) -> tuple[float, float, float, float]:
    """The box around words or phrases: a value's, for its row and the ledger."""
    return (min(p.x0 for p in parts), min(p.top for p in parts),
            max(p.x1 for p in parts), max(p.bottom for p in parts))
