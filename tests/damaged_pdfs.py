"""Damaged copies of a PDF, as the adversarial tests of issue 11 made them (pikepdf)."""

from __future__ import annotations

import re
from pathlib import Path

import pikepdf


def with_media_boxes(source: Path, target: Path, box) -> Path:
    """Every page's MediaBox replaced by box(old box as four floats)."""
    pdf = pikepdf.open(source)
    for page in pdf.pages:
        old = [float(v) for v in page.mediabox]
        page.obj.MediaBox = pikepdf.Array(box(old))
        if "/CropBox" in page.obj:
            del page.obj["/CropBox"]
    pdf.save(target)
    return target


def with_pages_lost_from_xref(source: Path, target: Path, first: int, count: int) -> Path:
    """A copy whose cross-reference table marks `count` page objects from page `first`
    (1-based) deleted, as a damaged table does: the page tree still points at them."""
    pikepdf.open(source).save(target, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    with pikepdf.open(target) as saved:   # object numbers as written
        lost = [page.objgen[0] for page in saved.pages[first - 1:first - 1 + count]]
    data = bytearray(target.read_bytes())
    start = int(re.search(rb"startxref\s+(\d+)", data).group(1))
    table = re.match(rb"xref\s+(\d+) (\d+)\s+", data[start:])
    for objid in lost:
        entry = start + table.end() + (objid - int(table.group(1))) * 20
        data[entry + 17:entry + 18] = b"f"
    target.write_bytes(bytes(data))
    return target


def with_broken_kid(source: Path, target: Path, index: int) -> Path:
    """A copy whose page tree's `index`-th kid points at an object that does not exist."""
    pdf = pikepdf.open(source)
    pdf.Root.Pages.Kids[index] = pikepdf.Integer(0)
    pdf.save(target)
    return target


def with_font_without_glyphs(source: Path, target: Path, page_number: int) -> Path:
    """A copy where the fonts of one page are Type0 fonts without their descendant font
    (pdfminer raises on that page); the page gets its own resources."""
    pdf = pikepdf.open(source)
    page = pdf.pages[page_number - 1]
    fonts = pikepdf.Dictionary({name: pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type0,
                                                         BaseFont=pikepdf.Name.Broken)
                                for name in page.Resources.Font.keys()})
    page.obj.Resources = pikepdf.Dictionary(Font=fonts)
    pdf.save(target)
    return target
