"""One edition, one set of rows: a web page and its print (or a budget published twice)
are read as two documents but published once.

Two documents of the same kind and year are one edition when most of their rows are the
same rows (the same tariff item, unit and period; the same budget table, line, measure and
year). The edition's rows come from the document read most exactly (a web page's text
over a PDF's layout, a PDF's text layer over OCR; then the fuller reading); the other
documents confirm it. Where a confirming document prints another value for the same
row, that is a finding on it, naming both places; the rows published stay those of the
most exact reading.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from pipeline.danish import fold_whitespace
from pipeline.outcome import Outcome

CHECK = "same_edition_agrees"
WHY = ("A web page and its print, or a budget published twice, are one edition: its rows are published once, "
       "from the reading that is most exact, and every value the other copy prints must be the same.")
# Share of the smaller document's rows the two must have in common to be one edition: a
# print that lost a few rows at page breaks is still the page's print; two different
# tariff lists of one year share a handful of items at most.
SAME_EDITION_SHARE = 0.8
_KEYS = {"tariffs": ("item", "unit", "period"), "budget_lines": ("table_id", "line_item", "measure", "fiscal_year")}
_VALUE = {"tariffs": "value_text", "budget_lines": "printed_value"}


@dataclass
class _Reading:
    outcome: Outcome
    table: str
    rows: list[dict]

    @property
    def name(self) -> str:
        return self.outcome.document["source_file"]

    def keyed(self) -> dict[tuple, list[dict]]:
        """Rows by key; a key printed twice (the same item under two headings) keeps both, in order."""
        keyed: dict[tuple, list[dict]] = defaultdict(list)
        for row in self.rows:
            keyed[tuple(_fold(row[k]) for k in _KEYS[self.table])].append(row)
        return keyed

    @property
    def exactness(self) -> tuple:
        document = self.outcome.document
        return (document.get("format") == "html", not document.get("ocr"), len(self.rows), _negated(self.name))


def _fold(value) -> object:
    return fold_whitespace(value).casefold() if isinstance(value, str) else value


def _negated(text: str) -> tuple:
    return tuple(-ord(ch) for ch in text)   # ties go to the first name in order


def reconcile(outcomes: list[Outcome], run_id: str) -> None:
    """Mark the documents of each edition: the primary's row says which files confirmed it
    (`confirmed_by`), the others which file their rows are published from (`rows_from`);
    each document gets this check's findings in its validation results."""
    readings = [r for o in outcomes if (r := _reading(o)) is not None]
    groups: dict[tuple, list[_Reading]] = defaultdict(list)
    for reading in readings:
        document = reading.outcome.document
        groups[(reading.table, document.get("kind"), document.get("year"), document.get("policy_area"))].append(reading)
    for group in groups.values():
        for edition in _editions(group):
            if len(edition) > 1:
                _settle(sorted(edition, key=lambda r: r.exactness, reverse=True), run_id)


def _reading(outcome: Outcome) -> _Reading | None:
    if outcome.status != "published" or outcome.staged is None:
        return None
    for table in _KEYS:
        content = outcome.staged.table(table)
        if content is not None and content.num_rows:
            return _Reading(outcome, table, content.to_pylist())
    return None


def _editions(group: list[_Reading]) -> list[list[_Reading]]:
    """Readings joined where they share most rows (and with whatever those share)."""
    keys = [Counter({k: len(v) for k, v in r.keyed().items()}) for r in group]
    parent = list(range(len(group)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(group)):
        for j in range(i + 1, len(group)):
            shared = sum((keys[i] & keys[j]).values())
            if shared >= SAME_EDITION_SHARE * min(sum(keys[i].values()), sum(keys[j].values())):
                parent[root(j)] = root(i)
    editions: dict[int, list[_Reading]] = defaultdict(list)
    for i, reading in enumerate(group):
        editions[root(i)].append(reading)
    return list(editions.values())


def _settle(edition: list[_Reading], run_id: str) -> None:
    primary, *others = edition
    primary.outcome.document["confirmed_by"] = "; ".join(r.name for r in others)
    mine = primary.keyed()
    for other in others:
        other.outcome.document["rows_from"] = primary.name
        disagreements = list(_disagreements(mine, other))
        other.outcome.validation.extend(_finding(other, primary, row, theirs, run_id)
                                        for row, theirs in disagreements)
        if not disagreements:
            other.outcome.validation.append(_row(other, run_id, "passed", f"{len(other.rows)} rows",
                                                 f"the same values as {primary.name}",
                                                 f"Every value this document shares with {primary.name} is the same; "
                                                 f"its rows are published once, from {primary.name}."))
    agreeing = [o.name for o in others if not any(r["check"] == CHECK and r["status"] == "warning"
                                                  for r in o.outcome.validation)]
    status = "passed" if len(agreeing) == len(others) else "warning"
    primary.outcome.validation.append(_row(
        primary, run_id, status, f"confirmed by {len(agreeing)} of {len(others)}", "every copy prints the same values",
        f"The rows of this edition are published from this document; {', '.join(r.name for r in others)} "
        + ("prints the same values." if status == "passed" else "prints other values for some rows (see there).")))


def _disagreements(mine: dict[tuple, list[dict]], other: _Reading):
    value = _VALUE[other.table]
    for key, rows in other.keyed().items():
        for row, theirs in zip(rows, mine.get(key, [])):
            if fold_whitespace(str(row[value])) != fold_whitespace(str(theirs[value])):
                yield row, theirs


def _place(reading: _Reading, row: dict) -> str:
    if row.get("page"):
        return f"{reading.name}, page {row['page']}"
    where = row.get("section_path") or row.get("table_id")
    return f"{reading.name}" + (f", under {where}" if where else "")


def _finding(other: _Reading, primary: _Reading, row: dict, theirs: dict, run_id: str) -> dict:
    value = _VALUE[other.table]
    label = row.get("item") or row.get("line_item")
    period = row.get("period") or row.get("fiscal_year")
    return _row(other, run_id, "warning", row[value], theirs[value],
                f"'{label}' ({period}) is {row[value]} in {_place(other, row)} but {theirs[value]} in "
                f"{_place(primary, theirs)}; the published value is {theirs[value]}, from {primary.name}.", row)


def _row(reading: _Reading, run_id: str, status: str, observed: str, expected: str, message: str,
         at: dict | None = None) -> dict:
    at = at or {}
    return {"run_id": run_id, "document_id": reading.outcome.document["document_id"], "check": CHECK,
            "status": status, "observed": str(observed), "expected": str(expected), "message": message,
            "table_id": at.get("table_id"), "page": at.get("page"), "checked_table": reading.table, "why": WHY,
            **{k: at.get(k) for k in ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")}}
