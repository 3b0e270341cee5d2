"""The tariff web-page extractor: the bundled page against values written down from its
source, and small pages for the forms the sample does not have."""

import socket
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from golden import takster_2023_html as golden
from pipeline.errors import DocumentRejected
from pipeline.extract.tariff_grammar import split_footnote_marker
from pipeline.extract.tariff_grammar import parse_text_tariff as parse_line
from pipeline.extract.tariffs_html import extract_tariffs_html

_ROOT = Path(__file__).resolve().parents[2]
_NAME = "naestved-takster-2023.html"
# Bundled in raw/ for `make run`, else where the samples are shared.
SAMPLE = next((p for p in (_ROOT / "raw/takster/2023" / _NAME, _ROOT.parent / "shared/samples/takster" / _NAME)
               if p.exists()), _ROOT / "raw/takster/2023" / _NAME)


@pytest.fixture(scope="module")
def document():
    if not SAMPLE.exists():
        pytest.skip("the shared sample is not here")
    return extract_tariffs_html(SAMPLE)


@pytest.fixture(scope="module")
def rows(document):
    return document.rows("doc")


def _key(row: dict) -> tuple:
    return (tuple(row["section_path"].split(" > ")), row["item"], row["unit"], row["period"], row["value_text"])


# --- the sample ---------------------------------------------------------------------------------

def test_document_facts_come_from_the_page(document, rows):
    assert document.title == golden.TITLE
    assert document.year == golden.YEAR
    assert document.pages is None
    assert all(r["page"] is None and r["bbox_x0"] is None and r["committee"] is None for r in rows)


def test_every_tariff_and_nothing_else(rows):
    extracted = [_key(r) for r in rows]
    expected = golden.expected_tariffs()
    assert len(expected) == 256
    assert set(extracted) - set(expected) == set(), "rows that are not tariffs of the page"
    assert set(expected) - set(extracted) == set(), "tariffs of the page that were missed"
    assert extracted == expected, "same tariffs, but in another order or count"


def test_section_is_the_nearest_heading(rows):
    assert all(r["section"] == r["section_path"].split(" > ")[-1] for r in rows)


def test_footnotes_and_remarks_are_notes_and_markers_are_off_the_item(rows):
    notes = {(r["section"], r["item"]): r["note"] for r in rows if r["note"]}
    assert notes == golden.NOTES
    assert all(split_footnote_marker(r["item"])[1] is None for r in rows)


def test_values_that_are_not_plain_prices(rows):
    for row in rows:
        kind, amount = golden.SPECIAL_VALUES.get(row["value_text"], ("amount", None))
        assert row["value_kind"] == kind, row["value_text"]
        if kind != "amount":
            assert row["amount_dkk"] is None
        elif amount is not None:
            assert row["amount_dkk"] == amount
    by_item = {r["item"]: r for r in rows}
    assert by_item["Kørsel til dagcenter (både ud og hjem)"]["amount_dkk"] == 80.0
    assert by_item["Faste handelspladser indre by - grundtakst"]["amount_dkk"] == 13755.41


def test_vat_excluded_where_the_section_says_so(rows):
    def under(row, path):
        return tuple(row["section_path"].split(" > "))[:len(path)] == path

    excluded = [r for r in rows if r["vat_excluded"]]
    assert all(any(under(r, p) for p in golden.VAT_EXCLUDED_SECTIONS) for r in excluded)
    assert all(r["vat_excluded"] is True for r in rows if any(under(r, p) for p in golden.VAT_EXCLUDED_SECTIONS))
    assert len(excluded) == golden.VAT_EXCLUDED_COUNT
    assert all(r["vat_excluded"] is None for r in rows if r not in excluded)


def test_nothing_the_page_links_to_is_fetched(monkeypatch):
    if not SAMPLE.exists():
        pytest.skip("the shared sample is not here")

    def refuse(*args, **kwargs):
        raise AssertionError("the extractor opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    assert len(extract_tariffs_html(SAMPLE).tariffs) == 256


# --- small pages for the forms the sample lacks ----------------------------------------------------

def _rows(tmp_path: Path, body: str, title: str = "Takster 2024") -> list[dict]:
    return _document(tmp_path, body, title).rows("doc")


def _document(tmp_path: Path, body: str, title: str = "Takster 2024"):
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html lang='da'><head><meta charset='utf-8'><title>{title}</title></head>"
                    f"<body><main>{body}</main></body></html>", encoding="utf-8")
    return extract_tariffs_html(path)


def _short(rows: list[dict]) -> list[tuple]:
    return [(r["section_path"], r["item"], r["unit"], r["period"], r["value_text"]) for r in rows]


