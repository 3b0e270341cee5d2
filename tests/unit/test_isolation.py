import ctypes
import multiprocessing.forkserver
import os
import signal
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest

from pipeline.errors import DocumentRejected
from pipeline.isolation import run_isolated, run_isolated_measured

MiB = 1024**2
LIMITS = {"timeout_s": 30, "memory_bytes": 1024 * MiB}


# Worker functions: top level, so that the worker can import them by name.

def add(a, b):
    return a + b


def sleep_after_writing_pid(pid_file, seconds):
    Path(pid_file).write_text(str(os.getpid()))
    time.sleep(seconds)


def start_grandchild_and_sleep(pid_file):
    child = subprocess.Popen(["sleep", "60"])
    Path(pid_file).write_text(str(child.pid))
    time.sleep(60)


def hog(step_mib, progress_file):
    """Touches memory step by step, writing how far it got, as a runaway parser would."""
    held = []
    scratch = Path(f"{progress_file}.tmp")
    while True:
        held.append(b"x" * (step_mib * MiB))
        scratch.write_text(str(len(held) * step_mib))
        os.replace(scratch, progress_file)   # a kill never leaves a half-written number
        time.sleep(0.005)


def allocate_at_once(size):
    return len(bytearray(size))


def segfault():
    ctypes.string_at(0)


def exit_hard(code):
    os._exit(code)


def reject():
    raise DocumentRejected("password protected (encrypted PDF)", stage="preflight", limit="x")


def fail():
    raise ValueError("bad value\nsecond line")


def gone(pid: int) -> bool:
    """The process no longer exists, or is only waiting to be reaped by init."""
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def wait_until_gone(pid: int, seconds: float = 5.0) -> bool:
    deadline = time.monotonic() + seconds
    while not gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return gone(pid)


def test_returns_the_result_and_the_peak_memory():
    result, cost = run_isolated_measured(add, 2, 3, **LIMITS)
    peak = cost.peak_rss
    assert 0 < cost.cpu_seconds < 60
    assert result == 5
    assert 5 * MiB < peak < 1024 * MiB


def test_timeout_kills_the_worker_and_says_so(tmp_path):
    pid_file = tmp_path / "pid"
    with pytest.raises(DocumentRejected) as caught:
        run_isolated(sleep_after_writing_pid, pid_file, 60, timeout_s=1, memory_bytes=1024 * MiB)
    assert caught.value.reason == "timed out after 1 s"
    assert (caught.value.stage, caught.value.limit) == ("extract", "wall time 1 s")
    assert wait_until_gone(int(pid_file.read_text()))


def test_timeout_kills_what_the_worker_started(tmp_path):
    pid_file = tmp_path / "pid"
    with pytest.raises(DocumentRejected, match="timed out after 1.5 s"):
        run_isolated(start_grandchild_and_sleep, pid_file, timeout_s=1.5, memory_bytes=1024 * MiB)
    assert wait_until_gone(int(pid_file.read_text()))


def test_memory_hog_is_stopped_near_the_limit_and_the_parent_survives(tmp_path):
    progress = tmp_path / "progress"
    with pytest.raises(DocumentRejected) as caught:
        run_isolated(hog, 32, progress, timeout_s=60, memory_bytes=512 * MiB)
    assert caught.value.reason == "used more than 0.5 GiB of memory"
    assert caught.value.limit == "memory 0.5 GiB"
    assert int(progress.read_text()) < 512 + 256       # MiB: stopped within a few polls
    assert run_isolated(add, 1, 1, **LIMITS) == 2       # the parent and its forkserver carry on


def test_an_allocation_burst_meets_the_address_space_limit():
    with pytest.raises(DocumentRejected, match=r"^used more than 0\.5 GiB of memory$"):
        run_isolated(allocate_at_once, 8 * 1024 * MiB, timeout_s=60, memory_bytes=512 * MiB)


def test_a_segfault_is_reported_as_a_crash():
    with pytest.raises(DocumentRejected, match=r"^worker crashed \(signal 11, SIGSEGV\)$"):
        run_isolated(segfault, **LIMITS)


def test_an_exit_without_a_result_is_a_crash():
    with pytest.raises(DocumentRejected, match=r"^worker crashed \(exit code 7\)$"):
        run_isolated(exit_hard, 7, **LIMITS)


def test_document_rejected_passes_through_as_is():
    with pytest.raises(DocumentRejected) as caught:
        run_isolated(reject, **LIMITS)
    assert (caught.value.reason, caught.value.stage, caught.value.limit) == (
        "password protected (encrypted PDF)", "preflight", "x")


def test_other_exceptions_become_internal_errors_with_the_traceback():
    with pytest.raises(DocumentRejected) as caught:
        run_isolated(fail, **LIMITS)
    assert caught.value.reason == "internal error: ValueError: bad value"
    assert caught.value.stage == "extract"
    assert "Traceback" in caught.value.detail and "in fail" in caught.value.detail


def test_concurrent_calls_from_threads(tmp_path):
    def call(i):
        try:
            if i % 4 == 3:
                return run_isolated(sleep_after_writing_pid, tmp_path / f"{i}", 60,
                                    timeout_s=0.5, memory_bytes=1024 * MiB)
            if i % 4 == 2:
                return run_isolated(segfault, **LIMITS)
            return run_isolated(add, i, 100, **LIMITS)
        except DocumentRejected as rejection:
            return rejection.reason

    with ThreadPoolExecutor(max_workers=6) as pool:
        results = list(pool.map(call, range(12)))
    # A crash is reported as one; which signal, the forkserver may fail to pass on under load.
    results = ["worker crashed" if str(r).startswith("worker crashed (") else r for r in results]
    expected = [{3: "timed out after 0.5 s", 2: "worker crashed"}.get(i % 4, i + 100) for i in range(12)]
    assert results == expected


def test_no_worker_is_left_behind(tmp_path):
    for call in (lambda: run_isolated(add, 1, 2, **LIMITS),
                 lambda: run_isolated(segfault, **LIMITS),
                 lambda: run_isolated(sleep_after_writing_pid, tmp_path / "pid", 60,
                                      timeout_s=0.5, memory_bytes=1024 * MiB)):
        try:
            call()
        except DocumentRejected:
            pass
    forkserver = psutil.Process(multiprocessing.forkserver._forkserver._forkserver_pid)
    assert forkserver.children() == []
    assert not [p for p in psutil.Process().children(recursive=True) if p.status() == psutil.STATUS_ZOMBIE]


@pytest.mark.slow
def test_a_worker_dies_with_the_process_that_started_it(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent("""
        import time
        from pipeline.isolation import run_isolated
        if __name__ == "__main__":
            run_isolated(time.sleep, 60, timeout_s=120, memory_bytes=2**30)
    """))
    parent = subprocess.Popen([sys.executable, str(script)])
    try:
        worker = _wait_for_grandchild(parent.pid)   # parent -> forkserver -> worker
        parent.send_signal(signal.SIGKILL)
        assert wait_until_gone(worker.pid, seconds=10)
    finally:
        parent.kill()
        parent.wait()


def _wait_for_grandchild(pid: int) -> psutil.Process:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        workers = [grandchild for child in psutil.Process(pid).children()
                   for grandchild in child.children()]
        if workers:
            return workers[0]
        time.sleep(0.05)
    raise AssertionError("no worker started")
