"""Column headers of budget tables: which words make a header, what measure and year a
header names, and where a table states its unit.

The page triage (plain text, every page) and the table parser (positioned words, the
pages triage keeps) ask the same questions here, so a page the parser could read is a
page the triage keeps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.danish import fold_whitespace, unit_multiplier
from pipeline.extract import budget_params as params

_MEASURE_RES = [(measure, params.compile_ci(rf"^(?:{words})\s*(?:{params.HEADER_YEAR})?$"))
                for measure, words in params.MEASURE_WORDS.items()]
_OUT_YEAR_RE = params.compile_ci(rf"^(?:{params.OUT_YEAR_ORDINAL})(?:\s+(?P<year>(?:19|20)\d{{2}}))?$")
_BARE_YEAR_RE = re.compile(r"^(?:19|20)\d{2}$")
_NOISE_RES = [params.compile_ci(p) for p in params.HEADER_NOISE]
_WRAP_HYPHEN_RE = re.compile(r"(?<=\w)-\s+(?=[a-zæøå])")
_YEAR_FIRST_RE = re.compile(r"^((?:19|20)\d{2})\s+(\D.*)$")
_HEADER_WORD_RE = params.compile_ci(rf"^(?:{params.HEADER_WORD})$")
_NUMBER_WORD_RE = re.compile(r"^'?\d+$")
_UNIT_STUB_RE = params.compile_ci(params.UNIT_STUB)
_UNIT_STATED_RE = params.compile_ci(params.UNIT_STATED)
_DOCUMENT_UNIT_RE = params.compile_ci(params.DOCUMENT_UNIT)


@dataclass(frozen=True)
class HeaderReading:
    """What a header's text says, before the table and document fill in the year."""
    measure: str | None
    year: int | None
    out_year: int | None = None   # BO2 → 2: the budget year plus two

    @property
    def bare_year(self) -> bool:
        return self.measure is None and self.year is not None


def normalise(header: str) -> str:
    """Lower case, white space folded, hyphenated wraps joined ("Budget- overslag"), and
    what only qualifies a header (a price basis in brackets, a footnote mark) taken off."""
    text = _WRAP_HYPHEN_RE.sub("", fold_whitespace(header))
    for noise in _NOISE_RES:
        text = noise.sub(" ", text)
    return fold_whitespace(text).lower()


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'")
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def read_header(header: str) -> HeaderReading:
    """("technical_budget", 2026) for "Tekn. B26"; forecast with out_year 1 for "BO1".

    A year printed above its measure ("2024" / "Regnskab") is read after it, and a word a
    narrow column broke without a hyphen ("Budgetov" / "erslag 2028") with the spaces
    taken out."""
    text = normalise(header)
    for attempt in (text, _YEAR_FIRST_RE.sub(r"\2 \1", text), text.replace(" ", "")):
        reading = _read(attempt)
        if reading.measure is not None or reading.bare_year:
            return reading
    return reading


def _read(text: str) -> HeaderReading:
    out_year = _OUT_YEAR_RE.match(text)
    if out_year:
        return HeaderReading("forecast", _year(out_year["year"]),
                             int(out_year["ordinal"] or out_year["ordinal2"]))
    for measure, pattern in _MEASURE_RES:
        match = pattern.match(text)
        if match:
            return HeaderReading(measure, _year(match["year"]))
    if _BARE_YEAR_RE.match(text):
        return HeaderReading(None, int(text))
    return HeaderReading(None, None)


@dataclass(frozen=True)
class BudgetYears:
    """The document's budget year, and whether it is a multi-year budget (out-years)."""
    budget_year: int | None
    multi_year: bool


def resolve(readings: list[HeaderReading], years: BudgetYears, money: bool = True
            ) -> list[tuple[str | None, int | None]]:
    """(measure, fiscal year) per column of one table.

    Out-years numbered "BO1".."BO3" count from the table's own budget column left of
    them, else from the document's budget year; "Tillæg" and "Teknisk budget" without a
    year are the budget year's; a bare year is named by the multi-year convention, and
    only over money (`money`: not key figures or prices).
    """
    resolved = []
    for index, reading in enumerate(readings):
        measure, year = reading.measure, reading.year
        if reading.out_year is not None and year is None:
            base = _budget_column_year(readings[:index]) or years.budget_year
            year = base + reading.out_year if base else None
        elif measure in params.YEAR_IMPLIED and year is None:
            year = years.budget_year
        elif reading.bare_year and money:
            measure = _bare_year_measure(year, years)
        resolved.append((measure, year))
    return resolved


