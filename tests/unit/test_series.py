"""tariff_series: rewordings join, different tariffs never merge."""

import pyarrow as pa
from hypothesis import given
from hypothesis import strategies as st

from pipeline.schemas import TABLES
from pipeline.series import _fuzzy_candidates, _norm, _score, _Series, _tariffs_of, _unit, link_series


def edition(document_id, rows):
    return [{"document_id": document_id, "page": None, "committee": None, "section": path.split(" > ")[-1],
             "item": item, "unit": unit, "period": period, "value_text": value, "amount_dkk": None,
             "value_kind": "amount", "vat_excluded": None, "section_path": path, "note": None,
             "row_number": n, "bbox_x0": None, "bbox_top": None, "bbox_x1": None, "bbox_bottom": None}
            for n, (path, item, unit, period, value) in enumerate(rows, start=1)]


OLD = edition("old", [
    ("Borgerservice", "Pas voksne 18-65 år", "Pr. stk.", "2019", "636,00"),
    ("Borgerservice", "Pas voksne 18-65 år", "Pr. stk.", "2020", "651,00"),
    ("Leje > Foreninger", "Mere end 4 timer", "Kr. pr. gang", "2020", "250,00"),
    ("Leje > Private", "Mere end 4 timer", "Kr. pr. gang", "2020", "260,00"),
    ("Stadion og idrætsanlæg", "Fodboldbane, græs", "pr. time", "2020", "300,00"),
    ("Stadion og idrætsanlæg", "Kopi", "pr. side", "2020", "2,00"),
])
NEW = edition("new", [
    ("Leje > Private", "Mere end 4 timer", "Kr. pr. gang", "2023", "285,00"),
    ("Leje > Foreninger", "Mere end 4 timer", "Kr. pr. gang", "2023", "270,00"),
    ("Borgerservice", "Pas, voksne 18-65 år", "Kr. pr. stk.", "2023", "891,00"),
    ("Stadion og idrætsanlæg", "Fodboldbane, kunstgræs", "pr. time", "2023", "400,00"),
    ("Stadion og idrætsanlæg", "Kopi", "pr. ark", "2023", "3,00"),
])


def linked():
    table = pa.Table.from_pylist(OLD + NEW, schema=TABLES["tariffs"])
    return link_series(table, {"old": "2019-2020", "new": "2023"}).to_pylist()


def series_of(rows, document_id, item, section_path):
    return {r["series_id"] for r in rows if r["document_id"] == document_id and r["item"] == item
            and r["section_path"] == section_path}


def test_one_row_per_tariffs_row_and_periods_of_one_edition_share_a_series():
    rows = linked()
    assert len(rows) == len(OLD) + len(NEW)
    assert len(series_of(rows, "old", "Pas voksne 18-65 år", "Borgerservice")) == 1


def test_a_rewording_joins_its_series_with_its_score():
    rows = linked()
    assert series_of(rows, "old", "Pas voksne 18-65 år", "Borgerservice") == series_of(
        rows, "new", "Pas, voksne 18-65 år", "Borgerservice")
    (new,) = [r for r in rows if r["document_id"] == "new" and r["item"].startswith("Pas")]
    assert new["link"] == "fuzzy" and 0.85 <= new["link_score"] < 1


def test_the_same_item_under_two_groups_is_two_tariffs_even_reordered():
    rows = linked()
    for group in ("Leje > Foreninger", "Leje > Private"):
        assert series_of(rows, "old", "Mere end 4 timer", group) == series_of(rows, "new", "Mere end 4 timer", group)
    assert series_of(rows, "new", "Mere end 4 timer", "Leje > Foreninger") != series_of(
        rows, "new", "Mere end 4 timer", "Leje > Private")
    assert {r["link"] for r in rows if r["document_id"] == "new" and r["item"] == "Mere end 4 timer"} == {"exact"}


