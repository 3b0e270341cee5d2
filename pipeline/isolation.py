"""Run one document's work in a worker process that can be killed, so that a hostile
file costs the batch one document and never the process running it.

Workers come from a forkserver that has already imported the extractors: a fork of a
single-threaded process (the flow's own process runs threads, which makes a plain fork
unsafe) that answers in ~15 ms, where a spawned interpreter importing them takes ~0.2 s.

Memory is limited on resident memory (RSS), what actually fills the machine: the parent
polls the worker's process tree and kills it above the limit. Address space cannot be
the limit itself: pyarrow's allocator reserves 1 GiB and OpenCV (camelot) another
0.4 GiB that are never touched, so a worker using 0.2 GiB has a 2 GiB virtual size.
RLIMIT_AS at the limit plus that headroom stays as the backstop that stops an
allocation burst between two polls (it surfaces as MemoryError, the same rejection).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import multiprocessing.connection
import multiprocessing.forkserver
import os
import resource
import signal
import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Callable

import psutil

from pipeline.errors import DocumentRejected, RunIncomplete, pdf_damage

# Imported once in the forkserver, shared by every worker forked from it. "__main__" (the
# running script, e.g. .venv/bin/pipeline) saves each worker re-importing it (~0.2 s).
_PRELOAD = ["__main__", "pipeline.batch", "pipeline.worker_init"]
# Address space that libraries reserve without using it (see module docstring).
_ADDRESS_SPACE_HEADROOM = 2 * 1024**3
_POLL_S = 0.05
_PR_SET_PDEATHSIG = 1

_CONTEXT = multiprocessing.get_context("forkserver")
_CONTEXT.set_forkserver_preload(_PRELOAD)
_live: set[int] = set()   # process groups of running workers, for stop_all_workers
_deadline: float | None = None   # in a worker: when its wall-time limit is reached (monotonic)


def time_left() -> float | None:
    """Seconds before this worker reaches its wall-time limit; None outside a worker.
    Lets work that can tell its own cost refuse early and say why, rather than time out."""
    return None if _deadline is None else _deadline - time.monotonic()


def run_isolated(fn: Callable, *args, timeout_s: float, memory_bytes: int) -> Any:
    """fn(*args) in a worker process; over a limit, or on a crash, DocumentRejected.

    fn must be a top-level function (the worker imports it by name). It may run
    subprocesses but not multiprocessing children: the worker is daemonic.
    """
    return run_isolated_measured(fn, *args, timeout_s=timeout_s, memory_bytes=memory_bytes)[0]


@dataclass(frozen=True)
class WorkerCost:
    """What a worker used: the run's record and the benchmark's figures."""
    peak_rss: int         # bytes, the worker's or a process it waited for (OCR's tesseract)
    cpu_seconds: float    # user and system time of the worker and the processes it waited for


def run_isolated_measured(fn: Callable, *args, timeout_s: float, memory_bytes: int) -> tuple[Any, WorkerCost]:
    """(fn's result, what the worker used)."""
    receiver, sender = _CONTEXT.Pipe(duplex=False)
    with receiver:
        with sender:   # the worker holds its own copy; ours must close for EOF to reach us
            worker = _CONTEXT.Process(target=_work, args=(sender, timeout_s, memory_bytes, fn, args), daemon=True)
            with _children_allowed():
                worker.start()
        _live.add(worker.pid)
        try:
            message = _watch(worker, receiver, timeout_s, memory_bytes)
            worker.join(timeout=5)
        finally:
            _live.discard(worker.pid)
            exitcode = _stop(worker)
    return _outcome(message, exitcode, memory_bytes)


def stop_all_workers() -> None:
    """Kill every running worker and what it started (the run is being stopped)."""
    for pid in list(_live):
        try:
            os.killpg(pid, signal.SIGKILL)
        except OSError:
            pass


# --- parent side ----------------------------------------------------------------------------

@contextmanager
def _children_allowed() -> Iterator[None]:
    """Dask runs tasks in daemonic processes, which multiprocessing forbids to have
    children. Our worker is reaped by us (and dies with us, PR_SET_PDEATHSIG), which is
    what that rule protects, so the flag is lifted for the start and put back."""
    process = multiprocessing.current_process()
    daemonic = process._config.get("daemon", False)
    process._config["daemon"] = False
    try:
        yield
    finally:
        process._config["daemon"] = daemonic


def _watch(worker, receiver, timeout_s: float, memory_bytes: int) -> tuple | None:
    """The worker's message, or None if it ended without one; raises at a limit."""
    deadline = time.monotonic() + timeout_s
    while True:
        ready = multiprocessing.connection.wait([receiver, worker.sentinel], timeout=_POLL_S)
        if receiver in ready:
            try:
                return receiver.recv()
            except EOFError:
                return None
        if ready:
            return None
        if _tree_rss(worker.pid) > memory_bytes:
            raise _over_memory(memory_bytes)
        if time.monotonic() > deadline:
            raise DocumentRejected(f"timed out after {timeout_s:g} s", stage="extract",
                                   limit=f"wall time {timeout_s:g} s", lasting=False)


def _tree_rss(pid: int) -> int:
    """Resident memory of the worker and anything it started (OCR runs tesseract)."""
    try:
        process = psutil.Process(pid)
        tree = [process, *process.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for member in tree:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def _stop(worker) -> int:
    """SIGKILL the worker's process group (the worker and its children) if it still runs;
    its exit code once reaped."""
    if worker.exitcode is None:
        try:
            os.killpg(worker.pid, signal.SIGKILL)
        except OSError:
            pass   # the group is not made yet, or already gone
        worker.kill()
    worker.join()
    exitcode = worker.exitcode
    worker.close()
    return exitcode


def _outcome(message: tuple | None, exitcode: int | None, memory_bytes: int) -> tuple[Any, WorkerCost]:
    if message is None:
        raise DocumentRejected(_crash_reason(exitcode), stage="extract", lasting=False)
    kind, *payload = message
    if kind == "ok":
        return payload[0], payload[1]
    if kind == "memory":
        raise _over_memory(memory_bytes)
    if kind == "rejected":
        raise payload[0]
    if kind == "incomplete":
        raise RunIncomplete(payload[0])
    type_name, text, detail = payload
    first_line = (text.splitlines() or [""])[0]
    rejection = DocumentRejected(f"internal error: {type_name}: {first_line}", stage="extract", lasting=False)
    rejection.detail = detail
    raise rejection


def _crash_reason(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        return f"worker crashed (signal {-exitcode}, {signal.Signals(-exitcode).name})"
    return f"worker crashed (exit code {exitcode})"


def _over_memory(memory_bytes: int) -> DocumentRejected:
    gib = memory_bytes / 1024**3
    return DocumentRejected(f"used more than {gib:.1f} GiB of memory", stage="extract",
                            limit=f"memory {gib:.1f} GiB", lasting=False)


# --- worker side ----------------------------------------------------------------------------

def _work(sender, timeout_s: float, memory_bytes: int, fn: Callable, args: tuple) -> None:
    """Runs in the worker: limits first, then fn; every ending becomes one message."""
    global _deadline
    _deadline = time.monotonic() + timeout_s
    _confine(memory_bytes)
    try:
        result = fn(*args)
        sender.send(("ok", result, _cost()))
    except MemoryError:
        sender.send(("memory",))
    except DocumentRejected as rejection:
        sender.send(("rejected", rejection))
    except RunIncomplete as incomplete:   # not the document's fault: the run cannot go on
        sender.send(("incomplete", str(incomplete)))
    except Exception as error:  # noqa: BLE001 - reported to the parent, with its traceback
        damage = pdf_damage(error)   # a PDF library's own complaint names the file's damage
        if damage:
            sender.send(("rejected", DocumentRejected(damage, stage="extract")))
        else:
            sender.send(("error", type(error).__name__, str(error), traceback.format_exc()))
    finally:
        sender.close()


def _confine(memory_bytes: int) -> None:
    """Own process group (killed as one), dies with its parent, bounded address space."""
    os.setpgrp()
    _release_forkserver()
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    limit = memory_bytes + _ADDRESS_SPACE_HEADROOM
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _release_forkserver() -> None:
    """Close the worker's copy of the forkserver's keep-alive pipe. Held open, it keeps
    the forkserver running after the flow's process dies; closed, the forkserver exits
    with it, and PR_SET_PDEATHSIG then takes the worker along."""
    server = multiprocessing.forkserver._forkserver
    if server._forkserver_alive_fd is not None:
        os.close(server._forkserver_alive_fd)
        server._forkserver_alive_fd = None


def _cost() -> WorkerCost:
    """The worker's largest RSS (Linux reports KiB) and CPU time, its waited-for children's included."""
    usages = [resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
    return WorkerCost(max(u.ru_maxrss for u in usages) * 1024, sum(u.ru_utime + u.ru_stime for u in usages))
