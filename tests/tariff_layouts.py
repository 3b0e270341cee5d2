"""Tariff lists in layouts the samples do not have, with their expected tariffs.

One spec per document, printed as a PDF (reportlab) or written as a web page (by hand),
so a test knows every printed value by construction: ruled grids, unruled tables, tables
with rules between rows only, price lists with dot or tab leaders, lines naming their own
periods, columns in any order (unit right of the values, a VAT column, remarks), shaded
section bands, tables over several pages; on web pages captions, header rows without
<thead>, rowspan and colspan, group rows, legacy encodings, cookie banners, menus and
footers. `expected(doc, fmt)` gives the tariffs as (section, item, unit, period,
value_text, vat_excluded): what a reader must find, no more.
"""

from __future__ import annotations

import html
import random
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ITEM, UNIT, VALUES, VAT, REMARK = "item", "unit", "values", "vat", "remark"
BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}


@dataclass
class Line:
    """A tariff row: its values as printed, one per period of its table ("" for none)."""
    item: str
    values: tuple[str, ...]
    unit: str | None = None
    vat: str | None = None        # the VAT column's cell: "inkl." or "ekskl."
    remark: str | None = None


@dataclass
class Group:
    """A row that names the rows below it: a shaded band, or a bold row."""
    title: str


@dataclass
class PriceTable:
    periods: tuple[str, ...]
    rows: list[Line | Group]
    columns: tuple[str, ...] = (ITEM, UNIT, VALUES)
    headers: dict[str, str] = field(default_factory=lambda: {
        ITEM: "Ydelse", UNIT: "Enhed", VALUES: "Takst {period}", VAT: "Moms", REMARK: "Bemærkning"})
    header: bool = True           # print a header row (else the periods come from the document)
    rules: str = "grid"           # grid | hrules | none
    bands: bool = True            # group rows shaded across the table (else bold text)
    value_align: str = "RIGHT"
    caption: str | None = None    # web pages: <caption>; a section
    vat_note: str | None = None   # a remark printed under the table, for this table only
    # web pages: how the header is marked: thead | th (th cells in <tbody>) | bold (a row of <b> cells)
    html_header: str = "thead"
    merge_equal: bool = False     # web pages: a value equal for every period is one cell with colspan
    rowspan_items: bool = False   # web pages: consecutive rows of one item share its cell (rowspan)
    col_widths: tuple[float, ...] | None = None
    vat_note_text: str = "Alle priser er ekskl. moms."
    band_bold: bool = True        # PDF: a band's title in bold (else only its shade tells)
    zebra: bool = False           # PDF: every other row shaded
    repeat_header: bool = True    # PDF: the header repeated on every page the table runs over
    valign: str = "TOP"           # PDF: where a row's cells sit when its item wraps
    vat_in_table: bool = False    # the VAT remark is the table's last row (web pages: in <tfoot>)
    footnote: str | None = None   # "*) ...": printed under the table, for the items marked " *"
    padding: float | None = None  # PDF: a cell's left and right padding (points); tight cells set texts a space apart


@dataclass
class Heading:
    text: str
    level: int = 2


@dataclass
class Text:
    text: str


@dataclass
class LeaderList:
    """Item ..... value lines, no table; the document's year is their period."""
    lines: list[tuple[str, str]]
    leader: str = "dots"          # dots | tab (values right-aligned) | tab_left (values at a left tab stop)


@dataclass
class PeriodLines:
    """Lines that name their own periods: "Voksne: 2024: 60,00 kr. / 2025: 65,00 kr."."""
    lines: list[tuple[str, list[tuple[str, str]]]]
    separator: str = " / "
    item_on_own_line: bool = False


@dataclass
class NewPage:
    pass


@dataclass
class TariffDoc:
    title: str
    year: str                     # the period of values whose table names none
    blocks: list
    landscape: bool = False
    font: str = "Helvetica"
    size: float = 9
    # web pages
    encoding: str = "utf-8"
    chrome: bool = False          # a cookie banner, a menu and a footer around the content
    main: bool = True             # the content inside <main>


# --- what a reader must find ------------------------------------------------------------------

Expected = tuple[str | None, str, str | None, str, str, bool | None]


