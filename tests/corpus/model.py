"""What a corpus document is, and the truth written down for it.

The truth is data written by hand in the generators; each document is rendered FROM that
data, so what is printed and what is true cannot drift apart. Nothing here runs the
pipeline's readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Callable


@dataclass(frozen=True)
class TariffTruth:
    """One tariff value as an attentive reader writes it down from the printed page."""
    item: str                       # as printed, without its footnote marker
    period: str                     # "2025" or a school year "2024/2025", as the contract spells it
    value_text: str                 # exactly as printed: "65,00 kr.", "125,-", "Gratis"
    unit: str | None = None         # where the layout states one
    section: str | None = None      # the nearest heading above the item
    vat_excluded: bool | None = None  # True: "ekskl. moms" stated; False: "inkl. moms" stated; None: not stated


@dataclass(frozen=True)
class BudgetTruth:
    """One non-empty number cell of a budget table."""
    table: str          # the table's number as printed ("3", "3.2"), or its heading where it has none
    line_item: str      # the row label on one line
    column_header: str  # as printed, on one line
    measure: str        # one of the contract's seven measures
    fiscal_year: int
    amount_dkk: int
    printed_value: str
    is_total: bool


@dataclass(frozen=True)
class CorpusDocument:
    name: str                        # file name, e.g. fjordby-takster-2025.pdf
    kind: str                        # tariffs | budget
    folder: str                      # where the data team files it under raw/: takster/2025, budget/2026
    render: Callable[[Path], None]   # writes the document's bytes to the path given
    truth: tuple                     # TariffTruth or BudgetTruth rows
    spec: object = None              # the data the document is rendered from (checks of the corpus use it)
    notes: tuple[str, ...] = ()      # what a scorer's reader should know: a rounding case, a wrong total

    @property
    def format(self) -> str:
        return Path(self.name).suffix.lstrip(".")

    def build(self, directory: Path) -> Path:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / self.name
        self.render(path)
        return path


def danish_amount(printed: str) -> Decimal:
    """A printed Danish number: '36.723' is 36723, '-1,5' is -1.5, '÷ 400' is -400
    (the Danish accountant's minus sign)."""
    text = printed.replace("\u00f7", "-").replace("\u2212", "-").replace(" ", "")
    return Decimal(text.replace(".", "").replace(",", "."))
