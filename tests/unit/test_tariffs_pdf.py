"""The tariff PDF extractor against values written down from the two sample documents,
and on layouts the samples do not have, built with reportlab (every value known by
construction): three period columns in another font, a school-year header that runs over
a page break, a merged cell over three columns, malformed numbers, and a web page printed
with tables whose descriptions wrap below the value."""

from collections import Counter
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A5, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from golden import takster_2019_2020 as sheet_golden
from golden import takster_2023_pdf as web_golden
from pipeline.extract.tariff_grammar import split_footnote_marker
from pipeline.extract.tariffs_pdf import extract_tariffs_pdf

ROOT = Path(__file__).resolve().parents[2]


def _sample(name: str) -> Path:
    """The bundled copy in raw/takster/ if there is one, else the shared samples folder."""
    found = sorted((ROOT / "raw" / "takster").glob(f"**/{name}"))
    path = found[0] if found else ROOT.parent / "shared" / "samples" / "takster" / name
    if not path.exists():
        pytest.skip(f"sample {name} not available")
    return path


def _key(row: dict) -> tuple:
    path = tuple(row["section_path"].split(" > ")) if row["section_path"] else ()
    return (row["committee"], path, row["item"], row["unit"], row["period"], row["value_text"],
            row["note"], row["vat_excluded"])


@pytest.fixture(scope="module")
def sheet():
    return extract_tariffs_pdf(_sample("naestved-takstblad-2019-2020.pdf"))


@pytest.fixture(scope="module")
def sheet_rows(sheet):
    return sheet.rows("doc")


@pytest.fixture(scope="module")
def web():
    return extract_tariffs_pdf(_sample("naestved-takster-2023.pdf"))


@pytest.fixture(scope="module")
def web_rows(web):
    return web.rows("doc")


# --- the spreadsheet print, 2019-2020 -------------------------------------------------------

def test_sheet_document_facts(sheet):
    assert (sheet.title, sheet.year, sheet.pages) == (sheet_golden.TITLE, sheet_golden.YEAR, sheet_golden.PAGES)


def test_sheet_every_value_and_nothing_else(sheet_rows):
    expected = Counter(sheet_golden.expected_rows())
    extracted = Counter(_key(row) for row in sheet_rows)
    assert sum(extracted.values()) == sum(expected.values()) == 494
    assert expected - extracted == Counter(), "values of the document that were missed"
    assert extracted - expected == Counter(), "rows that are not tariffs of the document"


def test_sheet_committees_come_from_the_headers_in_order(sheet_rows):
    order = list(dict.fromkeys(row["committee"] for row in sheet_rows))
    assert order == [sheet_golden.ECONOMY, sheet_golden.TECHNICAL, sheet_golden.CULTURE,
                     sheet_golden.CHILDREN, sheet_golden.CARE]
    # "Teknisk udvalg" starts mid-page 3, under the last rows of "Økonomiudvalget"
    on_page_3 = {row["committee"] for row in sheet_rows if row["page"] == 3}
    assert on_page_3 == {sheet_golden.ECONOMY, sheet_golden.TECHNICAL}


def test_school_years_hold_for_their_section_across_the_running_header(sheet_rows):
    school = [row for row in sheet_rows if "/" in row["period"]]
    assert {row["period"] for row in school} == set(sheet_golden.SCHOOL)
    assert {row["section_path"].split(" > ")[0] for row in school} == {sheet_golden.MUSIC}
    # page 10 repeats the calendar-year header at its top; its music school rows stay school years
    assert {row["period"] for row in sheet_rows if row["page"] == 10} == set(sheet_golden.SCHOOL)
    assert {row["period"] for row in sheet_rows if row["page"] == 11} == set(sheet_golden.CALENDAR)


def test_sheet_vat_excluded_under_the_sections_that_say_so(sheet_rows):
    vat = {row["section_path"].split(" > ")[0] for row in sheet_rows if row["vat_excluded"]}
    assert vat == sheet_golden.VAT_EXCLUDED_SECTIONS
    assert all(row["vat_excluded"] is None for row in sheet_rows
               if row["section_path"].split(" > ")[0] not in sheet_golden.VAT_EXCLUDED_SECTIONS)


