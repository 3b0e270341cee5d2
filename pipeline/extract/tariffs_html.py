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
from dataclasses import dataclass, field
from pathlib import Path

import lxml.etree
import lxml.html

from pipeline.errors import DocumentRejected
from pipeline.ingest.html import parse_html
from pipeline.extract import tariff_params as params
from pipeline.extract.ledger import CELL, LedgerEntry
from pipeline.extract.tariff_grammar import (
    LineTariff, committee_in, footnote_key, footnote_marker, is_navigation_heading, line_tariffs, period_of,
    reads_as_heading, says_vat_excluded, split_footnote_marker, title_year, vat_cell,
)
from pipeline.extract.tariff_html_tables import (
    DONE, GridRow, TableColumns, cell_entries, distinct_cells, grid_of, group_title, spanning_title, split_header,
    split_value_cell, table_columns,
)
from pipeline.extract.tariff_html_text import (
    BLOCK_TAGS, Text, heading_title, is_chrome, is_hidden, read_text, reads_as_label,
)
from pipeline.extract.tariff_ledger import (
    FOOTNOTE, HEADER, HEADING, ITEM_TEXT, PERIOD_LABEL, PROSE as PROSE_TEXT, REMARK as REMARK_TEXT, UNIT_TEXT,
    VAT_TEXT, holds_prices, period_label, reason, text_tokens, word_index,
)
from pipeline.extract.tariffs import Tariff, TariffDocument

EXTRACTOR_VERSION = "tariffs-html-3"

_HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
# Below h6: a bold paragraph, a table's caption or title row, a bold row inside the table.
_BOLD_PARAGRAPH_LEVEL = 7
_TABLE_TITLE_LEVEL = 7.5
_GROUP_ROW_LEVEL = 8
_ANY_YEAR_RE = re.compile(rf"\b{params.YEAR}\b")


# --- document -----------------------------------------------------------------------------

def extract_tariffs_html(path: Path) -> TariffDocument:
    return read_tariffs_html(parse_html(path.read_bytes()))


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
    return [text for e in elements if (text := read_text([e], keep_buttons=True).line)]


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
        title = heading_title(read_text([control], keep_buttons=True).line)
        for panel_id in control.get("aria-controls", "").split():
            if title:
                panels.setdefault(panel_id, title)
    return panels


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
                self.block(read_text(run))
            else:
                self.walk(run)

    def _is_skipped(self, element) -> bool:
        return (element.tag in params.CHROME_TAGS or element.tag == "summary" or is_hidden(element)
                or element.get("role") in params.CHROME_ROLES or is_chrome(element)
                or (element.tag in ("header", "footer")
                    and not element.xpath("ancestor::main|ancestor::article|ancestor::section")))

    def heading(self, element) -> None:
        title = heading_title(read_text([element], keep_buttons=True).line)
        level = int(element.tag[1]) if element.tag in _HEADING_TAGS else _aria_level(element)
        self.label = None
        if not title or (level == 1 and title == heading_title(self.title or "")):
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

    def block(self, text: Text) -> None:
        """A paragraph (or list item, or loose text): a heading if only bold, else lines."""
        if not text.lines:
            return                                   # a spacer: &nbsp;
        if text.bold and len(text.lines) == 1 and reads_as_heading(text.line):
            self.label = None
            self.push(heading_title(text.line), _BOLD_PARAGRAPH_LEVEL, structural=False)
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
                    above_text = heading_title(" ".join(lines[i] for i in above))   # "Voksne:" names the line below
                    item = tariff.item or above_text or heading_title(self.label or "") or self.section_title()
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
        self.label = " ".join(lines[i] for i in above) if reads_as_label([lines[i] for i in above]) else None
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
                    explained = reason(token, words, word_index(line, start), own, line)
            else:
                explained = reason(token, words, word_index(line, start), role, line)
            entries.append(LedgerEntry(token, explained, None, self.section_title() or None, line))
        return entries

    # tables ------------------------------------------------------------------------------------

    def table(self, element) -> None:
        grid = grid_of(element)
        titles, header, rows = split_header(grid)
        columns = table_columns(header, rows)
        if columns is None:      # a table used for layout: its cells hold ordinary text
            for cell in element.xpath("./tr/*|./thead/tr/*|./tbody/tr/*|./tfoot/tr/*"):
                self.walk_content(cell)
            return
        saved = list(self.path)
        self.label = None
        self.table_number = next(self.clock)
        caption = element.find("caption")
        captions = [read_text([caption]).line] if caption is not None else []
        for title in filter(None, map(heading_title, captions + titles)):
            self.push(title, _TABLE_TITLE_LEVEL, structural=False)
        roles: dict[int, str] = {}              # id(cell) -> what the reader took it for
        for head in grid[:len(grid) - len(rows)]:
            filled = [c for c in head.cells if c.body_text]
            for cell in head.cells:
                roles[id(cell)] = HEADING if len(filled) == 1 and head.cells[0] is filled[0] else HEADER
        text_rows = [entry for row in rows for entry in self.row(row, columns, roles)]
        region = self.section_title() or None
        entries = [entry for text in captions for entry in cell_entries(text, HEADING, region)]
        entries += [entry for cell in distinct_cells(grid) if roles.get(id(cell)) != DONE
                    for entry in cell_entries(cell.text, roles.get(id(cell)), region)] + text_rows
        if holds_prices(entries):
            self.ledger += entries
        self.path = saved
        self.label = None
        self.table_number = None

    def row(self, row: GridRow, columns: TableColumns, roles: dict[int, str]) -> list[LedgerEntry]:
        """One tariff per value. A bold description, or a title across the whole row, also
        heads the rows below it; a bold row's own tariff belongs to the section above (the
        group it heads starts below it). A VAT remark in a row of text is the table's.
        Notes in `roles` what each cell was read as; returns a text row's own ledger entries."""
        description = row.at(columns.description)
        unit = row.at(columns.unit).body_text or None
        values = [(column, period or self.period, columns.value_text(row, column), vat)
                  for column, period, vat in columns.values if columns.value_text(row, column)]
        group = group_title(description, bool(values)) or (None if values else spanning_title(row))
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
                roles.update((id(c), DONE) for c in row.cells)
                return entries
            return []
        if group:
            self.pop_to(_GROUP_ROW_LEVEL)
        item = description.body_text or self.label or self.section_title()
        row_vat = vat_cell(row.at(columns.vat).body_text) if columns.vat is not None else None
        remark = row.at(columns.remark).body_text or None if columns.remark is not None else None
        for column, period, printed, header_vat in values:
            unit_, value = split_value_cell(unit, printed)
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


def _runs(element):
    """The element's content in order: block children as they are, and each stretch of
    text and inline elements between them as one list (one paragraph's worth)."""
    if not any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in element):
        yield [element]
        return
    run: list = [element.text] if element.text else []
    for child in element:
        if isinstance(child.tag, str) and child.tag in BLOCK_TAGS:
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
    return heading_title(read_text([summary]).line) if summary is not None else None


def _aria_level(element) -> int:
    level = element.get("aria-level", "")
    return int(level) if level.isdigit() and 1 <= int(level) <= 6 else 2
