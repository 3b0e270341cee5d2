"""One budget table, read from its header down: header lines, columns, rows, region.

The header is found by its words (budget_headers); the columns are the horizontal spans
of the numbers under it, whatever their alignment; rows are the lines whose numbers
stand in those columns, with the label lines that belong to them; the table ends at
whatever is not a row (a heading, prose, a caption, a chart, a gap).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.danish import fold_whitespace
from pipeline.extract import budget_params as params
from pipeline.extract.budget_rows import Cell, TableRow, line_gap, cell_value, has_digit, segment_rows
from pipeline.extract.budget_headers import (
    header_columns, is_header_phrase, is_header_word, names_columns, normalise, read_header,
    stated_unit, unit_stub,
)
from pipeline.pdf.layout import Line, column_spans, numbered_heading, phrases, rule_between
from pipeline.pdf.words import PageContent, Word

_FOREIGN_RE = params.compile_ci(params.FOREIGN_LINE)
_NIL_RE = params.compile_ci(params.NIL_CELL)
_CAPTION_RE = params.compile_ci(params.TABLE_CAPTION)
_CONTINUED_RE = params.compile_ci(params.CONTINUED)
_CELL_SUFFIXES = {"%", "pct.", "‰", "kr.", "kr"}


@dataclass
class Header:
    """A table's header: its lines, the stub's words, the column phrases, and where the
    stub and columns lie."""
    lines: list[Line]
    stub: list[Word]
    phrases: list[Word]
    stub_left: float
    stub_edge: float
    group_rows: list[list[Word]] = field(default_factory=list)   # header rows above header rows

    @property
    def x0(self) -> float:
        return min(line.x0 for line in self.lines)

    @property
    def x1(self) -> float:
        return max(line.x1 for line in self.lines)

    @property
    def stub_text(self) -> str:
        return fold_whitespace(" ".join(w.text for w in sorted(self.stub, key=lambda w: (round(w.top), w.x0))))

    @property
    def unit_text(self) -> str | None:
        """The unit the stub states ("I 1.000 kr."), else one a column header states."""
        stub = self.stub_text
        return unit_stub(stub) or stated_unit(stub) or next(
            (u for u in map(stated_unit, (p.text for p in self.phrases)) if u), None)

    def covers(self, word: Word) -> bool:
        """Under a column phrase, or inside the header's extent right of the stub."""
        tolerance = params.COLUMN_TOLERANCE
        if any(min(word.x1, p.x1 + tolerance) > max(word.x0, p.x0 - tolerance) for p in self.phrases):
            return True
        return word.x0 > self.stub_edge and word.x1 < max(p.x1 for p in self.phrases) + word.height

    def same_columns(self, other: Header) -> bool:
        return [normalise(p.text) for p in self.phrases] == [normalise(p.text) for p in other.phrases]


@dataclass
class TablePart:
    """The rows of a table under one header: on one page."""
    header: Header
    lines: list[Line] = field(default_factory=list)
    repeated_header: bool = True   # the part's page prints the header (else rows only)


@dataclass
class ParsedTable:
    start: int                   # index of the header's first line in the body
    end: int                     # index after the table's last row
    parts: list[TablePart]
    column_headers: list[str]    # as printed
    column_phrases: list[tuple[str, str]]   # (own header, with group headers) per column
    rows: list[TableRow]

    @property
    def header(self) -> Header:
        return self.parts[0].header


def is_header_start(line: Line) -> bool:
    """A line that can open a table header: a unit stub, or header words laid out as a
    stub and columns (budget_headers.header_columns)."""
    return bool(unit_stub(line.text)) or header_columns([p.text for p in phrases(line)]) is not None


