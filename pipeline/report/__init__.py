"""The auditor's report: reports/index.html, a page per document and the rules, static and
offline.

Every check with its status, observed against expected and its sentence, in the words
and number format of the documents; for the warnings and failures on a PDF, one picture
per check and page: the table as printed, every number in question framed in red.
"""

from __future__ import annotations

from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import cached_property
from pathlib import Path

import pyarrow as pa
from jinja2 import Environment, PackageLoader, select_autoescape

from pipeline.report.crops import Box, CropRequest, render_crops
from pipeline.validate import wording
from pipeline.validate.rules import load_rules

_ENV = Environment(loader=PackageLoader("pipeline.report"), autoescape=select_autoescape(["html", "j2"]))
_ENV.filters["count"] = wording.count
_STATUS_ORDER = {"failed": 0, "warning": 1, "passed": 2}
STATUS_LABELS = {"published": "published", "failed_validation": "failed validation", "quarantined": "quarantined"}
_ENV.globals["status_label"] = STATUS_LABELS.get


@dataclass
class DocumentReport:
    document: dict
    validation: list[dict]
    content: pa.Table | None       # budget_lines or tariffs: to find a table's cells on its page
    source: Path | None            # the input file, to render pictures from
    last_good: dict | None = None  # for a document held back: its last good version's row, which stays published

    @cached_property
    def content_rows(self) -> list[dict]:
        """The content as rows, converted once however many checks need a picture."""
        return self.content.to_pylist() if self.content is not None else []

    @property
    def counts(self) -> Counter:
        return Counter(r["status"] for r in self.validation)

    @property
    def runs(self) -> list[str]:
        """The runs whose results are shown: a document unchanged since keeps its results."""
        return sorted({r["run_id"] for r in self.validation})


@dataclass
class Concern:
    """A check's warnings or failures on one page, as the document page shows them: one picture."""
    check: str
    page: int | None
    rows: list[dict]
    picture: str | None = None

    @property
    def status(self) -> str:
        return min((r["status"] for r in self.rows), key=_STATUS_ORDER.get)

    @property
    def tables(self) -> list[str]:
        return sorted({r["table_id"] for r in self.rows if r.get("table_id")})


@dataclass(frozen=True)
class PictureLimits:
    """What drawing one document's pictures may cost (the document's extraction limits):
    the PDF may be hostile, or have changed since it was read. `workers` documents' pictures
    are drawn at once, as documents are extracted."""
    timeout_s: float
    memory_bytes: int
    workers: int = 1


def write_report(reports_dir: Path, documents: list[DocumentReport], run_id: str, limits: PictureLimits) -> Path:
    """Write index.html, rules.html and a page per document; returns the index's path."""
    reports_dir.mkdir(parents=True, exist_ok=True)
    with ThreadPoolExecutor(max_workers=limits.workers, thread_name_prefix="report") as pool:
        list(pool.map(lambda report: _write_document_page(reports_dir, report, run_id, limits), documents))
    rules = _ENV.get_template("rules.html.j2").render(rules=load_rules().values())
    (reports_dir / "rules.html").write_text(rules)
    index = _ENV.get_template("index.html.j2").render(
        reports=documents, run_id=run_id, created=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))
    (reports_dir / "index.html").write_text(index)
    return reports_dir / "index.html"


def _write_document_page(reports_dir: Path, report: DocumentReport, run_id: str, limits: PictureLimits) -> None:
    path = reports_dir / f"{report.document['document_id']}.html"
    try:
        path.write_text(_document_page(reports_dir, report, run_id, limits))
    except OSError:
        raise                      # the report folder cannot be written: the run's problem
    except Exception as error:  # noqa: BLE001 - one document's page must not cost the run's report
        path.write_text(_ENV.get_template("unwritten.html.j2").render(doc=report.document, error=error))


def _document_page(reports_dir: Path, report: DocumentReport, run_id: str, limits: PictureLimits) -> str:
    checks = sorted(report.validation, key=lambda r: (_STATUS_ORDER[r["status"]], r["check"]))
    concerns = _concerns(checks)
    _draw_pictures(reports_dir, report, concerns, limits)
    return _ENV.get_template("document.html.j2").render(
        doc=report.document, report=report, checks=checks, concerns=concerns, run_id=run_id)


def _concerns(checks: list[dict]) -> list[Concern]:
    """The warnings and failures grouped by check and page: a document with forty unexplained
    numbers on one page gets one picture of that page, not forty."""
    groups: dict[tuple, Concern] = {}
    for row in checks:
        if row["status"] != "passed":
            key = (row["check"], row.get("page"))
            groups.setdefault(key, Concern(row["check"], row.get("page"), [])).rows.append(row)
    return list(groups.values())


def _draw_pictures(reports_dir: Path, report: DocumentReport, concerns: list[Concern],
                   limits: PictureLimits) -> None:
    """For each concern on a PDF page, the table around its numbers with each framed; all of
    a document's pictures drawn in one worker. A picture that cannot be drawn is left out."""
    if report.source is None or report.document.get("format") != "pdf" or not report.source.exists():
        return
    wanted = []
    for concern in concerns:
        boxes = [box for row in concern.rows if (box := _box(row))]
        if boxes and concern.page:
            name = f"img/{report.document['document_id'][:16]}-{concern.check}-p{concern.page}.png"
            cells = _table_cells(report.content_rows, concern.tables, concern.page)
            wanted.append((concern, name, CropRequest(concern.page, cells, boxes, reports_dir / name)))
    if not wanted:
        return
    drawn = render_crops(report.source, [request for _, _, request in wanted], timeout_s=limits.timeout_s,
                         memory_bytes=limits.memory_bytes)
    for (concern, name, _), picture in zip(wanted, drawn):
        concern.picture = name if picture is not None else None


def _box(row: dict) -> Box | None:
    values = [row.get(k) for k in ("bbox_x0", "bbox_top", "bbox_x1", "bbox_bottom")]
    return None if any(v is None for v in values) else tuple(float(v) for v in values)


def _table_cells(rows: list[dict], tables: list[str], page: int) -> list[Box]:
    return [b for r in rows if r.get("table_id") in tables and r["page"] == page and (b := _box(r))]
