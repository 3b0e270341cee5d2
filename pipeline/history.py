"""`pipeline history`: tariff series whose wording matches a query, price per period."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq
from rapidfuzz import fuzz

_MATCH = 85  # partial match of the query against an item, in rapidfuzz's 0-100


@dataclass
class SeriesView:
    item: str                    # its latest wording
    section: str | None
    unit: str | None
    values: dict[str, str] = field(default_factory=dict)  # period -> value as printed


def matching_series(path: Path, query: str) -> tuple[list[SeriesView], list[str]]:
    """Series with an item matching `query` (any edition's wording), and the periods they cover."""
    rows = pq.read_table(path).to_pylist()
    wanted = query.casefold()
    hits = {r["series_id"] for r in rows
            if wanted in r["item"].casefold() or fuzz.partial_ratio(wanted, r["item"].casefold()) >= _MATCH}
    views: dict[str, SeriesView] = {}
    for row in sorted((r for r in rows if r["series_id"] in hits), key=lambda r: r["period"]):
        view = views.setdefault(row["series_id"], SeriesView(row["item"], row["section"], row["unit"]))
        view.item, view.section, view.unit = row["item"], row["section"], row["unit"]
        shown = view.values.get(row["period"])
        if shown is None:
            view.values[row["period"]] = row["value_text"]
        elif row["value_text"] not in shown.split(" / "):
            view.values[row["period"]] = f"{shown} / {row['value_text']}"  # two editions disagree
    periods = sorted({p for v in views.values() for p in v.values})
    return sorted(views.values(), key=lambda v: (v.section or "", v.item)), periods
