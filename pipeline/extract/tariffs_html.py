"""Tariff web pages ("Takster 2023" on a municipality's site) to Tariff objects.

A page is read for its structure, never for its wording: headings open sections (h2-h6,
an accordion's button and the panel it controls, <details>/<summary>, a paragraph that is
only bold text, a bold row of a table), and a section lasts until the next heading of its
rank or the end of its accordion. A table row gives one tariff per value column; a line
of text "description  Kr. pr. unit  value" gives one tariff. Columns are told apart by
what their cells hold (a unit starts with "Kr." or "pr.", a value is a number or a word
such as "Gratis"), helped by the header, which may name a period per column.

Explanatory text is never a tariff and never part of an item. A footnote's text is the
note of the items carrying its marker; "ekskl. moms" in a heading marks the tariffs under
it, in a text the tariffs of the main section it stands in (its accordion, else its top
heading), before or after it. The choices are those a reader of the printed page can make
too, so that the web page and its PDF print give the same items and values.

Nothing the page links to is ever fetched.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import lxml.etree
import lxml.html

from pipeline.danish import fold_whitespace
from pipeline.errors import DocumentRejected
from pipeline.extract import tariff_params as params
from pipeline.extract.tariff_grammar import (
    ITEM, NUMBER, REMARK, UNIT, VALUE, VAT, LineTariff, committee_in, footnote_key, footnote_marker, header_role,
    is_navigation_heading, is_unit_text, is_value, line_tariffs, parse_text_tariff, parse_value_cell, period_of,
    reads_as_heading, says_vat_excluded, split_footnote_marker, title_year, vat_cell,
)
from pipeline.extract.ledger import CELL, LedgerEntry
from pipeline.extract.tariff_ledger import (
    FOOTNOTE, HEADER, HEADING, ITEM_TEXT, PERIOD_LABEL, PROSE as PROSE_TEXT, REMARK as REMARK_TEXT, UNIT_TEXT,
    VAT_TEXT, holds_prices, period_label, reason, text_tokens,
)
from pipeline.extract.tariffs import Tariff, TariffDocument

EXTRACTOR_VERSION = "tariffs-html-3"

_BLOCK_TAGS = frozenset(
    "address article aside blockquote caption dd details dialog div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul"
    .split())
_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_SCREEN_READER_CLASS_RE = re.compile(rf"\b(?:{'|'.join(params.SCREEN_READER_CLASSES)})\b")
# Below h6: a bold paragraph, a table's caption or title row, a bold row inside the table.
_BOLD_PARAGRAPH_LEVEL = 7
_TABLE_TITLE_LEVEL = 7.5
_GROUP_ROW_LEVEL = 8
_ANY_YEAR_RE = re.compile(rf"\b{params.YEAR}\b")
_STARTS_WITH_NUMBER_RE = re.compile(NUMBER)


# --- document -----------------------------------------------------------------------------

def extract_tariffs_html(path: Path) -> TariffDocument:
    return read_tariffs_html(_parse(path.read_bytes()))


def _parse(data: bytes) -> lxml.html.HtmlElement:
    """The page's tree from its bytes alone: no network, no external entities. Bytes that
    are valid UTF-8 are read as UTF-8 even where the page forgets to say so."""
    try:
        data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        encoding = None          # the page's <meta charset>, else libxml2's guess
    parser = lxml.html.HTMLParser(encoding=encoding, no_network=True, remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(data, parser=parser)
    except lxml.etree.ParserError as error:
        raise DocumentRejected(f"unreadable HTML page: {error}") from error


def read_tariffs_html(page: lxml.html.HtmlElement) -> TariffDocument:
    title = _page_title(page)
    year = _page_year(page)
    reader = _PageReader(title, period_of(year) if year else None, _controlled_panels(page))
    reader.walk_content(_content_root(page))
    return TariffDocument(title=title, year=year, pages=None, tariffs=reader.finish(), ledger=reader.ledger)


def _page_title(page: lxml.html.HtmlElement) -> str | None:
    """The first <h1> (what a reader sees), else <title>."""
    return next(iter(_title_texts(page)), None)


def _title_texts(page: lxml.html.HtmlElement) -> list[str]:
    elements = page.xpath("//h1") + page.xpath("//title")
    return [text for e in elements if (text := _read_text([e], keep_buttons=True).line)]


def _page_year(page: lxml.html.HtmlElement) -> str | None:
    """The year as the page states it: "Takster 2023" in <h1> or <title>, else a year there."""
    texts = _title_texts(page)
    for text in texts:
        if year := title_year(text):
            return year
    return next((m.group(0) for text in texts for m in [_ANY_YEAR_RE.search(text)] if m), None)


def _content_root(page: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """<main> where the page marks it, so that menus and the footer are never read."""
    for query in ("//main", "//*[@role='main']", "//article", "//body"):
        found = page.xpath(query)
        if found:
            return found[0]
    return page


def _controlled_panels(page: lxml.html.HtmlElement) -> dict[str, str]:
    """Panel id -> the title of the accordion button (aria-controls) that opens it."""
    panels: dict[str, str] = {}
    for control in page.xpath("//*[@aria-controls]"):
        title = _heading_title(_read_text([control], keep_buttons=True).line)
        for panel_id in control.get("aria-controls", "").split():
            if title:
                panels.setdefault(panel_id, title)
    return panels


# --- text of elements -----------------------------------------------------------------------

@dataclass
class _Text:
    lines: list[str]     # as printed: <br> and block boundaries break lines; white space folded
    bold: bool           # every letter of it is inside <strong>/<b>

    @property
    def line(self) -> str:
        return " ".join(self.lines)


def _read_text(nodes: list, keep_buttons: bool = False) -> _Text:
    """The printed lines of a run of nodes (strings and elements); a button's text only
    where it is a heading's (an accordion's title)."""
    parts: list[str] = []
    plain: list[str] = []

    def add(text: str | None, bold: bool) -> None:
        if text:
            parts.append(text)
            if not bold:
                plain.append(text)

    def visit(element, bold: bool) -> None:
        if not isinstance(element.tag, str) or _is_hidden(element) or (
                element.tag in params.CHROME_TAGS and not (keep_buttons and element.tag == "button")):
            return
        if element.tag == "br":
            parts.append("\n")
            return
        bold = bold or element.tag in ("strong", "b")
        block = element.tag in _BLOCK_TAGS
        if block:
            parts.append("\n")
        add(element.text, bold)
        for child in element:
            visit(child, bold)
            add(child.tail, bold)
        if block:
            parts.append("\n")

    for node in nodes:
        if isinstance(node, str):
            add(node, False)
        else:
            visit(node, False)
    lines = [folded for line in "".join(parts).split("\n") if (folded := fold_whitespace(line))]
    bold = bool(lines) and not any(ch.isalnum() for text in plain for ch in text)
    return _Text(lines, bold)


def _is_hidden(element) -> bool:
    """Hidden from every reader (not the `hidden` of a closed accordion panel, which prints)."""
    return element.get("aria-hidden") == "true" or bool(_SCREEN_READER_CLASS_RE.search(element.get("class", "")))


_CHROME_NAME_RE = re.compile(rf"(?:^|[-_])(?:{'|'.join(params.CHROME_CLASS_WORDS)})(?:$|[-_])", re.IGNORECASE)


def _is_chrome(element) -> bool:
    """A cookie banner, menu, breadcrumb or footer by its class or id (unless it holds a table)."""
    names = element.get("class", "").split() + element.get("id", "").split()
    return any(_CHROME_NAME_RE.search(name) for name in names) and not element.xpath(".//table")


def _heading_title(text: str) -> str:
    """A heading's name: its colon introduces what follows and is no part of the name. (An
    item keeps its colon: it is the description as printed, as a reader of the PDF sees it.)"""
    return fold_whitespace(text).rstrip(":").rstrip()


def _reads_as_label(lines: list[str]) -> bool:
    """One line that is not a sentence: it can name a value printed below it."""
    return len(lines) == 1 and not lines[0].endswith(params.SENTENCE_END)


# --- tables -----------------------------------------------------------------------------------

@dataclass
class _Cell:
    text: str            # one line, white space folded
    bold: bool           # wholly <strong>/<b>
    is_th: bool
    origin: bool = True  # False for the columns a colspan fills after its first
    first_column: int = 0

    @property
    def body_text(self) -> str:
        return self.text if self.origin else ""


_BLANK = _Cell("", False, False)


@dataclass
class _GridRow:
    cells: list[_Cell]
    in_head: bool

    def at(self, column: int | None) -> _Cell:
        return self.cells[column] if column is not None and column < len(self.cells) else _BLANK


@dataclass
class _Columns:
    description: int
    unit: int | None
    values: list[tuple[int, str | None, bool]]   # column, period its header names, header says ekskl. moms
    vat: int | None = None                       # a "Moms" column: inkl./ekskl. per row
    remark: int | None = None

    def value_text(self, row: _GridRow, column: int) -> str:
        """The value in a value column: a cell spanning several value columns is one value
        for each of their periods."""
        cell = row.at(column)
        spans_values = not cell.origin and cell.first_column in {c for c, _, _ in self.values}
        return cell.text if cell.origin or spans_values else ""


def _grid(table) -> list[_GridRow]:
    """The table's own rows (not a nested table's), colspans and rowspans laid out."""
    grid: list[_GridRow] = []
    carried: dict[int, tuple[_Cell, int]] = {}
    for tr in table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr"):
        row: dict[int, _Cell] = {}
        for column, (cell, left) in list(carried.items()):
            row[column] = cell
            if left > 1:
                carried[column] = (cell, left - 1)
            else:
                del carried[column]
        column = 0
        for td in tr.xpath("./td|./th"):
            while column in row:
                column += 1
            cell = replace(_read_cell(td), first_column=column)
            rowspan = _span(td, "rowspan")
            for k in range(_span(td, "colspan")):
                placed = cell if k == 0 else replace(cell, origin=False)
                row[column] = placed
                if rowspan > 1:
                    carried[column] = (placed, rowspan - 1)
                column += 1
        width = max(row, default=-1) + 1
        grid.append(_GridRow([row.get(c, _BLANK) for c in range(width)], tr.getparent().tag == "thead"))
    return grid


def _span(td, attribute: str) -> int:
    digits = re.match(r"\s*(\d+)", td.get(attribute, ""))
    return min(max(int(digits[1]), 1), params.MAX_SPAN) if digits else 1


def _read_cell(td) -> _Cell:
    text = _read_text([td])
    return _Cell(text.line, text.bold, td.tag == "th")


def _split_header(grid: list[_GridRow]) -> tuple[list[str], dict[int, str], list[_GridRow]]:
    """The table's titles, column index -> header text, and the body rows.

    Header rows lead the table: rows in <thead>, rows of <th> cells only, rows of two or
    more bold cells. One with only its first cell filled (often spanning the row) is a
    title, not a column's name.
    """
    titles: list[str] = []
    header: dict[int, str] = {}
    count = 0
    for row in grid:
        filled = [c for c in row.cells if c.body_text]
        if not (row.in_head or (filled and (all(c.is_th for c in filled)
                                            or (len(filled) >= 2 and all(c.bold for c in filled))))):
            break
        count += 1
        if len(filled) == 1 and row.cells[0] is filled[0]:
            titles.append(filled[0].text)
            continue
        for column, cell in enumerate(row.cells):
            if cell.text:
                header[column] = fold_whitespace(f"{header.get(column, '')} {cell.text}")
    return titles, header, grid[count:]


def _columns(header: dict[int, str], rows: list[_GridRow]) -> _Columns | None:
    """Which column holds what; None if no column holds values. The description is the
    column its header names (else the first with text that is no other's); the others are
    told by their cells, else by their header."""
    width = max((len(r.cells) for r in rows), default=0)
    roles = {column: _role([c for r in rows for c in [r.at(column)] if c.body_text], header.get(column, ""))
             for column in range(width)}
    named_item = next((c for c in range(width) if header_role(header.get(c, "")) == ITEM), None)
    if named_item is not None:
        roles[named_item] = ITEM
    elif roles.get(0) != ITEM:
        roles[0] = None                    # the first column describes, unless the header says otherwise
    values = [(c, period_of(header.get(c, "")), says_vat_excluded(header.get(c, ""))) for c in range(width)
              if roles[c] == VALUE]
    if not values:
        return None
    for column in range(values[0][0] + 1, width):     # text right of the values that no header names
        if roles[column] is None and any(r.at(column).body_text for r in rows):
            roles[column] = REMARK
    taken = {c for c, role in roles.items() if role in (VALUE, UNIT, VAT, REMARK)}
    description = named_item if named_item is not None else next(
        (c for c in range(width) if c not in taken and any(r.at(c).body_text for r in rows)), 0)

    def first(role: str) -> int | None:
        return next((c for c in range(width) if roles[c] == role), None)

    return _Columns(description, first(UNIT), values, first(VAT), first(REMARK))


def _role(cells: list[_Cell], head: str) -> str | None:
    """VALUE, UNIT, VAT, REMARK or None: what the header names where it names a VAT or a
    remarks column, else what most cells hold, else what the header names."""
    named = header_role(head)
    if named in (VAT, REMARK, ITEM):
        return named
    if _mostly(cells, _is_value_cell):
        return VALUE
    if _mostly(cells, _is_unit_cell):
        return UNIT
    if _mostly(cells, lambda c: vat_cell(c.body_text) is not None):
        return VAT
    return named if named in (VALUE, UNIT) else None


def _mostly(cells: list[_Cell], test) -> bool:
    return bool(cells) and 2 * sum(1 for c in cells if test(c)) > len(cells)


def _is_value_cell(cell: _Cell) -> bool:
    """A number, a word value ("Gratis", "Efter tilbud"), a rate, or "Kr. 250,00"."""
    text = cell.body_text
    parsed = parse_text_tariff(text)
    return (is_value(text) or bool(_STARTS_WITH_NUMBER_RE.match(text))
            or (parsed is not None and not parsed.item))


def _is_unit_cell(cell: _Cell) -> bool:
    return is_unit_text(cell.body_text) and not _is_value_cell(cell)


def _group_title(description: _Cell, has_values: bool) -> str | None:
    """The title a bold description gives the rows below it ("Foreninger:"); a <th> does
    only in a row without values (with values it is the row's own header cell)."""
    text = description.body_text
    heads = description.bold or (description.is_th and not has_values)
    return _heading_title(text) if text and heads and reads_as_heading(text) else None


def _spanning_title(row: _GridRow) -> str | None:
    """The title of a row whose one cell spans the whole table ("Foreninger"), if it reads as one."""
    first = row.cells[0] if row.cells else _BLANK
    spans = len(row.cells) > 1 and all(c.first_column == first.first_column and c.text == first.text
                                       for c in row.cells)
    return _heading_title(first.text) if spans and first.text and reads_as_heading(first.text) else None


def _split_value_cell(unit: str | None, value: str) -> tuple[str | None, str]:
    """A value cell is the value as printed ("Kr. 250,00", "125,-"); one that also holds a
    unit ("Kr. pr. time 250,00") in a table with no unit of its own gives both."""
    parsed = parse_value_cell(value)
    if unit is None and parsed is not None and parsed[0]:
        return parsed
    return unit, value


# --- reading the page in order ---------------------------------------------------------------

@dataclass(eq=False)          # two headings of the same title are two sections
class _Heading:
    title: str
    level: float          # 1-6 for h1-h6; deeper for bold paragraphs and bold rows
    structural: bool      # a heading element or an accordion, not bold text


@dataclass
class _Found:
    tariff: Tariff
    position: int
    path: tuple[_Heading, ...]            # the headings above it
    main: _Heading | None                 # its main section: its footnotes are there
    vat: bool | None = None               # what its own row says about VAT, if anything
    table: int | None = None              # the table it stands in


@dataclass
class _Footnote:
    key: str
    text: str
    position: int
    main: _Heading | None


@dataclass
class _PageReader:
    """Walks the content in reading order, keeping the headings above the current spot."""
    title: str | None
    period: str | None
    panels: dict[str, str]
    path: list[_Heading] = field(default_factory=list)
    floor: int = 0                        # headings below this index belong to an enclosing accordion
    label: str | None = None              # the text just above, if it can name a value printed alone
    found: list[_Found] = field(default_factory=list)
    footnotes: list[_Footnote] = field(default_factory=list)
    vat_sections: list[_Heading | None] = field(default_factory=list)   # that say ekskl. moms; None: the page
    controllers: dict[str, _Heading] = field(default_factory=dict)
    clock: itertools.count = field(default_factory=itertools.count)
    table_number: int | None = None       # the table being read
    ledger: list[LedgerEntry] = field(default_factory=list)
    vat_tables: set[int] = field(default_factory=set)   # tables whose own text says ekskl. moms

    # structure ------------------------------------------------------------------------------

    def walk(self, element) -> None:
        tag = element.tag
        if not isinstance(tag, str) or self._is_skipped(element):
            return
        if tag in _HEADING_TAGS or element.get("role") == "heading":
            self.heading(element)
        elif tag == "details":
            self.container(element, _summary_title(element))
        elif element.get("id") in self.panels:
            self.container(element, self.panels[element.get("id")], self.controllers.get(element.get("id")))
        elif tag == "table":
            self.table(element)
        elif tag == "hr":
            self.label = None
        else:
            self.walk_content(element)

    def walk_content(self, element) -> None:
        for run in _runs(element):
            if isinstance(run, list):
                self.block(_read_text(run))
            else:
                self.walk(run)

    def _is_skipped(self, element) -> bool:
        return (element.tag in params.CHROME_TAGS or element.tag == "summary" or _is_hidden(element)
                or element.get("role") in params.CHROME_ROLES or _is_chrome(element)
                or (element.tag in ("header", "footer")
                    and not element.xpath("ancestor::main|ancestor::article|ancestor::section")))

    def heading(self, element) -> None:
        title = _heading_title(_read_text([element], keep_buttons=True).line)
        level = int(element.tag[1]) if element.tag in _HEADING_TAGS else _aria_level(element)
        self.label = None
        if not title or (level == 1 and title == _heading_title(self.title or "")):
            return
        if is_navigation_heading(title):
            self.pop_to(level)
            return
        heading = self.push(title, level, structural=True)
        for control in element.xpath(".//*[@aria-controls]"):
            for panel_id in control.get("aria-controls").split():
                self.controllers[panel_id] = heading

    def container(self, element, title: str | None, opened_by: _Heading | None = None) -> None:
        """A section that ends where its element ends (<details>, an accordion panel), so
        that nothing inside it can close it. A panel sits under the heading holding its button."""
        saved = (list(self.path), self.floor)
        if opened_by in self.path:
            self.path = self.path[:self.path.index(opened_by) + 1]
        elif title:
            self.pop_to(_BOLD_PARAGRAPH_LEVEL)
            levels = [h.level for h in self.path if h.structural]
            self.push(title, (levels[-1] + 1) if levels else 2, structural=True)
        self.floor = len(self.path)
        self.label = None
        self.walk_content(element)
        self.path, self.floor = saved
        self.label = None

    def push(self, title: str, level: float, structural: bool) -> _Heading:
        """A heading; one that says "ekskl. moms" says it of everything under it."""
        self.pop_to(level)
        heading = _Heading(title, level, structural)
        self.path.append(heading)
        if says_vat_excluded(title):
            self.vat_sections.append(heading)
        return heading

    def pop_to(self, level: float) -> None:
        while len(self.path) > self.floor and self.path[-1].level >= level:
            self.path.pop()

    # text --------------------------------------------------------------------------------------

    def block(self, text: _Text) -> None:
        """A paragraph (or list item, or loose text): a heading if only bold, else lines."""
        if not text.lines:
            return                                   # a spacer: &nbsp;
        if text.bold and len(text.lines) == 1 and reads_as_heading(text.line):
            self.label = None
            self.push(_heading_title(text.line), _BOLD_PARAGRAPH_LEVEL, structural=False)
            return
        entries = self.read_lines(text.lines)
        if holds_prices(entries):
            self.ledger += entries

    def read_lines(self, lines: list[str]) -> list[LedgerEntry]:
        """Tariff lines, footnotes and prose. A value printed without a description takes
        the lines above it in the same block, else the label above the block, else the
        nearest heading. Returns the block's ledger entries."""
        above: list[int] = []
        prose: list[str] = []
        note: _Footnote | None = None
        read: list[tuple[str, str | list[LineTariff]]] = []    # each line: its tariffs, or its role
        for number, line in enumerate(lines):
            marker = footnote_marker(line)
            tariffs = [] if marker else line_tariffs(line)
            if marker:
                note = _Footnote(marker, line, next(self.clock), self.main_section())
                self.footnotes.append(note)
                above = []
                read.append((line, FOOTNOTE))
            elif tariffs:
                for tariff in tariffs:
                    above_text = _heading_title(" ".join(lines[i] for i in above))   # "Voksne:" names the line below
                    item = tariff.item or above_text or _heading_title(self.label or "") or self.section_title()
                    self.add(item, tariff.unit, tariff.period or self.period, tariff.value, own_text=line)
                if not all(tariff.item for tariff in tariffs):
                    read = [(text, ITEM_TEXT if i in above else role) for i, (text, role) in enumerate(read)]
                above, note = [], None
                self.label = None
                read.append((line, tariffs))
            elif note is not None:
                note.text = f"{note.text} {line}"    # a footnote that runs over two lines
                read.append((line, FOOTNOTE))
            else:
                above.append(number)
                prose.append(line)
                read.append((line, PROSE_TEXT))
        if says_vat_excluded(" ".join(prose)):
            self.vat_sections.append(self.main_section())
        self.label = " ".join(lines[i] for i in above) if _reads_as_label([lines[i] for i in above]) else None
        return [entry for line, role in read for entry in self._line_entries(line, role)]

    def _line_entries(self, line: str, role: str | list[LineTariff]) -> list[LedgerEntry]:
        """A line's tokens: in a value, a cell; in a unit or a period's label, so; else by the line's role."""
        words = line.split()
        entries = []
        for index, (start, end, token) in enumerate(text_tokens(line)):
            if isinstance(role, list):
                if any(t.value_at[0] <= start and end <= t.value_at[1] for t in role):
                    explained = CELL
                else:
                    own = (UNIT_TEXT if any(t.unit_at and t.unit_at[0] <= start < t.unit_at[1] for t in role)
                           else PERIOD_LABEL if period_label(token) else ITEM_TEXT)
                    explained = reason(token, words, _word_index(line, start), own, line)
            else:
                explained = reason(token, words, _word_index(line, start), role, line)
            entries.append(LedgerEntry(token, explained, None, self.section_title() or None, line))
        return entries

    # tables ------------------------------------------------------------------------------------

    def table(self, element) -> None:
        grid = _grid(element)
        titles, header, rows = _split_header(grid)
        columns = _columns(header, rows)
        if columns is None:      # a table used for layout: its cells hold ordinary text
            for cell in element.xpath("./tr/*|./thead/tr/*|./tbody/tr/*|./tfoot/tr/*"):
                self.walk_content(cell)
            return
        saved = list(self.path)
        self.label = None
        self.table_number = next(self.clock)
        caption = element.find("caption")
        captions = [_read_text([caption]).line] if caption is not None else []
        for title in filter(None, map(_heading_title, captions + titles)):
            self.push(title, _TABLE_TITLE_LEVEL, structural=False)
        roles: dict[int, str] = {}              # id(cell) -> what the reader took it for
        for head in grid[:len(grid) - len(rows)]:
            filled = [c for c in head.cells if c.body_text]
            for cell in head.cells:
                roles[id(cell)] = HEADING if len(filled) == 1 and head.cells[0] is filled[0] else HEADER
        text_rows = [entry for row in rows for entry in self.row(row, columns, roles)]
        region = self.section_title() or None
        entries = [entry for text in captions for entry in _cell_entries(text, HEADING, region)]
        entries += [entry for cell in _distinct_cells(grid) if roles.get(id(cell)) != _DONE
                    for entry in _cell_entries(cell.text, roles.get(id(cell)), region)] + text_rows
        if holds_prices(entries):
            self.ledger += entries
        self.path = saved
        self.label = None
        self.table_number = None

    def row(self, row: _GridRow, columns: _Columns, roles: dict[int, str]) -> list[LedgerEntry]:
        """One tariff per value. A bold description, or a title across the whole row, also
        heads the rows below it; a bold row's own tariff belongs to the section above (the
        group it heads starts below it). A VAT remark in a row of text is the table's.
        Notes in `roles` what each cell was read as; returns a text row's own ledger entries."""
        description = row.at(columns.description)
        unit = row.at(columns.unit).body_text or None
        values = [(column, period or self.period, columns.value_text(row, column), vat)
                  for column, period, vat in columns.values if columns.value_text(row, column)]
        group = _group_title(description, bool(values)) or (None if values else _spanning_title(row))
        if not values:
            texts = [c.body_text for c in row.cells if c.body_text]
            if group:
                self.label = None
                self.push(group, _GROUP_ROW_LEVEL, structural=False)
                roles.update((id(c), HEADING) for c in row.cells)
            elif texts and says_vat_excluded(" ".join(texts)) and not footnote_marker(texts[0]):
                self.vat_tables.add(self.table_number)
                roles.update((id(c), PROSE_TEXT) for c in row.cells)
            elif texts:   # explanatory text, a footnote, or a value in the wrong cell
                entries = self.read_lines([" ".join(texts)])
                roles.update((id(c), _DONE) for c in row.cells)
                return entries
            return []
        if group:
            self.pop_to(_GROUP_ROW_LEVEL)
        item = description.body_text or self.label or self.section_title()
        row_vat = vat_cell(row.at(columns.vat).body_text) if columns.vat is not None else None
        remark = row.at(columns.remark).body_text or None if columns.remark is not None else None
        for column, period, printed, header_vat in values:
            unit_, value = _split_value_cell(unit, printed)
            vat = row_vat if row_vat is not None else (True if header_vat else None)
            self.add(item, unit_, period, value, own_text=" ".join(filter(None, (item, unit_, value))), vat=vat,
                     note=remark)
            roles[id(row.at(row.at(column).first_column))] = CELL
        for column, role in ((columns.description, ITEM_TEXT), (columns.unit, UNIT_TEXT), (columns.vat, VAT_TEXT),
                             (columns.remark, REMARK_TEXT)):
            if column is not None:
                roles.setdefault(id(row.at(column)), role)
        self.label = None
        if group:
            self.push(group, _GROUP_ROW_LEVEL, structural=False)
        return []

    # tariffs -----------------------------------------------------------------------------------

    def add(self, item: str, unit: str | None, period: str | None, value: str, own_text: str,
            vat: bool | None = None, note: str | None = None) -> None:
        """A tariff; `vat` is what its own row says (a VAT column's inkl./ekskl.), if it says."""
        if period is None:
            raise DocumentRejected("the tariff page states no year ('Takster <year>' in its title or heading) "
                                   "and its table names no period")
        tariff = Tariff(item=item, unit=unit or None, period=period, value_text=value,
                        section_path=[h.title for h in self.path], committee=self.committee(), note=note)
        if vat is None and says_vat_excluded(own_text):
            vat = True
        self.found.append(_Found(tariff, next(self.clock), tuple(self.path), self.main_section(), vat,
                                 self.table_number))

    def section_title(self) -> str:
        return self.path[-1].title if self.path else (self.title or "")

    def main_section(self) -> _Heading | None:
        """The accordion (or <details>) being read, else the outermost heading, else None for
        the page: what a VAT statement covers and where a footnote is looked for."""
        if self.floor:
            return self.path[self.floor - 1]
        return next((h for h in self.path if h.structural), None)

    def committee(self) -> str | None:
        for text in [h.title for h in reversed(self.path)] + [self.title or ""]:
            if committee := committee_in(text):
                return committee
        return None

    def finish(self) -> list[Tariff]:
        """Statements and footnotes may stand below the tariffs they are about: apply them now."""
        for found in self.found:
            tariff = found.tariff
            if found.vat is not None:
                tariff.vat_excluded = True if found.vat else None
            elif found.table in self.vat_tables or any(s is None or s in found.path for s in self.vat_sections):
                tariff.vat_excluded = True
            _, marker = split_footnote_marker(tariff.item)
            if marker:
                footnote = self._footnote(found, footnote_key(marker))
                tariff.note = " ".join(filter(None, (footnote, tariff.note))) or None
        return [found.tariff for found in self.found]

    def _footnote(self, found: _Found, key: str) -> str | None:
        """The first footnote with the item's marker after it, in its main section or on the page."""
        return next((f.text for f in self.footnotes
                     if f.key == key and f.position > found.position and f.main in (None, found.main)), None)


_DONE = "done"     # a table cell whose text row accounted for its own tokens


def _distinct_cells(grid: list[_GridRow]) -> list[_Cell]:
    """Each cell of the table once: not again where a rowspan carries it or a colspan repeats it."""
    seen: set[int] = set()
    out = []
    for row in grid:
        for cell in row.cells:
            if cell.origin and id(cell) not in seen and cell.text:
                seen.add(id(cell))
                out.append(cell)
    return out


def _word_index(text: str, start: int) -> int:
    """Which word of the text (split at white space) starts at or spans character `start`."""
    return len(text[:start].split()) - (0 if start == 0 or text[start - 1].isspace() else 1)


def _cell_entries(text: str, role: str | None, region: str | None) -> list[LedgerEntry]:
    words = text.split()
    return [LedgerEntry(token, CELL if role == CELL else reason(token, words, _word_index(text, start), role, text),
                        None, region, text)
            for start, _, token in text_tokens(text)]


def _runs(element):
    """The element's content in order: block children as they are, and each stretch of
    text and inline elements between them as one list (one paragraph's worth)."""
    if not any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in element):
        yield [element]
        return
    run: list = [element.text] if element.text else []
    for child in element:
        if isinstance(child.tag, str) and child.tag in _BLOCK_TAGS:
            if run:
                yield run
            yield child
            run = []
        else:
            run.append(child)
        if child.tail:
            run.append(child.tail)
    if run:
        yield run


def _summary_title(details) -> str | None:
    summary = details.find("summary")
    return _heading_title(_read_text([summary]).line) if summary is not None else None


def _aria_level(element) -> int:
    level = element.get("aria-level", "")
    return int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2
