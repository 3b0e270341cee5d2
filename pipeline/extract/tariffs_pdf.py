"""Tariff lists printed to PDF to `Tariff` rows: a spreadsheet's print (a "takstblad") and a
municipality's tariff web page printed by a browser, read by the same code.

A tariff is a row whose value stands in a value column, or a line of text that ends in
"Kr. pr. <unit> <value>". Value columns come from a header that names periods
("Enhedstakst 2020", "Skoleår 2019/2020") or, where there is none, from values that line
up at one right edge. Rows are told apart by white space: the lines of one cell or one
paragraph are set closer together than rows or paragraphs are. Headings are rows set in
bold or italic. A header names the committee ("...udvalg") and the periods and holds for
the section it opens, so a school-year header ends where its section does. A VAT remark
holds for its whole main section; a footnote ("*) ...") for the items that carry its
marker. Nothing here knows a sample's items, sections or positions.
"""

from __future__ import annotations

import re
import statistics
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.danish import fold_whitespace
from pipeline.extract.tariffs import (
    Tariff, TariffDocument, footnote_key, period_of, says_vat_excluded, split_footnote_marker, value_kind,
)
from pipeline.pdf.layout import Line, body_font_size, column_spans, phrases, rule_between, split_furniture
from pipeline.pdf.words import PageContent, Word, open_pdf, page_content

EXTRACTOR_VERSION = "tariffs-pdf-1"
# Words a column header is made of, besides the periods themselves.
_HEADER_WORD_RE = re.compile(
    r"^(?:enheds?-?|enhedstakst(?:er)?|takst(?:er)?|skoleår|sæson|pris(?:er)?|beløb|år|periode|kr\.?"
    r"|(?:19|20)\d{2}(?:\s*/\s*(?:19|20)?\d{2})?)$",
    re.IGNORECASE,
)
_COMMITTEE_RE = re.compile(r"udvalg", re.IGNORECASE)
_FOOTNOTE_LINE_RE = re.compile(r"^(?P<marker>\*+\)?|\d{1,2}\))\s+\S")
_UNIT_START = {"kr": 0, "pr": 1}  # a text tariff's unit starts at its last "Kr.", else its last "pr."
_RATE_LINE_RE = re.compile(r"^\d[\d.,]*\s*(?:‰|%|promille|procent)(?:\s|$)", re.IGNORECASE)
_YEAR_SPAN_RE = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d{2})(?:\s*[-–]\s*(?P<last>(?:19|20)\d{2}))?(?!\d)")
_BARE_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
_MAX_UNIT_WORDS = 5
_ALIGN = 1.5        # points: right edges this close line up
_CENTRE = 3.0       # points: a merged cell's text is centred over its columns to within this
_TITLE_SCALE = 1.5  # a document title is set at least this much larger than body text


# --- document -----------------------------------------------------------------------------

def extract_tariffs_pdf(path: Path) -> TariffDocument:
    with open_pdf(path) as pdf:
        pages = [page_content(page) for page in pdf.pages]
        title = (pdf.metadata or {}).get("Title")
    return read_tariffs(pages, title if isinstance(title, str) else None)


def read_tariffs(pages: list[PageContent], metadata_title: str | None = None) -> TariffDocument:
    lines = _text_lines(pages)
    em = body_font_size([line.line for line in lines]) or 10.0
    edges = _value_edges(lines)
    blocks = _blocks(lines, _cell_gap(lines, edges, em), {page.number: page for page in pages})
    layout = _Layout(em, edges, _page_lefts(lines), _title_size(blocks, em))
    headers = {id(block): model for block in blocks if (model := _header(block, layout)) is not None}
    heading = _title(blocks, layout)
    year = _document_year((heading, metadata_title), headers.values())
    reader = _Reader(layout, headers, year, _main_level(blocks, headers, layout))
    for block in blocks:
        reader.read(block)
    return TariffDocument(title=heading or metadata_title, year=year, pages=len(pages), tariffs=reader.tariffs())


# --- lines and blocks ---------------------------------------------------------------------

