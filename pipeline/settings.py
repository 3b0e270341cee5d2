"""Where things are and how far a run may go; every value can be set by an environment
variable (PIPELINE_<NAME>, e.g. PIPELINE_TIMEOUT_SECONDS=300) or a command-line option."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.extract import Limits
from pipeline.ingest.fetch import FETCH_DEADLINE_SECONDS


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PIPELINE_")

    raw_dir: Path = Path("raw")
    out_dir: Path = Path(".")
    keep_versions: int = 5
    timeout_seconds: float = 120.0                  # per document, wall time
    memory_limit_bytes: int = 2 * 1024**3           # per document, resident memory
    max_file_bytes: int = 500 * 1024**2             # per document
    max_pages: int = 2000                           # per document
    workers: int = max(1, os.cpu_count() or 1)      # documents extracted at once
    sources: Path | None = None   # documents to fetch into raw/ first; default: sources.yaml beside raw/
    fetch_max_bytes: int = 200 * 1024 * 1024
    fetch_timeout_seconds: float = 60.0            # one network step of a download (connect, a read)
    fetch_deadline_seconds: float = FETCH_DEADLINE_SECONDS   # a whole download, however slowly it trickles
    schedule_cron: str = "0 6 * * *"               # `pipeline serve`: daily at 06:00
    schedule_timezone: str = "Europe/Copenhagen"
    server_port: int = 4200                         # the local Prefect server `serve` starts

    @property
    def limits(self) -> Limits:
        return Limits(max_file_bytes=self.max_file_bytes, max_pages=self.max_pages)

    @property
    def sources_file(self) -> Path:
        return self.sources or self.raw_dir.parent / "sources.yaml"

    @property
    def staged_dir(self) -> Path:
        return self.out_dir / "staged"

    @property
    def published_dir(self) -> Path:
        return self.out_dir / "published"

    @property
    def reports_dir(self) -> Path:
        return self.out_dir / "reports"

    @property
    def gx_dir(self) -> Path:
        """Great Expectations' own project (its stores and Data Docs sources)."""
        return self.out_dir / "gx"

    @property
    def quarantine_dir(self) -> Path:
        return self.out_dir / "quarantine"

    @property
    def output_dirs(self) -> list[Path]:
        """The folders a run writes (versions/ as in pipeline.publish): discovery skips
        them, so that with --out inside --raw a run never reads an earlier run's output."""
        return [self.staged_dir, self.published_dir, self.reports_dir, self.quarantine_dir, self.gx_dir,
                self.out_dir / "versions"]
