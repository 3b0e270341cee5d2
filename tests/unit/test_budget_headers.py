"""Column headers to measure and year, the unit a table states, and the page triage that
asks the parser's own header question of plain text."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.extract.budget import table_pages
from pipeline.pdf.words import Word
from pipeline.extract.budget_headers import (
    BudgetYears, HeaderReading, document_unit, header_signal, read_header, resolve, stated_unit,
)

FOUR_YEAR = BudgetYears(2026, multi_year=True)


@pytest.mark.parametrize("header, measure, year", [
    ("R23", "actual", 2023), ("Regnskab 2024", "actual", 2024), ("R 2024", "actual", 2024),
    ("B25", "adopted_budget", 2025), ("Budget 2026", "adopted_budget", 2026), ("B2026", "adopted_budget", 2026),
    ("Vedtaget budget 2026", "adopted_budget", 2026), ("Oprindeligt budget 2025", "adopted_budget", 2025),
    ("Korrigeret budget 2025", "corrected_budget", 2025), ("Korr. B25", "corrected_budget", 2025),
    ("Korr. budget 2025", "corrected_budget", 2025),
    ("Tekn. B26", "technical_budget", 2026), ("Teknisk budget 2026", "technical_budget", 2026),
    ("Skøn 26", "estimate", 2026), ("Forventet regnskab 2025", "estimate", 2025),
    ("Overslag 2027", "forecast", 2027), ("Budgetoverslag 2028", "forecast", 2028),
    ("Budget- overslag 2028", "forecast", 2028), ("Overslagsår 2029", "forecast", 2029),
    ("Budget 2026 (2026-priser)", "adopted_budget", 2026), ("Regnskab 2024*", "actual", 2024),
    ("Korrigeret budget 2025 pr. 31. oktober", "corrected_budget", 2025),
    ("Regnsk ab 2024", "actual", 2024),   # a word a narrow column broke
    ("2024 Regnskab", "actual", 2024), ("Budget 2026 netto", "adopted_budget", 2026),
    ("Regnskab 2024 i 2026-priser", "actual", 2024), ("Forventet 2025", "estimate", 2025),
])
def test_a_header_names_its_measure_and_year(header, measure, year):
    assert read_header(header) == HeaderReading(measure, year)


@pytest.mark.parametrize("header, expected", [
    ("BO1", ("forecast", 2027)), ("BO 2", ("forecast", 2028)), ("BO3 2029", ("forecast", 2029)),
    ("1. overslagsår", ("forecast", 2027)), ("Overslagsår 3", ("forecast", 2029)),
    ("Tillæg", ("supplement", 2026)), ("Teknisk budget", ("technical_budget", 2026)),
    ("2026", ("adopted_budget", 2026)), ("2028", ("forecast", 2028)), ("2024", (None, 2024)),
    ("Pris- og lønregulering", (None, None)), ("Afvigelse i %", (None, None)),
])
def test_the_document_and_the_table_fill_in_years(header, expected):
    assert resolve([read_header(header)], FOUR_YEAR) == [expected]


def test_out_years_count_from_the_tables_own_budget_column():
    readings = [read_header(h) for h in ("Budget 2027", "BO1", "BO2")]
    assert resolve(readings, FOUR_YEAR) == [("adopted_budget", 2027), ("forecast", 2028), ("forecast", 2029)]


def test_bare_years_are_named_only_over_money_in_a_multi_year_budget():
    readings = [read_header("2026"), read_header("2027")]
    assert resolve(readings, BudgetYears(2026, multi_year=False)) == [(None, 2026), (None, 2027)]
    assert resolve(readings, FOUR_YEAR, money=False) == [(None, 2026), (None, 2027)]


MEASURE_FORMS = [("actual", "Regnskab {y}"), ("actual", "R{yy}"), ("adopted_budget", "Budget {y}"),
                 ("adopted_budget", "B{y}"), ("corrected_budget", "Korrigeret\nbudget {y}"),
                 ("corrected_budget", "Korr. B{yy}"), ("estimate", "Skøn {yy}"), ("forecast", "Overslag {y}"),
                 ("forecast", "Budget-\noverslag {y}"), ("technical_budget", "Tekn.\nB{yy}")]


@given(st.sampled_from(MEASURE_FORMS), st.integers(2000, 2099), st.sampled_from(["", "*", " (2026-priser)"]))
def test_every_form_of_a_measure_reads_with_any_year(form, year, noise):
    measure, template = form
    header = template.format(y=year, yy=f"{year % 100:02d}") + noise
    assert read_header(header) == HeaderReading(measure, year)


@given(st.text(max_size=40))
def test_reading_any_text_never_raises(text):
    reading = read_header(text)
    assert reading.measure is None or reading.measure in {m for m, _ in MEASURE_FORMS} | {"supplement"}
    header_signal(text)


def test_units_stated_in_a_caption_a_title_or_once_for_the_document():
    assert stated_unit("Beløb i mio. kr. (2026-priser). Negative beløb er indtægter.") == "i mio. kr."
    assert stated_unit("Driftsbevillinger (1.000 kr.)") == "1.000 kr."
    assert stated_unit("Priser (kr.)") == "(kr.)"
    assert stated_unit("Budgettet stiger med 2 mio. kr. i 2026.") is None   # an amount, not a unit
    assert document_unit("Indledning\nAlle beløb er i 1.000 kr. og i 2026-priser.") == "i 1.000 kr."


def test_triage_keeps_every_page_the_parser_could_read():
    pages = [
        "I 1000 kr.\nRegnskab 2024\nBudget 2025\nÆldre 1.234 1.300",        # the header split in plain text
        "Forord\nBudgettet for 2026 er lagt i et svært år, og budget 2026 fra i fjor er holdt.",
        "Tabel 3: Budgetændringer\nÆndring 2026 2027 2028 2029\nDemografi 6.200 9.800 13.100 15.900",
        "Politikområde Ældre\nHjemmepleje 301.200 305.000\nNetto i alt 812.400 830.150\n3",   # rows go on
        "Politikområde Ældre\nÆldreområdet får flere plejeboliger i 2026.\nFigur 11.4.2\n4",
    ]
    assert table_pages(pages) == [0, 2, 3]


def test_triage_sees_a_header_laid_out_in_columns_that_plain_text_hides():
    """"Ændring  Budget 2026  Pct." is one run of words in plain text, three cells on the page."""
    text = "Ændring Budget 2026 Pct.\nDrift 1.200 4,5"
    runs = [Word("Ændring", 150, 185, 100, 109, 9), Word("Budget 2026", 220, 270, 100, 109, 9),
            Word("Pct.", 300, 318, 100, 109, 9), Word("Drift", 56, 78, 115, 124, 9),
            Word("1.200", 248, 270, 115, 124, 9), Word("4,5", 305, 318, 115, 124, 9)]
    assert table_pages([text]) == []
    assert table_pages([text], [runs]) == [0]