@dataclass
class _TextLine:
    """A line with what layout analysis needs: its phrases (cells) and how it is set."""
    line: Line
    furniture: bool
    phrases: list[Word]
    emphasised: list[bool]   # per phrase: every word bold or italic

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


def _text_lines(pages: list[PageContent]) -> list[_TextLine]:
    body, furniture = split_furniture(pages)
    furniture_ids = {id(line) for line in furniture}
    out: list[_TextLine] = []
    for line in sorted(body + furniture, key=lambda ln: (ln.page, ln.top, ln.x0)):
        line.words = _without_glyph(line.words)
        merged = phrases(line)
        emphasised = [all(w.bold or w.italic for w in line.words if p.x0 <= w.x0 and w.x1 <= p.x1)
                      for p in merged]
        out.append(_TextLine(line, id(line) in furniture_ids, merged, emphasised))
    return out


def _without_glyph(words: list[Word]) -> list[Word]:
    """Drop a detached symbol at the line's end: the "−"/"+" of a web page's collapsible section."""
    if len(words) > 1:
        last, before = words[-1], words[-2]
        if not any(ch.isalnum() for ch in last.text) and last.x0 - before.x1 > 2 * max(before.size, 1.0):
            return words[:-1]
    return words


def _page_lefts(lines: list[_TextLine]) -> dict[int, float]:
    """Each page's text margin: where descriptions start."""
    lefts: dict[int, float] = {}
    for line in lines:
        if not line.furniture:
            lefts[line.page] = min(lefts.get(line.page, line.line.x0), line.line.x0)
    return lefts


def _aligned(x: float, edges: list[float]) -> bool:
    return any(abs(x - edge) <= _ALIGN for edge in edges)


def _value_edges(lines: list[_TextLine]) -> list[float]:
    """Right edges where values line up, for tables that have no header.

    A price is the last cell of its row and right-aligned, so rows' last cells that read
    as values and end at the same x make a value column.
    """
    ends = Counter(round(line.phrases[-1].x1) for line in lines
                   if len(line.phrases) > 1 and value_kind(line.phrases[-1].text)[0] != "text")
    edges: list[tuple[float, int]] = []
    for x in sorted(ends):
        if edges and x - edges[-1][0] <= _ALIGN:
            edge, count = edges[-1]
            edges[-1] = (edge if count >= ends[x] else x, count + ends[x])
        else:
            edges.append((x, ends[x]))
    return [edge for edge, count in edges if count >= 2]


def _is_anchor(line: _TextLine, edges: list[float]) -> bool:
    """The line holds a value at a value column's edge."""
    last = line.phrases[-1]
    return len(line.phrases) > 1 and _aligned(last.x1, edges) and value_kind(last.text)[0] != "text"


def _cell_gap(lines: list[_TextLine], edges: list[float], em: float) -> float:
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
        lower_anchor = _is_anchor(lower, edges)
        if lower_anchor and _is_anchor(upper, edges):
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


@dataclass
class _Block:
    """Lines set close together: a table row (one cell may wrap), a paragraph or a heading."""
    lines: list[_TextLine]

    @property
    def page(self) -> int:
        return self.lines[0].page

    @property
    def text(self) -> str:
        return fold_whitespace(" ".join(line.text for line in self.lines if not line.furniture))

    @property
    def furniture(self) -> bool:
        return all(line.furniture for line in self.lines)


def _blocks(lines: list[_TextLine], cell_gap: float, pages: dict[int, PageContent]) -> list[_Block]:
    """Lines to blocks: a new block at a new page, a wider gap, a rule between, or where
    emphasis changes (a scan's rows are told apart by their rules: it has no bold)."""
    blocks: list[_Block] = []
    for line in lines:
        previous = blocks[-1].lines[-1] if blocks else None
        if (previous is None or previous.page != line.page or line.top - previous.bottom > cell_gap
                or previous.emphasised[0] != line.emphasised[0]
                or rule_between(pages[line.page], previous.bottom, line.top, line.line.x0, line.line.x1)):
            blocks.append(_Block([line]))
        else:
            blocks[-1].lines.append(line)
    return blocks


# --- layout: margins, headers, headings -----------------------------------------------------