def expected(doc: TariffDoc, fmt: str) -> list[Expected]:
    """(section, item, unit, period, value_text, vat_excluded) per tariff, in reading order."""
    out: list[Expected] = []
    heading: str | None = None
    for block in doc.blocks:
        if isinstance(block, Heading):
            heading = block.text
        elif isinstance(block, PriceTable):
            out += _table_expected(block, heading, fmt, doc.year)
        elif isinstance(block, LeaderList):
            out += [(heading, item, None, doc.year, value, None) for item, value in block.lines]
        elif isinstance(block, PeriodLines):
            out += [(heading, item, None, period, value, None)
                    for item, parts in block.lines for period, value in parts]
    return out


def _table_expected(table: PriceTable, heading: str | None, fmt: str, year: str) -> list[Expected]:
    section = table.caption if fmt == "html" and table.caption else heading
    table_vat = True if table.vat_note or table.vat_in_table else None
    periods = table.periods if table.header else (year,) * len(table.periods)
    out = []
    for row in table.rows:
        if isinstance(row, Group):
            section = row.title.rstrip(":")
            continue
        vat = (True if (row.vat or "").startswith("ekskl") else None) if VAT in table.columns and row.vat else table_vat
        item = row.item.removesuffix(" *")     # a footnote's marker is no part of the item
        out += [(section, item, row.unit if UNIT in table.columns else None, period, value, vat)
                for period, value in zip(periods, row.values) if value]
    return out


# --- PDF ------------------------------------------------------------------------------------------

class _LeaderLine(Flowable):
    """An item at the left margin, its price at the right (or at a left tab stop), dots (or a
    tab's white space) between."""

    def __init__(self, item: str, value: str, width: float, font: str, size: float, leader: str,
                 tab: float | None = None):
        super().__init__()
        self.item, self.value, self.width, self.font, self.size = item, value, width, font, size
        self.dots, self.tab = leader == "dots", tab
        self.height = size * 1.5

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        canvas = self.canv
        canvas.setFont(self.font, self.size)
        canvas.drawString(0, 2, self.item)
        if self.tab is not None:
            canvas.drawString(self.tab, 2, self.value)
        else:
            canvas.drawRightString(self.width, 2, self.value)
        if self.dots:
            start = canvas.stringWidth(self.item, self.font, self.size) + 4
            end = self.width - canvas.stringWidth(self.value, self.font, self.size) - 4
            dot = canvas.stringWidth(". ", self.font, self.size)
            canvas.drawString(start, 2, ". " * max(int((end - start) / dot), 3))


def build_pdf(doc: TariffDoc, path: Path) -> Path:
    size = landscape(A4) if doc.landscape else A4
    bold = BOLD[doc.font]
    body = ParagraphStyle("body", fontName=doc.font, fontSize=doc.size, leading=doc.size * 1.35, spaceAfter=4)
    cell = ParagraphStyle("cell", parent=body, spaceAfter=0)
    title = ParagraphStyle("title", fontName=bold, fontSize=doc.size * 2, leading=doc.size * 2.5, spaceAfter=10)
    headings = {level: ParagraphStyle(f"h{level}", fontName=bold, fontSize=doc.size * (1.6 - 0.15 * level),
                                      leading=doc.size * 2, spaceBefore=8, spaceAfter=4) for level in range(1, 5)}
    width = size[0] - 120

    def furniture(canvas, template):
        canvas.saveState()
        canvas.setFont(doc.font, 7)
        canvas.drawString(60, size[1] - 30, doc.title)
        canvas.drawRightString(size[0] - 60, 30, f"Side {template.page}")
        canvas.restoreState()

    story = [Paragraph(html.escape(doc.title), title)]
    for block in doc.blocks:
        if isinstance(block, Heading):
            story.append(Paragraph(html.escape(block.text), headings[min(block.level, 4)]))
        elif isinstance(block, Text):
            story.append(Paragraph(html.escape(block.text), body))
        elif isinstance(block, PriceTable):
            story.append(_pdf_table(block, cell, doc.font, bold, doc.size, width))
            for note in filter(None, (block.footnote, block.vat_note)):
                story.append(Paragraph(html.escape(note), body))
            story.append(Spacer(1, 8))
        elif isinstance(block, LeaderList):
            tab = max(stringWidth(item, doc.font, doc.size) for item, _ in block.lines) + 40
            story += [_LeaderLine(item, value, width * 0.8, doc.font, doc.size, block.leader,
                                  tab if block.leader == "tab_left" else None)
                      for item, value in block.lines]
            story.append(Spacer(1, 6))
        elif isinstance(block, PeriodLines):
            for item, parts in block.lines:
                line = block.separator.join(f"{period}: {value}" for period, value in parts)
                if block.item_on_own_line:
                    story += [Paragraph(html.escape(item), cell), Paragraph(html.escape(line), body)]
                else:
                    story.append(Paragraph(html.escape(f"{item}: {line}"), body))
        elif isinstance(block, NewPage):
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=size, leftMargin=60, rightMargin=60, topMargin=56, bottomMargin=56,
                      title=doc.title).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def _columns(table: PriceTable) -> list[tuple[str, int | None]]:
    """(role, period index) per printed column."""
    out = []
    for role in table.columns:
        out += [(VALUES, i) for i in range(len(table.periods))] if role == VALUES else [(role, None)]
    return out


