"""The run as a plain function (no Prefect): plan, extract, validate, report, publish; the
cache holds only what the bytes decide, and what is staged is what was read."""

import json
import shutil

import pyarrow.parquet as pq
import pytest

from conftest import RAW
from pipeline import batch
from pipeline.cache import cached_outcome
from pipeline.ingest.discover import discover, sha256_of, source_of
from pipeline.settings import Settings

PAGE = RAW / "takster" / "2023" / "naestved-takster-2023.html"


def tariff_rows(out, name="tariffs"):
    return pq.read_table(out / "published" / f"{name}.parquet").to_pylist()


@pytest.fixture
def workspace(tmp_path):
    raw = tmp_path / "raw" / "takster" / "2023"
    raw.mkdir(parents=True)
    shutil.copy(PAGE, raw / "takster.html")
    return Settings(raw_dir=tmp_path / "raw", out_dir=tmp_path / "out", workers=2)


def test_a_run_publishes_then_an_unchanged_run_does_nothing_and_force_does_everything_again(workspace):
    first = batch.run(workspace)
    assert [(o.status, o.rows, o.cached) for o in first.outcomes] == [("published", 256, False)]
    assert len(tariff_rows(workspace.out_dir)) == 256
    assert {r["run_id"] for r in tariff_rows(workspace.out_dir, "validation_results")} == {first.run_id}

    second = batch.run(workspace)
    assert second.unchanged is not None and second.outcomes == []
    assert second.unchanged["version"] == first.version.name

    forced = batch.run(workspace, force=True)
    assert [(o.status, o.cached) for o in forced.outcomes] == [("published", False)]  # extracted again
    assert forced.version != first.version
    assert {r["run_id"] for r in tariff_rows(workspace.out_dir, "validation_results")} == {forced.run_id}


def test_what_is_staged_is_what_was_read_even_if_the_file_changes_during_the_run(workspace):
    """A file replaced after discovery: its rows are staged under the hash of the bytes read,
    never under the hash discovery saw; restoring the old file gives the old rows back."""
    path = workspace.raw_dir / "takster" / "2023" / "takster.html"
    (source,) = discover(workspace.raw_dir)
    original = path.read_bytes()
    changed = original.replace(b"224,00", b"999,00")
    assert changed != original
    path.write_bytes(changed)                    # replaced between discovery and extraction
    outcome = batch.process_document(source, workspace)
    assert outcome.document["document_id"] == sha256_of(path) != source.document_id
    assert cached_outcome(source, workspace) is None      # nothing was staged under the old hash
    staged = pq.read_table(workspace.staged_dir / outcome.document["document_id"] / "tariffs.parquet")
    assert "999,00" in staged.column("value_text").to_pylist()

    path.write_bytes(original)                   # restored: the old bytes are read again
    summary = batch.run(workspace)
    values = [r["value_text"] for r in tariff_rows(workspace.out_dir)]
    assert "224,00" in values and "999,00" not in values
    assert summary.outcomes[0].document["document_id"] == source.document_id


def test_a_vanished_file_is_quarantined_for_this_run_only(workspace):
    path = workspace.raw_dir / "takster" / "2023" / "takster.html"
    (source,) = discover(workspace.raw_dir)
    kept = path.read_bytes()
    path.unlink()
    outcome = batch.process_document(source, workspace)
    assert outcome.status == "quarantined" and "disappeared" in outcome.document["error"]
    assert outcome.lasting is False
    path.write_bytes(kept)
    assert batch.run(workspace).outcomes[0].status == "published"


def test_a_timeout_is_not_remembered_but_a_verdict_on_the_bytes_is(workspace, tmp_path):
    impatient = workspace.model_copy(update={"timeout_seconds": 0.01})
    summary = batch.run(impatient)
    assert summary.outcomes[0].status == "quarantined" and "timed out" in summary.outcomes[0].document["error"]
    record = json.loads(next(workspace.quarantine_dir.glob("*.json")).read_text())
    assert record["lasting"] is False
    (source,) = discover(workspace.raw_dir)
    assert cached_outcome(source, impatient) is None            # tried again next run
    assert batch.run(impatient, force=False).outcomes[0].cached is False

    not_a_document = workspace.raw_dir / "takster" / "2023" / "notes.pdf"
    not_a_document.write_text("just some text, not a PDF")
    batch.run(workspace)
    verdict = cached_outcome(source_of(not_a_document, workspace.raw_dir), workspace)
    assert verdict is not None and verdict.status == "quarantined" and verdict.cached  # its bytes decide


