"""Lines of a tariff PDF that are tariffs in themselves: "item ........ price" (a leader),
"Voksne: 2024: 60,00 kr. / 2025: 65,00 kr." (periods named on the line), "Kopi Kr. pr.
ark 2,00" (a unit and a value at the end), a rate line; with the words each value and
unit stands in, for the value's box and the number ledger. The grammar reads the text;
this module finds it among the line's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pipeline.extract.tariff_grammar import (
    TextTariff, is_rate_line, parse_period_parts, parse_text_tariff, parse_value_cell,
)
from pipeline.extract.tariff_pdf_lines import Block, TextLine, join_words
from pipeline.pdf.words import Word


@dataclass
class LineTariff:
    item: str
    unit: str | None
    period: str | None
    value: str
    value_words: list[Word]
    unit_words: list[Word] = field(default_factory=list)


def line_tariffs(line: TextLine, alone: bool, year: str | None) -> list[LineTariff]:
    """The tariffs a line of text states: a leader line, a line naming its periods, a line
    ending in a unit and a value; a rate line standing alone."""
    if line.leader is not None:
        left, right = line.phrases[:line.leader], line.phrases[line.leader:]
        parsed = parse_value_cell(joined_line(right))
        if parsed is not None:
            unit, value = parsed
            value_words = _words_of(line, value)
            right_words = [w for w in line.line.words if w.x0 >= right[0].x0 - 0.5]
            return [LineTariff(joined_line(left), unit, year, value, value_words,
                                [w for w in right_words if w not in value_words])]
    if parts := parse_period_parts(line.text):
        lead, found = parts
        return [LineTariff(lead, None, part.period, part.value, words_at(line.line.words, part.start, part.end))
                for part in found]
    parsed = parse_text_tariff(line.text)
    if parsed is None and alone and is_rate_line(line.text):
        parsed = TextTariff("", None, line.text)
    if parsed is None:
        return []
    value_words = _words_of(line, parsed.value)
    before = line.line.words[:len(line.line.words) - len(value_words)]
    unit_words = before[len(before) - len(parsed.unit.split()):] if parsed.unit else []
    return [LineTariff(parsed.item, parsed.unit, year, parsed.value, value_words, unit_words)]


def period_lines(block: Block) -> bool:
    lines = [line for line in block.lines if not line.furniture]
    return any(parse_period_parts(line.text) for line in lines) or period_parts(lines) is not None


def period_parts(lines: list[TextLine]) -> list[LineTariff] | None:
    """Lines read as one line naming its periods (it may wrap), or None."""
    words = [w for line in lines for w in line.line.words]
    parts = parse_period_parts(" ".join(w.text for w in words))
    if parts is None:
        return None
    lead, found = parts
    return [LineTariff(lead, None, part.period, part.value, words_at(words, part.start, part.end))
            for part in found]


def words_at(words: list[Word], start: int, end: int) -> list[Word]:
    """The words that make up characters start:end of the words joined by single spaces."""
    out, position = [], 0
    for word in words:
        if position < end and position + len(word.text) > start:
            out.append(word)
        position += len(word.text) + 1
    return out


def _words_of(line: TextLine, value: str) -> list[Word]:
    """The words of a value at the end of a line (or at the start of what follows its leader)."""
    count = len(value.split())
    words = line.line.words
    if line.leader is not None:
        right = [w for p in line.phrases[line.leader:] for w in words if p.x0 <= w.x0 and w.x1 <= p.x1]
        tail = right[-count:]
        return tail if " ".join(w.text for w in tail) == value else right[:count]
    return words[-count:]


def joined_line(parts: list[Word]) -> str:
    return join_words(parts).text if parts else ""