_TABLE = "<table><tr><td>{item}</td><td>Kr. pr. time</td><td>{value}</td></tr></table>"


def test_details_summary_sections_nest_and_end_with_their_element(tmp_path):
    rows = _rows(tmp_path, f"""
        <h1>Takster 2024</h1>
        <h2>Kultur</h2>
        <details><summary>Svømmehal</summary>
          {_TABLE.format(item="Bane", value="120,00")}
          <details><summary>Foreninger:</summary>{_TABLE.format(item="Bane", value="60,00")}</details>
          <p>Sauna Kr. pr. gang 30,00</p>
        </details>
        <details><summary><h3>Hal</h3></summary>{_TABLE.format(item="Hal", value="300,00")}</details>
        <p>Depositum Kr. 500,00</p>""")
    assert _short(rows) == [
        ("Kultur > Svømmehal", "Bane", "Kr. pr. time", "2024", "120,00"),
        ("Kultur > Svømmehal > Foreninger", "Bane", "Kr. pr. time", "2024", "60,00"),
        ("Kultur > Svømmehal", "Sauna", "Kr. pr. gang", "2024", "30,00"),
        ("Kultur > Hal", "Hal", "Kr. pr. time", "2024", "300,00"),
        ("Kultur", "Depositum", "Kr.", "2024", "500,00"),
    ]


def test_plain_h2_h3_sections_without_accordions(tmp_path):
    rows = _rows(tmp_path, f"""
        <h1>Takster 2024</h1>
        <h2>Bibliotek</h2><h3>Lokaler</h3>{_TABLE.format(item="Sal", value="200,00")}
        <h3>Gebyrer</h3><p>Erstatningskort Kr. pr. stk. 10,00</p>
        <h2>Idræt</h2>{_TABLE.format(item="Bane", value="90,00")}""")
    assert [(r["section_path"], r["section"], r["item"]) for r in rows] == [
        ("Bibliotek > Lokaler", "Lokaler", "Sal"),
        ("Bibliotek > Gebyrer", "Gebyrer", "Erstatningskort"),
        ("Idræt", "Idræt", "Bane"),
    ]


def test_accordion_panels_away_from_their_buttons_take_the_buttons_title(tmp_path):
    rows = _rows(tmp_path, f"""
        <div role="tablist"><button aria-controls="p1">Parkering</button><button aria-controls="p2">Havn</button></div>
        <div id="p2" hidden>{_TABLE.format(item="Bådplads", value="1.500,00")}</div>
        <div id="p1" hidden>{_TABLE.format(item="Zone A", value="10,00")}</div>""")
    assert [(r["section_path"], r["item"]) for r in rows] == [("Havn", "Bådplads"), ("Parkering", "Zone A")]


def test_thead_naming_two_period_columns_gives_one_tariff_per_period(tmp_path):
    rows = _rows(tmp_path, """
        <h2>Musikskole</h2>
        <table><thead><tr><th>Ydelse</th><th>Enhed</th><th>Takst 2024</th><th>Takst<br>2025</th></tr></thead>
        <tbody><tr><td>Sammenspil</td><td>Kr. pr. mdr.</td><td>189,00</td><td>194,00</td></tr>
        <tr><td>Babymusik</td><td></td><td>Gratis</td><td>Gratis</td></tr>
        <tr><td>Nyt hold</td><td>Kr. pr. mdr.</td><td></td><td>200,00</td></tr></tbody></table>""")
    assert _short(rows) == [
        ("Musikskole", "Sammenspil", "Kr. pr. mdr.", "2024", "189,00"),
        ("Musikskole", "Sammenspil", "Kr. pr. mdr.", "2025", "194,00"),
        ("Musikskole", "Babymusik", None, "2024", "Gratis"),
        ("Musikskole", "Babymusik", None, "2025", "Gratis"),
        ("Musikskole", "Nyt hold", "Kr. pr. mdr.", "2025", "200,00"),
    ]


def test_header_in_th_cells_without_thead_and_school_years(tmp_path):
    rows = _rows(tmp_path, """
        <h2>SFO</h2>
        <table><tr><th></th><th>Skoleår 2024/25</th></tr>
        <tr><td>Morgen</td><td>Kr. 450,00</td></tr></table>""")
    assert _short(rows) == [("SFO", "Morgen", None, "2024/2025", "Kr. 450,00")]   # a value cell as printed


