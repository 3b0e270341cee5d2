"""Great Expectations results as validation_results rows an auditor can read.

Our own expectations carry one finding per checked instance (a table column, an area);
a built-in expectation gives one row, pointing at the first row that broke it.
"""

from __future__ import annotations

import pandas as pd

from pipeline.validate.findings import FAILED, PASSED
from pipeline.validate.suites import Check

_EXAMPLES = 3


def result_rows(result, check: Check, frame: pd.DataFrame, table: str) -> list[dict]:
    """Rows without run_id and document_id (the caller knows them)."""
    base = {"check": check.name, "checked_table": table, "why": check.why}
    error = _exception(result.exception_info or {})
    if error:
        return [{**base, "status": FAILED, "observed": "the check could not run",
                 "expected": "the check runs", "message": f"The check could not run: {error}"}]
    details = (result.result or {}).get("details") or {}
    if "findings" in details:
        return [{**base, **_finding_row(f)} for f in details["findings"]]
    return [{**base, **_builtin_row(result, check, frame)}]


def _exception(info: dict) -> str | None:
    """GX reports a failed metric nested by metric id, a failed expectation at the top."""
    if info.get("raised_exception"):
        return info.get("exception_message") or "unknown error"
    nested = [v for v in info.values() if isinstance(v, dict) and v.get("raised_exception")]
    return nested[0].get("exception_message") if nested else None


def _finding_row(finding: dict) -> dict:
    bbox = finding.get("bbox") or (None, None, None, None)
    return {"status": finding["status"], "observed": finding["observed"], "expected": finding["expected"],
            "message": finding["message"], "table_id": finding.get("table_id"), "page": finding.get("page"),
            "bbox_x0": bbox[0], "bbox_top": bbox[1], "bbox_x1": bbox[2], "bbox_bottom": bbox[3]}


def _builtin_row(result, check: Check, frame: pd.DataFrame) -> dict:
    outcome = result.result or {}
    expected = _expected(check)
    if result.success:
        return {"status": PASSED, "observed": _observed(outcome, len(frame)), "expected": expected,
                "message": f"Passed: {check.why}"}
    indexes = outcome.get("unexpected_index_list") or outcome.get("partial_unexpected_index_list") or []
    first = frame.loc[indexes[0]] if indexes and indexes[0] in frame.index else None
    examples = ", ".join(repr(v) for v in (outcome.get("partial_unexpected_list") or [])[:_EXAMPLES])
    where = ""
    row = {"status": FAILED, "observed": _observed(outcome, len(frame)), "expected": expected}
    if first is not None:
        row.update(_where(first))
        label = first.get("line_item") if "line_item" in first else first.get("item")
        where = f" First: '{label}'" + (f" on page {row['page']}" if row.get("page") else "") + "."
    message = f"Failed: {check.why}" + (f" Found {examples}." if examples else "") + where
    return {**row, "message": message}


def _where(row: pd.Series) -> dict:
    def value(key):
        v = row.get(key)
        return None if v is None or pd.isna(v) else v
    page = value("page")
    return {"table_id": value("table_id"), "page": int(page) if page is not None else None,
            "bbox_x0": value("bbox_x0"), "bbox_top": value("bbox_top"),
            "bbox_x1": value("bbox_x1"), "bbox_bottom": value("bbox_bottom")}


def _observed(outcome: dict, rows: int) -> str:
    if "unexpected_count" in outcome:
        return f"{outcome['unexpected_count']} of {outcome.get('element_count', rows)} values break it"
    details = (outcome.get("details") or {}).get("mismatched")
    if details:
        return f"missing: {', '.join(details.get('missing') or []) or 'none'}"
    observed = outcome.get("observed_value")
    return "as expected" if isinstance(observed, list) else str(observed) if observed is not None else "-"


def _expected(check: Check) -> str:
    """The rule's arguments in words an auditor can check against the rules file."""
    kwargs = {k: v for k, v in check.kwargs.items()
              if k not in ("column", "condition_parser", "exact_match", "schema_name")}
    if not kwargs:
        return "no empty values" if "not_be_null" in check.expectation else "as the rule says"
    return ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in kwargs.items())
