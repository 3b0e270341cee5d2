"""Scanned pages to the page model of born-digital ones, so that the same readers read both.

Per page: rendered (pypdfium2); made ready for OCR (page_image.py: straightened, table
rules found and painted out, shading evened, binarised); read by Tesseract (ocr.py) to
hOCR and parsed (hocr.py); doubtful words and ink that no word covers get a second look.
Then the page model: a PDF's words carry a font size and a box from the font's ascent to
its descent; OCR has neither, so both are rebuilt per line: the size from the x-height
and the height of digits and capitals (scaled by the ratio the same document shows),
rounded to the half points typesetting uses, the box from the baseline. Words keep their
OCR confidence. Coordinates are PDF points from the top-left of the straightened page;
`Scan.lineage` maps a row's box back onto the page as scanned, where an auditor looks.

OCR gives no bold or italic: a scan's headings are found by their size alone.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
import pypdfium2 as pdfium

from pipeline.ocr import LINES, page_hocr, require_ocr
from pipeline.pdf.hocr import DEFAULT_CAPITAL_RATIO, Box, OcrLine, OcrWord, capital_height, hocr_lines
from pipeline.pdf.layout import group_lines
from pipeline.pdf.page_image import prepare_page
from pipeline.pdf.words import PageContent, Rule, Word

SCAN_VERSION = "scan-1"   # in the extractor version: a change here re-reads every scan

# Pages are read at 300 dpi: Tesseract's models read body text best with an x-height of
# 20-30 pixels; a 200 dpi scan is scaled up to it, a 600 dpi one down.
OCR_DPI = 300
# Words read with less confidence than this get a second look, cut out and set close
# together: after a wide gap (a table's empty cells) Tesseract reads a lone "0" as "(9)" or
# "(e)" and an "I" as "1"; a word space away from other words, as "0" and "I". The more
# confident reading wins. Words of like height share a row; _SHEET_GAP_PX (under an em of
# 10 pt text at 300 dpi) keeps them apart as words without making wide gaps.
SECOND_LOOK_BELOW = 0.9
_SHEET_GAP_PX = 36
# The second look is at twice the size: measured, it reads a bold "I" and a lone "0" that
# the first pass misread at 300 dpi.
SECOND_LOOK_SCALE = 2.0
# Ink no word covers is looked at too, where it has the height of text (between half and
# one and a half times the page's median word height) and is no wider than a few letters
# (rules and chart lines are longer); it becomes a word only where it reads as one with
# this confidence, so that specks and chart marks do not.
MARK_HEIGHT = (0.5, 1.5)
MARK_WIDTH = 3.0
NEW_WORD_CONFIDENCE = 0.1
_WORD_SPACE = 0.3   # of the word height: marks closer than this are one word
# Size from x-height: a text face's x-height is about half its size (Carlito 0.47,
# Helvetica 0.52, Times 0.45; the scan's blur adds a pixel). Sizes are rounded to half
# points, as typesetting uses them, so that lines of one style get one size.
X_HEIGHT_EM = 0.5
SIZE_STEP_PT = 0.5
# A PDF word's box runs from the font's ascent to its descent; most fonts' lie near these.
ASCENT_EM = 0.8
DESCENT_EM = 0.2
# A document whose lines give no measure at all is read as if set in 10 pt.
_UNMEASURED_SIZE_PT = 10.0


@dataclass
class ScannedPage:
    """One page as OCR read it: lines of words in pixels, rules in points, the turn applied."""
    number: int
    width: float               # points
    height: float
    pixels_per_point: float
    turn: np.ndarray           # 2×3 affine: scanned pixels → straightened pixels
    lines: list[OcrLine]
    rules: list[Rule] = field(default_factory=list)

    def content(self, capital_ratio: float, document_em: float) -> PageContent:
        """The page model: a line Tesseract could not measure (no letters to measure it by, or
        words of several rows taken for one line) takes the size of the nearest line that it
        could, on this page, else the document's most common."""
        measured = [(line.baseline, em) for line in self.lines if (em := _em_pixels(line, capital_ratio))]
        words = []
        for line in self.lines:
            em = _em_pixels(line, capital_ratio) or min(
                measured, key=lambda m: abs(m[0] - line.baseline), default=(0, document_em))[1]
            words += self._words(line, em)
        return PageContent(self.number, self.width, self.height, words, self.rules)

    def _words(self, line: OcrLine, em: float) -> list[Word]:
        scale = self.pixels_per_point
        size = round(em / scale / SIZE_STEP_PT) * SIZE_STEP_PT
        return [Word(w.text, w.box[0] / scale, w.box[2] / scale, (w.baseline - ASCENT_EM * em) / scale,
                     (w.baseline + DESCENT_EM * em) / scale, size, confidence=w.confidence)
                for w in line.words]

    def printed_box(self, box: Box) -> Box:
        """A box on the straightened page as a box around the same place on the page as scanned."""
        back = cv2.invertAffineTransform(self.turn)
        x0, top, x1, bottom = (v * self.pixels_per_point for v in box)
        corners = np.array([[x0, top, 1], [x1, top, 1], [x0, bottom, 1], [x1, bottom, 1]]) @ back.T
        xs, ys = corners[:, 0] / self.pixels_per_point, corners[:, 1] / self.pixels_per_point
        return float(xs.min()), float(ys.min()), float(xs.max()), float(ys.max())


