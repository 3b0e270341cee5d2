"""Tariff lists printed to PDF to `Tariff` rows: a spreadsheet's print (a "takstblad"), a
word processor's price list and a municipality's tariff web page printed by a browser,
read by the same code.

A tariff is a row whose value stands in a value column, a line "item ........ price"
(a leader), a line naming its own periods ("Voksne: 2024: 60,00 kr. / 2025: 65,00 kr."),
or a line of text that ends in "Kr. pr. <unit> <value>". Columns come from a header
(tariff_pdf_columns.py) or, where there is none, from values that line up at one right
edge. Rows are ruled rows, or lines set closer together than rows are (tariff_pdf_lines.py).
Headings are rows set in bold or italic, or on a shaded band across the table. A header
names the committee ("...udvalg") and the periods and holds for the section it opens. A
VAT remark holds for its whole main section, a VAT column for its row; a footnote ("*)
...") for the items that carry its marker. Nothing here knows a sample's items, sections
or positions.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.danish import fold_whitespace
from pipeline.extract import tariff_params as params
from pipeline.extract.ledger import Box
from pipeline.extract.tariff_grammar import (
    ITEM, REMARK, UNIT, VALUE, VAT, committee_in, committee_name, footnote_key, footnote_marker, header_cells, header_role,
    is_navigation_heading, is_sentence, is_unit_text, is_value, looks_like_value, parse_value_cell, says_vat_excluded,
    section_title, split_footnote_marker, vat_cell, year_span,
)
from pipeline.extract.tariff_ledger import (
    FOOTNOTE, HEADER, HEADING, ITEM_TEXT, PERIOD_LABEL, PROSE as PROSE_TEXT, REMARK as REMARK_TEXT, TITLE, UNIT_TEXT,
    VAT_TEXT, period_label,
)
from pipeline.extract.tariff_pdf_columns import PROSE, Columns, continues_header, header, header_text
from pipeline.extract.tariff_pdf_ledger import page_ledger
from pipeline.extract.tariff_pdf_lines import (
    Block, TextLine, aligned, blocks, cell_gap, is_anchor, join_words, text_lines, value_edges, words_box,
)
from pipeline.extract.tariff_pdf_text import line_tariffs, period_lines, period_parts
from pipeline.extract.tariffs import Tariff, TariffDocument
from pipeline.pdf.grid import PageDrawings
from pipeline.pdf.layout import body_font_size
from pipeline.pdf.words import PageContent, Word, open_pdf, page_content

EXTRACTOR_VERSION = "tariffs-pdf-4"


# --- document -----------------------------------------------------------------------------

def extract_tariffs_pdf(path: Path) -> TariffDocument:
    with open_pdf(path) as pdf:
        pages = [page_content(page, drawings=True) for page in pdf.pages]
        title = (pdf.metadata or {}).get("Title")
    return read_tariffs(pages, title if isinstance(title, str) else None)


def read_tariffs(pages: list[PageContent], metadata_title: str | None = None) -> TariffDocument:
    drawings = {page.number: PageDrawings.of(page, params.GRID_MIN_ROWS, params.GRID_MIN_COLUMNS,
                                             params.BAND_MIN_SHADE) for page in pages}
    lines = text_lines(pages, drawings)
    em = body_font_size([line.line for line in lines]) or 10.0
    edges = value_edges(lines)
    found_blocks = blocks(lines, cell_gap(lines, edges, em), {page.number: page for page in pages})
    layout = _Layout(em, edges, value_edges(lines, "x0"), _page_lefts(lines), _text_margin(lines),
                     _title_size(found_blocks, em))
    found_blocks, headers = _headers(found_blocks, layout)
    heading = _title(found_blocks, layout)
    year = _document_year((heading, metadata_title), headers.values())
    reader = _Reader(layout, headers, year, _main_level(found_blocks, headers, layout))
    for block in found_blocks:
        reader.read(block)
    tariffs = reader.tariffs()
    return TariffDocument(title=heading or metadata_title, year=year, pages=len(pages), tariffs=tariffs,
                          ledger=page_ledger(lines, reader.marks, tariffs))


def _page_lefts(lines: list[TextLine]) -> dict[int, float]:
    """Each page's leftmost text: where descriptions start."""
    lefts: dict[int, float] = {}
    for line in lines:
        if not line.furniture:
            lefts[line.page] = min(lefts.get(line.page, line.line.x0), line.line.x0)
    return lefts


