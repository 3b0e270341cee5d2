"""Where things are and how far a run may go; every value can be set by an environment
variable (PIPELINE_<NAME>, e.g. PIPELINE_TIMEOUT_SECONDS=300) or a command-line option.

This is the one place defaults live: the extractors' limits, the workers' limits and the
orchestrator's waits all come from here. A value that makes no sense (0 workers, a
timeout of "abc") is refused when the settings are read, as a usage error.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.errors import UsageError


@dataclass(frozen=True)
class Limits:
    """What one document may cost before it is refused (besides wall time and memory,
    which the worker enforces)."""
    max_file_bytes: int
    max_pages: int


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PIPELINE_")

    raw_dir: Path = Path("raw")
    out_dir: Path = Path(".")
    keep_versions: int = Field(5, ge=1)
    timeout_seconds: float = Field(120.0, gt=0)             # per document, wall time
    memory_limit_bytes: int = Field(2 * 1024**3, gt=0)      # per document, resident memory
    max_file_bytes: int = Field(500 * 1024**2, gt=0)        # per document
    max_pages: int = Field(2000, gt=0)                      # per document
    workers: int = Field(max(1, os.cpu_count() or 1), ge=1)  # documents extracted at once
    sources: Path | None = None   # documents to fetch into raw/ first; default: sources.yaml beside raw/
    fetch_max_bytes: int = Field(200 * 1024 * 1024, gt=0)
    fetch_timeout_seconds: float = Field(60.0, gt=0)    # one network step of a download (connect, a read)
    # A whole download, however slowly its bytes come: the 200 MiB cap in 300 s is 0.7 MB/s,
    # far below any working web server; a slower one would stall the run instead.
    fetch_deadline_seconds: float = Field(300.0, gt=0)
    # How long a run waits for Prefect's API (the local one it starts, or PREFECT_API_URL's)
    # before it gives up with exit code 4. A busy machine needs tens of seconds.
    prefect_wait_seconds: float = Field(180.0, gt=0)
    schedule_cron: str = "0 6 * * *"               # `pipeline serve`: daily at 06:00
    schedule_timezone: str = "Europe/Copenhagen"
    server_port: int = Field(4200, gt=0, lt=65536)  # the local Prefect server `serve` starts

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

def load_settings(**values) -> Settings:
    """Settings from the environment, overridden by the options given (None: not given).
    A bad value is a UsageError naming the variable, not a traceback."""
    try:
        return Settings(**{name: value for name, value in values.items() if value is not None})
    except ValidationError as error:
        problem = error.errors()[0]
        name = str(problem["loc"][0]) if problem["loc"] else "setting"
        given = problem.get("input")
        raise UsageError(f"bad setting PIPELINE_{name.upper()}={given!r}: {problem['msg']}") from None
