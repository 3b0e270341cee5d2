"""Which kind of document this is, from its own words (the folder it sits in only breaks ties).

Each reader says what its kind of document shows (budget_params.CLASSIFY_SIGNS,
tariff_params.CLASSIFY_SIGNS); the kind with more of its signs present wins.
"""

from __future__ import annotations

import re

from pipeline.extract import budget_params, tariff_params

_SIGNS = {kind: [re.compile(pattern, re.IGNORECASE) for pattern in signs]
          for kind, signs in (("budget", budget_params.CLASSIFY_SIGNS), ("tariffs", tariff_params.CLASSIFY_SIGNS))}
_FOLDER_HINTS = {"budget": "budget", "budgets": "budget", "takster": "tariffs", "tariffs": "tariffs"}
_ENOUGH = 2   # signs of one kind that make a document of that kind


def classify(text: str, source_file: str) -> str:
    """"budget", "tariffs" or "unknown"."""
    budget, tariffs = (sum(bool(sign.search(text)) for sign in _SIGNS[kind]) for kind in ("budget", "tariffs"))
    hint = next((kind for part in source_file.lower().split("/")[:-1]
                 for name, kind in _FOLDER_HINTS.items() if part == name), None)
    if max(budget, tariffs) < _ENOUGH:
        return "unknown"
    if budget == tariffs:
        return hint or "unknown"
    return "budget" if budget > tariffs else "tariffs"