def _text_margin(lines: list[TextLine]) -> float | None:
    """Where most lines of the document start: the text margin, even on a page where a
    table wider than the text sticks out to the left of it."""
    starts = Counter(round(line.line.x0) for line in lines if not line.furniture)
    return starts.most_common(1)[0][0] if starts else None


# --- layout: margins, headers, headings -----------------------------------------------------

@dataclass
class _Layout:
    """What the whole document says about where things stand."""
    em: float
    edges: list[float]              # value columns of tables without a header: right edges
    starts: list[float]             # ... and left edges (values set at a left tab stop)
    lefts: dict[int, float]         # each page's leftmost text
    margin: float | None            # where most lines of the document start
    title_size: float | None        # the size the document's title is set in, if it has one

    def at_margin(self, phrase: Word, page: int) -> bool:
        near = params.MARGIN_EM * self.em
        return (phrase.x0 <= self.lefts.get(page, phrase.x0) + near
                or (self.margin is not None and abs(phrase.x0 - self.margin) <= near))


def _style(words: list[Word]) -> tuple:
    """A heading's typographic rank, highest first: larger, then bold before italic."""
    return -round(max(w.size for w in words) * 2) / 2, not all(w.bold for w in words)


def _header(block: Block, layout: _Layout) -> Columns | None:
    lines = []
    for line in block.lines:
        cells, emphasised = _header_cells(line)
        lines.append((cells, emphasised, layout.at_margin(line.phrases[0], line.page)))
    return header(lines, layout.em, _style)


def _header_cells(line: TextLine) -> tuple[list[Word], list[bool]]:
    """The line's phrases, a run of header cells printed too close together split into its
    cells ("Takst 2024 Takst 2025 Bemærkning": a browser's centred header cells)."""
    cells, emphasised = [], []
    for phrase, bold in zip(line.phrases, line.emphasised):
        words = [w for w in line.line.words if phrase.x0 <= w.x0 and w.x1 <= phrase.x1]
        split = header_cells([w.text for w in words]) if len(words) > 1 else None
        parts = [join_words(words[a:b]) for a, b in split] if split else [phrase]
        cells += parts
        emphasised += [bold] * len(parts)
    return cells, emphasised


def _headers(found: list[Block], layout: _Layout) -> tuple[list[Block], dict[int, Columns]]:
    """The blocks, with a header's lines joined where its cells wrap over several (and
    stand at the top or the bottom of the header row), and each header's columns by block id."""
    out: list[Block] = []
    headers: dict[int, Columns] = {}
    for block in found:
        previous = out[-1] if out else None
        if previous is not None and _joins_header(previous, block, headers.get(id(previous)), layout):
            joined = Block(previous.lines + block.lines)
            if (model := _header(joined, layout)) is not None:
                headers.pop(id(previous), None)
                out[-1], headers[id(joined)] = joined, model
                continue
        out.append(block)
        if (model := _header(block, layout)) is not None:
            headers[id(block)] = model
    return out, headers


def _joins_header(upper: Block, lower: Block, model: Columns | None, layout: _Layout) -> bool:
    """The lower block is more of the header above: its wrapped cells, or both are pieces
    of one header ("Takst" above "Beskrivelse  Enhed  2025 (kr.)")."""
    if (lower.page != upper.page or lower.furniture or lower.band or upper.band
            or lower.lines[0].top - upper.lines[-1].bottom >= layout.em):
        return False
    if model is not None and all(continues_header(model, line.phrases, line.emphasised) for line in lower.lines):
        return True
    return _header_piece(upper, layout) and _header_piece(lower, layout)


def _header_piece(block: Block, layout: _Layout) -> bool:
    """Every cell is header text (bold, or header words) and none at the margin but the item's name."""
    return all(header_text(phrase, bold) and (header_role(phrase.text) == ITEM
                                              or not layout.at_margin(phrase, line.page))
               for line in block.lines if not line.furniture for phrase, bold in zip(line.phrases, line.emphasised))


