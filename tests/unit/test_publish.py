import pyarrow.parquet as pq

from pipeline.batch import process_document
from pipeline.ingest.discover import source_of
from pipeline.publish import current_version, publish
from pipeline.schemas import TABLES
from pipeline.settings import Settings


def test_publish_swaps_whole_versions_and_prunes(tmp_path, budget_sample):
    settings = Settings(raw_dir=budget_sample.parents[2], out_dir=tmp_path)
    outcome = process_document(source_of(budget_sample, settings.raw_dir), settings)
    versions = [publish(tmp_path, [outcome.document], [outcome.staged], outcome.validation, keep=2) for _ in range(3)]
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
    publish(tmp_path, [], [], [], keep=5)
    legacy = [p for p in (tmp_path / "versions").iterdir() if p.name.startswith("legacy-")]
    assert len(legacy) == 1 and (legacy[0] / "old.parquet").read_bytes() == b"old"
    assert (tmp_path / "published").is_symlink()


def test_a_document_that_fails_keeps_its_last_good_version(tmp_path, budget_sample):
    """The same file replaced by a defective copy: the copy is held back, the old rows stay."""
    from plant import replace_text
    from pipeline.batch import finish_run, validate_outcomes
    from pipeline.validate.rules import rules_version
    from pipeline.validate.validator import Validator

    settings = Settings(raw_dir=tmp_path / "raw", out_dir=tmp_path / "out")
    target = settings.raw_dir / "budget" / "2026" / "budget.pdf"
    target.parent.mkdir(parents=True)
    validator = Validator()

    def run():
        outcome = process_document(source_of(target, settings.raw_dir), settings)
        validate_outcomes(lambda: validator, [outcome], "run", rules_version())
        finish_run(settings, [outcome])
        return outcome

    target.write_bytes(budget_sample.read_bytes())
    good = run()
    replace_text(budget_sample, target, 1, "147.987", "148.987")
    bad = run()
    assert bad.status == "failed_validation"
    published = settings.published_dir
    documents = {d["document_id"]: d["status"] for d in pq.read_table(published / "documents.parquet").to_pylist()}
    assert documents == {good.document["document_id"]: "published", bad.document["document_id"]: "failed_validation"}
    lines = pq.read_table(published / "budget_lines.parquet")
    assert set(lines["document_id"].to_pylist()) == {good.document["document_id"]}
    assert lines.num_rows == 135
    results = pq.read_table(published / "validation_results.parquet")
    assert set(results["document_id"].to_pylist()) == set(documents)


def test_the_same_bytes_under_two_names_are_published_once(tmp_path, budget_sample):
    from pipeline.batch import finish_run

    settings = Settings(raw_dir=tmp_path / "raw", out_dir=tmp_path / "out")
    for name in ("a.pdf", "copy-of-a.pdf"):
        (settings.raw_dir / "budget" / "2026").mkdir(parents=True, exist_ok=True)
        (settings.raw_dir / "budget" / "2026" / name).write_bytes(budget_sample.read_bytes())
    outcomes = [process_document(source_of(p, settings.raw_dir), settings)
                for p in sorted((settings.raw_dir / "budget" / "2026").iterdir())]
    finish_run(settings, outcomes)
    documents = pq.read_table(settings.published_dir / "documents.parquet").to_pylist()
    assert [d["source_file"] for d in documents] == ["budget/2026/a.pdf", "budget/2026/copy-of-a.pdf"]
    assert pq.read_table(settings.published_dir / "budget_lines.parquet").num_rows == 135


def test_a_second_run_waits_for_the_lock_and_is_told_who_holds_it(tmp_path):
    import threading
    import time

    from pipeline.publish import run_lock

    order, told = [], []
    with run_lock(tmp_path):
        waiter = threading.Thread(target=lambda: _locked(tmp_path, order, told))
        waiter.start()
        time.sleep(0.3)
        order.append("first done")
    waiter.join(timeout=10)
    assert order == ["first done", "second ran"]
    assert told and told[0].startswith("pid ")


def _locked(out, order, told):
    from pipeline.publish import run_lock

    with run_lock(out, on_wait=told.append):
        order.append("second ran")
