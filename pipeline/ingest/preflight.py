"""Cheap checks of a PDF before any parsing: a named reason to refuse it, or its facts.

pypdfium2 (C, ~1,000 pages/s) opens the document and reads each page's text. Loading a
page in pdfium inflates its whole content stream, though, and a decompression bomb
(1.5 MB that inflates to 1 GiB) then takes seconds and gigabytes. So before any page is
loaded, the size of every page's content streams is measured with pdfminer's lazy
object reader (already here under pdfplumber), inflating each stream only up to the
limit. Streams under other filters than Flate (or ASCII85/hex then Flate) count at
their stored size; an object-stream or xref-stream bomb is met when the file is opened
and is left to the worker's limits (pipeline.isolation). Run preflight in the worker.

"No text" is judged by letters, not characters: a page holds text when pdfium finds at
least _MIN_LETTERS letters on it. Page numbers, dates and stray marks do not count.
A document where no page holds text is a scan if a page shows an image (OCR may read
it), and is refused as having nothing to extract if none does (a blank page is not a
scan).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFStream, resolve1

from pipeline.errors import DocumentRejected
from pipeline.ingest.sniff import sniff_format

_MIN_LETTERS = 20
MAX_PAGE_CONTENT_BYTES = 64 * 1024**2   # a page's drawing instructions, inflated
_INFLATE_CHUNK = 1024**2
_FLATE = {"FlateDecode", "Fl"}
# Text encodings put before Flate (ReportLab writes ASCII85 + Flate); they at most
# quadruple the data, so decoding them whole is safe.
_ASCII_FILTERS = {"ASCII85Decode": ascii85decode, "A85": ascii85decode,
                  "ASCIIHexDecode": asciihexdecode, "AHx": asciihexdecode}
_NO_PAGES = "PDF has no pages"
_PDFIUM_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: "password protected (encrypted PDF)",
    pdfium_c.FPDF_ERR_SECURITY: "encrypted with a security handler pdfium does not support",
    pdfium_c.FPDF_ERR_FILE: "the file cannot be read",
}


@dataclass(frozen=True)
class PdfFacts:
    pages: int
    has_text: bool      # some page holds text; False for a scan
    text_pages: int     # pages that hold text (fewer than `pages`: a partly scanned document)


def preflight_pdf(path: Path, *, max_bytes: int, max_pages: int,
                  max_page_content: int = MAX_PAGE_CONTENT_BYTES) -> PdfFacts:
    """Raises DocumentRejected naming what is wrong with the file: stage "preflight", or
    "sniff" for an empty file or one that is no PDF by its bytes."""
    _check_file(path, max_bytes)
    pdf = _open(path)
    try:
        pages = len(pdf)
        _check_page_count(pages, max_pages)
        _check_content_sizes(path, max_page_content)
        texts, images = zip(*(_page_text_and_image(pdf, index) for index in range(pages)))
    finally:
        pdf.close()
    text_pages = sum(_letters(text) >= _MIN_LETTERS for text in texts)
    if not text_pages and not any(images):
        raise _reject(_nothing_to_extract(texts))
    return PdfFacts(pages=pages, has_text=text_pages > 0, text_pages=text_pages)


def _reject(reason: str) -> DocumentRejected:
    return DocumentRejected(reason, stage="preflight")


def _mib(size: int) -> str:
    return f"{size / 1024**2:.1f} MiB"


def _check_file(path: Path, max_bytes: int) -> None:
    size = path.stat().st_size
    if size > max_bytes:
        raise _reject(f"file too large: {_mib(size)}, the limit is {_mib(max_bytes)}")
    if sniff_format(path) != "pdf":   # sniff names empty files and non-PDF bytes itself
        raise _reject("not a PDF: the file is an HTML page")


def _open(path: Path) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as error:
        if _page_count(path) == 0:   # pdfium refuses these without setting an error code
            raise _reject(_NO_PAGES) from error
        code = getattr(error, "err_code", None)
        raise _reject(_PDFIUM_ERRORS.get(code) or _damaged(path, error)) from error


def _page_count(path: Path) -> int | None:
    with path.open("rb") as handle:
        try:
            return sum(1 for _ in PDFPage.create_pages(PDFDocument(PDFParser(handle))))
        except Exception:  # noqa: BLE001 - unknown, the caller says damaged
            return None


def _damaged(path: Path, error: pdfium.PdfiumError) -> str:
    """pdfium's complaint in words, and whether the end of the file is missing."""
    detail = str(error).split("PDFium: ")[-1].rstrip(").").lower()
    detail = detail if detail not in ("", "success") else "no reason given"
    with path.open("rb") as handle:
        handle.seek(max(0, path.stat().st_size - 1024))
        cut_off = b"%%EOF" not in handle.read()
    hint = "; it has no %%EOF end marker, so it looks cut off" if cut_off else ""
    return f"truncated or damaged PDF: pdfium cannot read its structure ({detail}){hint}"


