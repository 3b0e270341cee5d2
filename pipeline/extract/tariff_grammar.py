"""What the words of a tariff list mean: a value, a unit, a period, a footnote, a VAT
remark, a committee, a rate line, a line that is a whole tariff.

The structure finders (tariffs_pdf.py for pages, tariffs_html.py for web pages) find rows,
cells and headings and hand their text here, so a sheet and a web page of the same
tariffs are read by the same rules. The words and limits come from tariff_params.py.
Nothing here knows where a text stands; only what it says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.danish import fold_whitespace, parse_number
from pipeline.extract import tariff_params as params


def _alternatives(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(words) + ")"


def _whole(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(rf"^{_alternatives(words)}$", re.IGNORECASE)


_CURRENCY = _alternatives(params.CURRENCY_WORDS)
# A number as printed, well formed or not: "2,00", "238.00", "1.07,00", "-400".
NUMBER = r"[-\u2212\u2013\u00f7]?\d(?:[\d.,]*\d)?"
_DASH = params.WHOLE_KRONER_DASH
# One price in any notation: "65,00", "65,00 kr.", "kr. 1.250", "1.250 kr.", "125,-".
_PRICE_RE = re.compile(
    rf"^(?:{_CURRENCY}\s*)?(?P<number>{NUMBER})(?P<dash>{_DASH})?(?:\s*{_CURRENCY})?$", re.IGNORECASE)
# "80,00 (130,00 pr 1/11 2023)": a price, then a remark in brackets.
_PRICE_THEN_REMARK_RE = re.compile(rf"^(?P<number>{NUMBER})\s*\((?P<remark>[^)]*)\)$")
_WORD_VALUE_RES = {
    kind: re.compile(rf"^{_alternatives(words)}" + (r"$" if kind in params.WHOLE_CELL_KINDS else r"(?!\w)"),
                     re.IGNORECASE)
    for kind, words in params.VALUE_WORDS.items()
}
WORD_KINDS = tuple(params.VALUE_WORDS)
_PER_MILLE_RE = re.compile(_alternatives(params.PER_MILLE_WORDS), re.IGNORECASE)
_PERCENT_RE = re.compile(_alternatives(params.PERCENT_WORDS) + r"(?!\w)", re.IGNORECASE)
_RATE_RE = re.compile(rf"^{NUMBER}\s*(?:{_alternatives(params.PERCENT_WORDS + params.PER_MILLE_WORDS)})(?!\w)",
                      re.IGNORECASE)


# --- values ------------------------------------------------------------------------------------

def value_kind(value_text: str) -> tuple[str, float | None]:
    """(value_kind, amount in kroner or None) for a value as printed.

    Only a well-formed Danish number is an amount: "1.07,00" or "238.00" stay text with
    no amount, for validation to flag, rather than become a wrong price.
    """
    text = fold_whitespace(value_text)
    amount = _amount(text)
    if amount is not None:
        return "amount", amount
    for kind, pattern in _WORD_VALUE_RES.items():
        if pattern.match(text):
            return kind, None
    if _PER_MILLE_RE.search(text):
        return "per_mille", None
    if _PERCENT_RE.search(text):
        return "percent", None
    return "text", None


def is_value(text: str) -> bool:
    """The text is a value a tariff can have: a price, a word value or a rate."""
    return value_kind(text)[0] != "text"


_NUMBER_LIKE_RE = re.compile(rf"^(?:{_CURRENCY}\s*)?{NUMBER}(?:{_DASH})?(?:\s*{_CURRENCY})?$", re.IGNORECASE)


def looks_like_value(text: str) -> bool:
    """A value, or a number printed where a value stands though not well formed ("238.00"):
    kept as it is printed, for validation to flag, rather than dropped."""
    return is_value(text) or bool(_NUMBER_LIKE_RE.match(fold_whitespace(text)))


def is_word_value(text: str) -> bool:
    return value_kind(text)[0] in WORD_KINDS


def _amount(text: str) -> float | None:
    match = _PRICE_RE.match(text) or _PRICE_THEN_REMARK_RE.match(text)
    if not match:
        return None
    if match.groupdict().get("dash"):
        whole = match["number"]
        return float(parse_number(whole)) if "," not in whole and parse_number(whole) is not None else None
    number = parse_number(match["number"])
    return float(number) if number is not None else None


def value_remark(value_text: str) -> str | None:
    """The bracketed remark after a price: "130,00 pr 1/11 2023" of "80,00 (130,00 pr 1/11 2023)"."""
    match = _PRICE_THEN_REMARK_RE.match(fold_whitespace(value_text))
    return match["remark"] if match and parse_number(match["number"]) is not None else None


def is_rate_line(text: str) -> bool:
    """A rate standing for the value: "0,074 promille af ejendomsværdi", "10 % af lejen"."""
    return bool(_RATE_RE.match(fold_whitespace(text)))


# --- periods -------------------------------------------------------------------------------------

_SCHOOL_YEAR_RE = re.compile(rf"\b(?P<first>{params.YEAR})\s*{params.SCHOOL_YEAR_SEPARATORS}\s*"
                             r"(?P<second>(?:19|20)?\d{2})\b")
_YEAR_RE = re.compile(rf"\b{params.YEAR}\b")
_BARE_YEAR_RE = re.compile(rf"^{params.YEAR}$")
_YEAR_SPAN_RE = re.compile(rf"(?<!\d)(?P<first>{params.YEAR})(?:\s*[-–]\s*(?P<last>{params.YEAR}))?(?!\d)")
_TITLE_YEAR_RE = re.compile(
    rf"\b{_alternatives(params.TITLE_YEAR_LEAD)}\s+(?:for\s+)?(?P<year>{params.YEAR}(?:\s*[-–/]\s*(?:19|20)?\d{{2}})?)\b",
    re.IGNORECASE)


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


def is_year(text: str) -> bool:
    return bool(_BARE_YEAR_RE.match(text.strip()))


def year_span(text: str | None) -> str | None:
    """"2019-2020" or "2023" as a title states it."""
    match = _YEAR_SPAN_RE.search(text or "")
    if not match:
        return None
    return match["first"] + (f"-{match['last']}" if match["last"] else "")


def title_year(text: str) -> str | None:
    """The year a page's title gives its tariffs: "Takster 2023", "Takstblad for 2019-2020"."""
    match = _TITLE_YEAR_RE.search(text)
    return re.sub(r"\s+", "", match["year"]).replace("–", "-") if match else None