def opens_header(lines: list[Line], index: int, body_size: float | None = None) -> bool:
    """lines[index] opens a table header: by itself, or as the first of a few header lines
    whose words, assembled per column, name measures (headers wrapped word by word).

    The table parser asks this of the positioned words of a page and the page triage of
    the same page's plain-text runs (pdf.text.page_runs), so triage keeps what the parser
    would read. `body_size` lets a numbered heading end the block (the parser knows it)."""
    first = lines[index]
    if is_header_start(first):
        return True
    if len(phrases(first)) < 2 and first.x0 <= table_left(lines, index) + first.size:
        return False   # one phrase at the table's left edge: a title, a caption, a label
    block = [first]
    while len(block) < params.HEADER_BLOCK_LINES and index + len(block) < len(lines):
        below = lines[index + len(block)]
        if (below.page != first.page or (body_size and numbered_heading(below, body_size))
                or any(map(_is_amount, _without_unit(below)))
                or line_gap(block[-1], below) > params.HEADER_LINE_GAP * max(below.height, block[-1].height)):
            break
        block.append(below)
    if len(block) < 2:
        return False
    clusters = column_spans([p for line in block for p in phrases(line)])
    texts = [_reading_order([p for line in block for p in phrases(line) if a <= p.x0 and p.x1 <= b])
             for a, b in clusters]
    has_stub = read_header(texts[0]).measure is None and not read_header(texts[0]).bare_year
    return names_columns(texts[1:] if has_stub else texts, has_stub)


def table_left(lines: list[Line], index: int) -> float:
    """Where row labels start: the table's left edge, from its header down to its first
    line of amounts (the first row, whose label may be printed above its numbers)."""
    page = lines[index].page
    edge = lines[index].x0
    for line in lines[index:index + params.LEAD_IN_LINES]:
        if line.page != page:
            break
        edge = min(edge, line.x0)
        if any(map(_is_amount, _without_unit(line))):
            break
    return edge


def _without_unit(line: Line) -> list[Word]:
    unit = unit_stub(line.text)
    return line.words[len(unit.split()):] if unit else line.words


def _is_amount(word: Word) -> bool:
    """A number that cannot be part of a column header ("2026", "26" in "Skøn 26" can)."""
    return cell_value(word.text) is not None and not is_header_word(word.text)