def _check_page_count(pages: int, max_pages: int) -> None:
    if pages == 0:
        raise _reject(_NO_PAGES)
    if pages > max_pages:
        raise _reject(f"too many pages: {pages}, the limit is {max_pages}")


# --- content sizes, before pdfium loads a page ----------------------------------------------

def _check_content_sizes(path: Path, limit: int) -> None:
    """Refuse a page whose content (streams and form XObjects) inflates past `limit`."""
    with path.open("rb") as handle:
        try:
            document = PDFDocument(PDFParser(handle))
            for number, page in enumerate(PDFPage.create_pages(document), start=1):
                streams = [*map(resolve1, page.contents), *_forms(page.resources)]
                inflated, stored = _content_size(streams, limit, set())
                if inflated > limit:
                    raise _reject(f"decompression bomb: the content of page {number} inflates to "
                                  f"more than {_mib(limit)} from {_mib(stored)}")
        except DocumentRejected:
            raise
        except Exception as error:  # noqa: BLE001 - any failure to walk the structure is damage
            raise _reject(f"truncated or damaged PDF: {type(error).__name__}: {error}") from error


def _forms(resources) -> list[PDFStream]:
    xobjects = resolve1((resolve1(resources) or {}).get("XObject")) or {}
    return [x for x in map(resolve1, xobjects.values())
            if isinstance(x, PDFStream) and _name(x.get("Subtype")) == "Form"]


def _content_size(streams: list, limit: int, seen: set[int]) -> tuple[int, int]:
    """(inflated, stored) bytes of these content streams and the forms they draw."""
    inflated = stored = 0
    for stream in streams:
        if inflated > limit:
            break
        if not isinstance(stream, PDFStream) or stream.objid in seen:
            continue
        seen.add(stream.objid)
        raw = stream.rawdata or b""
        if stream.decipher:   # an encrypted PDF opened with its empty user password
            raw = stream.decipher(stream.objid, stream.genno, raw, stream.attrs)
        stored += len(raw)
        inflated += _inflated_size(stream, raw, limit - inflated)
        nested = _content_size(_forms(stream.get("Resources")), limit - inflated, seen)
        inflated, stored = inflated + nested[0], stored + nested[1]
    return inflated, stored


def _inflated_size(stream: PDFStream, raw: bytes, limit: int) -> int:
    """Bytes the stream inflates to, counting no further than limit + 1."""
    names = [_name(f) for f, _ in stream.get_filters()]
    while names and names[0] in _ASCII_FILTERS:
        raw = _ASCII_FILTERS[names.pop(0)](raw)
    if not names or names[0] not in _FLATE:
        return len(raw)
    inflater = zlib.decompressobj()
    size = 0
    try:
        while raw and size <= limit:
            size += len(inflater.decompress(raw, _INFLATE_CHUNK))
            raw = inflater.unconsumed_tail
    except zlib.error:
        pass   # a damaged stream: pdfium reads what inflates
    return size


def _name(value) -> str:
    return getattr(resolve1(value), "name", "")


# --- text ------------------------------------------------------------------------------------

def _page_text_and_image(pdf: pdfium.PdfDocument, index: int) -> tuple[str, bool]:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        textpage.close()
        image = next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]), None) is not None
        return text, image
    finally:
        page.close()


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _nothing_to_extract(texts: tuple[str, ...]) -> str:
    shown = " ".join(" ".join(texts).split())
    if not shown:
        pages = "its page is" if len(texts) == 1 else f"all {len(texts)} pages are"
        return f"nothing to extract: {pages} blank (no text, no images)"
    if len(shown) > 40:
        shown = shown[:40] + "..."
    return f"nothing to extract: no words and no images, only the text '{shown}'"