@dataclass
class Scan:
    """A scanned document's pages in the readers' page model, and the way back to the scan."""
    scanned: list[ScannedPage]
    pages: list[PageContent]
    title: str | None = None   # the PDF's metadata title, where the scanner set one

    def texts(self) -> list[str]:
        """Each page's text, line by line: what classification and page triage read."""
        return ["\n".join(line.text for line in group_lines(page.number, page.words)) for page in self.pages]

    def lineage(self, rows: list[dict]) -> list[dict]:
        """Rows read from this scan, with each value's OCR confidence (the lowest of its words)
        and its box moved back onto the page as scanned."""
        by_number = {page.number: (page, content) for page, content in zip(self.scanned, self.pages)}
        for row in rows:
            if row.get("page") not in by_number or row.get("bbox_x0") is None:
                continue
            page, content = by_number[row["page"]]
            box = (row["bbox_x0"], row["bbox_top"], row["bbox_x1"], row["bbox_bottom"])
            row["confidence"] = _lowest_confidence(content.words, box)
            row["bbox_x0"], row["bbox_top"], row["bbox_x1"], row["bbox_bottom"] = page.printed_box(box)
        return rows


def read_scan(path: Path) -> Scan:
    """Every page of a PDF that has no text layer, read by OCR."""
    require_ocr()
    pdf = pdfium.PdfDocument(str(path))
    try:
        scanned = [read_page(pdf[index], index + 1) for index in range(len(pdf))]
        title = pdf.get_metadata_dict().get("Title") or None
    finally:
        pdf.close()
    return Scan(scanned, page_model(scanned), title)


def page_model(scanned: list[ScannedPage]) -> list[PageContent]:
    """The pages as the readers take them, sizes measured across the whole document."""
    ratio = capital_ratio(scanned)
    ems = [em for page in scanned for line in page.lines if (em := _em_pixels(line, ratio))]
    document_em = statistics.median(ems) if ems else _UNMEASURED_SIZE_PT * OCR_DPI / 72
    return [page.content(ratio, document_em) for page in scanned]


def capital_ratio(pages: list[ScannedPage]) -> float:
    """How much taller than the x-height this document's digits and capitals stand,
    measured on lines that show both (a table row's label and its amounts)."""
    ratios = [line.capital_height / line.x_height for page in pages for line in page.lines
              if line.capital_height and line.x_height]
    return statistics.median(ratios) if ratios else DEFAULT_CAPITAL_RATIO


def _em_pixels(line: OcrLine, capital_ratio: float) -> float | None:
    """The line's size in pixels: from its x-height and its digits' and capitals' height, the
    mean of those it has (a short heading such as "12.2 Tabel" shows few x-height letters)."""
    x_heights = [h for h in (line.x_height, line.capital_height and line.capital_height / capital_ratio) if h]
    return statistics.mean(x_heights) / X_HEIGHT_EM if x_heights else None


def _lowest_confidence(words: list[Word], box: Box) -> float | None:
    inside = [w.confidence for w in words if w.confidence is not None
              and box[0] <= w.x_center <= box[2] and box[1] <= (w.top + w.bottom) / 2 <= box[3]]
    return min(inside) if inside else None


# --- one page ---------------------------------------------------------------------------------

def read_page(page: pdfium.PdfPage, number: int) -> ScannedPage:
    """One page image to words and rules (closes the page: a worker holds one at a time)."""
    scale = OCR_DPI / 72
    gray = np.asarray(page.render(scale=scale, grayscale=True).to_pil().convert("L"))
    page.close()
    prepared = prepare_page(gray, scale)
    ink = prepared.ink
    ok, png = cv2.imencode(".png", ink)
    if not ok:
        raise ValueError(f"page {number}: could not encode the page image")  # a bug, not a document's fault
    lines = hocr_lines(page_hocr(png.tobytes(), OCR_DPI))
    unread = _unread_marks(ink, lines)
    _second_look(ink, [w for line in lines for w in line.words if w.confidence < SECOND_LOOK_BELOW] + unread)
    lines += [OcrLine([word], None, capital_height([word])) for word in unread
              if word.confidence >= NEW_WORD_CONFIDENCE]
    height, width = gray.shape
    return ScannedPage(number, width / scale, height / scale, scale, prepared.turn, lines, prepared.rules)


