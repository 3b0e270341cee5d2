"""`pipeline run` end to end on the bundled budget, through the real Prefect flow."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from conftest import BUDGET_SAMPLE, ROOT
from pipeline.schemas import TABLES

pytestmark = pytest.mark.slow
PIPELINE = [sys.executable, "-m", "pipeline"]


def run(args, tmp_path, cwd=None):
    env = dict(os.environ, PREFECT_SERVER_ANALYTICS_ENABLED="false")
    return subprocess.run(PIPELINE + args, cwd=cwd or ROOT, env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("run")
    raw = tmp / "raw" / "budget" / "2026"
    raw.mkdir(parents=True)
    shutil.copy(BUDGET_SAMPLE, raw)
    args = ["run", "--raw", str(tmp / "raw"), "--out", str(tmp / "out")]
    first, second, forced = run(args, tmp), run(args, tmp), run(args + ["--force"], tmp)
    return tmp, first, second, forced


def test_run_publishes_the_budget_and_exits_0(workspace):
    tmp, first, _, _ = workspace
    assert first.returncode == 0, first.stderr
    published = tmp / "out" / "published"
    lines = pq.read_table(published / "budget_lines.parquet")
    assert lines.num_rows == 135
    assert lines.schema.equals(TABLES["budget_lines"], check_metadata=False)
    documents = pq.read_table(published / "documents.parquet").to_pylist()
    assert [(d["source_file"], d["kind"], d["format"], d["year"], d["pages"], d["status"]) for d in documents] == [
        ("budget/2026/naestved-budget-2026-kultur-og-fritid.pdf", "budget", "pdf", "2026", 25, "published")]
    # Not a terminal: one line per document, never wrapped, the warning beside its status.
    lines = first.stdout.splitlines()
    assert lines[0].split("\t")[:6] == ["budget/2026/naestved-budget-2026-kultur-og-fritid.pdf", "budget", "2026",
                                        "published", "1 warning", "135 rows"]
    assert lines[1].startswith("1 document in ") and ", 1 with a warning; published: " in lines[1]


def test_an_unchanged_corpus_is_not_run_again_and_an_unchanged_document_not_extracted(workspace):
    _, _, second, forced = workspace
    assert second.returncode == 0, second.stderr
    assert "unchanged" in second.stdout and "Nothing changed since the run" in second.stdout
    assert forced.returncode == 0, forced.stderr
    assert "cached" not in forced.stdout and "unchanged" not in forced.stdout  # forced: extracted again


def test_staged_folder_per_document(workspace):
    tmp, _, _, _ = workspace
    staged = list((tmp / "out" / "staged").iterdir())
    assert len(staged) == 1
    assert {p.name for p in staged[0].iterdir()} == {"budget_lines.parquet", "document.json", "manifest.json",
                                                     "number_ledger.parquet", "validation_results.parquet",
                                                     "validation_version.txt"}


def test_duckdb_opens_from_any_folder_and_answers_the_bi_query(workspace, tmp_path):
    tmp, _, _, _ = workspace
    database = tmp / "out" / "published" / "dataset.duckdb"
    copy = tmp_path / "elsewhere.duckdb"
    shutil.copy(database.resolve(), copy)  # self-contained: no paths back to parquet files
    with duckdb.connect(str(copy), read_only=True) as con:
        result = dict(((a, m, y), s) for a, m, y, s in con.sql(
            "select activity_area, measure, fiscal_year, sum(amount_dkk) from budget_lines "
            "where table_id like '%.2' group by all").fetchall())
        assert result[("Musik", "technical_budget", 2026)] == 2 * 10_348_000  # two rows and their total
        assert con.sql("select count(*) from documents").fetchall() == [(1,)]


def test_datapackage_passes_frictionless_validate(workspace):
    tmp, _, _, _ = workspace
    published = tmp / "out" / "published"
    package = json.loads((published / "datapackage.json").read_text())
    assert [r["name"] for r in package["resources"]] == list(TABLES)
    frictionless = Path(sys.executable).with_name("frictionless")
    result = subprocess.run([str(frictionless), "validate", "datapackage.json"], cwd=published,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout


def test_published_is_swapped_atomically_and_versions_are_kept(workspace):
    tmp, _, _, _ = workspace
    published = tmp / "out" / "published"
    assert published.is_symlink()
    versions = [p for p in (tmp / "out" / "versions").iterdir() if not p.name.startswith(".")]
    assert len(versions) == 2 and published.resolve() == max(versions)  # the unchanged run published none


def test_usage_errors_exit_2(tmp_path):
    missing = run(["run", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path)], tmp_path)
    assert missing.returncode == 2 and "raw folder not found" in missing.stderr
    assert run(["run", "--bogus"], tmp_path).returncode == 2
    assert run(["extract", str(tmp_path / "nope.pdf"), "--out", str(tmp_path)], tmp_path).returncode == 2


def test_extract_one_document(tmp_path):
    result = run(["extract", str(BUDGET_SAMPLE), "--out", str(tmp_path / "x")], tmp_path)
    assert result.returncode == 0, result.stderr
    document = json.loads((tmp_path / "x" / "document.json").read_text())
    assert (document["kind"], document["year"], document["policy_area"]) == ("budget", "2026", "Kultur og Fritid")
    assert pq.read_table(tmp_path / "x" / "budget_lines.parquet").num_rows == 135


def test_failed_validation_exits_1_names_the_check_and_publishes_the_rest(tmp_path):
    from plant import replace_text

    raw = tmp_path / "raw" / "budget" / "2026"
    raw.mkdir(parents=True)
    shutil.copy(BUDGET_SAMPLE, raw / "good.pdf")
    replace_text(BUDGET_SAMPLE, raw / "bad.pdf", 1, "147.987", "148.987")
    result = run(["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")], tmp_path)
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == [
        "budget/2026/bad.pdf: failed_validation: check rows_add_up_to_totals: The 13 rows above 'Politikområde "
        "Kultur og Fritid i alt' in column 'Teknisk budget 2026' of table 0.1 add up to 147.986 (1.000 kr.) = "
        "147.986.000 kr.; the table states 148.987 (1.000 kr.) = 148.987.000 kr.: a difference of 1.001.000 kr., "
        "more than rounding allows (up to 6.000 kr.)."]
    published = tmp_path / "out" / "published"
    documents = {d["source_file"]: d["status"] for d in pq.read_table(published / "documents.parquet").to_pylist()}
    assert documents == {"budget/2026/bad.pdf": "failed_validation", "budget/2026/good.pdf": "published"}
    assert pq.read_table(published / "budget_lines.parquet").num_rows == 135
    reports = tmp_path / "out" / "reports"
    assert (reports / "index.html").exists() and (reports / "rules.html").exists()
    assert not (reports / "data-docs").exists()  # GX's Data Docs need the internet: not built
