"""The number ledger's shared core: a token on a cell is that cell, any other is explained
by the reader or stays unexplained; the rows fit the staged schema."""

from pipeline.extract.ledger import CELL, account, ledger_rows
from pipeline.schemas import to_table


def test_tokens_on_cells_are_cells_and_the_rest_are_explained_or_not():
    tokens = [(1, "65,00", (100, 10, 130, 20), "t", "Voksne 65,00"),
              (1, "3", (40, 10, 45, 20), "t", "Voksne min. 3 timer"),
              (2, "65,00", (100, 10, 130, 20), "t", "65,00 on page 2, where no cell is"),
              (None, "12,00", None, "Tabel", "Børn 12,00")]
    cells = {1: [(99, 9, 131, 21)]}

    def explain(page, text, box, context):
        return "item_text" if "min." in (context or "") else None

    entries = account(tokens, cells, explain)
    assert [e.explained_by for e in entries] == [CELL, "item_text", None, None]
    table = to_table("number_ledger", ledger_rows(entries, "d" * 64, "tariffs"))
    assert table.num_rows == 4
    assert table.column("explained_by").to_pylist() == [CELL, "item_text", None, None]
    assert table.column("bbox_x0").to_pylist() == [100, 40, 100, None]
