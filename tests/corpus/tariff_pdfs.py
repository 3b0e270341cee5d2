"""Tariff lists as PDFs, in the house styles of municipalities the samples do not come from.

Layouts: a Word table with a full grid and shaded section bands; horizontal rules only; an
Excel print without rules; zebra rows; landscape; a table over several pages with its
header repeated; two period columns, school years, bare years; the unit left or right of
the values; a Moms column; a remarks column; footnote markers; price lists without a table
(dot leaders; lines naming their own periods). The municipalities are invented; the styles
and wording are those of real Danish tariff lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from . import pdf
from .model import CorpusDocument
from .sheets import Section, Sheet, Tariff, tariff

BAND = colors.HexColor("#d9e2ec")
ZEBRA = colors.HexColor("#eef2f6")
HEADER_FILL = colors.HexColor("#c8d3de")


@dataclass(frozen=True)
class TableLayout:
    columns: tuple[tuple[str, str], ...]   # (role, header as printed); role: item, unit, value, vat, remark
    widths: tuple[float, ...]
    rules: str = "grid"                    # grid | hrules | none
    sections: str = "band"                 # band: shaded row | bold: bold row | heading: a table per section
    zebra: bool = False
    landscape: bool = False
    padding: float = 3


def _head(sheet: Sheet) -> list:
    story = [Paragraph(sheet.title, pdf.TITLE)]
    if sheet.committee:
        story.append(Paragraph(sheet.committee, pdf.H3))
    return story + [Paragraph(text, pdf.BODY) for text in sheet.intro]


def _tail(sheet: Sheet) -> list:
    return ([Spacer(1, 8)] + [Paragraph(text, pdf.SMALL) for text in sheet.footnotes]
            + [Paragraph(text, pdf.BODY) for text in sheet.outro])


def _header_row(layout: TableLayout, value_headers: tuple[str, ...]) -> list:
    headers = iter(value_headers)
    return [Paragraph(next(headers) if role == "value" and value_headers else header,
                      pdf.CELL_BOLD_RIGHT if role == "value" else pdf.CELL_BOLD)
            for role, header in layout.columns]


def _tariff_row(row: Tariff, layout: TableLayout) -> list:
    """A spanned value is printed once, centred over the period columns; None prints a dash."""
    values = iter(row.values * len(_value_columns(layout)) if row.spans else row.values)
    cells = []
    for role, _ in layout.columns:
        if role == "value":
            value = next(values)
            printed = "" if row.spans and len(cells) > _value_columns(layout)[0] else value
            style = pdf.CELL_CENTER if row.spans else pdf.CELL_RIGHT
            cells.append(Paragraph("\u2013" if printed is None else printed, style))
        else:
            text = {"item": row.item + row.note, "unit": row.unit or "", "vat": row.vat}.get(role, row.remark)
            cells.append(Paragraph(text, pdf.CELL))
    return cells


def _value_columns(layout: TableLayout) -> list[int]:
    return [i for i, (role, _) in enumerate(layout.columns) if role == "value"]


def _table(layout: TableLayout, sections: list[Section], value_headers: tuple[str, ...] = ()) -> Table:
    rows, style = [_header_row(layout, value_headers)], [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), layout.padding),
        ("BOTTOMPADDING", (0, 0), (-1, -1), layout.padding)]
    values = _value_columns(layout)
    tariff_rows = 0
    for section in sections:
        if layout.sections != "heading":
            style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
            if layout.sections == "band":
                style.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), BAND))
            rows.append([Paragraph(section.title, pdf.CELL_BOLD)] + [""] * (len(layout.columns) - 1))
            if section.remark:
                style.append(("SPAN", (0, len(rows)), (-1, len(rows))))
                rows.append([Paragraph(f"<i>{section.remark}</i>", pdf.CELL)] + [""] * (len(layout.columns) - 1))
        for row in section.tariffs:
            if row.spans:
                style.append(("SPAN", (values[0], len(rows)), (values[-1], len(rows))))
            if layout.zebra and tariff_rows % 2:
                style.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), ZEBRA))
            rows.append(_tariff_row(row, layout))
            tariff_rows += 1
    style += _rules(layout, len(rows))
    return Table(rows, colWidths=layout.widths, repeatRows=1, style=TableStyle(style), hAlign="LEFT")


def _rules(layout: TableLayout, n_rows: int) -> list:
    if layout.rules == "grid":
        return [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL)]
    if layout.rules == "hrules":
        return [("LINEABOVE", (0, 0), (-1, 0), 1, colors.black), ("LINEBELOW", (0, 0), (-1, 0), 1, colors.black)] + [
            ("LINEBELOW", (0, row), (-1, row), 0.3, colors.grey) for row in range(1, n_rows)]
    return []


def render_table_sheet(sheet: Sheet, path: Path, layout: TableLayout) -> None:
    story = _head(sheet)
    if layout.sections == "heading":
        for section in sheet.sections:
            story.append(Paragraph(section.title, pdf.H2))
            if section.remark:
                story.append(Paragraph(section.remark, pdf.BODY))
            story += [_table(layout, [section], section.headers), Spacer(1, 6)]
    else:
        story.append(_table(layout, list(sheet.sections)))
    pdf.build(path, story + _tail(sheet), title=sheet.title, header=sheet.municipality,
              is_landscape=layout.landscape)


def render_leader_sheet(sheet: Sheet, path: Path) -> None:
    """No table: 'Pas, voksne 18-64 år ........ 832,00 kr.' under headings."""
    width = pdf.page_size(False)[0] - 100
    story = _head(sheet)
    for section in sheet.sections:
        story.append(Paragraph(section.title, pdf.H2))
        if section.remark:
            story.append(Paragraph(section.remark, pdf.BODY))
        story += [pdf.LeaderLine(row.item + row.note, row.values[0], width) for row in section.tariffs]
    pdf.build(path, story + _tail(sheet), title=sheet.title, header=sheet.municipality,
              footer="Udskrevet 2. december 2024 \u00b7 Side {page}")


def render_period_lines(sheet: Sheet, path: Path) -> None:
    """No table: '- Hovedret, udbragt – 2024: kr. 56,00 / 2025: kr. 58,00'."""
    story = _head(sheet)
    for section in sheet.sections:
        story.append(Paragraph(section.title, pdf.H2))
        for row in section.tariffs:
            periods = " / ".join(f"{period}: {value}" for period, value in zip(sheet.periods, row.values))
            story.append(Paragraph(f"{row.item}{row.note} \u2013 {periods}", pdf.BULLET, bulletText="-"))
    pdf.build(path, story + _tail(sheet), title=sheet.title, header=sheet.municipality)


def _document(name: str, folder: str, sheet: Sheet, render, notes: tuple[str, ...] = ()) -> CorpusDocument:
    return CorpusDocument(name, "tariffs", folder, partial(render, sheet), sheet.truth(), sheet, notes)


# --- Egeskov: a Word table, full grid, shaded section bands, two period columns ---------------

EGESKOV_CULTURE = Sheet(
    municipality="Egeskov Kommune \u00b7 Kultur og Fritid",
    title="Takster 2025 \u2013 Kultur- og Fritidsudvalget",
    periods=("2024", "2025"),
    intro=("Taksterne er vedtaget af Byrådet den 8. oktober 2024 og gælder fra 1. januar 2025. "
           "Alle beløb er i kr.",),
    sections=(
        Section("Svømmehallen", (
            tariff("Voksne", "pr. gang", "45,00", "47,00"),
            tariff("Børn 3-17 år", "pr. gang", "22,00", "23,00", note="*"),
            tariff("Pensionister og studerende", "pr. gang", "30,00", "31,00"),
            tariff("Klippekort, voksne", "10 klip", "400,00", "420,00"),
            tariff("Årskort, voksne", "pr. år", "2.650,00", "2.750,00"),
            tariff("Leje af bane, foreninger", "pr. time", "310,00", "320,00"),
            tariff("Skolesvømning, kommunens skoler", "pr. time", "Gratis", spans=True),
        )),
        Section("Biblioteket", (
            tariff("Erstatning for bortkommet materiale", "pr. materiale", "Efter regning", spans=True),
            tariff("Print og kopi, sort/hvid", "pr. side", "2,00", "2,00"),
            tariff("Print og kopi, farve", "pr. side", "5,00", "5,00"),
            tariff("Nyt lånerkort", "pr. stk.", "25,00", "30,00"),
            tariff("Gebyr for for sen aflevering, 1-7 dage", "pr. lån", "20,00", "20,00"),
            tariff("Gebyr for for sen aflevering, 8-30 dage", "pr. lån", "100,00", "110,00"),
            tariff("Fjernlån fra forskningsbiblioteker", "pr. lån", "50,00", "55,00", note="**"),
        )),
        Section("Haller og lokaler", (
            tariff("Idrætshal, foreninger", "pr. time", "Gratis", spans=True),
            tariff("Idrætshal, private og firmaer", "pr. time", "420,00", "435,00"),
            tariff("Mødelokale, op til 20 personer", "pr. time", "150,00", "155,00"),
            tariff("Overnatning i hal, skoler og foreninger", "pr. person pr. nat", "55,00", "60,00"),
            tariff("Ekstra rengøring efter arrangement", None, "Efter medgået tid", spans=True),
        )),
    ),
    footnotes=("* Børn under 3 år bader gratis sammen med en betalende voksen.",
               "** Taksten fastsættes af Slots- og Kulturstyrelsen, jf. § 5 i bekendtgørelsen."),
)

# --- Fjordby: horizontal rules only, unit right of the value, Moms and remarks columns ---------

FJORDBY_TECHNICAL = Sheet(
    municipality="Fjordby Kommune",
    title="Takstoversigt 2025",
    committee="Teknik- og Miljøudvalget",
    periods=("2025",),
    intro=("Oversigten viser de gebyrer og takster, som Teknik og Miljø opkræver i 2025. Spørgsmål kan "
           "rettes til Teknik og Miljø på tlf. 96 11 22 33 alle hverdage kl. 9-14.",),
    sections=(
        Section("Renovation", (
            tariff("Dagrenovation, 140 l beholder, 14-dages tømning", "pr. år", "2.150,00", vat="inkl."),
            tariff("Dagrenovation, 240 l beholder, 14-dages tømning", "pr. år", "2.890,00", vat="inkl."),
            tariff("Storskrald, afhentning ved skel", "pr. gang", "Gratis",
                   remark="Tilmelding senest 2 hverdage før"),
            tariff("Ekstra tømning af haveaffald", "pr. gang", "95,00", vat="inkl."),
            tariff("Genbrugspladsgebyr, virksomheder", "pr. år", "1.475,00", vat="ekskl.",
                   remark="Max. 200 besøg pr. år"),
        )),
        Section("Rottebekæmpelse", (
            tariff("Rottebekæmpelsesgebyr", "af ejendomsværdien", "0,0825 \u2030",
                   remark="Opkræves over ejendomsskatten"),
        )),
        Section("Byggesager", (
            tariff("Byggesagsgebyr, erhverv og etagebyggeri", "pr. time", "798,00",
                   remark="Efter medgået tid, min. 1 time"),
            tariff("Byggesag, enfamiliehus og sommerhus", "pr. sag", "Gratis"),
            tariff("Dispensation fra lokalplan", None, "Efter medgået tid", remark="Timepris som ovenfor"),
            tariff("Ejendomsoplysninger til ejendomsmægler", "pr. ejendom", "375,00", vat="ekskl."),
        )),
        Section("Veje og pladser", (
            tariff("Råden over vejareal, stillads og container", "pr. m² pr. uge", "12,50", vat="ekskl.",
                   remark="Min. 4 uger"),
            tariff("Gravetilladelse", "pr. sag", "650,00", remark="Jf. § 73 i vejloven"),
            tariff("Udstillingsareal foran butik", "pr. m² pr. år", "Udgår", remark="Opkræves ikke fra 2025"),
        )),
    ),
)

# --- Lyngsø: landscape Excel print, no rules, a table per section, school years, two pages -----

LYNGSOE_CHILDREN = Sheet(
    municipality="Lyngsø Kommune \u2013 Børn og Unge",
    title="Betalingsoversigt 2025 \u2013 dagtilbud, SFO og klub",
    committee="Børne- og Ungeudvalget",
    periods=("2024", "2025"),
    intro=("Forældrebetalingen opkræves for 11 måneder om året; juli er betalingsfri. Taksterne for SFO og "
           "klub følger skoleåret, 1. august til 31. juli.",),
    sections=(
        Section("Dagtilbud 0-5 år", (
            tariff("Dagpleje, 0-2 år, fuldtid", "pr. md.", "3.320,00", "3.410,00"),
            tariff("Vuggestue, 0-2 år, fuldtid", "pr. md.", "3.685,00", "3.790,00"),
            tariff("Vuggestue, 0-2 år, deltid 30 timer", "pr. md.", "2.950,00", "3.030,00"),
            tariff("Børnehave, 3-5 år, fuldtid", "pr. md.", "2.055,00", "2.110,00"),
            tariff("Børnehave, 3-5 år, deltid 30 timer", "pr. md.", "1.645,00", "1.690,00"),
            tariff("Frokostordning, vuggestue", "pr. md.", "780,00", "805,00"),
            tariff("Frokostordning, børnehave", "pr. md.", "780,00", "805,00"),
            tariff("Integreret institution, 0-5 år, fuldtid", "pr. md.", None, "3.120,00"),
            tariff("Puljeordning, fuldtid", "pr. md.", "3.490,00", "Udgår"),
            tariff("Søskenderabat", "af billigste plads", "50 %", "50 %"),
        ), headers=("Takst 2024", "Takst 2025")),
        Section("SFO og klub", (
            tariff("SFO 1, 0.-3. klasse, morgen- og eftermiddagsmodul", "pr. md.", "2.045,00", "2.095,00"),
            tariff("SFO 1, kun eftermiddagsmodul", "pr. md.", "1.650,00", "1.690,00"),
            tariff("SFO 1, kun morgenmodul", "pr. md.", "610,00", "625,00"),
            tariff("SFO 1, heltidsplads i skoleferier", "pr. uge", "540,00", "555,00"),
            tariff("SFO 2, 4. klasse", "pr. md.", "795,00", "815,00"),
            tariff("Klub, 5.-6. klasse", "pr. md.", "395,00", "405,00"),
            tariff("Klub med madordning", "pr. md.", "845,00", "870,00"),
            tariff("Ungdomsklub, 7.-10. klasse", "pr. md.", "Gratis", "Gratis"),
            tariff("Mad i SFO", "pr. md.", "450,00", "Afventer"),
            tariff("Kørsel til SFO, specialklasser", None, "Efter regning", spans=True),
            tariff("Søskenderabat, SFO og klub", "af billigste plads", "50 %", "50 %"),
        ), periods=("2024/2025", "2025/2026"), headers=("Skoleår 2024/25", "Skoleår 2025/26")),
    ),
    outro=("Taksterne for 2025 er godkendt af Byrådet den 17. september 2024.",),
)

# --- Havnstrup: no table, dot leaders, prose full of numbers that are not tariffs --------------

HAVNSTRUP_CITIZEN = Sheet(
    municipality="Havnstrup Kommune, Borgerservice",
    title="Priser og gebyrer 2025 \u2013 Borgerservice",
    periods=("2025",),
    intro=("Gebyrerne for pas og kørekort fastsættes af staten, jf. § 12 i bekendtgørelse om pas m.v., og "
           "opkræves ved bestillingen. Borgerservice, Torvet 3, 6300 Havnstrup, tlf. 73 45 67 89. "
           "Åbent mandag-fredag kl. 10-15, torsdag til kl. 17.",),
    sections=(
        Section("Pas", (
            tariff("Pas, voksne 18-64 år", None, "832,00 kr."),
            tariff("Pas, børn 0-17 år", None, "171,00 kr."),
            tariff("Pas, 65 år og derover", None, "508,00 kr."),
            tariff("Nødpas", None, "150,00 kr."),
        )),
        Section("Kørekort", (
            tariff("Kørekort, første udstedelse", None, "280,00 kr."),
            tariff("Fornyelse af kørekort, 70 år og derover", None, "Gratis"),
            tariff("Duplikatkørekort", None, "280,00 kr."),
            tariff("Internationalt kørekort", None, "60,00 kr."),
        )),
        Section("Vielse og navne", (
            tariff("Vielse på rådhuset, hverdage kl. 10-12", None, "Gratis"),
            tariff("Vielse på rådhuset, lørdage", None, "500,00 kr."),
            tariff("Prøvelse af ægteskabsbetingelser", None, "1.600,00 kr."),
            tariff("Navneændring", None, "550,00 kr."),
        ), remark="Vielser holdes i byrådssalen, der har plads til 40 gæster."),
        Section("Sundhedskort og attester", (
            tariff("Nyt sundhedskort ved bortkomst", None, "195,00 kr."),
            tariff("Bopælsattest", None, "70,00 kr."),
            tariff("Udskrift fra folkeregistret", None, "Gratis"),
        )),
    ),
    outro=("Betaling sker med Dankort eller MobilePay 12 34 56. Priserne gælder fra 1. januar 2025.",),
)

# --- Egeskov: no table, each line naming its periods ------------------------------------------

EGESKOV_ELDERLY = Sheet(
    municipality="Egeskov Kommune \u00b7 Ældre og Sundhed",
    title="Takster på ældreområdet 2024 og 2025",
    periods=("2024", "2025"),
    intro=("Taksterne reguleres 1. januar hvert år. Spørgsmål til Visitationen, tlf. 62 11 44 00, "
           "mandag-fredag kl. 8-12.",),
    sections=(
        Section("Madservice", (
            tariff("Hovedret, udbragt", None, "kr. 56,00", "kr. 58,00"),
            tariff("Hovedret, afhentet på plejecenter", None, "kr. 52,00", "kr. 54,00"),
            tariff("Biret", None, "kr. 14,00", "Afventer"),
            tariff("Morgenmad, plejebolig", None, "kr. 620,00", "kr. 640,00", note=" 1)"),
            tariff("Fuld forplejning, plejebolig", None, "kr. 4.160,00", "kr. 4.290,00", note=" 1)"),
        )),
        Section("Klippekort og praktisk hjælp", (
            tariff("Klippekort, 10 klip", None, "kr. 450,00", "kr. 470,00"),
            tariff("Tøjvask, plejebolig", None, "kr. 325,00", "kr. 335,00"),
            tariff("Vinduespudsning", None, "Efter tilbud", "Efter tilbud"),
        )),
        Section("Hjælpemidler og kørsel", (
            tariff("Nøgleboks, opsætning", None, "kr. 1.250,00", "kr. 1.300,00"),
            tariff("Udbringning af hjælpemidler", None, "Gratis", "Gratis"),
            tariff("Kørsel til dagcenter", None, "kr. 25,00", "kr. 26,00"),
        )),
    ),
    footnotes=("1) Pr. måned. Taksten er den højeste, loven tillader (§ 161 i serviceloven).",),
)

# --- Rødby: landscape, zebra rows, unit right of the value, "125,-", value words -------------

ROEDBY_CULTURE = Sheet(
    municipality="Rødby Vestre Kommune",
    title="Takstblad 2025",
    committee="Kultur- og Fritidsudvalget",
    periods=("2025",),
    sections=(
        Section("Museerne", (
            tariff("Entré, voksne", "pr. person", "75,-"),
            tariff("Entré, børn under 18 år", "pr. person", "Gratis"),
            tariff("Entré, grupper over 10 personer", "pr. person", "60,-", remark="Bestilles senest 14 dage før"),
            tariff("Omvisning for grupper", "pr. omvisning", "850,-", remark="Max. 25 deltagere"),
            tariff("Årskort", "pr. år", "250,-"),
        )),
        Section("Musikskolen", (
            tariff("Instrumentalundervisning, solo", "pr. halvår", "1.450,-"),
            tariff("Sammenspil og kor", "pr. halvår", "475,-"),
            tariff("Instrumentleje", "pr. halvår", "300,-", remark="Udlejes i højst 2 år"),
            tariff("Søskenderabat", "på billigste fag", "25 %"),
        )),
        Section("Kulturhuset", (
            tariff("Leje af sal, kommercielle arrangementer", None, "Efter tilbud"),
            tariff("Leje af sal, foreninger", "pr. dag", "1.200,-"),
            tariff("Teknikerassistance", "pr. time", "495,-", remark="Min. 3 timer"),
            tariff("Garderobe, bemandet", "pr. arrangement", "Udgår"),
            tariff("Teaterabonnement", "pr. sæson", "Afventer", remark="Prisen fastsættes i foråret 2025"),
        )),
    ),
    outro=("Taksterne er vedtaget af Kultur- og Fritidsudvalget den 3. september 2024, punkt 7.",),
)

# --- Fjordby: a full grid over two pages, header repeated, "kr. 1.250", a new and a dropped item

FJORDBY_SPORTS = Sheet(
    municipality="Fjordby Kommune",
    title="Takster for idrætsanlæg og haller 2025",
    committee="Kultur- og Fritidsudvalget",
    periods=("2024", "2025"),
    intro=("Foreninger, der er godkendt efter folkeoplysningsloven, låner anlæggene gratis i de tider, "
           "der er fordelt ved sæsonfordelingen. Alle øvrige betaler efter taksterne nedenfor. "
           "Booking: www.fjordby.dk/booking eller tlf. 96 11 40 40.",),
    sections=(
        Section("Fjordby Idrætscenter, hallerne", (
            tariff("Hal 1, foreninger", "pr. time", "Gratis", spans=True),
            tariff("Hal 1, private, hverdage før kl. 16", "pr. time", "kr. 310", "kr. 320"),
            tariff("Hal 1, private, hverdage efter kl. 16", "pr. time", "kr. 420", "kr. 435"),
            tariff("Hal 1, weekend", "pr. time", "kr. 450", "kr. 465"),
            tariff("Hal 2, private", "pr. time", "kr. 260", "kr. 270"),
            tariff("Hal 1 og 2 samlet, arrangementer", "pr. dag", "kr. 7.800", "kr. 8.100"),
            tariff("Springcenter, instruktørledet", "pr. time", "kr. 690", "kr. 715"),
            tariff("Cafeteria, leje", "pr. dag", "kr. 1.250", "kr. 1.300"),
        )),
        Section("Udendørs anlæg", (
            tariff("Fodboldbane, 11-mands, foreninger", "pr. sæson", "Gratis", spans=True),
            tariff("Fodboldbane, 11-mands, private", "pr. time", "kr. 230", "kr. 240"),
            tariff("Fodboldbane, 8-mands, private", "pr. time", "kr. 170", "kr. 175"),
            tariff("Kunstgræsbane, private", "pr. time", "kr. 520", "kr. 540"),
            tariff("Kunstgræsbane med lys", "pr. time", "kr. 640", "kr. 665"),
            tariff("Atletikstadion, stævne", "pr. dag", "kr. 3.400", "kr. 3.550"),
            tariff("Tennisbane", "pr. time", "kr. 90", "kr. 95"),
            tariff("Padelbane", "pr. time", None, "kr. 240"),
            tariff("Minigolf", "pr. person", "kr. 40", "Udgår"),
        )),
        Section("Svømmehal Fjordby", (
            tariff("Entré, voksne", "pr. gang", "kr. 50", "kr. 52"),
            tariff("Entré, børn 3-15 år", "pr. gang", "kr. 25", "kr. 26"),
            tariff("Entré, pensionister", "pr. gang", "kr. 35", "kr. 36"),
            tariff("10-turskort, voksne", "pr. kort", "kr. 450", "kr. 470"),
            tariff("Årskort, voksne", "pr. år", "kr. 2.900", "kr. 3.000"),
            tariff("Leje af 25 m bane, foreninger", "pr. time", "kr. 115", "kr. 120"),
            tariff("Leje af hele bassinet", "pr. time", "kr. 1.150", "kr. 1.200"),
            tariff("Livredder ved leje", "pr. time", "kr. 395", "kr. 410"),
            tariff("Sauna, tillæg", "pr. gang", "kr. 20", "kr. 20"),
        )),
        Section("Lejrplads og overnatning", (
            tariff("Overnatning, foreninger", "pr. person pr. nat", "kr. 45", "kr. 45"),
            tariff("Overnatning, private grupper", "pr. person pr. nat", "kr. 80", "kr. 85"),
            tariff("Lejrplads med shelter", "pr. døgn", "kr. 350", "kr. 365"),
            tariff("Depositum, nøgle", "pr. nøgle", "kr. 200", "kr. 200"),
            tariff("Rengøring efter brug", None, "Efter regning", spans=True),
            tariff("Bålhytte", "pr. dag", "kr. 300", "kr. 310"),
        )),
        Section("Andet", (
            tariff("Borde og stole, pr. sæt", "pr. døgn", "kr. 60", "kr. 65"),
            tariff("Scene, opstilling", None, "Efter medgået tid", spans=True),
            tariff("Strøm til stade", "pr. døgn", "kr. 150", "kr. 155"),
            tariff("Affaldshåndtering ved arrangement", "pr. arrangement", "kr. 950", "kr. 975"),
        )),
    ),
)

# --- Lyngsø: horizontal rules, a table per section, a Moms column, "1.250 kr." ---------------

LYNGSOE_HARBOUR = Sheet(
    municipality="Lyngsø Kommune",
    title="Priser 2025 \u2013 havn, veje og erhvervsaffald",
    periods=("2025",),
    intro=("Priserne gælder for perioden 1. januar - 31. december 2025. Havnekontoret: tlf. 64 40 12 12.",),
    sections=(
        Section("Lystbådehavnen", (
            tariff("Bådplads, op til 2,5 m bred", "pr. sæson", "2.400 kr.", vat="inkl. moms"),
            tariff("Bådplads, 2,5-3,5 m bred", "pr. sæson", "3.150 kr.", vat="inkl. moms"),
            tariff("Bådplads, over 3,5 m bred", "pr. sæson", "4.200 kr.", vat="inkl. moms"),
            tariff("Gæsteplads", "pr. døgn", "180 kr.", vat="inkl. moms"),
            tariff("Vinteroplag på land", "pr. m²", "95 kr.", vat="inkl. moms"),
            tariff("Kranløft", "pr. løft", "650 kr.", vat="inkl. moms"),
            tariff("Ventelisteplads", "pr. år", "150 kr.", vat="inkl. moms"),
        )),
        Section("Erhvervsaffald", (
            tariff("Småt brændbart", "pr. ton", "1.045 kr.", vat="ekskl. moms"),
            tariff("Deponi", "pr. ton", "1.890 kr.", vat="ekskl. moms"),
            tariff("Haveaffald fra anlægsgartnere", "pr. ton", "310 kr.", vat="ekskl. moms"),
            tariff("Adgangskort til genbrugsplads", "pr. år", "1.475 kr.", vat="ekskl. moms"),
            tariff("Farligt affald", "pr. kg", "14 kr.", vat="ekskl. moms"),
        )),
        Section("Veje og parkering", (
            tariff("Parkeringslicens, beboere", "pr. år", "300 kr.", vat="inkl. moms"),
            tariff("Parkeringslicens, erhverv", "pr. år", "1.200 kr.", vat="ekskl. moms"),
            tariff("Kopi af vejkort", "pr. stk.", "Gratis"),
            tariff("Skiltning ved arrangementer", None, "Efter regning", vat="ekskl. moms"),
        )),
    ),
)

# --- Havnstrup: no rules, bare years as headers, remarks with numbers, VAT for one section -----

HAVNSTRUP_UTILITIES = Sheet(
    municipality="Havnstrup Kommune",
    title="Takster 2025 \u2013 Teknik og Forsyning",
    periods=("2024", "2025"),
    intro=("Taksterne er fastsat efter reglerne i miljøbeskyttelsesloven og vandløbsloven. "
           "Sagsbehandlingstiden er normalt 4-6 uger.",),
    sections=(
        Section("Natur og miljø", (
            tariff("Tilladelse til regulering af vandløb", "pr. sag", "1.850,00", "1.900,00",
                   remark="Sagsbehandling op til 10 timer"),
            tariff("Miljøtilsyn, husdyrbrug", "pr. time", "355,00", "362,00", note=" 1)",
                   remark="Jf. § 4 i gebyrbekendtgørelsen"),
            tariff("Miljøtilsyn, virksomheder", "pr. time", "355,00", "362,00", note=" 1)"),
            tariff("Sløjfning af olietank", "pr. sag", "740,00", "760,00"),
            tariff("Jordflytning, anmeldelse", "pr. anmeldelse", "Gratis", "Gratis"),
        )),
        Section("Udlejning af materiel", (
            tariff("Borde-bænkesæt", "pr. døgn", "95,00", "100,00", remark="Min. 5 sæt"),
            tariff("Telt, 6 x 12 m", "pr. weekend", "2.400,00", "2.500,00", remark="Opstilles af kommunen"),
            tariff("Mobil scene", "pr. døgn", "1.100,00", "1.150,00"),
            tariff("Vejskilte og afspærring", "pr. døgn", "35,00", "40,00", remark="Afhentes på materielgården"),
        ), remark="Alle priser i dette afsnit er ekskl. moms.", vat_excluded=True),
        Section("Skadedyr", (
            tariff("Rottebekæmpelse, ekstra besøg", "pr. besøg", "450,00", "475,00", note=" 2)"),
            tariff("Bekæmpelse af muldvarp", "pr. time", "Efter regning", "Efter regning"),
        )),
    ),
    footnotes=("1) Timetaksten fastsættes årligt af Miljøstyrelsen.",
               "2) Første besøg er dækket af rottebekæmpelsesgebyret, jf. § 12 i bekendtgørelsen."),
)


def documents() -> list[CorpusDocument]:
    grid_two_periods = TableLayout(
        (("item", "Ydelse"), ("unit", "Enhed"), ("value", "Takst 2024"), ("value", "Takst 2025")),
        (215, 100, 90, 90))
    return [
        _document("egeskov-takster-2025-kultur-fritid.pdf", "takster/2025", EGESKOV_CULTURE,
                  partial(render_table_sheet, layout=grid_two_periods)),
        _document("fjordby-takstoversigt-2025-teknik-miljoe.pdf", "takster/2025", FJORDBY_TECHNICAL,
                  partial(render_table_sheet, layout=TableLayout(
                      (("item", "Gebyr / ydelse"), ("value", "Takst 2025 (kr.)"), ("unit", "Enhed"),
                       ("vat", "Moms"), ("remark", "Bemærkning")),
                      (165, 65, 85, 45, 135), rules="hrules", sections="bold"))),
        _document("lyngsoe-betalingsoversigt-2025-boern-unge.pdf", "takster/2025", LYNGSOE_CHILDREN,
                  partial(render_table_sheet, layout=TableLayout(
                      (("item", "Tilbud"), ("unit", "Betaling"), ("value", ""), ("value", "")),
                      (330, 130, 110, 110), rules="none", sections="heading", landscape=True, padding=6))),
        _document("havnstrup-priser-og-gebyrer-2025.pdf", "takster/2025", HAVNSTRUP_CITIZEN,
                  render_leader_sheet),
        _document("egeskov-takster-aeldre-2024-2025.pdf", "takster/2024-2025", EGESKOV_ELDERLY,
                  render_period_lines),
        _document("roedby-takstblad-2025-kultur.pdf", "takster/2025", ROEDBY_CULTURE,
                  partial(render_table_sheet, layout=TableLayout(
                      (("item", "Ydelse"), ("value", "Takst 2025"), ("unit", "Enhed"),
                       ("remark", "Bemærkninger")),
                      (260, 80, 130, 270), rules="none", sections="bold", zebra=True, landscape=True))),
        _document("fjordby-takster-2025-idraetsanlaeg.pdf", "takster/2025", FJORDBY_SPORTS,
                  partial(render_table_sheet, layout=TableLayout(
                      grid_two_periods.columns, (215, 110, 85, 85), padding=5))),
        _document("lyngsoe-priser-2025-havn-veje.pdf", "takster/2025", LYNGSOE_HARBOUR,
                  partial(render_table_sheet, layout=TableLayout(
                      (("item", "Ydelse"), ("unit", "Enhed"), ("value", "Pris 2025"), ("vat", "Moms")),
                      (220, 95, 90, 90), rules="hrules", sections="heading"))),
        _document("havnstrup-takster-2025-teknik-forsyning.pdf", "takster/2025", HAVNSTRUP_UTILITIES,
                  partial(render_table_sheet, layout=TableLayout(
                      (("item", "Takst"), ("unit", "Enhed"), ("value", "2024"), ("value", "2025"),
                       ("remark", "Bemærkning")),
                      (165, 80, 60, 60, 130), rules="none", sections="bold"))),
    ]
