"""Budget tables in layouts the sample does not have: the extractor must find them by
structure alone. Expected values come from each document's specification."""

import pytest

from budget_layouts import SpecChapter, SpecTable, build_pdf
from pipeline.extract.budget import budget_lines, extract_budget

AREAS = [
    ("Veje og parker", ["52.100", "1.200"]),
    ("Kollektiv trafik", ["18.450", ""]),
    ("Natur og miljø, herunder vandløb, søer og naturpleje i det åbne land", ["7.305", "-300"]),
    ("Affald og genbrug", ["-1.250", ""]),
]
OVERVIEW_TOTAL = ("Politikområde Teknik og Miljø i alt", ["76.605", "900"])
AREA_ROWS = [
    ("Vejvedligeholdelse og vintertjeneste på kommunens veje og stier", ["38.000", "39.500", "40.100", "40.000", "40.000", "1.200"]),
    ("Parker", ["11.000", "11.900", "12.000", "12.100", "12.100", ""]),
    ("Samlet Udgift", ["49.000", "51.400", "52.100", "52.100", "52.100", "1.200"]),
]
N2_HEADERS = ["R24", "R25", "B26", "Tekn.\nB27", "Skøn 27", "Tillæg"]
N2_MEASURES = [("actual", 2024), ("actual", 2025), ("adopted_budget", 2026),
               ("technical_budget", 2027), ("estimate", 2027), ("supplement", 2027)]
N1_MEASURES = [("technical_budget", 2027), ("supplement", 2027)]
LONG_ROWS = [(f"Rute {i}", [f"{i * 3}.{i:03d}", str(i)]) for i in range(1, 46)]


def chapters(style: str, chart: bool = False) -> list[SpecChapter]:
    return [
        SpecChapter("0", "Generelt for politikområdet Teknik og Miljø", [
            SpecTable("0.1", "Tabel over budgettet på hele politikområdet", ["Teknisk budget\n2027", "Tillæg\n2027"],
                      AREAS + [OVERVIEW_TOTAL], unit="i 1.000 kr.", style=style, label_width=200)],
            prose=["Teksten her forklarer budgettet, og den er lang nok til at løbe over hele sidens bredde."]),
        SpecChapter("1", "Aktivitetsområde Veje og parker", [
            SpecTable("1.1", "Tabel over delelementer på aktivitetsområdet", ["Teknisk budget\n2027", "Tillæg\n2027"],
                      [("Veje og parker, i alt", ["52.100", "1.200"])], style=style),
            SpecTable("1.2", "Tabel", N2_HEADERS, AREA_ROWS, style=style,
                      caption="Udvikling i udgifterne over tid for aktivitetsområdet Veje og parker.")],
            prose=["\u2022 Alle år er i 2027 priser."], chart_after_tables=chart, page_break_after=True),
        SpecChapter("2", "Aktivitetsområde Kollektiv trafik", [
            SpecTable("2.1", "Tabel over delelementer på aktivitetsområdet", ["Teknisk budget\n2027", "Tillæg\n2027"],
                      LONG_ROWS, style=style)],
            prose=["Efter tabellen kommer almindelig tekst, som ikke er en del af tabellen."]),
    ]


def expected() -> set[tuple]:
    cells = set()

    def add(table_id, area, rows, measures, overview=False):
        for label, values in rows:
            total = label.endswith(("i alt", ", samlet")) or label.startswith("Samlet")
            for (measure, year), value in zip(measures, values):
                if value:
                    row_area = (None if total else label) if overview else area
                    cells.add((table_id, row_area, label, total, measure, year, value))

    add("0.1", None, AREAS + [OVERVIEW_TOTAL], N1_MEASURES, overview=True)
    add("1.1", "Veje og parker", [("Veje og parker, i alt", ["52.100", "1.200"])], N1_MEASURES)
    add("1.2", "Veje og parker", AREA_ROWS, N2_MEASURES)
    add("2.1", "Kollektiv trafik", LONG_ROWS, N1_MEASURES)
    return cells


def extracted(path):
    document = extract_budget(path)
    rows = budget_lines(document, "doc")
    return document, rows, [(r["table_id"], r["activity_area"], r["line_item"], r["is_total"], r["measure"],
                             r["fiscal_year"], r["printed_value"]) for r in rows]


@pytest.mark.parametrize("style", ["grid", "hrules", "none"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_tables_are_found_by_structure_in_every_layout(tmp_path, style, orientation):
    path = build_pdf(tmp_path / "budget.pdf", chapters(style, chart=True),
                     title="Budget 2027 - Politikområde Teknik og Miljø",
                     running_header="Politikområde Teknik og Miljø",
                     landscape_pages=orientation == "landscape")
    document, rows, cells = extracted(path)
    assert document.policy_area == "Teknik og Miljø"
    assert document.year == "2027"
    assert len(cells) == len(set(cells))
    assert set(cells) == expected()


def test_a_table_split_over_a_page_break_keeps_its_rows_and_pages(tmp_path):
    path = build_pdf(tmp_path / "budget.pdf", chapters("grid"), title="Budget 2027",
                     running_header="Politikområde Teknik og Miljø")
    _, rows, _ = extracted(path)
    long_table = [r for r in rows if r["table_id"] == "2.1"]
    assert len(long_table) == 90
    assert len({r["page"] for r in long_table}) == 2
    assert [r["row_number"] for r in long_table if r["measure"] == "supplement"] == list(range(1, 46))


def test_year_and_policy_area_without_a_title(tmp_path):
    """No metadata title: the year comes from the technical budget's header, the area from the running header."""
    path = build_pdf(tmp_path / "budget.pdf", chapters("grid"), title="",
                     running_header="Politikområde Teknik og Miljø")
    document, _, _ = extracted(path)
    assert (document.year, document.policy_area) == ("2027", "Teknik og Miljø")


def test_unit_in_millions_with_decimals(tmp_path):
    table = SpecTable("3.2", "Tabel", ["R24", "B25", "Tekn. B26"], [("Anlæg, i alt", ["1,5", "0,25", "-2,125"])],
                      unit="Mio. kr.")
    path = build_pdf(tmp_path / "budget.pdf", [SpecChapter("3", "Aktivitetsområde Anlæg", [table])],
                     title="Budget 2026", running_header="Politikområde Anlæg")
    _, rows, _ = extracted(path)
    assert [(r["measure"], r["fiscal_year"], r["amount_dkk"]) for r in rows] == [
        ("actual", 2024, 1_500_000), ("adopted_budget", 2025, 250_000), ("technical_budget", 2026, -2_125_000)]


def test_unknown_column_header_keeps_the_cell_and_leaves_measure_empty(tmp_path):
    """Nothing is dropped: a column the extractor cannot name still yields its rows, for validation to flag."""
    table = SpecTable("3.2", "Tabel", ["R24", "Pris- og lønregulering"], [("Drift, i alt", ["100", "7"])])
    path = build_pdf(tmp_path / "budget.pdf", [SpecChapter("3", "Aktivitetsområde Drift", [table])],
                     title="Budget 2026", running_header="Politikområde Drift")
    _, rows, _ = extracted(path)
    assert [(r["measure"], r["printed_value"]) for r in rows] == [("actual", "100"), (None, "7")]