@dataclass
class _Layout:
    """What the whole document says about where things stand."""
    em: float
    edges: list[float]              # value columns of tables without a header
    lefts: dict[int, float]         # each page's text margin
    title_size: float | None        # the size the document's title is set in, if it has one

    def at_margin(self, phrase: Word, page: int) -> bool:
        return phrase.x0 <= self.lefts.get(page, phrase.x0) + 3 * self.em


@dataclass
class _Columns:
    """A table's columns from its header: value columns by right edge, each with its period."""
    stub: str | None          # the header's left cell: a committee or a section
    stub_style: tuple         # how the stub is set: its heading level
    labels: list[str]
    edges: list[float]
    periods: list[str]
    value_left: float         # left of this, cells are description or unit

    @property
    def signature(self) -> tuple:
        return self.stub, tuple(self.labels)

    def columns_of(self, phrase: Word) -> list[int]:
        """The value columns a cell stands in: the one it is right-aligned in, else the run of
        columns it is centred over (a merged cell; on a tie, the wider run)."""
        for column, edge in enumerate(self.edges):
            if abs(phrase.x1 - edge) <= _ALIGN:
                return [column]
        bounds = [self.value_left] + self.edges

        def off_centre(run: tuple[int, int]) -> tuple[float, int]:
            first, last = run
            return abs((bounds[first] + bounds[last + 1]) / 2 - phrase.x_center) // _CENTRE, first - last

        runs = [(i, j) for i in range(len(self.edges)) for j in range(i, len(self.edges))]
        first, last = min(runs, key=off_centre)
        return list(range(first, last + 1))


def _style(words: list[Word]) -> tuple:
    """A heading's typographic rank, highest first: larger, then bold before italic."""
    return -round(max(w.size for w in words) * 2) / 2, not all(w.bold for w in words)


def _header(block: _Block, layout: _Layout) -> _Columns | None:
    """A table header: cells that name periods ("Enheds-/takst/2019", "Skoleår 2019/2020") above
    value columns, set in bold or made of header words only, with an optional left cell."""
    stub: list[Word] = []
    cells: list[Word] = []
    for line in block.lines:
        for index, (phrase, emphasised) in enumerate(zip(line.phrases, line.emphasised)):
            if index == 0 and layout.at_margin(phrase, line.page):
                stub.append(phrase)
            elif emphasised or all(_HEADER_WORD_RE.match(w) for w in phrase.text.split()):
                cells.append(phrase)
            else:
                return None
    if any(value_kind(c.text)[0] != "text" and not _BARE_YEAR_RE.match(c.text) and period_of(c.text) is None
           for c in cells):
        return None
    spans = column_spans(cells)
    labels = [_label(cells, span) for span in spans]
    valued = [(span, label, period_of(label)) for span, label in zip(spans, labels) if period_of(label)]
    if not valued:
        return None
    first = valued[0][0]
    units = [span for span in spans if span[1] < first[0]]
    value_left = units[-1][1] + _ALIGN if units else first[0] - layout.em / 2
    return _Columns(
        stub=fold_whitespace(" ".join(p.text for p in stub)) or None,
        stub_style=_style(stub) if stub else (),
        labels=[label for _, label, _ in valued],
        edges=[span[1] for span, _, _ in valued],
        periods=[period for _, _, period in valued],
        value_left=value_left,
    )


def _label(cells: list[Word], span: tuple[float, float]) -> str:
    stacked = sorted((c for c in cells if span[0] <= c.x0 and c.x1 <= span[1]), key=lambda c: c.top)
    return fold_whitespace(" ".join(c.text for c in stacked))


def _title_size(blocks: list[_Block], em: float) -> float | None:
    """The size of the first page's largest text, where it is set as a title (much larger than body)."""
    first_page = blocks[0].page if blocks else None
    largest = max((line.line.size for block in blocks if block.page == first_page for line in block.lines),
                  default=0.0)
    return largest if largest >= _TITLE_SCALE * em else None


def _title(blocks: list[_Block], layout: _Layout) -> str | None:
    for block in blocks:
        if layout.title_size and block.lines[0].line.size == layout.title_size:
            return block.text
    return None


