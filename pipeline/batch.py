"""A run as plain functions: plan it, extract each document, validate, report, publish.

`run(settings, runner)` is the whole run. The runner decides where each step runs: here
in a thread pool (tests, `LocalRunner`), or as Prefect tasks (flows/pipeline_flow.py,
whose runner maps each step below to its task). Nothing here imports Prefect.
"""

from __future__ import annotations

import hashlib
import importlib
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol

import pyarrow.parquet as pq

from pipeline.cache import cached_outcome, write_quarantine_records
from pipeline.editions import reconcile as reconcile_editions
from pipeline.errors import DocumentRejected, RunIncomplete
from pipeline.extract import extract_document
from pipeline.incremental import record_run, unchanged_run
from pipeline.ingest.discover import Source, discover
from pipeline.ingest.fetch import FetchResult, fetch_source, load_sources
from pipeline.isolation import run_isolated_measured
from pipeline.normalize import load_validation, save_validation, stage
from pipeline.outcome import Outcome, apply_validation, quarantined
from pipeline.progress import emit
from pipeline.publish import publish, run_lock
from pipeline.schemas import CONTENT_TABLES, to_table
from pipeline.settings import Limits, Settings
from pipeline.timeline import mark, moments

_COPY_BLOCK = 1 << 20


# --- one document --------------------------------------------------------------------------

def process_document(source: Source, settings: Settings) -> Outcome:
    """Extract one document into staged/ in an isolated worker under the time and memory
    limits; an expected failure, a crash or a limit becomes a quarantined outcome. An
    extraction begun early for this run (`begin_extraction`) is waited for, not repeated."""
    begun = _begun.pop((source.document_id, settings.staged_dir), None)
    if begun is not None:
        return begun.result()
    return _extract_isolated(source, settings)


def _extract_isolated(source: Source, settings: Settings) -> Outcome:
    started = time.perf_counter()
    try:
        outcome, cost = run_isolated_measured(
            extract_and_stage, source, settings.staged_dir, settings.limits,
            timeout_s=settings.timeout_seconds, memory_bytes=settings.memory_limit_bytes)
    except DocumentRejected as rejection:
        return quarantined(source, rejection, time.perf_counter() - started)
    outcome.seconds, outcome.peak_rss, outcome.cpu_seconds = time.perf_counter() - started, cost.peak_rss, cost.cpu_seconds
    return outcome


def extract_and_stage(source: Source, staged_dir: Path, limits: Limits) -> Outcome:
    """The worker's part: extract a snapshot of the file, then write staged/<document_id>/
    (rows never cross processes)."""
    with snapshot(source, limits.max_file_bytes) as copy:
        extraction = extract_document(copy, limits)
    content = sum(len(rows) for name, rows in extraction.tables.items() if name in CONTENT_TABLES)
    extraction.document.update(status="published", error=None, content_rows=content)
    try:
        staged = stage(staged_dir, extraction)
    except OSError as error:   # a full disk or a read-only folder: the run's problem, not the document's
        raise RunIncomplete(_cannot_write(error)) from error
    return Outcome(extraction.document, staged)


def _cannot_write(error: OSError) -> str:
    return f"cannot write {error.filename or 'the output'}: {error.strerror or error}"


@contextmanager
def snapshot(source: Source, max_bytes: int) -> Iterator[Source]:
    """The document as one private copy, hashed while it is copied: the rows are staged
    under the hash of the very bytes they were read from, whatever happens to the file
    meanwhile (a file replaced during a run is read again by the next one)."""
    with tempfile.TemporaryDirectory(prefix="snapshot-") as scratch:
        copy = Path(scratch) / Path(source.source_file).name
        digest, size = hashlib.sha256(), 0
        with _opened(source) as original, _written(copy) as out:
            while block := _read(original):
                size += len(block)
                if size > max_bytes:
                    raise DocumentRejected(f"file too large: more than {max_bytes / 1024**2:.1f} MiB, the limit",
                                           stage="preflight")
                digest.update(block)
                out(block)
        yield replace(source, path=copy, document_id=digest.hexdigest(), size=size)


def _unreadable(error: OSError) -> DocumentRejected:
    """A raw file that vanished or cannot be read: this run's problem with this document,
    tried again next run."""
    if isinstance(error, FileNotFoundError):
        return DocumentRejected("the file disappeared before it could be read; it is tried again next run",
                                stage="read", lasting=False)
    return DocumentRejected(f"the file cannot be read ({error.strerror}); it is tried again next run",
                            stage="read", lasting=False)


