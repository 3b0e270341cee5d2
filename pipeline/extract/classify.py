"""Which kind of document this is, from its own words (the folder it sits in only breaks ties)."""

from __future__ import annotations

import re

_BUDGET_SIGNS = [
    re.compile(r"\b(?:i\s+)?(?:1\.000|1000|mio\.?|t\.?)\s*kr\b", re.IGNORECASE),
    re.compile(r"\b(?:teknisk budget|tekn\.\s*b\d{2}|budgetbemærkninger|politikområde)", re.IGNORECASE),
    re.compile(r"\b[RB](?:20)?\d{2}\b"),
    # a multi-year budget's columns: accounts, corrected budget and out-years
    re.compile(r"\b(?:regnskab|(?:budget)?overslag(?:sår)?)\s*(?:19|20)\d{2}\b|\bBO\s?[1-3]\b"
               r"|\bkorr(?:igeret|\.)\s*budget\b", re.IGNORECASE),
]
_TARIFF_SIGNS = [
    re.compile(r"\b(?:enheds)?takst(?:er|blad|en)?\b", re.IGNORECASE),
    re.compile(r"\bpr\.\s*(?:time|år|md|mdr|måned|stk|gang|side|uge|kopi)\b", re.IGNORECASE),
    re.compile(r"\b(?:gebyr|gebyrer|betaling|egenbetaling)\b", re.IGNORECASE),
]
_FOLDER_HINTS = {"budget": "budget", "budgets": "budget", "takster": "tariffs", "tariffs": "tariffs"}


def classify(text: str, source_file: str) -> str:
    """"budget", "tariffs" or "unknown"."""
    budget = sum(bool(sign.search(text)) for sign in _BUDGET_SIGNS)
    tariffs = sum(bool(sign.search(text)) for sign in _TARIFF_SIGNS)
    hint = next((kind for part in source_file.lower().split("/")[:-1]
                 for name, kind in _FOLDER_HINTS.items() if part == name), None)
    if max(budget, tariffs) < 2:
        return "unknown"
    if budget == tariffs:
        return hint or "unknown"
    return "budget" if budget > tariffs else "tariffs"
