"""The `pipeline` command: run the flow, extract one document, serve, history, rollback.

Exit codes (the README): 0 all published, 1 a document failed validation, 2 usage error,
3 a document was quarantined (3 wins over 1), 4 the run could not complete (4 wins).
"""

from __future__ import annotations

import signal
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.errors import DocumentRejected, RunIncomplete, UsageError, one_line
from pipeline.timeline import mark

EXIT_OK, EXIT_FAILED_VALIDATION, EXIT_USAGE, EXIT_QUARANTINED, EXIT_INCOMPLETE = 0, 1, 2, 3, 4

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Budget and tariff documents to a validated, published dataset.")
out = Console()
err = Console(stderr=True)

RawOption = Annotated[Optional[Path], typer.Option("--raw", help="Folder of input documents [default: raw]")]
OutOption = Annotated[Optional[Path], typer.Option("--out", help="Folder for staged/, published/, reports/, quarantine/ [default: .]")]


def _usage_error(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}", highlight=False, soft_wrap=True)
    return typer.Exit(EXIT_USAGE)


def exit_code(statuses: list[str]) -> int:
    if "quarantined" in statuses:
        return EXIT_QUARANTINED
    if "failed_validation" in statuses:
        return EXIT_FAILED_VALIDATION
    return EXIT_OK


def _failure_lines(documents: list[dict]) -> None:
    for document in documents:
        if document["status"] != "published":
            # One plain line per document, never wrapped, control characters escaped: scripts grep these.
            print(f"{one_line(document['source_file'])}: {document['status']}: {one_line(document['error'] or '')}",
                  file=sys.stderr)


