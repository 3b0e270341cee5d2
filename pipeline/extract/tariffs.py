"""What every tariff extractor shares: reading a printed value, a period, a footnote
marker, a VAT remark, and building the `tariffs` row.

The extractors (tariffs_pdf.py, tariffs_html.py) find the structure; this module says
what the words mean, so that a PDF sheet and a web page of the same tariffs agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.danish import fold_whitespace, parse_number

EXTRACTOR_VERSION = "tariffs-1"

_FREE_RE = re.compile(r"^(?:gratis|fri|frit|0\s*kr\.?|ingen\s+betaling)$", re.IGNORECASE)
_PENDING_RE = re.compile(r"^(?:afventer|afventes|under\s+udarbejdelse|fastsættes\s+senere)\b", re.IGNORECASE)
_ON_REQUEST_RE = re.compile(r"^(?:efter\s+(?:tilbud|regning|aftale|forbrug)|pris\s+efter\s+aftale|"
                            r"på\s+forespørgsel)\b", re.IGNORECASE)
_PER_MILLE_RE = re.compile(r"‰|promille", re.IGNORECASE)
_PERCENT_RE = re.compile(r"%|procent", re.IGNORECASE)
_CURRENCY_RE = re.compile(r"^(?:kr\.?\s*)?(?P<number>[^\s()]+?)(?:\s*kr\.?)?$", re.IGNORECASE)
# "80,00 (130,00 pr 1/11 2023)": a number, then a remark in brackets.
_NUMBER_THEN_REMARK_RE = re.compile(r"^(?P<number>[^\s()]+)\s*\((?P<remark>[^)]*)\)$")
_FOOTNOTE_RE = re.compile(r"\s*(?P<marker>\*+\)?|\(\d{1,2}\)|\d{1,2}\))$")
_VAT_EXCLUDED_RE = re.compile(r"\b(?:ekskl|excl|ekskl|eks|ex)\.?\s*moms\b|\beksklusiv[e]?\s+moms\b|\buden\s+moms\b",
                              re.IGNORECASE)
_SCHOOL_YEAR_RE = re.compile(r"\b(?P<first>(?:19|20)\d{2})\s*/\s*(?P<second>(?:19|20)?\d{2})\b")
_YEAR_RE = re.compile(r"\b(?:19|20)\d{2}\b")


def value_kind(value_text: str) -> tuple[str, float | None]:
    """(value_kind, amount in kroner or None) for a value as printed.

    Only a well-formed Danish number is an amount: "1.07,00" or "238.00" stay text with
    no amount, for validation to flag, rather than become a wrong price.
    """
    text = fold_whitespace(value_text)
    amount = _amount(text)
    if amount is not None:
        return "amount", amount
    if _FREE_RE.match(text):
        return "free", None
    if _PENDING_RE.match(text):
        return "pending", None
    if _ON_REQUEST_RE.match(text):
        return "on_request", None
    if _PER_MILLE_RE.search(text):
        return "per_mille", None
    if _PERCENT_RE.search(text):
        return "percent", None
    return "text", None


def _amount(text: str) -> float | None:
    for pattern in (_CURRENCY_RE, _NUMBER_THEN_REMARK_RE):
        match = pattern.match(text)
        if match:
            number = parse_number(match["number"])
            if number is not None:
                return float(number)
    return None


def value_remark(value_text: str) -> str | None:
    """The bracketed remark after a price: "130,00 pr 1/11 2023" of "80,00 (130,00 pr 1/11 2023)"."""
    match = _NUMBER_THEN_REMARK_RE.match(fold_whitespace(value_text))
    return match["remark"] if match and parse_number(match["number"]) is not None else None


def split_footnote_marker(item: str) -> tuple[str, str | None]:
    """("43 timer", "*)") for "43 timer *)": the marker comes off the item, kept apart."""
    text = fold_whitespace(item)
    match = _FOOTNOTE_RE.search(text)
    if not match or match.start() == 0:
        return text, None
    before = text[:match.start()]
    if match["marker"].endswith(")") and before.count("(") > before.count(")"):
        return text, None  # "(afgift 1)": the bracket closes the item's own
    return before.rstrip(), match["marker"]


def footnote_key(marker: str) -> str:
    """The marker as a footnote line starts with it: "*)" for "*" or "*)", "1)" for "(1)"."""
    marker = marker.strip("()")
    return marker + ")"


def says_vat_excluded(text: str) -> bool:
    return bool(_VAT_EXCLUDED_RE.search(text))


def period_of(text: str) -> str | None:
    """"2019/2020" for "Skoleår 2019/2020" or "2019/20"; "2020" for "Enhedstakst 2020"; else None."""
    school = _SCHOOL_YEAR_RE.search(text)
    if school:
        second = school["second"]
        if len(second) == 2:
            second = school["first"][:2] + second
        return f"{school['first']}/{second}"
    years = _YEAR_RE.findall(text)
    return years[-1] if years else None


@dataclass
class Tariff:
    """One tariff value as an extractor found it; `row()` gives its `tariffs` row."""
    item: str
    unit: str | None
    period: str
    value_text: str
    section_path: list[str] = field(default_factory=list)
    committee: str | None = None
    vat_excluded: bool | None = None
    note: str | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None

    def row(self, document_id: str, row_number: int) -> dict:
        item, marker = split_footnote_marker(self.item)
        kind, amount = value_kind(self.value_text)
        notes = [n for n in (self.note, value_remark(self.value_text)) if n]
        if marker and not self.note:
            notes.insert(0, marker)
        x0, top, x1, bottom = self.bbox or (None, None, None, None)
        return {
            "document_id": document_id,
            "page": self.page,
            "committee": self.committee,
            "section": self.section_path[-1] if self.section_path else None,
            "item": item,
            "unit": fold_whitespace(self.unit) if self.unit else None,
            "period": self.period,
            "value_text": fold_whitespace(self.value_text),
            "amount_dkk": amount,
            "value_kind": kind,
            "vat_excluded": True if self.vat_excluded else None,
            "section_path": " > ".join(self.section_path) if self.section_path else None,
            "note": " ".join(notes) or None,
            "row_number": row_number,
            "bbox_x0": x0, "bbox_top": top, "bbox_x1": x1, "bbox_bottom": bottom,
        }


@dataclass
class TariffDocument:
    title: str | None
    year: str | None          # as the document states it: "2023", "2019-2020"
    pages: int | None
    tariffs: list[Tariff]

    def rows(self, document_id: str) -> list[dict]:
        return [t.row(document_id, n) for n, t in enumerate(self.tariffs, start=1)]
