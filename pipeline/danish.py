"""Danish number and unit conventions, strictly.

`36.723` is thirty-six thousand and `1.077,00` is 1077.00. A number that is not
well formed by these rules (`1.07,00`, `238.00`) is not a number: callers keep it
as text so that validation can flag it, rather than publish a wrong value.
"""

from __future__ import annotations

import re
from decimal import Decimal

# A minus may be printed as hyphen, Unicode minus, en dash or the Danish "÷".
_MINUS = "-\u2212\u2013\u00f7"
NUMBER_RE = re.compile(
    rf"^(?P<sign>[{_MINUS}]\s?)?"
    r"(?P<int>\d{1,3}(?:\.\d{3})+|\d+)"
    r"(?:,(?P<frac>\d+))?$"
)
# Looks like a number (digits with separators) whether or not it is well formed.
NUMBER_LIKE_RE = re.compile(rf"^[{_MINUS}]?\s?\d[\d.,]*$")

_UNIT_RE = re.compile(
    r"(?:^|\b)(?:i\s+)?(?P<scale>1\.000|1000|t\.?|mio\.?|mill?\.?|mia\.?)?\s*kr\b\.?",
    re.IGNORECASE,
)
_SCALES = {"1.000": 1_000, "1000": 1_000, "t": 1_000, "mio": 1_000_000, "mill": 1_000_000,
           "mil": 1_000_000, "mia": 1_000_000_000}


def parse_number(text: str) -> Decimal | None:
    """The value of a well-formed Danish number, or None."""
    match = NUMBER_RE.match(text.strip())
    if not match:
        return None
    digits = match["int"].replace(".", "")
    if match["frac"]:
        digits += "." + match["frac"]
    value = Decimal(digits)
    return -value if match["sign"] else value


def is_number(text: str) -> bool:
    return parse_number(text) is not None


def looks_like_number(text: str) -> bool:
    """Digits and separators, well formed or not: what validation must check."""
    return bool(NUMBER_LIKE_RE.match(text.strip()))


def format_number(value: Decimal | int, decimals: int = 0) -> str:
    """The inverse of parse_number: how a Danish document prints `value`."""
    quantized = Decimal(value).quantize(Decimal(1).scaleb(-decimals))
    sign = "-" if quantized < 0 else ""
    integer, _, fraction = f"{abs(quantized):f}".partition(".")
    grouped = f"{int(integer):,}".replace(",", ".")
    return sign + grouped + ("," + fraction if fraction else "")


def unit_multiplier(text: str) -> int | None:
    """Kroner per printed unit for a stub such as "I 1.000 kr.", "t.kr." or "mio. kr."."""
    match = _UNIT_RE.search(text)
    if not match:
        return None
    scale = (match["scale"] or "").lower().rstrip(".")
    return _SCALES.get(scale, 1)


def fold_whitespace(text: str) -> str:
    return " ".join(text.split())
