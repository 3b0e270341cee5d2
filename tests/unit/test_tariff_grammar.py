"""The tariff grammar: Danish price notations, word values, periods, leaders, lines naming
their periods, header roles, VAT cells, and what reads as money, with properties over
any price (hypothesis) and the notations written out."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.tariff_grammar import (
    ITEM, REMARK, UNIT, VALUE, VAT, committee_in, footnote_marker, header_role, leader_split, line_tariffs,
    parse_period_parts, parse_value_cell, period_of, reads_as_price, split_footnote_marker, value_kind, vat_cell,
    wraps_period_part,
)

KRONER = st.integers(min_value=0, max_value=10**7)
ORE = st.integers(min_value=0, max_value=99)
WORDS = st.lists(st.text(alphabet="abcdefghijklmnoprstuvyæøå", min_size=3, max_size=9)
                 .filter(lambda w: w not in {"kr", "pr", "per", "fri", "frit", "og", "dkk"}), min_size=1, max_size=5)


def danish(kroner: int) -> str:
    return f"{kroner:,}".replace(",", ".")


@settings(max_examples=200)
@given(kroner=KRONER, ore=ORE)
def test_every_notation_of_a_price_is_that_amount(kroner, ore):
    number = danish(kroner)
    with_ore = kroner + ore / 100
    for printed, amount in ((f"{number},{ore:02d}", with_ore), (f"{number},{ore:02d} kr.", with_ore),
                            (f"kr. {number}", kroner), (f"{number} kr.", kroner), (f"{number},-", kroner),
                            (f"Kr. {number},{ore:02d}", with_ore), (f"DKK {number}", kroner)):
        assert value_kind(printed) == ("amount", pytest.approx(amount)), printed


@pytest.mark.parametrize("printed, kind", [
    ("Gratis", "free"), ("gratis", "free"), ("Efter regning", "at_cost"), ("efter medgået tid", "at_cost"),
    ("Efter tidsforbrug", "at_cost"), ("Udgår", "discontinued"), ("udgår pr. 1/7", "discontinued"),
    ("afventer", "pending"), ("Afventes", "pending"), ("efter tilbud", "on_request"), ("Pris efter aftale", "on_request"),
    ("0,074 ‰", "per_mille"), ("0,5% af løbende restgæld", "percent"), ("10% af leje, min. 300 kr.", "percent"),
    ("1.07,00", "text"), ("238.00", "text"), ("tidsforbrug", "text"), ("fri adgang", "text"), ("inkl.", "text"),
])
def test_values_that_are_not_plain_prices(printed, kind):
    assert value_kind(printed)[0] == kind


@pytest.mark.parametrize("text, period", [
    ("Takst 2024 (kr.)", "2024"), ("Pris 2026", "2026"), ("Enhedstakst 2020", "2020"), ("Skoleår 2019/2020", "2019/2020"),
    ("Skoleår 2019/20", "2019/2020"), ("Enheds- takst 2019", "2019"), ("Ydelse", None),
])
def test_the_period_a_header_names(text, period):
    assert period_of(text) == period


@pytest.mark.parametrize("text, role", [
    ("Ydelse", ITEM), ("Beskrivelse", ITEM), ("Enhed", UNIT), ("Takst 2024 (kr.)", VALUE), ("Pris", VALUE),
    ("Skoleår 2019/2020", VALUE), ("Moms", VAT), ("Bemærkning", REMARK), ("Bemærkninger", REMARK),
    ("Økonomiudvalget", None), ("Enhedstakst", VALUE),
])
def test_what_a_column_header_names(text, role):
    assert header_role(text) == role


@settings(max_examples=100)
@given(words=WORDS, kroner=KRONER, ore=ORE, dots=st.integers(min_value=3, max_value=40),
       spaced=st.booleans(), unit=st.sampled_from(["", " kr."]))
def test_a_leader_line_is_its_item_and_its_price(words, kroner, ore, dots, spaced, unit):
    price = f"{danish(kroner)},{ore:02d}{unit}"
    leader = (". " * dots).strip() if spaced else "." * dots
    line = " ".join(words) + f" {leader} " + price
    assert leader_split(line) == (" ".join(words), price)
    (tariff,) = line_tariffs(line)
    assert (tariff.item, tariff.unit, tariff.period, tariff.value) == (" ".join(words), None, None, price)
    assert line[tariff.value_at[0]:tariff.value_at[1]] == price


@settings(max_examples=100)
@given(words=WORDS, first=st.integers(min_value=1990, max_value=2040), prices=st.lists(st.tuples(KRONER, ORE),
       min_size=1, max_size=4), separator=st.sampled_from([" / ", "; ", ", ", " | "]), unit=st.sampled_from(["", " kr."]))
def test_a_line_naming_its_periods_gives_one_value_per_period(words, first, prices, separator, unit):
    values = [f"{danish(k)},{o:02d}{unit}" for k, o in prices]
    line = " ".join(words) + ": " + separator.join(f"{first + i}: {v}" for i, v in enumerate(values))
    lead, parts = parse_period_parts(line)
    assert lead == " ".join(words)
    assert [(p.period, p.value, line[p.start:p.end]) for p in parts] == [
        (str(first + i), v, v) for i, v in enumerate(values)]


def test_a_line_naming_its_periods_may_name_school_years_and_wrap():
    lead, parts = parse_period_parts("Leje 2019/20: 1.250,- og 2020/21: Udgår")
    assert (lead, [(p.period, p.value) for p in parts]) == ("Leje", [("2019/2020", "1.250,-"), ("2020/2021", "Udgår")])
    assert parse_period_parts("Timepris 2023: se nedenfor") is None
    assert wraps_period_part("Leje: 2024: 60,00 / 2025:", "65,00") and wraps_period_part("Leje: 2024: 60,00 /", "2025: 65,00")
    assert not wraps_period_part("Leje af sal", "2025: 65,00")


@pytest.mark.parametrize("cell, parsed", [
    ("65,00 kr.", (None, "65,00 kr.")), ("kr. 1.250", (None, "kr. 1.250")), ("Kr. pr. time 369,00", ("Kr. pr. time", "369,00")),
    ("65,00 pr. time", ("pr. time", "65,00")), ("300 kr. + entre pr person", None), ("pr. time", None),
])
def test_a_value_cell_is_the_value_as_printed_and_its_unit_apart(cell, parsed):
    assert parse_value_cell(cell) == parsed


@pytest.mark.parametrize("cell, excluded", [
    ("ekskl.", True), ("Ekskl. moms", True), ("eks.", True), ("excl. moms", True), ("nej", True),
    ("inkl.", False), ("inkl. moms", False), ("ja", False), ("", None), ("se note", None),
])
def test_a_vat_column_cell(cell, excluded):
    assert vat_cell(cell) is excluded


@pytest.mark.parametrize("word, before, after, after_next, money", [
    ("65,00", None, None, None, True), ("1.250", None, None, None, True), ("125,-", None, None, None, True),
    ("300", "på", "kr", None, True), ("300", "kr.", None, None, True), ("16", "kl.", "Kr.", "pr.", False),
    ("2024", "i", None, None, False), ("117,202,217", None, None, None, False), ("17.00", "kl.", None, None, False),
    ("1/7-2018", None, None, None, False), ("2024:", None, "kr.", "60,00", False), ("3", "min.", "timer", None, False),
])
def test_what_reads_as_money(word, before, after, after_next, money):
    assert reads_as_price(word, before, after, after_next) is money


def test_footnotes_and_committees():
    assert split_footnote_marker("43 timer *)") == ("43 timer", "*)")
    assert split_footnote_marker("Leje (afgift 1)") == ("Leje (afgift 1)", None)
    assert footnote_marker("(2) Kun på hverdage.") == "2)" and footnote_marker("2 timer") is None
    assert committee_in("Teknisk udvalg") == "Teknisk udvalg"
    assert committee_in("Takster under Kultur- og Fritidsudvalget") == "Kultur- og Fritidsudvalget"
