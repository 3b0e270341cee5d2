"""The completeness rule over a document's number ledger, through real Great Expectations:
none unexplained passes and says how many numbers were accounted for; a few are a warning
naming each; more than the rules file allows fails. Ledgers are built here, as a reader
that missed some numbers would leave them."""

import pytest

from pipeline.batch import apply_validation
from pipeline.extract.ledger import CELL
from pipeline.schemas import to_table
from pipeline.validate.findings import FAILED, PASSED, WARNING
from pipeline.validate.validator import Validator

RULE = "numbers_accounted_for"


@pytest.fixture(scope="module")
def validator():
    return Validator()


def _tariff(n: int) -> dict:
    return {"document_id": "doc", "page": 1 + n // 50, "section": "Haller", "section_path": "Haller",
            "item": f"Hal {n}", "unit": "Kr. pr. time", "period": "2025", "value_text": f"{n},00",
            "amount_dkk": float(n), "value_kind": "amount", "row_number": n,
            "bbox_x0": 400.0, "bbox_top": 100.0 + 10 * (n % 50), "bbox_x1": 430.0, "bbox_bottom": 108.0 + 10 * (n % 50)}


def _entry(row: dict, explained_by: str | None, content_table: str = "tariffs") -> dict:
    return {"document_id": "doc", "content_table": content_table, "page": row["page"], "region": row["section"],
            "text": row["value_text"], "context": f"{row['item']} {row['value_text']}", "explained_by": explained_by,
            **{k: row[k] for k in ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")}}


def check(validator, rows: list[dict], ledger: list[dict], table: str = "tariffs") -> list[dict]:
    tables = {"number_ledger": to_table("number_ledger", ledger)}
    if rows:
        tables[table] = to_table(table, rows)
    return [r for r in validator.validate("doc", tables, "run") if r["check"] == RULE]


def test_every_number_accounted_for_passes_and_says_how_many(validator):
    rows = [_tariff(n) for n in range(1, 101)]
    ledger = [_entry(r, CELL) for r in rows] + [_entry({**rows[0], "value_text": "7"}, "page_number")] * 3
    (result,) = check(validator, rows, ledger)
    assert (result["status"], result["observed"]) == (PASSED, "103 numbers accounted for, none unexplained")
    assert result["message"] == ("All 103 numbers printed where the reader found tariffs are accounted for: "
                                 "100 read as tariffs, the others explained (page number: 3).")


def test_a_few_unexplained_numbers_are_a_warning_naming_each_with_its_page_and_box(validator):
    rows = [_tariff(n) for n in range(1, 101)]
    missed = {7, 63}  # one on page 1, one on page 2: 2 of 100, the 2 % the tariff rules tolerate
    ledger = [_entry(r, None if r["row_number"] in missed else CELL) for r in rows]
    summary, *tokens = check(validator, [r for r in rows if r["row_number"] not in missed], ledger)
    assert (summary["status"], summary["page"]) == (WARNING, None)
    assert summary["observed"] == "2 of 100 numbers that could be tariffs unexplained (2 %)"
    assert summary["message"] == ("2 numbers printed where the reader found tariffs (2 % of the 100 that could be "
                                  "tariffs) were neither read as tariffs nor explained: within the 5 % tolerated, so "
                                  "the document is published; each such number is shown below, to be checked.")
    assert [(t["status"], t["page"], t["observed"]) for t in tokens] == [
        (WARNING, 1, "7,00 on page 1 in the line 'Hal 7 7,00'"), (WARNING, 2, "63,00 on page 2 in the line 'Hal 63 63,00'")]
    assert [(t["bbox_x0"], t["bbox_top"], t["row_number"]) for t in tokens] == [(400.0, 170.0, None), (400.0, 230.0, None)]
    assert tokens[0]["message"] == ("The number 7,00 on page 1 under 'Haller' in the line 'Hal 7 7,00' was neither "
                                    "read as a tariff nor explained.")


def test_more_than_the_tolerated_share_fails_and_holds_the_document_back(validator):
    rows = [_tariff(n) for n in range(1, 41)]
    ledger = [_entry(r, None if r["row_number"] > 20 else CELL) for r in rows]  # half the sheet missed
    results = check(validator, rows[:20], ledger)
    assert [r["status"] for r in results] == [FAILED] * 21
    assert results[0]["observed"] == "20 of 40 numbers that could be tariffs unexplained (50 %)"
    document = {"status": None, "error": None}
    apply_validation(document, results)
    assert document["status"] == "failed_validation"
    assert document["error"].startswith(f"check {RULE}: 20 numbers printed where the reader found tariffs (50 % of")
    assert document["error"].endswith("tariffs are likely missing and the document is held back.")


def test_a_reader_that_read_nothing_but_saw_numbers_fails(validator):
    rows = [_tariff(n) for n in range(1, 11)]
    results = check(validator, [], [_entry(r, None) for r in rows])
    assert results[0]["status"] == FAILED and len(results) == 11
    ledger = {"number_ledger": to_table("number_ledger", [_entry(r, None) for r in rows])}
    others = [r for r in validator.validate("doc", ledger, "run") if r["check"] != RULE]
    assert {(r["status"], r["message"]) for r in others} == {
        (PASSED, "No tariff of this document was read, so this rule has nothing to check.")}
    assert len(others) == len(validator.rules["tariffs"].checks) - 1  # every other rule still reports


def test_budgets_tolerate_less_than_tariffs(validator):
    """1,5 % unexplained: a warning for tariffs (2 % allowed), a failure for budgets (1 %)."""
    rows = [_tariff(n) for n in range(1, 201)]
    ledger = [_entry(r, None if r["row_number"] <= 3 else CELL) for r in rows]
    assert check(validator, rows, ledger)[0]["status"] == WARNING
    lines = [{"document_id": "doc", "table_id": "1.1", "page": 2, "line_item": f"Række {n}", "is_total": False,
              "measure": "actual", "fiscal_year": 2024, "amount_dkk": n * 1000, "printed_value": str(n),
              "unit": "I 1.000 kr.", "row_number": n, "column_header": "R24", "section": "1.1",
              "value_text": str(n), "item": f"Række {n}", "bbox_x0": 400.0, "bbox_top": 100.0 + n,
              "bbox_x1": 430.0, "bbox_bottom": 108.0 + n} for n in range(1, 201)]
    budget_ledger = [_entry(r, None if r["row_number"] <= 3 else CELL, "budget_lines") for r in lines]
    for entry in budget_ledger:
        entry["region"] = "1.1"
    results = check(validator, [{k: v for k, v in r.items() if k not in ("section", "value_text", "item")}
                                for r in lines], budget_ledger, "budget_lines")
    assert results[0]["status"] == FAILED and results[1]["table_id"] == "1.1"


def test_rows_without_a_ledger_are_held_back_and_it_says_why(validator):
    rows = [_tariff(n) for n in range(1, 11)]
    results = [r for r in validator.validate("doc", {"tariffs": to_table("tariffs", rows)}, "run") if r["check"] == RULE]
    assert [(r["status"], r["message"]) for r in results] == [(FAILED, (
        "The reader of this document kept no ledger of the numbers it saw, so whether it read them all cannot be "
        "judged; the document is held back."))]


def test_each_document_is_judged_by_its_own_ledger_for_its_own_table(validator):
    rows = [_tariff(n) for n in range(1, 101)]
    clean = [_entry(r, CELL) for r in rows]
    sloppy = [{**e, "document_id": "other"} for e in clean[:50]] + [
        {**e, "document_id": "other", "explained_by": None} for e in clean[50:]]
    budget_part = [{**e, "content_table": "budget_lines", "explained_by": None} for e in clean[:10]]
    documents = {
        "doc": {"tariffs": to_table("tariffs", rows), "number_ledger": to_table("number_ledger", clean + budget_part)},
        "other": {"tariffs": to_table("tariffs", [{**r, "document_id": "other"} for r in rows]),
                  "number_ledger": to_table("number_ledger", sloppy)}}
    results = validator.validate_batch(documents, "run")
    statuses = {(d, r["checked_table"]): [] for d, rows in results.items() for r in rows if r["check"] == RULE}
    for document_id, rows in results.items():
        for r in rows:
            if r["check"] == RULE:
                statuses[(document_id, r["checked_table"])].append(r["status"])
    assert statuses == {("doc", "tariffs"): [PASSED], ("doc", "budget_lines"): [FAILED] * 11,
                        ("other", "tariffs"): [FAILED] * 51}