def _title_size(found: list[Block], em: float) -> float | None:
    """The size of the first page's largest text, where it is set as a title (much larger than body)."""
    first_page = found[0].page if found else None
    largest = max((line.line.size for block in found if block.page == first_page for line in block.lines),
                  default=0.0)
    return largest if largest >= params.TITLE_SCALE * em else None


def _title(found: list[Block], layout: _Layout) -> str | None:
    for block in found:
        if layout.title_size and block.lines[0].line.size == layout.title_size:
            return block.text
    return None


def _document_year(titles: Iterable[str | None], headers: Iterable[Columns]) -> str | None:
    """"2019-2020" or "2023" as a title states it; else the span of the headers' years."""
    for title in titles:
        if span := year_span(title):
            return span
    years = sorted({p for model in headers for p in model.periods if "/" not in p})
    if not years:
        return None
    return years[0] if len(years) == 1 else f"{years[0]}-{years[-1]}"


def _heading_style(block: Block, layout: _Layout) -> tuple | None:
    """A heading's style, if every description cell of the block is set in bold or italic,
    or it stands alone on a shaded band across its table."""
    lead = [(line.phrases[0], line.emphasised[0]) for line in block.lines
            if not line.furniture and layout.at_margin(line.phrases[0], line.page)]
    if not lead or footnote_marker(block.text):
        return None
    if all(emphasised for _, emphasised in lead):
        return _style([phrase for phrase, _ in lead])
    if block.band and all(len(line.phrases) == 1 for line in block.lines) and not is_value(block.text):
        return _style([phrase for phrase, _ in lead])
    return None


def _main_level(found: list[Block], headers: dict[int, Columns], layout: _Layout) -> tuple | None:
    """The heading style of the document's main sections: the highest one used more than once
    (a page's single "Contents" heading is not a division)."""
    counts = Counter(style for block in found if id(block) not in headers and not block.furniture
                     and (style := _heading_style(block, layout)) is not None and not _is_title(style, layout))
    counts.update(model.stub_style for model in headers.values()
                  if model.stub and not committee_in(model.stub))
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
    columns: Columns | None = None


@dataclass
class _Cells:
    """A block's cells by role, each a list of phrases top to bottom."""
    description: list[Word] = field(default_factory=list)
    unit: list[Word] = field(default_factory=list)
    values: dict[int, list[Word]] = field(default_factory=lambda: defaultdict(list))
    vat: list[Word] = field(default_factory=list)
    remark: list[Word] = field(default_factory=list)
    prose: bool = False   # text runs from the description into the value columns: a paragraph

    @property
    def item(self) -> str:
        return _joined(self.description)

    def add(self, role: str | None, phrase: Word, columns: list[int]) -> None:
        if role == VALUE:
            for column in columns:
                self.values[column].append(phrase)
        elif role == PROSE:
            self.prose = True
        elif role is not None:
            {ITEM: self.description, UNIT: self.unit, VAT: self.vat, REMARK: self.remark}[role].append(phrase)


@dataclass
class _Found:
    """A tariff as read, with what its VAT and footnote are looked up by at the end."""
    tariff: Tariff
    scopes: tuple[int, ...]   # the committee's and every open section's
    main_scope: int
    marker: str | None        # the footnote key its item carries, "*)" or "1)"
    vat: bool | None          # what its row's VAT column says, if it has one


