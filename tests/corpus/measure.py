"""Runs the pipeline's current readers over corpus documents and scores what they find."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from pipeline.errors import DocumentRejected
from pipeline.extract import extract_document
from pipeline.ingest.discover import source_of

from .model import CorpusDocument
from .score import Score, rejected, score_budget, score_tariffs

TABLE_OF_KIND = {"tariffs": "tariffs", "budget": "budget_lines"}


def measure(documents: Iterable[CorpusDocument], raw_dir: Path) -> list[Score]:
    """Builds each document where the data team would file it under raw_dir, reads it with
    the pipeline's entry point and scores the rows of its kind. A refused document scores
    0; so does one the reader crashes on, with the error as its reason."""
    scores = []
    for document in documents:
        path = document.build(raw_dir / document.folder)
        try:
            extraction = extract_document(source_of(path, raw_dir))
        except DocumentRejected as refusal:
            scores.append(rejected(document.name, document.truth, f"rejected: {refusal.reason}"))
            continue
        except Exception as error:  # noqa: BLE001 - a crash is a score of 0, reported by name
            scores.append(rejected(document.name, document.truth, f"crashed: {type(error).__name__}: {error}"))
            continue
        rows = extraction.tables.get(TABLE_OF_KIND[document.kind], [])
        score = score_tariffs if document.kind == "tariffs" else score_budget
        scores.append(score(document.name, document.truth, rows))
    return scores
