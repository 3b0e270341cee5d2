"""The published dataset opens in the clients BI tools use, on every bundled sample: pandas,
pyarrow, frictionless, today's DuckDB and a DuckDB release from two years ago."""

import json
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from conftest import ROOT
from pipeline.schemas import TABLES

pytestmark = pytest.mark.slow
OLD_DUCKDB = ROOT / ".venv" / "duckdb-old"   # `make test` installs DuckDB 1.1.3 there
SAMPLES = {"budget/2026/naestved-budget-2026-kultur-og-fritid.pdf", "takster/2019-2020/naestved-takstblad-2019-2020.pdf",
           "takster/2023/naestved-takster-2023.html", "takster/2023/naestved-takster-2023.pdf"}


def test_the_dataset_holds_every_sample(sample_run):
    documents = {d["source_file"]: d["status"] for d in pq.read_table(sample_run.published / "documents.parquet").to_pylist()}
    assert {f for f, status in documents.items() if status == "published"} == SAMPLES
    tariffs = pq.read_table(sample_run.published / "tariffs.parquet")
    assert tariffs["page"].null_count > 0, "the web page's rows have no page"


def test_every_parquet_opens_with_pandas_and_pyarrow_as_the_schema_says(sample_run):
    for name, schema in TABLES.items():
        path = sample_run.published / f"{name}.parquet"
        table = pq.read_table(path)
        assert table.schema.equals(schema, check_metadata=False), name
        frame = pd.read_parquet(path)
        assert list(frame.columns) == schema.names and len(frame) == table.num_rows


def test_frictionless_validates_the_data_package(sample_run):
    frictionless = Path(sys.executable).with_name("frictionless")
    result = subprocess.run([str(frictionless), "validate", "--json", "datapackage.json"], cwd=sample_run.published,
                            capture_output=True, text=True, timeout=300)
    report = json.loads(result.stdout)
    errors = [(task["name"], error["message"]) for task in report["tasks"] for error in task["errors"]]
    assert report["valid"] and result.returncode == 0, errors[:5]
    assert {task["name"] for task in report["tasks"]} == set(TABLES)


def _row_counts(con) -> dict[str, int]:
    return {name: con.execute(f'select count(*) from "{name}"').fetchone()[0] for name in TABLES}


_READ_WITH_OLD_DUCKDB = """
import json, sys, duckdb
con = duckdb.connect(sys.argv[1], read_only=True)
counts = {t: con.execute(f'select count(*) from "{t}"').fetchone()[0] for t in sys.argv[2:]}
comment = con.execute("select comment from duckdb_columns() where table_name = 'tariffs' and column_name = 'page'").fetchone()[0]
print(json.dumps({"version": duckdb.__version__, "counts": counts, "comment": comment}))
"""


@pytest.mark.skipif(not OLD_DUCKDB.is_dir(), reason=f"no older DuckDB in {OLD_DUCKDB} (make test installs it)")
def test_an_older_duckdb_release_opens_the_database(sample_run, tmp_path):
    database = sample_run.published / "dataset.duckdb"
    with duckdb.connect(str(database), read_only=True) as con:
        expected = _row_counts(con)
    env = dict(os.environ, PYTHONPATH=str(OLD_DUCKDB))
    result = subprocess.run([sys.executable, "-c", _READ_WITH_OLD_DUCKDB, str(database.resolve()), *TABLES],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    read = json.loads(result.stdout)
    assert read["version"] == "1.1.3"
    assert read["counts"] == expected and expected["tariffs"] > 0 and expected["budget_lines"] > 0
    assert read["comment"].startswith("1-based page")
