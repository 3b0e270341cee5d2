"""Budget documents ("budgetbemærkninger", four-year budgets) to budget_lines rows.

A budget table is found by its structure, not its place: a header whose words name
measures and years ("R23", "Tekn. B26", "Regnskab 2024", "Overslag 2027", "BO1") or whose
stub names the unit ("I 1.000 kr."), then rows whose numbers stand in its columns. Above
the header stand its title (a numbered heading, a "Tabel 3:" caption or a bold line)
and what may come between (a caption, a unit, a source note). Charts, prose and page
furniture have no such header and never become rows. The document's own year, policy
area, units and totals are read from the document.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.danish import fold_whitespace, is_number, unit_multiplier
from pipeline.extract import budget_params as params
from pipeline.extract.budget_headers import (
    BudgetYears, HeaderReading, document_unit, header_signal, is_header_word, read_header, resolve, stated_unit,
    unit_stub,
)
from pipeline.extract.budget_rows import TableRow, cell_value
from pipeline.extract.budget_tables import ParsedTable, TableParser, opens_header
from pipeline.extract.budget_titles import Lead, caption_below, captions_below, lead_in, table_id
from pipeline.pdf.layout import Heading, Line, body_font_size, group_lines, numbered_heading, split_furniture
from pipeline.pdf.text import page_runs
from pipeline.pdf.words import PageContent, Word, open_pdf, page_content
from pipeline.schemas import NOT_MONEY_KINDS

EXTRACTOR_VERSION = "budget-2"

_TOTAL_RE = params.compile_ci(params.TOTAL_LABEL)
_PRICE_LEVEL_RE = params.compile_ci(params.PRICE_LEVEL)
_KIND_RES = [(kind, params.compile_ci(pattern)) for kind, pattern in params.TABLE_KINDS]
_OVERVIEW_RE = params.compile_ci(params.OVERVIEW_WORDS)
_AREA_PREFIX_RE = params.compile_ci(params.AREA_PREFIX)
_POLICY_AREA_RE = params.compile_ci(params.POLICY_AREA)
_BUDGET_YEAR_RE = params.compile_ci(params.BUDGET_YEAR)
# What plain page text shows of a chapter heading.
_CHAPTER_LINE_RE = re.compile(r"(?:^|\n)\s*\d{1,2}\.\s+\S")


@dataclass
class BudgetTable:
    table_id: str
    title: str | None
    kind: str                        # one of schemas.TABLE_KINDS
    chapter: Heading | None
    unit_text: str | None
    parsed: ParsedTable
    measures: list[tuple[str | None, int | None]]   # per column

    @property
    def column_headers(self) -> list[str]:
        return self.parsed.column_headers

    @property
    def rows(self) -> list[TableRow]:
        return self.parsed.rows

    @property
    def stub_edge(self) -> float:
        return self.parsed.header.stub_edge


@dataclass
class BudgetDocument:
    title: str | None
    policy_area: str | None
    year: str | None
    pages: int
    tables: list[BudgetTable]
    page_content: dict[int, PageContent]      # the pages read, for the number ledger

    @property
    def first_year(self) -> int | None:
        return int(self.year[:4]) if self.year else None


# --- document -----------------------------------------------------------------------------

def extract_budget(path: Path) -> BudgetDocument:
    """Positioned words (pdfplumber, the slow pass) only for the pages where a budget table
    or a chapter heading can be; the others are told apart by their text runs (pypdfium2)."""
    runs = page_runs(path)
    texts = [text for text, _ in runs]
    with open_pdf(path) as pdf:
        pages = [page_content(pdf.pages[i]) for i in table_pages(texts, [r for _, r in runs])]
        title = (pdf.metadata or {}).get("Title")
    document = read_budget(pages, title if isinstance(title, str) else None, document_unit("\n".join(texts)))
    document.pages = len(texts)
    return document


def table_pages(texts: list[str], runs: list[list[Word]] | None = None) -> list[int]:
    """Indexes of pages that may hold a budget table, a chapter heading (the activity
    area), or the rows of a table begun on the page before.

    A page may hold a table where budget_headers.header_signal holds for a line of its
    plain text (which does not depend on geometry, e.g. on a rotated page), or the
    parser's own question (budget_tables.opens_header) for a line of its text runs."""
    wanted: list[int] = []
    for index, text in enumerate(texts):
        lines = text.splitlines()
        top = [line for line in lines if line.strip()][:params.TRIAGE_TOP_LINES]
        continues = bool(wanted) and wanted[-1] == index - 1 and any(map(_looks_like_row, top))
        if (continues or _CHAPTER_LINE_RE.search(text) or any(header_signal(line) for line in lines)
                or (runs and _runs_open_a_header(index + 1, runs[index]))):
            wanted.append(index)
    return wanted


