"""A tariff table's columns from its header, in any order: the item, the unit (left or
right of the values), one value column per period ("Takst 2024 (kr.)", "Pris 2026",
"Enheds-/takst/2019", "Skoleår 2019/2020"; a header naming prices but no period is for the
document's year), a VAT column ("Moms") and remarks; and which column a body cell stands in.

A value is right-aligned at its column's edge, centred under it, or stands where its
header stands; a value centred over several value columns (a merged cell) is one value
for each. A description starts at the text margin; text that runs from there across a
value column is a paragraph, not a row.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.danish import fold_whitespace
from pipeline.extract import tariff_params as params
from pipeline.extract.tariff_grammar import (
    ITEM, REMARK, UNIT, VALUE, VAT, header_role, is_header_word, is_unit_text, is_value, is_year, looks_like_value,
    period_of, vat_cell,
)
from pipeline.pdf.layout import column_spans
from pipeline.pdf.words import Word

PROSE = "prose"
_ROLE_WORDS = (ITEM, UNIT, VAT, REMARK)


@dataclass(frozen=True)
class Column:
    role: str | None      # ITEM, UNIT, VALUE, VAT, REMARK; None for a header the grammar does not know
    x0: float
    x1: float
    label: str
    period: str | None    # a VALUE column's period as its header names it; None: the document's year

    @property
    def centre(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class Columns:
    """A table's header: its left cell (a committee or a section, if any) and its columns."""
    stub: str | None
    stub_style: tuple             # how the stub is set: its heading level
    columns: list[Column]
    value_left: float             # left of this, cells are the description or stand in left columns

    @property
    def values(self) -> list[Column]:
        return [c for c in self.columns if c.role == VALUE]

    @property
    def periods(self) -> list[str]:
        return [c.period for c in self.values if c.period]

    @property
    def signature(self) -> tuple:
        return self.stub, tuple(c.label for c in self.columns)

    def place(self, phrase: Word, first_at_margin: bool) -> tuple[str | None, list[int]]:
        """(role, value column indexes) of a body cell; the role PROSE for text that runs
        from the description across the value columns."""
        if not first_at_margin and (aligned := self._aligned(phrase)) is not None:
            return VALUE, [aligned]
        if phrase.x1 <= self.value_left + params.ALIGN_PT:
            if first_at_margin:
                return ITEM, []
            left = [c for c in self.columns if c.x1 <= self.value_left + params.ALIGN_PT and c.role != VALUE]
            best = _best(phrase, left)
            return (best.role if best is not None and best.role in _ROLE_WORDS else UNIT), []
        if (phrase.x0 < self.value_left - params.ALIGN_PT and not looks_like_value(phrase.text)
                and any(_overlap(phrase, c) > (c.x1 - c.x0) / 2 for c in self.values)):
            return PROSE, []          # text running across a value column: a paragraph
        if first_at_margin:
            return ITEM, []
        best = _best(phrase, self.columns)
        if best is not None and best.role != VALUE:
            return best.role, []
        values = self.values
        under = [index for index, column in enumerate(values) if _overlap(phrase, column) > 0]
        if len(under) == 1:
            return VALUE, under
        return VALUE, [min(range(len(values)), key=lambda i: abs(values[i].centre - phrase.x_center))]

    def _aligned(self, phrase: Word) -> int | None:
        """The value column whose header the cell lines up with: right edges, centres or left edges."""
        for index, column in enumerate(self.values):
            if (abs(phrase.x1 - column.x1) <= params.ALIGN_PT or abs(phrase.x_center - column.centre) <= params.CENTRE_PT
                    or abs(phrase.x0 - column.x0) <= params.ALIGN_PT):
                return index
        return None

    def split(self, words: list[Word]) -> list[list[Word]] | None:
        """The words of one phrase that stand under several columns (cells set closer than a
        word space: a browser's unstyled table), by column; None unless every part reads as
        what its column holds (a value, a unit, a VAT remark), so a description running into
        an empty column stays whole."""
        if len(words) < 2:
            return None
        owners: list[Column] = []
        for word in words:      # a word under no header's span goes with the word before it
            under = [c for c in self.columns if _overlap(word, c) > 0]
            owners.append(_best(word, under) if under else owners[-1] if owners else _best(word, self.columns))
        if len(set(map(id, owners))) < 2:
            return None
        parts: list[tuple[Column, list[Word]]] = []
        for word, owner in zip(words, owners):
            if parts and parts[-1][0] is owner:
                parts[-1][1].append(word)
            else:
                parts.append((owner, [word]))
        for index, (column, part) in enumerate(parts):
            if not _reads_as(column.role, " ".join(w.text for w in part), first=index == 0):
                return None
        return [part for _, part in parts]

    def merged_run(self, phrase: Word) -> list[int] | None:
        """The value columns a merged cell may span: it lines up with none of them and is
        centred over their run better than over any one column (on a tie, the wider run).
        The caller checks that the other columns of the run are empty in its row."""
        if self._aligned(phrase) is not None:
            return None
        edges = [c.x1 for c in self.values]
        bounds = [self.value_left] + edges

        def off_centre(run: tuple[int, int]) -> tuple[float, int]:
            first, last = run
            return abs((bounds[first] + bounds[last + 1]) / 2 - phrase.x_center) // params.CENTRE_PT, first - last

        runs = [(i, j) for i in range(len(edges)) for j in range(i, len(edges))]
        first, last = min(runs, key=off_centre)
        return list(range(first, last + 1)) if last > first else None


