"""tariff_series: rewordings join, different tariffs never merge."""

import pyarrow as pa

from pipeline.schemas import TABLES
from pipeline.series import link_series


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
