"""Great Expectations results as validation_results rows an auditor can read.

One GX run checks the table of every document of a run at once; its results are split
here by document. Our own expectations carry one finding per checked instance (a table
column, an area); a built-in expectation gives one row per document, pointing at the
first row that broke it.
"""

from __future__ import annotations

import pandas as pd

from pipeline.validate.findings import FAILED, PASSED
from pipeline.validate.rules import Check

_EXAMPLES = 3


def result_rows(result, check: Check, frame: pd.DataFrame, table: str) -> dict[str, list[dict]]:
    """Rows per document id, without run_id and document_id (the caller adds them)."""
    documents = list(dict.fromkeys(frame["document_id"]))
    base = {"check": check.name, "checked_table": table, "why": check.why}
    error = _exception(result.exception_info or {})
    if error:
        row = {**base, "status": FAILED, "observed": "the check could not run", "expected": "the check runs",
               "message": f"The check could not run: {error}"}
        return {d: [row] for d in documents}
    details = (result.result or {}).get("details") or {}
    if "findings" in details:
        return _finding_rows(details, documents, base)
    return {d: [{**base, **_builtin_row(result, check, frame, d)}] for d in documents}


def _exception(info: dict) -> str | None:
    """GX reports a failed metric nested by metric id, a failed expectation at the top."""
    if info.get("raised_exception"):
        return info.get("exception_message") or "unknown error"
    nested = [v for v in info.values() if isinstance(v, dict) and v.get("raised_exception")]
    return nested[0].get("exception_message") if nested else None


def _finding_rows(details: dict, documents: list[str], base: dict) -> dict[str, list[dict]]:
    rows: dict[str, list[dict]] = {d: [] for d in documents}
    for finding in details["findings"]:
        bbox = finding.get("bbox") or (None, None, None, None)
        rows[finding["document_id"]].append({
            **base, "status": finding["status"], "observed": finding["observed"],
            "expected": finding["expected"], "message": finding["message"], "table_id": finding.get("table_id"),
            "page": finding.get("page"), "bbox_x0": bbox[0], "bbox_top": bbox[1], "bbox_x1": bbox[2],
            "bbox_bottom": bbox[3]})
    for document, found in rows.items():
        if not found:  # one row per check per document, so the report shows it was run
            found.append({**base, "status": PASSED, "observed": "nothing to check", "expected": "-",
                          "message": details["nothing_to_check"]})
    return rows


def _builtin_row(result, check: Check, frame: pd.DataFrame, document_id: str) -> dict:
    outcome = result.result or {}
    mine = set(frame.index[frame["document_id"] == document_id])
    expected = _expected(check)
    if "unexpected_index_list" not in outcome:  # a table-level expectation: one verdict for all
        status = PASSED if result.success else FAILED
        return {"status": status, "observed": _observed(outcome), "expected": expected,
                "message": f"{'Passed' if result.success else 'Failed'}: {check.why}"}
    unexpected = [i for i in outcome["unexpected_index_list"] if i in mine]
    counted = frame.loc[list(mine), check.kwargs["column"]].notna().sum() if "column" in check.kwargs else len(mine)
    observed = f"{len(unexpected)} of {counted} values break it"
    if not unexpected:
        return {"status": PASSED, "observed": observed, "expected": expected, "message": f"Passed: {check.why}"}
    first = frame.loc[unexpected[0]]
    examples = ", ".join(repr(frame.loc[i, check.kwargs["column"]]) for i in unexpected[:_EXAMPLES]) \
        if "column" in check.kwargs else ""
    where = _where(first)
    label = first.get("line_item") if "line_item" in first else first.get("item")
    message = (f"Failed: {check.why}" + (f" Found {examples}." if examples else "")
               + f" First: '{label}'" + (f" on page {where['page']}" if where.get("page") else "") + ".")
    return {"status": FAILED, "observed": observed, "expected": expected, "message": message, **where}


def _where(row: pd.Series) -> dict:
    def value(key):
        v = row.get(key)
        return None if v is None or pd.isna(v) else v
    page = value("page")
    return {"table_id": value("table_id"), "page": int(page) if page is not None else None,
            "bbox_x0": value("bbox_x0"), "bbox_top": value("bbox_top"),
            "bbox_x1": value("bbox_x1"), "bbox_bottom": value("bbox_bottom")}


def _observed(outcome: dict) -> str:
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