def test_a_damaged_staged_copy_costs_its_document_not_the_run(workspace, tmp_path):
    other = workspace.raw_dir / "takster" / "2023" / "copy.html"
    other.write_bytes(PAGE.read_bytes() + b"<!-- another edition -->")
    batch.run(workspace)
    (damaged,) = [p for p in workspace.staged_dir.iterdir() if p.name == sha256_of(other)]
    (damaged / "tariffs.parquet").write_bytes(b"not parquet any more")
    summary = batch.run(workspace, force=False, plan=batch.Plan(discover(workspace.raw_dir)))
    statuses = {o.document["source_file"]: o.status for o in summary.outcomes}
    assert statuses == {"takster/2023/copy.html": "quarantined", "takster/2023/takster.html": "published"}
    assert len(tariff_rows(workspace.out_dir)) == 256
    again = batch.run(workspace, plan=batch.Plan(discover(workspace.raw_dir)))   # extracted again
    assert {o.status for o in again.outcomes} == {"published"}


def test_a_file_discovery_cannot_read_costs_that_file_only(workspace):
    (workspace.raw_dir / "takster" / "2023" / "gone.pdf").symlink_to(workspace.raw_dir / "nowhere.pdf")
    summary = batch.run(workspace)
    outcomes = {o.document["source_file"]: o for o in summary.outcomes}
    gone = outcomes["takster/2023/gone.pdf"]
    assert gone.status == "quarantined" and gone.stage == "discover" and not gone.lasting
    assert "which does not exist" in gone.document["error"]
    assert outcomes["takster/2023/takster.html"].status == "published"
    assert batch.run(workspace).unchanged is None        # tried again: not a verdict on any bytes


def test_an_output_folder_inside_the_raw_folder_is_never_read_as_input(workspace):
    inside = workspace.model_copy(update={"out_dir": workspace.raw_dir / "out"})
    batch.run(inside)
    again = batch.run(inside, force=True)
    assert [o.document["source_file"] for o in again.outcomes] == ["takster/2023/takster.html"]


def test_a_pdf_damaged_after_extraction_costs_its_pictures_not_the_run(tmp_path):
    """The file is truncated between extraction and the report: its page says what failed,
    without a picture; the run publishes; the held-back document's page names the version
    of it that stays published."""
    from plant import replace_text

    from conftest import BUDGET_SAMPLE

    raw = tmp_path / "raw" / "budget" / "2026"
    raw.mkdir(parents=True)
    shutil.copy(BUDGET_SAMPLE, raw / "budget.pdf")
    settings = Settings(raw_dir=tmp_path / "raw", out_dir=tmp_path / "out", workers=2)
    first = batch.run(settings)
    replace_text(BUDGET_SAMPLE, raw / "budget.pdf", 1, "147.987", "148.987")   # now it fails a check
    (source,) = discover(settings.raw_dir)
    outcome = batch.process_document(source, settings)
    (raw / "budget.pdf").write_bytes((raw / "budget.pdf").read_bytes()[:5000])  # then the file is cut off
    outcomes = batch.validate_step(settings, [outcome], "run-2", False)
    assert outcomes[0].status == "failed_validation"
    batch.write_run_report(settings, outcomes, "run-2")
    page = (settings.reports_dir / f"{outcome.document['document_id']}.html").read_text()
    assert "148.987" in page and "<img" not in page
    assert "the last good version of this file stays published" in page
    assert first.outcomes[0].document["document_id"] in page
    batch.finish_run(settings, outcomes)
    published = pq.read_table(settings.out_dir / "published" / "budget_lines.parquet")
    assert published.num_rows == 135 and set(published.column("document_id").to_pylist()) == {
        first.outcomes[0].document["document_id"]}
