"""Our own Great Expectations expectations: the checks no built-in one expresses.

Each is a table-level expectation over the rows of every document of a run, with a metric
that runs one plain check (findings.py, completeness.py) per document. Its result carries
every finding (passed, warning, failed) so that the report and validation_results can
point at the exact table, page and row; the expectation succeeds unless a finding failed.
All are made by one factory; GX registers a class when it is defined, so importing this
module registers them.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import ClassVar

import pyarrow as pa
from great_expectations.core.metric_domain_types import MetricDomainTypes
from great_expectations.execution_engine import PandasExecutionEngine
from great_expectations.expectations.expectation import BatchExpectation
from great_expectations.expectations.metrics.metric_provider import metric_value
from great_expectations.expectations.metrics.table_metric_provider import TableMetricProvider

from pipeline.validate import completeness, findings


class _FindingsExpectation(BatchExpectation):
    """Succeeds unless a finding failed; the findings travel in result.details, with the
    sentence for a document in which the check found nothing to judge."""

    metric: ClassVar[str]
    nothing_to_check: ClassVar[str]

    def _validate(self, metrics: dict, runtime_configuration: dict | None = None, execution_engine=None):
        found = metrics[self.metric]
        statuses = [f["status"] for f in found]
        counts = ", ".join(f"{statuses.count(s)} {s}" for s in (findings.PASSED, findings.WARNING, findings.FAILED))
        nothing = self.nothing_to_check.format(**{k: getattr(self, k) for k in self.success_keys})
        return {"success": findings.FAILED not in statuses,
                "result": {"observed_value": counts, "details": {"findings": found, "nothing_to_check": nothing}}}


def _expectation(class_name: str, check: Callable, nothing_to_check: str, **parameters: float) -> type:
    """Define the metric that runs `check` per document and the expectation over it.

    GX knows the expectation by its class name in snake case (what expectations/*.yaml
    names); `parameters` are its arguments with their defaults, handed to the check.
    """
    metric = f"findings.{check.__name__}"
    keys = tuple(parameters)

    def per_document(cls, execution_engine, metric_domain_kwargs, metric_value_kwargs, metrics,
                     runtime_configuration):
        frame, _, _ = execution_engine.get_compute_domain(domain_kwargs=metric_domain_kwargs,
                                                         domain_type=MetricDomainTypes.TABLE)
        rows = pa.Table.from_pandas(frame, preserve_index=False).to_pylist()
        args = [float(metric_value_kwargs[k]) for k in keys]
        return [f.as_dict() for f in findings.per_document(check, rows, *args)]

    types.new_class(f"{class_name}Metric", (TableMetricProvider,), exec_body=lambda ns: ns.update(
        metric_name=metric, value_keys=keys, _pandas=metric_value(engine=PandasExecutionEngine)(per_document)))
    return types.new_class(class_name, (_FindingsExpectation,), exec_body=lambda ns: ns.update(
        __module__=__name__, __doc__=check.__doc__, __annotations__=dict.fromkeys(keys, float), **parameters,
        metric=metric, nothing_to_check=nothing_to_check, metric_dependencies=(metric,), success_keys=keys))


EXPECTATIONS = [
    _expectation("ExpectBudgetTablesToAddUpToTheirTotals", findings.table_totals,
                 "No table of this document has rows above a total row, so there is no sum to compare."),
    _expectation("ExpectAreaTotalsToAgreeAcrossTables", findings.area_totals_agree,
                 "No activity area of this document is stated in more than one table, so there is nothing to "
                 "compare."),
    _expectation("ExpectBudgetColumnsToNameTheirMeasure", findings.headers_named,
                 "Every column header of this document's tables names a measure."),
    _expectation("ExpectNoTariffRepeatedRightBelowItself", findings.repeated_rows,
                 "No tariff of this document is printed twice in a row."),
    _expectation("ExpectTariffPricesNotToJumpBetweenPeriods", findings.period_jumps,
                 "No price of this document changes by more than {max_ratio:g} times between neighbouring periods.",
                 max_ratio=3.0),
    _expectation("ExpectScannedBudgetNumbersToBeConfirmed", findings.scanned_cells_confirmed,
                 "No number of this document was read from a scan in doubt.", min_confidence=0.9),
    _expectation("ExpectScannedTariffsToBeReadConfidently", findings.scanned_values_in_doubt,
                 "No tariff of this document was read from a scan with low confidence.", min_confidence=0.9),
    _expectation("ExpectDocumentsToBeReadWhole", findings.read_whole,
                 "The document's row says nothing of how it was read."),
    _expectation("ExpectEveryNumberToBeAccountedFor", completeness.numbers_accounted_for,
                 "The reader's ledger lists no number for this document.", max_unexplained_percent=0.0),
]