def test_columns_are_told_apart_by_content_not_class_names(tmp_path):
    rows = _rows(tmp_path, """
        <h2>Torv</h2>
        <table>
          <tr><td>Stadeplads</td><td>1.200,00</td><td>Kr. pr. år</td></tr>
          <tr><td>Grupper udenfor åbningstid</td><td>Efter aftale</td><td></td></tr>
          <tr><td>Løs plads</td><td>168,00</td><td>Kr. pr. gang</td></tr>
        </table>""")
    assert _short(rows) == [
        ("Torv", "Stadeplads", "Kr. pr. år", "2024", "1.200,00"),
        ("Torv", "Grupper udenfor åbningstid", None, "2024", "Efter aftale"),
        ("Torv", "Løs plads", "Kr. pr. gang", "2024", "168,00"),
    ]


def test_malformed_numbers_stay_text_with_no_amount(tmp_path):
    rows = _rows(tmp_path, """
        <h2>Hal</h2>
        <table><tr><td>Leje</td><td>Kr. pr. time</td><td>1.07,00</td></tr>
        <tr><td>Lys</td><td>Kr. pr. time</td><td>238.00</td></tr></table>
        <p>Nøglekort Kr. pr. stk. 1.07,00</p>""")
    assert [(r["item"], r["value_text"], r["value_kind"], r["amount_dkk"]) for r in rows] == [
        ("Leje", "1.07,00", "text", None),
        ("Lys", "238.00", "text", None),
        ("Nøglekort", "1.07,00", "text", None),
    ]


def test_ekskl_moms_marks_the_main_section_it_stands_in_above_or_below(tmp_path):
    rows = _rows(tmp_path, f"""
        <h2>Kulturhus</h2><h3>Sal</h3><p>Alle nedenstående priser er ekskl. moms.</p>
        {_TABLE.format(item="Sal", value="1.000,00")}<h3>Café</h3>{_TABLE.format(item="Kaffe", value="20,00")}
        <h2>Museum</h2>{_TABLE.format(item="Entre", value="75,00")}
        <h2>Ridehus</h2><p><strong>Foyer:</strong></p>{_TABLE.format(item="Foyer", value="500,00")}
        <p>Alle ovenstående priser er ekskl. moms</p>
        <h2>Marked</h2>
        <details><summary>Torv</summary>{_TABLE.format(item="Leje, ekskl. moms", value="50,00")}</details>
        <details><summary>Havn</summary><p>Ekskl. moms.</p></details>
        <details><summary>Strand</summary>{_TABLE.format(item="Bod", value="40,00")}</details>""")
    assert [(r["item"], r["vat_excluded"]) for r in rows] == [
        ("Sal", True), ("Kaffe", True), ("Entre", None), ("Foyer", True), ("Leje, ekskl. moms", True),
        ("Bod", None)]


def test_a_page_level_vat_statement_covers_every_tariff(tmp_path):
    rows = _rows(tmp_path, f"""<p>Priserne er eksklusive moms.</p>
        <h2>A</h2>{_TABLE.format(item="X", value="1,00")}<h2>B</h2>{_TABLE.format(item="Y", value="2,00")}""")
    assert [r["vat_excluded"] for r in rows] == [True, True]


def test_bold_rows_head_the_rows_below_them_within_their_table(tmp_path):
    rows = _rows(tmp_path, """
        <h2>Skoler</h2>
        <table>
          <tr><th colspan="3">Haller</th></tr>
          <tr><td>Hal</td><td>Kr. pr. time</td><td>541,00</td></tr>
          <tr><td><b>Foreninger:</b></td><td>Kr. pr. time</td><td>Gratis</td></tr>
          <tr><td>Rengøring</td><td>Kr.</td><td>300,00</td></tr>
          <tr><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
          <tr><td>Prisen reguleres hvert år.</td><td></td><td></td></tr>
        </table>
        <p>Lys Kr. pr. time 53,00</p>""")
    assert [(r["section_path"], r["item"], r["value_text"]) for r in rows] == [
        ("Skoler > Haller", "Hal", "541,00"),
        ("Skoler > Haller", "Foreninger:", "Gratis"),
        ("Skoler > Haller > Foreninger", "Rengøring", "300,00"),
        ("Skoler", "Lys", "53,00"),
    ]


