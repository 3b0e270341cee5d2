"""Custom Great Expectations expectations for the checks no built-in one expresses.

Each is a table-level expectation over one document's table with a metric that runs the
plain pandas check of findings.py. Its result carries every finding (passed, warning,
failed) so the report and validation_results can point at the exact table and page;
the expectation succeeds unless a finding failed. Warnings (differences within rounding)
do not fail it. Importing this module registers the expectations with GX.
"""

from __future__ import annotations

from typing import ClassVar

import pandas as pd
import pyarrow as pa
from great_expectations.core.metric_domain_types import MetricDomainTypes
from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import BatchExpectation
from great_expectations.expectations.metrics.metric_provider import metric_value
from great_expectations.expectations.metrics.table_metric_provider import TableMetricProvider

from pipeline.schemas import TABLES
from pipeline.validate import findings as checks


def _frame(execution_engine: PandasExecutionEngine, domain_kwargs: dict) -> pd.DataFrame:
    frame, _, _ = execution_engine.get_compute_domain(domain_kwargs=domain_kwargs,
                                                     domain_type=MetricDomainTypes.TABLE)
    return frame


def _findings(check, execution_engine, domain_kwargs: dict, *args) -> list[dict]:
    rows = pa.Table.from_pandas(_frame(execution_engine, domain_kwargs), preserve_index=False).to_pylist()
    return [f.as_dict() for f in checks.per_document(check, rows, *args)]


class _FindingsExpectation(BatchExpectation):
    """Succeeds unless a finding failed; the findings travel in result.details, with the
    sentence for a document where there was nothing to check."""

    metric: ClassVar[str]
    nothing_to_check: ClassVar[str]

    def _validate(self, metrics: dict, runtime_configuration: dict | None = None, execution_engine=None):
        found = metrics[self.metric]
        statuses = [f["status"] for f in found]
        counts = ", ".join(f"{statuses.count(s)} {s}" for s in (checks.PASSED, checks.WARNING, checks.FAILED))
        return {"success": checks.FAILED not in statuses,
                "result": {"observed_value": counts,
                           "details": {"findings": found, "nothing_to_check": self.nothing_to_check}}}


# --- budget_lines -------------------------------------------------------------------------------

class BudgetTableTotals(TableMetricProvider):
    metric_name = "budget_lines.table_totals"

    @metric_value(engine=PandasExecutionEngine)
    def _pandas(cls, execution_engine, metric_domain_kwargs, metric_value_kwargs, metrics, runtime_configuration):
        return _findings(checks.table_totals, execution_engine, metric_domain_kwargs)


class ExpectBudgetTablesToAddUpToTheirTotals(_FindingsExpectation):
    """In every table with a total row, the rows above it add up to it, within rounding."""

    metric: ClassVar[str] = "budget_lines.table_totals"
    nothing_to_check: ClassVar[str] = "No table has rows above a total row."
    metric_dependencies = ("budget_lines.table_totals",)


class BudgetAreaTotals(TableMetricProvider):
    metric_name = "budget_lines.area_totals"

    @metric_value(engine=PandasExecutionEngine)
    def _pandas(cls, execution_engine, metric_domain_kwargs, metric_value_kwargs, metrics, runtime_configuration):
        return _findings(checks.area_totals_agree, execution_engine, metric_domain_kwargs)


class ExpectAreaTotalsToAgreeAcrossTables(_FindingsExpectation):
    """The overview, an area's N.1 total and its N.2 columns state the same amounts."""

    metric: ClassVar[str] = "budget_lines.area_totals"
    nothing_to_check: ClassVar[str] = "No area is stated in more than one table."
    metric_dependencies = ("budget_lines.area_totals",)


class BudgetHeadersNamed(TableMetricProvider):
    metric_name = "budget_lines.headers_named"

    @metric_value(engine=PandasExecutionEngine)
    def _pandas(cls, execution_engine, metric_domain_kwargs, metric_value_kwargs, metrics, runtime_configuration):
        return _findings(checks.headers_named, execution_engine, metric_domain_kwargs)


class ExpectBudgetColumnsToNameTheirMeasure(_FindingsExpectation):
    """Every column header names a measure; one that does not is named as printed."""

    metric: ClassVar[str] = "budget_lines.headers_named"
    nothing_to_check: ClassVar[str] = "Every column header names a measure."
    metric_dependencies = ("budget_lines.headers_named",)


# --- tariffs ----------------------------------------------------------------------------------

class TariffRepeatedRows(TableMetricProvider):
    metric_name = "tariffs.repeated_rows"

    @metric_value(engine=PandasExecutionEngine)
    def _pandas(cls, execution_engine, metric_domain_kwargs, metric_value_kwargs, metrics, runtime_configuration):
        return _findings(checks.repeated_rows, execution_engine, metric_domain_kwargs)


class ExpectNoTariffRepeatedRightBelowItself(_FindingsExpectation):
    """The same tariff, value and all, printed twice in a row is a copy-paste slip."""

    metric: ClassVar[str] = "tariffs.repeated_rows"
    nothing_to_check: ClassVar[str] = "No tariff is printed twice in a row."
    metric_dependencies = ("tariffs.repeated_rows",)


class TariffPeriodJumps(TableMetricProvider):
    metric_name = "tariffs.period_jumps"
    value_keys = ("max_ratio",)

    @metric_value(engine=PandasExecutionEngine)
    def _pandas(cls, execution_engine, metric_domain_kwargs, metric_value_kwargs, metrics, runtime_configuration):
        return _findings(checks.period_jumps, execution_engine, metric_domain_kwargs,
                         float(metric_value_kwargs["max_ratio"]))


class ExpectTariffPricesNotToJumpBetweenPeriods(_FindingsExpectation):
    """A price more than max_ratio times its neighbouring period's is flagged."""

    max_ratio: float = 3.0
    metric: ClassVar[str] = "tariffs.period_jumps"
    nothing_to_check: ClassVar[str] = "No tariff changes by more than the ratio allowed."
    metric_dependencies = ("tariffs.period_jumps",)
    success_keys = ("max_ratio",)


# --- any published table ----------------------------------------------------------------------

class ColumnTypes(TableMetricProvider):
    metric_name = "table.arrow_column_types"

    @metric_value(engine=PandasExecutionEngine)
    def _pandas(cls, execution_engine, metric_domain_kwargs, metric_value_kwargs, metrics, runtime_configuration):
        frame = _frame(execution_engine, metric_domain_kwargs)
        return {name: str(dtype).removesuffix("[pyarrow]") for name, dtype in frame.dtypes.items()}


class ExpectColumnsToHaveContractTypes(BatchExpectation):
    """Each column has the Arrow type the published schema (pipeline/schemas.py) names."""

    schema_name: str
    metric_dependencies = ("table.arrow_column_types",)
    success_keys = ("schema_name",)

    def _validate(self, metrics: dict, runtime_configuration: dict | None = None, execution_engine=None):
        observed = metrics["table.arrow_column_types"]
        expected = {f.name: str(f.type) for f in TABLES[self.schema_name]}
        wrong = {name: observed.get(name) for name, type_ in expected.items() if observed.get(name) != type_}
        return {"success": not wrong, "result": {"observed_value": wrong or "as the schema", "details": {
            "expected": expected}}}