class TableParser:
    """Reads one table whose header starts at body[index]; the header may extend up to
    body[floor] (wrapped header cells above the line that names the unit or measure)."""

    def __init__(self, body: list[Line], body_size: float, pages: dict[int, PageContent]):
        self.body, self.body_size, self.pages = body, body_size, pages

    def starts_header(self, index: int) -> bool:
        return opens_header(self.body, index, self.body_size)

    def parse(self, index: int, floor: int) -> ParsedTable | None:
        found = self._header(index, floor)
        if found is None:
            return None
        header, start, index = found
        parts = [TablePart(header)]
        previous = header.lines[-1]
        spans: list[tuple[float, float]] = []
        while index < len(self.body):
            line = self.body[index]
            if numbered_heading(line, self.body_size):
                break
            if line.page != previous.page:
                repeated = self._repeated_header(index, header)
                if repeated is not None:
                    header, index = repeated
                    parts.append(TablePart(header))
                    previous = header.lines[-1]
                    continue
                parts.append(TablePart(header, repeated_header=False))
            kind = self._kind(line, header, spans)
            if kind == "foreign" or (line.page == previous.page and self._too_far(previous, line)):
                break
            if kind == "anchor":
                numbers = [w for w in line.words if w.x1 > header.stub_edge and has_digit(w.text)]
                spans = column_spans([Word("", a, b, 0, 0) for a, b in spans] + numbers)
            parts[-1].lines.append(line)
            previous = line
            index += 1
        return self._table(start, parts)

    # header ---------------------------------------------------------------------------------

    def _header(self, index: int, floor: int, stub_left: float | None = None
                ) -> tuple[Header, int, int] | None:
        """(header, index of its first line, index after it) for a header starting at index."""
        if stub_left is None:
            stub_left = table_left(self.body, index)
        first = index
        while first - 1 >= floor and self._is_header_line(self.body[first - 1], self.body[first], stub_left):
            first -= 1
        end = index + 1
        while end < len(self.body) and self._is_header_line(self.body[end], self.body[end - 1], stub_left):
            end += 1
        lines = self.body[first:end]
        stub: list[Word] = []
        columns: list[Word] = []
        groups: list[list[Word]] = []
        for line, below in zip(lines, [*lines[1:], None]):
            on_line = []
            for phrase in phrases(line):
                at_stub = phrase.x0 <= stub_left + max(line.size, 1.0)
                is_stub = unit_stub(phrase.text) or at_stub and not is_header_phrase(phrase.text)
                (stub if is_stub else on_line).append(phrase)
            columns.extend(on_line)
            if below is not None and line_gap(line, below) > params.HEADER_LINE_GAP * max(line.height, below.height):
                groups.append(on_line)   # a header row of its own above another: may span columns
        if not columns:
            return None
        header = Header(lines, stub, columns, stub_left, min(p.x0 for p in columns) - params.STUB_MARGIN, groups)
        return header, first, end

    def _repeated_header(self, index: int, header: Header) -> tuple[Header, int] | None:
        """The table's header again at the top of a new page (after a "(fortsat)" caption)."""
        page = self.body[index].page
        for offset in range(params.REPEAT_HEADER_LINES):
            at = index + offset
            if at >= len(self.body) or self.body[at].page != page:
                return None
            line = self.body[at]
            if self.starts_header(at):
                found = self._header(at, at, header.stub_left)
                if found and found[0].same_columns(header):
                    return found[0], found[2]
                return None
            if not (_CAPTION_RE.match(line.text) or _CONTINUED_RE.search(line.text)):
                return None
        return None

    def _is_header_line(self, line: Line, neighbour: Line, stub_left: float) -> bool:
        """A line of the header: no row label at the stub's left edge, no amounts, and close
        to its neighbour. Lines of header words only may also stand a padded row apart, across
        a rule (a grid rules each header row off: "Budgetoverslag" over "2027 2028 2029")."""
        if line.page != neighbour.page or numbered_heading(line, self.body_size):
            return False
        starts_stub = not unit_stub(line.text) and line.words[0].x0 <= stub_left + line.size
        if starts_stub or any(_is_amount(w) for w in _without_unit(line)):
            return False
        upper, lower = (line, neighbour) if line.top < neighbour.top else (neighbour, line)
        height = max(line.height, neighbour.height)
        vocabulary = all(is_header_phrase(p.text) for p in phrases(Line(line.page, _without_unit(line))))
        if line_gap(upper, lower) > (params.HEADER_ROW_GAP if vocabulary else params.HEADER_LINE_GAP) * height:
            return False
        return vocabulary or not rule_between(self.pages[line.page], upper.bottom, lower.top,
                                              min(upper.x0, lower.x0), max(upper.x1, lower.x1))

    # body -------------------------------------------------------------------------------------

    @staticmethod
    def _kind(line: Line, header: Header, spans: list[tuple[float, float]]) -> str:
        """anchor (numbers in the columns), label (row label only) or foreign (not the table)."""
        if line.words[0].text.startswith(params.BULLETS) or _FOREIGN_RE.match(line.text):
            return "foreign"
        in_columns = [w for w in line.words if w.x1 > header.stub_edge and w.text.lower() not in _CELL_SUFFIXES]
        if any(not has_digit(w.text) and not _NIL_RE.match(w.text) for w in in_columns):
            return "foreign"
        numbers = [w for w in in_columns if has_digit(w.text)]
        if numbers:
            tolerance = params.COLUMN_TOLERANCE
            aligned = [header.covers(w) or any(a - tolerance < w.x1 and w.x0 < b + tolerance for a, b in spans)
                       for w in numbers]
            return "anchor" if all(aligned) else "foreign"
        if all(has_digit(w.text) for w in line.words):
            return "foreign"  # bare numbers in the stub: a chart's axis, not a row label
        return "label"

    @staticmethod
    def _too_far(previous: Line, line: Line) -> bool:
        return line_gap(previous, line) > params.TABLE_GAP_LINES * max(line.height, previous.height)

    def _table(self, start: int, parts: list[TablePart]) -> ParsedTable | None:
        headers: list[str] = []
        own_and_grouped: list[tuple[str, str]] = []
        rows: list[TableRow] = []
        for part in parts:
            numbers = [w for ln in part.lines for w in ln.words
                       if w.x1 > part.header.stub_edge and cell_value(w.text)]
            spans = column_spans(numbers)
            offset = len(headers)
            texts = column_texts(part.header.phrases, spans, part.header.group_rows)
            headers.extend(grouped for _, grouped in texts)
            own_and_grouped.extend(texts)
            for row in segment_rows(part.lines, part.header.stub_edge, part.header.x0, part.header.x1, self.pages):
                for line in row.lines:
                    for word in line.words:
                        if word.x1 > part.header.stub_edge and cell_value(word.text):
                            column = next(i for i, (a, b) in enumerate(spans) if a <= word.x0 and word.x1 <= b)
                            row.cells.append(Cell(word, line.page, offset + column))
                rows.append(row)
        # The table reaches down to its last row with numbers, read or not (a malformed
        # number is inside the table, for the ledger to report); label-only lines after it
        # (a title of what follows) are not the table's.
        printed = [row for row in rows if row.has_numbers]
        if not any(row.cells for row in printed):
            return None
        kept = {id(line) for row in printed for line in row.lines}
        for part in parts:
            part.lines = [line for line in part.lines if id(line) in kept]
        last = printed[-1].lines[-1]
        end = next(i for i in range(start, len(self.body)) if self.body[i] is last) + 1
        return ParsedTable(start, end, [p for p in parts if p.lines or p is parts[0]], headers, own_and_grouped,
                           [row for row in printed if row.cells])

