"""Extracted rows to typed tables, and the per-document staged folder.

`staged/<document_id>/` holds one parquet file per table the document fills, its
`document.json` row and a manifest naming the extractor version that made it; it is
written beside its final place and renamed in, so a killed run never leaves half of one.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.extract import EXTRACTOR_VERSION, Extraction
from pipeline.schemas import STAGED_TABLES, TABLES, to_table

MANIFEST = "manifest.json"
DOCUMENT = "document.json"
VALIDATION = "validation_results.parquet"
VALIDATION_VERSION = "validation_version.txt"


@dataclass
class Staged:
    """A document's staged folder, as the flow and publisher pass it around. Each table is
    read from disk once per run, however many steps (validation, editions, the report,
    publishing) look at it."""
    document: dict
    directory: Path | None          # None when nothing was extracted (quarantined)
    row_counts: dict[str, int]
    _read: dict = field(default_factory=dict, repr=False, compare=False)

    def table(self, name: str) -> pa.Table | None:
        if name not in self._read:
            path = self.directory / f"{name}.parquet" if self.directory else None
            self._read[name] = (pq.read_table(path, schema=TABLES.get(name) or STAGED_TABLES[name])
                                if path and path.exists() else None)
        return self._read[name]


def write_extraction(directory: Path, extraction: Extraction) -> dict[str, int]:
    """The document's tables as parquet plus document.json, written into `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, rows in extraction.tables.items():
        pq.write_table(to_table(name, rows), directory / f"{name}.parquet")
        counts[name] = len(rows)
    (directory / DOCUMENT).write_text(json.dumps(extraction.document, ensure_ascii=False, indent=2) + "\n")
    return counts


def stage(staged_root: Path, extraction: Extraction) -> Staged:
    """Replace staged/<document_id>/ with this extraction, atomically."""
    staged_root.mkdir(parents=True, exist_ok=True)
    final = staged_root / extraction.document["document_id"]
    scratch = Path(tempfile.mkdtemp(prefix=".staging-", dir=staged_root))
    counts = write_extraction(scratch, extraction)
    (scratch / MANIFEST).write_text(json.dumps(
        {"extractor_version": EXTRACTOR_VERSION, "row_counts": counts}, indent=2) + "\n")
    if final.exists():
        retired = final.with_name(f".retired-{final.name}-{os.getpid()}")
        final.rename(retired)
        scratch.rename(final)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        scratch.rename(final)
    return Staged(extraction.document, final, counts)


def load_staged(staged_root: Path, document_id: str) -> Staged | None:
    """The staged folder of a document if the current extractor version made it."""
    directory = staged_root / document_id
    try:
        manifest = json.loads((directory / MANIFEST).read_text())
        document = json.loads((directory / DOCUMENT).read_text())
    except (OSError, ValueError):
        return None
    if manifest.get("extractor_version") != EXTRACTOR_VERSION:
        return None
    return Staged(document, directory, manifest.get("row_counts", {}))


def save_validation(staged: Staged, rows: list[dict], rules_version: str) -> None:
    """The document's validation results beside its tables, tagged with the rules' version."""
    table = to_table("validation_results", rows)
    scratch = staged.directory / f".{VALIDATION}.{os.getpid()}"
    pq.write_table(table, scratch)
    os.replace(scratch, staged.directory / VALIDATION)
    (staged.directory / VALIDATION_VERSION).write_text(rules_version + "\n")
    staged._read["validation_results"] = table


def load_validation(staged: Staged, rules_version: str) -> list[dict] | None:
    """Earlier results, if the same rules checked this very extraction."""
    try:
        if (staged.directory / VALIDATION_VERSION).read_text().strip() != rules_version:
            return None
    except OSError:
        return None
    table = staged.table("validation_results")
    return table.to_pylist() if table is not None else None