# --- column headers -----------------------------------------------------------------------------

_PERIOD_HEADER_WORD_RE = re.compile(
    rf"^(?:{_alternatives(params.PERIOD_HEADER_WORDS)}|{params.YEAR}(?:\s*/\s*(?:19|20)?\d{{2}})?)$", re.IGNORECASE)
_VAT_HEADER_RE = re.compile(rf"\b{_alternatives(params.VAT_HEADER_WORDS)}\b", re.IGNORECASE)
_REMARK_HEADER_RE = re.compile(rf"\b{_alternatives(params.REMARK_HEADER_WORDS)}\b", re.IGNORECASE)
_VALUE_HEADER_RE = re.compile(rf"(?<!\w){_alternatives(params.VALUE_HEADER_WORDS)}(?!\w)", re.IGNORECASE)
_UNIT_HEADER_RE = re.compile(rf"^{_alternatives(params.UNIT_HEADER_WORDS)}$", re.IGNORECASE)
_ITEM_HEADER_RE = re.compile(rf"^{_alternatives(params.ITEM_HEADER_WORDS)}\b", re.IGNORECASE)

ITEM, UNIT, VALUE, VAT, REMARK = "item", "unit", "value", "vat", "remark"
_ROLE_HEADERS = (ITEM, UNIT, VAT, REMARK)


def is_header_word(word: str) -> bool:
    """A word a period column's header is made of: "Enheds-", "takst", "2019", "(kr.)"."""
    return bool(_PERIOD_HEADER_WORD_RE.match(word))


_PERIOD_HEADER_LEAD_RE = _whole(params.PERIOD_HEADER_LEADS)


