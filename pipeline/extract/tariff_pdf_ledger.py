"""The number ledger of a tariff PDF: every token on every page that holds a tariff, or a
price the reader did not read, as the reader marked what it read each word as
(tariff_ledger.py says which marks explain which tokens).
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.extract.ledger import Box, LedgerEntry, account
from pipeline.extract.tariff_ledger import FURNITURE, holds_prices, reason, strongest, text_tokens
from pipeline.extract.tariff_pdf_lines import TextLine, words_box
from pipeline.extract.tariff_pdf_text import words_at
from pipeline.extract.tariffs import Tariff


def page_ledger(lines: list[TextLine], marks: list[tuple[int, Box, str, str | None]],
            tariffs: list[Tariff]) -> list[LedgerEntry]:
    """Every token on every page that holds a tariff, or a price the reader did not read: a
    cell, explained, or not (tariff_ledger.py)."""
    cells: dict[int | None, list[Box]] = defaultdict(list)
    for tariff in tariffs:
        cells[tariff.page].append(tariff.bbox)
    marked: dict[int, list[tuple[Box, str, str | None]]] = defaultdict(list)
    for page, box, role, region in marks:
        marked[page].append((box, role, region))
    tokens, facts = [], {}
    for line in lines:
        for phrase in line.phrases:      # a token's neighbours are the words of its own cell
            words = [w for w in line.line.words if phrase.x0 <= w.x0 and w.x1 <= phrase.x1]
            texts = [w.text for w in words]
            for start, end, token in text_tokens(" ".join(texts)):
                span = words_at(words, start, end)
                box = words_box(span)
                found = [(role, region) for mark, role, region in marked[line.page] if _inside(box, mark)]
                role = FURNITURE if line.furniture else strongest(role for role, _ in found)
                region = next((region for r, region in found if r == role), None)
                facts[(line.page, box)] = (texts, words.index(span[-1]), role, line.text)
                tokens.append((line.page, token, box, region, line.text))

    def explain(page: int | None, text: str, box: Box | None, context: str | None) -> str | None:
        texts, index, role, line_text = facts[(page, box)]
        return reason(text, texts, index, role, line_text)

    entries = account(tokens, cells, explain)
    by_page: dict[int | None, list[LedgerEntry]] = defaultdict(list)
    for entry in entries:
        by_page[entry.page].append(entry)
    return [entry for page_entries in by_page.values() if holds_prices(page_entries) for entry in page_entries]


def _inside(box: Box, mark: Box) -> bool:
    """The token's middle lies in the marked box."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return mark[0] - 0.5 <= x <= mark[2] + 0.5 and mark[1] - 0.5 <= y <= mark[3] + 0.5
