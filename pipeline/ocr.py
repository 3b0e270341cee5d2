"""Tesseract, the OCR engine for scanned pages: is it here, and one page image to hOCR.

hOCR rather than a text layer: it gives each word its box and confidence and each line
its baseline and x-height, which pipeline/pdf/scan.py turns into the page model the
born-digital readers use. Fixed settings, so that the same scan reads the same way:
Danish only, sparse-text page segmentation, one thread (documents already run in
parallel, one worker per core). A plain subprocess: the image goes in on stdin and the
hOCR comes back on stdout, no temporary files, and the call runs in the worker's
process group, so the worker's time limit ends it too.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess

from pipeline.errors import DocumentRejected

LANGUAGE = "dan"
NOT_AVAILABLE = "scanned PDF: no text layer; install tesseract-ocr-dan to OCR it"
# Tesseract's page segmentation modes: a page as sparse text (11: every piece of text on
# its own, so table cells stay apart; mode 3 took a row label that wraps around its numbers
# for one line and misread it; the readers rebuild rows and columns from the boxes), or a
# block of lines read top to bottom (6: words set out one per line for a second look).
PAGE = "11"
LINES = "6"
# One page never takes this long (~2 s at 300 dpi); past it the page is refused, not waited on.
_PAGE_TIMEOUT_S = 90


@functools.lru_cache(maxsize=1)
def ocr_available() -> bool:
    """tesseract on PATH with its Danish data installed."""
    if shutil.which("tesseract") is None:
        return False
    listed = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True,
                            timeout=60, check=False)
    return LANGUAGE in listed.stdout.split()


def require_ocr() -> None:
    """A scan without Tesseract is refused with what to install."""
    if not ocr_available():
        raise DocumentRejected(NOT_AVAILABLE, stage="ocr")


def page_hocr(png: bytes, dpi: int, segmentation: str = PAGE) -> bytes:
    """Tesseract's hOCR of one page image (PNG bytes rendered at `dpi`)."""
    command = ["tesseract", "stdin", "stdout", "-l", LANGUAGE, "--psm", segmentation,
               "--dpi", str(dpi), "hocr"]
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    try:
        done = subprocess.run(command, input=png, capture_output=True, timeout=_PAGE_TIMEOUT_S,
                              env=env, check=False)
    except subprocess.TimeoutExpired as error:
        raise DocumentRejected(f"OCR failed: a page took more than {_PAGE_TIMEOUT_S} s", stage="ocr") from error
    except FileNotFoundError as error:  # removed since ocr_available() looked
        raise DocumentRejected(NOT_AVAILABLE, stage="ocr") from error
    if done.returncode != 0:
        detail = (done.stderr.decode(errors="replace").strip().splitlines() or [""])[-1]
        raise DocumentRejected(f"OCR failed: tesseract exited with {done.returncode}: {detail}".rstrip(": "),
                               stage="ocr")
    return done.stdout
