"""The checks that no built-in expectation expresses, as plain pandas over one
document's table. Each returns findings; the GX expectations in expectations.py wrap
them, and tests call them directly.

A finding is one checked instance (a column of a table, an area, a tariff) with a status:
passed, warning (within the tolerance the document's own rounding allows) or failed.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from decimal import Decimal

import pandas as pd

from pipeline.danish import unit_multiplier

PASSED, WARNING, FAILED = "passed", "warning", "failed"


@dataclass
class Finding:
    status: str
    observed: str
    expected: str
    message: str
    table_id: str | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None  # what to mark on the page

    def as_dict(self) -> dict:
        return asdict(self)


def _bbox(row: pd.Series) -> tuple[float, float, float, float] | None:
    values = [row.get(k) for k in ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")]
    return None if any(v is None or pd.isna(v) for v in values) else tuple(float(v) for v in values)


def _printed_step(row: pd.Series) -> Decimal:
    """Kroner per unit of the last printed digit: 1000 for "36.723" in "I 1.000 kr."."""
    decimals = len(row["printed_value"].partition(",")[2])
    return Decimal(unit_multiplier(row["unit"] or "") or 1) * Decimal(10) ** -decimals


def _in_printed_units(amount: Decimal | int, unit: str | None) -> str:
    value = Decimal(int(amount)) / Decimal(unit_multiplier(unit or "") or 1)
    return f"{value.normalize():f}"


_COLUMN = ["table_id", "measure", "fiscal_year", "column_header"]


# --- budgets ---------------------------------------------------------------------------------

def table_totals(lines: pd.DataFrame) -> list[Finding]:
    """In each column of each table with a total row, the rows above the total add up to it.

    n rounded components can be off by up to n/2 units of the last printed digit: inside
    that it is a warning with the difference stated, outside it is a failure. Rows below
    a total (12.2's "Ikke tildelt budget") are adjustments to it, not parts of it.
    """
    findings = []
    for (table_id, _, _, header), column in lines.groupby(_COLUMN, sort=False, dropna=False):
        totals = column[column["is_total"]]
        if len(totals) != 1:
            continue
        total = totals.iloc[0]
        parts = column[~column["is_total"] & (column["row_number"] < total["row_number"])]
        if parts.empty:
            continue
        findings.append(_sum_finding(table_id, header, parts, total))
    return findings


def _sum_finding(table_id: str, header: str, parts: pd.DataFrame, total: pd.Series) -> Finding:
    step = max(_printed_step(row) for _, row in pd.concat([parts, total.to_frame().T]).iterrows())
    allowed = len(parts) // 2
    difference = Decimal(int(parts["amount_dkk"].sum()) - int(total["amount_dkk"]))
    steps_off = abs(difference) / step
    status = PASSED if difference == 0 else WARNING if steps_off <= allowed else FAILED
    unit = total["unit"]
    observed = _in_printed_units(parts["amount_dkk"].sum(), unit)
    expected = f"{_in_printed_units(total['amount_dkk'], unit)} ± {allowed}"
    what = f"The {len(parts)} rows above '{total['line_item']}' in column '{header}' of table {table_id}"
    if status == PASSED:
        message = f"{what} add up to the stated total {total['printed_value']}."
    elif status == WARNING:
        message = (f"{what} add up to {observed}, the table states {total['printed_value']}: a difference of "
                   f"{_in_printed_units(abs(difference), unit)}, within the rounding of {len(parts)} "
                   f"rounded numbers (up to {allowed}).")
    else:
        message = (f"{what} add up to {observed}, the table states {total['printed_value']}: a difference of "
                   f"{_in_printed_units(abs(difference), unit)}, more than rounding allows (up to {allowed}).")
    return Finding(status, observed, expected, message, table_id, int(total["page"]), _bbox(total))


def _overview_tables(lines: pd.DataFrame) -> set[str]:
    """Tables whose rows are areas: each row's activity_area is its own label."""
    rows = lines[~lines["is_total"]]
    own = rows.groupby("table_id")[["activity_area", "line_item"]].apply(
        lambda t: bool((t["activity_area"] == t["line_item"]).all()))
    return set(own[own].index)


def _effective_totals(table: pd.DataFrame) -> dict[tuple, tuple[int, pd.Series]]:
    """Per column of a table with a total row: the total plus the adjustments printed below it."""
    out = {}
    for (measure, year), column in table.groupby(["measure", "fiscal_year"], dropna=True):
        totals = column[column["is_total"]]
        if len(totals) != 1:
            continue
        total = totals.iloc[0]
        below = column[~column["is_total"] & (column["row_number"] > total["row_number"])]
        out[(measure, int(year))] = (int(total["amount_dkk"] + below["amount_dkk"].sum()), total)
    return out


def area_totals_agree(lines: pd.DataFrame) -> list[Finding]:
    """Each area's figure in the overview = its own tables' totals, per measure and year.

    The overview's row for an area, and the total (with the adjustments printed below
    it) of every table of that area, must state the same amount where they cover the
    same measure and year: 0.1's technical budget = N.1's "i alt" = N.2's Tekn. B column.
    """
    overview = _overview_tables(lines)
    findings = []
    areas = lines.loc[~lines["table_id"].isin(overview), "activity_area"].dropna().unique()
    for area in areas:
        sources: dict[tuple, list[tuple[str, int, pd.Series]]] = {}
        in_overview = lines[lines["table_id"].isin(overview) & (lines["activity_area"] == area)]
        for _, row in in_overview.iterrows():
            if pd.notna(row["measure"]):
                sources.setdefault((row["measure"], int(row["fiscal_year"])), []).append(
                    (row["table_id"], int(row["amount_dkk"]), row))
        own = lines[(lines["activity_area"] == area) & ~lines["table_id"].isin(overview)]
        for table_id, table in own.groupby("table_id", sort=False):
            for key, (amount, total) in _effective_totals(table).items():
                sources.setdefault(key, []).append((table_id, amount, total))
        for (measure, year), stated in sources.items():
            if len(stated) >= 2:
                findings.append(_agreement_finding(area, measure, year, stated))
    return findings


def _agreement_finding(area: str, measure: str, year: int, stated: list[tuple[str, int, pd.Series]]) -> Finding:
    first_table, first_amount, first_row = stated[0]
    unit = first_row["unit"]
    observed = ", ".join(f"{_in_printed_units(a, unit)} ({t})" for t, a, _ in stated[1:])
    expected = f"{_in_printed_units(first_amount, unit)} ({first_table})"
    disagreeing = [(t, a, r) for t, a, r in stated[1:] if a != first_amount]
    where = f"{area}, {measure} {year}"
    if not disagreeing:
        return Finding(PASSED, observed, expected,
                       f"{where}: tables {', '.join(t for t, _, _ in stated)} all state "
                       f"{_in_printed_units(first_amount, unit)}.", first_table, int(first_row["page"]))
    table_id, amount, row = disagreeing[0]
    return Finding(FAILED, observed, expected,
                   f"{where}: table {table_id} states {_in_printed_units(amount, unit)} where table "
                   f"{first_table} states {_in_printed_units(first_amount, unit)}.",
                   table_id, int(row["page"]), _bbox(row))


# --- tariffs ---------------------------------------------------------------------------------

_TARIFF_IDENTITY = ["section_path", "item", "unit"]


def repeated_rows(tariffs: pd.DataFrame) -> list[Finding]:
    """No tariff printed twice in a row: the same item, unit and value right below itself.

    Compared per period in document order; the same item text further down under another
    heading (another section_path) is a different tariff and is fine.
    """
    findings = []
    for period, rows in tariffs.sort_values("row_number").groupby("period", sort=False):
        keys = rows[_TARIFF_IDENTITY + ["value_text"]].fillna("").astype(str).agg("\x1f".join, axis=1)
        repeated = rows[keys.eq(keys.shift())]
        for _, row in repeated.iterrows():
            findings.append(Finding(
                FAILED, f"'{row['item']}' {row['value_text']} twice", "each tariff once",
                f"'{row['item']}' ({period}, {row['value_text']}) is printed twice in a row under "
                f"'{row['section'] or 'no heading'}'.", None, _page(row), _bbox(row)))
    return findings


def period_jumps(tariffs: pd.DataFrame, max_ratio: float) -> list[Finding]:
    """A price more than max_ratio times (or less than 1/max_ratio of) the same tariff's
    price in the neighbouring period is flagged: a tenfold jump is more often a typo.

    The same item may be printed twice under one heading for two things (a sheet lists
    "Foreninger" once per room); the n-th printing in one period is compared with the
    n-th in the next.
    """
    findings = []
    amounts = tariffs[tariffs["value_kind"] == "amount"].dropna(subset=["amount_dkk"])
    for _, tariff in amounts.groupby(_TARIFF_IDENTITY, dropna=False, sort=False):
        by_period = [rows for _, rows in tariff.sort_values("row_number").groupby("period", sort=True)]
        for earlier, later in zip(by_period, by_period[1:]):
            for (_, before), (_, after) in zip(earlier.iterrows(), later.iterrows()):
                finding = _jump(before, after, max_ratio)
                if finding:
                    findings.append(finding)
    return findings


def _jump(before: pd.Series, after: pd.Series, max_ratio: float) -> Finding | None:
    if before["amount_dkk"] <= 0 or after["amount_dkk"] <= 0:
        return None
    ratio = after["amount_dkk"] / before["amount_dkk"]
    if 1 / max_ratio <= ratio <= max_ratio:
        return None
    return Finding(
        FAILED, f"{after['value_text']} ({after['period']})",
        f"within {max_ratio:g}x of {before['value_text']} ({before['period']})",
        f"'{after['item']}' goes from {before['value_text']} in {before['period']} to "
        f"{after['value_text']} in {after['period']}: {ratio:.2f} times, more than {max_ratio:g}x.",
        None, _page(after), _bbox(after))


def _page(row: pd.Series) -> int | None:
    return None if pd.isna(row.get("page")) else int(row["page"])


def summary(findings: list[Finding], nothing_to_check: str) -> list[Finding]:
    """At least one result per check, so the report shows it was run."""
    return findings or [Finding(PASSED, "nothing to check", "-", nothing_to_check)]
