"""One run over every bundled sample, shared by the tests of what BI tools and auditors read.

The four samples (a budget, a tariff sheet, a web page and its print) plus a copy of the
budget with a wrong total, so the dataset and the report hold every kind of document and
a failure. The sheet's reader is made to have missed five numbers on two pages (its number
ledger says so), so the report has a completeness warning to show.
"""

import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from plant import replace_text
from pipeline.batch import Outcome, finish_run, process_document, validate_outcomes, write_run_report
from pipeline.extract.ledger import CELL
from pipeline.ingest.discover import discover
from pipeline.schemas import to_table
from pipeline.settings import Settings
from pipeline.validate.rules import rules_version

RAW = Path(__file__).resolve().parents[1] / "raw"
SHEET = "takster/2019-2020/naestved-takstblad-2019-2020.pdf"
MISSED = (3, 2)  # numbers its reader is made to have missed on the sheet's two fullest pages, ten rows apart


@dataclass
class SampleRun:
    settings: Settings
    outcomes: list[Outcome]
    index: Path
    published: Path
    missed: dict[int, int]   # page of the sheet: how many of its numbers the reader "missed"

    def outcome(self, source_file: str) -> Outcome:
        return next(o for o in self.outcomes if o.document["source_file"] == source_file)


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory) -> SampleRun:
    tmp = tmp_path_factory.mktemp("samples")
    raw = tmp / "raw"
    shutil.copytree(RAW, raw)
    budget = next((raw / "budget").rglob("*.pdf"))
    replace_text(budget, budget.with_name("wrong-total.pdf"), 1, "147.987", "148.987")
    settings = Settings(raw_dir=raw, out_dir=tmp / "out")
    outcomes = [process_document(source, settings) for source in discover(raw)]
    missed = _ledger_missing_numbers(next(o for o in outcomes if o.document["source_file"] == SHEET))
    from pipeline.validate.validator import Validator  # Great Expectations: seconds to import

    validate_outcomes(Validator, outcomes, "run-1", rules_version())
    index = write_run_report(settings, outcomes, "run-1")
    finish_run(settings, outcomes)
    return SampleRun(settings, outcomes, index, settings.published_dir, missed)


def _ledger_missing_numbers(outcome: Outcome) -> dict[int, int]:
    """A ledger for the sheet in which its reader read every tariff but five (unexplained)."""
    tariffs = outcome.staged.table("tariffs").to_pylist()
    fullest = [page for page, _ in Counter(r["page"] for r in tariffs).most_common(len(MISSED))]
    missed = [r for page, n in zip(fullest, MISSED) for r in [r for r in tariffs if r["page"] == page][:10 * n:10]]
    missed_ids = {id(r) for r in missed}
    entries = [{"document_id": r["document_id"], "content_table": "tariffs", "page": r["page"],
                "region": r["section"], "text": r["value_text"], "context": f"{r['item']} {r['value_text']}",
                "explained_by": None if id(r) in missed_ids else CELL,
                **{k: r[k] for k in ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")}}
               for r in tariffs]
    pq.write_table(to_table("number_ledger", entries), outcome.staged.directory / "number_ledger.parquet")
    outcome.staged.row_counts["number_ledger"] = len(entries)
    return dict(zip(fullest, MISSED))
