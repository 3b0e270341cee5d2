import pyarrow.parquet as pq

from pipeline.batch import process_document
from pipeline.ingest.discover import source_of
from pipeline.publish import current_version, publish
from pipeline.schemas import TABLES


def test_publish_swaps_whole_versions_and_prunes(tmp_path, budget_sample):
    outcome = process_document(source_of(budget_sample, budget_sample.parents[2]), tmp_path / "staged")
    versions = [publish(tmp_path, [outcome.document], [outcome.staged], keep=2) for _ in range(3)]
    assert current_version(tmp_path) == versions[-1].resolve()
    kept = sorted(p.name for p in (tmp_path / "versions").iterdir())
    assert kept == sorted(v.name for v in versions[1:])
    published = tmp_path / "published"
    assert pq.read_table(published / "budget_lines.parquet").num_rows == 135
    assert {p.name for p in published.iterdir()} == {f"{name}.parquet" for name in TABLES} | {
        "datapackage.json", "dataset.duckdb"}


def test_a_plain_published_folder_is_kept_as_a_version(tmp_path, budget_sample):
    (tmp_path / "published").mkdir()
    (tmp_path / "published" / "old.parquet").write_bytes(b"old")
    publish(tmp_path, [], [], keep=5)
    legacy = [p for p in (tmp_path / "versions").iterdir() if p.name.startswith("legacy-")]
    assert len(legacy) == 1 and (legacy[0] / "old.parquet").read_bytes() == b"old"
    assert (tmp_path / "published").is_symlink()