@app.command()
def run(raw: RawOption = None, out_dir: OutOption = None,
        dask: Annotated[Optional[str], typer.Option(
            help="Run the document tasks on this Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                 "(workers need this package and the same raw/ and output folders)")] = None,
        force: Annotated[bool, typer.Option(
            "--force", help="Re-extract and re-validate every document, even if nothing changed")] = False) -> None:
    """Run the whole flow on every document under the raw folder and publish the result."""
    from pipeline.settings import load_settings

    started = time.perf_counter()
    settings = load_settings(raw_dir=raw, out_dir=out_dir)
    if not settings.raw_dir.is_dir():
        raise _usage_error(f"raw folder not found: {settings.raw_dir}")
    summary = _run(settings, dask, force) | {"seconds": time.perf_counter() - started}
    _print_summary(summary)
    for fetch in summary["fetched"]:
        if fetch["status"] == "failed":
            print(f"{one_line(fetch['url'])}: fetch failed: {one_line(fetch['reason'])}", file=sys.stderr)
    _failure_lines(summary["documents"])
    raise typer.Exit(exit_code([d["status"] for d in summary["documents"]]))


def _run(settings, dask: str | None, force: bool) -> dict:
    """Plan first (no Prefect when nothing changed), then the flow on Prefect's API,
    which starts while the flow's modules load."""
    from pipeline import batch
    from pipeline.publish import run_lock

    with run_lock(settings.out_dir, on_wait=lambda holder: err.print(
            f"another run holds {settings.out_dir} ({holder}); waiting for it", highlight=False)):
        if settings.sources_file.exists():
            from pipeline.ingest.sources import load_sources

            load_sources(settings.sources_file, settings.raw_dir)   # a bad entry is refused before Prefect starts
        plan = None if settings.sources_file.exists() else batch.plan_run(settings, force)
        if plan is not None and plan.unchanged is not None:
            return batch.RunSummary(None, unchanged=plan.unchanged).as_dict()
        from flows.prefect_api import prefect_api, prefect_environment

        if plan is not None and not dask:   # extraction begins while Prefect starts
            batch.begin_extraction(settings, plan, force)
        prefect_environment()
        with _progress() as show, prefect_api(settings.prefect_wait_seconds, while_starting=_import_flow):
            mark("prefect_ready")
            from flows.pipeline_flow import pipeline_flow
            from pipeline.progress import listening

            flow = pipeline_flow
            if dask:
                from prefect_dask import DaskTaskRunner

                flow = pipeline_flow.with_options(task_runner=DaskTaskRunner(address=dask))
            with listening(show):
                return flow(raw_dir=str(settings.raw_dir), out_dir=str(settings.out_dir), force=force,
                            sources=plan.sources if plan is not None else None)


def _import_flow() -> None:
    """Prefect and the flow take seconds to import: done while Prefect's API starts."""
    import flows.pipeline_flow  # noqa: F401


class _progress:
    """The run's progress on stderr while it works; gone when it ends."""

    def __enter__(self):
        self.progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=err, transient=True)
        self.progress.__enter__()
        self.bar = self.progress.add_task("starting Prefect", total=None)
        return self.show

    def __exit__(self, *exc):
        return self.progress.__exit__(*exc)

    def show(self, event: str, data: dict) -> None:
        if event == "discovered":
            self.progress.update(self.bar, description="extracting", total=data["total"])
        elif event == "document":
            self.progress.update(self.bar, advance=1, description=one_line(data["outcome"].document["source_file"]))
        elif event == "validating":
            self.progress.update(self.bar, description="validating")
        elif event == "published":
            self.progress.update(self.bar, description="published")


def _print_summary(summary: dict) -> None:
    """A table in a terminal; one line per document elsewhere (cron, systemd, a pipe), so
    that a file name is never wrapped and each line can be grepped."""
    documents = summary["documents"]
    if out.is_terminal:
        table = Table(title="Run summary", title_justify="left")
        for column in ("document", "kind", "year", "status", "checks", "rows", "seconds"):
            table.add_column(column, justify="right" if column in ("rows", "seconds") else "left", overflow="fold")
        for doc in documents:
            table.add_row(one_line(doc["source_file"]), doc["kind"], doc["year"] or "", doc["status"], _checks(doc),
                          str(doc["rows"]), _seconds(doc, summary))
        out.print(table)
    else:
        for doc in documents:
            print("\t".join((one_line(doc["source_file"]), doc["kind"], doc["year"] or "-", doc["status"],
                             _checks(doc) or "-", f"{doc['rows']} rows", _seconds(doc, summary))))
    if summary["unchanged"]:
        print(f"Nothing changed since the run that finished {summary['finished']} (same files, extractor, rules "
              f"and limits): published/ (versions/{summary['version']}) is current; report: {summary['report']}. "
              "--force runs anyway.")
        return
    warned = sum(1 for doc in documents if doc.get("warnings"))
    print(f"{_count(len(documents), 'document')} in {summary['seconds']:.1f} s"
          + (f", {_count(warned, 'with a warning', 'with warnings')}" if warned else "")
          + f"; published: {summary['version']}; report: {summary['report']}")


def _checks(doc: dict) -> str:
    """What an auditor should look at besides the status: warnings (published anyway)."""
    return _count(doc["warnings"], "warning") if doc.get("warnings") else ""


def _seconds(doc: dict, summary: dict) -> str:
    return "unchanged" if summary["unchanged"] else "cached" if doc.get("cached") else f"{doc['seconds']:.1f}"


def _count(n: int, singular: str, plural: str | None = None) -> str:
    return f"{n} {singular if n == 1 else plural or singular + 's'}"


@app.command()
def extract(file: Annotated[Path, typer.Argument(help="A budget or tariff document (PDF or HTML)")],
            out_dir: Annotated[Path, typer.Option("--out", help="Folder to write the tables and document.json to")]) -> None:
    """Extract and validate one document: DIR/<table>.parquet, DIR/document.json,
    DIR/validation_results.parquet."""
    from pipeline.extract import Extraction, extract_document
    from pipeline.ingest.discover import source_of
    from pipeline.isolation import run_isolated
    from pipeline.normalize import write_extraction
    from pipeline.outcome import apply_validation, quarantined
    from pipeline.schemas import to_table
    from pipeline.settings import load_settings

    if not file.is_file():
        raise _usage_error(f"file not found: {file}")
    settings = load_settings()
    raw_dir = settings.raw_dir.resolve()
    source = source_of(file, raw_dir if file.resolve().is_relative_to(raw_dir) else file.resolve().parent)
    try:  # in a worker under the same time and memory limits as in a run
        extraction = run_isolated(extract_document, source, settings.limits, timeout_s=settings.timeout_seconds,
                                  memory_bytes=settings.memory_limit_bytes)
    except DocumentRejected as rejection:
        document = quarantined(source, rejection).document
        write_extraction(out_dir, Extraction(document))
        _failure_lines([document])
        raise typer.Exit(exit_code([document["status"]]))
    from pipeline.validate.validator import Validator

    tables = {name: to_table(name, rows) for name, rows in extraction.tables.items()}
    results = Validator().validate(source.document_id, tables, run_id=f"extract-{source.document_id[:12]}")
    apply_validation(extraction.document, results)
    extraction.tables["validation_results"] = results
    counts = write_extraction(out_dir, extraction)
    out.print(f"{source.source_file}: {extraction.document['kind']} {extraction.document['year'] or ''}, "
              + ", ".join(f"{n} {name}" for name, n in counts.items()) + f" -> {out_dir}",
              highlight=False, soft_wrap=True)
    _failure_lines([extraction.document])
    raise typer.Exit(exit_code([extraction.document["status"]]))


@app.command()
def serve(raw: RawOption = None, out_dir: OutOption = None,
          cron: Annotated[Optional[str], typer.Option(help="Cron schedule [default: 0 6 * * *, daily 06:00]")] = None,
          port: Annotated[Optional[int], typer.Option(help="Port of the local Prefect server and its UI [default: 4200]")] = None) -> None:
    """Serve the flow as a Prefect deployment on a cron schedule, until stopped (Ctrl-C).

    Without PREFECT_API_URL a local Prefect server (API, UI, scheduler) is started and
    stopped with this command; with it, the deployment is served by that server.
    """
    from cronsim import CronSim, CronSimError

    from pipeline.settings import load_settings

    settings = load_settings(raw_dir=raw, out_dir=out_dir, schedule_cron=cron, server_port=port)
    if not settings.raw_dir.is_dir():
        raise _usage_error(f"raw folder not found: {settings.raw_dir}")
    try:
        CronSim(settings.schedule_cron, datetime.now())
    except CronSimError as error:
        raise _usage_error(f"bad cron schedule {settings.schedule_cron!r}: {error}")
    settings.out_dir.mkdir(parents=True, exist_ok=True)
    from flows.prefect_api import prefect_environment
    from flows.serve import DEPLOYMENT, serve as serve_flow

    prefect_environment(api_logs=True)

    def ready(api_url: str) -> None:
        ui = api_url.removesuffix("/api")
        out.print(f"Serving deployment municipal-documents/{DEPLOYMENT} on '{settings.schedule_cron}' "
                  f"({settings.schedule_timezone}); Prefect UI: {ui}. Ctrl-C stops.", highlight=False,
                  soft_wrap=True)

    serve_flow(settings, on_ready=ready)


@app.command()
def rollback(out_dir: OutOption = None,
             to: Annotated[Optional[str], typer.Option(help="Version folder name under versions/ [default: the one before the current]")] = None) -> None:
    """Point published/ back at an earlier version (kept under versions/)."""
    from pipeline.publish import finished_versions, rollback as roll_back, run_lock
    from pipeline.settings import load_settings

    settings = load_settings(out_dir=out_dir)
    with run_lock(settings.out_dir, on_wait=lambda holder: err.print(f"waiting for a run to finish ({holder})")):
        try:
            before, after = roll_back(settings.out_dir, to)
        except ValueError as error:
            names = ", ".join(v.name for v in finished_versions(settings.out_dir)) or "none"
            raise _usage_error(f"{error} (versions: {names})")
    out.print(f"published -> versions/{after.name} (was {before.name if before else 'nothing'})",
              highlight=False, soft_wrap=True)


@app.command()
def history(query: Annotated[str, typer.Argument(help="Words of the tariff's item, e.g. fodboldbane")],
            out_dir: OutOption = None) -> None:
    """A tariff's price over the editions: matching series, one column per period."""
    from pipeline.history import matching_series
    from pipeline.settings import load_settings

    settings = load_settings(out_dir=out_dir)
    path = settings.published_dir / "tariff_series.parquet"
    if not path.exists():
        raise _usage_error(f"nothing published yet: {path} (run `pipeline run` first)")
    series, periods = matching_series(path, query)
    if not series:
        err.print(f"no tariff matches {query!r}")
        raise typer.Exit(0)
    table = Table(title=f"Tariffs matching {query!r}", title_justify="left")
    for column in ("item", "section", "unit", *periods):
        table.add_column(column, justify="right" if column in periods else "left", overflow="fold")
    for entry in series:
        table.add_row(entry.item, entry.section or "", entry.unit or "",
                      *(entry.values.get(p, "") for p in periods))
    out.print(table)


def main() -> None:
    """The command, with the contract's exit codes for what is expected to go wrong: one
    line on stderr, no traceback."""
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _stop)
    try:
        app()
    except UsageError as error:
        err.print(f"[red]error:[/red] {error}", highlight=False, soft_wrap=True)
        sys.exit(EXIT_USAGE)
    except RunIncomplete as error:
        _incomplete(str(error))
    except OSError as error:   # the output folder is read-only, the disk is full...
        where = f" ({error.filename})" if error.filename else ""
        _incomplete(f"{error.strerror or error}{where}; nothing was published")


def _incomplete(reason: str) -> None:
    """Exit 4: extractions begun for the run are stopped, not waited for."""
    from pipeline.isolation import stop_all_workers

    stop_all_workers()
    print(f"run incomplete: {reason}", file=sys.stderr)
    sys.exit(EXIT_INCOMPLETE)


def _stop(signum, frame) -> None:
    """Ctrl-C or a service manager's SIGTERM: stop the workers now, then unwind (the
    published dataset is swapped whole or not at all, so stopping anywhere is safe)."""
    from pipeline.isolation import stop_all_workers

    stop_all_workers()
    print("interrupted", file=sys.stderr)
    raise SystemExit(128 + signum)


if __name__ == "__main__":
    main()
