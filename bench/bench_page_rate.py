"""Pages per second of each extraction path, on long documents built from the samples:
the figures behind the page limit a time limit allows (pipeline.ingest.preflight).

    .venv/bin/python bench/bench_page_rate.py [--pages 200] [--scan-pages 10]

Each bundled PDF is repeated to --pages pages (pikepdf) and extracted whole, as a
worker would (extract_document: sniff, preflight, classify, extract); a scan is made by
rasterising the tariff sheet's pages (pypdfium2, 200 dpi, no text layer) and goes
through OCR. Prints wall seconds, CPU seconds (this process and the OCR engine's), and
pages per wall and per CPU second per path, slowest last. On a shared machine the CPU
figure is the one to compare: a worker has about one core to itself.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import pikepdf
import pypdfium2 as pdfium

from pipeline.extract import Limits, extract_document
from pipeline.ingest.discover import source_of

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = sorted((ROOT / "raw").rglob("*.pdf"))
_SCAN_DPI = 200


def repeated(source: Path, pages: int, out: Path) -> Path:
    """`source`'s pages over and over until the document has `pages` pages."""
    original = pikepdf.open(source)
    pdf = pikepdf.new()
    while len(pdf.pages) < pages:
        for page in original.pages[:pages - len(pdf.pages)]:
            pdf.pages.append(page)
    pdf.save(out)
    return out


def scanned(source: Path, pages: int, out: Path) -> Path:
    """A scan of `source`'s first pages: images only, as a scanner makes them."""
    document = pdfium.PdfDocument(str(source))
    images = [document[n % len(document)].render(scale=_SCAN_DPI / 72).to_pil().convert("L") for n in range(pages)]
    images[0].save(out, save_all=True, append_images=images[1:], resolution=_SCAN_DPI)
    return out


def cpu_seconds() -> float:
    """CPU time of this process and of the children it waited for (tesseract)."""
    return sum(usage.ru_utime + usage.ru_stime for usage in
               (resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)))


def rate(path: Path) -> tuple[float, float, int, str]:
    limits = Limits(max_file_bytes=2 * 1024**3, max_pages=100_000)
    started, cpu = time.perf_counter(), cpu_seconds()
    extraction = extract_document(source_of(path, path.parent), limits)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    rows = sum(len(rows) for rows in extraction.tables.values())
    return seconds, cpu, extraction.document["pages"], f"{extraction.document['kind']}, {rows} rows"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--scan-pages", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        built = [repeated(s, args.pages, Path(scratch) / f"{s.stem}-x{args.pages}.pdf") for s in SAMPLES]
        built.append(scanned(ROOT / "raw" / "takster" / "2019-2020" / "naestved-takstblad-2019-2020.pdf",
                             args.scan_pages, Path(scratch) / "scan.pdf"))
        results = []
        for path in built:
            seconds, cpu, pages, what = rate(path)
            results.append((pages / cpu, pages / seconds, path.name, pages, seconds, cpu, what))
        print(f"{'document':48} {'pages':>5} {'wall s':>7} {'CPU s':>7} {'pages/wall s':>12} {'pages/CPU s':>11}")
        for per_cpu, per_second, name, pages, seconds, cpu, what in sorted(results, reverse=True):
            print(f"{name:48} {pages:5d} {seconds:7.1f} {cpu:7.1f} {per_second:12.2f} {per_cpu:11.2f}  ({what})")


if __name__ == "__main__":
    main()
