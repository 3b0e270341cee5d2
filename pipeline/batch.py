"""The work of a run as plain functions: one document to an outcome, outcomes to a dataset.

The Prefect flow (flows/pipeline_flow.py) is a thin layer of tasks over these; tests
call them directly.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from pipeline.errors import DocumentRejected
from pipeline.extract import EXTRACTOR_VERSION, Limits, document_row, extract_document
from pipeline.ingest.discover import Source
from pipeline.isolation import run_isolated_measured
from pipeline.normalize import Staged, load_staged, load_validation, save_validation, stage
from pipeline.ocr import ocr_available
from pipeline.publish import publish
from pipeline.settings import Settings

EXIT_OK, EXIT_FAILED_VALIDATION, EXIT_USAGE, EXIT_QUARANTINED = 0, 1, 2, 3


@dataclass
class Outcome:
    document: dict               # the document's row, status set
    staged: Staged | None        # None when the document was quarantined
    seconds: float = 0.0
    stage: str | None = None     # where a quarantined document stopped
    limit: str | None = None     # the limit it hit, if any
    cached: bool = False         # taken from an earlier run: same bytes, same extractor
    peak_rss: int | None = None  # the worker's peak resident memory, bytes
    validation: list[dict] = field(default_factory=list)  # validation_results rows

    @property
    def status(self) -> str:
        return self.document["status"]

    @property
    def rows(self) -> int:
        return sum(self.staged.row_counts.values()) if self.staged else 0


def process_document(source: Source, settings: Settings) -> Outcome:
    """Extract one document into staged/ in an isolated worker under the time and memory
    limits; an expected failure, a crash or a limit becomes a quarantined outcome."""
    started = time.perf_counter()
    try:
        outcome, peak = run_isolated_measured(
            extract_and_stage, source, settings.staged_dir, settings.limits,
            timeout_s=settings.timeout_seconds, memory_bytes=settings.memory_limit_bytes)
    except DocumentRejected as rejection:
        return quarantined(source, rejection, time.perf_counter() - started)
    outcome.seconds, outcome.peak_rss = time.perf_counter() - started, peak
    return outcome


def extract_and_stage(source: Source, staged_dir: Path, limits: Limits) -> Outcome:
    """The worker's part: extract, then write staged/<document_id>/ (rows never cross processes)."""
    extraction = extract_document(source, limits)
    extraction.document.update(status="published", error=None)
    return Outcome(extraction.document, stage(staged_dir, extraction))


def validate_outcomes(make_validator, outcomes: list[Outcome], run_id: str, rules_version: str):
    """Check the extracted documents (all at once; a document these rules already checked
    keeps its results) and set each status: failed_validation when a check failed.

    `make_validator()` is called only if a document needs checking (Great Expectations
    takes seconds to start); returns the validator it made, or None.
    """
    validator = None
    extracted = [o for o in outcomes if o.staged is not None]
    results = {o.document["document_id"]: load_validation(o.staged, rules_version) for o in extracted}
    pending = {o.document["document_id"]: o for o in extracted if results[o.document["document_id"]] is None}
    if pending:
        tables = {document_id: {name: t for name in o.staged.row_counts if (t := o.staged.table(name)) is not None}
                  for document_id, o in pending.items()}
        validator = make_validator()
        for document_id, rows in validator.validate_batch(tables, run_id).items():
            save_validation(pending[document_id].staged, rows, rules_version)
            results[document_id] = rows
    for outcome in extracted:
        outcome.validation = results[outcome.document["document_id"]]
        apply_validation(outcome.document, outcome.validation)
    return validator


def apply_validation(document: dict, rows: list[dict]) -> None:
    failed = next((r for r in rows if r["status"] == "failed"), None)
    if failed is None:
        document.update(status="published", error=None)
    else:
        document.update(status="failed_validation", error=f"check {failed['check']}: {failed['message']}")


def quarantined(source: Source, rejection: DocumentRejected, seconds: float = 0.0,
                **facts) -> Outcome:
    row = document_row(source, status="quarantined", error=rejection.reason, **facts)
    return Outcome(row, None, seconds, stage=rejection.stage, limit=rejection.limit)


