"""Issue 5's acceptance run: every hostile file plus the budget, through `pipeline run`."""

import json
import os
import shutil
import subprocess
import sys
import threading
import time

import psutil
import pyarrow.parquet as pq
import pytest

from conftest import BUDGET_SAMPLE, ROOT

pytestmark = pytest.mark.slow
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
# Each file's reason must name its problem.
EXPECTED = {
    "decompression-bomb-1gib.pdf": "decompression bomb",
    "empty-camelot.pdf": "nothing to extract: its page is blank",
    "encrypted-camelot-health_protected.pdf": "password protected",
    "encrypted-pdfplumber-password-example.pdf": "password protected",
    "image-only-camelot.pdf": "scanned PDF",
    "malformed-pdfplumber-issue-932.pdf": "scanned PDF",
    "not-a-pdf.pdf": "not a PDF or HTML document by its bytes",
    "only-page-number-camelot.pdf": "nothing to extract",
    "truncated-camelot-foo.pdf": "truncated or damaged PDF",
    "zero-bytes.pdf": "empty file",
}


def run_measured(args, tmp_path):
    """(completed process, seconds, peak RSS of any one process of its tree)."""
    env = dict(os.environ)
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]

    def sample():
        while process.poll() is None:
            try:
                tree = [psutil.Process(process.pid)] + psutil.Process(process.pid).children(recursive=True)
                peak[0] = max([peak[0]] + [p.memory_info().rss for p in tree if p.is_running()])
            except psutil.Error:
                pass
            time.sleep(0.05)

    sampler = threading.Thread(target=sample)
    sampler.start()
    stdout, stderr = process.communicate(timeout=600)
    sampler.join()
    return subprocess.CompletedProcess(args, process.returncode, stdout, stderr), time.monotonic() - started, peak[0]


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    raw = tmp / "raw"
    (raw / "hostile").mkdir(parents=True)
    for name in EXPECTED:
        shutil.copy(HOSTILE / name, raw / "hostile" / name)
    (raw / "budget" / "2026").mkdir(parents=True)
    shutil.copy(BUDGET_SAMPLE, raw / "budget" / "2026")
    args = ["run", "--raw", str(raw), "--out", str(tmp / "out")]
    return tmp, args, run_measured(args, tmp)


def test_all_ten_quarantined_with_named_reasons_the_budget_published_exit_3(hostile_run):
    tmp, _, (result, seconds, peak) = hostile_run
    assert result.returncode == 3, result.stderr
    lines = dict(line.split(": quarantined: ", 1) for line in result.stderr.strip().splitlines())
    assert {name.removeprefix("hostile/") for name in lines} == set(EXPECTED)
    for name, reason in lines.items():
        assert EXPECTED[name.removeprefix("hostile/")] in reason, (name, reason)
    assert "Traceback" not in result.stderr
    documents = {d["source_file"]: d for d in pq.read_table(tmp / "out" / "published" / "documents.parquet").to_pylist()}
    assert documents["budget/2026/naestved-budget-2026-kultur-og-fritid.pdf"]["status"] == "published"
    assert sum(d["status"] == "quarantined" for d in documents.values()) == 10
    assert pq.read_table(tmp / "out" / "published" / "budget_lines.parquet").num_rows == 135
    assert peak < 2.5 * 1024**3, f"a process peaked at {peak / 1024**3:.2f} GiB"


def test_quarantine_records_say_what_happened(hostile_run):
    tmp, _, _ = hostile_run
    documents = pq.read_table(tmp / "out" / "published" / "documents.parquet").to_pylist()
    for document in (d for d in documents if d["status"] == "quarantined"):
        record = json.loads((tmp / "out" / "quarantine" / f"{document['document_id']}.json").read_text())
        assert set(record) == {"document_id", "file", "reason", "stage", "time", "limit", "lasting", "conditions"}
        assert (record["file"], record["reason"]) == (document["source_file"], document["error"])
        assert record["lasting"] is True   # every one of these lies in the file's bytes
        assert record["stage"] in {"sniff", "preflight", "ocr", "classify", "extract"}


def test_a_quarantined_file_is_retried_only_when_its_bytes_change(hostile_run):
    tmp, args, _ = hostile_run
    page = ROOT / "raw" / "takster" / "2023" / "naestved-takster-2023.html"
    shutil.copy(page, tmp / "raw" / "page.html")   # a new document: the run runs, the rest comes from cache
    again, _, _ = run_measured(args, tmp)
    assert again.returncode == 3
    assert again.stdout.count("cached") == 11  # nothing extracted again
    truncated = tmp / "raw" / "hostile" / "truncated-camelot-foo.pdf"
    truncated.write_bytes(BUDGET_SAMPLE.read_bytes() + b"%complete download\n")  # new bytes, same name
    third, _, _ = run_measured(args, tmp)
    assert third.returncode == 3 and third.stdout.count("cached") == 11
    documents = {d["source_file"]: d["status"] for d in
                 pq.read_table(tmp / "out" / "published" / "documents.parquet").to_pylist()}
    assert documents["hostile/truncated-camelot-foo.pdf"] == "published"