class _Reader:
    """Walks the blocks in reading order, keeping the committee, the open sections and the
    header in force, and turns rows and text lines into tariffs."""

    def __init__(self, layout: _Layout, headers: dict[int, Columns], year: str | None,
                 main_level: tuple | None):
        self.layout, self.headers, self.year, self.main_level = layout, headers, year, main_level
        self.committee: str | None = None
        self.committee_scope = 0
        self.committee_columns: Columns | None = None
        self.sections: list[_Section] = []
        self.found: list[_Found] = []
        self.footnotes: dict[tuple[int, str], list[tuple[int, str]]] = defaultdict(list)
        self.vat_scopes: set[int] = set()
        self.last_paragraph: str | None = None
        self.marks: list[tuple[int, Box, str, str | None]] = []   # what each word was read as, for the ledger
        self.last_item: str | None = None      # the description of the row read last
        self.shared_item: str | None = None    # ... while reading the rows of one block
        self._scopes = 0

    def read(self, block: Block) -> None:
        if block.furniture:
            return
        body = [w for line in block.lines if not line.furniture for w in line.line.words]
        if id(block) in self.headers:
            self._mark(block.page, body, HEADER)
            self._header(self.headers[id(block)])
            return
        style = _heading_style(block, self.layout)
        if style is not None and _is_title(style, self.layout):
            self._mark(block.page, body, TITLE)
            return
        if style is None and len(rows := self._rows(block)) > 1:
            for row in rows:                 # a row with no description of its own shares its neighbour's (rowspan)
                self.read(row)
                self.shared_item = self.last_item
            self.shared_item = None
            return
        cells = self._cells(block)
        if style is not None:
            self._mark(block.page, body, HEADING)
            self._heading(block, cells, style)
        elif any(line.leader is not None for line in block.lines) or period_lines(block):
            self._text(block)
        elif cells.values and not cells.prose:
            self._row(block, cells)
        elif key := footnote_marker(block.text):
            self._mark(block.page, body, FOOTNOTE)
            self.footnotes[(self._main_scope(), key)].append((len(self.found), block.text))
        else:
            self._text(block)

    def tariffs(self) -> list[Tariff]:
        """The tariffs found, with VAT and footnotes, which may stand after the items, applied."""
        out = []
        for position, found in enumerate(self.found):
            tariff = found.tariff
            if found.vat is not None:
                vat = found.vat
            else:
                vat = says_vat_excluded(tariff.item) or any(scope in self.vat_scopes for scope in found.scopes)
            tariff.vat_excluded = True if vat else None
            if found.marker:
                footnote = self._footnote(found, position)
                tariff.note = " ".join(filter(None, (footnote, tariff.note))) or None
            out.append(tariff)
        return out

    # structure ------------------------------------------------------------------------------

    def _new_scope(self) -> int:
        self._scopes += 1
        return self._scopes

    def _header(self, columns: Columns) -> None:
        """A committee's header resets the sections; another header opens or marks a section.

        A header repeated at the top of a page (the same as one in force) changes nothing, so
        that a sheet's running header does not end a school-year section on the page before.
        """
        in_force = [self.committee_columns] + [s.columns for s in self.sections]
        if any(c is not None and c.signature == columns.signature for c in in_force):
            return
        self.last_paragraph = None
        if columns.stub and committee_in(columns.stub):
            self.committee, self.committee_scope = committee_name(columns.stub), self._new_scope()
            self.committee_columns, self.sections = columns, []
        elif columns.stub:
            self._open(_Section(section_title(columns.stub), columns.stub_style, self._new_scope(), columns))
        elif self.sections:
            self.sections[-1].columns = columns
        else:
            self.committee_columns = columns

    def _open(self, section: _Section) -> None:
        self._close_to(section.style)
        self.sections.append(section)

    def _close_to(self, style: tuple) -> None:
        while self.sections and self.sections[-1].style >= style:
            self.sections.pop()

    def _heading(self, block: Block, cells: _Cells, style: tuple) -> None:
        """A heading; a bold row that also holds a value is that tariff and then a heading.

        A heading that organises the page rather than the tariffs ("Indhold", "Contents")
        heads the whole document, like its title: it closes the sections and names none.
        """
        self._close_to(style)
        title = section_title(cells.item or block.text)
        if is_navigation_heading(title):
            return
        if any(is_value(_joined(v)) for v in cells.values.values()):
            self._row(block, cells)
        section = _Section(title, style, self._new_scope())
        if says_vat_excluded(title):
            self.vat_scopes.add(section.scope)
        self.sections.append(section)
        self.last_paragraph = None

    def _columns(self) -> Columns | None:
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

    def _cells(self, block: Block) -> _Cells:
        columns = self._columns()
        cells = _Cells()
        merged: list[tuple[Word, list[int]]] = []
        for line in block.lines:
            if line.furniture:
                continue
            after_value = False
            for index, phrase in enumerate(cells_of := _split_by_columns(line, columns)):
                first = index == 0 and self.layout.at_margin(phrase, line.page)
                if columns is not None:
                    role, indexes = columns.place(phrase, first)
                else:
                    last = index == len(cells_of) - 1
                    role, indexes = self._place_without_header(phrase, index, first, last, after_value)
                after_value = after_value or role == VALUE
                cells.add(role, phrase, indexes)
                if role == VALUE and columns is not None and (run := columns.merged_run(phrase)):
                    merged.append((phrase, run))
        for phrase, run in merged:        # a merged cell: one value for each column it spans
            if all(cells.values.get(i, [phrase]) == [phrase] for i in run):
                for i in run:
                    cells.values[i] = [phrase]
        return cells

    def _rows(self, block: Block) -> list[Block]:
        """A block with values on two lines or more is as many rows: each line of values is
        one, and every other line belongs to the row whose values it stands nearest (cells
        centred in their rows interleave their lines when rows are set tight)."""
        columns = self._columns()
        lines = [line for line in block.lines if not line.furniture]
        if len(lines) < 2:
            return [block]
        if columns is not None:
            anchors = [line for line in lines
                       if any(looks_like_value(cell.text) and columns.place(cell, False)[0] == VALUE
                              for cell in _split_by_columns(line, columns)[1:])]
        else:
            anchors = [line for line in lines if is_anchor(line, self.layout.edges)
                       or any(aligned(cell.x0, self.layout.starts) and looks_like_value(cell.text)
                              for cell in line.phrases[1:])]
        if len(anchors) < 2:
            return [block]
        rows: dict[int, list[TextLine]] = {id(anchor): [] for anchor in anchors}
        for line in lines:
            middle = (line.top + line.bottom) / 2
            nearest = min(anchors, key=lambda a: abs((a.top + a.bottom) / 2 - middle))
            rows[id(nearest)].append(line)
        return [Block(rows[id(anchor)]) for anchor in anchors]

    def _place_without_header(self, phrase: Word, index: int, first: bool, last: bool,
                              after_value: bool) -> tuple[str, list[int]]:
        """A value at a value edge (the row's last cell there is its value, whatever it
        says: "300 kr. + entre"); the first cell at the margin is the description; a cell
        right of the value is its unit (or a remark), one between them the unit. Without a
        header a row has one value."""
        if after_value:               # one value to a row: what follows it is its unit or a remark
            return (UNIT if is_unit_text(phrase.text) else REMARK), []
        at_edge = aligned(phrase.x1, self.layout.edges) or (aligned(phrase.x0, self.layout.starts)
                                                             and looks_like_value(phrase.text))
        if at_edge and ((index > 0 and last) or (not first and looks_like_value(phrase.text))):
            return VALUE, [0]             # (a value beside a wrapped item may stand alone on its line)
        return (ITEM if first else UNIT), []

    def _row(self, block: Block, cells: _Cells) -> None:
        item = cells.item or self.shared_item or self._orphan_item()
        if not item:
            return
        self.last_item = item
        columns = self._columns()
        unit = _joined(cells.unit) or None
        vat = vat_cell(_joined(cells.vat)) if cells.vat else None
        remark = _joined(cells.remark) or None
        emitted = False
        for column, parts in sorted(cells.values.items()):
            period = (columns.values[column].period if columns is not None else None) or self.year
            emitted |= self._emit(item, unit, period, _joined(parts), block.page, words_box(parts), vat=vat, note=remark)
        if emitted:
            for role, phrases in ((ITEM_TEXT, cells.description), (UNIT_TEXT, cells.unit), (VAT_TEXT, cells.vat),
                                  (REMARK_TEXT, cells.remark)):
                self._mark(block.page, phrases, role)
        self.last_paragraph = None

    def _text(self, block: Block) -> None:
        """Lines that are tariffs (a leader line, a line naming its periods, a line ending in
        a unit and a value); other text is a paragraph.

        A line with no description ("Kr. pr. stk. 28,50", "2024: 60,00 kr. / 2025: 65,00")
        takes the text above it, in its paragraph or the paragraph before; a lone rate line
        ("0,074 promille af ...") too.
        """
        lines = [line for line in block.lines if not line.furniture]
        pending: list[str] = []
        found = False
        wrapped = period_parts(lines) if len(lines) > 1 else None   # one line naming its periods, wrapped
        readings = ([("", wrapped, [w for line in lines for w in line.line.words])] if wrapped
                    else [(line.text, line_tariffs(line, len(lines) == 1, self.year), line.line.words)
                          for line in lines])
        pending_words: list[Word] = []
        for text, tariffs, words in readings:
            if not tariffs:
                pending.append(text)
                pending_words += words
                continue
            for tariff in tariffs:
                item = (fold_whitespace(" ".join(pending + [tariff.item])) if tariff.item
                        else section_title(" ".join(pending))) or self._orphan_item()
                if item and self._emit(item, tariff.unit, tariff.period, tariff.value, block.page,
                                       words_box(tariff.value_words)):
                    found = True
                    self._mark(block.page, tariff.unit_words, UNIT_TEXT)
            self._mark(block.page, pending_words + [w for w in words if not any(w in t.value_words + t.unit_words
                                                                             for t in tariffs)], ITEM_TEXT,
                       labels=True)
            pending, pending_words = [], []
        self._mark(block.page, pending_words, PROSE_TEXT)
        if found:
            self.last_paragraph = None
            return
        if says_vat_excluded(block.text):
            self.vat_scopes.add(self._main_scope())
        # Only a label can name a value printed below it: one line, not a sentence.
        reads_as_label = len(lines) == 1 and not is_sentence(block.text)
        self.last_paragraph = block.text if reads_as_label else None

    def _orphan_item(self) -> str | None:
        """What a value printed without a description is for: the paragraph above, else the heading."""
        if self.last_paragraph:
            return section_title(self.last_paragraph)      # "Voksne:" above "2024: 60,00 / 2025: 65,00"
        return self.sections[-1].title if self.sections else None

    def _emit(self, item: str, unit: str | None, period: str | None, value: str, page: int,
              bbox: tuple[float, float, float, float], vat: bool | None = None, note: str | None = None) -> bool:
        """Keep a tariff; a value whose period the document never states is none."""
        if period is None:
            return False
        tariff = Tariff(item=item, unit=unit, period=period, value_text=value,
                        section_path=[s.title for s in self.sections], committee=self.committee,
                        page=page, bbox=bbox, note=note)
        scopes = (0, self.committee_scope, *(s.scope for s in self.sections))
        marker = split_footnote_marker(item)[1]
        self.found.append(_Found(tariff, scopes, self._main_scope(), marker and footnote_key(marker), vat))
        return True

    def _mark(self, page: int, words: list[Word], role: str, labels: bool = False) -> None:
        """What the reader took these words for, for the number ledger; with `labels`, a
        period's label ("2024:") is marked as one."""
        region = self.sections[-1].title if self.sections else None
        for word in words:
            own = PERIOD_LABEL if labels and period_label(word.text) else role
            self.marks.append((page, (word.x0, word.top, word.x1, word.bottom), own, region))

    def _footnote(self, found: _Found, position: int) -> str | None:
        """The first footnote with the item's marker after it, in the same main section."""
        notes = self.footnotes.get((found.main_scope, found.marker), [])
        index = bisect_right([after for after, _ in notes], position)
        return notes[index][1] if index < len(notes) else None


def _split_by_columns(line: TextLine, columns: Columns | None) -> list[Word]:
    """The line's cells: its phrases, each split where its words stand under several columns,
    or (no header saying) where a value and its unit were printed too close to tell apart."""
    out = []
    for index, phrase in enumerate(line.phrases):
        words = [w for w in line.line.words if phrase.x0 <= w.x0 and w.x1 <= phrase.x1]
        parts = columns.split(words) if columns is not None else _value_and_unit(words) if index else None
        out += [join_words(part) for part in parts] if parts else [phrase]
    return out


def _value_and_unit(words: list[Word]) -> list[list[Word]] | None:
    """"13.426,45 kr." and "pr. side" of "13.426,45 kr. pr. side": a value, then its unit."""
    parsed = parse_value_cell(" ".join(w.text for w in words))
    if parsed is None or not parsed[0] or not " ".join(w.text for w in words).startswith(parsed[1]):
        return None
    count = len(parsed[1].split())
    return [words[:count], words[count:]]


def _joined(parts: list[Word]) -> str:
    return fold_whitespace(" ".join(p.text for p in sorted(parts, key=lambda p: p.top)))
