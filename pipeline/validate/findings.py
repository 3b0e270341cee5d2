"""The checks that no built-in expectation expresses, over one document's rows (dicts).

Each check returns findings; the GX expectations in expectations.py run them over every
document of a run, and tests call them directly. A document's table is small (hundreds of
rows), so plain Python over its rows is both the clearest and the fastest way to say them.

A finding is one checked instance (a column of a table, an area, a tariff) with a status:
passed, warning (within the tolerance the document's own rounding allows) or failed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from decimal import Decimal

from pipeline.danish import unit_multiplier
from pipeline.schemas import NOT_MONEY_KINDS
from pipeline.validate import wording

PASSED, WARNING, FAILED = "passed", "warning", "failed"
# budget_lines.table_kind (schemas.TABLE_KINDS): the tables that state an area's money.
OVERVIEW, AREA = "overview", "area"
# Rows that break down the row above ("heraf løn", "- herunder"): a share of it, not a part of a total.
SHARE_OF_ABOVE = re.compile(r"^[-\u2013\s]*(?:heraf|herunder|deraf|hvoraf)\b", re.IGNORECASE)
# Columns computed from the others (a change, a deviation, a share): no measure of their own.
DERIVED_COLUMN = re.compile(r"ændring|afvigelse|difference|forskel|indeks|index|andel|pct\.?|%|procent",
                            re.IGNORECASE)
Row = dict


@dataclass
class Finding:
    status: str
    observed: str
    expected: str
    message: str
    table_id: str | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # what to mark on the page
    document_id: str | None = None
    row_number: int | None = None   # the row judged, as its table numbers it

    def as_dict(self) -> dict:
        return asdict(self)


def per_document(check, rows: Iterable[Row], *args) -> list[Finding]:
    """A check of one document, run over the rows of many (one GX run per table per run)."""
    by_document: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        by_document[row["document_id"]].append(row)
    findings = []
    for document_id, mine in by_document.items():
        for finding in check(mine, *args):
            finding.document_id = document_id
            findings.append(finding)
    return findings


def _group(rows: Iterable[Row], *keys: str) -> dict[tuple, list[Row]]:
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for row in rows:
        groups[tuple(row[k] for k in keys)].append(row)
    return groups


def _bbox(row: Row) -> tuple[float, float, float, float] | None:
    values = [row.get(k) for k in ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")]
    return None if any(v is None for v in values) else tuple(float(v) for v in values)


def _printed_step(row: Row) -> Decimal:
    """Kroner per unit of the last printed digit: 1000 for "36.723" in "I 1.000 kr."."""
    decimals = len(row["printed_value"].partition(",")[2])
    return Decimal(unit_multiplier(row["unit"] or "") or 1) * Decimal(10) ** -decimals


def _amount(amount: int, row: Row) -> str:
    """An amount of the row's table, printed as the row prints its number and in kroner."""
    return wording.printed_amount(amount, row["unit"], len(row["printed_value"].partition(",")[2]))


def _kroner(amount: Decimal, step: Decimal) -> str:
    """A difference in kroner, with as many decimals as the printed numbers' last digit has."""
    return wording.kroner(amount, max(0, -step.normalize().as_tuple().exponent))


# --- budgets ---------------------------------------------------------------------------------

def table_totals(lines: list[Row]) -> list[Finding]:
    """In each column of each table with total rows, the rows above each total add up to it.

    A table with several totals ("Udgifter i alt", "Indtægter i alt", "Netto i alt") sums
    either the rows since the total before (a subtotal) or all rows above (the grand
    total); the reading that fits best is checked. n rounded components can be off by up
    to n/2 units of the last printed digit: inside that it is a warning with the
    difference stated, outside it is a failure. Rows below the last total (12.2's "Ikke
    tildelt budget") are adjustments to it, not parts of it. A group row that prints the
    sum of the rows right under it (without "i alt") stands for them.
    """
    return [finding for _, _, finding in _sums(lines)]


