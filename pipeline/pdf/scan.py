"""Scanned pages to the page model of born-digital ones, so that the same readers read both.

A page with no text layer is rendered (pypdfium2), cleaned of scanner noise (a median
filter), turned straight (its skew measured by projection profile) and stripped of its
table rules before OCR: camelot's image processing finds the rules (adaptive threshold,
morphological opening), which become the page's `rules` and are painted out, so that
Tesseract never reads a grid line as "|", "]" or "!". The page is evened against its
background (shading goes white) and binarised; Tesseract's hOCR then gives each word its
box and confidence and each line its baseline and x-height, and doubtful words get a
second look on their own. A PDF's words carry
a font size and a box from the font's ascent to its descent; OCR has neither, so both
are rebuilt from the line: the size from the x-height (or, in lines of digits and
capitals only, from their height, scaled by the ratio the same document shows), rounded
to the half points typesetting uses, and the box from the baseline. Words keep their
OCR confidence. Coordinates are PDF points from the top-left of the straightened page;
`Scan.printed_box` maps a box back onto the page as scanned, where an auditor looks.

OCR gives no bold or italic: a scan's headings are found by their size alone.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import lxml.html
import numpy as np
import pypdfium2 as pdfium
from camelot.image_processing import adaptive_threshold, find_lines

from pipeline.ocr import LINES, page_hocr, require_ocr
from pipeline.pdf.layout import group_lines
from pipeline.pdf.words import PageContent, Rule, Word

Box = tuple[float, float, float, float]   # x0, top, x1, bottom

SCAN_VERSION = "scan-1"   # in the extractor version: a change here re-reads every scan

# Pages are read at 300 dpi: Tesseract's models read body text best with an x-height of
# 20-30 pixels; a 200 dpi scan is scaled up to it, a 600 dpi one down.
OCR_DPI = 300
# Median filter (pixels at OCR_DPI): takes out specks and grain up to a 200 dpi scan's pixel
# and keeps strokes, which are wider.
NOISE_FILTER_PX = 3
# Shading behind a header or a row is evened out before binarising: the background is what
# a closing this wide leaves (wider than any stroke, a 16 pt bold stem is ~10 px).
BACKGROUND_WINDOW_PX = 25
# Skew is searched within ±2° (a page fed askew, not a page turned sideways) in 0.05° steps
# on a quarter-size copy; 0.05° moves a column edge 0.5 pt across a page.
MAX_SKEW_DEGREES = 2.0
SKEW_STEP_DEGREES = 0.05
_SKEW_SCALE = 0.25
# camelot's line_scale: a rule is at least 1/40 of the page's width (or height); a dash,
# an underscore or a letter's stroke is shorter.
RULE_SCALE = 40
# ...or, for vertical rules, at least as long as this many letters are tall (a letter's
# stem is shorter; a title's bold stems of 2.5 times body height would pass for rules).
RULE_GLYPHS = 2.5
# Rule pixels are painted out with this margin, so their anti-aliased edges go too.
RULE_MARGIN_PX = 2
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
# Digits and capitals stand this much taller than the x-height where a document shows no
# line to measure it by (Carlito 1.38, Helvetica 1.37, Times 1.48).
DEFAULT_CAPITAL_RATIO = 1.38
# A line's x-height is Tesseract's measure when it holds this many x-height letters, and
# when its words stand on one baseline (within this share of the x-height): Tesseract
# sometimes takes a table row whose label wraps around its numbers for one line.
_MIN_X_LETTERS = 2
_X_LETTERS = set("acemnorsuvwxzæø")
_ONE_BASELINE = 0.3
# Glyphs that reach below the baseline: a word without them stands on its ink's bottom;
# a word with them, where Tesseract's line baseline does not pass through it, this share
# of its ink's height above the bottom (a descender is ~0.2 em of a word's ~0.9 em).
DESCENDER_SHARE = 0.2
_DESCENDERS = set("gjpqyQJ,;()[]{}/|$§µ")
# A document whose lines give no measure at all is read as if set in 10 pt.
_UNMEASURED_SIZE_PT = 10.0
_LINE_CLASSES = ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")
_TITLE_RE = {key: re.compile(rf"\b{key}\s+(-?[\d.]+(?:\s+-?[\d.]+)*)")
             for key in ("bbox", "baseline", "x_size", "x_descenders", "x_ascenders", "x_wconf")}


@dataclass
class _OcrWord:
    text: str
    box: Box           # pixels of the straightened page
    confidence: float  # 0-1
    baseline: float    # y of the baseline the word stands on, pixels


@dataclass
class _OcrLine:
    words: list[_OcrWord]
    x_height: float | None          # pixels, where the line has letters to measure it by
    capital_height: float | None    # pixels: digits' and capitals' height above the baseline

    @property
    def baseline(self) -> float:
        return statistics.median(w.baseline for w in self.words)


@dataclass
class ScannedPage:
    """One page as OCR read it: lines of words in pixels, rules in points, the turn applied."""
    number: int
    width: float               # points
    height: float
    pixels_per_point: float
    turn: np.ndarray           # 2×3 affine: scanned pixels → straightened pixels
    lines: list[_OcrLine]
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

    def _words(self, line: _OcrLine, em: float) -> list[Word]:
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


def _em_pixels(line: _OcrLine, capital_ratio: float) -> float | None:
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
    clean = cv2.medianBlur(gray, NOISE_FILTER_PX)
    turn = cv2.getRotationMatrix2D((clean.shape[1] / 2, clean.shape[0] / 2), skew_degrees(clean), 1.0)
    straight = cv2.warpAffine(clean, turn, (clean.shape[1], clean.shape[0]), flags=cv2.INTER_CUBIC,
                              borderValue=255)
    rule_mask, rules = find_rules(straight, scale)
    ink = _binarised(straight)
    ink[rule_mask > 0] = 255
    ok, png = cv2.imencode(".png", ink)
    if not ok:
        raise ValueError(f"page {number}: could not encode the page image")  # a bug, not a document's fault
    lines = _hocr_lines(page_hocr(png.tobytes(), OCR_DPI))
    unread = _unread_marks(ink, lines)
    _second_look(ink, [w for line in lines for w in line.words if w.confidence < SECOND_LOOK_BELOW] + unread)
    lines += [_OcrLine([word], None, _capital_height([word])) for word in unread
              if word.confidence >= NEW_WORD_CONFIDENCE]
    height, width = gray.shape
    return ScannedPage(number, width / scale, height / scale, scale, turn, lines, rules)


def _unread_marks(ink: np.ndarray, lines: list[_OcrLine]) -> list[_OcrWord]:
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
    return [_OcrWord("", box, 0.0, box[3]) for box in _joined_marks(marks, height)]


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


def _second_look(ink: np.ndarray, doubtful: list[_OcrWord]) -> None:
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
    readings: dict[int, list[_OcrWord]] = {}
    for line in _hocr_lines(page_hocr(png.tobytes(), round(OCR_DPI * SECOND_LOOK_SCALE), LINES)):
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


def skew_degrees(gray: np.ndarray) -> float:
    """The turn (degrees, counter-clockwise) that makes text lines horizontal: the angle at
    which the rows' ink profile is sharpest (lines and rules peak, the gaps between are empty)."""
    small = cv2.resize(gray, None, fx=_SKEW_SCALE, fy=_SKEW_SCALE, interpolation=cv2.INTER_AREA)
    _, ink = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    height, width = ink.shape
    centre = (width / 2, height / 2)

    def sharpness(angle: float) -> float:
        turned = cv2.warpAffine(ink, cv2.getRotationMatrix2D(centre, angle, 1.0), (width, height),
                                flags=cv2.INTER_NEAREST)
        return float(np.sum(np.diff(turned.sum(axis=1, dtype=np.float64)) ** 2))

    steps = round(MAX_SKEW_DEGREES / SKEW_STEP_DEGREES)
    return max((i * SKEW_STEP_DEGREES for i in range(-steps, steps + 1)), key=sharpness)


