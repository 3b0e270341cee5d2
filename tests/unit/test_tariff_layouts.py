"""Tariff lists in layouts the samples do not have, built by tests/tariff_layouts.py from the
specs below (every printed value written down here), read back cell by cell on (section,
item, unit, period, value as printed, VAT): ruled grids (tight enough that a value and the
next column's text stand a word space apart), unruled tables, rules between rows only,
columns in other orders, a unit right of the values, a VAT column, remarks, section bands,
tables over several pages, leaders, lines naming their periods, no header; on web pages
captions, header rows without <thead>, rowspan and colspan, group rows, legacy encodings,
cookie banners, menus and footers."""

import shutil
import subprocess
from collections import Counter

import pytest

from tariff_layouts import (
    ITEM, REMARK, UNIT, VALUES, VAT, Group, Heading, LeaderList, Line, NewPage, PeriodLines, PriceTable, TariffDoc,
    Text, build_html, build_pdf, expected, random_document,
)
from pipeline.extract.tariffs_html import extract_tariffs_html
from pipeline.extract.tariffs_pdf import extract_tariffs_pdf

Y2 = ("2024", "2025")


def read(doc: TariffDoc, fmt: str, tmp_path) -> list[dict]:
    path = tmp_path / f"doc.{fmt}"
    if fmt == "pdf":
        return extract_tariffs_pdf(build_pdf(doc, path)).rows("doc")
    return extract_tariffs_html(build_html(doc, path)).rows("doc")


def cells(rows: list[dict]) -> Counter:
    return Counter((r["section"], r["item"], r["unit"], r["period"], r["value_text"], r["vat_excluded"]) for r in rows)


def assert_read(doc: TariffDoc, fmt: str, tmp_path) -> list[dict]:
    rows = read(doc, fmt, tmp_path)
    want = Counter(expected(doc, fmt))
    got = cells(rows)
    assert want - got == Counter(), "tariffs missed"
    assert got - want == Counter(), "rows that are no tariffs of the document"
    return rows


# --- the layouts, written down ----------------------------------------------------------------

BUILDING = [Line("Garager, carporte og udhuse", ("1.048,00", "1.077,00"), "fast gebyr"),
            Line("Enfamiliehuse og sommerhuse", ("664,00", "682,00"), "pr. time"),
            Line("Nedrivning", ("Udgår", ""), "pr. sag")]
HALLS = [Line("Hal 1, hverdage", ("250,00", "260,00"), "pr. time"),
         Line("Hal 1, weekend", ("125,-", "130,-"), "pr. time"),
         Line("Hal 2", ("1.250 kr.", "kr. 1.300"), "pr. døgn"),
         Line("Rengøring efter arrangement", ("Efter regning", "Efter regning"), None),
         Line("Lys på kunstgræs", ("afventer", "65,00 kr."), "pr. time")]
PARKING = [Line("Zone 1", ("12,00", "13,00"), "pr. time", vat="inkl."),
           Line("Zone 2", ("8,00", "9,00"), "pr. time", vat="ekskl."),
           Line("Beboerlicens", ("300,00", "310,00"), "pr. år", vat="ekskl. moms")]
LIBRARY = [Line("Kopi A4", ("2,00", "2,00"), remark="Sort/hvid"), Line("Kopi A3", ("4,00", "5,00"), remark=""),
           Line("Lånerkort", ("gratis", "gratis"), remark="Første kort")]


def _music_rows(n: int) -> list:
    rows: list = [Group("Foreninger")]
    rows += [Line(f"Hold {i} for {'voksne' if i % 2 else 'børn'}", (f"{100 + i},00", f"{110 + i},00"), "pr. måned")
             for i in range(1, n + 1)]
    rows.append(Group("Private"))
    rows += [Line(f"Privat hold {i}", (f"{200 + i},50", f"{210 + i},50"), "pr. måned") for i in range(1, n + 1)]
    return rows


