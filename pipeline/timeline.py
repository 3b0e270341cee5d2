"""When each stage of a run ended, for reports/run.json and the benchmark's breakdown.

A run is one per process (the run lock sees to that per output folder), so the moments
are kept for the process: the CLI marks its own stages (Prefect's API ready), the run
its stages, and the run's record holds them all as seconds since the process started.
"""

from __future__ import annotations

import time

import psutil

_STARTED = psutil.Process().create_time()   # the process's own start, before any import
_moments: dict[str, float] = {}


def mark(stage: str) -> None:
    """The stage ended now (the first mark of a name wins: a stage ends once)."""
    _moments.setdefault(stage, time.time())


def moments() -> dict[str, float]:
    """Seconds from the process's start to the end of each stage marked, in order."""
    return {stage: round(at - _STARTED, 3) for stage, at in sorted(_moments.items(), key=lambda item: item[1])}