def _binarised(gray: np.ndarray) -> np.ndarray:
    """Black text on white: the page divided by its background (shading and uneven light go
    white), then Otsu's threshold. Tesseract's own threshold reads shaded cells' grain as ink."""
    window = cv2.getStructuringElement(cv2.MORPH_RECT, (BACKGROUND_WINDOW_PX, BACKGROUND_WINDOW_PX))
    background = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, window)
    even = cv2.divide(gray, background, scale=255)
    _, ink = cv2.threshold(even, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    return ink


def _glyph_height(ink: np.ndarray) -> float:
    """The median height of the page's marks (black on white): about a letter's."""
    count, _, stats, _ = cv2.connectedComponentsWithStats(255 - ink, connectivity=8)
    heights = stats[1:count, cv2.CC_STAT_HEIGHT]
    heights = heights[heights >= 3]
    return float(np.median(heights)) if len(heights) else 0.0


def find_rules(gray: np.ndarray, scale: float) -> tuple[np.ndarray, list[Rule]]:
    """(mask of rule pixels, the rules in points): horizontal and vertical lines of ink.

    A vertical rule may be one table row high (a header row above a row spanning the
    table), shorter than 1/40 of the page: it is taken from RULE_GLYPHS letters' height on.
    """
    _, threshold = adaptive_threshold(cv2.cvtColor(gray, cv2.COLOR_GRAY2BGR))
    horizontal_mask, horizontal = find_lines(threshold, direction="horizontal", line_scale=RULE_SCALE)
    shortest = min(gray.shape[0] / RULE_SCALE, RULE_GLYPHS * _glyph_height(_binarised(gray)))
    vertical_mask, vertical = find_lines(threshold, direction="vertical",
                                         line_scale=max(1, int(gray.shape[0] / shortest)))
    margin = np.ones((2 * RULE_MARGIN_PX + 1,) * 2, np.uint8)
    mask = cv2.dilate(cv2.bitwise_or(horizontal_mask, vertical_mask), margin)
    rules = [Rule(x1 / scale, x2 / scale, y / scale, y / scale) for x1, y, x2, _ in horizontal]
    rules += [Rule(x / scale, x / scale, min(y1, y2) / scale, max(y1, y2) / scale) for x, y1, _, y2 in vertical]
    return mask, rules


# --- hOCR -------------------------------------------------------------------------------------

def _title(element, key: str) -> list[float] | None:
    match = _TITLE_RE[key].search(element.get("title", ""))
    return [float(v) for v in match.group(1).split()] if match else None


def _hocr_lines(hocr: bytes) -> list[_OcrLine]:
    if not hocr.strip():
        return []
    document = lxml.html.fromstring(hocr)
    return [line for element in document.iter("span") if element.get("class") in _LINE_CLASSES
            for line in _hocr_line(element)]


def _hocr_line(element) -> list[_OcrLine]:
    """The line's words, split where they stand on different baselines: Tesseract sometimes
    takes a table row whose label wraps around its numbers for one line."""
    x0, _, _, bottom = _title(element, "bbox")
    slope, offset = _title(element, "baseline") or [0.0, 0.0]
    words = []
    for span in element.iter("span"):
        text = span.text_content().strip()
        if span.get("class") != "ocrx_word" or not text:
            continue
        box = tuple(_title(span, "bbox"))
        line_baseline = bottom + offset + slope * ((box[0] + box[2]) / 2 - x0)
        words.append(_OcrWord(text, box, (_title(span, "x_wconf") or [0.0])[0] / 100,
                              _baseline(text, box, line_baseline)))
    if not words:
        return []
    x_height = _x_height(element, words)
    rows = _rows_by_baseline(words, x_height or (_capital_height(words) or 0) / DEFAULT_CAPITAL_RATIO)
    if len(rows) == 1:
        return [_OcrLine(words, x_height, _capital_height(words))]
    return [_OcrLine(row, None, _capital_height(row)) for row in rows]


def _rows_by_baseline(words: list[_OcrWord], x_height: float) -> list[list[_OcrWord]]:
    """Words grouped by the baseline they stand on, within a share of the x-height."""
    if x_height <= 0:
        return [words]
    rows: list[list[_OcrWord]] = []
    for word in sorted(words, key=lambda w: w.baseline):
        if rows and word.baseline - rows[-1][-1].baseline <= _ONE_BASELINE * x_height:
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w.box[0])
    return rows