def column_texts(phrases_: list[Word], spans: list[tuple[float, float]],
                 group_rows: list[list[Word]] = ()) -> list[tuple[str, str]]:
    """Per column of numbers: (its own header, with the group headers over it).

    A phrase over one column is that column's; a phrase over several heads each of them;
    a header row standing apart above another (a group row: "Regnskab | Budget |
    Budgetoverslag" over "2024 | 2026 | 2027 2028 2029") heads each column with its phrase
    nearest to it; a column no phrase overlaps takes the nearest phrase that heads no
    column (a left-aligned header over right-aligned numbers).
    """
    grouped = {id(p) for row in group_rows for p in row}
    cell_phrases = [p for p in phrases_ if id(p) not in grouped]

    def overlapping(span):
        a, b = span
        return [p for p in cell_phrases if min(p.x1, b + 2) - max(p.x0, a - 2) > 0]

    def distance(phrase, span):
        return max(phrase.x0 - span[1], span[0] - phrase.x1, 0)

    heads = {id(p) for span in spans for p in overlapping(span)}
    free = [p for p in cell_phrases if id(p) not in heads]
    texts = []
    for span in spans:
        over = overlapping(span)
        if not over and free:
            centre = (span[0] + span[1]) / 2
            nearest = min(free, key=lambda p: abs(p.x_center - centre))
            if abs(nearest.x_center - centre) < (nearest.x1 - nearest.x0) + (span[1] - span[0]):
                over = [nearest]
        own = [p for p in over if len([s for s in spans if p in overlapping(s)]) <= 1]
        groups = [min(row, key=lambda p: distance(p, span)) for row in group_rows if row]
        texts.append((_reading_order(own), _reading_order(groups + over)))
    return texts


def _reading_order(words: list[Word]) -> str:
    return fold_whitespace(" ".join(w.text for w in sorted(words, key=lambda w: (round(w.top), w.x0))))