def write_quarantine_records(settings: Settings, outcomes: list[Outcome]) -> None:
    """quarantine/<document_id>.json for each rejected input; records of inputs that now
    pass are removed, so the folder lists what still needs a person. A record also says
    under which conditions the verdict was reached, so that it is reused only under those."""
    settings.quarantine_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for outcome in outcomes:
        path = settings.quarantine_dir / f"{outcome.document['document_id']}.json"
        if outcome.status != "quarantined":
            path.unlink(missing_ok=True)
            continue
        if outcome.cached and path.exists():
            continue  # keep the time it was first quarantined
        record = {"document_id": outcome.document["document_id"],
                  "file": outcome.document["source_file"], "reason": outcome.document["error"],
                  "stage": outcome.stage, "limit": outcome.limit, "time": now,
                  "conditions": extraction_conditions(settings)}
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")


def extraction_conditions(settings: Settings) -> str:
    """What an extraction's outcome depends on besides the bytes: the extractor's version,
    the limits, and whether OCR is installed (a scan refused for want of it is retried)."""
    limits = (settings.timeout_seconds, settings.memory_limit_bytes, settings.max_file_bytes, settings.max_pages)
    return f"{EXTRACTOR_VERSION}|limits={limits}|ocr={ocr_available()}"


def cached_outcome(source: Source, settings: Settings) -> Outcome | None:
    """The outcome of an earlier run for these very bytes, if it still holds: its staged
    folder made by this extractor version, or its quarantine record made under the same
    conditions. Such a document is neither extracted nor handed to a worker again."""
    staged = load_staged(settings.staged_dir, source.document_id)
    if staged is not None:
        document = {**staged.document, "source_file": source.source_file}
        return Outcome(document, staged, cached=True)
    try:
        record = json.loads((settings.quarantine_dir / f"{source.document_id}.json").read_text())
    except (OSError, ValueError):
        return None
    if record.get("conditions") != extraction_conditions(settings):
        return None
    rejection = DocumentRejected(record["reason"], record.get("stage") or "extract", record.get("limit"))
    outcome = quarantined(source, rejection)
    outcome.cached = True
    return outcome


def write_run_report(settings: Settings, outcomes: list[Outcome], run_id: str) -> Path:
    """reports/index.html and a page per document, pictures of what to look at included."""
    from pipeline.report import DocumentReport, write_report

    reports = []
    for outcome in outcomes:
        content = None
        if outcome.staged:
            content = next((t for name in ("budget_lines", "tariffs")
                            if (t := outcome.staged.table(name)) is not None), None)
        reports.append(DocumentReport(outcome.document, outcome.validation, content,
                                      settings.raw_dir / outcome.document["source_file"]))
    index = write_report(settings.reports_dir, reports, run_id)
    _write_run_summary(settings.reports_dir / "run.json", outcomes, run_id)
    return index


def _write_run_summary(path: Path, outcomes: list[Outcome], run_id: str) -> None:
    """The run in numbers, for schedulers and the benchmark: per document what it cost."""
    documents = [{"source_file": o.document["source_file"], "document_id": o.document["document_id"],
                  "status": o.status, "rows": o.rows, "pages": o.document.get("pages"),
                  "seconds": round(o.seconds, 3), "cached": o.cached, "peak_rss_bytes": o.peak_rss}
                 for o in outcomes]
    path.write_text(json.dumps({"run_id": run_id, "documents": documents}, indent=2) + "\n")


def finish_run(settings: Settings, outcomes: list[Outcome]) -> Path:
    """Quarantine records, then publish what passed; returns the published version."""
    write_quarantine_records(settings, outcomes)
    documents = [o.document for o in outcomes]
    staged = [o.staged for o in outcomes if o.staged]
    return publish(settings.out_dir, documents, staged, keep=settings.keep_versions)


def exit_code(outcomes: list[Outcome]) -> int:
    statuses = {o.status for o in outcomes}
    if "quarantined" in statuses:
        return EXIT_QUARANTINED
    if "failed_validation" in statuses:
        return EXIT_FAILED_VALIDATION
    return EXIT_OK