def test_different_tariffs_do_not_merge():
    rows = linked()
    # grass and artificial grass are different pitches; a copy per side is not a copy per sheet
    assert series_of(rows, "old", "Fodboldbane, græs", "Stadion og idrætsanlæg") != series_of(
        rows, "new", "Fodboldbane, kunstgræs", "Stadion og idrætsanlæg")
    assert series_of(rows, "old", "Kopi", "Stadion og idrætsanlæg") != series_of(
        rows, "new", "Kopi", "Stadion og idrætsanlæg")
    firsts = {r["item"] for r in rows if r["document_id"] == "new" and r["link"] == "first"}
    assert firsts == {"Fodboldbane, kunstgræs", "Kopi"}


def test_series_ids_are_stable_when_a_newer_edition_is_added():
    first = {(r["item"], r["section_path"]): r["series_id"] for r in link_series(
        pa.Table.from_pylist(OLD, schema=TABLES["tariffs"]), {"old": "2019-2020"}).to_pylist()}
    both = {(r["item"], r["section_path"]): r["series_id"] for r in linked() if r["document_id"] == "old"}
    assert first == both


# --- linking with an index gives exactly the links of comparing every pair ---------------

WORDS = ["pas", "pas,", "voksne", "børn", "leje", "hal", "kopi", "side", "ark", "18-65", "år", "0", "11", "12",
         "2020", "og", "pr.", "idrætsanlæg", "idrætsanlægget", "græs", "kunstgræs"]
UNITS = ["Kr. pr. time", "pr. time", "pr. side", "Pr. stk.", "", None]
SECTIONS = ["Borgerservice", "Leje > Private", "Leje > Foreninger", "Stadion og idrætsanlæg", "Idrætsanlæg"]
tariff_rows = st.lists(st.tuples(st.sampled_from(SECTIONS), st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
                                 st.sampled_from(UNITS), st.sampled_from(["2019", "2020", "2023"])), max_size=25)


def rows_of(document_id, drawn):
    return edition(document_id, [(path, " ".join(words), unit, period, "1,00") for path, words, unit, period in drawn])


def every_pair(tariffs, series, linked, used):
    """The pairwise loop linking used to run: every tariff against every series."""
    return sorted(((score, n, s) for n, t in enumerate(tariffs) if n not in linked
                   for s in series if s.series_id not in used and (score := _score(t, s)) is not None),
                  key=lambda c: -c[0])


@given(tariff_rows, tariff_rows, st.sets(st.integers(0, 30)), st.sets(st.integers(0, 30)))
def test_blocked_candidates_are_exactly_every_pairs(old, new, linked, used_positions):
    series = [_Series(f"s{n}", t) for n, t in enumerate(_tariffs_of(rows_of("old", old)))]
    tariffs = _tariffs_of(rows_of("new", new))
    used = {f"s{n}" for n in used_positions}
    expected = [(score, n, s.series_id) for score, n, s in every_pair(tariffs, series, linked, used)]
    assert [(score, n, s.series_id) for score, n, s in _fuzzy_candidates(tariffs, series, linked, used)] == expected


def tariffs_one_by_one(rows):
    """How tariffs were grouped before: the n-th printing of a key for a period is found by
    walking the tariffs of that key until one lacks the period."""
    by_key = {}
    for row in sorted(rows, key=lambda r: r["row_number"] or 0):
        key = (_norm(row["section_path"] or row["section"]), _norm(row["item"]), _unit(row["unit"]))
        occurrence = 0
        while (key + (occurrence,)) in by_key and any(r["period"] == row["period"] for r in by_key[key + (occurrence,)]):
            occurrence += 1
        by_key.setdefault(key + (occurrence,), []).append(row)
    return list(by_key.values())


@given(tariff_rows)
def test_printings_of_one_tariff_group_as_before(drawn):
    rows = rows_of("x", drawn)
    assert [t.rows for t in _tariffs_of(rows)] == tariffs_one_by_one(rows)
