"""A held-out corpus: tariff lists and budgets in house styles the bundled Næstved samples
do not have, each with its truth written down by hand, to measure the readers honestly.

Each document renders itself FROM its truth (reportlab PDFs, hand-written HTML), never
from what a reader makes of it; the same generator gives the same bytes. The corpus was
written without looking at the readers, so it is not shaped by them.

    for document in tariff_documents():
        path = document.build(raw / document.folder)   # document.truth: TariffTruth rows
"""

from __future__ import annotations

from collections.abc import Iterator

from . import budgets, tariff_pages, tariff_pdfs
from .model import BudgetTruth, CorpusDocument, TariffTruth

__all__ = ["BudgetTruth", "CorpusDocument", "TariffTruth", "budget_documents", "tariff_documents"]


def tariff_documents() -> Iterator[CorpusDocument]:
    yield from tariff_pdfs.documents()
    yield from tariff_pages.documents()


def budget_documents() -> Iterator[CorpusDocument]:
    yield from budgets.documents()