def test_sheet_footnote_marker_off_the_item_and_its_text_as_note(sheet_rows):
    hegn = [row for row in sheet_rows if row["item"].startswith("Hegnssyn")]
    assert {row["item"] for row in hegn} == {"Hegnssynsforretninger"}
    assert {row["note"] for row in hegn} == {sheet_golden.NOTES["hegn"]}
    assert not [row for row in sheet_rows if split_footnote_marker(row["item"])[1]]
    assert {row["note"] for row in sheet_rows if row["item"] == "Forplejning i alt"} == {sheet_golden.NOTES["1"]}


def test_sheet_values_that_are_not_numbers(sheet_rows):
    kinds = {(row["value_text"], row["value_kind"], row["amount_dkk"]) for row in sheet_rows
             if row["value_kind"] != "amount"}
    assert kinds == {
        ("Afventer", "pending", None), ("afventer", "pending", None),
        ("0,0421 ‰", "per_mille", None), ("0,074 ‰", "per_mille", None),
        ("0,5% af løbende restgæld", "percent", None), ("10% af leje, min. 300 kr.", "percent", None),
        ("gratis", "free", None), ("Efter tilbud", "on_request", None), ("efter tilbud", "on_request", None),
        ("tidsforbrug", "text", None), ("300 kr. + entre pr. person", "text", None),
    }
    amounts = {row["value_text"]: row["amount_dkk"] for row in sheet_rows if row["value_kind"] == "amount"}
    assert amounts["1.077,00"] == 1077.0 and amounts["12.219,16"] == 12219.16 and amounts["0,00"] == 0.0


def test_merged_cell_is_one_value_for_both_periods(sheet_rows):
    merged = [row for row in sheet_rows if row["item"].startswith("Anden assistance")]
    assert [(row["period"], row["value_text"]) for row in merged] == [
        ("2019", "Efter tilbud"), ("2020", "Efter tilbud")]
    assert merged[0]["bbox_x0"] == merged[1]["bbox_x0"] and merged[0]["bbox_x1"] == merged[1]["bbox_x1"]


def test_no_headers_paragraphs_or_page_furniture_as_tariffs(sheet_rows, web_rows):
    for row in sheet_rows + web_rows:
        assert not any(word in row["item"] for word in ("Enheds", "Skoleår", "Alle priser", "Næstved Kommune."))
        assert row["value_text"] not in {"2019", "2020", "2019/2020", "2020/2021", "2022/2023", "−"}
        assert row["item"] and row["section"]
    assert not [row for row in sheet_rows if "Takster delelig" in row["value_text"]]
    assert not [row for row in sheet_rows if "Ny Ridehus varetages" in row["value_text"]]


def test_values_carry_their_position(sheet_rows, web_rows):
    for row in sheet_rows + web_rows:
        assert 0 <= row["bbox_x0"] < row["bbox_x1"] <= 612
        assert 0 <= row["bbox_top"] < row["bbox_bottom"] <= 842


# --- the web page printed to PDF, 2023 -------------------------------------------------------

def test_web_document_facts(web):
    assert (web.title, web.year, web.pages) == (web_golden.TITLE, web_golden.YEAR, web_golden.PAGES)


def test_web_every_value_and_nothing_else(web_rows):
    expected = Counter(web_golden.expected_rows())
    extracted = Counter(_key(row) for row in web_rows)
    assert sum(extracted.values()) == sum(expected.values()) == 256
    assert expected - extracted == Counter(), "values of the document that were missed"
    assert extracted - expected == Counter(), "rows that are not tariffs of the document"


def test_web_has_no_committee_and_the_page_year_as_period(web_rows):
    assert {row["committee"] for row in web_rows} == {None}
    assert {row["period"] for row in web_rows} == {"2023"} | set(web_golden.SCHOOL)


def test_web_school_year_header_holds_only_for_its_table(web_rows):
    school = {row["section"] for row in web_rows if "/" in row["period"]}
    assert school == {"Musikskolen"}
    after = [row for row in web_rows if row["section"] == "Opkrævning og rykkergebyrer"]
    assert after and {row["period"] for row in after} == {"2023"}


def test_web_accordion_glyph_is_not_part_of_a_title(web_rows):
    assert not [row for row in web_rows if "−" in (row["section_path"] or "")]


