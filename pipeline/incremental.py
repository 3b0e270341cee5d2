"""Whether a run has anything to do.

A run's inputs are the bytes of every file under raw/, the extractor's version, the
rules' version and the conditions of extraction (limits, OCR). When all of them are what
the last run published, the run changes nothing: it neither starts Prefect nor publishes
a version that would only push an earlier, meaningful one out of the kept versions.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import datetime, timezone
from pathlib import Path

from pipeline.cache import extraction_conditions
from pipeline.ingest.discover import Source
from pipeline.outcome import Outcome
from pipeline.publish import current_version
from pipeline.settings import Settings
from pipeline.validate.rules import rules_version

LAST_RUN = ".last-run.json"


def fingerprint(settings: Settings, sources: list[Source]) -> str:
    digest = hashlib.sha256()
    for source in sorted(sources, key=lambda s: s.source_file):
        digest.update(f"{source.source_file}\x1f{source.document_id}\n".encode())
    digest.update(f"{extraction_conditions(settings)}|rules={rules_version()}".encode())
    return digest.hexdigest()


def unchanged_run(settings: Settings, sources: list[Source]) -> dict | None:
    """The last run's record, if this run would repeat it exactly and its outputs are there."""
    try:
        last = json.loads((settings.out_dir / LAST_RUN).read_text())
    except (OSError, ValueError):
        return None
    version = current_version(settings.out_dir)
    if (last.get("fingerprint") != fingerprint(settings, sources) or last.get("retry") or version is None
            or version.name != last.get("version") or not (settings.reports_dir / "index.html").exists()):
        return None
    return last


def record_run(settings: Settings, sources: list[Source], outcomes: list[Outcome], version: Path,
               report: Path) -> None:
    record = {
        "fingerprint": fingerprint(settings, sources), "version": version.name,
        # A document that failed for a passing reason (a crash, a timeout, a vanished file)
        # makes the next run run, even with every input the same.
        "retry": any(o.status == "quarantined" and not o.lasting for o in outcomes),
        "report": str(report), "finished": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "documents": [o.summary() for o in outcomes],
    }
    scratch = settings.out_dir / f"{LAST_RUN}.{os.getpid()}"
    scratch.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
    os.replace(scratch, settings.out_dir / LAST_RUN)