PDF_LAYOUTS = {
    # the cells of a grid are the cells, even where a value and the next column's text stand a space apart
    "tight ruled grid, unit right of the values": TariffDoc("Takster 2024-2025", "2024", [
        Heading("Byggesager"),
        PriceTable(Y2, BUILDING, (ITEM, VALUES, UNIT), headers={ITEM: "Ydelse", UNIT: "Enhed",
                                                              VALUES: "Enhedstakst {period}"},
                   rules="grid", padding=1)]),
    "unruled, price notations and words": TariffDoc("Takster 2024", "2024", [
        Heading("Idrætshaller"), Text("Taksterne reguleres den 1. januar."),
        PriceTable(Y2, HALLS, rules="none", headers={ITEM: "Tekst", UNIT: "Enhed", VALUES: "Takst {period} (kr.)"})]),
    "rules between rows, VAT column": TariffDoc("Takster 2024", "2024", [
        Heading("Parkering"),
        PriceTable(Y2, PARKING, (ITEM, UNIT, VALUES, VAT), rules="hrules", value_align="LEFT",
                   headers={ITEM: "Ydelse", UNIT: "Enhed", VALUES: "Pris {period}", VAT: "Moms"})]),
    "remarks column, VAT remark under the table": TariffDoc("Takster 2024", "2024", [
        Heading("Bibliotek"),
        PriceTable(Y2, LIBRARY, (ITEM, VALUES, REMARK), rules="grid", vat_note="Alle priser er ekskl. moms.")]),
    "section bands, bold and plain, over pages": TariffDoc("Takster 2024", "2024", [
        Heading("Musikskolen"),
        PriceTable(Y2, _music_rows(30), rules="none", bands=True, band_bold=True),
        NewPage(), Heading("Billedskolen"),
        PriceTable(Y2, _music_rows(3), rules="grid", bands=True, band_bold=False)]),
    "a table over pages without its header repeated": TariffDoc("Takster 2024", "2024", [
        Heading("Musikskolen"),
        PriceTable(Y2, _music_rows(35), rules="hrules", bands=False, repeat_header=False)]),
    "school years, zebra rows, wrapped items at the bottom, a footnote": TariffDoc("Takster 2024-2025", "2024", [
        Heading("SFO"),
        PriceTable(("2024/2025", "2025/2026"), [
            Line("Morgenmodul, alle ugedage fra skolestart til og med 30. juni samt i ferier og på fridage", (
                "450,00", "465,00"), "pr. måned"),
            Line("Eftermiddagsmodul *", ("1.350,00", "1.395,00"), "pr. måned"),
            Line("Søskendetilskud", ("Gratis", "Gratis"), None)],
            rules="none", zebra=True, valign="BOTTOM", headers={ITEM: "Ydelse", UNIT: "Enhed",
                                                                  VALUES: "Skoleår {period}"},
            footnote="*) Taksten er lovbestemt.")]),
    "no header: the document's year": TariffDoc("Takster 2026", "2026", [
        Heading("Kopiering"),
        PriceTable(("2026",), [Line("Kopi sort/hvid", ("2,50",), "pr. side"), Line("Kopi farve", ("5,00",), "pr. side"),
                               Line("Scanning", ("Gratis",), None)], header=False, rules="none")]),
    "leaders: dots, tab, left tab stop": TariffDoc("Takster 2025", "2025", [
        Heading("Svømmehal"), LeaderList([("Voksne", "65,00 kr."), ("Børn under 16 år", "kr. 30"),
                                          ("Pensionister", "45,-")], leader="dots"),
        Heading("Sauna"), LeaderList([("Enkeltbillet", "40,00"), ("Klippekort, 10 klip", "350,00")], leader="tab"),
        Heading("Leje"), LeaderList([("Bane", "220,00"), ("Hele hallen", "1.100,00")], leader="tab_left")]),
    "lines naming their periods": TariffDoc("Takster 2024", "2024", [
        Heading("Svømmehal"),
        PeriodLines([("Voksne", [("2024", "60,00 kr."), ("2025", "65,00 kr.")]),
                     ("Børn", [("2024", "30,00 kr."), ("2025", "32,00 kr.")])]),
        Heading("Sauna"),
        PeriodLines([("Enkeltbillet", [("2024", "40,00"), ("2025", "Udgår")])], separator="; ", item_on_own_line=True)]),
}

HTML_LAYOUTS = {
    "caption, thead": TariffDoc("Takster 2024", "2024", [
        Heading("Idræt"), PriceTable(Y2, HALLS, caption="Idrætshaller", html_header="thead")]),
    "header of <th> cells in <tbody>, VAT column": TariffDoc("Takster 2024", "2024", [
        Heading("Parkering"), PriceTable(Y2, PARKING, (ITEM, UNIT, VALUES, VAT), html_header="th")]),
    "header of bold cells, remarks, a VAT remark in <tfoot> for its table only": TariffDoc("Takster 2024", "2024", [
        Heading("Bibliotek"), PriceTable(Y2, LIBRARY, (ITEM, VALUES, REMARK), html_header="bold", vat_in_table=True),
        PriceTable(Y2, [Line("Foredrag", ("500,00", "525,00"), "pr. time")])]),
    "rowspan on the item, colspan over both periods, group rows": TariffDoc("Takster 2024", "2024", [
        Heading("Lokaler"),
        PriceTable(Y2, [Group("Foreninger:"), Line("Sal", ("100,00", "100,00"), "pr. time"),
                        Line("Sal", ("700,00", "720,00"), "pr. døgn"), Group("Private"),
                        Line("Sal", ("300,00", "300,00"), "pr. time"), Line("Køkken", ("Gratis", "Gratis"), None)],
                   merge_equal=True, rowspan_items=True)]),
    "windows-1252 declared, cookie banner, menu and footer, no <main>": TariffDoc("Takster 2024", "2024", [
        Heading("Ældre"), PriceTable(Y2, [Line("Kørsel til dagcenter", ("25,00", "26,00"), "pr. tur"),
                                          Line("Madservice, hovedret", ("59,00", "61,00"), "pr. stk.")])],
        encoding="windows-1252", chrome=True, main=False),
    "iso-8859-1 declared, chrome around <main>, leaders and period lines": TariffDoc("Takster 2025", "2025", [
        Heading("Svømmehal"), LeaderList([("Voksne", "65,00 kr."), ("Børn", "kr. 30")]),
        Heading("Sauna"), PeriodLines([("Enkeltbillet", [("2025", "40,00"), ("2026", "45,00")])])],
        encoding="iso-8859-1", chrome=True),
}