def test_web_remark_after_the_price_is_a_note(web_rows):
    (row,) = [row for row in web_rows if row["item"].startswith("Kørsel til dagcenter")]
    assert (row["value_kind"], row["amount_dkk"], row["note"]) == ("amount", 80.0, "130,00 pr 1/11 2023")


def test_web_vat_remark_before_or_after_the_prices_holds_for_its_section(web_rows):
    vat = {row["section_path"].split(" > ")[0] for row in web_rows if row["vat_excluded"]}
    assert vat == web_golden.VAT_EXCLUDED_SECTIONS
    ridehus = [row for row in web_rows if row["section_path"].startswith("Kulturcenter Ridehuset")]
    assert ridehus and all(row["vat_excluded"] for row in ridehus)


# --- layouts the samples do not have ----------------------------------------------------------

SHEET_YEARS = ("2021", "2022", "2023")
SHEET_SCHOOL = ("2021/2022", "2022/2023", "2023/2024")
COMMITTEE_1, COMMITTEE_2 = "Fritidsudvalget", "Teknik- og miljøudvalget"
CELL = ParagraphStyle("cell", fontName="Times-Roman", fontSize=9, leading=10.5)


def _sheet_table(committee: str, body: list[tuple]) -> Table:
    """A tariff sheet table: committee | Enhed | Takst 2021..2023; rows bottom-aligned like a
    spreadsheet, the header repeated on every page."""
    data = [[committee, "Enhed", "Takst\n2021", "Takst\n2022", "Takst\n2023"]]
    style = [("FONTNAME", (0, 0), (-1, 0), "Times-Bold"), ("FONTSIZE", (0, 0), (-1, -1), 9),
             ("FONTSIZE", (0, 0), (0, 0), 10),
             ("FONTNAME", (0, 1), (-1, -1), "Times-Roman"), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (0, 0), (-1, 0), 0.5, "black")]
    for kind, *cells in body:
        r = len(data)
        if kind == "row":
            description, *rest = cells
            data.append([Paragraph(description, CELL), *rest])
        elif kind == "merged":
            description, unit, value = cells
            data.append([Paragraph(description, CELL), unit, value, "", ""])
            style += [("SPAN", (2, r), (4, r)), ("ALIGN", (2, r), (4, r), "CENTER")]
        elif kind == "school":
            data.append([cells[0], "", *(f"Skoleår\n{p[:5]}{p[-2:]}" for p in SHEET_SCHOOL)])
            style += [("FONTNAME", (0, r), (-1, r), "Times-Bold"), ("FONTSIZE", (0, r), (0, r), 10)]
        else:  # heading (bold 10), subheading (italic) or text, over the whole row
            data.append([cells[0], "", "", "", ""])
            style.append(("SPAN", (0, r), (-1, r)))
            font = {"heading": "Times-Bold", "subheading": "Times-Italic", "text": "Times-Roman"}[kind]
            style.append(("FONTNAME", (0, r), (-1, r), font))
            if kind == "heading":
                style.append(("FONTSIZE", (0, r), (-1, r), 10))
    return Table(data, colWidths=[130, 50, 58, 58, 58], repeatRows=1, style=TableStyle(style))


MUSIC_ROWS = [(f"Hold {n} for {'voksne' if n % 2 else 'børn'} (9 rater)", f"{100 + n},00", f"{110 + n},00",
               f"{120 + n},00") for n in range(1, 41)]


