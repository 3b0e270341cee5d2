"""Recall and precision of extracted rows against a corpus document's truth.

Tariffs are matched on (item, period, value_text), white space folded and a footnote
marker at the end of the item ignored. Budget cells are matched on (row label, measure,
fiscal_year, amount_dkk) within a table; an extracted table is paired with the truth
table it shares most cells with, so a reader's own table numbering does not decide the
score. Rows are multisets: a row extracted twice is one match and one extra.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields

from .model import BudgetTruth, TariffTruth

# "Voksne*", "Voksne **", "Voksne *)", "Voksne 1)", "Voksne¹": the marker is no part of the item.
_FOOTNOTE_MARKER = re.compile(r"\s*(\*+\)?|[\u00b9\u00b2\u00b3\u2070-\u2079]+|\d{1,2}\))$")
TARIFF_FIELDS = ("unit", "section", "vat_excluded")
BUDGET_FIELDS = ("printed_value", "column_header", "is_total")


@dataclass
class Score:
    name: str
    truth: int = 0
    extracted: int = 0
    matched: int = 0
    missing: list[tuple] = field(default_factory=list)
    extra: list[tuple] = field(default_factory=list)
    rejected: str | None = None      # the reason, where the reader refused the document
    # per field: [agreeing, compared] over matched rows where the truth states the field
    agreement: dict[str, list[int]] = field(default_factory=dict)

    @property
    def recall(self) -> float:
        return self.matched / self.truth if self.truth else 1.0

    @property
    def precision(self) -> float:
        """A reader that extracted nothing from a document with truth has no precision to claim."""
        if self.extracted:
            return self.matched / self.extracted
        return 0.0 if self.truth else 1.0


def fold(text: object) -> str:
    return " ".join(str(text).split()) if text is not None else ""


def item_key(item: str) -> str:
    folded = fold(item)
    marker = _FOOTNOTE_MARKER.search(folded)
    # "Børn (under 3)" keeps its "3)": only an unbalanced ")" closes a marker.
    if marker and (not marker.group(1).endswith(")") or folded.count("(") < folded.count(")")):
        folded = folded[:marker.start()]
    return folded


def tariff_key(row: Mapping | TariffTruth) -> tuple:
    get = _getter(row)
    return item_key(get("item")), fold(get("period")), fold(get("value_text"))


def budget_key(row: Mapping | BudgetTruth) -> tuple:
    get = _getter(row)
    year, amount = get("fiscal_year"), get("amount_dkk")
    return (fold(get("line_item")), fold(get("measure")),
            int(year) if year is not None else None, int(amount) if amount is not None else None)


def score_tariffs(name: str, truth: Iterable[TariffTruth], rows: Iterable[Mapping]) -> Score:
    truth, rows = list(truth), list(rows)
    score = Score(name, truth=len(truth), extracted=len(rows))
    _match(score, truth, rows, tariff_key, TARIFF_FIELDS)
    return score


def score_budget(name: str, truth: Iterable[BudgetTruth], rows: Iterable[Mapping]) -> Score:
    truth, rows = list(truth), list(rows)
    score = Score(name, truth=len(truth), extracted=len(rows))
    truth_tables: dict[str, list[BudgetTruth]] = {}
    for cell in truth:
        truth_tables.setdefault(cell.table, []).append(cell)
    assigned: dict[str | None, list[Mapping]] = {}
    for table_rows in _extracted_tables(rows).values():
        assigned.setdefault(_best_table(table_rows, truth_tables), []).extend(table_rows)
    for table, cells in truth_tables.items():
        _match(score, cells, assigned.pop(table, []), budget_key, BUDGET_FIELDS, label=table)
    for table_rows in assigned.values():   # tables that share no cell with any truth table
        score.extra += [(_table_label(row),) + budget_key(row) for row in table_rows]
    return score


def rejected(name: str, truth: Iterable, reason: str) -> Score:
    """A document the reader refused: nothing found, everything missing."""
    truth = list(truth)
    missing = [tariff_key(row) if isinstance(row, TariffTruth) else (row.table,) + budget_key(row) for row in truth]
    return Score(name, truth=len(truth), missing=missing, rejected=reason)


def total(name: str, scores: Iterable[Score]) -> Score:
    summed = Score(name)
    for score in scores:
        summed.truth += score.truth
        summed.extracted += score.extracted
        summed.matched += score.matched
        for key, (agree, compared) in score.agreement.items():
            counts = summed.agreement.setdefault(key, [0, 0])
            counts[0] += agree
            counts[1] += compared
    return summed


def _match(score: Score, truth: list, rows: list, key, compared_fields: tuple[str, ...],
           label: str | None = None) -> None:
    expected, found = Counter(map(key, truth)), Counter(map(key, rows))
    score.matched += sum((expected & found).values())
    prefix = (label,) if label is not None else ()
    score.missing += [prefix + k for k in (expected - found).elements()]
    score.extra += [prefix + k for k in (found - expected).elements()]
    _compare_fields(score, truth, rows, key, compared_fields)


def _compare_fields(score: Score, truth: list, rows: list, key, compared_fields: tuple[str, ...]) -> None:
    """Pairs each matched truth row with an extracted row of the same key, in order."""
    waiting: dict[tuple, list[Mapping]] = {}
    for row in rows:
        waiting.setdefault(key(row), []).append(row)
    for expected in truth:
        candidates = waiting.get(key(expected))
        if not candidates:
            continue
        found = candidates.pop(0)
        for name in compared_fields:
            value = getattr(expected, name)
            if value is None:
                continue
            counts = score.agreement.setdefault(name, [0, 0])
            counts[0] += _same(value, found.get(name))
            counts[1] += 1


def _same(expected: object, found: object) -> bool:
    if isinstance(expected, bool):
        return found is not None and bool(found) == expected
    return fold(expected) == fold(found)


def _extracted_tables(rows: list[Mapping]) -> dict[tuple, list[Mapping]]:
    tables: dict[tuple, list[Mapping]] = {}
    for row in rows:
        tables.setdefault((row.get("table_id"), row.get("table_title")), []).append(row)
    return tables


def _best_table(rows: list[Mapping], truth_tables: dict[str, list[BudgetTruth]]) -> str | None:
    found = Counter(map(budget_key, rows))
    overlaps = {table: sum((Counter(map(budget_key, cells)) & found).values())
                for table, cells in truth_tables.items()}
    best = max(overlaps, key=overlaps.get, default=None)
    return best if best is not None and overlaps[best] > 0 else None


def _table_label(row: Mapping) -> str:
    return f"unmatched table {row.get('table_id')} {row.get('table_title') or ''}".strip()


def _getter(row):
    if isinstance(row, Mapping):
        return row.get
    names = {f.name for f in fields(row)}
    return lambda name: getattr(row, name) if name in names else None