def _reads_as(role: str | None, text: str, first: bool) -> bool:
    if role == VALUE:
        return looks_like_value(text)
    if role == UNIT:
        return is_unit_text(text)
    if role == VAT:
        return vat_cell(text) is not None
    return first or role == REMARK       # a description only leads a row


def _overlap(phrase: Word, column: Column) -> float:
    return min(phrase.x1, column.x1) - max(phrase.x0, column.x0)


def _best(phrase: Word, columns: list[Column]) -> Column | None:
    """The column the cell overlaps most, else the nearest."""
    if not columns:
        return None
    return max(columns, key=lambda c: (_overlap(phrase, c) > 0, _overlap(phrase, c)))


def header(lines: list[tuple[list[Word], list[bool], bool]], em: float, style) -> Columns | None:
    """A table header from a block's lines, each (phrases, emphasised, first phrase at the
    margin): cells that name periods, prices, the unit, VAT, remarks or the item, set in bold
    or made of header words only, above the columns; an optional left cell (the stub)."""
    stub: list[Word] = []
    cells: list[Word] = []
    for phrases, emphasised, at_margin in lines:
        for index, (phrase, bold) in enumerate(zip(phrases, emphasised)):
            role = header_role(phrase.text)
            if index == 0 and at_margin and role != ITEM:
                stub.append(phrase)
            elif bold or role in _ROLE_WORDS or all(is_header_word(w) for w in phrase.text.split()):
                cells.append(phrase)
            else:
                return None
    if any(is_value(c.text) and not is_year(c.text) and period_of(c.text) is None for c in cells):
        return None
    columns = []
    for span in column_spans(cells):
        label = _label(cells, span)
        role = header_role(label)
        columns.append(Column(role, span[0], span[1], label, period_of(label) if role == VALUE else None))
    values = [c for c in columns if c.role == VALUE]
    if not values or not (any(c.period for c in values) or any(c.role in _ROLE_WORDS for c in columns)):
        return None
    if len(columns) < 2 and not (stub and values[0].period):
        return None          # one bold phrase naming a year ("Takster 2024") is a title, not a header
    lefts = [c for c in columns if c.x1 < values[0].x0 and c.role != ITEM]
    value_left = lefts[-1].x1 + params.ALIGN_PT if lefts else values[0].x0 - em / 2
    return Columns(fold_whitespace(" ".join(p.text for p in stub)) or None, style(stub) if stub else (),
                   columns, value_left)


def continues_header(columns: Columns, phrases: list[Word], emphasised: list[bool]) -> bool:
    """A line right below a header that is more of it: the wrapped rest of its cells
    ("Takst" above "2024 (kr.)"), each under one of its columns, header words or bold, and not
    only under the item's column (that is a group's title: "Foreninger")."""
    under_other = any(_overlap(phrase, c) > 0 for phrase in phrases for c in columns.columns if c.role != ITEM)
    return under_other and all(any(_overlap(phrase, c) > 0 for c in columns.columns) and header_text(phrase, bold)
                               for phrase, bold in zip(phrases, emphasised))


def header_text(phrase: Word, bold: bool) -> bool:
    """A cell a header can hold: bold or header words, and no value (a year is a header's)."""
    return (not (is_value(phrase.text) and period_of(phrase.text) is None)
            and (bold or header_role(phrase.text) is not None or all(is_header_word(w) for w in phrase.text.split())))


def _label(cells: list[Word], span: tuple[float, float]) -> str:
    stacked = sorted((c for c in cells if span[0] <= c.x0 and c.x1 <= span[1]), key=lambda c: c.top)
    return fold_whitespace(" ".join(c.text for c in stacked))
