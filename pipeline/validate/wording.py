"""How results are written for an auditor: numbers the Danish way, amounts in kroner beside
their printed form, counts with their noun. One place, so that every sentence of the
report and of validation_results reads the same.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pipeline.danish import format_number, unit_multiplier

_IN = re.compile(r"^i\s+", re.IGNORECASE)
# What a value of each content table is called in a sentence: singular, plural.
VALUE_NAMES = {"tariffs": ("tariff", "tariffs"), "budget_lines": ("budget cell", "budget cells")}


def number(value: Decimal | int | float, decimals: int = 0) -> str:
    """1234567.5 with one decimal is 1.234.567,5."""
    return format_number(Decimal(value), decimals)


def count(n: int, noun: str, plural: str | None = None) -> str:
    """1 warning, 2 warnings, 1.006 tariffs."""
    return f"{number(n)} {noun if n == 1 else plural or noun + 's'}"


def percent(share: float) -> str:
    """0.0037 is 0,4 %; 0.02 is 2 %."""
    return f"{number(Decimal(share) * 100, 1).removesuffix(',0')} %"


def kroner(amount: Decimal | int | float, decimals: int = 0) -> str:
    return f"{number(amount, decimals)} kr."


def unit_label(unit: str | None) -> str:
    """The table's unit as printed, without its "I": "I 1.000 kr." is "1.000 kr."."""
    return _IN.sub("", (unit or "kr.").strip())


def printed_amount(amount_dkk: Decimal | int, unit: str | None, decimals: int = 0) -> str:
    """An amount as the table prints it and in kroner: 147.986 (1.000 kr.) = 147.986.000 kr.;
    in a table printed in kroner, just 1.077 kr."""
    multiplier = unit_multiplier(unit or "") or 1
    if multiplier == 1:
        return kroner(amount_dkk, decimals)
    printed = number(Decimal(amount_dkk) / multiplier, decimals)
    return f"{printed} ({unit_label(unit)}) = {kroner(amount_dkk)}"


def quoted(text: str | None, limit: int = 90) -> str:
    """Printed text in quotes, shortened where a line of a table is long."""
    text = " ".join((text or "").split())
    return f"'{text if len(text) <= limit else text[:limit - 1] + '…'}'"


def sentence(text: str) -> str:
    """Text ending in one full stop, also where it ends in an abbreviation such as kr."""
    return text if text.endswith(".") else text + "."