def test_a_value_printed_alone_takes_the_label_above_else_the_heading(tmp_path):
    rows = _rows(tmp_path, """
        <h2>Kort</h2><p>Kommunekort</p><p>Kr. pr. stk. 28,50</p>
        <h2>Byggesag</h2><p><strong>Gebyr efter tidsforbrug:</strong></p>
        <p>Timepris 2023 712,00 kr. og halveres til 356,00 kr.</p><p>Kr. pr. time 369,00</p>
        <h2>Forsikring</h2><p>Efter udløb af fristen<br>Kr. pr. uge 8.384,00</p>
        <h2>Rotter</h2><p>Bekæmpelse</p><p>0,074 promille af ejendomsværdi</p>
        <dl><dt>Skadedyr</dt><dd>Gratis</dd></dl>""")
    assert [(r["section"], r["item"], r["unit"], r["value_text"]) for r in rows] == [
        ("Kort", "Kommunekort", "Kr. pr. stk.", "28,50"),
        ("Gebyr efter tidsforbrug", "Gebyr efter tidsforbrug", "Kr. pr. time", "369,00"),
        ("Forsikring", "Efter udløb af fristen", "Kr. pr. uge", "8.384,00"),
        ("Rotter", "Bekæmpelse", None, "0,074 promille af ejendomsværdi"),
        ("Rotter", "Skadedyr", None, "Gratis"),
    ]


def test_explanatory_text_is_never_a_tariff(tmp_path):
    rows = _rows(tmp_path, """
        <h2>Vand</h2>
        <p>Taksten reguleres pr. 1. januar 2024</p>
        <p>Maksimal takst i 2024 1.124 kr. og halveres til 562,00 kr.</p>
        <p>Der ydes 25% rabat for søskende.</p>
        <p>Senest opdateret 16. januar 2024</p>
        <p>2</p>
        <p>____________</p>""")
    assert rows == []


def test_a_footnote_is_the_note_of_the_items_that_carry_its_marker(tmp_path):
    rows = _rows(tmp_path, """
        <h2>Mad</h2>
        <table><tr><td>Hovedret 1)</td><td>Kr.</td><td>59,00</td></tr>
        <tr><td>Dessert *</td><td>Kr.</td><td>20,00</td></tr>
        <tr><td>Kaffe (2)</td><td>Kr.</td><td>10,00</td></tr></table>
        <p>Prisen er fastsat af ministeriet.</p>
        <p>1) Reguleres årligt.<br>Se loven.</p>
        <p>(2) Kun på hverdage.</p>""")
    assert [(r["item"], r["note"]) for r in rows] == [
        ("Hovedret", "1) Reguleres årligt. Se loven."),
        ("Dessert", "*"),                      # no footnote with that marker: the marker is kept as the note
        ("Kaffe", "(2) Kun på hverdage."),
    ]


def test_year_as_stated_and_committee_where_the_page_names_one(tmp_path):
    document = _document(tmp_path, f"""<h1>Takster 2019-2020</h1>
        <h2>Kultur- og Fritidsudvalget</h2>{_TABLE.format(item="Sal", value="100,00")}""", title="Kommune")
    assert document.year == "2019-2020"
    assert [(t.committee, t.period) for t in document.tariffs] == [("Kultur- og Fritidsudvalget", "2020")]


def test_a_page_with_no_year_and_no_period_columns_is_rejected(tmp_path):
    with pytest.raises(DocumentRejected, match="no year"):
        _document(tmp_path, _TABLE.format(item="Sal", value="100,00"), title="Priser")


def test_vat_in_a_heading_a_caption_or_a_bold_line_covers_what_is_under_it(tmp_path):
    rows = _rows(tmp_path, f"""
        <h2>Sal (priser ekskl. moms)</h2>{_TABLE.format(item="Sal", value="1,00")}
        <h2>Hal</h2><table><caption>Ekskl. moms</caption>
          <tr><td>Hal</td><td>Kr.</td><td>2,00</td></tr></table>{_TABLE.format(item="Bane", value="3,00")}
        <h2>Café</h2><p><strong>Alle priser ekskl. moms</strong></p>{_TABLE.format(item="Kaffe", value="4,00")}
        <h2>Park</h2>{_TABLE.format(item="Bænk", value="5,00")}""")
    assert [(r["section"], r["item"], r["vat_excluded"]) for r in rows] == [
        ("Sal (priser ekskl. moms)", "Sal", True), ("Ekskl. moms", "Hal", True), ("Hal", "Bane", None),
        ("Café", "Kaffe", True), ("Park", "Bænk", None)]


def test_a_table_used_for_layout_is_read_as_text(tmp_path):
    rows = _rows(tmp_path, """<h2>Kort</h2>
        <table><tr><td><p>Bykort Kr. pr. stk. 28,50</p></td><td><p>Se også vores kortbutik.</p></td></tr></table>""")
    assert _short(rows) == [("Kort", "Bykort", "Kr. pr. stk.", "2024", "28,50")]


