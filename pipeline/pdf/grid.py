"""What a page's drawings say about its text: the ruled cell a word stands in, the ruled
row a line belongs to, the shade behind a line.

A table drawn with rules is read by its rules: the cells the grid draws are the cells, so
two cells' texts printed close together are never one phrase, and the lines of one ruled
row are one row however far apart they are set. Knows nothing about tariffs or budgets.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.pdf.layout import Line
from pipeline.pdf.words import Cell, Fill, Grid, PageContent, Word

CellKey = tuple[int, int, int]    # grid, row, cell on its page


@dataclass
class PageDrawings:
    """A page's ruled tables (frames and single boxes left out) and its shaded fills."""
    grids: list[Grid]
    fills: list[Fill]

    @classmethod
    def of(cls, page: PageContent, min_rows: int, min_columns: int, min_shade: float) -> PageDrawings:
        grids = [grid for grid in page.grids
                 if len(grid.rows) >= min_rows and max(map(len, grid.rows), default=0) >= min_columns]
        return cls(grids, [fill for fill in page.fills if fill.shade >= min_shade])

    def cell_of(self, word: Word) -> CellKey | None:
        """The ruled cell that holds the word's centre."""
        x, y = word.x_center, (word.top + word.bottom) / 2
        for g, grid in enumerate(self.grids):
            for r, row in enumerate(grid.rows):
                for c, cell in enumerate(row):
                    if _inside(x, y, cell):
                        return g, r, c
        return None

    def row_of(self, line: Line) -> tuple[int, int] | None:
        """The ruled row (grid, row) that holds the line's first word."""
        key = self.cell_of(line.words[0])
        return key[:2] if key else None

    def grid_box(self, grid: int) -> Cell:
        cells = [cell for row in self.grids[grid].rows for cell in row]
        return (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells),
                max(c[3] for c in cells))

    def shade_behind(self, line: Line) -> Fill | None:
        """The fill behind the whole line (its middle and its width), if any."""
        y = (line.top + line.bottom) / 2
        for fill in self.fills:
            if fill.top <= y <= fill.bottom and fill.x0 <= line.x0 + 1 and line.x1 - 1 <= fill.x1:
                return fill
        return None


def _inside(x: float, y: float, cell: Cell) -> bool:
    return cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]


def cell_phrases(words: list[Word], drawings: PageDrawings) -> list[tuple[list[Word], CellKey | None]]:
    """A line's words in runs: the words of one ruled cell together, and each word outside
    any cell alone (for the caller to join by spacing)."""
    runs: list[tuple[list[Word], CellKey | None]] = []
    for word in words:
        key = drawings.cell_of(word)
        if key is not None and runs and runs[-1][1] == key:
            runs[-1][0].append(word)
        else:
            runs.append(([word], key))
    return runs
