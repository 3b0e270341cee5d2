"""Report pictures: only the region is drawn, under a pixel cap, in a worker that a bad
PDF cannot take down."""

import numpy
import pypdfium2 as pdfium
import pytest
from PIL import Image
from reportlab.pdfgen import canvas

from pipeline.danish import is_number
from pipeline.pdf.words import open_pdf, page_content
from pipeline.report.crops import MAX_CROP_PIXELS, CropRequest, crop_region, render_crop, render_crops

def huge_page(path, size=14400.0):
    """One page of size x size points with a small table near its top left."""
    pdf = canvas.Canvas(str(path), pagesize=(size, size))
    for row in range(5):
        pdf.drawString(600, size - 600 - 14 * row, f"Leje af hal pr. time   {row * 100 + 125},00")
    pdf.save()
    return path


def dark_pixels(path) -> int:
    return sum(Image.open(path).convert("L").point(lambda v: v < 128 and 255).histogram()[255:])


def number_cells(pdf_path):
    """(page number, boxes of the numbers) of the first page that prints numbers."""
    with open_pdf(pdf_path) as pdf:
        for page in pdf.pages:
            cells = [(w.x0, w.top, w.x1, w.bottom) for w in page_content(page).words if is_number(w.text)]
            if len(cells) > 5:
                return page.page_number, cells


def test_an_a4_crop_shows_what_the_whole_page_shows_there(budget_sample, tmp_path):
    number, cells = number_cells(budget_sample)
    ours = numpy.asarray(Image.open(render_crop(budget_sample, number, cells, [], tmp_path / "crop.png")).convert("L"))
    pdf = pdfium.PdfDocument(str(budget_sample))
    page = pdf[number - 1]
    region = crop_region(page.get_size(), cells, [])
    whole = numpy.asarray(page.render(scale=2).to_pil().convert("L"))
    pdf.close()
    top, left = (round(v * 2) for v in (region[1], region[0]))

    def differing(dy, dx):   # pixels far apart, with the whole page's picture shifted by (dy, dx)
        there = whole[top + dy:top + dy + ours.shape[0], left + dx:left + dx + ours.shape[1]]
        return (numpy.abs(ours[:there.shape[0], :there.shape[1]].astype(int) - there) > 128).sum(), there

    fewest, there = min((differing(dy, dx) for dy in (-1, 0, 1) for dx in (-1, 0, 1)), key=lambda d: d[0])
    ink = (there < 128).sum()
    assert ink > 1000 and fewest < 0.01 * ink   # the same print, at most a pixel's shift


def test_a_huge_page_is_drawn_under_the_pixel_cap(tmp_path):
    pdf = huge_page(tmp_path / "huge.pdf")
    mark = (600.0, 600.0, 800.0, 612.0)
    near = Image.open(render_crop(pdf, 1, [mark], [mark], tmp_path / "near.png"))
    assert near.width * near.height <= MAX_CROP_PIXELS and dark_pixels(tmp_path / "near.png") > 100
    pixels = numpy.asarray(near)
    red = (pixels[:, :, 0] > 200) & (pixels[:, :, 1] < 60) & (pixels[:, :, 2] < 60)
    rows, columns = red.nonzero()
    scale = near.width / (0.92 * 14400)
    assert red.sum() > 100 and abs(columns.min() / scale + 0.04 * 14400 - 600) < 10  # framed where it is
    whole = Image.open(render_crop(pdf, 1, [(600.0, 600.0, 800.0, 612.0), (600.0, 14000.0, 800.0, 14012.0)],
                                   [], tmp_path / "whole.png"))
    assert whole.width * whole.height <= MAX_CROP_PIXELS


@pytest.mark.slow
def test_pictures_are_drawn_in_a_worker_and_bad_ones_are_none(tmp_path, budget_sample):
    huge = huge_page(tmp_path / "huge.pdf")
    requests = [CropRequest(1, [(600.0, 600.0, 800.0, 612.0), (600.0, 14000.0, 800.0, 14012.0)], [],
                            tmp_path / "a.png"),
                CropRequest(2, [], [], tmp_path / "no-such-page.png")]
    # a whole 14400-point page at 144 dpi needs 3.3 GB: only the capped region fits in 300 MiB
    assert render_crops(huge, requests, timeout_s=60, memory_bytes=300 * 1024**2) == [tmp_path / "a.png", None]
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(budget_sample.read_bytes()[:20_000])
    html = tmp_path / "page.pdf"
    html.write_text("<html><body>Siden findes ikke</body></html>")
    for bad in (truncated, html, tmp_path / "missing.pdf"):
        assert render_crops(bad, requests, timeout_s=60, memory_bytes=300 * 1024**2) == [None, None]
