import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from pipeline.errors import DocumentRejected
from pipeline.extract.classify import classify
from pipeline.ingest.discover import discover, source_of
from pipeline.ingest.sniff import sniff_format
from pipeline.pdf.text import page_texts
from pipeline.publish import PUBLISHED, VERSIONS
from pipeline.settings import Settings


def test_sniff_by_bytes_not_name(tmp_path, budget_sample):
    disguised = tmp_path / "budget.html"
    disguised.write_bytes(budget_sample.read_bytes())
    assert sniff_format(disguised) == "pdf"
    page = tmp_path / "takster.pdf"
    page.write_text("<!DOCTYPE html><html><body>Takster</body></html>")
    assert sniff_format(page) == "html"


@pytest.mark.parametrize("content, reason", [
    (b"", "empty file"),
    (b"Dette er ikke en PDF, bare tekst.\n", "not a PDF or HTML document by its bytes (a text file"),
    (bytes(range(256)) * 4, "binary data"),
])
def test_sniff_refuses_with_a_reason(tmp_path, content, reason):
    path = tmp_path / "x.pdf"
    path.write_bytes(content)
    with pytest.raises(DocumentRejected, match=reason.replace("(", r"\(")):
        sniff_format(path)


def test_classify_reads_the_document_not_the_folder(budget_sample):
    text = "\n".join(page_texts(budget_sample, max_pages=5))
    assert classify(text, "takster/2026/x.pdf") == "budget"
    assert classify("Takster 2024\nPris pr. time 100,00\nGebyr", "budget/2024/x.pdf") == "tariffs"
    assert classify("Referat af byrådsmødet", "budget/2026/x.pdf") == "unknown"


def test_discover_skips_hidden_files_and_is_stable(tmp_path):
    (tmp_path / "budget" / "2026").mkdir(parents=True)
    (tmp_path / "budget" / "2026" / "b.pdf").write_bytes(b"%PDF-1.4 b")
    (tmp_path / "budget" / "2026" / "a.pdf").write_bytes(b"%PDF-1.4 a")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "x.pdf").write_bytes(b"%PDF")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    found = discover(tmp_path)
    assert [s.source_file for s in found] == ["budget/2026/a.pdf", "budget/2026/b.pdf"]
    assert found[0].document_id != found[1].document_id and len(found[0].document_id) == 64


def test_a_link_is_recorded_under_its_own_path_and_linked_folders_are_walked_once(tmp_path):
    raw, archive = tmp_path / "raw", tmp_path / "archive"
    (raw / "budget" / "2026").mkdir(parents=True)
    archive.mkdir()
    (archive / "naestved-budget.pdf").write_bytes(b"%PDF-1.4 archived")
    (raw / "budget" / "2026" / "budget.pdf").symlink_to(archive / "naestved-budget.pdf")
    (raw / "takster").symlink_to(archive)                 # a linked folder
    (archive / "loop").symlink_to(raw)                    # ... with a link back into raw/
    found = discover(raw)
    assert [s.source_file for s in found] == ["budget/2026/budget.pdf", "takster/naestved-budget.pdf"]
    assert found[0].path == raw / "budget" / "2026" / "budget.pdf" and found[0].unreadable is None


def test_the_output_folders_inside_raw_are_not_read(tmp_path):
    raw = tmp_path / "raw"
    (raw / "budget").mkdir(parents=True)
    (raw / "budget" / "b.pdf").write_bytes(b"%PDF-1.4 b")
    out = raw / "out"
    (out / "reports").mkdir(parents=True)
    (out / "reports" / "index.html").write_text("<html><body>report</body></html>")
    (out / VERSIONS / "v1").mkdir(parents=True)
    (out / PUBLISHED).symlink_to(out / VERSIONS / "v1")
    (out / VERSIONS / "v1" / "documents.parquet").write_bytes(b"PAR1")
    found = discover(raw, skip=Settings(raw_dir=raw, out_dir=out).output_dirs)
    assert [s.source_file for s in found] == ["budget/b.pdf"]


def test_a_broken_link_and_a_vanished_file_are_inputs_that_cannot_be_read(tmp_path):
    (tmp_path / "gone.pdf").symlink_to(tmp_path / "nowhere.pdf")
    (found,) = discover(tmp_path)
    assert (found.source_file, found.size) == ("gone.pdf", 0)
    assert found.unreadable == f"a link to {tmp_path / 'nowhere.pdf'}, which does not exist"
    assert len(found.document_id) == 64 and found.document_id == discover(tmp_path)[0].document_id
    vanished = source_of(tmp_path / "b.pdf", tmp_path)
    assert vanished.unreadable == "the file disappeared while the run was reading it"


def discover_as_unprivileged_user(raw: Path) -> list:
    """discover(raw) in a forked child that cannot read what is chmod 0 (root can)."""
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:
        try:
            if os.geteuid() == 0:
                os.setgid(65534)
                os.setuid(65534)
            os.write(writer, json.dumps([(s.source_file, s.unreadable) for s in discover(raw)]).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader) as output:
        listed = output.read()
    os.waitpid(child, 0)
    return json.loads(listed)


def test_files_and_folders_without_permission_do_not_stop_discovery(tmp_path):
    raw = Path(tempfile.mkdtemp(prefix="discover-"))   # under /tmp: reachable by an unprivileged user
    try:
        (raw / "budget").mkdir()
        (raw / "budget" / "open.pdf").write_bytes(b"%PDF-1.4 open")
        (raw / "budget" / "secret.pdf").write_bytes(b"%PDF-1.4 secret")
        (raw / "budget" / "secret.pdf").chmod(0)
        (raw / "locked").mkdir()
        (raw / "locked" / "inside.pdf").write_bytes(b"%PDF-1.4 inside")
        (raw / "locked").chmod(0)
        raw.chmod(0o755)
        (raw / "budget").chmod(0o755)
        listed = discover_as_unprivileged_user(raw)
        assert listed == [
            ["budget/open.pdf", None],
            ["budget/secret.pdf", "cannot be read: permission denied"],
            ["locked/", "a folder that cannot be listed: Permission denied"]]
    finally:
        (raw / "locked").chmod(0o755)
        shutil.rmtree(raw)


def test_sniff_refuses_what_it_cannot_read_by_name_and_never_waits_on_a_pipe(tmp_path):
    os.mkfifo(tmp_path / "pipe.pdf")   # opening it for reading would wait for a writer
    for path, reason in [(tmp_path / "pipe.pdf", "not a regular file (a pipe, a device or a folder)"),
                         (tmp_path, "not a regular file (a pipe, a device or a folder)"),
                         (tmp_path / "gone.pdf", "cannot be read: No such file or directory")]:
        with pytest.raises(DocumentRejected) as caught:
            sniff_format(path)
        assert (caught.value.stage, caught.value.reason) == ("sniff", reason)


def test_a_file_named_through_a_linked_folder_is_still_under_raw(tmp_path):
    (tmp_path / "real" / "budget").mkdir(parents=True)
    (tmp_path / "real" / "budget" / "b.pdf").write_bytes(b"%PDF-1.4 b")
    (tmp_path / "alias").symlink_to(tmp_path / "real")
    source = source_of(tmp_path / "alias" / "budget" / "b.pdf", (tmp_path / "real").resolve())
    assert source.source_file == "budget/b.pdf" and source.unreadable is None
