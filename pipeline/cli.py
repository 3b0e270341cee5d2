"""The `pipeline` command: run the flow, extract one document.

Exit codes (../shared/CONTRACT.md): 0 all published, 1 a document failed validation,
2 usage error, 3 a document was quarantined (3 wins over 1).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from pipeline.batch import EXIT_USAGE, Outcome, exit_code, quarantined
from pipeline.errors import DocumentRejected
from pipeline.extract import extract_document
from pipeline.ingest.discover import source_of
from pipeline.normalize import write_extraction

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


def _failure_lines(outcomes: list[Outcome]) -> None:
    for outcome in outcomes:
        if outcome.status != "published":
            err.print(f"{outcome.document['source_file']}: {outcome.status}: {outcome.document['error']}",
                      markup=False, highlight=False)


@app.command()
def run(raw: RawOption = None, out_dir: OutOption = None) -> None:
    """Run the whole flow on every document under the raw folder and publish the result."""
    from pipeline.settings import Settings

    settings = Settings(**{k: v for k, v in {"raw_dir": raw, "out_dir": out_dir}.items() if v})
    if not settings.raw_dir.is_dir():
        raise _usage_error(f"raw folder not found: {settings.raw_dir}")
    settings.out_dir.mkdir(parents=True, exist_ok=True)
    _prefect_defaults(settings.out_dir)
    from flows.pipeline_flow import pipeline_flow
    from pipeline.progress import listening

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err, transient=True) as progress:
        bar = progress.add_task("starting Prefect", total=None)

        def show(event: str, data: dict) -> None:
            if event == "discovered":
                progress.update(bar, description="extracting", total=data["total"])
            elif event == "document":
                progress.update(bar, advance=1, description=data["outcome"].document["source_file"])
            elif event == "published":
                progress.update(bar, description="published")

        with listening(show):
            summary = pipeline_flow(raw_dir=settings.raw_dir, out_dir=settings.out_dir)
    _print_summary(summary)
    _failure_lines(summary["outcomes"])
    raise typer.Exit(summary["exit_code"])


def _print_summary(summary: dict) -> None:
    table = Table(title="Run summary", title_justify="left")
    for column in ("document", "kind", "year", "status", "rows", "seconds"):
        table.add_column(column, justify="right" if column in ("rows", "seconds") else "left",
                         overflow="fold")
    for outcome in summary["outcomes"]:
        doc = outcome.document
        table.add_row(doc["source_file"], doc["kind"], doc["year"] or "", doc["status"],
                      str(outcome.rows), "cached" if outcome.cached else f"{outcome.seconds:.1f}")
    out.print(table)
    out.print(f"{len(summary['outcomes'])} documents in {summary['seconds']:.1f} s; "
              f"published: {summary['version']}", highlight=False)


@app.command()
def extract(file: Annotated[Path, typer.Argument(help="A budget or tariff document (PDF or HTML)")],
            out_dir: Annotated[Path, typer.Option("--out", help="Folder to write the tables and document.json to")]) -> None:
    """Extract one document: DIR/<table>.parquet and DIR/document.json."""
    from pipeline.settings import Settings

    if not file.is_file():
        raise _usage_error(f"file not found: {file}")
    settings = Settings()
    source = source_of(file, settings.raw_dir if file.resolve().is_relative_to(settings.raw_dir.resolve())
                       else file.resolve().parent)
    try:
        extraction = extract_document(source)
        extraction.document.update(status="published", error=None)
    except DocumentRejected as rejection:
        outcome = quarantined(source, rejection)
        write_extraction(out_dir, _as_extraction(outcome))
        _failure_lines([outcome])
        raise typer.Exit(exit_code([outcome]))
    counts = write_extraction(out_dir, extraction)
    out.print(f"{source.source_file}: {extraction.document['kind']} {extraction.document['year'] or ''}, "
              + ", ".join(f"{n} {name}" for name, n in counts.items()) + f" -> {out_dir}", highlight=False)


def _as_extraction(outcome: Outcome):
    from pipeline.extract import Extraction
    return Extraction(outcome.document, {})


def main() -> None:
    try:
        app()
    except KeyboardInterrupt:
        err.print("interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