def header_cells(words: list[str]) -> list[tuple[int, int]] | None:
    """Where a run of header words printed too close together splits into cells, as word
    index ranges: "Takst 2024 (kr.) Takst 2025 (kr.) Enhed" is three cells. A cell holds at
    most one period and one leading word ("Takst", "Pris", "Skoleår"); a word naming the
    unit, VAT, remarks or the item is a cell of its own. None unless the words are all
    header words and name two cells or more."""
    roles = [header_role(word) for word in words]
    if not all(role in _ROLE_HEADERS or is_header_word(word) for word, role in zip(words, roles)):
        return None
    cells: list[list[int]] = []
    lead = period = closed = False
    for index, (word, role) in enumerate(zip(words, roles)):
        alone = role in _ROLE_HEADERS
        starts = _PERIOD_HEADER_LEAD_RE.match(word) is not None
        is_period = period_of(word) is not None
        broken = index > 0 and words[index - 1].endswith("-")      # "Enheds-" + "takst"
        if not cells or (not broken and (closed or alone or (starts and (lead or period)) or (is_period and period))):
            cells.append([index])
            lead, period = starts, is_period
        else:
            cells[-1].append(index)
            lead, period = lead or starts, period or is_period
        closed = alone                        # nothing joins a role word's cell
    anchors = sum(1 for cell in cells if any(roles[i] in _ROLE_HEADERS or period_of(words[i])
                                             or _PERIOD_HEADER_LEAD_RE.match(words[i]) for i in cell))
    return [(cell[0], cell[-1] + 1) for cell in cells] if len(cells) > 1 and anchors > 1 else None


def header_role(text: str) -> str | None:
    """What a column header names: VALUE (a period, or prices), UNIT, VAT, REMARK, ITEM, or None."""
    text = fold_whitespace(text)
    if not text:
        return None
    if period_of(text):
        return VALUE
    if _VAT_HEADER_RE.search(text):
        return VAT
    if _REMARK_HEADER_RE.search(text):
        return REMARK
    if _UNIT_HEADER_RE.match(text.rstrip(":")):
        return UNIT
    if _VALUE_HEADER_RE.search(text):
        return VALUE
    if _ITEM_HEADER_RE.match(text):
        return ITEM
    return None


# --- units ------------------------------------------------------------------------------------

_CURRENCY_WORD_RE = re.compile(rf"^{_CURRENCY}$", re.IGNORECASE)
_PER_WORD_RE = re.compile(rf"^{_alternatives(params.PER_WORDS)}$", re.IGNORECASE)
_UNIT_CELL_RE = re.compile(rf"^{_alternatives(params.UNIT_CELL_START)}(?!\w)", re.IGNORECASE)


def is_unit_text(text: str) -> bool:
    """A unit cell: "Kr. pr. time", "pr. stk.", not a value ("Kr. 250,00")."""
    return bool(_UNIT_CELL_RE.match(fold_whitespace(text))) and not is_value(text)


def _unit_start(words: list[str]) -> int | None:
    """Where the unit starts: at the last currency word near the value, else at "pr." right before it."""
    for i in range(len(words) - 1, -1, -1):
        if _CURRENCY_WORD_RE.match(words[i]) and len(words) - i - 1 <= params.MAX_WORDS_AFTER_CURRENCY:
            return i
    for i in range(len(words) - 1, -1, -1):
        after = words[i + 1:]
        if (_PER_WORD_RE.match(words[i]) and 0 < len(after) <= params.MAX_WORDS_AFTER_PER
                and not any(ch.isdigit() for w in after for ch in w)):
            return i
    return None


# --- a line that is a whole tariff -------------------------------------------------------------

@dataclass(frozen=True)
class TextTariff:
    item: str            # "" where the line holds only a unit and a value
    unit: str | None
    value: str


_VALUE_AT_END_RE = re.compile(rf"(?:^|(?<=\s))(?P<value>{NUMBER}(?:\s*\([^()]*\))?)$")
_RATE_LINE_RE = re.compile(rf"^{NUMBER}\s*(?:%|‰|promille|procent)\s+af\s+[^.]+$", re.IGNORECASE)
_MAX_WORD_VALUE_WORDS = 3    # "Gratis", "Efter tilbud", "Pris efter aftale"


