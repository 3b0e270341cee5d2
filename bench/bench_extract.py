"""Extraction speed on the bundled documents, side by side with bare pdfplumber.

Prints pages per second for (a) pdfplumber's extract_words over every page, the floor
any pdfplumber-based extractor pays, and (b) our extractor on the same file, measured
alternately in one process so machine noise hits both alike. Run: make bench
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import pdfplumber

from pipeline.extract import extract_document
from pipeline.ingest.discover import source_of

ROOT = Path(__file__).resolve().parents[1]
REPEATS = 5


def bare_words(path: Path) -> int:
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()
        return len(pdf.pages)


def ours(path: Path) -> int:
    extraction = extract_document(source_of(path, ROOT / "raw"))
    return extraction.document["pages"]


def timed(fn, path: Path) -> tuple[float, int]:
    started = time.perf_counter()
    pages = fn(path)
    return time.perf_counter() - started, pages


def main(paths: list[Path]) -> None:
    print(f"{'document':58} {'pages':>5} {'pdfplumber words':>17} {'extractor':>10} {'ratio':>6}")
    for path in paths:
        bare, extractor = [], []
        for _ in range(REPEATS):
            seconds, pages = timed(bare_words, path)
            bare.append(seconds)
            seconds, _ = timed(ours, path)
            extractor.append(seconds)
        b, e = statistics.median(bare), statistics.median(extractor)
        print(f"{path.relative_to(ROOT).as_posix():58} {pages:5d} {pages / b:12.1f} p/s {pages / e:6.1f} p/s"
              f" {e / b:6.2f}")
    print(f"(median of {REPEATS} alternating runs each; ratio = extractor time / bare pdfplumber time)")


if __name__ == "__main__":
    targets = [Path(a).resolve() for a in sys.argv[1:]] or sorted((ROOT / "raw").rglob("*.pdf"))
    main(targets)
