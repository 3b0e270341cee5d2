"""The same flow on a Dask cluster (two worker processes) publishes what a local run does."""

import os
import shutil
import subprocess
import sys

import pyarrow.parquet as pq
import pytest
from distributed import LocalCluster

from conftest import BUDGET_SAMPLE, ROOT

pytestmark = pytest.mark.slow
# Columns that name the run or the moment, not the data.
RUN_SPECIFIC = {"validation_results": ["run_id"]}


def run(args, tmp_path):
    env = dict(os.environ)
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)


def published_tables(out):
    tables = {}
    for path in sorted((out / "published").glob("*.parquet")):
        table = pq.read_table(path).drop_columns(RUN_SPECIFIC.get(path.stem, []))
        tables[path.stem] = sorted(map(str, table.to_pylist()))
    return tables


def test_dask_run_publishes_the_same_dataset_as_a_local_run(tmp_path):
    raw = tmp_path / "raw" / "budget" / "2026"
    raw.mkdir(parents=True)
    shutil.copy(BUDGET_SAMPLE, raw)
    local = run(["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "local")], tmp_path)
    assert local.returncode == 0, local.stderr
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        distributed = run(["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "dask"),
                           "--dask", cluster.scheduler_address], tmp_path)
        workers = len(cluster.scheduler_info["workers"])
    assert distributed.returncode == 0, distributed.stderr
    assert workers == 2
    assert published_tables(tmp_path / "dask") == published_tables(tmp_path / "local")
