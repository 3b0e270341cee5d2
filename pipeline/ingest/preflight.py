"""Cheap checks of a PDF before any parsing: a named reason to refuse it, or its facts.

pypdfium2 (C, ~1,000 pages/s) opens the document and reads each page's text. Loading a
page in pdfium inflates its whole content stream, though, and a decompression bomb
(1.5 MB that inflates to 1 GiB) then takes seconds and gigabytes. So before any page is
loaded, the size of every page's content streams is measured with pdfminer's lazy
object reader (already here under pdfplumber), inflating each stream only up to the
limit. Streams under other filters than Flate (or ASCII85/hex then Flate) count at
their stored size; an object-stream or xref-stream bomb is met when the file is opened
and is left to the worker's limits (pipeline.isolation). Run preflight in the worker.

Damage is named, not left to surface as an exception deep in an extractor: a page
tree that points at nothing, a page without a usable size (MediaBox), pages that
exist in the file but that pdfium or pdfminer cannot read (pipeline.ingest.pages;
they are counted in PdfFacts.pages_unreadable, with the reason, and only a document
with no readable page at all is refused). A page far larger than its content (a
MediaBox of metres with the text in one corner) is counted unreadable too: pdfium
draws it, but no layout read relative to the page can make sense of it.

A worker has a wall-time limit (pipeline.isolation); a document that cannot be read
in the time left is refused at once, saying so, rather than timed out after it: the page
limit is what the time limit can process, at the rates below.

"No text" is judged by letters, not characters: a page holds text when pdfium finds at
least _MIN_LETTERS letters on it. Page numbers, dates and stray marks do not count.
A document where no page holds text is a scan if a page shows an image (OCR may read
it), and is refused as having nothing to extract if none does (a blank page is not a
scan).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.ascii85 import ascii85decode, asciihexdecode
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import PDFObjectNotFound, PDFStream, resolve1

from pipeline.errors import DocumentRejected, error_detail, one_line
from pipeline.ingest.pages import count_pages, page_list
from pipeline.ingest.sniff import sniff_format
from pipeline.isolation import time_left

_MIN_LETTERS = 20
MAX_PAGE_CONTENT_BYTES = 64 * 1024**2   # a page's drawing instructions, inflated
_INFLATE_CHUNK = 1024**2
_FLATE = {"FlateDecode", "Fl"}
# Text encodings put before Flate (ReportLab writes ASCII85 + Flate); they at most
# quadruple the data, so decoding them whole is safe.
_ASCII_FILTERS = {"ASCII85Decode": ascii85decode, "A85": ascii85decode,
                  "ASCIIHexDecode": asciihexdecode, "AHx": asciihexdecode}
_NO_PAGES = "PDF has no pages"
# Pages per second a worker can count on: bench/bench_page_rate.py measured 9.4 pages per
# CPU second for the slowest text path (a browser print of a tariff list) and 0.49 for a
# scan through OCR, on this project's 2-core machine; halved, because a worker shares its
# core with the other workers and the flow's own process.
TEXT_PAGES_PER_SECOND = 4.7
SCANNED_PAGES_PER_SECOND = 0.24
# A page larger than A0 (841 x 1189 mm) whose text fills less than this share of it has
# a page size (MediaBox) that does not belong to its content.
_A0_POINTS = (2384.0, 3370.0)
_MIN_TEXT_SHARE_OF_HUGE_PAGE = 1 / 16
_SHOWN_BOX = 100   # characters of a damaged MediaBox shown
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
    pages_unreadable: int = 0               # pages the file holds that cannot be read
    unreadable_reason: str | None = None    # which, and why, in one line
    # each page's plain text ("" where it cannot be read), read here once for classification
    texts: tuple[str, ...] = field(default=(), compare=False, repr=False)
    image_only_pages: tuple[int, ...] = ()  # in a document with text: pages that show only an image


@dataclass(frozen=True)
class _PageReading:
    """What pdfium makes of one page."""
    text: str = ""
    image: bool = False
    failed: str | None = None       # why pdfium cannot load it
    odd_size: str | None = None     # why its size cannot be its own


def preflight_pdf(path: Path, *, max_bytes: int, max_pages: int,
                  max_page_content: int = MAX_PAGE_CONTENT_BYTES, seconds: float | None = None) -> PdfFacts:
    """Raises DocumentRejected naming what is wrong with the file: stage "preflight", or
    "sniff" for an empty file or one that is no PDF by its bytes. `seconds` is the time
    the document may take; by default what is left of the worker's limit, if in one."""
    seconds = time_left() if seconds is None else seconds
    _check_file(path, max_bytes)
    pdf = _open(path)
    try:
        pages = len(pdf)
        _check_page_count(pages, max_pages)
        _check_time(pages, seconds, TEXT_PAGES_PER_SECOND, "pages")
        tree_pages = _check_page_tree(path, max_page_content)
        readings = [_read_page(pdf, index) for index in range(pages)]
    finally:
        pdf.close()
    failed = {n: r.failed for n, r in enumerate(readings, start=1) if r.failed}
    counts = count_pages(path, pages, failed, tree_pages)
    odd = {n: r.odd_size for n, r in enumerate(readings, start=1) if r.odd_size and n not in failed}
    unreadable = counts.unreadable + len(odd)
    reason = "; ".join(filter(None, [counts.reason(), _odd_sizes(odd)])) or None
    if unreadable >= counts.existing:
        raise _reject(reason)
    usable = [r for n, r in enumerate(readings, start=1) if n not in failed and n not in odd]
    text_pages = sum(_letters(r.text) >= _MIN_LETTERS for r in usable)
    if not text_pages and not any(r.image for r in usable):
        raise _reject(_nothing_to_extract(tuple(r.text for r in usable)))
    if not text_pages:   # a scan: every page goes through OCR
        _check_time(len(usable), seconds, SCANNED_PAGES_PER_SECOND, "scanned pages")
    image_only = tuple(n for n, r in enumerate(readings, start=1)
                       if n not in failed and n not in odd and r.image and _letters(r.text) < _MIN_LETTERS)
    return PdfFacts(pages=pages, has_text=text_pages > 0, text_pages=text_pages,
                    pages_unreadable=unreadable, unreadable_reason=reason,
                    texts=tuple(r.text if n not in failed else "" for n, r in enumerate(readings, start=1)),
                    image_only_pages=image_only if text_pages else ())


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


