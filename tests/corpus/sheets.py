"""A tariff list as data: sections of tariffs, each with its value per period as printed.

PDF and web-page generators render a Sheet in their own layouts; the truth is derived
from the same Sheet, one row per printed value per period.
"""

from __future__ import annotations

from dataclasses import dataclass

from .model import TariffTruth


@dataclass(frozen=True)
class Tariff:
    item: str
    unit: str | None
    values: tuple[str | None, ...]   # one per period, as printed; None: nothing offered that period ("–")
    note: str = ""                   # footnote marker printed after the item: "*", "1)", "¹"
    vat: str = ""                    # the Moms cell as printed: "inkl. moms", "ekskl.", ""
    remark: str = ""                 # the remarks cell as printed
    spans: bool = False              # one value printed across every period column

    @property
    def vat_excluded(self) -> bool | None:
        if "ekskl" in self.vat:
            return True
        return False if "inkl" in self.vat else None


def tariff(item: str, unit: str | None, *values: str | None, **printed) -> Tariff:
    return Tariff(item, unit, values, **printed)


@dataclass(frozen=True)
class Section:
    title: str
    tariffs: tuple[Tariff, ...]
    remark: str = ""                 # printed with the section, e.g. "Alle priser er ekskl. moms."
    vat_excluded: bool | None = None  # what that remark states, for this section only
    periods: tuple[str, ...] = ()    # where the section's own table names other periods than the sheet's
    headers: tuple[str, ...] = ()    # that table's value column headers, as printed


@dataclass(frozen=True)
class Sheet:
    municipality: str
    title: str
    periods: tuple[str, ...]          # one per value column, as the contract spells periods
    sections: tuple[Section, ...]
    committee: str = ""
    intro: tuple[str, ...] = ()       # prose above the tariffs (numbers in it are no tariffs)
    footnotes: tuple[str, ...] = ()
    outro: tuple[str, ...] = ()       # prose below the tariffs
    vat_excluded: bool | None = None  # a remark for the whole document

    def truth(self) -> tuple[TariffTruth, ...]:
        rows = []
        for section in self.sections:
            periods = section.periods or self.periods
            for row in section.tariffs:
                values = row.values * len(periods) if row.spans else row.values
                assert len(values) == len(periods), row.item
                vat = next((v for v in (row.vat_excluded, section.vat_excluded, self.vat_excluded)
                            if v is not None), None)
                rows += [TariffTruth(row.item, period, value, row.unit, section.title, vat)
                         for period, value in zip(periods, values) if value is not None]
        return tuple(rows)