def _header_text(table: PriceTable, role: str, index: int | None) -> str:
    text = table.headers[role]
    return text.format(period=table.periods[index]) if index is not None else text


def _cell_text(row: Line, role: str, index: int | None) -> str:
    if role == VALUES:
        return row.values[index]
    return {ITEM: row.item, UNIT: row.unit, VAT: row.vat, REMARK: row.remark}[role] or ""


def _pdf_table(table: PriceTable, cell: ParagraphStyle, font: str, bold: str, size: float, width: float) -> Table:
    columns = _columns(table)
    widths = list(table.col_widths or [])
    if not widths:   # each column as wide as its widest cell, as a spreadsheet's print is; the item takes the rest
        lines = [row for row in table.rows if isinstance(row, Line)]
        need = {(role, i): max([stringWidth(_cell_text(row, role, i), font, size) for row in lines]
                               + [stringWidth(w, bold, size) for w in _header_text(table, role, i).split()]) + 14
                for role, i in columns if role != ITEM}
        if table.padding is not None:
            need = {key: width - 14 + 2 * table.padding for key, width in need.items()}
        longest_word = max(stringWidth(word, font, size) for row in lines for word in row.item.split()) + 14
        rest = max(width - sum(need.values()), 120, longest_word)
        widths = [need.get((role, i), rest) for role, i in columns]
    data, style = [], [("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
                       ("VALIGN", (0, 0), (-1, -1), table.valign)]
    if table.header:
        data.append([Paragraph(html.escape(_header_text(table, role, i)).replace("\n", "<br/>"),
                               ParagraphStyle("head", parent=cell, fontName=bold,
                                              alignment=2 if role == VALUES and table.value_align == "RIGHT" else 0))
                     for role, i in columns])
    for row in table.rows:
        r = len(data)
        if isinstance(row, Group):
            data.append([row.title] + [""] * (len(columns) - 1))
            style += [("SPAN", (0, r), (-1, r))]
            if table.band_bold or not table.bands:
                style.append(("FONTNAME", (0, r), (-1, r), bold))
            if table.bands:
                style.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.85, 0.88, 0.92)))
            continue
        data.append([Paragraph(html.escape(row.item), cell) if role == ITEM else _cell_text(row, role, i)
                     for role, i in columns])
        if table.zebra and r % 2:
            style.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.95, 0.95, 0.95)))
    if table.vat_in_table:
        data.append([table.vat_note_text] + [""] * (len(columns) - 1))
        style.append(("SPAN", (0, len(data) - 1), (-1, len(data) - 1)))
    if table.padding is not None:
        style += [("LEFTPADDING", (0, 0), (-1, -1), table.padding), ("RIGHTPADDING", (0, 0), (-1, -1), table.padding)]
    for c, (role, _) in enumerate(columns):
        if role == VALUES:
            style.append(("ALIGN", (c, 1 if table.header else 0), (c, -1), table.value_align))
    if table.rules == "grid":
        style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    elif table.rules == "hrules":
        style += [("LINEBELOW", (0, r), (-1, r), 0.4, colors.grey) for r in range(len(data))]
    return Table(data, colWidths=widths, repeatRows=1 if table.header and table.repeat_header else 0,
                 style=TableStyle(style))


