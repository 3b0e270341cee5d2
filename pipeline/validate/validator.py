"""The validator: one Great Expectations context per run (GX costs seconds to start and
tenths of a second per validation run, so every document of a run is checked at once)."""

from __future__ import annotations

import logging
import os
from pathlib import Path

os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")  # offline, and nothing sent anywhere

import great_expectations as gx  # noqa: E402
import pandas as pd  # noqa: E402
import pyarrow as pa  # noqa: E402
from great_expectations.data_context.types.base import ProgressBarsConfig  # noqa: E402

from pipeline.validate.results import result_rows  # noqa: E402
from pipeline.validate.rules import load_rules  # noqa: E402
from pipeline.validate.suites import suite_of  # noqa: E402

_DOCS_SITE = "reports"
logging.getLogger("great_expectations").setLevel(logging.WARNING)


class Validator:
    """Checks documents' tables; with `gx_dir`, keeps GX's results there and builds its
    Data Docs into `docs_dir` for the auditor's report to link to."""

    def __init__(self, gx_dir: Path | None = None, docs_dir: Path | None = None):
        self.rules = load_rules()
        if gx_dir is None:
            self.context = gx.get_context(mode="ephemeral")
        else:
            gx_dir.mkdir(parents=True, exist_ok=True)
            self.context = gx.get_context(mode="file", project_root_dir=str(gx_dir))
        self.context.variables.progress_bars = ProgressBarsConfig(globally=False)
        self.docs_dir = docs_dir
        if docs_dir is not None:
            self._add_docs_site(docs_dir)
        source = self.context.data_sources.add_or_update_pandas("documents")
        self.definitions = {}
        for table, rules in self.rules.items():
            asset = source.add_dataframe_asset(table)
            batch = asset.add_batch_definition_whole_dataframe(f"{table}-document")
            suite = self.context.suites.add_or_update(suite_of(rules))
            self.definitions[table] = self.context.validation_definitions.add_or_update(
                gx.ValidationDefinition(name=table, data=batch, suite=suite))

    def _add_docs_site(self, docs_dir: Path) -> None:
        config = {"class_name": "SiteBuilder", "show_how_to_buttons": False,
                  "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                  "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                                    "base_directory": str(docs_dir.resolve())}}
        if _DOCS_SITE in self.context.list_data_docs_sites():
            self.context.update_data_docs_site(_DOCS_SITE, config)
        else:
            self.context.add_data_docs_site(_DOCS_SITE, config)

    def validate(self, document_id: str, tables: dict[str, pa.Table], run_id: str) -> list[dict]:
        """validation_results rows for one document's tables (those the rules cover)."""
        return self.validate_batch({document_id: tables}, run_id).get(document_id, [])

    def validate_batch(self, documents: dict[str, dict[str, pa.Table]], run_id: str) -> dict[str, list[dict]]:
        """Rows per document. Each table is checked for all documents in one GX run: GX
        costs tenths of a second per run, so a run of hundreds of documents pays it once."""
        rows: dict[str, list[dict]] = {document_id: [] for document_id in documents}
        for table, definition in self.definitions.items():
            parts = [t[table] for t in documents.values() if table in t and t[table].num_rows]
            if not parts:
                continue
            frame = pa.concat_tables(parts).to_pandas(types_mapper=pd.ArrowDtype)
            result = definition.run(batch_parameters={"dataframe": frame},
                                    result_format={"result_format": "COMPLETE"},
                                    run_id=gx.RunIdentifier(run_name=f"{run_id} {table}"))
            checks = {c.name: c for c in self.rules[table].checks}
            for outcome in result.results:
                check = checks[outcome.expectation_config.meta["check"]]
                for document_id, found in result_rows(outcome, check, frame, table).items():
                    rows[document_id].extend({"run_id": run_id, "document_id": document_id, **r} for r in found)
        return rows

    def build_docs(self) -> Path | None:
        """GX's own Data Docs for the runs so far; the index page's path."""
        if self.docs_dir is None:
            return None
        self.context.build_data_docs(site_names=[_DOCS_SITE])
        return self.docs_dir / "index.html"