def _runs_open_a_header(page: int, runs: list[Word]) -> bool:
    """opens_header on the page's runs grouped in lines. A header has a short run of header
    words (a measure, a year) or a unit stub; a page without one (prose, whose runs are
    whole lines) is not grouped at all."""
    if not any(len(run.text.split()) <= params.TRIAGE_RUN_WORDS and (unit_stub(run.text) or any(
            is_header_word(w) and (not w.isdigit() or len(w) == 4) for w in run.text.split())) for run in runs):
        return False
    lines = group_lines(page, runs)
    return any(opens_header(lines, i) for i in range(len(lines)))


def _looks_like_row(text: str) -> bool:
    """A label or a number followed by a well-formed number: "Rute 12 36.012"."""
    words = text.split()
    return len(words) >= 2 and is_number(words[-1]) and (is_number(words[-2]) or words[-2][-1:].isalpha())


def read_budget(pages: list[PageContent], title: str | None = None, unit: str | None = None) -> BudgetDocument:
    """`unit` is one the document states for all its tables ("Alle beløb er i 1.000 kr.")."""
    body, furniture = split_furniture(pages)
    body_size = body_font_size(body)
    parser = TableParser(body, body_size, {page.number: page for page in pages})
    found: list[tuple[ParsedTable, Lead, Heading | None]] = []
    headings: list[Heading] = []
    chapter: Heading | None = None
    floor = index = 0
    while index < len(body):
        line = body[index]
        heading = numbered_heading(line, body_size)
        if heading is not None:
            headings.append(heading)
            chapter = heading if heading.level == 1 else chapter
        elif parser.starts_header(index):
            parsed = parser.parse(index, floor)
            if parsed is not None:
                found.append((parsed, lead_in(body, parsed.start, floor, body_size), chapter))
                floor = index = parsed.end
                continue
        index += 1
    leads = captions_below([lead for _, lead, _ in found], [caption_below(body, p.end) for p, _, _ in found])
    found = [(parsed, lead, chapter) for (parsed, _, chapter), lead in zip(found, leads)]
    years = _budget_years(title, body, [p for p, _, _ in found])
    tables = _tables(found, years, unit)
    return BudgetDocument(
        title=title,
        policy_area=_policy_area(furniture, title, headings),
        year=_document_year(title, years),
        pages=len(pages),
        tables=tables,
        page_content={page.number: page for page in pages},
    )


def _tables(found: list[tuple[ParsedTable, Lead, Heading | None]], years: BudgetYears,
            unit: str | None) -> list[BudgetTable]:
    tables: list[BudgetTable] = []
    used: set[str] = set()
    unnumbered: Counter[str] = Counter()
    for parsed, lead, chapter in found:
        number = table_id(lead.number, chapter, used, unnumbered)
        used.add(number)
        readings = [_reading(own, grouped) for own, grouped in parsed.column_phrases]
        table_unit = parsed.header.unit_text or next(
            (u for u in map(stated_unit, lead.captions + [lead.title or ""]) if u), None) or unit
        kind = _kind_by_words(lead.title, parsed)
        measures = resolve(readings, years, money=kind not in NOT_MONEY_KINDS)
        tables.append(BudgetTable(number, lead.title, kind, chapter, table_unit, parsed, measures))
    _tell_overviews(tables)
    return tables


def _reading(own: str, grouped: str) -> HeaderReading:
    """A header read with the group header over it ("Budgetoverslag" + "2027"), else alone."""
    reading = read_header(grouped)
    return reading if reading.measure or own == grouped else read_header(own)


def _kind_by_words(title: str | None, parsed: ParsedTable) -> str:
    """changes, key_figures, prices or investments by the title's (else the stub's) words;
    "area" until _tell_overviews has seen every table."""
    for text in (title or "", parsed.header.stub_text):
        text = _PRICE_LEVEL_RE.sub(" ", text)
        for kind, pattern in _KIND_RES:
            if pattern.search(text):
                return kind
    return "area"


