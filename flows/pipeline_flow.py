"""The Prefect flow: discover, extract each document in a task, publish.

Tasks wrap the plain functions of pipeline.batch. Extraction is cached on the file's
sha256 and the extractor's version: the cache is the document's staged folder (or its
quarantine record), so a document whose output is there gets no task at all, and
deleting staged/ is all it takes to extract everything again.
"""

from __future__ import annotations

import importlib
import threading
import time
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.runtime import flow_run

from pipeline import batch
from pipeline.errors import DocumentRejected
from pipeline.ingest.discover import Source, discover
from pipeline.incremental import record_run, unchanged_run
from pipeline.ingest.fetch import FetchResult, SourceEntry, TransientFetchError, fetch_source, load_sources
from pipeline.progress import emit
from pipeline.publish import run_lock
from pipeline.settings import Settings


def _transient(task, task_run, state) -> bool:
    """Retry a fetch only for what may pass: timeouts, dropped connections, 5xx answers."""
    try:
        state.result()
    except TransientFetchError:
        return True
    except Exception:  # noqa: BLE001 - anything else is final
        return False
    return False


@task(name="fetch", retries=3, retry_delay_seconds=[2, 10, 30], retry_condition_fn=_transient,
      task_run_name="fetch {source.url}", cache_policy=NO_CACHE)
def fetch_task(source: SourceEntry, settings: Settings) -> FetchResult:
    return fetch_source(source, settings.raw_dir, max_bytes=settings.fetch_max_bytes,
                        timeout_s=settings.fetch_timeout_seconds)


def _fetch_all(settings: Settings) -> list[FetchResult]:
    """sources.yaml into raw/ (nothing to do without one); a source that still fails after
    its retries is reported and the file it had before stays."""
    futures = [(s, fetch_task.submit(s, settings)) for s in load_sources(settings.sources_file)]
    results = []
    for source, future in futures:
        try:
            results.append(future.result())
        except Exception as error:  # noqa: BLE001 - reported, the run goes on with what raw/ has
            results.append(FetchResult(source.url, "failed", None, str(error)))
    return results


@task(name="extract-document", retries=2, retry_delay_seconds=1, cache_policy=NO_CACHE,
      task_run_name="extract {source.source_file}")
def extract_task(source: Source, settings: Settings) -> batch.Outcome:
    return batch.process_document(source, settings)


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(settings: Settings, outcomes: list[batch.Outcome], run_id: str) -> list[batch.Outcome]:
    """All documents in one GX context: its start-up is paid once per run, not per
    document, and not at all when every document's results are still good."""
    from pipeline.validate.rules import rules_version

    def make_validator():
        from pipeline.validate.validator import Validator

        return Validator(gx_dir=settings.gx_dir)

    batch.validate_outcomes(make_validator, outcomes, run_id, rules_version())
    return outcomes


@task(name="report", cache_policy=NO_CACHE)
def report_task(settings: Settings, outcomes: list[batch.Outcome], run_id: str) -> Path:
    return batch.write_run_report(settings, outcomes, run_id)


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(settings: Settings, outcomes: list[batch.Outcome]) -> Path:
    return batch.finish_run(settings, outcomes)


@flow(name="municipal-documents", log_prints=False,
      task_runner=ThreadPoolTaskRunner(max_workers=Settings().workers))  # each task drives one worker process
def pipeline_flow(raw_dir: Path = Path("raw"), out_dir: Path = Path("."), force: bool = False) -> dict:
    """Every document under raw_dir to out_dir/published; returns the run's summary.

    A run whose inputs are exactly the last run's (same bytes, extractor, rules and
    limits) changes nothing and returns that run's record, unless `force`.
    """
    settings = Settings(raw_dir=raw_dir, out_dir=out_dir)
    with run_lock(settings.out_dir, on_wait=lambda holder: emit("waiting", holder=holder)):
        return _run(settings, force)


def _run(settings: Settings, force: bool) -> dict:
    """Fetch, extract (in parallel, cached), validate, report, publish."""
    started = time.perf_counter()
    fetched = _fetch_all(settings)
    sources = discover(settings.raw_dir)
    last = None if force else unchanged_run(settings, sources)
    if last is not None:
        return {"unchanged": last, "fetched": fetched, "seconds": time.perf_counter() - started,
                "exit_code": last["exit_code"]}
    emit("discovered", total=len(sources))
    outcomes, futures = [], {}
    for source in sources:
        cached = batch.cached_outcome(source, settings)
        if cached is None:
            futures[extract_task.submit(source, settings)] = source
        else:
            outcomes.append(cached)
            emit("document", outcome=cached)
    if futures:  # Great Expectations takes seconds to import: let that happen while documents extract
        threading.Thread(target=importlib.import_module, args=("great_expectations",), daemon=True).start()
    for future in as_completed(list(futures)):
        outcome = _outcome_of(future, futures[future])
        outcomes.append(outcome)
        emit("document", outcome=outcome)
    outcomes.sort(key=lambda o: o.document["source_file"])
    emit("validating")
    run_id = str(flow_run.id or "local")
    outcomes = validate_task(settings, outcomes, run_id)
    report = report_task(settings, outcomes, run_id)
    version = publish_task(settings, outcomes)
    emit("published", version=version)
    record_run(settings, sources, outcomes, version, batch.exit_code(outcomes), report)
    return {"outcomes": outcomes, "version": version, "report": report, "fetched": fetched,
            "seconds": time.perf_counter() - started, "exit_code": batch.exit_code(outcomes)}


def _outcome_of(future, source: Source) -> batch.Outcome:
    """The task's outcome; a task that failed after its retries quarantines its document."""
    try:
        return future.result()
    except Exception as error:  # noqa: BLE001 - one document's bug must not stop the batch
        reason = f"internal error while extracting: {type(error).__name__}: {error}"
        return batch.quarantined(source, DocumentRejected(reason, stage="extract"))
