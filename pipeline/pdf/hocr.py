"""Tesseract's hOCR as lines of words with what the page model needs: each word's box,
confidence and baseline, each line's x-height and the height of its digits and capitals.

Tesseract sometimes takes a table row whose label wraps around its numbers for one line:
words of one line that stand on different baselines are split into lines.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass

import lxml.html

Box = tuple[float, float, float, float]   # x0, top, x1, bottom

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
_LINE_CLASSES = ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")
_TITLE_RE = {key: re.compile(rf"\b{key}\s+(-?[\d.]+(?:\s+-?[\d.]+)*)")
             for key in ("bbox", "baseline", "x_size", "x_descenders", "x_ascenders", "x_wconf")}


@dataclass
class OcrWord:
    text: str
    box: Box           # pixels of the straightened page
    confidence: float  # 0-1
    baseline: float    # y of the baseline the word stands on, pixels


@dataclass
class OcrLine:
    words: list[OcrWord]
    x_height: float | None          # pixels, where the line has letters to measure it by
    capital_height: float | None    # pixels: digits' and capitals' height above the baseline

    @property
    def baseline(self) -> float:
        return statistics.median(w.baseline for w in self.words)


def _title(element, key: str) -> list[float] | None:
    match = _TITLE_RE[key].search(element.get("title", ""))
    return [float(v) for v in match.group(1).split()] if match else None


def hocr_lines(hocr: bytes) -> list[OcrLine]:
    if not hocr.strip():
        return []
    document = lxml.html.fromstring(hocr)
    return [line for element in document.iter("span") if element.get("class") in _LINE_CLASSES
            for line in _hocr_line(element)]


def _hocr_line(element) -> list[OcrLine]:
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
        words.append(OcrWord(text, box, (_title(span, "x_wconf") or [0.0])[0] / 100,
                              _baseline(text, box, line_baseline)))
    if not words:
        return []
    x_height = _x_height(element, words)
    rows = _rows_by_baseline(words, x_height or (capital_height(words) or 0) / DEFAULT_CAPITAL_RATIO)
    if len(rows) == 1:
        return [OcrLine(words, x_height, capital_height(words))]
    return [OcrLine(row, None, capital_height(row)) for row in rows]


def _rows_by_baseline(words: list[OcrWord], x_height: float) -> list[list[OcrWord]]:
    """Words grouped by the baseline they stand on, within a share of the x-height."""
    if x_height <= 0:
        return [words]
    rows: list[list[OcrWord]] = []
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


def _x_height(element, words: list[OcrWord]) -> float | None:
    """Tesseract's x-height of the line, where it has x-height letters to measure it by."""
    letters = sum(ch in _X_LETTERS for word in words for ch in word.text)
    if letters < _MIN_X_LETTERS:
        return None
    size, descenders, ascenders = (_title(element, key) for key in ("x_size", "x_descenders", "x_ascenders"))
    if not (size and descenders and ascenders):
        return None
    height = size[0] - descenders[0] - ascenders[0]
    return height if height > 0 else None


def capital_height(words: list[OcrWord]) -> float | None:
    """How tall digits and capitals stand: the ink of words made of them alone."""
    heights = [w.box[3] - w.box[1] for w in words
               if _stands_on_ink(w.text) and "Å" not in w.text and not any(ch.islower() for ch in w.text)
               and any(ch.isdigit() or ch.isupper() for ch in w.text)]
    return statistics.median(heights) if heights else None