def _tell_overviews(tables: list[BudgetTable]) -> None:
    """An overview lists areas: its title, chapter or total names the policy area, or its
    rows name the areas other chapters are about."""
    areas = {activity_area_of(t.chapter).casefold() for t in tables if activity_area_of(t.chapter)}
    for table in tables:
        if table.kind != "area":
            continue
        own = (activity_area_of(table.chapter) or "").casefold()
        labels = [row.label() for row in table.rows]
        named = {label.casefold() for label in labels if not is_total_label(label)} & (areas - {own})
        stated = (table.title or "", table.chapter.title if table.chapter else "")
        if (any(_OVERVIEW_RE.search(text) for text in stated) or len(named) >= params.OVERVIEW_MIN_AREAS
                or any(is_total_label(label) and _OVERVIEW_RE.match(label) for label in labels)):
            table.kind = "overview"


def _policy_area(furniture: list[Line], title: str | None, headings: list[Heading]) -> str | None:
    """The running header names it on every page; else the title; else a heading."""
    candidates = [line.text for line in furniture] + [title or ""] + [h.title for h in headings]
    for text in candidates:
        match = _POLICY_AREA_RE.search(fold_whitespace(text))
        if match:
            return match["name"].strip()
    return None


def _budget_years(title: str | None, body: list[Line], parsed: list[ParsedTable]) -> BudgetYears:
    """The budget year: "Budget 2026(-2029)" in the title; else the technical budget's
    year; else the year before the first dated out-year; else the text's "Budget 2026"."""
    readings = [read_header(grouped) for table in parsed for _, grouped in table.column_phrases]
    multi_year = any(r.measure == "forecast" for r in readings)
    match = _BUDGET_YEAR_RE.search(title or "")
    if match:
        return BudgetYears(int(match["first"]), multi_year or bool(match["last"]))
    technical = Counter(r.year for r in readings if r.measure == "technical_budget" and r.year)
    if technical:
        return BudgetYears(technical.most_common(1)[0][0], multi_year)
    out_years = [r.year - (r.out_year or 1) for r in readings if r.measure == "forecast" and r.year]
    if out_years:
        return BudgetYears(min(out_years), True)
    stated = Counter(int(m["first"]) for line in body for m in _BUDGET_YEAR_RE.finditer(line.text))
    return BudgetYears(stated.most_common(1)[0][0] if stated else None, multi_year)


def _document_year(title: str | None, years: BudgetYears) -> str | None:
    """The year or span the title states ("2026-2029"), else the budget year."""
    match = _BUDGET_YEAR_RE.search(title or "")
    if match and match["last"]:
        last = match["last"] if len(match["last"]) == 4 else match["first"][:2] + match["last"]
        return f"{match['first']}-{last}"
    return str(years.budget_year) if years.budget_year else None


def is_total_label(label: str) -> bool:
    return bool(_TOTAL_RE.search(label))


def activity_area_of(chapter: Heading | None) -> str | None:
    return _AREA_PREFIX_RE.sub("", chapter.title).strip() or None if chapter else None


def budget_lines(document: BudgetDocument, document_id: str) -> list[dict]:
    """One row per number cell, in the budget_lines schema."""
    rows: list[dict] = []
    for table in document.tables:
        overview = table.kind == "overview"
        chapter_area = None if overview else activity_area_of(table.chapter)
        multiplier = unit_multiplier(table.unit_text or "") or 1
        for row_number, row in enumerate(table.rows, start=1):
            label = row.label()
            total = is_total_label(label)
            area = (None if total else label) if overview else chapter_area
            for cell in row.cells:
                measure, year = table.measures[cell.column]
                value, percent = cell_value(cell.word.text)  # type: ignore[misc]
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
                    "amount_dkk": int((value * (1 if percent else multiplier)).to_integral_value()),
                    "printed_value": cell.word.text,
                    "table_title": table.title,
                    "table_kind": table.kind,
                    "column_header": table.column_headers[cell.column],
                    "unit": table.unit_text,
                    "row_number": row_number,
                    "bbox_x0": cell.word.x0,
                    "bbox_top": cell.word.top,
                    "bbox_x1": cell.word.x1,
                    "bbox_bottom": cell.word.bottom,
                })
    return rows
