"""The auditor's report: reports/index.html and one page per document, static and offline.

Every check with its status, observed against expected and its sentence; for each
warning or failure on a PDF, a picture of the table with the number framed; a link to
Great Expectations' own Data Docs.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from datetime import datetime, timezone
from pathlib import Path

import pyarrow as pa
from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline.report.crops import render_crop

_ENV = Environment(loader=PackageLoader("pipeline.report"), autoescape=select_autoescape(["html", "j2"]))
_STATUS_ORDER = {"failed": 0, "warning": 1, "passed": 2}


@dataclass
class DocumentReport:
    document: dict
    validation: list[dict]
    content: pa.Table | None       # budget_lines or tariffs: to find a table's cells on its page
    source: Path | None            # the input file, to render pictures from

    @cached_property
    def content_rows(self) -> list[dict]:
        """The content as rows, converted once however many checks need a picture."""
        return self.content.to_pylist() if self.content is not None else []

    @property
    def counts(self) -> Counter:
        return Counter(r["status"] for r in self.validation)


def write_report(reports_dir: Path, documents: list[DocumentReport], run_id: str,
                 data_docs: Path | None) -> Path:
    """Write index.html and a page per document; returns the index's path."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    for report in documents:
        checks = sorted(report.validation, key=lambda r: (_STATUS_ORDER[r["status"]], r["check"]))
        checks = [{**c, "picture": _picture(reports_dir, report, n, c)} for n, c in enumerate(checks)]
        page = _ENV.get_template("document.html.j2").render(
            doc=report.document, checks=checks, counts=report.counts, run_id=run_id)
        (reports_dir / f"{report.document['document_id']}.html").write_text(page)
    index = _ENV.get_template("index.html.j2").render(
        reports=documents, run_id=run_id, data_docs=_relative(data_docs, reports_dir),
        created=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    (reports_dir / "index.html").write_text(index)
    return reports_dir / "index.html"


def _relative(path: Path | None, base: Path) -> str | None:
    return path.resolve().relative_to(base.resolve()).as_posix() if path and path.exists() else None


def _picture(reports_dir: Path, report: DocumentReport, number: int, check: dict) -> str | None:
    """The table around the check's number, for warnings and failures on a PDF page."""
    if check["status"] == "passed" or not check.get("page") or report.source is None:
        return None
    if report.document.get("format") != "pdf" or not report.source.exists():
        return None
    name = f"img/{report.document['document_id'][:16]}-{check['check']}-{number}.png"
    mark = _box(check)
    render_crop(report.source, int(check["page"]), _table_cells(report.content_rows, check), mark,
                reports_dir / name)
    return name


def _box(row: dict):
    values = [row.get(k) for k in ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")]
    return None if any(v is None for v in values) else tuple(float(v) for v in values)


def _table_cells(rows: list[dict], check: dict) -> list:
    if not check.get("table_id"):
        return []
    return [b for r in rows if r.get("table_id") == check["table_id"] and r["page"] == check["page"]
            and (b := _box(r))]
