"""The `pipeline` command: run the flow, extract one document.

Exit codes (../shared/CONTRACT.md): 0 all published, 1 a document failed validation,
2 usage error, 3 a document was quarantined (3 wins over 1).
"""

from __future__ import annotations

import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.batch import EXIT_USAGE, Outcome, apply_validation, exit_code, quarantined
from pipeline.errors import DocumentRejected
from pipeline.extract import Extraction, extract_document
from pipeline.ingest.discover import source_of
from pipeline.isolation import run_isolated
from pipeline.normalize import write_extraction
from pipeline.schemas import to_table

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Budget and tariff documents to a validated, published dataset.")
out = Console()
err = Console(stderr=True)

RawOption = Annotated[Optional[Path], typer.Option("--raw", help="Folder of input documents [default: raw]")]
OutOption = Annotated[Optional[Path], typer.Option("--out", help="Folder for staged/, published/, reports/, quarantine/ [default: .]")]


def _usage_error(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(EXIT_USAGE)


def _prefect_defaults(out_dir: Path) -> None:
    """Prefect's local state beside the outputs, quiet logs, no analytics (works offline)."""
    os.environ.setdefault("PREFECT_HOME", str((out_dir / ".prefect").resolve()))
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")


def _failure_lines(documents: list[dict]) -> None:
    for document in documents:
        if document["status"] != "published":
            # One plain line per document, never wrapped: scripts grep these.
            print(f"{document['source_file']}: {document['status']}: {document['error']}", file=sys.stderr)


@app.command()
def run(raw: RawOption = None, out_dir: OutOption = None,
        dask: Annotated[Optional[str], typer.Option(
            help="Run the document tasks on this Dask scheduler, e.g. tcp://10.0.0.5:8786 "
                 "(workers need this package and the same raw/ and output folders)")] = None,
        force: Annotated[bool, typer.Option(
            "--force", help="Run even if nothing changed since the last run")] = False) -> None:
    """Run the whole flow on every document under the raw folder and publish the result."""
    from pipeline.settings import Settings

    settings = Settings(**{k: v for k, v in {"raw_dir": raw, "out_dir": out_dir}.items() if v})
    if not settings.raw_dir.is_dir():
        raise _usage_error(f"raw folder not found: {settings.raw_dir}")
    settings.out_dir.mkdir(parents=True, exist_ok=True)
    last = None if force or settings.sources_file.exists() else _unchanged(settings)
    summary = {"unchanged": last, "fetched": [], "exit_code": last["exit_code"]} if last else \
        _run_flow(settings, dask, force)
    _print_summary(summary)
    for fetch in summary["fetched"]:
        if fetch.status == "failed":
            print(f"{fetch.url}: fetch failed: {fetch.reason}", file=sys.stderr)
    _failure_lines(summary["unchanged"]["documents"] if summary.get("unchanged")
                   else [o.document for o in summary["outcomes"]])
    raise typer.Exit(summary["exit_code"])


def _unchanged(settings) -> dict | None:
    """The last run's record if raw/ and everything else are as it left them (no Prefect
    started: a run that would change nothing costs the time to hash the files)."""
    from pipeline.incremental import unchanged_run
    from pipeline.ingest.discover import discover

    return unchanged_run(settings, discover(settings.raw_dir))


def _run_flow(settings, dask: str | None, force: bool) -> dict:
    _prefect_defaults(settings.out_dir)
    from flows.pipeline_flow import pipeline_flow
    from pipeline.progress import listening

    flow = pipeline_flow
    if dask:
        from prefect_dask import DaskTaskRunner

        flow = pipeline_flow.with_options(task_runner=DaskTaskRunner(address=dask))
    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        bar = progress.add_task("starting Prefect", total=None)

        def show(event: str, data: dict) -> None:
            if event == "waiting":
                progress.console.print(f"another run holds {settings.out_dir} ({data['holder']}); waiting for it")
                progress.update(bar, description="waiting for the other run")
            elif event == "discovered":
                progress.update(bar, description="extracting", total=data["total"])
            elif event == "document":
                progress.update(bar, advance=1, description=data["outcome"].document["source_file"])
            elif event == "validating":
                progress.update(bar, description="validating")
            elif event == "published":
                progress.update(bar, description="published")

        with listening(show):
            return flow(raw_dir=settings.raw_dir, out_dir=settings.out_dir, force=force)


def _print_summary(summary: dict) -> None:
    table = Table(title="Run summary", title_justify="left")
    for column in ("document", "kind", "year", "status", "rows", "seconds"):
        table.add_column(column, justify="right" if column in ("rows", "seconds") else "left",
                         overflow="fold")
    last = summary.get("unchanged")
    if last:
        for doc in last["documents"]:
            table.add_row(doc["source_file"], doc["kind"], doc["year"] or "", doc["status"], str(doc["rows"]),
                          "unchanged")
        out.print(table)
        out.print(f"Nothing changed since the run that finished {last['finished']} (same files, extractor, rules "
                  f"and limits): published/ (versions/{last['version']}) is current; report: {last['report']}. "
                  "--force runs anyway.", highlight=False, soft_wrap=True)
        return
    for outcome in summary["outcomes"]:
        doc = outcome.document
        table.add_row(doc["source_file"], doc["kind"], doc["year"] or "", doc["status"],
                      str(outcome.rows), "cached" if outcome.cached else f"{outcome.seconds:.1f}")
    out.print(table)
    out.print(f"{len(summary['outcomes'])} documents in {summary['seconds']:.1f} s; "
              f"published: {summary['version']}; report: {summary['report']}", highlight=False, soft_wrap=True)


@app.command()
def extract(file: Annotated[Path, typer.Argument(help="A budget or tariff document (PDF or HTML)")],
            out_dir: Annotated[Path, typer.Option("--out", help="Folder to write the tables and document.json to")]) -> None:
    """Extract and validate one document: DIR/<table>.parquet, DIR/document.json,
    DIR/validation_results.parquet."""
    from pipeline.settings import Settings

    if not file.is_file():
        raise _usage_error(f"file not found: {file}")
    settings = Settings()
    raw_dir = settings.raw_dir.resolve()
    source = source_of(file, raw_dir if file.resolve().is_relative_to(raw_dir) else file.resolve().parent)
    try:  # in a worker under the same time and memory limits as in a run
        extraction = run_isolated(extract_document, source, settings.limits, timeout_s=settings.timeout_seconds,
                                  memory_bytes=settings.memory_limit_bytes)
    except DocumentRejected as rejection:
        outcome = quarantined(source, rejection)
        write_extraction(out_dir, Extraction(outcome.document))
        _failure_lines([outcome.document])
        raise typer.Exit(exit_code([outcome]))
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
    raise typer.Exit(exit_code([Outcome(extraction.document, None)]))


@app.command()
def serve(raw: RawOption = None, out_dir: OutOption = None,
          cron: Annotated[Optional[str], typer.Option(help="Cron schedule [default: 0 6 * * *, daily 06:00]")] = None,
          port: Annotated[Optional[int], typer.Option(help="Port of the local Prefect server [default: 4200]")] = None) -> None:
    """Serve the flow as a Prefect deployment on a cron schedule, until stopped (Ctrl-C).

    Without PREFECT_API_URL a local Prefect server is started (and stopped with this
    command); with it, the deployment is served by that server.
    """
    from pipeline.settings import Settings

    values = {"raw_dir": raw, "out_dir": out_dir, "schedule_cron": cron, "server_port": port}
    settings = Settings(**{k: v for k, v in values.items() if v is not None})
    if not settings.raw_dir.is_dir():
        raise _usage_error(f"raw folder not found: {settings.raw_dir}")
    settings.out_dir.mkdir(parents=True, exist_ok=True)
    _prefect_defaults(settings.out_dir)
    from cronsim import CronSim, CronSimError

    from flows.serve import DEPLOYMENT, serve as serve_flow

    try:
        CronSim(settings.schedule_cron, datetime.now())
    except CronSimError as error:
        raise _usage_error(f"bad cron schedule {settings.schedule_cron!r}: {error}")

    def ready(api_url: str) -> None:
        ui = api_url.removesuffix("/api")
        out.print(f"Serving deployment municipal-documents/{DEPLOYMENT} on '{settings.schedule_cron}' "
                  f"({settings.schedule_timezone}); Prefect UI: {ui}. Ctrl-C stops.", highlight=False,
                  soft_wrap=True)

    serve_flow(settings.raw_dir, settings.out_dir, settings.schedule_cron, settings.schedule_timezone,
               settings.server_port, on_ready=ready)


@app.command()
def rollback(out_dir: OutOption = None,
             to: Annotated[Optional[str], typer.Option(help="Version folder name under versions/ [default: the one before the current]")] = None) -> None:
    """Point published/ back at an earlier version (kept under versions/)."""
    from pipeline.publish import finished_versions, rollback as roll_back, run_lock
    from pipeline.settings import Settings

    settings = Settings(**({"out_dir": out_dir} if out_dir else {}))
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
    from pipeline.settings import Settings

    settings = Settings(**({"out_dir": out_dir} if out_dir else {}))
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
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
