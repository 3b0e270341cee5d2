"""A scanned page made ready for OCR: straightened, its table rules found, black text on white.

The skew is measured by projection profile (the angle at which the rows' ink is
sharpest); rules are found by camelot's image processing (adaptive threshold,
morphological opening), kept in points and painted out of the image Tesseract reads, so
that no grid line is read as "|", "]" or "!"; shading is evened out against the page's
background before Otsu's threshold.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
from camelot.image_processing import adaptive_threshold, find_lines

from pipeline.pdf.words import Rule

# Median filter (pixels at the OCR resolution, 300 dpi): takes out specks and grain up to a 200 dpi scan's pixel
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


@dataclass
class PreparedPage:
    turn: np.ndarray    # 2×3 affine: scanned pixels → straightened pixels
    ink: np.ndarray     # the straightened page, black text on white, rules painted out
    rules: list[Rule]   # in points, on the straightened page


def prepare_page(gray: np.ndarray, scale: float) -> PreparedPage:
    """`gray` rendered at `scale` pixels per point, ready for OCR."""
    clean = cv2.medianBlur(gray, NOISE_FILTER_PX)
    height, width = clean.shape
    turn = cv2.getRotationMatrix2D((width / 2, height / 2), skew_degrees(clean), 1.0)
    straight = cv2.warpAffine(clean, turn, (width, height), flags=cv2.INTER_CUBIC, borderValue=255)
    rule_mask, rules = find_rules(straight, scale)
    ink = binarised(straight)
    ink[rule_mask > 0] = 255
    return PreparedPage(turn, ink, rules)


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


def binarised(gray: np.ndarray) -> np.ndarray:
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
    shortest = min(gray.shape[0] / RULE_SCALE, RULE_GLYPHS * _glyph_height(binarised(gray)))
    vertical_mask, vertical = find_lines(threshold, direction="vertical",
                                         line_scale=max(1, int(gray.shape[0] / shortest)))
    margin = np.ones((2 * RULE_MARGIN_PX + 1,) * 2, np.uint8)
    mask = cv2.dilate(cv2.bitwise_or(horizontal_mask, vertical_mask), margin)
    rules = [Rule(x1 / scale, x2 / scale, y / scale, y / scale) for x1, y, x2, _ in horizontal]
    rules += [Rule(x / scale, x / scale, min(y1, y2) / scale, max(y1, y2) / scale) for x, y1, _, y2 in vertical]
    return mask, rules