def _sums(lines: list[Row]):
    """(parts, total, finding) for each total row of each column of each table."""
    for (table_id, _, _, header), column in _group(lines, "table_id", "measure", "fiscal_year",
                                                   "column_header").items():
        column = sorted(column, key=lambda r: r["row_number"])
        totals = [r for r in column if r["is_total"]]
        for previous, total in zip([None, *totals], totals):
            since = previous["row_number"] if previous else 0
            above = [r for r in column if not r["is_total"] and r["row_number"] < total["row_number"]
                     and not SHARE_OF_ABOVE.match(r["line_item"])]
            since_previous = [r for r in above if r["row_number"] > since]
            readings = [parts for parts in (since_previous, above, _group_rows_only(above)) if parts]
            if readings:
                parts = min(readings, key=lambda p: abs(sum(int(r["amount_dkk"]) for r in p) - int(total["amount_dkk"])))
                yield parts, total, _sum_finding(table_id, header, parts, total)


def _group_rows_only(parts: list[Row]) -> list[Row]:
    """The rows with those left out that a row above them sums exactly (two or more rows
    right under a group row that prints their sum)."""
    kept, index = [], 0
    while index < len(parts):
        kept.append(parts[index])
        stated, run, after = int(parts[index]["amount_dkk"]), 0, index + 1
        for end in range(index + 1, len(parts)):
            run += int(parts[end]["amount_dkk"])
            if run == stated and end > index + 1:
                after = end + 1
                break
        index = after
    return kept


def _sum_finding(table_id: str, header: str, parts: list[Row], total: Row) -> Finding:
    step = max(_printed_step(row) for row in [*parts, total])
    allowed = len(parts) // 2
    added = sum(int(r["amount_dkk"]) for r in parts)
    difference = Decimal(added - int(total["amount_dkk"]))
    status = PASSED if difference == 0 else WARNING if abs(difference) / step <= allowed else FAILED
    observed, stated = _amount(added, total), _amount(total["amount_dkk"], total)
    tolerance, off = _kroner(allowed * step, step), _kroner(abs(difference), step)
    expected = f"{stated} ± {tolerance}"
    what = f"The {len(parts)} rows above {wording.quoted(total['line_item'])} in column '{header}' of table {table_id}"
    if status == PASSED:
        message = wording.sentence(f"{what} add up to the stated total, {stated}")
    elif status == WARNING:
        message = (f"{what} add up to {observed}; the table states {stated}: a difference of {off}, within the "
                   f"rounding of {len(parts)} rounded numbers (up to {tolerance}).")
    else:
        message = (f"{what} add up to {observed}; the table states {stated}: a difference of {off}, more than "
                   f"rounding allows (up to {tolerance}).")
    return Finding(status, observed, expected, message, table_id, int(total["page"]), _bbox(total),
                   row_number=total["row_number"])


def _effective_totals(table: list[Row]) -> dict[tuple, tuple[int, Row]]:
    """Per column of a table with total rows: the last (grand) total plus the adjustments
    printed below it."""
    out = {}
    for (measure, year), column in _group(table, "measure", "fiscal_year").items():
        totals = sorted((r for r in column if r["is_total"]), key=lambda r: r["row_number"])
        if measure is None or year is None or not totals:
            continue
        total = totals[-1]
        below = sum(int(r["amount_dkk"]) for r in column if not r["is_total"] and r["row_number"] > total["row_number"])
        out[(measure, int(year))] = (int(total["amount_dkk"]) + below, total)
    return out


