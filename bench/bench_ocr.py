"""OCR speed: the bundled 25-page budget scanned (200 dpi, turned 0.7°, grain and specks, as
tests/scans.py makes it) and read by pipeline.pdf.scan, one page after another as a worker
does. Prints seconds per page and for the document, against the per-document time limit.
Run: .venv/bin/python bench/bench_ocr.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import pypdfium2 as pdfium

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import scans  # noqa: E402
from pipeline.pdf.scan import read_page, page_model  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

BUDGET = ROOT / "raw" / "budget" / "2026" / "naestved-budget-2026-kultur-og-fritid.pdf"


def main() -> None:
    limit = Settings().timeout_seconds
    with tempfile.TemporaryDirectory() as scratch:
        scanned = scans.scan_pdf(BUDGET, Path(scratch) / "scan.pdf")
        pdf = pdfium.PdfDocument(str(scanned))
        started = time.perf_counter()
        pages, seconds = [], []
        for index in range(len(pdf)):
            began = time.perf_counter()
            pages.append(read_page(pdf[index], index + 1))
            seconds.append(time.perf_counter() - began)
            print(f"page {index + 1:2d}: {seconds[-1]:.2f} s", flush=True)
        page_model(pages)
        total = time.perf_counter() - started
        pdf.close()
    print(f"{len(seconds)} pages: {total:.1f} s, {total / len(seconds):.2f} s per page "
          f"(slowest {max(seconds):.2f} s); limit per document {limit:.0f} s")


if __name__ == "__main__":
    main()
