"""What earlier runs left that still holds: a document's staged folder, or the verdict that
quarantined its bytes.

A staged folder is reused for the same bytes and the same extractor. A quarantine verdict
is reused only where it lies in the bytes (encrypted, truncated, a bomb, not a document)
and was reached under the same conditions (extractor, limits, OCR installed): a crash, a
timeout or a file that vanished for a moment is tried again on the next run.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from pipeline.errors import DocumentRejected
from pipeline.extract import EXTRACTOR_VERSION
from pipeline.ingest.discover import Source
from pipeline.normalize import load_staged
from pipeline.ocr import ocr_available
from pipeline.outcome import Outcome, quarantined
from pipeline.settings import Settings


def extraction_conditions(settings: Settings) -> str:
    """What an extraction's outcome depends on besides the bytes: the extractor's version,
    the limits, and whether OCR is installed (a scan refused for want of it is retried)."""
    limits = (settings.timeout_seconds, settings.memory_limit_bytes, settings.max_file_bytes, settings.max_pages)
    return f"{EXTRACTOR_VERSION}|limits={limits}|ocr={ocr_available()}"


def cached_outcome(source: Source, settings: Settings) -> Outcome | None:
    """The outcome of an earlier run for these very bytes, if it still holds."""
    staged = load_staged(settings.staged_dir, source.document_id)
    if staged is not None:
        document = {**staged.document, "source_file": source.source_file}
        return Outcome(document, staged, cached=True)
    try:
        record = json.loads((settings.quarantine_dir / f"{source.document_id}.json").read_text())
    except (OSError, ValueError):
        return None
    if not record.get("lasting", False) or record.get("conditions") != extraction_conditions(settings):
        return None
    rejection = DocumentRejected(record["reason"], record.get("stage") or "extract", record.get("limit"))
    outcome = quarantined(source, rejection)
    outcome.cached = True
    return outcome


def write_quarantine_records(settings: Settings, outcomes: list[Outcome]) -> None:
    """quarantine/<document_id>.json for each rejected input; records of inputs that now
    pass are removed, so the folder lists what still needs a person. A record says whether
    its verdict lies in the bytes and under which conditions it was reached."""
    settings.quarantine_dir.mkdir(parents=True, exist_ok=True)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    for outcome in outcomes:
        path = settings.quarantine_dir / f"{outcome.document['document_id']}.json"
        if outcome.status != "quarantined":
            path.unlink(missing_ok=True)
            continue
        if outcome.cached and path.exists():
            continue  # keep the time it was first quarantined
        record = {"document_id": outcome.document["document_id"],
                  "file": outcome.document["source_file"], "reason": outcome.document["error"],
                  "stage": outcome.stage, "limit": outcome.limit, "lasting": outcome.lasting, "time": now,
                  "conditions": extraction_conditions(settings)}
        path.write_text(json.dumps(record, ensure_ascii=False, indent=2) + "\n")
