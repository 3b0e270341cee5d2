"""Budget documents ("budgetbemærkninger") to budget_lines rows.

A budget table is found by its structure, not its place: a numbered heading, then a
header whose stub names the unit ("I 1.000 kr.") and whose column headers name a
measure and a year ("R23", "Tekn. B26", "Teknisk budget 2026", "Tillæg"), then rows
whose numbers stand in those columns. Charts, prose and page furniture have no such
header and never become rows. The document's own year, policy area and totals are
read from the document.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from pipeline.danish import fold_whitespace, is_number, parse_number, unit_multiplier
from pipeline.pdf.layout import (
    Heading, Line, body_font_size, column_spans, numbered_heading, phrases, rule_between,
    split_furniture,
)
from pipeline.pdf.text import page_texts
from pipeline.pdf.words import PageContent, Word, open_pdf, page_content

EXTRACTOR_VERSION = "budget-1"

# Column headers: a measure word and, except for Tillæg and Teknisk budget, a year.
_YEAR = r"(?P<year>\d{4}|\d{2})"
_MEASURE_PATTERNS = [
    ("technical_budget", rf"^(?:tekn\.?\s*b|teknisk\s+budget|tb)\s*{_YEAR}?$"),
    ("estimate", rf"^(?:skøn|forventet\s+regnskab|forv\.?\s*r)\s*{_YEAR}$"),
    ("supplement", rf"^tillæg\s*{_YEAR}?$"),
    ("actual", rf"^(?:r|regnskab)\s*{_YEAR}$"),
    ("adopted_budget", rf"^(?:b|budget|vedtaget\s+budget|opr\.?\s*budget)\s*{_YEAR}$"),
]
_MEASURE_RES = [(m, re.compile(p, re.IGNORECASE)) for m, p in _MEASURE_PATTERNS]
# Words a column header is made of (header lines hold nothing else but the stub's unit).
_HEADER_WORD_RE = re.compile(
    r"^(?:[rb]\d{2}|tekn\.?|teknisk|budget|skøn|tillæg|regnskab|vedtaget|opr\.?|korr\.?"
    r"|korrigeret|forventet|forv\.?|tb|\d{2}|(?:19|20)\d{2}|\*)$",
    re.IGNORECASE,
)
# "I 1.000 kr."; OCR reads a sans-serif "I" as "1", "l" or "|" (only taken so before the scale).
_UNIT_PREFIX_RE = re.compile(r"^(?:beløb\s+)?(?:(?:i|[1l|](?=\s+(?:1\.?000|mio|mill?|mia)))\s+)?"
                             r"(?:1\.000|1000|mio\.?|mill?\.?|mia\.?)?\s*kr\.?(?=\s|$)", re.IGNORECASE)
_YEAR_LIKE_RE = re.compile(r"^(?:19|20)\d{2}$")
_TOTAL_RE = re.compile(r"(?:\bi\s+alt|,\s*samlet|^samlet\b.*|^samlede?\b.*|^total\b.*|^i\s+alt\b.*)$",
                       re.IGNORECASE)
_NIL_RE = re.compile(r"^[-\u2013\u2014*x.\u2026]+$", re.IGNORECASE)
_CAPTION_RE = re.compile(r"^(?:figur|tabel|graf|diagram|kilde|note|anm\.?)\b", re.IGNORECASE)
_BULLETS = ("\u2022", "\u25aa", "\u25e6", "\u25cf", "\uf0b7")
_POLICY_AREA_RE = re.compile(r"\b(?:politikområde|bevillingsområde)t?\s*:?\s+(?P<name>[^,–-].*?)\s*(?:\bi alt)?$",
                             re.IGNORECASE)
_BUDGET_YEAR_RE = re.compile(r"\bbudget\s*(?P<first>20\d{2})(?:\s*[-–]\s*(?P<last>20\d{2}))?", re.IGNORECASE)
# What plain page text shows of a table, a chapter heading, a row of numbers.
_TABLE_SIGN_RE = re.compile(r"(?:^|\n)\s*(?:beløb\s+)?(?:i\s+)?(?:1\.000|mio\.?)\s*kr\b|\btekn(?:\.|isk)\s*b"
                            r"|\b[RB]\d{2}\b[^\n]*\b[RB]\d{2}\b|\bTillæg\b", re.IGNORECASE)
_CHAPTER_LINE_RE = re.compile(r"(?:^|\n)\s*\d{1,2}\.\s+\S")
_ROW_LINE_RE = re.compile(r"(?:^|\n)[^\n]*?-?\d[\d.,]*\s+-?\d[\d.,]*\s*(?:\r?\n|$)")
_AREA_PREFIX_RE = re.compile(r"^aktivitetsområde(?:t)?\s*[:\-–]?\s*", re.IGNORECASE)


@dataclass
class Cell:
    word: Word
    page: int
    column: int


@dataclass
class TableRow:
    lines: list[Line]
    cells: list[Cell] = field(default_factory=list)

    def label(self, stub_edge: float) -> str:
        words = [w for line in self.lines for w in line.words if w.x1 <= stub_edge]
        return fold_whitespace(" ".join(w.text for w in words))


@dataclass
class BudgetTable:
    heading: Heading
    chapter: Heading | None
    unit_text: str | None
    stub_edge: float
    column_headers: list[str]
    rows: list[TableRow]

    @property
    def table_id(self) -> str:
        return self.heading.number


@dataclass
class BudgetDocument:
    title: str | None
    policy_area: str | None
    year: str | None
    pages: int
    tables: list[BudgetTable]

    @property
    def first_year(self) -> int | None:
        return int(self.year[:4]) if self.year else None


# --- document -----------------------------------------------------------------------------

def extract_budget(path: Path) -> BudgetDocument:
    """Positioned words (pdfplumber, the slow pass) only for the pages where a budget table
    or a chapter heading can be; the others are told apart by their plain text (pypdfium2)."""
    texts = page_texts(path)
    with open_pdf(path) as pdf:
        pages = [page_content(pdf.pages[i]) for i in table_pages(texts)]
        title = (pdf.metadata or {}).get("Title")
    document = read_budget(pages, title if isinstance(title, str) else None)
    document.pages = len(texts)
    return document


def table_pages(texts: list[str]) -> list[int]:
    """Indexes of pages that may hold a budget table (a unit stub or measure headers), a
    chapter heading (the activity area), or the rows of a table begun on the page before."""
    wanted: list[int] = []
    for index, text in enumerate(texts):
        continues = bool(wanted) and wanted[-1] == index - 1 and _ROW_LINE_RE.search(text)
        if _TABLE_SIGN_RE.search(text) or _CHAPTER_LINE_RE.search(text) or continues:
            wanted.append(index)
    return wanted


def read_budget(pages: list[PageContent], title: str | None = None) -> BudgetDocument:
    body, furniture = split_furniture(pages)
    body_size = body_font_size(body)
    rules_by_page = {page.number: page for page in pages}
    tables: list[BudgetTable] = []
    headings: list[Heading] = []
    chapter: Heading | None = None
    i = 0
    while i < len(body):
        heading = numbered_heading(body[i], body_size)
        i += 1
        if heading is None:
            continue
        headings.append(heading)
        if heading.level == 1:
            chapter = heading
            continue
        parsed = _TableParser(body, i, heading, chapter, body_size, rules_by_page).parse()
        if parsed is not None:
            table, i = parsed
            tables.append(table)
    return BudgetDocument(
        title=title,
        policy_area=_policy_area(furniture, title, headings),
        year=_document_year(title, body, tables),
        pages=len(pages),
        tables=tables,
    )


def _policy_area(furniture: list[Line], title: str | None, headings: list[Heading]) -> str | None:
    """The running header names it on every page; else the title; else a heading."""
    candidates = [line.text for line in furniture] + [title or ""] + [h.title for h in headings]
    for text in candidates:
        match = _POLICY_AREA_RE.search(fold_whitespace(text))
        if match:
            return match["name"].strip()
    return None


def _document_year(title: str | None, body: list[Line], tables: list[BudgetTable]) -> str | None:
    """"Budget 2026" in the title; else the technical budget's year; else the text's."""
    match = _BUDGET_YEAR_RE.search(title or "")
    if match:
        return _span(match)
    technical = Counter(
        year for table in tables for header in table.column_headers
        for measure, year in [measure_of(header, None)] if measure == "technical_budget" and year
    )
    if technical:
        return str(technical.most_common(1)[0][0])
    stated = Counter(_span(m) for line in body for m in _BUDGET_YEAR_RE.finditer(line.text))
    return stated.most_common(1)[0][0] if stated else None


def _span(match: re.Match) -> str:
    return match["first"] + (f"-{match['last']}" if match["last"] else "")


def measure_of(header: str, document_year: int | None) -> tuple[str | None, int | None]:
    """("technical_budget", 2026) for "Tekn. B26"; (None, None) for a header not known."""
    text = fold_whitespace(header.replace("*", ""))
    for measure, pattern in _MEASURE_RES:
        match = pattern.match(text)
        if match:
            year = match["year"]
            if year is None:
                return measure, document_year
            return measure, int(year) if len(year) == 4 else 2000 + int(year)
    return None, None


def is_total_label(label: str) -> bool:
    return bool(_TOTAL_RE.search(label))


def _is_overview(table: BudgetTable) -> bool:
    """The policy-area overview lists areas: its chapter or its total names the policy area."""
    chapter_title = table.chapter.title if table.chapter else ""
    totals = [row.label(table.stub_edge) for row in table.rows if is_total_label(row.label(table.stub_edge))]
    return bool(re.search(r"politikområde", chapter_title, re.IGNORECASE)) or any(
        re.match(r"politikområde", label, re.IGNORECASE) for label in totals)


def activity_area_of(chapter: Heading | None) -> str | None:
    return _AREA_PREFIX_RE.sub("", chapter.title).strip() or None if chapter else None


def budget_lines(document: BudgetDocument, document_id: str) -> list[dict]:
    """One row per number cell, in the budget_lines schema."""
    rows: list[dict] = []
    for table in document.tables:
        overview = _is_overview(table)
        chapter_area = None if overview else activity_area_of(table.chapter)
        multiplier = unit_multiplier(table.unit_text or "") or 1
        for row_number, row in enumerate(table.rows, start=1):
            label = row.label(table.stub_edge)
            total = is_total_label(label)
            area = (None if total else label) if overview else chapter_area
            for cell in row.cells:
                header = table.column_headers[cell.column]
                measure, year = measure_of(header, document.first_year)
                value: Decimal = parse_number(cell.word.text)  # type: ignore[assignment]
                rows.append({
                    "document_id": document_id,
                    "table_id": table.table_id,
                    "page": cell.page,
                    "policy_area": document.policy_area,
                    "activity_area": area,
                    "line_item": label,
                    "is_total": total,
                    "measure": measure,
                    "fiscal_year": year,
                    "amount_dkk": int((value * multiplier).to_integral_value()),
                    "printed_value": cell.word.text,
                    "table_title": table.heading.title,
                    "column_header": header,
                    "unit": table.unit_text,
                    "row_number": row_number,
                    "bbox_x0": cell.word.x0,
                    "bbox_top": cell.word.top,
                    "bbox_x1": cell.word.x1,
                    "bbox_bottom": cell.word.bottom,
                })
    return rows


# --- one table ----------------------------------------------------------------------------

def _unit_prefix(line: Line) -> tuple[int, str] | None:
    """(number of words, text) of a unit stub such as "I 1.000 kr." at the line's start."""
    match = _UNIT_PREFIX_RE.match(line.text)
    if not match:
        return None
    text = match.group(0)
    return len(text.split()), text


