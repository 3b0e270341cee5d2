"""Exit code 4: the run itself could not complete (Prefect's API silent, the output folder
read-only or full). One line on stderr, no traceback, nothing published, the previous
dataset untouched. And the settings a user can get wrong are usage errors (exit 2)."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from conftest import RAW, ROOT

pytestmark = pytest.mark.slow
PAGE = RAW / "takster" / "2023" / "naestved-takster-2023.html"
SHEET = RAW / "takster" / "2019-2020" / "naestved-takstblad-2019-2020.pdf"
PIPELINE = [sys.executable, "-m", "pipeline"]


def pipeline(args, env=None, timeout=300):
    return subprocess.run(PIPELINE + args, cwd=ROOT, env={**os.environ, **(env or {})}, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def raw(tmp_path):
    folder = tmp_path / "raw" / "takster" / "2023"
    folder.mkdir(parents=True)
    shutil.copy(PAGE, folder)
    return tmp_path / "raw"


def test_a_silent_prefect_api_is_exit_4_in_one_line(raw, tmp_path):
    result = pipeline(["run", "--raw", str(raw), "--out", str(tmp_path / "out")],
                      env={"PIPELINE_PREFECT_WAIT_SECONDS": "0.2"})
    assert result.returncode == 4, result.stderr
    assert result.stderr.strip().splitlines() == [
        "run incomplete: the local Prefect API did not answer within 0.2 s (PIPELINE_PREFECT_WAIT_SECONDS sets how "
        "long to wait); nothing was published"]
    assert not (tmp_path / "out" / "published").exists()
    assert not [p for p in psutil.Process().children(recursive=True) if "uvicorn" in " ".join(p.cmdline())]


def test_bad_settings_are_usage_errors(raw, tmp_path):
    for env, named in [({"PIPELINE_WORKERS": "0"}, "PIPELINE_WORKERS"),
                       ({"PIPELINE_TIMEOUT_SECONDS": "abc"}, "PIPELINE_TIMEOUT_SECONDS"),
                       ({"PIPELINE_MAX_PAGES": "-5"}, "PIPELINE_MAX_PAGES")]:
        result = pipeline(["run", "--raw", str(raw), "--out", str(tmp_path / "out")], env=env)
        assert result.returncode == 2, result.stderr
        (line,) = result.stderr.strip().splitlines()
        assert line.startswith(f"error: bad setting {named}=") and "Traceback" not in result.stderr


def in_own_mounts(script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """A shell script in a private mount namespace, so that the test's mounts vanish with it."""
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        pytest.skip("needs root and unshare to mount a small or read-only folder")
    return subprocess.run(["unshare", "--mount", "--propagation", "private", "sh", "-ec", script], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)


def scenario(tmp_path, raw, between: str) -> dict:
    """Publish once into a small tmpfs, do `between` to it, run again; the two runs' results."""
    out = tmp_path / "out"
    out.mkdir()
    command = f"{sys.executable} -m pipeline run --raw {raw} --out {out}"
    script = f"""
mount -t tmpfs -o size=12m tmpfs {out}
{command} > {tmp_path}/first.out 2> {tmp_path}/first.err || echo $? > {tmp_path}/first.rc
readlink {out}/published > {tmp_path}/first.version
{between}
{command} --force > {tmp_path}/second.out 2> {tmp_path}/second.err || echo $? > {tmp_path}/second.rc
readlink {out}/published > {tmp_path}/second.version
python_check() {{ {sys.executable} -c "import pyarrow.parquet as pq; print(pq.read_table('{out}/published/tariffs.parquet').num_rows)"; }}
python_check > {tmp_path}/second.rows
"""
    done = in_own_mounts(script, tmp_path)
    assert done.returncode == 0, done.stderr
    read = lambda name: (tmp_path / name).read_text().strip() if (tmp_path / name).exists() else ""  # noqa: E731
    return {"first_rc": read("first.rc") or "0", "second_rc": read("second.rc") or "0",
            "first_version": read("first.version"), "second_version": read("second.version"),
            "second_err": read("second.err"), "rows": read("second.rows")}


def test_a_read_only_output_folder_is_exit_4_and_the_dataset_stays(raw, tmp_path):
    result = scenario(tmp_path, raw, f"mount -o remount,ro {tmp_path / 'out'}")
    assert result["first_rc"] == "0"
    assert result["second_rc"] == "4"
    (line,) = result["second_err"].splitlines()
    assert line.startswith("run incomplete: ") and "Read-only file system" in line
    assert result["second_version"] == result["first_version"] and result["rows"] == "256"


def test_a_full_disk_is_exit_4_and_the_dataset_stays(raw, tmp_path):
    filler = tmp_path / "out" / "filler"
    shutil.copy(SHEET, raw / "takster")       # a second document: the second run has to write
    result = scenario(tmp_path, raw, f"dd if=/dev/zero of={filler} bs=64k 2>/dev/null || true")
    assert result["first_rc"] == "0"
    assert result["second_rc"] == "4", result["second_err"]
    (line,) = result["second_err"].splitlines()
    assert line.startswith("run incomplete: ") and "No space left on device" in line
    assert result["second_version"] == result["first_version"] and result["rows"] == str(256 + 494)


def test_sigterm_stops_a_run_promptly_and_leaves_no_worker(tmp_path):
    raw = tmp_path / "raw" / "budget" / "2026"
    raw.mkdir(parents=True)
    for n in range(6):   # enough work to be caught in the middle
        (raw / f"copy{n}.pdf").write_bytes((ROOT / "raw" / "budget" / "2026" /
                                            "naestved-budget-2026-kultur-og-fritid.pdf").read_bytes() + b"%" + bytes([n]))
    run = subprocess.Popen(PIPELINE + ["run", "--raw", str(tmp_path / "raw"), "--out", str(tmp_path / "out")],
                           cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not list((tmp_path / "out" / "staged").glob("*/manifest.json")):
        time.sleep(0.2)     # wait until extraction is under way
    family = [run.pid] + [p.pid for p in psutil.Process(run.pid).children(recursive=True)]
    run.send_signal(signal.SIGTERM)
    _, stderr = run.communicate(timeout=30)     # stops at once, not after the documents under way
    assert run.returncode == 128 + signal.SIGTERM and "interrupted" in stderr and "Traceback" not in stderr
    time.sleep(1)
    assert not [pid for pid in family if psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"]
    assert not (tmp_path / "out" / "published").exists()