def area_totals_agree(lines: list[Row]) -> list[Finding]:
    """Each area's figure in the overview = its own tables' totals, per measure and year.

    The overview's row for an area, and the total (with the adjustments printed below
    it) of every table of that area, must state the same amount where they cover the
    same measure and year: 0.1's technical budget = N.1's "i alt" = N.2's Tekn. B column.
    Only overview and area tables state that money (table_kind); a table of changes, key
    figures, prices or investments is never compared with them.
    """
    overview = {r["table_id"] for r in lines if r["table_kind"] == OVERVIEW}
    stated: dict[tuple, list[tuple[str, int, Row]]] = defaultdict(list)  # (area, measure, year) -> statements
    for row in lines:
        if row["table_id"] in overview and not row["is_total"] and row["measure"] is not None:
            stated[(row["activity_area"], row["measure"], int(row["fiscal_year"]))].append(
                (row["table_id"], int(row["amount_dkk"]), row))
    own = [r for r in lines if r["table_kind"] == AREA and r["activity_area"] is not None]
    for (area, table_id), table in _group(own, "activity_area", "table_id").items():
        for (measure, year), (amount, total) in _effective_totals(table).items():
            stated[(area, measure, year)].append((table_id, amount, total))
    areas = {r["activity_area"] for r in own}
    return [_agreement_finding(area, measure, year, statements)
            for (area, measure, year), statements in stated.items()
            if area in areas and len(statements) >= 2]


def _agreement_finding(area: str, measure: str, year: int, stated: list[tuple[str, int, Row]]) -> Finding:
    first_table, first_amount, first_row = stated[0]
    observed = "; ".join(f"table {t}: {_amount(a, r)}" for t, a, r in stated[1:])
    expected = f"table {first_table}: {_amount(first_amount, first_row)}"
    disagreeing = [(t, a, r) for t, a, r in stated[1:] if a != first_amount]
    where = f"{area}, '{first_row['column_header'] or f'{measure} {year}'}'"
    if not disagreeing:
        return Finding(PASSED, observed, expected,
                       wording.sentence(f"{where}: tables {', '.join(t for t, _, _ in stated)} all state "
                                        f"{_amount(first_amount, first_row)}"), first_table, int(first_row["page"]),
                       row_number=first_row["row_number"])
    table_id, amount, row = disagreeing[0]
    return Finding(FAILED, observed, expected,
                   wording.sentence(f"{where}: table {table_id} (column '{row['column_header']}') states "
                                    f"{_amount(amount, row)} where table {first_table} states "
                                    f"{_amount(first_amount, first_row)}"),
                   table_id, int(row["page"]), _bbox(row), row_number=row["row_number"])


def headers_named(lines: list[Row]) -> list[Finding]:
    """Every column's header names a measure; a column whose header the reader could not
    name keeps its cells with no measure, and is named here as printed.

    Over the budget's money (overview, area, changes, investments) that fails: the numbers
    would be published with an unknown meaning. Over key figures and prices, whose
    headers are often a year or a unit alone, and for a column computed from the others
    ("Ændring", "Afvigelse i %"), it is a warning.
    """
    findings = []
    for (table_id, header), column in _group(lines, "table_id", "column_header").items():
        if any(r["measure"] is not None for r in column):
            continue
        first = min(column, key=lambda r: (r["page"], r["row_number"]))
        derived = bool(DERIVED_COLUMN.search(header or ""))
        status = WARNING if first["table_kind"] in NOT_MONEY_KINDS or derived else FAILED
        consequence = ("they are published with no measure" if status == WARNING
                       else "the document is held back until the reader knows it")
        findings.append(Finding(
            status, f"'{header}'", "a header naming a measure (R, B, Korr. B, Tekn. B, Skøn, Tillæg, Overslag, BO1)",
            f"Column '{header}' of table {table_id} (page {first['page']}) names no measure the reader knows; "
            f"its {len(column)} numbers are kept, and {consequence}.", table_id, int(first["page"]), _bbox(first)))
    return findings


# --- tariffs ---------------------------------------------------------------------------------

_TARIFF_IDENTITY = ("section_path", "item", "unit")


