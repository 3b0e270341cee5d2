"""Pictures of a number in its place: the table's part of the page rendered with
pypdfium2, the number to look at framed in red, so an auditor need not open the PDF.

Only the region shown is rendered (pdfium's crop), at a scale that keeps it under
MAX_CROP_PIXELS: a page of 14400 x 14400 points rendered whole at 144 dpi is 3.3 GB of
bitmap. And a document's pictures are drawn in a worker under the same time and memory
limits as its extraction (`render_crops`): the PDF may be hostile, or have changed
since it was read, and the report must not cost the run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PIL import ImageDraw

from pipeline.errors import DocumentRejected
from pipeline.isolation import run_isolated

_SCALE = 2.0            # 144 dpi: small print stays legible
# A picture's pixels: an A4 page whole at 144 dpi is 1.9 million, so twice that shows
# any table of an A3 page at full scale; larger regions are drawn smaller. 16 MB of
# bitmap at most.
MAX_CROP_PIXELS = 4_000_000
_ABOVE_TABLE = 48.0     # points above the first cell: the header and the heading
_BELOW_TABLE = 14.0
_AROUND_CELL = 90.0     # points around a cell that belongs to no table
Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, top-left origin


@dataclass(frozen=True)
class CropRequest:
    """One picture: the region around `cells` on a page, each of `marks` framed, saved to `out`."""
    page_number: int              # 1-based
    cells: list[Box]
    marks: list[Box]
    out: Path


def crop_region(page_size: tuple[float, float], cells: list[Box], marks: list[Box]) -> Box:
    """The part of the page worth showing: the table's cells with its header, and every
    number to look at, across the page."""
    width, height = page_size
    if cells:
        top = min(c[1] for c in cells) - _ABOVE_TABLE
        bottom = max(c[3] for c in cells) + _BELOW_TABLE
    elif marks:
        top, bottom = min(m[1] for m in marks) - _AROUND_CELL, max(m[3] for m in marks) + _AROUND_CELL
    else:
        top, bottom = 0.0, height
    if marks:
        top = min(top, min(m[1] for m in marks) - _BELOW_TABLE)
        bottom = max(bottom, max(m[3] for m in marks) + _BELOW_TABLE)
    return (0.04 * width, max(0.0, top), 0.96 * width, min(height, bottom))


def crop_scale(region: Box) -> float:
    """Pixels per point: _SCALE, or less where the region would pass MAX_CROP_PIXELS."""
    width, height = region[2] - region[0], region[3] - region[1]
    if width <= 0 or height <= 0:
        raise ValueError(f"nothing to show: the region {region} is empty")
    return min(_SCALE, math.sqrt(MAX_CROP_PIXELS / (width * height)))


def render_crop(pdf_path: Path, page_number: int, cells: list[Box], marks: list[Box], out: Path) -> Path:
    """PNG of the region around `cells` on the page, each of `marks` framed, its row shaded."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return _render(pdf, CropRequest(page_number, cells, marks, out))
    finally:
        pdf.close()


def render_crops(pdf_path: Path, requests: list[CropRequest], *, timeout_s: float,
                 memory_bytes: int) -> list[Path | None]:
    """A document's pictures, drawn in a worker under these limits; None for each one
    that could not be drawn (a damaged or changed PDF, a page that is not there, a
    limit). Never raises for what the PDF is."""
    try:
        return run_isolated(_render_all, pdf_path, requests, timeout_s=timeout_s, memory_bytes=memory_bytes)
    except DocumentRejected:
        return [None] * len(requests)


def _render_all(pdf_path: Path, requests: list[CropRequest]) -> list[Path | None]:
    """In the worker: open the PDF once, draw each picture, None where one fails."""
    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except (pdfium.PdfiumError, OSError):
        return [None] * len(requests)
    try:
        return [_render_or_none(pdf, request) for request in requests]
    finally:
        pdf.close()


def _render_or_none(pdf: pdfium.PdfDocument, request: CropRequest) -> Path | None:
    if not 1 <= request.page_number <= len(pdf):
        return None
    try:
        return _render(pdf, request)
    except (pdfium.PdfiumError, OSError, ValueError):
        return None


def _render(pdf: pdfium.PdfDocument, request: CropRequest) -> Path:
    page = pdf[request.page_number - 1]
    try:
        width, height = page.get_size()
        region = crop_region((width, height), request.cells, request.marks)
        scale = crop_scale(region)
        # pdfium's crop is what to cut off each side, bottom-left origin, after /Rotate
        crop = (region[0], height - region[3], width - region[2], region[1])
        image = page.render(scale=scale, crop=crop).to_pil().convert("RGB")
    finally:
        page.close()
    for mark in request.marks:
        _frame(image, mark, region, scale)
    request.out.parent.mkdir(parents=True, exist_ok=True)
    image.save(request.out)
    return request.out


def _frame(image, mark: Box, region: Box, scale: float) -> None:
    """The mark's row shaded across the picture, the mark itself framed in red."""
    draw = ImageDraw.Draw(image, "RGBA")
    x0, top, x1, bottom = ((mark[0] - region[0]) * scale, (mark[1] - region[1]) * scale,
                           (mark[2] - region[0]) * scale, (mark[3] - region[1]) * scale)
    draw.rectangle((0, top - 2, image.width, bottom + 2), fill=(255, 200, 0, 60))
    draw.rectangle((x0 - 4, top - 3, x1 + 4, bottom + 3), outline=(220, 0, 0, 255), width=3)