@pytest.mark.parametrize("name", PDF_LAYOUTS)
def test_pdf_layout(name, tmp_path):
    assert_read(PDF_LAYOUTS[name], "pdf", tmp_path)


@pytest.mark.parametrize("name", HTML_LAYOUTS)
def test_web_page_layout(name, tmp_path):
    assert_read(HTML_LAYOUTS[name], "html", tmp_path)


@pytest.mark.parametrize("name", ["unruled, price notations and words", "rules between rows, VAT column",
                                  "leaders: dots, tab, left tab stop", "lines naming their periods"])
def test_the_same_layout_as_a_web_page(name, tmp_path):
    assert_read(PDF_LAYOUTS[name], "html", tmp_path)


def test_a_value_is_as_printed_and_its_amount_the_number(tmp_path):
    rows = assert_read(PDF_LAYOUTS["unruled, price notations and words"], "pdf", tmp_path)
    kinds = {r["value_text"]: (r["value_kind"], r["amount_dkk"]) for r in rows}
    assert kinds == {"250,00": ("amount", 250.0), "260,00": ("amount", 260.0), "125,-": ("amount", 125.0),
                     "130,-": ("amount", 130.0), "1.250 kr.": ("amount", 1250.0), "kr. 1.300": ("amount", 1300.0),
                     "Efter regning": ("at_cost", None), "afventer": ("pending", None), "65,00 kr.": ("amount", 65.0)}


def test_remarks_and_footnotes_are_notes(tmp_path):
    rows = assert_read(PDF_LAYOUTS["remarks column, VAT remark under the table"], "pdf", tmp_path)
    assert {(r["item"], r["note"]) for r in rows} == {("Kopi A4", "Sort/hvid"), ("Kopi A3", None),
                                                       ("Lånerkort", "Første kort")}
    rows = assert_read(PDF_LAYOUTS["school years, zebra rows, wrapped items at the bottom, a footnote"], "pdf",
                       tmp_path)
    assert {r["note"] for r in rows if r["item"] == "Eftermiddagsmodul"} == {"*) Taksten er lovbestemt."}


def test_a_ruled_cell_is_never_merged_with_the_next(tmp_path):
    rows = assert_read(PDF_LAYOUTS["tight ruled grid, unit right of the values"], "pdf", tmp_path)
    assert {r["value_text"] for r in rows if r["item"].startswith("Garager")} == {"1.048,00", "1.077,00"}
    assert {r["value_kind"] for r in rows if r["value_text"] == "Udgår"} == {"discontinued"}


def test_a_vat_column_says_it_per_row(tmp_path):
    for fmt in ("pdf", "html"):
        rows = read(PDF_LAYOUTS["rules between rows, VAT column"], fmt, tmp_path)
        assert {r["item"]: r["vat_excluded"] for r in rows} == {"Zone 1": None, "Zone 2": True, "Beboerlicens": True}


@pytest.mark.parametrize("seed", [3, 58, 144])
@pytest.mark.parametrize("fmt", ["pdf", "html"])
def test_documents_drawn_at_random_from_the_variations(seed, fmt, tmp_path):
    """Bench (bench/tariff_recall.py) runs hundreds of these; three each keep the test tier quick."""
    assert_read(random_document(seed), fmt, tmp_path)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_an_unstyled_web_page_printed_by_a_browser(tmp_path):
    """A browser sets an unstyled table's cells a few pixels apart and centres its header
    cells: the print is read from what the page shows, as a sheet is."""
    doc = TariffDoc("Takster 2024", "2024", [
        Heading("Parkering"), PriceTable(Y2, PARKING, (ITEM, UNIT, VALUES, VAT), html_header="th"),
        Heading("Idræt"), PriceTable(Y2, HALLS, headers={ITEM: "Tekst", UNIT: "Enhed", VALUES: "{period}"}),
        Heading("Svømmehal"), LeaderList([("Voksne", "65,00 kr."), ("Børn", "kr. 30")]),
        PeriodLines([("Sauna", [("2024", "40,00"), ("2025", "45,00")])])])
    page, printed = build_html(doc, tmp_path / "page.html"), tmp_path / "page.pdf"
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={printed}", page.as_uri()], check=True, capture_output=True, timeout=120)
    rows = extract_tariffs_pdf(printed).rows("doc")
    assert Counter((r["item"], r["period"], r["value_text"]) for r in rows) == Counter(
        (item, period, value) for _, item, _, period, value, _ in expected(doc, "html"))