def repeated_rows(tariffs: list[Row]) -> list[Finding]:
    """No tariff printed twice in a row: the same item, unit and value right below itself.

    Compared per period in document order; the same item text further down under another
    heading (another section_path) is a different tariff and is fine.
    """
    findings = []
    ordered = sorted(tariffs, key=lambda r: r["row_number"])
    for (period,), rows in _group(ordered, "period").items():
        for above, row in zip(rows, rows[1:]):
            if all(above[k] == row[k] for k in (*_TARIFF_IDENTITY, "value_text")):
                findings.append(Finding(
                    FAILED, f"{wording.quoted(row['item'])} {_price(row)} printed twice in a row",
                    "each tariff once",
                    f"{wording.quoted(row['item'])} ({period}, {_price(row)}) is printed twice in a row under "
                    f"{wording.quoted(row['section'] or 'no heading')}.", None, row["page"], _bbox(row),
                    row_number=row["row_number"]))
    return findings


def period_jumps(tariffs: list[Row], max_ratio: float) -> list[Finding]:
    """A price more than max_ratio times (or less than 1/max_ratio of) the same tariff's
    price in the neighbouring period is flagged: a tenfold jump is more often a typo.

    The same item may be printed twice under one heading for two things (a sheet lists
    "Foreninger" once per room); the n-th printing in one period is compared with the
    n-th in the next.
    """
    printings: dict[tuple, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for row in sorted(tariffs, key=lambda r: r["row_number"]):
        if row["value_kind"] == "amount" and row["amount_dkk"] is not None:
            printings[tuple(row[k] for k in _TARIFF_IDENTITY)][row["period"]].append(row)
    findings = []
    for by_period in printings.values():
        periods = sorted(by_period)
        for earlier, later in zip(periods, periods[1:]):
            for before, after in zip(by_period[earlier], by_period[later]):
                if _out_of_ratio(before["amount_dkk"], after["amount_dkk"], max_ratio):
                    findings.append(_jump(before, after, max_ratio))
    return findings


def _out_of_ratio(before: float, after: float, max_ratio: float) -> bool:
    return before > 0 and after > 0 and not (1 / max_ratio <= after / before <= max_ratio)


def _jump(before: Row, after: Row, max_ratio: float) -> Finding:
    ratio = after["amount_dkk"] / before["amount_dkk"]
    return Finding(
        FAILED, f"{_price(after)} in {after['period']}",
        f"within {max_ratio:g} times {_price(before)} ({before['period']}), either way",
        f"{wording.quoted(after['item'])} goes from {before['value_text']} in {before['period']} to "
        f"{after['value_text']} in {after['period']}: {wording.number(ratio, 2)} times as much, more than the "
        f"{max_ratio:g} times allowed either way.",
        None, after["page"], _bbox(after), row_number=after["row_number"])


def _price(row: Row) -> str:
    """A tariff's value with its unit: 220,00 Kr. pr. stk.; an amount always says kroner."""
    unit = row["unit"] or ""
    if row["value_kind"] == "amount" and "kr" not in unit.lower():
        unit = f"kr. {unit}".strip()
    return f"{row['value_text']} {unit}".strip()


# --- documents ---------------------------------------------------------------------------------

def read_whole(documents: list[Row]) -> list[Finding]:
    """The document was read whole: rows came of it, and no page it holds was left unread.

    A reader that found nothing, or a file that lost pages (a damaged page tree, a page that
    will not load), must not pass for a document read in full: what was read of it is held
    back, with the reason, for a person to look at. A page that shows only an image in a
    document with text (a scanned page, a picture) is not read: a warning names it.
    """
    findings = []
    for document in documents:
        unread, pages, rows = document.get("pages_unread") or 0, document.get("pages"), document.get("content_rows")
        if unread:
            findings.append(Finding(FAILED, wording.count(unread, "page") + " not read", "every page read",
                                    wording.sentence(f"{wording.count(unread, 'page')} could not be read "
                                                     f"({document.get('pages_unread_reason') or 'no reason given'}); "
                                                     "what was read of the others is held back")))
        elif rows == 0:
            findings.append(Finding(FAILED, "no rows", "at least one row",
                                    wording.sentence("The reader found no table it could read in this document; "
                                                     "nothing of it is published")))
        elif listed := document.get("pages_image_only"):
            several = any(mark in listed for mark in ",-")
            pages_shown = f"{'Pages' if several else 'Page'} {listed} {'show' if several else 'shows'} only an image"
            findings.append(Finding(WARNING, pages_shown.lower(), "every page read", wording.sentence(
                f"{pages_shown} (a scanned page or a picture) in a document with a text layer; "
                f"{'they were' if several else 'it was'} not read, so a table on "
                f"{'them' if several else 'it'} is missing from the {wording.count(rows or 0, 'row')} published")))
        else:
            what = f"{wording.count(pages, 'page')} read, " if pages else ""
            findings.append(Finding(PASSED, f"{what}{wording.count(rows or 0, 'row')}", "every page read, rows found",
                                    wording.sentence(f"Every page of the document was read and gave "
                                                     f"{wording.count(rows or 0, 'row')}")))
    return findings


# --- numbers read from a scan ----------------------------------------------------------------

def _scanned_doubt(row: Row, column: list[Row], min_confidence: float) -> str | None:
    """Why a number OCR read from a scan is in doubt: a low confidence, or printed unlike
    the rest of its column (a decimal comma among whole thousands: "5,877" among "36.723")."""
    confidence = row.get("confidence")
    if confidence is None:
        return None
    if confidence < min_confidence:
        return f"OCR read it with confidence {wording.number(Decimal(str(confidence)), 2)}"
    decimals = Counter(len(r["printed_value"].partition(",")[2]) for r in column)
    mine = len(row["printed_value"].partition(",")[2])
    usual, seen = decimals.most_common(1)[0]
    if mine != usual and seen >= 3 and 2 * seen > len(column):
        return f"it is printed with {mine} decimals where its column prints {usual}"
    return None


def scanned_cells_confirmed(lines: list[Row], min_confidence: float) -> list[Finding]:
    """A budget number read from a scan in doubt is published only where a total confirms
    it: every total it is part of (or is) adds up, exactly or within rounding. Otherwise it
    may be misread, and the document is held back with the number framed."""
    columns = _group(lines, "table_id", "measure", "fiscal_year", "column_header")
    confirming: dict[int, list[str]] = defaultdict(list)
    for parts, total, finding in _sums(lines):
        for row in [*parts, total]:
            confirming[id(row)].append(finding.status)
    findings = []
    for key, column in columns.items():
        for row in column:
            doubt = _scanned_doubt(row, column, min_confidence)
            if doubt is None:
                continue
            statuses = confirming.get(id(row), [])
            confirmed = bool(statuses) and FAILED not in statuses
            where = f"{row['printed_value']} in row {wording.quoted(row['line_item'])}, column '{row['column_header']}'"
            message = (f"{where} of table {row['table_id']}: {doubt}, " +
                       ("but the totals it is part of add up, so it is published." if confirmed else
                        "and no total confirms it, so the document is held back until a person has checked it."))
            findings.append(Finding(PASSED if confirmed else FAILED, row["printed_value"], "confirmed by a total",
                                    wording.sentence(message), row["table_id"], int(row["page"]), _bbox(row),
                                    row_number=row["row_number"]))
    return findings


def scanned_values_in_doubt(rows: list[Row], min_confidence: float) -> list[Finding]:
    """A tariff read from a scan with low confidence: a price has no total to confirm it,
    so it is published with a warning and its picture, for a person to look at."""
    findings = []
    for row in rows:
        confidence = row.get("confidence")
        if confidence is not None and confidence < min_confidence:
            findings.append(Finding(
                WARNING, row["value_text"], "a confident reading",
                wording.sentence(f"{row['value_text']} for {wording.quoted(row['item'])} ({row['period']}): OCR read it "
                                 f"with confidence {wording.number(Decimal(str(confidence)), 2)}; look at it on the "
                                 "page"), None, row.get("page"), _bbox(row), row_number=row["row_number"]))
    return findings
