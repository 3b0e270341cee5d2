"""Memory and time of a report picture on a 14400 x 14400-point page (issue 11).

    .venv/bin/python bench/bench_crops.py [--size 14400] [--memory-mib 1024]

Draws the picture of a table near the top of the page and one spanning the page, each
in a worker under the memory limit (as the report does), and prints the worker's peak
resident memory and seconds; then the same page rendered whole at the report's scale,
as pictures were drawn before, under the same limit.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from reportlab.pdfgen import canvas

from pipeline.errors import DocumentRejected
from pipeline.isolation import run_isolated_measured
from pipeline.report.crops import CropRequest, _render_all


def huge_page(path: Path, size: float) -> Path:
    pdf = canvas.Canvas(str(path), pagesize=(size, size))
    for row in range(5):
        pdf.drawString(600, size - 600 - 14 * row, f"Leje af hal pr. time   {row * 100 + 125},00")
    pdf.drawString(600, 300, "Samlet i alt 1.000,00")
    pdf.save()
    return path


def whole_page(path: Path) -> tuple[int, int]:
    """The page rendered whole at 144 dpi, as report pictures were drawn before."""
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    image = pdf[0].render(scale=2.0).to_pil().convert("RGB")
    return image.size


def measured(label: str, fn, *args, memory_bytes: int) -> None:
    started = time.perf_counter()
    try:
        result, cost = run_isolated_measured(fn, *args, timeout_s=300, memory_bytes=memory_bytes)
        peak = cost.peak_rss
        print(f"{label:34} {time.perf_counter() - started:6.2f} s  peak RSS {peak / 1024**2:7.1f} MiB  {result}")
    except DocumentRejected as rejection:
        print(f"{label:34} {time.perf_counter() - started:6.2f} s  refused: {rejection.reason}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=float, default=14400.0)
    parser.add_argument("--memory-mib", type=int, default=1024)
    args = parser.parse_args()
    memory = args.memory_mib * 1024**2
    with tempfile.TemporaryDirectory() as scratch:
        pdf = huge_page(Path(scratch) / "huge.pdf", args.size)
        table = CropRequest(1, [(600.0, 600.0 + 14 * n, 800.0, 612.0 + 14 * n) for n in range(5)], [],
                            Path(scratch) / "table.png")
        spanning = CropRequest(1, [(600.0, 600.0, 800.0, 612.0), (600.0, args.size - 312, 800.0, args.size - 300)],
                               [], Path(scratch) / "spanning.png")
        measured("picture of the table", _render_all, pdf, [table], memory_bytes=memory)
        measured("picture spanning the page", _render_all, pdf, [spanning], memory_bytes=memory)
        measured("whole page (as before)", whole_page, pdf, memory_bytes=memory)


if __name__ == "__main__":
    main()
