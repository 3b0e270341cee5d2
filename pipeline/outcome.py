"""What became of one document in a run: its row of `documents`, its staged folder and its
validation results, with what it cost."""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.errors import DocumentRejected
from pipeline.extract import document_row
from pipeline.ingest.discover import Source
from pipeline.normalize import Staged
from pipeline.schemas import CONTENT_TABLES


@dataclass
class Outcome:
    document: dict               # the document's row, status set
    staged: Staged | None        # None when the document was quarantined
    seconds: float = 0.0
    stage: str | None = None     # where a quarantined document stopped
    limit: str | None = None     # the limit it hit, if any
    lasting: bool = True         # a quarantine verdict that lies in the bytes (cached for them)
    cached: bool = False         # taken from an earlier run: same bytes, same extractor
    peak_rss: int | None = None  # the worker's peak resident memory, bytes
    cpu_seconds: float | None = None  # the worker's CPU time
    validation: list[dict] = field(default_factory=list)  # validation_results rows

    @property
    def status(self) -> str:
        return self.document["status"]

    @property
    def warnings(self) -> int:
        return sum(1 for r in self.validation if r["status"] == "warning")

    def summary(self) -> dict:
        """The document's line of a run's summary: plain values (the CLI, Prefect, the record)."""
        return {**{k: self.document.get(k) for k in ("source_file", "kind", "year", "status", "error")},
                "rows": self.rows, "warnings": self.warnings, "cached": self.cached, "seconds": round(self.seconds, 3)}

    @property
    def rows(self) -> int:
        return sum(n for name, n in self.staged.row_counts.items() if name in CONTENT_TABLES) if self.staged else 0


def quarantined(source: Source, rejection: DocumentRejected, seconds: float = 0.0, **facts) -> Outcome:
    row = document_row(source, status="quarantined", error=rejection.reason, **facts)
    return Outcome(row, None, seconds, stage=rejection.stage, limit=rejection.limit,
                   lasting=rejection.lasting)


def apply_validation(document: dict, rows: list[dict]) -> None:
    """failed_validation when a check failed, with the first failure as the reason."""
    failed = next((r for r in rows if r["status"] == "failed"), None)
    if failed is None:
        document.update(status="published", error=None)
    else:
        document.update(status="failed_validation", error=f"check {failed['check']}: {failed['message']}")