def _document_year(titles: Iterable[str | None], headers: Iterable[_Columns]) -> str | None:
    """"2019-2020" or "2023" as a title states it; else the span of the headers' years."""
    for title in titles:
        match = _YEAR_SPAN_RE.search(title or "")
        if match:
            return match["first"] + (f"-{match['last']}" if match["last"] else "")
    years = sorted({p for model in headers for p in model.periods if "/" not in p})
    if not years:
        return None
    return years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"


def _heading_style(block: _Block, layout: _Layout) -> tuple | None:
    """A heading's style, if every description cell of the block is set in bold or italic."""
    lead = [(line.phrases[0], line.emphasised[0]) for line in block.lines
            if not line.furniture and layout.at_margin(line.phrases[0], line.page)]
    if not lead or not all(emphasised for _, emphasised in lead) or _FOOTNOTE_LINE_RE.match(block.text):
        return None
    return _style([phrase for phrase, _ in lead])


def _main_level(blocks: list[_Block], headers: dict[int, _Columns], layout: _Layout) -> tuple | None:
    """The heading style of the document's main sections: the highest one used more than once
    (a page's single "Contents" heading is not a division)."""
    counts = Counter(style for block in blocks if id(block) not in headers and not block.furniture
                     and (style := _heading_style(block, layout)) is not None and not _is_title(style, layout))
    counts.update(model.stub_style for model in headers.values()
                  if model.stub and not _COMMITTEE_RE.search(model.stub))
    repeated = sorted(style for style, n in counts.items() if n > 1)
    return repeated[0] if repeated else None


def _is_title(style: tuple, layout: _Layout) -> bool:
    return layout.title_size is not None and -style[0] >= round(layout.title_size * 2) / 2


# --- reading --------------------------------------------------------------------------------

@dataclass
class _Section:
    title: str
    style: tuple
    scope: int
    columns: _Columns | None = None


@dataclass
class _Cells:
    """A block's cells by role, each a list of phrases top to bottom."""
    description: list[Word] = field(default_factory=list)
    unit: list[Word] = field(default_factory=list)
    values: dict[int, list[Word]] = field(default_factory=lambda: defaultdict(list))
    prose: bool = False   # text runs from the description into the value columns: a paragraph

    @property
    def item(self) -> str:
        return fold_whitespace(" ".join(p.text for p in self.description))


@dataclass
class _Found:
    """A tariff as read, with what its VAT and footnote are looked up by at the end."""
    tariff: Tariff
    scopes: tuple[int, ...]   # the committee's and every open section's
    main_scope: int
    marker: str | None        # the footnote key its item carries, "*)" or "1)"


def _section_title(text: str) -> str:
    """A heading as a section's name: "Sommerhuse:" and "1-10 dage :" introduce their rows."""
    return fold_whitespace(text).rstrip(" :")


def _text_tariff(text: str) -> tuple[str, str | None, str] | None:
    """(description, unit, value) of a line such as "Kopi/print Kr. pr. ark 2,00" or "Kr. 7.449,37"."""
    tokens = text.split()
    if len(tokens) < 2:
        return None
    value = tokens[-1]
    if value_kind(value)[0] == "text" or _BARE_YEAR_RE.match(value):
        return None
    starts = [(_UNIT_START[key], i) for i, token in enumerate(tokens[:-1])
              if (key := token.lower().rstrip(".:")) in _UNIT_START]
    if not starts:
        return None
    start = max(starts, key=lambda s: (-s[0], s[1]))[1]
    if len(tokens) - 1 - start > _MAX_UNIT_WORDS:
        return None
    return " ".join(tokens[:start]), " ".join(tokens[start:-1]), value