# --- web pages ------------------------------------------------------------------------------------

def build_html(doc: TariffDoc, path: Path) -> Path:
    parts = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            parts.append(f"<h{block.level + 1}>{html.escape(block.text)}</h{block.level + 1}>")
        elif isinstance(block, Text):
            parts.append(f"<p>{html.escape(block.text)}</p>")
        elif isinstance(block, PriceTable):
            parts.append(_html_table(block))
            for note in filter(None, (block.footnote, block.vat_note)):
                parts.append(f"<p>{html.escape(note)}</p>")
        elif isinstance(block, LeaderList):
            gap = " ........................ "   # a web page draws no tab leaders: dots
            parts.append("<p>" + "<br>\n".join(html.escape(f"{item}{gap}{value}") for item, value in block.lines)
                         + "</p>")
        elif isinstance(block, PeriodLines):
            for item, parts_ in block.lines:
                line = html.escape(block.separator.join(f"{period}: {value}" for period, value in parts_))
                parts.append(f"<p>{html.escape(item)}<br>{line}</p>" if block.item_on_own_line
                             else f"<p>{html.escape(item)}: {line}</p>")
    content = f"<h1>{html.escape(doc.title)}</h1>\n" + "\n".join(parts)
    content = f"<main>{content}</main>" if doc.main else f"<div class='content'>{content}</div>"
    if doc.chrome:
        content = (
            "<div id='cookie-consent' class='cookie-banner'><p>Vi bruger cookies. Samtykket gælder i 12 måneder."
            " <button>Accepter 2 cookies</button></p></div>"
            "<header class='site-header'><a href='/'>Kommunen</a><nav><ul><li><a href='/a'>Borger</a></li>"
            "<li><a href='/b'>Takster 2023</a></li><li><a href='/c'>Erhverv</a></li></ul></nav></header>"
            "<nav class='breadcrumb'><ol><li>Forside</li><li>Økonomi</li><li>Takster</li></ol></nav>"
            + content +
            "<footer class='site-footer'><p>Rådhuspladsen 1, 4700 Næstved. Telefon 55 88 55 88."
            " CVR 29 18 97 74. Åbent 8-15.</p><p>Opdateret 12.01.2024</p></footer>")
    text = (f"<!DOCTYPE html><html lang='da'><head><meta charset='{doc.encoding}'>"
            f"<title>{html.escape(doc.title)}</title></head><body>{content}</body></html>")
    path.write_bytes(text.encode(doc.encoding))
    return path


def _html_table(table: PriceTable) -> str:
    columns = _columns(table)
    rows: list[str] = []
    if table.header:
        cells = [html.escape(_header_text(table, role, i)).replace("\n", "<br>") for role, i in columns]
        if table.html_header == "thead":
            rows.append("<thead><tr>" + "".join(f"<th>{c}</th>" for c in cells) + "</tr></thead><tbody>")
        elif table.html_header == "th":
            rows.append("<tbody><tr>" + "".join(f"<th>{c}</th>" for c in cells) + "</tr>")
        else:
            rows.append("<tbody><tr>" + "".join(f"<td><b>{c}</b></td>" for c in cells) + "</tr>")
    else:
        rows.append("<tbody>")
    body = table.rows
    for n, row in enumerate(body):
        if isinstance(row, Group):
            rows.append(f"<tr><td colspan='{len(columns)}'><strong>{html.escape(row.title)}</strong></td></tr>")
            continue
        previous = body[n - 1] if n else None
        span = 1
        while (table.rowspan_items and n + span < len(body) and isinstance(body[n + span], Line)
               and body[n + span].item == row.item):
            span += 1
        cells = []
        merged = table.merge_equal and len(set(row.values)) == 1 and len(row.values) > 1 and row.values[0]
        for role, i in columns:
            if role == ITEM:
                if table.rowspan_items and isinstance(previous, Line) and previous.item == row.item:
                    continue
                cells.append(f"<td rowspan='{span}'>" if span > 1 else "<td>")
                cells[-1] += html.escape(row.item) + "</td>"
            elif role == VALUES and merged:
                if i == 0:
                    cells.append(f"<td colspan='{len(row.values)}'>{html.escape(row.values[0])}</td>")
            else:
                cells.append(f"<td>{html.escape(_cell_text(row, role, i))}</td>")
        rows.append("<tr>" + "".join(cells) + "</tr>")
    caption = f"<caption>{html.escape(table.caption)}</caption>" if table.caption else ""
    foot = (f"</tbody><tfoot><tr><td colspan='{len(columns)}'>{html.escape(table.vat_note_text)}</td></tr></tfoot>"
            if table.vat_in_table else "</tbody>")
    return f"<table>{caption}" + "\n".join(rows) + f"{foot}</table>"


