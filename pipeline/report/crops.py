"""Pictures of a number in its place: the page rendered with pypdfium2, cropped to the
table, the number to look at framed in red, so an auditor need not open the PDF."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import ImageDraw

_SCALE = 2.0            # 144 dpi: small print stays legible
_ABOVE_TABLE = 48.0     # points above the first cell: the header and the heading
_BELOW_TABLE = 14.0
_AROUND_CELL = 90.0     # points around a cell that belongs to no table
Box = tuple[float, float, float, float]  # x0, top, x1, bottom in PDF points, top-left origin


def crop_region(page_size: tuple[float, float], cells: list[Box], mark: Box | None) -> Box:
    """The part of the page worth showing: the table's cells with its header, across the page."""
    width, height = page_size
    if cells:
        top = min(c[1] for c in cells) - _ABOVE_TABLE
        bottom = max(c[3] for c in cells) + _BELOW_TABLE
    elif mark:
        top, bottom = mark[1] - _AROUND_CELL, mark[3] + _AROUND_CELL
    else:
        top, bottom = 0.0, height
    if mark:
        top, bottom = min(top, mark[1] - _BELOW_TABLE), max(bottom, mark[3] + _BELOW_TABLE)
    return (0.04 * width, max(0.0, top), 0.96 * width, min(height, bottom))


def render_crop(pdf_path: Path, page_number: int, cells: list[Box], mark: Box | None, out: Path) -> Path:
    """PNG of the region around `cells` on the page, with `mark` framed and its row shaded."""
    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        page = pdf[page_number - 1]
        region = crop_region(page.get_size(), cells, mark)
        image = page.render(scale=_SCALE).to_pil().convert("RGB")
        page.close()
    finally:
        pdf.close()
    if mark:
        draw = ImageDraw.Draw(image, "RGBA")
        x0, top, x1, bottom = (v * _SCALE for v in mark)
        draw.rectangle((region[0] * _SCALE, top - 2, region[2] * _SCALE, bottom + 2), fill=(255, 200, 0, 60))
        draw.rectangle((x0 - 4, top - 3, x1 + 4, bottom + 3), outline=(220, 0, 0, 255), width=3)
    out.parent.mkdir(parents=True, exist_ok=True)
    image.crop(tuple(int(v * _SCALE) for v in region)).save(out)
    return out