class _Reader:
    """Walks the blocks in reading order, keeping the committee, the open sections and the
    header in force, and turns rows and text lines into tariffs."""

    def __init__(self, layout: _Layout, headers: dict[int, _Columns], year: str | None,
                 main_level: tuple | None):
        self.layout, self.headers, self.year, self.main_level = layout, headers, year, main_level
        self.committee: str | None = None
        self.committee_scope = 0
        self.committee_columns: _Columns | None = None
        self.sections: list[_Section] = []
        self.found: list[_Found] = []
        self.footnotes: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
        self.vat_scopes: set[int] = set()
        self.last_paragraph: str | None = None
        self._scopes = 0

    def read(self, block: _Block) -> None:
        if block.furniture:
            return
        if id(block) in self.headers:
            self._header(self.headers[id(block)])
            return
        style = _heading_style(block, self.layout)
        if style is not None and _is_title(style, self.layout):
            return
        cells = self._cells(block)
        if style is not None:
            self._heading(block, cells, style)
        elif cells.values and not cells.prose:
            self._row(block, cells)
        elif footnote := _FOOTNOTE_LINE_RE.match(block.text):
            key = footnote_key(footnote["marker"])
            self.footnotes[(self._main_scope(), key)].append((len(self.found), block.text))
        else:
            self._text(block)

    def tariffs(self) -> list[Tariff]:
        """The tariffs found, with VAT and footnotes, which may stand after the items, applied."""
        out = []
        for position, found in enumerate(self.found):
            tariff = found.tariff
            vat = says_vat_excluded(tariff.item) or any(scope in self.vat_scopes for scope in found.scopes)
            tariff.vat_excluded = True if vat else None
            if found.marker:
                tariff.note = self._footnote(found, position)
            out.append(tariff)
        return out

    # structure ------------------------------------------------------------------------------

    def _new_scope(self) -> int:
        self._scopes += 1
        return self._scopes

    def _header(self, columns: _Columns) -> None:
        """A committee's header resets the sections; another header opens or marks a section.

        A header repeated at the top of a page (the same as one in force) changes nothing, so
        that a sheet's running header does not end a school-year section on the page before.
        """
        in_force = [self.committee_columns] + [s.columns for s in self.sections]
        if any(c is not None and c.signature == columns.signature for c in in_force):
            return
        self.last_paragraph = None
        if columns.stub and _COMMITTEE_RE.search(columns.stub):
            self.committee, self.committee_scope = columns.stub, self._new_scope()
            self.committee_columns, self.sections = columns, []
        elif columns.stub:
            self._open(_Section(_section_title(columns.stub), columns.stub_style, self._new_scope(), columns))
        elif self.sections:
            self.sections[-1].columns = columns
        else:
            self.committee_columns = columns

    def _open(self, section: _Section) -> None:
        while self.sections and self.sections[-1].style >= section.style:
            self.sections.pop()
        self.sections.append(section)

    def _close_to(self, style: tuple) -> None:
        while self.sections and self.sections[-1].style >= style:
            self.sections.pop()

    def _heading(self, block: _Block, cells: _Cells, style: tuple) -> None:
        """A heading; a bold row that also holds a value is that tariff and then a heading.

        A heading over the main divisions (a web page's single "Contents") heads the whole
        document, like its title: it closes the sections and names none.
        """
        self._close_to(style)
        if self.main_level is not None and style < self.main_level:
            return
        if any(value_kind(_joined(v))[0] != "text" for v in cells.values.values()):
            self._row(block, cells)
        title = _section_title(cells.item or block.text)
        section = _Section(title, style, self._new_scope())
        if says_vat_excluded(title):
            self.vat_scopes.add(section.scope)
        self.sections.append(section)
        self.last_paragraph = None

    def _columns(self) -> _Columns | None:
        for section in reversed(self.sections):
            if section.columns is not None:
                return section.columns
        return self.committee_columns

    def _main_scope(self) -> int:
        """The main section holding what is read now, else the committee's or the document's."""
        if self.main_level is not None:
            for section in reversed(self.sections):
                if section.style <= self.main_level:
                    return section.scope
        return self.committee_scope

    # rows -----------------------------------------------------------------------------------

    def _cells(self, block: _Block) -> _Cells:
        columns = self._columns()
        cells = _Cells()
        for line in block.lines:
            if line.furniture:
                continue
            for index, phrase in enumerate(line.phrases):
                if columns is not None:
                    self._place_under_header(phrase, index, line, columns, cells)
                elif index == len(line.phrases) - 1 and index > 0 and _aligned(phrase.x1, self.layout.edges):
                    cells.values[0].append(phrase)
                else:
                    self._place_left(phrase, index, line, cells)
        return cells

    def _place_under_header(self, phrase: Word, index: int, line: _TextLine, columns: _Columns,
                            cells: _Cells) -> None:
        if phrase.x1 <= columns.value_left + _ALIGN:
            self._place_left(phrase, index, line, cells)
        elif phrase.x0 < columns.value_left - _ALIGN:
            cells.prose = True
        else:
            for column in columns.columns_of(phrase):
                cells.values[column].append(phrase)

    def _place_left(self, phrase: Word, index: int, line: _TextLine, cells: _Cells) -> None:
        """The first cell at the margin is the description; cells after it, the unit."""
        if index == 0 and self.layout.at_margin(phrase, line.page):
            cells.description.append(phrase)
        else:
            cells.unit.append(phrase)

    def _row(self, block: _Block, cells: _Cells) -> None:
        item = cells.item or self._orphan_item()
        if not item:
            return
        columns = self._columns()
        unit = fold_whitespace(" ".join(p.text for p in cells.unit)) or None
        for column, parts in sorted(cells.values.items()):
            period = columns.periods[column] if columns is not None else self.year
            self._emit(item, unit, period, _joined(parts), block.page, _bbox(parts))
        self.last_paragraph = None

    def _text(self, block: _Block) -> None:
        """Text lines that end in a unit and a value are tariffs; other text is a paragraph.

        A line with no description ("Kr. pr. stk. 28,50") takes the text above it, in its
        paragraph or the paragraph before; a lone rate line ("0,074 promille af ...") too.
        """
        pending: list[str] = []
        found = False
        lines = [line for line in block.lines if not line.furniture]
        for line in lines:
            parsed = _text_tariff(line.text)
            if parsed is None and len(lines) == 1 and _RATE_LINE_RE.match(line.text):
                parsed = ("", None, line.text)
            if parsed is None:
                pending.append(line.text)
                continue
            description, unit, value = parsed
            item = fold_whitespace(" ".join(pending + [description])) or self._orphan_item()
            if item:
                value_words = line.line.words[-len(value.split()):]
                self._emit(item, unit, self.year, value, block.page, _bbox(value_words))
                found = True
            pending = []
        if found:
            self.last_paragraph = None
            return
        if says_vat_excluded(block.text):
            self.vat_scopes.add(self._main_scope())
        # Only a label can name a value printed below it: one line, not a sentence.
        reads_as_label = len(lines) == 1 and not block.text.rstrip().endswith((".", "!", "?"))
        self.last_paragraph = block.text if reads_as_label else None

    def _orphan_item(self) -> str | None:
        """What a value printed without a description is for: the paragraph above, else the heading."""
        if self.last_paragraph:
            return self.last_paragraph
        return self.sections[-1].title if self.sections else None

    def _emit(self, item: str, unit: str | None, period: str | None, value: str, page: int,
              bbox: tuple[float, float, float, float]) -> None:
        """Keep a tariff; a value whose period the document never states is none."""
        if period is None:
            return
        tariff = Tariff(item=item, unit=unit, period=period, value_text=value,
                        section_path=[s.title for s in self.sections], committee=self.committee,
                        page=page, bbox=bbox)
        scopes = (0, self.committee_scope, *(s.scope for s in self.sections))
        marker = split_footnote_marker(item)[1]
        self.found.append(_Found(tariff, scopes, self._main_scope(), marker and footnote_key(marker)))

    def _footnote(self, found: _Found, position: int) -> str | None:
        """The first footnote with the item's marker after it, in the same main section."""
        notes = self.footnotes.get((found.main_scope, found.marker), [])
        index = bisect_right([after for after, _ in notes], position)
        return notes[index][1] if index < len(notes) else None


def _joined(parts: list[Word]) -> str:
    return fold_whitespace(" ".join(p.text for p in sorted(parts, key=lambda p: p.top)))


def _bbox(parts: list[Word]) -> tuple[float, float, float, float]:
    return (min(p.x0 for p in parts), min(p.top for p in parts),
            max(p.x1 for p in parts), max(p.bottom for p in parts))