# --- documents with many variations, for measuring recall and precision ---------------------------------

ITEMS = ["Voksne", "Børn under 18 år",
         "Leje af gymnastiksal med omklædning og bad, hverdage efter kl. 16 samt hele weekenden",
         "Erstatning for bortkomne eller beskadigede materialer, dog mindst den faktiske genanskaffelsespris", "Pensionister", "Leje af hal, min. 3 timer", "Leje af sal hverdage",
         "Leje af sal weekend", "Kopi A4 sort/hvid", "Kopi A3 farve", "Erstatningskort", "Depositum",
         "Rengøring efter arrangement", "Opstilling af scene", "Gebyr for byggetilladelse, enfamiliehus",
         "Rottebekæmpelse", "Hundeskov, årskort", "Parkering zone 1", "Parkering zone 2, op til 2 timer",
         "Svømning, enkeltbillet", "Svømning, 10-turskort", "Sauna", "Musikundervisning, 20 min. pr. uge",
         "Instrumentleje", "Kørsel til dagcenter", "Madservice, hovedret", "Madservice, dessert",
         "Klippekort til bus (10 klip)", "Affaldsgebyr, helårsbolig", "Storskrald, ekstra afhentning",
         "Vejskilt, opsætning", "Gravetilladelse", "Udlejning af telt 6 x 12 m", "Foto af arkivalier",
         "Slægtsforskning, første halve time", "Lånerkort", "Fjernlån fra andre biblioteker"]
UNITS = ["pr. time", "pr. gang", "pr. stk.", "pr. måned", "pr. år", "Kr. pr. time", "Kr.", "pr. dag", "pr. side"]
GROUPS = ["Foreninger", "Private", "Erhverv", "Hverdage", "Weekend", "Udendørs anlæg", "Indendørs anlæg"]
HEADINGS = ["Kultur og fritid", "Biblioteket", "Teknik og miljø", "Ældre og handicap", "Børn og unge",
            "Borgerservice", "Idrætsanlæg", "Musikskolen", "Affald", "Parkering"]
WORD_VALUES = ["Gratis", "gratis", "Efter regning", "Udgår", "afventer", "efter tilbud", "Efter medgået tid"]


def price(rng: random.Random, notation: str) -> str:
    kroner = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1000, 25000)])
    ore = rng.choice([0, 0, 0, 50, 25, rng.randint(1, 99)])
    number = f"{kroner:,}".replace(",", ".")
    return {"plain": f"{number},{ore:02d}", "kr_after": f"{number},{ore:02d} kr.", "kr_before": f"kr. {number}",
            "whole_after": f"{number} kr.", "dash": f"{number},-"}[notation]


