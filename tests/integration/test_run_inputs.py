"""What the user gives the CLI, refused or kept to one line: a bad sources.yaml is a usage
error before anything is fetched; a file name with a newline stays on its line."""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import RAW, ROOT

pytestmark = pytest.mark.slow
PAGE = RAW / "takster" / "2023" / "naestved-takster-2023.html"


def pipeline(args):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=ROOT, env=dict(os.environ),
                          capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize("sources, says", [
    ("sources: [", "not valid YAML"),
    ("sources: 5", "sources.yaml"),
    ("sources:\n  - kind: budget\n    year: 2026\n", "entry 1"),
    ("sources:\n  - url: https://example.org/x.pdf\n    kind: budget\n    year: 2026\n    name: ../../../x.pdf\n",
     "must be a plain file name"),
    ("sources:\n  - url: https://example.org/x.pdf\n    kind: ../../..\n    year: 2026\n", "kind"),
])
def test_a_bad_sources_file_is_a_usage_error_in_one_line(tmp_path, sources, says):
    (tmp_path / "raw").mkdir()
    (tmp_path / "sources.yaml").write_text(sources)
    result = pipeline(["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")])
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error: ") and says in line and "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "published").exists() and not list(tmp_path.rglob("x.pdf"))


def test_a_file_name_with_a_newline_keeps_its_failure_on_one_line(tmp_path):
    raw = tmp_path / "raw" / "takster" / "2023"
    raw.mkdir(parents=True)
    shutil.copy(PAGE, raw)
    (raw / "bad\nname.pdf").write_text("not a PDF at all")
    result = pipeline(["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")])
    assert result.returncode == 3, result.stderr
    assert result.stderr.strip().splitlines() == [
        "takster/2023/bad\\nname.pdf: quarantined: not a PDF or HTML document by its bytes (a text file, named .pdf)"]
    assert len(result.stdout.strip().splitlines()) == 3   # two documents and the closing line
