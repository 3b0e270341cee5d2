"""Budget PDFs in other municipalities' house styles, with their expected cells.

Built with reportlab so every printed value, measure and year is known by construction:
four-year columns ("Regnskab 2024" ... "Overslag 2029", "BO1"-"BO3"), headers over two
lines, captions and unit sentences between a title and its table, "Tabel N:" captions
and unnumbered bold titles, amounts in 1.000 kr., mio. kr. with one decimal or kr.,
income with a minus sign, "Udgifter i alt"/"Indtægter i alt"/"Netto i alt" totals,
group headings, labels wrapped onto a second line, and tables of changes, key figures
and prices beside the area tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from pipeline.danish import fold_whitespace, parse_number

BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=4)
CAPTION = ParagraphStyle("caption", fontName="Helvetica-Oblique", fontSize=10, leading=13, spaceAfter=2)
BOLD_TITLE = ParagraphStyle("bold", fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=3)
HEADING = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
CHAPTER = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=15, leading=19, spaceBefore=8, spaceAfter=8)
CELL = ParagraphStyle("cell", fontName="Helvetica", fontSize=9, leading=11)
CELL_BOLD = ParagraphStyle("cellb", parent=CELL, fontName="Helvetica-Bold")
HEADER_CELL = ParagraphStyle("head", parent=CELL_BOLD, alignment=2)


@dataclass
class Row:
    label: str                  # "<br/>" forces a line break inside the label
    cells: list[str]            # as printed; "" for an empty cell
    bold: bool = False          # totals and group headings

    @property
    def printed_label(self) -> str:
        return fold_whitespace(self.label.replace("<br/>", " "))


@dataclass
class StyledTable:
    table_id: str                                  # what the reader should call it
    headers: list[str]                             # as printed; "\n" breaks a header over two lines
    measures: list[tuple[str | None, int | None]]  # what each column means
    rows: list[Row]
    multiplier: int = 1000                         # kroner per printed unit
    kind: str = "area"
    title: str | None = None
    title_style: str = "heading"                   # heading | caption | bold
    title_below: bool = False                      # the caption under the table, as some documents have it
    lead_in: list[str] = field(default_factory=list)
    blank_line: bool = False                       # an empty line between lead-in and table
    stub: str = ""                                 # the header's first cell
    rules: str = "hrules"                          # grid | hrules | none
    valign: str = "MIDDLE"
    padding: float = 3
    label_width: float = 150
    column_width: float = 56
    group_headers: list[str] | None = None         # a header row above, each spanning its run of columns
    align: str = "RIGHT"


@dataclass
class Chapter:
    heading: str | None
    tables: list[StyledTable]
    prose: list[str] = field(default_factory=list)


def _table_style(spec: StyledTable) -> TableStyle:
    top = 2 if spec.group_headers else 1
    commands = [("ALIGN", (1, top), (-1, -1), spec.align), ("VALIGN", (0, 0), (-1, top - 1), "BOTTOM"),
                ("VALIGN", (0, top), (-1, -1), spec.valign), ("FONTNAME", (0, top), (-1, -1), "Helvetica"),
                ("FONTSIZE", (0, 0), (-1, -1), 9), ("TOPPADDING", (0, 0), (-1, -1), spec.padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), spec.padding)]
    for n, row in enumerate(spec.rows, start=top):
        if row.bold:
            commands.append(("FONTNAME", (1, n), (-1, n), "Helvetica-Bold"))
    for start, end in _group_runs(spec.group_headers or []):
        commands.append(("SPAN", (start + 1, 0), (end + 1, 0)))
    if spec.rules == "grid":
        commands += [("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    elif spec.rules == "hrules":
        commands += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                     ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black),
                     ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)]
    return TableStyle(commands)


def _group_runs(groups: list[str]) -> list[tuple[int, int]]:
    """Runs of columns under one group header: "" continues the group to its left."""
    runs = []
    for index, text in enumerate(groups):
        if text:
            runs.append([index, index])
        elif runs:
            runs[-1][1] = index
    return [(a, b) for a, b in runs if b > a]


def _table(spec: StyledTable) -> Table:
    header = [Paragraph(spec.stub, CELL_BOLD)] + [Paragraph(h.replace("\n", "<br/>"), HEADER_CELL)
                                                  for h in spec.headers]
    grouped = ParagraphStyle("group", parent=CELL_BOLD, alignment=1)
    groups = [[""] + [Paragraph(g, grouped) for g in spec.group_headers]] if spec.group_headers else []
    body = [[Paragraph(row.label, CELL_BOLD if row.bold else CELL)] + row.cells for row in spec.rows]
    widths = [spec.label_width] + [spec.column_width] * len(spec.headers)
    return Table(groups + [header] + body, colWidths=widths, repeatRows=len(groups) + 1,
                 style=_table_style(spec), hAlign="LEFT")


def _title(spec: StyledTable) -> Paragraph | None:
    style = {"heading": HEADING, "caption": CAPTION, "bold": BOLD_TITLE}[spec.title_style]
    return Paragraph(spec.title, style) if spec.title else None


def build(path: Path, chapters: list[Chapter], *, title: str | None, running_header: str) -> Path:
    def furniture(canvas, doc):
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, A4[1] - 30, running_header)
        canvas.drawRightString(A4[0] - 56, 30, f"Side {doc.page}")
        canvas.restoreState()

    story = []
    for chapter in chapters:
        if chapter.heading:
            story.append(Paragraph(chapter.heading, CHAPTER))
        for spec in chapter.tables:
            caption = [p for p in [_title(spec)] if p]
            story += [] if spec.title_below else caption
            story += [Paragraph(text, BODY) for text in spec.lead_in]
            if spec.blank_line:
                story.append(Spacer(1, 13))
            story += [_table(spec), *(caption if spec.title_below else []), Spacer(1, 12)]
        story += [Paragraph(text, BODY) for text in chapter.prose]
    doc = SimpleDocTemplate(str(path), pagesize=A4, title=title or "", topMargin=60, bottomMargin=60)
    doc.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def expected_cells(chapters: list[Chapter]) -> set[tuple]:
    """(table_id, label, measure, fiscal_year, amount_dkk, printed_value) of every printed number."""
    cells = set()
    for chapter in chapters:
        for spec in chapter.tables:
            for row in spec.rows:
                for (measure, year), printed in zip(spec.measures, row.cells):
                    if printed:
                        percent = printed.endswith("%")   # a share: no unit
                        value = parse_number(printed.rstrip("%")) * (1 if percent else spec.multiplier)
                        amount = int(value.to_integral_value())
                        cells.add((spec.table_id, row.printed_label, measure, year, amount, printed))
    return cells


# --- the house styles --------------------------------------------------------------------

FOUR_YEARS = ["Regnskab\n2024", "Korrigeret\nbudget 2025", "Budget\n2026", "Overslag\n2027",
              "Budgetoverslag\n2028", "Overslag\n2029"]
FOUR_YEAR_MEASURES = [("actual", 2024), ("corrected_budget", 2025), ("adopted_budget", 2026),
                      ("forecast", 2027), ("forecast", 2028), ("forecast", 2029)]
UNIT_SENTENCE = "Beløb i 1.000 kr. (2026-priser). Negative beløb er indtægter."


def four_year_budget() -> list[Chapter]:
    """A committee's four-year budget: captions "Tabel N:", the unit in a sentence under
    the caption, an overview, area tables with wrapped labels and income, group headings
    with "Udgifter i alt"/"Indtægter i alt"/"Netto i alt", a table of changes counted in
    out-years "BO1"-"BO3" and a key-figures table; every total consistent."""
    overview = StyledTable(
        "1", FOUR_YEARS, FOUR_YEAR_MEASURES, [
            Row("Ældreområdet", ["812.400", "830.150", "845.900", "851.200", "858.000", "860.300"]),
            Row("Handicap og psykiatri", ["402.310", "410.000", "415.720", "418.900", "420.100", "421.000"]),
            Row("Sundhed og forebyggelse", ["95.020", "97.400", "99.100", "99.600", "100.050", "100.500"]),
            Row("Netto i alt", ["1.309.730", "1.337.550", "1.360.720", "1.369.700", "1.378.150", "1.381.800"],
                bold=True)],
        title="Tabel 1: Udvalgets driftsbudget fordelt på områder", title_style="caption",
        lead_in=[UNIT_SENTENCE], blank_line=True, kind="overview")
    elderly = StyledTable(
        "2", FOUR_YEARS, FOUR_YEAR_MEASURES, [
            Row("Hjemmepleje", ["301.200", "305.000", "310.400", "312.000", "314.500", "315.000"]),
            Row("Plejecentre og plejeboliger, herunder midlertidige pladser og aflastning",
                ["498.700", "512.150", "522.000", "525.700", "529.500", "531.300"]),
            Row("Hjælpemidler", ["57.500", "58.000", "59.500", "60.000", "60.500", "61.000"]),
            Row("Egenbetaling fra borgere", ["-45.000", "-45.000", "-46.000", "-46.500", "-46.500", "-47.000"]),
            Row("Netto i alt", ["812.400", "830.150", "845.900", "851.200", "858.000", "860.300"], bold=True)],
        title="Tabel 2: Driftsbudget for ældreområdet", title_style="caption", lead_in=[UNIT_SENTENCE])
    changes = StyledTable(
        "3", ["Budget\n2026", "BO1", "BO2", "BO3"],
        [("adopted_budget", 2026), ("forecast", 2027), ("forecast", 2028), ("forecast", 2029)], [
            Row("Demografi", ["6.200", "9.800", "13.100", "15.900"]),
            Row("Flere plejeboliger", ["3.500", "3.500", "3.500", "3.500"]),
            Row("Effektivisering af rengøring", ["-1.200", "-2.400", "-2.400", "-2.400"]),
            Row("I alt", ["8.500", "10.900", "14.200", "17.000"], bold=True)],
        title="Tabel 3: Budgetændringer i forhold til sidste års budget", title_style="caption",
        lead_in=["Beløb i 1.000 kr."], kind="changes")
    key_figures = StyledTable(
        "4", ["Regnskab\n2024", "Budget\n2025", "Budget\n2026"],
        [("actual", 2024), ("adopted_budget", 2025), ("adopted_budget", 2026)], [
            Row("Antal plejeboliger", ["1.120", "1.135", "1.160"]),
            Row("Visiterede timer hjemmepleje pr. uge", ["21.400", "21.900", "22.300"]),
            Row("Antal borgere over 80 år", ["9.870", "10.240", "10.610"]),
            Row("Andel af borgere over 80 år", ["8,1%", "8,3%", "8,6%"])],
        multiplier=1, title="Tabel 4: Nøgletal for ældreområdet", title_style="caption", kind="key_figures")
    handicap = StyledTable(
        "5", FOUR_YEARS, FOUR_YEAR_MEASURES, [
            Row("Udgifter", ["", "", "", "", "", ""], bold=True),
            Row("Botilbud", ["310.000", "315.500", "320.000", "322.000", "323.000", "323.500"]),
            Row("Støttekontaktpersoner og<br/>Bostøtte", ["120.310", "123.500", "125.720", "126.900", "127.100", "127.500"]),
            Row("Udgifter i alt", ["430.310", "439.000", "445.720", "448.900", "450.100", "451.000"], bold=True),
            Row("Indtægter", ["", "", "", "", "", ""], bold=True),
            Row("Statsrefusion", ["-28.000", "-29.000", "-30.000", "-30.000", "-30.000", "-30.000"]),
            Row("Indtægter i alt", ["-28.000", "-29.000", "-30.000", "-30.000", "-30.000", "-30.000"], bold=True),
            Row("Netto i alt", ["402.310", "410.000", "415.720", "418.900", "420.100", "421.000"], bold=True)],
        title="Tabel 5: Driftsbudget for handicap og psykiatri", title_style="caption",
        lead_in=[UNIT_SENTENCE, "Kilde: Økonomisystemet."], rules="none", valign="TOP")
    health = StyledTable(
        "4.T1", ["Regnskab 2024", "Korr. B25", "Budget 2026", "BO1", "BO2", "BO3"], FOUR_YEAR_MEASURES, [
            Row("Sundhedspleje", ["40.020", "41.000", "41.600", "41.800", "42.000", "42.100"]),
            Row("Forebyggelse og rehabilitering", ["55.000", "56.400", "57.500", "57.800", "58.050", "58.400"]),
            Row("I alt", ["95.020", "97.400", "99.100", "99.600", "100.050", "100.500"], bold=True)],
        title="Driftsbudget for sundhed", title_style="bold", stub="I 1000 kr.", rules="grid", column_width=60)
    return [
        Chapter("1. Udvalgets budget", [overview],
                prose=["Udvalgets budget stiger fra 2025 til 2026, især på ældreområdet."]),
        Chapter("2. Ældreområdet", [elderly, changes, key_figures],
                prose=["Ældreområdet får flere plejeboliger i 2026."]),
        Chapter("3. Handicap og psykiatri", [handicap]),
        Chapter("4. Sundhed og forebyggelse", [health], prose=["Sundhedsplejen besøger alle nyfødte."]),
    ]


MILLION_YEARS = ["B2026", "BO1\n2027", "BO2\n2028", "BO3\n2029"]
MILLION_MEASURES = [("adopted_budget", 2026), ("forecast", 2027), ("forecast", 2028), ("forecast", 2029)]


def million_budget() -> list[Chapter]:
    """Amounts in mio. kr. with one decimal, the unit in the table's title or stub, a
    minus sign for income (an en dash too), a total that differs from its rounded
    rows by 0,1 (within rounding), no numbered headings at all, and a table of prices in kr."""
    operations = StyledTable(
        "1", MILLION_YEARS, MILLION_MEASURES, [
            Row("Vejvedligeholdelse", ["10,4", "10,6", "10,8", "11,0"]),
            Row("Kollektiv trafik", ["20,3", "20,3", "20,3", "20,3"]),
            Row("Parker og grønne områder", ["5,4", "5,5", "5,6", "5,7"]),
            Row("Parkeringsindtægter", ["\u20133,2", "\u20133,3", "-3,4", "-3,5"]),
            Row("I alt", ["32,9", "33,1", "33,3", "33,5"], bold=True)],
        multiplier=1_000_000, title="Tabel 1 Driftsbevillinger, Teknik og Miljø (mio. kr.)", title_style="caption",
        lead_in=["Negative beløb er indtægter."], rules="hrules")
    rounded = StyledTable(   # 4,35 + 2,25 + 1,15 = 7,75: printed rounded, the rows add up to 7,9
        "2", MILLION_YEARS, MILLION_MEASURES, [
            Row("Vintertjeneste", ["4,4", "4,4", "4,4", "4,4"]),
            Row("Belysning", ["2,3", "2,3", "2,3", "2,3"]),
            Row("Afvanding af veje", ["1,2", "1,2", "1,2", "1,2"]),
            Row("I alt", ["7,8", "7,9", "7,9", "7,9"], bold=True)],
        multiplier=1_000_000, title="Tabel 2 Vej og belysning", title_style="caption", stub="Mio. kr.")
    prices = StyledTable(
        "3", ["2025", "2026"], [(None, 2025), (None, 2026)], [
            Row("Beboerparkering, pr. år", ["300,00", "320,00"]),
            Row("Råden over vejareal, pr. m² pr. uge", ["1.077,00", "1.100,00"])],
        multiplier=1, title="Tabel 3 Priser på vejområdet (kr.)", title_style="caption", stub="Takst",
        kind="prices")
    return [Chapter(None, [operations, rounded, prices], prose=["Taksterne reguleres hvert år."])]


def sectioned_budget() -> list[Chapter]:
    """Tables titled by numbered sub-headings ("2.1.1 ..."), a group header spanning the
    out-years over bare years, a "heraf" row breaking down the row above, a table of
    changes headed by years alone, the unit stated once for the whole document, centred
    numbers, a "Total" row, and a table long enough to run onto the next page under its
    repeated header, with a column computed from the others ("Ændring i pct.")."""
    spanned = StyledTable(
        "2.1.1", ["2024", "2026", "2027", "2028", "2029"],
        [("actual", 2024), ("adopted_budget", 2026), ("forecast", 2027), ("forecast", 2028), ("forecast", 2029)], [
            Row("Dagtilbud", ["612.000", "640.500", "645.000", "648.000", "650.000"]),
            Row("Klubber", ["38.100", "39.000", "39.000", "39.000", "39.000"]),
            Row("heraf klubber på skoler", ["12.000", "12.500", "12.500", "12.500", "12.500"]),
            Row("Total", ["650.100", "679.500", "684.000", "687.000", "689.000"], bold=True)],
        title="2.1.1 Driftsbudget for dagtilbud", stub="1.000 kr.",
        group_headers=["Regnskab", "Budget", "Budgetoverslag", "", ""], rules="grid", align="CENTER")
    changes = StyledTable(
        "2.1.2", ["2026", "2027", "2028", "2029"],
        [("adopted_budget", 2026), ("forecast", 2027), ("forecast", 2028), ("forecast", 2029)], [
            Row("Flere børn i dagtilbud", ["4.000", "7.000", "9.500", "11.000"]),
            Row("Lukning af en klub", ["-900", "-1.800", "-1.800", "-1.800"]),
            Row("Ændringer i alt", ["3.100", "5.200", "7.700", "9.200"], bold=True)],
        title="2.1.2 Budgetændringer", stub="Ændring", kind="changes")
    long_rows = [Row(f"Skole nr. {n}", [f"{20 + n}.{n:03d}", f"{21 + n}.{n:03d}"]) for n in range(1, 41)]
    schools = StyledTable(
        "2.2.1", ["Regnskab\n2024", "Budget\n2026", "Ændring\ni pct."], [("actual", 2024), ("adopted_budget", 2026),
                                                                          (None, None)],
        [Row(r.label, r.cells + [f"{(float(r.cells[1].replace('.', '')) / float(r.cells[0].replace('.', '')) - 1) * 100:.1f}"
                                 .replace(".", ",")]) for r in long_rows],
        title="2.2.1 Budget pr. skole", rules="hrules", valign="TOP", padding=1)
    return [
        Chapter("2. Børn og unge", [], prose=["Alle beløb er i 1.000 kr. og i 2026-priser."]),
        Chapter("2.1 Dagtilbud", [spanned, changes]),
        Chapter("2.2 Skoler", [schools], prose=["Skolerne får et nyt tildelingsmodel fra 2026."]),
    ]


def captions_under_tables() -> list[Chapter]:
    """The budget in millions with every "Tabel N" caption under its table."""
    chapters = million_budget()
    for spec in chapters[0].tables:
        spec.title_below = True
    return chapters


def expected_by_table(chapters: list[Chapter]) -> dict[str, StyledTable]:
    return {spec.table_id: spec for chapter in chapters for spec in chapter.tables}