def parse_text_tariff(line: str) -> TextTariff | None:
    """("Kopi", "Kr. pr. ark", "2,00") for "Kopi Kr. pr. ark 2,00"; None for prose.

    A description needs a unit between it and the value, or it is prose that ends in a
    number ("... ultimo 2022"). A line that is only a unit and a value, or only a value,
    has an empty item: the caller names it from the text above.
    """
    line = fold_whitespace(line)
    if _RATE_LINE_RE.match(line):
        return TextTariff("", None, line)
    value = _value_at_end(line)
    if value is None:
        return None
    words = line[:len(line) - len(value)].split()
    if not words:
        return TextTariff("", None, value) if _is_bare_value(value) else None
    unit_start = _unit_start(words)
    if unit_start is None:
        return None
    return TextTariff(" ".join(words[:unit_start]), " ".join(words[unit_start:]), value)


def _value_at_end(line: str) -> str | None:
    match = _VALUE_AT_END_RE.search(line)
    if match:
        return match["value"]
    words = line.split()
    for count in range(1, min(_MAX_WORD_VALUE_WORDS, len(words)) + 1):
        tail = " ".join(words[-count:])
        if is_word_value(tail):
            return tail
    return None


def _is_bare_value(value: str) -> bool:
    """A value standing alone: a word value, or a number printed as money ("690,00"), not "2".
    A word value that ends a sentence ("... efter aftale.") is the end of a wrapped sentence."""
    return (is_word_value(value) and not is_sentence(value)) or bool(re.match(r"^\D?\d+[.,]\d", value))


_LEADER_RE = re.compile(rf"\s*[{re.escape(params.LEADER_CHARS)}](?:\s?[{re.escape(params.LEADER_CHARS)}])"
                        rf"{{{params.MIN_LEADER_CHARS - 1},}}\s*")


def leader_split(line: str) -> tuple[str, str] | None:
    """("Voksne", "65,00 kr.") for "Voksne ........ 65,00 kr.": the text either side of a leader."""
    match = _LEADER_RE.search(line)
    if not match or match.start() == 0 or match.end() == len(line):
        return None
    return fold_whitespace(line[:match.start()]), fold_whitespace(line[match.end():])


def parse_value_cell(text: str) -> tuple[str | None, str] | None:
    """(unit, value) of what stands right of a leader or in a value cell: "65,00 kr." is a
    value as printed; "Kr. pr. time 369,00" a unit and a value; "65,00 pr. time" a value
    and its unit. None if it holds no value."""
    text = fold_whitespace(text)
    if is_value(text) or is_rate_line(text):
        return None, text
    parsed = parse_text_tariff(text)
    if parsed is not None and not parsed.item:
        return parsed.unit, parsed.value
    words = text.split()
    for cut in range(len(words) - 1, 0, -1):     # a value, then its unit: "65,00 pr. time"
        head, tail = " ".join(words[:cut]), words[cut:]
        if (is_value(head) and _PER_WORD_RE.match(tail[0]) and len(tail) <= params.MAX_WORDS_AFTER_PER + 1
                and not any(ch.isdigit() for word in tail for ch in word)):
            return " ".join(tail), head
    return None