@contextmanager
def _opened(source: Source) -> Iterator:
    try:
        handle = source.path.open("rb")
    except OSError as error:
        raise _unreadable(error) from error
    with handle:
        yield handle


def _read(handle) -> bytes:
    try:
        return handle.read(_COPY_BLOCK)
    except OSError as error:
        raise _unreadable(error) from error


@contextmanager
def _written(path: Path) -> Iterator[Callable[[bytes], None]]:
    """A writer for the working copy; no room for it is the run's problem, not the document's."""
    try:
        with path.open("wb") as handle:
            def write(block: bytes) -> None:
                try:
                    handle.write(block)
                except OSError as error:
                    raise RunIncomplete(f"no room for a working copy: {_cannot_write(error)}") from error
            yield write
    except OSError as error:
        raise RunIncomplete(f"no room for a working copy: {_cannot_write(error)}") from error


# --- steps of a run ------------------------------------------------------------------------

def validate_outcomes(make_validator: Callable, outcomes: list[Outcome], run_id: str, rules_version: str,
                      force: bool = False):
    """Check the extracted documents (all at once; a document these rules already checked
    keeps its results, unless `force`) and set each status.

    `make_validator()` is called only if a document needs checking (Great Expectations
    takes seconds to start); returns the validator it made, or None.
    """
    validator = None
    for outcome in outcomes:
        _hold_back_unreadable(outcome)
    extracted = [o for o in outcomes if o.staged is not None]
    results = {o.document["document_id"]: None if force else load_validation(o.staged, rules_version)
               for o in extracted}
    pending = {o.document["document_id"]: o for o in extracted if results[o.document["document_id"]] is None}
    if pending:
        tables = {document_id: {name: t for name in o.staged.row_counts if (t := o.staged.table(name)) is not None}
                  | {"documents": to_table("documents", [o.document])} for document_id, o in pending.items()}
        validator = make_validator()
        for document_id, rows in validator.validate_batch(tables, run_id).items():
            save_validation(pending[document_id].staged, rows, rules_version)
            results[document_id] = rows
    for outcome in extracted:
        outcome.validation = results[outcome.document["document_id"]]
        apply_validation(outcome.document, outcome.validation)
    return validator


def _hold_back_unreadable(outcome: Outcome) -> None:
    """A staged folder that can no longer be read (damaged on disk) costs its document,
    not the run: the document is extracted again next run."""
    if outcome.staged is None:
        return
    try:
        for name in outcome.staged.row_counts:
            pq.read_metadata(outcome.staged.directory / f"{name}.parquet")
    except (OSError, ValueError) as error:
        reason = f"its staged copy cannot be read ({error}); it is extracted again next run"
        shutil.rmtree(outcome.staged.directory, ignore_errors=True)   # a cache: rebuilt from raw/
        outcome.document.update(status="quarantined", error=reason)
        outcome.staged, outcome.stage, outcome.lasting, outcome.cached = None, "stage", False, False


def validate_step(settings: Settings, outcomes: list[Outcome], run_id: str, force: bool) -> list[Outcome]:
    """All documents in one GX context: its start-up is paid once per run, not per
    document, and not at all when every document's results are still good."""
    from pipeline.validate.rules import rules_version

    def make_validator():
        from pipeline.validate.validator import Validator

        return Validator(gx_dir=settings.gx_dir)

    validate_outcomes(make_validator, outcomes, run_id, rules_version(), force)
    reconcile_editions(outcomes, run_id)
    return outcomes


def write_run_report(settings: Settings, outcomes: list[Outcome], run_id: str) -> Path:
    """reports/index.html and a page per document, pictures of what to look at included
    (drawn in a worker per document, under the extraction limits)."""
    from pipeline.publish import current_version, last_good_documents
    from pipeline.report import DocumentReport, PictureLimits, write_report

    last_good = {d["source_file"]: d for d in last_good_documents(current_version(settings.out_dir),
                                                                 [o.document for o in outcomes])}
    reports = [DocumentReport(o.document, o.validation, _content(o), settings.raw_dir / o.document["source_file"],
                              last_good.get(o.document["source_file"])) for o in outcomes]
    limits = PictureLimits(settings.timeout_seconds, settings.memory_limit_bytes, settings.workers)
    return write_report(settings.reports_dir, reports, run_id, limits)


