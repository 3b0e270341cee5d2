"""The validator: one Great Expectations context per run (GX costs seconds to start and
tenths of a second per validation run, so every document of a run is checked at once).

GX's own Data Docs are not built: they load their styles and scripts from the internet,
so offline, where auditors often work, they show nothing useful; reports/ shows the same
results readably (pipeline/report/)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")  # offline, and nothing sent anywhere

import great_expectations as gx  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow as pa  # noqa: E402
import pyarrow.compute as pc  # noqa: E402
from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: E402

from pipeline.validate.results import absent_rows, result_rows  # noqa: E402
from pipeline.validate.rules import load_rules  # noqa: E402
from pipeline.validate.suites import suite_of  # noqa: E402

logging.getLogger("great_expectations").setLevel(logging.WARNING)


class Validator:
    """Checks documents' tables; with `gx_dir`, Great Expectations keeps its results there.

    Each rules file is one suite per table its checks run over: the checked table itself,
    and a table staged beside it (the number ledger) for the checks that name one."""

    def __init__(self, gx_dir: Path | None = None):
        self.rules = load_rules()
        if gx_dir is None:
            self.context = gx.get_context(mode="ephemeral")
        else:
            gx_dir.mkdir(parents=True, exist_ok=True)
            self.context = gx.get_context(mode="file", project_root_dir=str(gx_dir))
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        source = self.context.data_sources.add_or_update_pandas("documents")
        self.definitions = {}
        for table, rules in self.rules.items():
            for over, checks in rules.by_frame().items():
                name = table if over == table else f"{table} over {over}"
                batch = source.add_dataframe_asset(name).add_batch_definition_whole_dataframe(f"{name}-documents")
                suite = self.context.suites.add_or_update(suite_of(name, checks))
                self.definitions[(table, over)] = self.context.validation_definitions.add_or_update(
                    gx.ValidationDefinition(name=name, data=batch, suite=suite))

    def validate(self, document_id: str, tables: dict[str, pa.Table], run_id: str) -> list[dict]:
        """validation_results rows for one document's tables (those the rules cover)."""
        return self.validate_batch({document_id: tables}, run_id).get(document_id, [])

    def validate_batch(self, documents: dict[str, dict[str, pa.Table]], run_id: str) -> dict[str, list[dict]]:
        """Rows per document. Each table is checked for all documents in one GX run: GX
        costs tenths of a second per run, so a run of hundreds of documents pays it once."""
        rows: dict[str, list[dict]] = {document_id: [] for document_id in documents}
        for (table, over), definition in self.definitions.items():
            frames = self.rules[table].by_frame()
            judged = [d for d, tables in documents.items() if any(_part(tables, table, f) is not None for f in frames)]
            parts = [part for d in judged if (part := _part(documents[d], table, over)) is not None]
            checks = frames[over]
            if not parts:
                for document_id in judged:
                    rows[document_id].extend(_with_ids(r, run_id, document_id)
                                             for check in checks for r in absent_rows(check, table))
                continue
            frame = pa.concat_tables(parts).to_pandas(types_mapper=pd.ArrowDtype)
            result = definition.run(batch_parameters={"dataframe": frame},
                                    result_format={"result_format": "COMPLETE"},
                                    run_id=gx.RunIdentifier(run_name=f"{run_id} {definition.name}"))
            by_name = {c.name: c for c in checks}
            for outcome in result.results:
                check = by_name[outcome.expectation_config.meta["check"]]
                for document_id, found in result_rows(outcome, check, frame, table, judged).items():
                    rows[document_id].extend(_with_ids(r, run_id, document_id) for r in found)
        return rows


def _part(tables: dict[str, pa.Table], table: str, over: str) -> pa.Table | None:
    """A document's rows that `table`'s checks over `over` judge: the table itself, or the
    part of a staged table (the number ledger) its reader kept for that table."""
    part = tables.get(over)
    if part is not None and over != table:
        part = part.filter(pc.equal(part["content_table"], table))
    return part if part is not None and part.num_rows else None


def _with_ids(row: dict, run_id: str, document_id: str) -> dict:
    return {"run_id": run_id, "document_id": document_id, **row}
