"""Safe publishing: kill -9 while publishing leaves the previous dataset intact and
readable; two runs at once give a consistent result; rollback is one command."""

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import BUDGET_SAMPLE, ROOT
from pipeline.batch import finish_run, process_document
from pipeline.ingest.discover import source_of
from pipeline.publish import current_version
from pipeline.schemas import TABLES
from pipeline.settings import Settings

pytestmark = pytest.mark.slow
FILES = {f"{name}.parquet" for name in TABLES} | {"datapackage.json", "dataset.duckdb"}

# A publisher that publishes again and again until it is killed.
PUBLISH_FOREVER = """
import pickle, sys
from pipeline.batch import finish_run
settings, outcomes = pickle.load(open(sys.argv[1], "rb"))
print("ready", flush=True)
while True:
    finish_run(settings, outcomes)
"""


def assert_intact(out, rows=135):
    """published/ is one complete, readable version."""
    published = out / "published"
    assert published.is_symlink() and published.resolve().is_dir()
    assert {p.name for p in published.iterdir()} == FILES
    for name in TABLES:
        pq.read_table(published / f"{name}.parquet")
    assert pq.read_table(published / "budget_lines.parquet").num_rows == rows
    json.loads((published / "datapackage.json").read_text())
    with duckdb.connect(str(published / "dataset.duckdb"), read_only=True) as con:
        assert con.sql("select count(*) from budget_lines").fetchall() == [(rows,)]


def test_kill_9_at_any_moment_of_publishing_leaves_a_whole_dataset(tmp_path):
    import pickle

    settings = Settings(raw_dir=BUDGET_SAMPLE.parents[2], out_dir=tmp_path / "out")
    outcomes = [process_document(source_of(BUDGET_SAMPLE, settings.raw_dir), settings)]
    finish_run(settings, outcomes)
    assert_intact(settings.out_dir)
    state = tmp_path / "state.pickle"
    state.write_bytes(pickle.dumps((settings, outcomes)))
    rng = random.Random(20261123)
    killed_while_building = 0
    for _ in range(8):
        publisher = subprocess.Popen([sys.executable, "-c", PUBLISH_FOREVER, str(state)], cwd=ROOT,
                                     stdout=subprocess.PIPE, text=True)
        assert publisher.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 1.5))
        os.kill(publisher.pid, signal.SIGKILL)
        publisher.wait()
        killed_while_building += bool(list((settings.out_dir / "versions").glob(".building-*")))
        assert_intact(settings.out_dir)
    assert killed_while_building >= 1, "no kill landed inside a publish"
    finish_run(settings, outcomes)  # the next run cleans up what killed runs left half built
    assert not list((settings.out_dir / "versions").glob(".building-*"))
    assert_intact(settings.out_dir)


def run(args, tmp_path):
    env = dict(os.environ)
    return subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_two_runs_at_once_wait_for_each_other(tmp_path):
    raw = tmp_path / "raw" / "budget" / "2026"
    raw.mkdir(parents=True)
    shutil.copy(BUDGET_SAMPLE, raw)
    args = ["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")]
    first, second = run(args, tmp_path), run(args, tmp_path)
    results = [p.communicate(timeout=300) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], results
    # One of them ran; the other waited for its lock (or, starting late, found its result
    # already there) and published nothing over it.
    assert sum("Nothing changed since the run" in out for out, _ in results) == 1, results
    assert_intact(tmp_path / "out")
    versions = [p for p in (tmp_path / "out" / "versions").iterdir() if not p.name.startswith(".")]
    assert len(versions) == 1 and current_version(tmp_path / "out") == versions[0]


def test_rollback_points_published_at_the_previous_version(tmp_path):
    settings = Settings(raw_dir=BUDGET_SAMPLE.parents[2], out_dir=tmp_path / "out")
    outcomes = [process_document(source_of(BUDGET_SAMPLE, settings.raw_dir), settings)]
    first = finish_run(settings, outcomes)
    second = finish_run(settings, outcomes)
    done = subprocess.run([sys.executable, "-m", "pipeline", "rollback", "--out", str(settings.out_dir)],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert f"published -> versions/{first.name} (was {second.name})" in done.stdout
    assert current_version(settings.out_dir) == first.resolve()
    assert_intact(settings.out_dir)
    wrong = subprocess.run([sys.executable, "-m", "pipeline", "rollback", "--out", str(settings.out_dir),
                            "--to", "no-such-version"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert wrong.returncode == 2 and "no version named" in wrong.stderr