def _sheet_pdf(path: Path) -> list[tuple]:
    """Builds the sheet; returns its tariffs (committee, section, item, unit, period, value)."""
    first = [
        ("heading", "Idrætshaller"),
        ("text", "Alle priser er ekskl. moms."),
        ("subheading", "Haller:"),
        ("row", "Hal 1 med omklædning og bad, hverdage efter kl. 16 samt hele weekenden", "pr. time",
         "250,00", "260,00", "270,00"),
        ("row", "Hal 2", "pr. time", "120,00", "1.07,00", "238.00"),
        ("merged", "Rengøring efter arrangement", "", "efter tilbud"),
        ("subheading", "Baner:"),
        ("row", "Kunstgræs *)", "pr. time", "", "800,00", "820,00"),
        ("text", "*) Taksten fastsættes af bestyrelsen."),
        ("school", "Musikskolen"),
        ("text", "Antallet af rater står i parentes."),
        *[("row", item, "pr. måned", *values) for item, *values in MUSIC_ROWS],
        ("heading", "Bibliotek"),
        ("row", "Kopi", "pr. side", "2,00", "2,00", "gratis"),
        ("row", "Fjernlån", "pr. stk.", "Afventer", "10% af leje", "0,5 ‰"),
    ]
    second = [
        ("heading", "Affald"),
        ("row", "Grundgebyr, helårsbolig", "pr. år", "1.200,00", "1.250,00", "1.300,00"),
    ]
    document = SimpleDocTemplate(str(path), pagesize=A5, leftMargin=30, rightMargin=30, topMargin=40,
                                 bottomMargin=40, title="Takstblad 2021-2023")
    document.build([_sheet_table(COMMITTEE_1, first), PageBreak(), _sheet_table(COMMITTEE_2, second)])
    expected = []
    sections = {"Hal 1": "Haller", "Hal 2": "Haller", "Rengøring": "Haller", "Kunstgræs": "Baner",
                "Kopi": "Bibliotek", "Fjernlån": "Bibliotek", "Hold": "Musikskolen", "Grundgebyr": "Affald"}
    for body, committee in ((first, COMMITTEE_1), (second, COMMITTEE_2)):
        for kind, *cells in body:
            if kind not in ("row", "merged"):
                continue
            item, unit, *values = cells
            values = values * 3 if kind == "merged" else values
            periods = SHEET_SCHOOL if item.startswith("Hold") else SHEET_YEARS
            section = next(s for prefix, s in sections.items() if item.startswith(prefix))
            expected += [(committee, section, item.replace(" *)", ""), unit or None, period, value)
                         for period, value in zip(periods, values) if value]
    return expected


@pytest.fixture(scope="module")
def built_sheet(tmp_path_factory):
    path = tmp_path_factory.mktemp("tariffs") / "sheet.pdf"
    expected = _sheet_pdf(path)
    return extract_tariffs_pdf(path), expected


def test_three_period_sheet_in_another_font(built_sheet):
    document, expected = built_sheet
    rows = document.rows("doc")
    got = Counter((r["committee"], r["section"], r["item"], r["unit"], r["period"], r["value_text"]) for r in rows)
    assert got == Counter(expected)
    assert document.year == "2021-2023"
    # the music school runs over page breaks, under the repeated calendar-year header, and its
    # school years end with it: the next main section is in calendar years again
    assert len({r["page"] for r in rows if r["section"] == "Musikskolen"}) >= 2
    assert {r["period"] for r in rows if r["section"] == "Bibliotek"} == set(SHEET_YEARS)


def test_built_sheet_structure(built_sheet):
    document, _ = built_sheet
    rows = document.rows("doc")
    vat = {r["section_path"] for r in rows if r["vat_excluded"]}
    assert vat == {"Idrætshaller > Haller", "Idrætshaller > Baner"}
    (note,) = {r["note"] for r in rows if r["item"] == "Kunstgræs"}
    assert note == "*) Taksten fastsættes af bestyrelsen."
    merged = [r for r in rows if r["item"] == "Rengøring efter arrangement"]
    assert [(r["period"], r["value_kind"]) for r in merged] == [(p, "on_request") for p in SHEET_YEARS]
    kinds = {r["value_text"]: r["value_kind"] for r in rows}
    assert (kinds["gratis"], kinds["Afventer"], kinds["10% af leje"], kinds["0,5 ‰"]) == (
        "free", "pending", "percent", "per_mille")


def test_malformed_numbers_are_text_without_amount(built_sheet):
    document, _ = built_sheet
    bad = {r["value_text"]: (r["value_kind"], r["amount_dkk"]) for r in document.rows("doc")
           if r["item"] == "Hal 2"}
    assert bad == {"120,00": ("amount", 120.0), "1.07,00": ("text", None), "238.00": ("text", None)}


BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=14, spaceBefore=6, spaceAfter=6)
TITLE = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=28, spaceAfter=10)
H3 = ParagraphStyle("h3", fontName="Helvetica-Bold", fontSize=13, leading=17, spaceBefore=14, spaceAfter=6)
H4 = ParagraphStyle("h4", fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=10, spaceAfter=4)
WEB_CELL = ParagraphStyle("webcell", fontName="Helvetica", fontSize=10, leading=14)
WEB_BOLD = ParagraphStyle("webbold", parent=WEB_CELL, fontName="Helvetica-Bold")


def _web_table(rows: list[tuple]) -> Table:
    """A web page's tariff table: description | unit | value, top-aligned, no header."""
    data = [[Paragraph(d, WEB_BOLD if d.endswith(":") else WEB_CELL), u, v] for d, u, v in rows]
    style = TableStyle([("FONTNAME", (1, 0), (-1, -1), "Helvetica"), ("FONTSIZE", (1, 0), (-1, -1), 10),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
                        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.25, "grey")])
    return Table(data, colWidths=[250, 110, 110], style=style)


SWIM = [("Voksne, enkeltbillet", "Kr. pr. gang", "45,00"),
        ("Børn under 16 år, enkeltbillet – gælder også for pensionister med gyldigt kort og for deres "
         "ledsagere", "Kr. pr. gang", "25,00"),
        ("Klippekort:", "", ""),
        ("10 klip", "Kr.", "400,00"),
        ("Babysvømning", "", "Gratis")]
PHOTO = [("Portræt *)", "Kr. pr. stk.", "95,00"), ("Gruppefoto", "Kr. pr. stk.", "60,00")]


def _web_pdf(path: Path) -> None:
    story = [
        Paragraph("Takster 2024", TITLE),
        Paragraph("Her finder du kommunens takster for 2024.", BODY),
        Paragraph("Svømmehal", H3), _web_table(SWIM),
        Paragraph("Alle ovenstående priser er ekskl. moms", BODY),
        Paragraph("Kopiering", H3),
        Paragraph("Kopi sort/hvid Kr. pr. side 2,50", BODY),
        Paragraph("Bykort med vejregister", BODY),
        Paragraph("Kr. pr. stk. 30,00", BODY),
        Paragraph("Skolefoto", H4), _web_table(PHOTO),
        Paragraph("*) Prisen gælder ved bestilling før 1. marts.", BODY),
        Paragraph("Kontakt", H3),
        Paragraph("Spørgsmål om takster rettes til borgerservice på telefon 12 34 56 78.", BODY),
        Spacer(1, 12),
    ]
    SimpleDocTemplate(str(path), pagesize=letter, leftMargin=60, rightMargin=60).build(story)


@pytest.fixture(scope="module")
def built_web(tmp_path_factory):
    path = tmp_path_factory.mktemp("tariffs") / "web.pdf"
    _web_pdf(path)
    return extract_tariffs_pdf(path)


def test_web_print_without_header_or_committee(built_web):
    rows = built_web.rows("doc")
    got = {(r["section_path"], r["item"], r["unit"], r["period"], r["value_text"], r["note"], r["vat_excluded"])
           for r in rows}
    assert got == {
        ("Svømmehal", "Voksne, enkeltbillet", "Kr. pr. gang", "2024", "45,00", None, True),
        ("Svømmehal", SWIM[1][0], "Kr. pr. gang", "2024", "25,00", None, True),
        ("Svømmehal > Klippekort", "10 klip", "Kr.", "2024", "400,00", None, True),
        ("Svømmehal > Klippekort", "Babysvømning", None, "2024", "Gratis", None, True),
        ("Kopiering", "Kopi sort/hvid", "Kr. pr. side", "2024", "2,50", None, None),
        ("Kopiering", "Bykort med vejregister", "Kr. pr. stk.", "2024", "30,00", None, None),
        ("Kopiering > Skolefoto", "Portræt", "Kr. pr. stk.", "2024", "95,00",
         "*) Prisen gælder ved bestilling før 1. marts.", None),
        ("Kopiering > Skolefoto", "Gruppefoto", "Kr. pr. stk.", "2024", "60,00", None, None),
    }
    assert (built_web.title, built_web.year) == ("Takster 2024", "2024")
    assert {r["committee"] for r in rows} == {None}