def _unread_marks(ink: np.ndarray, lines: list[OcrLine]) -> list[OcrWord]:
    """Marks of the size of text that no word covers, as words not read yet: Tesseract drops
    a lone short word standing in a wide empty cell ("0" under "Tillæg")."""
    words = [w for line in lines for w in line.words]
    if not words:
        return []
    height = statistics.median(w.box[3] - w.box[1] for w in words)
    covered = np.zeros(ink.shape, bool)
    for word in words:
        x0, top, x1, bottom = (int(v) for v in word.box)
        covered[top:bottom + 1, x0:x1 + 1] = True
    count, _, stats, _ = cv2.connectedComponentsWithStats(255 - ink, connectivity=8)
    marks = [(x, y, x + w, y + h) for x, y, w, h, _ in stats[1:count]
             if MARK_HEIGHT[0] * height <= h <= MARK_HEIGHT[1] * height and w <= MARK_WIDTH * height
             and not covered[y + h // 2, x + w // 2]]
    return [OcrWord("", box, 0.0, box[3]) for box in _joined_marks(marks, height)]


def _joined_marks(marks: list[Box], height: float) -> list[Box]:
    """Marks side by side on one line, closer than a word space, are one word."""
    joined: list[list[float]] = []
    for x0, top, x1, bottom in sorted(marks):
        for box in joined:
            overlap = min(box[3], bottom) - max(box[1], top)
            if overlap > 0.5 * min(box[3] - box[1], bottom - top) and 0 <= x0 - box[2] < _WORD_SPACE * height:
                box[:] = [box[0], min(box[1], top), max(box[2], x1), max(box[3], bottom)]
                break
        else:
            joined.append([x0, top, x1, bottom])
    return [tuple(box) for box in joined]


def _second_look(ink: np.ndarray, doubtful: list[OcrWord]) -> None:
    """Read doubtful words again, cut out and set close together in rows of one sheet (one
    Tesseract call per page); keep a reading that is one word and more confident."""
    if not doubtful:
        return
    doubtful = sorted(doubtful, key=lambda w: w.box[3] - w.box[1])
    crops = [_crop(ink, word.box) for word in doubtful]
    rows = _sheet_rows([crop.shape[1] for crop in crops], ink.shape[1])
    row_height = max(crop.shape[0] for crop in crops)
    sheet = np.full((row_height * (2 * len(rows) + 1), ink.shape[1] + 2 * _SHEET_GAP_PX), 255, np.uint8)
    places = []   # per crop: its row's top and its left and right on the sheet
    for row_index, row in enumerate(rows):
        top, x = row_height * (2 * row_index + 1), _SHEET_GAP_PX
        for index in row:
            crop = crops[index]
            offset = top + (row_height - crop.shape[0]) // 2
            sheet[offset:offset + crop.shape[0], x:x + crop.shape[1]] = crop
            places.append((index, top, x, x + crop.shape[1]))
            x += crop.shape[1] + _SHEET_GAP_PX
    enlarged = cv2.resize(sheet, None, fx=SECOND_LOOK_SCALE, fy=SECOND_LOOK_SCALE, interpolation=cv2.INTER_CUBIC)
    _, png = cv2.imencode(".png", enlarged)
    readings: dict[int, list[OcrWord]] = {}
    for line in hocr_lines(page_hocr(png.tobytes(), round(OCR_DPI * SECOND_LOOK_SCALE), LINES)):
        for word in line.words:
            centre_x, centre_y = ((word.box[0] + word.box[2]) / 2 / SECOND_LOOK_SCALE,
                                  (word.box[1] + word.box[3]) / 2 / SECOND_LOOK_SCALE)
            for index, top, left, right in places:
                if top <= centre_y <= top + row_height and left <= centre_x <= right:
                    readings.setdefault(index, []).append(word)
    for index, words in readings.items():
        if len(words) == 1 and words[0].confidence > doubtful[index].confidence:
            doubtful[index].text, doubtful[index].confidence = words[0].text, words[0].confidence


def _sheet_rows(widths: list[int], page_width: int) -> list[list[int]]:
    """Crops (by index) in rows no wider than the page."""
    rows: list[list[int]] = [[]]
    used = 0
    for index, width in enumerate(widths):
        if rows[-1] and used + width + _SHEET_GAP_PX > page_width:
            rows.append([])
            used = 0
        rows[-1].append(index)
        used += width + _SHEET_GAP_PX
    return rows


def _crop(ink: np.ndarray, box: Box) -> np.ndarray:
    """The word's ink with a margin of white, as it would stand alone."""
    x0, top, x1, bottom = (int(v) for v in box)
    margin = max(4, (bottom - top) // 3)
    return ink[max(0, top - margin):bottom + margin, max(0, x0 - margin):x1 + margin]
