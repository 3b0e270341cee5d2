"""Recall and precision of the tariff readers on tariff lists drawn at random from the
layouts tests/tariff_layouts.py can print (PDF) and write (web page), scored on (item,
period, value as printed) as a held-out corpus would score them, and the number ledger's
unexplained tokens, which should be none where the reader read everything. Where Chromium
is installed, also the web pages printed by it (without CSS) and read as PDFs ("print";
a colspan prints like a value for its first column only, so those tables have none).

Run: .venv/bin/python bench/tariff_recall.py [documents per format, default 100] [first seed]
Not part of `make bench` (it measures correctness, not speed; ~1 minute per 100 PDFs).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import tariff_layouts as layouts  # noqa: E402
from pipeline.extract.tariffs_html import extract_tariffs_html  # noqa: E402
from pipeline.extract.tariffs_pdf import extract_tariffs_pdf  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def build_print(doc: layouts.TariffDoc, path: Path) -> Path:
    """The web page printed by headless Chromium."""
    for block in doc.blocks:
        if isinstance(block, layouts.PriceTable):
            block.merge_equal = False
    page = layouts.build_html(doc, path.with_suffix(".html"))
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", f"--user-data-dir={path.parent / 'profile'}", "--no-pdf-header-footer",
                    f"--print-to-pdf={path}", page.as_uri()], check=True, capture_output=True, timeout=120)
    return path


READERS = {"pdf": (layouts.build_pdf, extract_tariffs_pdf), "html": (layouts.build_html, extract_tariffs_html),
           "print": (build_print, extract_tariffs_pdf)}


def score(fmt: str, seeds: range) -> None:
    build, read = READERS[fmt]
    found = missed = extra = unexplained = 0
    imperfect = []
    with tempfile.TemporaryDirectory() as scratch:
        for seed in seeds:
            doc = layouts.random_document(seed)
            document = read(build(doc, Path(scratch) / f"{seed}.{fmt}"))
            source = "html" if fmt == "print" else fmt
            want = Counter((item, period, value) for _, item, _, period, value, _ in layouts.expected(doc, source))
            got = Counter((row["item"], row["period"], row["value_text"]) for row in document.rows("bench"))
            found += sum((want & got).values())
            missed += sum((want - got).values())
            extra += sum((got - want).values())
            unexplained += sum(1 for entry in document.ledger if entry.explained_by is None)
            if want != got:
                imperfect.append(seed)
    recall, precision = found / max(found + missed, 1), found / max(found + extra, 1)
    print(f"{fmt:4}  {len(seeds)} documents  {found + missed} tariffs  recall {recall:.4f}  precision {precision:.4f}"
          f"  unexplained ledger tokens {unexplained}  imperfect documents {imperfect[:20]}")


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    first = int(sys.argv[2]) if len(sys.argv) > 2 else 0
    for fmt in READERS:
        if fmt != "print" or CHROMIUM:
            score(fmt, range(first, first + min(count, 40) if fmt == "print" else first + count))


if __name__ == "__main__":
    main()