def _budget_column_year(left: list[HeaderReading]) -> int | None:
    for reading in reversed(left):
        if reading.measure in ("adopted_budget", "technical_budget") and reading.year:
            return reading.year
    return None


def _bare_year_measure(year: int | None, years: BudgetYears) -> str | None:
    if not (years.multi_year and years.budget_year and year):
        return None
    budget, forecast = params.BARE_YEAR_MEASURES
    return budget if year == years.budget_year else forecast if year > years.budget_year else None


# --- which lines are headers ---------------------------------------------------------------

def is_header_word(word: str) -> bool:
    return bool(_HEADER_WORD_RE.match(word.strip(",:;")))


def names_measure(word: str) -> bool:
    """A header word that is not just a number: "Budget", "R23", "BO1", "Tillæg"."""
    return is_header_word(word) and not _NUMBER_WORD_RE.match(word) and word.strip("*")


def is_header_phrase(phrase: str) -> bool:
    words = normalise(phrase).split()
    return bool(words) and all(is_header_word(w) for w in words)


def is_year_phrase(phrase: str) -> bool:
    return bool(_BARE_YEAR_RE.match(normalise(phrase)))


def header_signal(text: str) -> bool:
    """Plain text that may be (part of) a table header: a unit stub, or a run of header
    words naming a measure that is the line's tail or longer than "budget 2026" in prose.

    The table parser asks this of every line it takes for a header's first line, and the
    page triage of every line of plain text, so triage never skips a page the parser reads.
    """
    text = fold_whitespace(text)
    if unit_stub(text) or _UNIT_STATED_RE.search(text):
        return True
    words = normalise(text).split()
    run: list[str] = []
    for position, word in enumerate(words + [""]):
        if word and is_header_word(word):
            run.append(word)
            continue
        at_end = position == len(words)
        named = any(names_measure(w) for w in run)
        years = sum(bool(_BARE_YEAR_RE.match(w)) for w in run)
        if (named and (len(run) >= 3 or at_end)) or (at_end and years >= 2):
            return True
        run = []
    return False


def header_columns(phrases: list[str]) -> list[str] | None:
    """The column-header phrases of a line that starts a header, or None if it does not.

    A header line is all header phrases naming at least one measure, or a stub phrase
    (any text at the left) followed by column phrases of which at least half are header
    phrases, naming a measure or at least two years (a key-figures table over years).
    """
    if not phrases:
        return None
    has_stub = not is_header_phrase(phrases[0])
    columns = phrases[1:] if has_stub else phrases
    header = [p for p in columns if is_header_phrase(p)]
    if not columns or 2 * len(header) < len(columns):
        return None
    named = any(any(names_measure(w) for w in normalise(p).split()) for p in header)
    years = sum(is_year_phrase(p) for p in header)
    return columns if named or (has_stub and years >= 2) else None


def names_columns(columns: list[str], has_stub: bool) -> bool:
    """Column texts assembled from a header of several lines ("Regnsk" / "ab 2024": a word
    broken by a narrow column) that name measures as header_columns asks of one line."""
    readings = [read_header(text) for text in columns]
    named = sum(r.measure is not None for r in readings)
    years = sum(r.bare_year for r in readings)
    return bool(named or (has_stub and years >= 2)) and 2 * (named + years) >= len(columns) > 0


# --- units -----------------------------------------------------------------------------------

def unit_stub(text: str) -> str | None:
    """The unit stub ("I 1.000 kr.", "Mio. kr.", "(1.000 kr.)") a header line starts with."""
    match = _UNIT_STUB_RE.match(text.strip())
    return match.group(0).strip() if match else None


def stated_unit(text: str) -> str | None:
    """A unit a caption or title states ("Beløb i mio. kr. (2026-priser)"); not an amount."""
    match = _UNIT_STATED_RE.search(fold_whitespace(text))
    return match.group(0).strip() if match and unit_multiplier(match.group(0)) else None


def document_unit(text: str) -> str | None:
    """The unit a document states once for all its tables: "Alle beløb er i 1.000 kr."."""
    match = _DOCUMENT_UNIT_RE.search(fold_whitespace(text))
    return match["unit"].strip() if match else None
