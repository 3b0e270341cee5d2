"""Completeness: did the reader read every number where it found tariffs or a budget table?

Each reader keeps a number ledger (pipeline/extract/ledger.py): every number-like token it
saw there, with what it made of it: a cell it extracted, a reason it is no value (a page
number, a year in a header...), or nothing (unexplained). An unexplained token is most
likely a value the reader missed, so the share of unexplained tokens among the tokens that
could be values (cells and unexplained ones) estimates what the reader missed: 1 - recall.
"""

from __future__ import annotations

from collections import Counter

from pipeline.extract.ledger import CELL
from pipeline.validate import wording
from pipeline.validate.findings import FAILED, PASSED, WARNING, Finding, Row


def numbers_accounted_for(ledger: list[Row], max_unexplained_percent: float) -> list[Finding]:
    """One finding for the document (how many numbers were accounted for), then one per
    unexplained token: none unexplained passes; up to `max_unexplained_percent` % of the
    tokens that could be values is a warning; more fails and holds the document back."""
    max_unexplained_share = max_unexplained_percent / 100
    unexplained = [r for r in ledger if r["explained_by"] is None]
    cells = sum(1 for r in ledger if r["explained_by"] == CELL)
    could_be_values = cells + len(unexplained)
    share = len(unexplained) / could_be_values if could_be_values else 0.0
    status = PASSED if not unexplained else WARNING if share <= max_unexplained_share else FAILED
    value = wording.VALUE_NAMES[ledger[0]["content_table"]]  # per_document hands it one document's rows, never none
    summary = _summary(status, ledger, cells, unexplained, share, max_unexplained_share, value)
    return [summary, *(_unexplained_token(status, row, value) for row in unexplained)]


def _summary(status: str, ledger: list[Row], cells: int, unexplained: list[Row], share: float,
             allowed: float, value: tuple[str, str]) -> Finding:
    reasons = Counter(r["explained_by"] for r in ledger if r["explained_by"] not in (None, CELL))
    explained = "; ".join(f"{_words(reason)}: {wording.number(n)}" for reason, n in reasons.most_common())
    expected = (f"every number read as a {value[0]} or explained; up to {wording.percent(allowed)} of the numbers "
                f"that could be {value[1]} unexplained is a warning, more holds the document back")
    if status == PASSED:
        observed = f"{wording.count(len(ledger), 'number')} accounted for, none unexplained"
        message = (f"All {wording.count(len(ledger), 'number')} printed where the reader found {value[1]} are accounted "
                   f"for: {wording.number(cells)} read as {value[1]}"
                   + (f", the others explained ({explained})." if explained else "."))
        return Finding(status, observed, expected, message)
    missed = len(unexplained)
    observed = (f"{wording.number(missed)} of {wording.count(cells + missed, 'number')} that could be {value[1]} "
                f"unexplained ({wording.percent(share)})")
    what = (f"{wording.count(missed, 'number')} printed where the reader found {value[1]} "
            f"({wording.percent(share)} of the {wording.number(cells + missed)} that could be {value[1]}) "
            f"{'was' if missed == 1 else 'were'} neither read as {value[1]} nor explained")
    if status == WARNING:
        message = (f"{what}: within the {wording.percent(allowed)} tolerated, so the document is published; "
                   f"each such number is shown below, to be checked.")
    else:
        message = (f"{what}: more than the {wording.percent(allowed)} tolerated, so {value[1]} are likely missing "
                   f"and the document is held back.")
    return Finding(status, observed, expected, message)


def _unexplained_token(status: str, row: Row, value: tuple[str, str]) -> Finding:
    place = f"on page {row['page']}" if row["page"] is not None else "on the web page"
    region = f" under {wording.quoted(row['region'])}" if row["region"] else ""
    context = f" in the line {wording.quoted(row['context'])}" if row["context"] else ""
    bbox = tuple(row[k] for k in ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom"))
    return Finding(
        status, f"{row['text']} {place}{context}", f"read as a {value[0]}, or a reason it is no {value[0]}",
        f"The number {row['text']} {place}{region}{context} was neither read as a {value[0]} nor explained.",
        row["region"] if row["content_table"] == "budget_lines" else None, row["page"],
        None if None in bbox else bbox)


def _words(reason: str) -> str:
    """A reader's reason as words: page_number is "page number"."""
    return reason.replace("_", " ")
