"""The Prefect flow: discover, extract each document in a task, publish.

Tasks wrap the plain functions of pipeline.batch. Extraction is cached on the file's
sha256 and the extractor's version, so an unchanged file is not extracted twice; when
its staged folder has gone missing the cache is refreshed instead of trusted.
"""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.runtime import flow_run

from pipeline import batch
from pipeline.errors import DocumentRejected
from pipeline.extract import EXTRACTOR_VERSION
from pipeline.ingest.discover import Source, discover
from pipeline.ingest.fetch import FetchResult, SourceEntry, TransientFetchError, fetch_source, load_sources
from pipeline.normalize import load_staged
from pipeline.ocr import ocr_available
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


def _extract_cache_key(context, parameters) -> str:
    """Same bytes, same extractor, same limits: same outcome. OCR's presence is part of it,
    so a scan quarantined for want of Tesseract is retried once it is installed."""
    settings = parameters["settings"]
    limits = (settings.timeout_seconds, settings.memory_limit_bytes, settings.max_file_bytes, settings.max_pages)
    return f"extract-{parameters['source'].document_id}-{EXTRACTOR_VERSION}-{limits}-ocr{ocr_available()}"


@task(name="extract-document", cache_key_fn=_extract_cache_key, persist_result=True,
      retries=2, retry_delay_seconds=1, task_run_name="extract {source.source_file}")
def extract_task(source: Source, settings: Settings) -> batch.Outcome:
    return batch.process_document(source, settings)


@task(name="validate", cache_policy=NO_CACHE)
def validate_task(settings: Settings, outcomes: list[batch.Outcome], run_id: str) -> list[batch.Outcome]:
    """All documents in one GX context: its start-up is paid once per run, not per document."""
    from pipeline.validate import Validator, rules_version

    validator = Validator(gx_dir=settings.gx_dir, docs_dir=settings.reports_dir / "data-docs")
    batch.validate_outcomes(validator, outcomes, run_id, rules_version())
    validator.build_docs()
    return outcomes


@task(name="report", cache_policy=NO_CACHE)
def report_task(settings: Settings, outcomes: list[batch.Outcome], run_id: str) -> Path:
    return batch.write_run_report(settings, outcomes, run_id)


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(settings: Settings, outcomes: list[batch.Outcome]) -> Path:
    return batch.finish_run(settings, outcomes)


@flow(name="municipal-documents", log_prints=False,
      task_runner=ThreadPoolTaskRunner(max_workers=Settings().workers))  # each task drives one worker process
def pipeline_flow(raw_dir: Path = Path("raw"), out_dir: Path = Path(".")) -> dict:
    """Every document under raw_dir to out_dir/published; returns the run's summary."""
    settings = Settings(raw_dir=raw_dir, out_dir=out_dir)
    with run_lock(settings.out_dir, on_wait=lambda holder: emit("waiting", holder=holder)):
        return _run(settings)


def _run(settings: Settings) -> dict:
    """Fetch, extract (in parallel, cached), validate, report, publish."""
    started = time.perf_counter()
    fetched = _fetch_all(settings)
    sources = discover(settings.raw_dir)
    emit("discovered", total=len(sources))
    futures = {}
    for source in sources:
        runner = extract_task if _has_output(settings, source) else extract_task.with_options(refresh_cache=True)
        futures[runner.submit(source, settings)] = source
    outcomes = []
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
    return {"outcomes": outcomes, "version": version, "report": report, "fetched": fetched,
            "seconds": time.perf_counter() - started, "exit_code": batch.exit_code(outcomes)}


def _has_output(settings: Settings, source: Source) -> bool:
    """Can a cached outcome be trusted: its staged folder, or its quarantine record, is there."""
    return (load_staged(settings.staged_dir, source.document_id) is not None
            or (settings.quarantine_dir / f"{source.document_id}.json").exists())


def _outcome_of(future, source: Source) -> batch.Outcome:
    """The task's outcome; a task that failed after its retries quarantines its document."""
    try:
        outcome = future.result()
        outcome.cached = future.state.name == "Cached"
        return outcome
    except Exception as error:  # noqa: BLE001 - one document's bug must not stop the batch
        reason = f"internal error while extracting: {type(error).__name__}: {error}"
        return batch.quarantined(source, DocumentRejected(reason, stage="extract"))