def _descends(text: str) -> bool:
    return any(ch in _DESCENDERS for ch in text)


def _stands_on_ink(text: str) -> bool:
    """Letters or digits and nothing below the baseline: the ink's bottom is the baseline."""
    return not _descends(text) and any(ch.isalnum() for ch in text)


def _baseline(text: str, box: Box, line_baseline: float) -> float:
    """The word's own baseline: its ink's bottom where that is one; else the line's where it
    passes through the word's lower half; else a descender's depth above the ink's bottom."""
    top, bottom = box[1], box[3]
    if _stands_on_ink(text):
        return bottom
    if top + (bottom - top) / 2 < line_baseline <= bottom:
        return line_baseline
    return bottom - DESCENDER_SHARE * (bottom - top)


def _x_height(element, words: list[_OcrWord]) -> float | None:
    """Tesseract's x-height of the line, where it has x-height letters to measure it by."""
    letters = sum(ch in _X_LETTERS for word in words for ch in word.text)
    if letters < _MIN_X_LETTERS:
        return None
    size, descenders, ascenders = (_title(element, key) for key in ("x_size", "x_descenders", "x_ascenders"))
    if not (size and descenders and ascenders):
        return None
    height = size[0] - descenders[0] - ascenders[0]
    return height if height > 0 else None


def _capital_height(words: list[_OcrWord]) -> float | None:
    """How tall digits and capitals stand: the ink of words made of them alone."""
    heights = [w.box[3] - w.box[1] for w in words
               if _stands_on_ink(w.text) and "Å" not in w.text and not any(ch.islower() for ch in w.text)
               and any(ch.isdigit() or ch.isupper() for ch in w.text)]
    return statistics.median(heights) if heights else None
