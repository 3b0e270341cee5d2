"""Great Expectations results as validation_results rows an auditor can read.

One GX run checks the table of every document of a run at once; its results are split
here by document. Our own expectations carry one finding per checked instance (a table
column, an area, an unexplained number); a built-in expectation gives one row per
document, pointing at the first row that broke it. Every check gives every document it
judges at least one row, so the report shows that it ran, and says so in a sentence where
there was nothing for it to check.
"""

from __future__ import annotations

import pandas as pd

from pipeline.validate import wording
from pipeline.validate.findings import FAILED, PASSED
from pipeline.validate.rules import Check

_EXAMPLES = 3
_WHERE = ("table_id", "page", "row_number", "bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")


def result_rows(result, check: Check, frame: pd.DataFrame, table: str, documents: list[str]) -> dict[str, list[dict]]:
    """Rows per document id (of `documents`, the documents judged for `table`), without
    run_id and document_id (the caller adds them)."""
    base = _base(check, table)
    error = _exception(result.exception_info or {})
    if error:
        row = {**base, "status": FAILED, "observed": "the check could not run", "expected": check.demand,
               "message": f"The check could not run: {error}"}
        return {d: [row] for d in documents}
    present = list(dict.fromkeys(frame["document_id"]))
    rows = {d: absent_rows(check, table) for d in documents if d not in present}
    details = (result.result or {}).get("details") or {}
    if "findings" in details:
        rows.update(_finding_rows(details, present, base, check))
    else:
        rows.update({d: [{**base, **_builtin_row(result, check, frame, d)}] for d in present})
    return rows


def absent_rows(check: Check, table: str) -> list[dict]:
    """The row of a document that has none of the rows the check runs over."""
    if check.over == table:
        sentence = f"No {wording.VALUE_NAMES[table][0]} of this document was read, so this rule has nothing to check."
        status = PASSED
    else:   # every reader keeps a ledger: without one, nothing says the document was read in full
        sentence = ("The reader of this document kept no ledger of the numbers it saw, so whether it read them all "
                    "cannot be judged; the document is held back.")
        status = FAILED
    return [{**_base(check, table), "status": status, "observed": sentence, "expected": check.demand,
             "message": sentence}]


def _base(check: Check, table: str) -> dict:
    return {"check": check.name, "checked_table": table, "why": check.why}


def _exception(info: dict) -> str | None:
    """GX reports a failed metric nested by metric id, a failed expectation at the top."""
    if info.get("raised_exception"):
        return info.get("exception_message") or "unknown error"
    nested = [v for v in info.values() if isinstance(v, dict) and v.get("raised_exception")]
    return nested[0].get("exception_message") if nested else None


def _finding_rows(details: dict, documents: list[str], base: dict, check: Check) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {d: [] for d in documents}
    for finding in details["findings"]:
        bbox = finding.get("bbox") or (None, None, None, None)
        rows[finding["document_id"]].append({
            **base, "status": finding["status"], "observed": finding["observed"],
            "expected": finding["expected"], "message": finding["message"], "table_id": finding.get("table_id"),
            "page": finding.get("page"), "row_number": finding.get("row_number"), "bbox_x0": bbox[0],
            "bbox_top": bbox[1], "bbox_x1": bbox[2], "bbox_bottom": bbox[3]})
    for found in rows.values():
        if not found:
            sentence = details["nothing_to_check"]
            found.append({**base, "status": PASSED, "observed": sentence, "expected": check.demand,
                          "message": sentence})
    return rows


def _builtin_row(result, check: Check, frame: pd.DataFrame, document_id: str) -> dict:
    """A column expectation's verdict on one document, with the first value that broke it."""
    outcome = result.result or {}
    column = check.kwargs["column"]
    mine = frame[frame["document_id"] == document_id]
    condition = check.kwargs.get("row_condition")
    considered = mine.query(condition) if condition else mine
    counted = len(considered) if check.expectation.endswith("to_not_be_null") else int(considered[column].notna().sum())
    scope = f"column {column}" + (" of the rows it applies to" if condition else "")
    expected = check.demand
    if not counted:
        sentence = f"This document has no value in {scope}, so this rule has nothing to check."
        return {"status": PASSED, "observed": f"no value in {scope}", "expected": expected, "message": sentence}
    unexpected = [i for i in outcome["unexpected_index_list"] if i in mine.index]
    breaks = "breaks" if len(unexpected) == 1 else "break"
    observed = f"{wording.number(len(unexpected))} of {wording.count(counted, 'value')} in {scope} {breaks} the rule"
    if not unexpected:
        every = "The one value" if counted == 1 else f"All {wording.count(counted, 'value')}"
        return {"status": PASSED, "observed": observed, "expected": expected,
                "message": wording.sentence(f"{every} in {scope} {'is' if counted == 1 else 'are'} as the rule "
                                            f"expects: {expected}")}
    examples = ", ".join(_shown(column, frame.loc[i, column]) for i in unexpected[:_EXAMPLES])
    first = frame.loc[unexpected[0]]
    where = _where(first)
    label = first.get("line_item") if "line_item" in first else first.get("item")
    page = f" on page {where['page']}" if where.get("page") else ""
    more = " and more" if len(unexpected) > _EXAMPLES else ""
    message = wording.sentence(f"{observed} ({expected}): {examples}{more}") + f" The first is {wording.quoted(label)}{page}."
    return {"status": FAILED, "observed": observed, "expected": expected, "message": message, **where}


def _shown(column: str, value) -> str:
    """A value as the auditor reads it: text quoted, amounts in kroner the Danish way."""
    if pd.isna(value):
        return "an empty value"
    if column.endswith("_dkk"):
        return wording.kroner(value, 2 if isinstance(value, float) else 0)
    return wording.quoted(value) if isinstance(value, str) else str(value)


def _where(row: pd.Series) -> dict:
    def value(key):
        v = row.get(key)
        return None if v is None or pd.isna(v) else v
    where = {key: value(key) for key in _WHERE}
    for key in ("page", "row_number"):
        where[key] = int(where[key]) if where[key] is not None else None
    return where