def _content(outcome: Outcome):
    """The document's rows, for its pictures (a staged table that cannot be read: none)."""
    if outcome.staged is None:
        return None
    for name in CONTENT_TABLES:
        try:
            table = outcome.staged.table(name)
        except (OSError, ValueError):
            return None
        if table is not None:
            return table
    return None


def finish_run(settings: Settings, outcomes: list[Outcome]) -> Path:
    """Quarantine records, then publish what passed; returns the published version."""
    write_quarantine_records(settings, outcomes)
    documents = [o.document for o in outcomes]
    staged = [o.staged for o in outcomes if o.staged]
    once = {o.document["document_id"]: o.validation for o in outcomes}   # the same bytes under two names
    validation = [row for rows in once.values() for row in rows]
    return publish(settings.out_dir, documents, staged, validation, keep=settings.keep_versions)


# --- where steps run -------------------------------------------------------------------------

class Runner(Protocol):
    """Runs the steps of a run: `submit(step, *args)` gives a future with `.result()`."""

    def submit(self, step: Callable, *args) -> Future: ...

    def as_completed(self, futures: Iterable) -> Iterator: ...


class LocalRunner:
    """Steps in a thread pool of this process (each extraction drives its own worker process)."""

    def __init__(self, workers: int):
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="document")

    def submit(self, step: Callable, *args) -> Future:
        return self.pool.submit(step, *args)

    def as_completed(self, futures: Iterable) -> Iterator:
        return as_completed(list(futures))


# --- the run ---------------------------------------------------------------------------------

@dataclass
class Plan:
    """What a run has to do: the documents under raw/, or nothing at all because the last
    run had exactly these inputs (`unchanged` is then its record)."""
    sources: list[Source]
    unchanged: dict | None = None


@dataclass
class RunSummary:
    run_id: str | None
    outcomes: list[Outcome] = field(default_factory=list)
    fetched: list[FetchResult] = field(default_factory=list)
    seconds: float = 0.0
    version: Path | None = None
    report: Path | None = None
    unchanged: dict | None = None      # the last run's record, when this one had nothing to do

    def as_dict(self) -> dict:
        """What the flow returns (and Prefect shows, and the CLI prints): plain values only."""
        fetched = [{"url": f.url, "status": f.status, "reason": f.reason} for f in self.fetched]
        if self.unchanged is not None:
            last = self.unchanged
            return {"run_id": None, "unchanged": True, "documents": last["documents"], "version": last["version"],
                    "report": last["report"], "finished": last["finished"], "fetched": fetched,
                    "seconds": round(self.seconds, 3)}
        return {"run_id": self.run_id, "unchanged": False, "documents": [o.summary() for o in self.outcomes],
                "version": str(self.version) if self.version else None,
                "report": str(self.report) if self.report else None, "fetched": fetched,
                "seconds": round(self.seconds, 3)}


def plan_run(settings: Settings, force: bool) -> Plan:
    """The one check of whether anything changed since the last run (`force`: run anyway)."""
    sources = discover(settings.raw_dir, skip=settings.output_dirs)
    plan = Plan(sources, None if force else unchanged_run(settings, sources))
    mark("planned")     # discovery, hashing, the check against the last run
    return plan


def run(settings: Settings, runner: Runner | None = None, *, force: bool = False, run_id: str | None = None,
        plan: Plan | None = None) -> RunSummary:
    """Fetch sources.yaml, plan, then extract, validate, report and publish; `force`
    re-extracts and re-validates every document. A caller that planned already (the CLI,
    to skip starting Prefect when nothing changed) passes its plan."""
    started = time.perf_counter()
    runner = runner or LocalRunner(settings.workers)
    with run_lock(settings.out_dir, on_wait=lambda holder: emit("waiting", holder=holder)):
        fetched = _fetch_all(settings, runner)
        plan = plan if plan is not None and not fetched else plan_run(settings, force)
        if plan.unchanged is not None:
            return RunSummary(None, [], fetched, time.perf_counter() - started, unchanged=plan.unchanged)
        run_id = run_id or f"local-{uuid.uuid4()}"
        mark("steps_started")
        outcomes = _extract_all(settings, plan.sources, runner, force)
        mark("extracted")
        emit("validating")
        outcomes = runner.submit(validate_step, settings, outcomes, run_id, force).result()
        mark("validated")
        report = runner.submit(write_run_report, settings, outcomes, run_id).result()
        mark("reported")
        version = runner.submit(finish_run, settings, outcomes).result()
        mark("published")
        emit("published", version=version)
        record_run(settings, plan.sources, outcomes, version, report)
        _write_run_record(settings, outcomes, run_id)
    return RunSummary(run_id, outcomes, fetched, time.perf_counter() - started, version, report)


