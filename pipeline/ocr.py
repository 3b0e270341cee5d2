"""A text layer for scanned PDFs: Tesseract's Danish model through ocrmypdf.

Fixed settings, so that the same scan gives the same text: Danish only, one page at a
time with single-threaded Tesseract (jobs=1; documents run in parallel already) driven
from a thread rather than a process pool (so a worker's process group holds it all),
pages rasterised by pypdfium2 and written as a plain PDF, so neither Ghostscript nor a
network is needed. The bytes differ between runs (dates, /ID); the text does not.

Every page is OCR'd (force): this is for documents where no page holds text, and a
stray digital mark such as a stamped page number must not make ocrmypdf skip a page.
The output carries the scan's images with invisible text over them; pdfplumber reads
that text, but there are no bold fonts and no ruling lines in it.
"""

from __future__ import annotations

import functools
import importlib.util
import shutil
import subprocess
from pathlib import Path

from pipeline.errors import DocumentRejected

LANGUAGE = "dan"
NOT_AVAILABLE = "scanned PDF: no text layer; install tesseract-ocr-dan to OCR it"
_REASONS = {"MissingDependencyError": NOT_AVAILABLE,
            "EncryptedPdfError": "password protected (encrypted PDF)"}


@functools.lru_cache(maxsize=1)
def ocr_available() -> bool:
    """ocrmypdf importable, tesseract on PATH, and its Danish data installed."""
    if importlib.util.find_spec("ocrmypdf") is None or shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                            timeout=60, check=False)
    return LANGUAGE in listed.stdout.split()


def ocr_pdf(path: Path, out_dir: Path) -> Path:
    """The OCR'd copy of `path` in `out_dir` (the original is never written to)."""
    if not ocr_available():
        raise DocumentRejected(NOT_AVAILABLE, stage="ocr")
    import ocrmypdf  # slow to import, and needed only for scans

    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / f"{path.stem}.ocr.pdf"
    if output.resolve() == path.resolve():
        raise ValueError(f"OCR output would overwrite its input: {path}")  # a caller's bug
    try:
        ocrmypdf.ocr(path, output, language=[LANGUAGE], force_ocr=True, output_type="pdf",
                     rasterizer="pypdfium", jobs=1, use_threads=True, optimize=0,
                     progress_bar=False)
    except ocrmypdf.exceptions.ExitCodeException as error:
        raise DocumentRejected(_reason(error), stage="ocr") from error
    return output


def _reason(error: Exception) -> str:
    name = type(error).__name__
    detail = (str(error).strip().splitlines() or [""])[0]
    return _REASONS.get(name) or f"OCR failed: {name}" + (f": {detail}" if detail else "")