_PERIOD_LABEL_RE = re.compile(rf"(?<![\w/])(?P<period>{params.YEAR}(?:\s*/\s*(?:19|20)?\d{{2}})?)\s*:\s*")
_PART_SEPARATOR_RE = re.compile(rf"\s*(?:{_alternatives(params.PERIOD_PART_SEPARATORS)})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class PeriodPart:
    period: str
    value: str
    start: int           # where the value stands in the (white-space folded) line
    end: int


def parse_period_parts(line: str) -> tuple[str, list[PeriodPart]] | None:
    """("Voksne", [2024: "60,00 kr.", 2025: "65,00 kr."]) for "Voksne 2024: 60,00 kr. /
    2025: 65,00 kr.": a line that names its own periods. Every part must be a value; the
    text before the first is the item (maybe empty)."""
    line = fold_whitespace(line)
    labels = list(_PERIOD_LABEL_RE.finditer(line))
    if not labels:
        return None
    parts = []
    for label, following in zip(labels, labels[1:] + [None]):
        raw = line[label.end():following.start() if following else len(line)]
        value = (_PART_SEPARATOR_RE.sub("", raw) if following else raw).strip()
        if not is_value(value):
            return None
        start = label.end() + (len(raw) - len(raw.lstrip()))
        parts.append(PeriodPart(period_of(label["period"]), value, start, start + len(value)))
    lead = line[:labels[0].start()].strip().rstrip(":–-").strip()
    return lead, parts


_ENDS_WITH_LABEL_RE = re.compile(rf"(?<![\w/]){params.YEAR}(?:\s*/\s*(?:19|20)?\d{{2}})?\s*:$")
_STARTS_WITH_LABEL_RE = re.compile(rf"^{params.YEAR}(?:\s*/\s*(?:19|20)?\d{{2}})?\s*:")


def wraps_period_part(upper: str, lower: str) -> bool:
    """A line naming its periods that wrapped: "... / 2028:" above "506,88", or "... 370,00 /"
    above "2028: 506,88"."""
    upper, lower = fold_whitespace(upper), fold_whitespace(lower)
    if not _PERIOD_LABEL_RE.search(upper):
        return False
    return bool(_ENDS_WITH_LABEL_RE.search(upper)) or (
        bool(re.search(rf"(?:{_alternatives(params.PERIOD_PART_SEPARATORS)})$", upper)) and bool(_STARTS_WITH_LABEL_RE.match(lower)))


@dataclass(frozen=True)
class LineTariff:
    item: str            # "" where the line names no item
    unit: str | None
    period: str | None   # None: the period the document or its table gives
    value: str
    value_at: tuple[int, int] = (0, 0)         # where value and unit stand in the white-space folded line
    unit_at: tuple[int, int] | None = None


def line_tariffs(line: str) -> list[LineTariff]:
    """The tariffs a line of text states: "Voksne ........ 65,00 kr." (a leader), "Voksne:
    2024: 60,00 kr. / 2025: 65,00 kr." (its own periods), "Kopi Kr. pr. ark 2,00"."""
    line = fold_whitespace(line)
    leader = _LEADER_RE.search(line)
    if leader and 0 < leader.start() and leader.end() < len(line) and (cell := parse_value_cell(line[leader.end():])):
        unit, value = cell
        right = line[leader.end():]
        value_start = leader.end() + (len(right) - len(value) if right.endswith(value) else 0)
        value_end = value_start + len(value)
        unit_at = ((leader.end(), value_start) if value_start > leader.end() else (value_end, len(line))) if unit else None
        return [LineTariff(line[:leader.start()].strip(), unit, None, value, (value_start, value_end), unit_at)]
    if parts := parse_period_parts(line):
        lead, found = parts
        return [LineTariff(lead, None, part.period, part.value, (part.start, part.end)) for part in found]
    if parsed := parse_text_tariff(line):
        value_start = len(line) - len(parsed.value)
        unit_at = (value_start - len(parsed.unit) - 1, value_start) if parsed.unit else None
        return [LineTariff(parsed.item, parsed.unit, None, parsed.value, (value_start, len(line)), unit_at)]
    return []


# --- footnotes, VAT, committees ------------------------------------------------------------------

_FOOTNOTE_RE = re.compile(rf"\s*(?P<marker>{params.FOOTNOTE_MARKER})$")
_FOOTNOTE_LINE_RE = re.compile(rf"^(?P<marker>{params.FOOTNOTE_MARKER})\s+\S")


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


def footnote_marker(line: str) -> str | None:
    """The key of the footnote a line starts ("*) Taksten er lovbestemt." gives "*)"), else None."""
    match = _FOOTNOTE_LINE_RE.match(line)
    return footnote_key(match["marker"]) if match else None


def footnote_key(marker: str) -> str:
    """The marker as a footnote line starts with it: "*)" for "*" or "*)", "1)" for "(1)"."""
    return marker.strip("()") + ")"


_VAT_EXCLUDED_RE = re.compile(rf"(?<!\w){_alternatives(params.VAT_EXCLUDED)}(?!\w)", re.IGNORECASE)
_VAT_EXCLUDED_CELL_RE = _whole(params.VAT_EXCLUDED_CELL)
_VAT_INCLUDED_CELL_RE = _whole(params.VAT_INCLUDED_CELL)


def says_vat_excluded(text: str) -> bool:
    return bool(_VAT_EXCLUDED_RE.search(text))


def vat_cell(text: str) -> bool | None:
    """A VAT column's cell: True for "ekskl.", False for "inkl.", None for anything else."""
    text = fold_whitespace(text)
    if _VAT_EXCLUDED_CELL_RE.match(text):
        return True
    if _VAT_INCLUDED_CELL_RE.match(text):
        return False
    return None


_COMMITTEE_RE = re.compile(rf"\b(?:\w+-\s+og\s+)?(?:\w+{params.COMMITTEE_WORD}|\w+\s+{params.COMMITTEE_WORD})\b",
                           re.IGNORECASE)


def committee_in(text: str) -> str | None:
    """"Kultur- og Fritidsudvalget" in a heading that names the committee, else None."""
    match = _COMMITTEE_RE.search(text)
    return match.group(0) if match else None


def committee_name(header_stub: str) -> str:
    """The committee a header's stub names, as printed up to its "...udvalget": a heading
    that ran on into the stub (a scan has no bold to tell them apart) is no part of it."""
    match = _COMMITTEE_RE.search(header_stub)
    return fold_whitespace(header_stub[:match.end()]) if match else fold_whitespace(header_stub)


# --- headings and labels ---------------------------------------------------------------------------

_NAVIGATION_HEADING_RE = _whole(params.NAVIGATION_HEADINGS)


def section_title(text: str) -> str:
    """A heading as a section's name: "Sommerhuse:" and "1-10 dage :" introduce their rows."""
    return fold_whitespace(text).rstrip(" :")


def is_navigation_heading(text: str) -> bool:
    return bool(_NAVIGATION_HEADING_RE.match(fold_whitespace(text)))


def is_sentence(text: str) -> bool:
    return fold_whitespace(text).endswith(params.SENTENCE_END)


def reads_as_heading(text: str) -> bool:
    """Short, not a sentence, not a tariff, a footnote or a VAT statement (which is said
    of a section, and does not name one)."""
    return (len(text) <= params.MAX_HEADING_CHARS and not is_sentence(text) and not line_tariffs(text)
            and footnote_marker(text) is None and not says_vat_excluded(text))


# --- the number ledger's tokens ------------------------------------------------------------------

# Money as printed: with øre, thousands or a dash ("65,00", "1.250", "125,-"), brackets or
# quotes and a closing comma or full stop around it allowed; "117,202,217" (a list) and
# "17.00" (a time) are no money.
_MONEY_RE = re.compile(r"^[(\"]?[-\u2212]?(?:\d{1,3}(?:\.\d{3})+(?:,\d{1,4}|,[-–]{1,2})?|\d+(?:,\d{1,4}|,[-–]{1,2}))"
                       r"(?:%|‰)?[)\",.;:]?$")
_BARE_NUMBER_RE = re.compile(r"^[(\"]?\d+[)\",.;]?$")     # "2024:" is a label, never a price


def reads_as_price(word: str, before: str | None = None, after: str | None = None,
                   after_next: str | None = None) -> bool:
    """The word reads as money: printed with øre, thousands or a dash ("65,00", "1.250",
    "125,-"), or a whole number next to a currency word ("300 kr", "kr. 300"), unless that
    word starts the unit that follows ("efter kl. 16 Kr. pr. time"). A count, a year or a
    date does not."""
    if _MONEY_RE.match(word):
        return True
    if not _BARE_NUMBER_RE.match(word):
        return False
    currency_after = bool(_CURRENCY_WORD_RE.match((after or "").strip(",;"))) and not (
        after_next and _PER_WORD_RE.match(after_next))
    return currency_after or bool(_CURRENCY_WORD_RE.match((before or "").strip(",;")))