def _check_time(pages: int, seconds: float | None, per_second: float, what: str) -> None:
    """Refuse a document the time limit cannot process: the page limit that limit sets."""
    needed = pages / per_second
    if seconds is None or needed <= seconds:
        return
    counted = f"{pages} {what} need" if pages != 1 else f"1 {what[:-1]} needs"
    raise DocumentRejected(
        f"too many {what} for the time limit: {counted} about {needed:.0f} s at {per_second:g} "
        f"pages/s, and {seconds:.0f} s are left of the limit (PIPELINE_TIMEOUT_SECONDS)",
        stage="preflight", limit=f"wall time {seconds:.0f} s")


# --- the page tree as pdfminer reads it, before pdfium loads a page -------------------------

def _check_page_tree(path: Path, content_limit: int) -> int:
    """Pages pdfminer finds. Refuses a page without a usable size, and one whose content
    (streams and form XObjects) inflates past `content_limit`."""
    number = 0
    with path.open("rb") as handle:
        try:
            document = PDFDocument(PDFParser(handle))
            for number, page in enumerate(PDFPage.create_pages(document), start=1):
                _check_media_box(number, page)
                streams = [*map(resolve1, page.contents), *_forms(page.resources)]
                inflated, stored = _content_size(streams, content_limit, set())
                if inflated > content_limit:
                    raise _reject(f"decompression bomb: the content of page {number} inflates to "
                                  f"more than {_mib(content_limit)} from {_mib(stored)}")
        except DocumentRejected:
            raise
        except PDFObjectNotFound as error:
            raise _reject(f"damaged page tree: after page {number} it points to object {error}, "
                          "which is not in the file") from error
        except Exception as error:  # noqa: BLE001 - any failure to walk the structure is damage
            raise _reject(f"truncated or damaged PDF: {error_detail(error)}") from error
    return number


def _check_media_box(number: int, page: PDFPage) -> None:
    """pdfplumber needs four numbers for every page's size, and fails on the whole
    document otherwise; pdfium would guess a size. Corners in any order are fine."""
    box = resolve1(page.attrs.get("MediaBox"))
    if box is None:
        raise _reject(f"damaged PDF: page {number} has no size (its MediaBox is missing)")
    values = [resolve1(v) for v in box] if isinstance(box, list) else []
    if len(values) != 4 or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        raise _reject(f"damaged PDF: the size of page {number} (its MediaBox) is not four numbers: "
                      f"{one_line(str(box))[:_SHOWN_BOX]}")
    if values[0] == values[2] or values[1] == values[3]:
        raise _reject(f"damaged PDF: page {number} has no area (its MediaBox is {values})")


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

def _read_page(pdf: pdfium.PdfDocument, index: int) -> _PageReading:
    try:
        page = pdf[index]
    except pdfium.PdfiumError as error:
        return _PageReading(failed=one_line(str(error)).rstrip("."))
    try:
        textpage = page.get_textpage()
        text = textpage.get_text_range()
        odd_size = _odd_size(index + 1, page.get_size(), textpage)
        textpage.close()
        image = next(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]), None) is not None
        return _PageReading(text, image, odd_size=odd_size)
    finally:
        page.close()


def _odd_size(number: int, size: tuple[float, float], textpage: pdfium.PdfTextPage) -> str | None:
    """Why a page larger than A0 with its text in a small corner of it cannot be laid out."""
    width, height = size
    short, long = sorted(size)
    if (short <= _A0_POINTS[0] and long <= _A0_POINTS[1]) or not textpage.count_rects():
        return None
    boxes = [textpage.get_rect(n) for n in range(textpage.count_rects())]
    text_width = max(b[2] for b in boxes) - min(b[0] for b in boxes)
    text_height = max(b[3] for b in boxes) - min(b[1] for b in boxes)
    if text_width * text_height >= _MIN_TEXT_SHARE_OF_HUGE_PAGE * width * height:
        return None
    return f"page {number}: {width:.0f} x {height:.0f} points, its text {text_width:.0f} x {text_height:.0f}"


def _odd_sizes(odd: dict[int, str]) -> str | None:
    """The pages whose size does not fit their text, in one phrase."""
    if not odd:
        return None
    first = next(iter(odd.values()))
    if len(odd) == 1:
        return (f"{first.split(':')[0]} is far larger than its text ({first.split(': ', 1)[1]}): its size "
                "(MediaBox) does not fit its content, so its layout cannot be read")
    return (f"{page_list(sorted(odd))} are far larger than their text ({first}): their size (MediaBox) "
            "does not fit their content, so their layout cannot be read")


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