def test_utf8_without_a_charset_is_read_as_utf8(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes("<html><body><h1>Takster 2024</h1><h2>Ældre</h2><p>Kørsel Kr. pr. tur 25,00</p></body></html>"
                     .encode("utf-8"))
    assert [(t.section_path, t.item) for t in extract_tariffs_html(path).tariffs] == [(["Ældre"], "Kørsel")]


def test_an_empty_file_is_rejected_with_a_reason(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(b"")
    with pytest.raises(DocumentRejected, match="unreadable HTML"):
        extract_tariffs_html(path)


def test_page_chrome_outside_main_is_never_read(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Takster 2024</title></head><body>"
                    "<nav><p>Menu Kr. pr. stk. 1,00</p></nav>"
                    f"<main><h2>A</h2>{_TABLE.format(item='X', value='5,00')}</main>"
                    "<footer><p>Telefon Kr. 2,00</p></footer></body></html>", encoding="utf-8")
    assert [t.item for t in extract_tariffs_html(path).tariffs] == ["X"]


@pytest.mark.parametrize("line, parsed", [
    ("Kopi/print (sort/hvid/farve) Kr. pr. ark 2,00", ("Kopi/print (sort/hvid/farve)", "Kr. pr. ark", "2,00")),
    ("Fast gebyr kr. 562,00", ("Fast gebyr", "kr.", "562,00")),
    ("Kr. pr. time 369,00", ("", "Kr. pr. time", "369,00")),
    ("Elevbetaling pr. linje Kr. pr. måned 460,00", ("Elevbetaling pr. linje", "Kr. pr. måned", "460,00")),
    ("Enkeltnummerplader Kr. for 3 år 258,00", ("Enkeltnummerplader", "Kr. for 3 år", "258,00")),
    ("Omsorgstandlægen Pr. år 570,00", ("Omsorgstandlægen", "Pr. år", "570,00")),
    ("Kørsel Kr. pr. gang 80,00 (130,00 pr 1/11 2023)", ("Kørsel", "Kr. pr. gang", "80,00 (130,00 pr 1/11 2023)")),
    ("Lån af lokale Kr. pr. time Gratis", ("Lån af lokale", "Kr. pr. time", "Gratis")),
    ("Kr. 7.449,37", ("", "Kr.", "7.449,37")),
    ("690,00", ("", None, "690,00")),
    ("Taksten reguleres pr. 1. januar 2024", None),
    ("Senest opdateret 16. januar 2023", None),
    ("Timepris 2022 712,00 kr. og halveres efter budgetforlig til 356,00 kr.", None),
    ("De maksimale takster er udmeldt ultimo 2022.", None),
    ("Mulighed for tilkøb af adgang mv. efter aftale", None),
    ("2", None),
])
def test_lines_of_text(line, parsed):
    result = parse_line(line)
    assert (result.item, result.unit, result.value) == parsed if parsed else result is None


# --- properties ----------------------------------------------------------------------------------

_NOT_ITEM_WORDS = {"kr", "pr", "per", "fri", "frit", "gratis", "afventer", "afventes"}
_WORDS = st.lists(st.text(alphabet="abcdefghijklmnoprstuvyæøå", min_size=3, max_size=8)
                  .filter(lambda w: w not in _NOT_ITEM_WORDS), min_size=1, max_size=6)
_GAPS = st.sampled_from([" ", "  ", "\n", "\t", "<br>", " <br/> ", "&nbsp;", "\u00a0 ", "<br>\n"])


@settings(max_examples=40, deadline=None)
@given(words=_WORDS, gaps=st.lists(_GAPS, min_size=5, max_size=5), edges=st.tuples(_GAPS, _GAPS))
def test_any_white_space_or_br_in_a_cell_folds_to_the_same_item(tmp_path_factory, words, gaps, edges):
    cell = edges[0] + "".join(w + g for w, g in zip(words[:-1], gaps)) + words[-1] + edges[1]
    tmp_path = tmp_path_factory.mktemp("cell")
    rows = _rows(tmp_path, f"<h2>S</h2><table><tr><td>{cell}</td><td>Kr.</td><td>1,00</td></tr></table>")
    assert [r["item"] for r in rows] == [" ".join(words)]


@settings(max_examples=200)
@given(words=_WORDS,
       unit=st.sampled_from(["Kr.", "kr.", "Kr. pr. time", "Kr. pr. mdr.", "Pr. år", "pr. gang", "Kr. for 3 år"]),
       kroner=st.integers(min_value=0, max_value=10**7), ore=st.integers(min_value=0, max_value=99))
def test_a_text_line_splits_into_item_unit_and_value(words, unit, kroner, ore):
    value = f"{kroner:,}".replace(",", ".") + f",{ore:02d}"
    result = parse_line(" ".join(words) + f" {unit} {value}")
    assert (result.item, result.unit, result.value) == (" ".join(words), unit, value)
