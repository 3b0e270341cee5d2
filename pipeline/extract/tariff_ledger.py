"""The tariff readers' side of the number ledger (ledger.py): which tokens a page or a web
page's table or text block holds, and why one that is no extracted value is none.

A token is a word with a digit in it, or a price word standing as a value (a whole cell,
or after a colon or a leader: "Babymusik: gratis"). Where a reader read a token as part of
something (an item's description, a header, a footnote...) it marks that region with a
role; the role explains the token only if the token does not read as money. A price
printed where the reader found no value ("Voksne 65,00" glued into an item, "1.124 kr."
in a paragraph) stays unexplained: that is what the ledger is for.

Reasons (the ledger's `explained_by`):
    cell            an extracted value (ledger.CELL)
    item_text       in an extracted tariff's description: "min. 3 timer"
    unit_text       in its unit: "pr. 3 år", "8 afhentn."
    remark          in its remarks cell
    vat_text        in its VAT cell
    period_label    the "2024:" before a value on a line naming its periods
    header_year     a year or school year in a table's column header
    header_text     another number in a column header
    heading         in a heading, a section band, a group row or a table's caption
    title           in the document's title
    footnote        in a footnote ("*) ... den 1/7-2018")
    page_number     a page's number; running_header: a page's running header or footer
    prose_number    a number in running text that does not read as money: a count, a date, a year
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.extract.ledger import CELL, LedgerEntry
from pipeline.extract.tariff_grammar import is_sentence, is_word_value, period_of, reads_as_price

ITEM_TEXT, UNIT_TEXT, REMARK, VAT_TEXT = "item_text", "unit_text", "remark", "vat_text"
PERIOD_LABEL, HEADER, HEADING, TITLE, FOOTNOTE = "period_label", "header", "heading", "title", "footnote"
PROSE, FURNITURE = "prose", "furniture"
# Which role wins where two regions hold a token (a header line that repeats as furniture).
PRECEDENCE = (FURNITURE, TITLE, HEADER, HEADING, FOOTNOTE, PERIOD_LABEL, VAT_TEXT, REMARK, UNIT_TEXT, ITEM_TEXT,
              PROSE)
_WORD_RE = re.compile(r"\S+")
_LONE_NUMBER_RE = re.compile(r"^(?:side|page|s\.)?\s*[-–]?\s*\d{1,4}\s*[-–]?\s*(?:af\s+\d{1,4})?$", re.IGNORECASE)
_MAX_WORD_VALUE_WORDS = 3


def text_tokens(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) of the ledger's tokens in a line or a cell's text."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    tokens = [(start, start + len(word.rstrip(",;")), word.rstrip(",;")) for start, _, word in words
              if any(ch.isdigit() for ch in word)]      # "100,00," of "2025: 100,00, 2026: ...": the comma separates
    tokens += price_words(words)
    return sorted(tokens)


def price_words(words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A price word standing as a value: the whole text, or its end after a colon or a leader."""
    if not words:
        return []
    whole = " ".join(w for _, _, w in words)
    if is_sentence(whole):
        return []                  # "... mv. efter aftale.": the end of a sentence, not a value
    if is_word_value(whole) and not any(ch.isdigit() for ch in whole):
        return [(words[0][0], words[-1][1], whole)]
    for count in range(1, min(_MAX_WORD_VALUE_WORDS, len(words) - 1) + 1):
        tail, before = words[-count:], words[-count - 1][2]
        text = " ".join(w for _, _, w in tail)
        if is_word_value(text) and (before.endswith(":") or set(before) <= set(".…·_")):
            return [(tail[0][0], tail[-1][1], text)]
    return []


def reason(token: str, words: list[str], index: int, role: str | None, line: str = "") -> str | None:
    """Why a token (words[index] of its line) that is no extracted value is none, given the
    role of the region it stands in; None where nothing explains it."""
    if role is None:
        return None
    if role == HEADER and period_of(token):
        return "header_year"
    if role == PERIOD_LABEL and period_label(token):
        return PERIOD_LABEL
    before = words[index - 1] if index > 0 else None
    after, after_next = (words[index + 1:index + 3] + [None, None])[:2]
    if is_word_value(token) or reads_as_price(token, before, after, after_next):
        return None
    if role == HEADER:
        return "header_text"
    if role == PROSE:
        return "prose_number"
    if role == FURNITURE:
        return "page_number" if _LONE_NUMBER_RE.match(line.strip()) else "running_header"
    return role


_PERIOD_LABEL_RE = re.compile(r"^(?:19|20)\d{2}(?:\s*/\s*(?:19|20)?\d{2})?:$")


def period_label(token: str) -> bool:
    """"2024:" or "2019/20:": the label of a value on a line naming its periods."""
    return bool(_PERIOD_LABEL_RE.match(token))


def holds_prices(entries: Iterable[LedgerEntry]) -> bool:
    """A region belongs in the ledger if a value was read in it or a price left unread:
    a page, a table or a text block the reader did not understand at all is no exception."""
    return any(entry.explained_by in (CELL, None) for entry in entries)


def strongest(roles: Iterable[str]) -> str | None:
    """The role that explains a token standing in several regions."""
    found = set(roles)
    return next((role for role in PRECEDENCE if role in found), None)


def word_index(text: str, start: int) -> int:
    """Which word of the text (split at white space) starts at or spans character `start`."""
    return len(text[:start].split()) - (0 if start == 0 or text[start - 1].isspace() else 1)