def _write_run_record(settings: Settings, outcomes: list[Outcome], run_id: str) -> None:
    """reports/run.json: the run in numbers, for schedulers and the benchmark: when each
    stage ended, and per document what it cost."""
    import json

    summary = {"run_id": run_id, "stages": moments(), "documents": [
        o.summary() | {"document_id": o.document["document_id"], "pages": o.document.get("pages"),
                       "peak_rss_bytes": o.peak_rss, "cpu_seconds": o.cpu_seconds} for o in outcomes]}
    (settings.reports_dir / "run.json").write_text(json.dumps(summary, indent=2) + "\n")


def _fetch_all(settings: Settings, runner: Runner) -> list[FetchResult]:
    """sources.yaml into raw/ (nothing to do without one); a source that still fails after
    its retries is reported and the file it had before stays."""
    entries = load_sources(settings.sources_file, settings.raw_dir)   # a bad entry stops the run: UsageError
    futures = [(entry, runner.submit(fetch_source_step, entry, settings)) for entry in entries]
    results = []
    for entry, future in futures:
        try:
            results.append(future.result())
        except Exception as error:  # noqa: BLE001 - reported, the run goes on with what raw/ has
            results.append(FetchResult(entry.url, "failed", None, str(error)))
    return results


def fetch_source_step(entry, settings: Settings) -> FetchResult:
    return fetch_source(entry, settings.raw_dir, max_bytes=settings.fetch_max_bytes,
                        timeout_s=settings.fetch_timeout_seconds, deadline_s=settings.fetch_deadline_seconds)


def _work_list(settings: Settings, sources: list[Source], force: bool) -> tuple[list[Source], list[Outcome]]:
    """(documents to extract, largest first, so that the last to finish is a small one and
    no worker idles while one works alone; outcomes known without extracting: still good
    from earlier runs, or files discovery could not read)."""
    todo, cached = [], []
    for source in sorted(sources, key=lambda s: (-s.size, s.source_file)):
        if source.unreadable:   # discovery could not read it: this run's problem, tried again next run
            cached.append(quarantined(source, DocumentRejected(source.unreadable, stage="discover", lasting=False)))
            continue
        begun = (source.document_id, settings.staged_dir) in _begun
        outcome = None if force or begun else cached_outcome(source, settings)
        if outcome is None:
            todo.append(source)
        else:
            cached.append(outcome)
    return todo, cached


_begun: dict[tuple[str, Path], Future] = {}   # extractions begun before the run's steps were submitted


def begin_extraction(settings: Settings, plan: Plan, force: bool) -> None:
    """Start extracting this plan's documents now, while the orchestrator starts (the CLI
    calls this before Prefect is up); the run's extraction steps then collect them."""
    todo, _ = _work_list(settings, plan.sources, force)
    if not todo:
        return
    pool = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="early")
    for source in todo:
        _begun[(source.document_id, settings.staged_dir)] = pool.submit(_extract_isolated, source, settings)
    pool.shutdown(wait=False)
    mark("extraction_begun")
    _import_validation_early()


def _import_validation_early() -> None:
    """Great Expectations takes seconds to import: let that happen while documents extract."""
    threading.Thread(target=importlib.import_module, args=("great_expectations",), daemon=True).start()


def _extract_all(settings: Settings, sources: list[Source], runner: Runner, force: bool) -> list[Outcome]:
    """Cached outcomes as they are, the rest extracted."""
    emit("discovered", total=len(sources))
    todo, outcomes = _work_list(settings, sources, force)
    for outcome in outcomes:
        emit("document", outcome=outcome)
    futures = {runner.submit(process_document, source, settings): source for source in todo}
    if futures:
        _import_validation_early()
    for future in runner.as_completed(futures):
        outcome = _outcome_of(future, futures[future])
        outcomes.append(outcome)
        emit("document", outcome=outcome)
    return sorted(outcomes, key=lambda o: o.document["source_file"])


def _outcome_of(future, source: Source) -> Outcome:
    """The step's outcome; a step that failed after its retries quarantines its document
    for this run only (a bug or a crash is no verdict on the bytes)."""
    try:
        return future.result()
    except RunIncomplete:
        raise
    except Exception as error:  # noqa: BLE001 - one document's bug must not stop the batch
        reason = f"internal error while extracting: {type(error).__name__}: {error}"
        return quarantined(source, DocumentRejected(reason, stage="extract", lasting=False))