def _is_header_start(line: Line) -> bool:
    """The stub's unit ("I 1.000 kr. ...") or a line of column-header words only."""
    prefix = _unit_prefix(line)
    rest = line.words[prefix[0]:] if prefix else line.words
    return bool(prefix) or (bool(rest) and all(_HEADER_WORD_RE.match(w.text) for w in rest)
                            and any(not w.text.isdigit() for w in rest))


def _starts_lowercase(line: Line) -> bool:
    return line.words[0].text[:1].islower()


def _is_amount(word: Word) -> bool:
    """A number that cannot be part of a column header ("2026", "26" in "Skøn 26" can)."""
    return is_number(word.text) and not _HEADER_WORD_RE.match(word.text)


@dataclass
class _Header:
    """A table's header: its lines, the unit, and where stub and columns lie."""
    lines: list[Line]
    unit_text: str | None
    phrases: list[Word]      # column-header phrases, the unit left out
    stub_left: float         # row labels start here
    stub_edge: float         # words ending left of this are row labels; right of it, cells

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    def under_a_column(self, word: Word, tolerance: float = 3.0) -> bool:
        return any(min(word.x1, p.x1 + tolerance) > max(word.x0, p.x0 - tolerance) for p in self.phrases)


class _TableParser:
    """Reads one table after its heading: header, then rows until the table ends.

    The table ends at a heading, prose (words in the number columns, a bullet, a figure
    caption), a run of bare numbers in the stub (a chart's axis), numbers that stand
    under no column, or a gap of more than two lines.
    """

    def __init__(self, body: list[Line], start: int, heading: Heading, chapter: Heading | None,
                 body_size: float, pages: dict[int, PageContent]):
        self.body, self.start, self.heading, self.chapter = body, start, heading, chapter
        self.body_size, self.pages = body_size, pages

    def parse(self) -> tuple[BudgetTable, int] | None:
        found = self._find_header(self.start)
        if found is None:
            return None
        header, index = found
        parts: list[tuple[_Header, list[Line]]] = [(header, [])]
        previous = header.lines[-1]
        spans: list[tuple[float, float]] = []
        while index < len(self.body):
            line = self.body[index]
            if numbered_heading(line, self.body_size):
                break
            if line.page != previous.page:
                repeated = self._find_header(index, repeat=header)
                if repeated is not None:
                    header, index = repeated
                    parts.append((header, []))
                    previous = header.lines[-1]
                    continue
            kind = self._kind(line, header, spans)
            if kind == "foreign" or (line.page == previous.page and self._too_far(previous, line)):
                break
            if line.page != previous.page:
                parts.append((header, []))
            if kind == "anchor":
                spans = column_spans(spans_words(spans) + [w for w in line.words if w.x1 > header.stub_edge])
            parts[-1][1].append(line)
            previous = line
            index += 1
        columns, rows = self._rows(parts)
        rows = [row for row in rows if row.cells]
        if not rows:
            return None
        first = parts[0][0]
        return BudgetTable(self.heading, self.chapter, first.unit_text, first.stub_edge, columns, rows), index

    # header ---------------------------------------------------------------------------------

    def _find_header(self, index: int, repeat: _Header | None = None) -> tuple[_Header, int] | None:
        """The header after a heading (and its caption), or first on a new page when repeated."""
        limit = index + (1 if repeat else 8)
        while index < min(limit, len(self.body)):
            line = self.body[index]
            if not repeat and numbered_heading(line, self.body_size):
                return None
            if _is_header_start(line):
                break
            index += 1
        else:
            return None
        first = index
        stub_left = self._stub_left(first, repeat.stub_left if repeat else None)
        # Header cells that wrap can start above the line with the unit ("Tekn." over "B26").
        while first - 1 >= self.start and self._is_header_line(self.body[first - 1], self.body[first], stub_left):
            first -= 1
        index = first + 1
        while index < len(self.body) and self._is_header_line(self.body[index], self.body[index - 1], stub_left):
            index += 1
        lines = self.body[first:index]
        unit = next((p[1] for p in map(_unit_prefix, lines) if p), None)
        phrases_ = [p for line in lines for p in phrases(Line(line.page, _without_unit(line))) if line.words]
        if not phrases_:
            return None
        return _Header(lines, unit, phrases_, stub_left, min(p.x0 for p in phrases_) - 2), index

    def _stub_left(self, index: int, known: float | None) -> float:
        """Where row labels start: at the unit stub; else as before; else at the heading's margin."""
        for line in self.body[index:index + 4]:
            if _unit_prefix(line):
                return line.words[0].x0
        if known is not None:
            return known
        page = self.body[index].page
        return min(ln.x0 for ln in self.body[self.start - 1:index + 1] if ln.page == page)

    def _is_header_line(self, line: Line, neighbour: Line, stub_left: float) -> bool:
        """A line of the header: no row label at the stub's left edge, no amounts, and
        nothing but white space (no rule, no gap) between it and its neighbour."""
        if line.page != neighbour.page or numbered_heading(line, self.body_size):
            return False
        upper, lower = (line, neighbour) if line.top < neighbour.top else (neighbour, line)
        if lower.top - upper.bottom > 0.8 * max(line.height, neighbour.height):
            return False
        if rule_between(self.pages[line.page], upper.bottom, lower.top, min(upper.x0, lower.x0),
                        max(upper.x1, lower.x1)):
            return False
        words = _without_unit(line)
        starts_stub = not _unit_prefix(line) and line.words[0].x0 <= stub_left + line.size
        return not starts_stub and not any(_is_amount(w) for w in words)

    # body -------------------------------------------------------------------------------------

    @staticmethod
    def _kind(line: Line, header: _Header, spans: list[tuple[float, float]]) -> str:
        """anchor (numbers in the columns), label (row label only) or foreign (not the table)."""
        first = line.words[0].text
        if first.startswith(_BULLETS) or _CAPTION_RE.match(line.text):
            return "foreign"
        in_columns = [w for w in line.words if w.x1 > header.stub_edge]
        if any(not is_number(w.text) and not _NIL_RE.match(w.text) for w in in_columns):
            return "foreign"
        numbers = [w for w in in_columns if is_number(w.text)]
        if numbers:
            aligned = [header.under_a_column(w) or any(a - 3 < w.x1 and w.x0 < b + 3 for a, b in spans)
                       for w in numbers]
            return "anchor" if (all(aligned) if spans else any(aligned)) else "foreign"
        if all(is_number(w.text) for w in line.words):
            return "foreign"  # bare numbers in the stub: a chart's axis, not a row label
        return "label"

    @staticmethod
    def _too_far(previous: Line, line: Line) -> bool:
        return line.top - previous.bottom > 2 * max(line.height, previous.height)

    def _rows(self, parts: list[tuple[_Header, list[Line]]]) -> tuple[list[str], list[TableRow]]:
        headers: list[str] = []
        rows: list[TableRow] = []
        for header, lines in parts:
            numbers = [w for line in lines for w in line.words if w.x1 > header.stub_edge and is_number(w.text)]
            spans = column_spans(numbers)
            offset = len(headers)
            headers.extend(_column_header(header.phrases, span) for span in spans)
            for row in self._segment_rows(lines, header):
                for line in row.lines:
                    for word in line.words:
                        if word.x1 > header.stub_edge and is_number(word.text):
                            column = next(i for i, (a, b) in enumerate(spans) if a <= word.x0 and word.x1 <= b)
                            row.cells.append(Cell(word, line.page, offset + column))
                rows.append(row)
        return headers, rows

    def _segment_rows(self, lines: list[Line], header: _Header) -> list[TableRow]:
        """Rows from lines: ruled cells first, then label lines joined to their numbers.

        Inside one ruled band with one line of numbers, every line is that row's. Elsewhere
        a label line that starts in lower case continues the line above; other label lines
        wait for the numbers below them ("Ikke tildelt / budget - / kompenserende -400").
        """
        x0, x1 = header.x0, header.x1
        bands: list[list[Line]] = []
        for line in lines:
            if bands and not rule_between(self.pages[line.page], bands[-1][-1].bottom, line.top, x0, x1):
                bands[-1].append(line)
            else:
                bands.append([line])
        rows: list[TableRow] = []
        for band in bands:
            anchors = [ln for ln in band if any(w.x1 > header.stub_edge and is_number(w.text) for w in ln.words)]
            if len(anchors) == 1 and self._band_is_ruled(band, x0, x1):
                rows.append(TableRow(band))
                continue
            band_rows: list[TableRow] = []
            pending: list[Line] = []
            for line in band:
                if line in anchors:
                    band_rows.append(TableRow(pending + [line]))
                    pending = []
                elif _starts_lowercase(line) and not pending and band_rows:
                    band_rows[-1].lines.append(line)
                else:
                    pending.append(line)
            rows.extend(band_rows)
        return rows

    def _band_is_ruled(self, band: list[Line], x0: float, x1: float) -> bool:
        page = self.pages[band[0].page]
        above = rule_between(page, band[0].top - 8, band[0].top, x0, x1)
        below = rule_between(page, band[-1].bottom, band[-1].bottom + 8, x0, x1)
        return above and below


def _without_unit(line: Line) -> list[Word]:
    prefix = _unit_prefix(line)
    return line.words[prefix[0]:] if prefix else line.words


def spans_words(spans: list[tuple[float, float]]) -> list[Word]:
    """Column spans as stand-in words, so that new numbers can widen them."""
    return [Word("", a, b, 0, 0) for a, b in spans]


def _column_header(header_words: list[Word], span: tuple[float, float]) -> str:
    """The header words above a column of numbers, in reading order."""
    a, b = span
    words = [w for w in header_words if min(w.x1, b + 2) - max(w.x0, a - 2) > 0]
    words.sort(key=lambda w: (round(w.top), w.x0))
    return fold_whitespace(" ".join(w.text for w in words))