def random_document(seed: int) -> TariffDoc:
    """A tariff list in a layout drawn at random from the variations this module can print."""
    rng = random.Random(seed)
    first = rng.choice([2019, 2021, 2024, 2025, 2026])
    school = rng.random() < 0.15
    n_periods = rng.choice([1, 2, 2, 3])
    periods = tuple(f"{first + i}/{first + i + 1}" if school else str(first + i) for i in range(n_periods))
    year = str(first)
    notation = rng.choice(["plain", "plain", "kr_after", "kr_before", "whole_after", "dash"])
    blocks: list = []
    items = rng.sample(ITEMS, len(ITEMS))
    level = rng.choice([1, 2])        # sibling sections: one level (a subsection would inherit its table)
    for h in range(rng.randint(2, 4)):
        blocks.append(Heading(rng.choice(HEADINGS) + ("" if h == 0 else f" {h + 1}"), level=level))
        if rng.random() < 0.3:
            blocks.append(Text("Priserne gælder fra 1. januar og reguleres hvert år."))
        kind = rng.choice(["table", "table", "table", "leaders", "period_lines"])
        if kind == "table":
            blocks.append(_random_table(rng, periods, notation, items))
        elif kind == "leaders":      # short items: a leader's item never runs under its price
            short = [item for item in items if len(item) < 40]
            blocks.append(LeaderList([(_take(items, short) or f"Ydelse {n}", price(rng, notation))
                                      for n in range(rng.randint(3, 6))],
                                     leader=rng.choice(["dots", "tab", "tab_left"])))
        else:
            blocks.append(PeriodLines([(items.pop() if items else f"Ydelse {n}",
                                        [(p, price(rng, notation)) for p in periods])
                                       for n in range(rng.randint(2, 4))],
                                      separator=rng.choice([" / ", "; ", ", "]),
                                      item_on_own_line=rng.random() < 0.3))
    return TariffDoc(f"Takster {year}", year, blocks, landscape=rng.random() < 0.15,
                     font=rng.choice(["Helvetica", "Times-Roman", "Courier"]), size=rng.choice([8, 9, 10]),
                     encoding=rng.choice(["utf-8", "utf-8", "windows-1252", "iso-8859-1"]),
                     chrome=rng.random() < 0.5, main=rng.random() < 0.7)


def _take(items: list[str], choices: list[str]) -> str | None:
    if not choices:
        return None
    item = choices.pop()
    items.remove(item)
    return item


def _random_table(rng: random.Random, periods: tuple[str, ...], notation: str, items: list[str]) -> PriceTable:
    columns = [ITEM] + rng.choice([[UNIT, VALUES], [VALUES, UNIT], [VALUES], [UNIT, VALUES, VAT],
                                   [VALUES, REMARK], [UNIT, VALUES, REMARK]])
    header = len(periods) > 1 or rng.random() > 0.15      # a table without header is for the document's year
    rows: list = []
    footnote = rng.random() < 0.15
    for n in range(rng.randint(3, 9)):
        if rng.random() < 0.12:
            rows.append(Group(rng.choice(GROUPS)))
        equal = rng.random() < 0.1
        first = price(rng, notation)
        values = tuple(first if equal else rng.choice(WORD_VALUES) if rng.random() < 0.08 else price(rng, notation)
                       for _ in periods)
        item = items.pop() if items else f"Ydelse {len(rows)}"
        for unit in (rng.sample(UNITS, 2) if rng.random() < 0.1 else [rng.choice(UNITS)]):   # one item, two units
            rows.append(Line(item + (" *" if footnote and n == 1 else ""), values,
                             unit=unit if UNIT in columns else None,
                             vat=rng.choice(["inkl.", "ekskl.", "inkl. moms", "ekskl. moms"]) if VAT in columns else None,
                             remark=rng.choice(["", "Min. 2 timer", "Kun hverdage", ""]) if REMARK in columns else None))
    vat = rng.choice([None, None, None, "paragraph", "table"])
    return PriceTable(
        periods, rows, tuple(columns), header=header,
        headers={ITEM: rng.choice(["Ydelse", "Beskrivelse", "Tekst"]), UNIT: "Enhed", VAT: "Moms",
                 REMARK: "Bemærkning",
                 VALUES: rng.choice(["Takst {period}", "Pris {period}", "Enhedstakst {period}", "Takst {period} (kr.)",
                                     "{period}"])},
        rules=rng.choice(["grid", "hrules", "none"]), bands=rng.random() < 0.5, band_bold=rng.random() < 0.6,
        value_align=rng.choice(["RIGHT", "RIGHT", "LEFT"]), html_header=rng.choice(["thead", "th", "bold"]),
        caption=rng.choice(HEADINGS) + " (tabel)" if rng.random() < 0.2 else None,
        merge_equal=rng.random() < 0.5, rowspan_items=rng.random() < 0.5, zebra=rng.random() < 0.2,
        repeat_header=rng.random() < 0.7, valign=rng.choice(["TOP", "TOP", "MIDDLE", "BOTTOM"]),
        vat_note="Alle priser er ekskl. moms." if vat == "paragraph" else None, vat_in_table=vat == "table",
        footnote="*) Prisen gælder kun på hverdage." if footnote else None)
