"""The Prefect flow: pipeline.batch's run, each of its steps a Prefect task.

The run's logic (what changed, what is cached, in which order, what is recorded) is the
plain function `batch.run`; this module only says how its steps run under Prefect: as
tasks with names, retries and a thread pool, each extraction driving its own worker
process. Parameters are plain strings and booleans (no postponed annotations here): a
deployment run started by a schedule or the UI gets them from Prefect's API as JSON.
"""

from pathlib import Path
from typing import Optional

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner

from pipeline import batch
from pipeline.ingest.discover import Source
from pipeline.ingest.fetch import TransientFetchError
from pipeline.settings import Settings, load_settings


def _transient(task, task_run, state) -> bool:
    """Retry a fetch only for what may pass: timeouts, dropped connections, 5xx answers."""
    try:
        state.result()
    except TransientFetchError:
        return True
    except Exception:  # noqa: BLE001 - anything else is final
        return False
    return False


fetch_task = task(batch.fetch_source_step, name="fetch", retries=3, retry_delay_seconds=[2, 10, 30],
                  retry_condition_fn=_transient, task_run_name="fetch {entry.url}", cache_policy=NO_CACHE)
extract_task = task(batch.process_document, name="extract-document", cache_policy=NO_CACHE,
                    task_run_name="extract {source.source_file}")
validate_task = task(batch.validate_step, name="validate", cache_policy=NO_CACHE)
report_task = task(batch.write_run_report, name="report", cache_policy=NO_CACHE)
publish_task = task(batch.finish_run, name="publish", cache_policy=NO_CACHE)


class PrefectRunner:
    """Each step of batch.run as its Prefect task."""

    tasks = {batch.fetch_source_step: fetch_task, batch.process_document: extract_task,
             batch.validate_step: validate_task, batch.write_run_report: report_task,
             batch.finish_run: publish_task}

    def submit(self, step, *args):
        return self.tasks[step].submit(*args)

    def as_completed(self, futures):
        return as_completed(list(futures))


@flow(name="municipal-documents", log_prints=False,
      task_runner=ThreadPoolTaskRunner(max_workers=Settings().workers))  # each task drives one worker process
def pipeline_flow(raw_dir: str = "raw", out_dir: str = ".", force: bool = False,
                  sources: Optional[list[Source]] = None) -> dict:
    """Every document under raw_dir to out_dir/published; returns the run's summary.

    `sources`: the documents a caller already found changed (the CLI plans before it
    starts Prefect); without them the run looks for itself.
    """
    settings = load_settings(raw_dir=Path(raw_dir), out_dir=Path(out_dir))
    plan = batch.Plan(sources) if sources is not None else None
    summary = batch.run(settings, PrefectRunner(), force=force, run_id=str(flow_run.id or ""), plan=plan)
    return summary.as_dict()
