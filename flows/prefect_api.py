"""Prefect's API for a run, started early and waited for as long as the settings allow.

A run needs Prefect's API. With PREFECT_API_URL set, that server must answer; without it,
this starts Prefect's API on 127.0.0.1 in a child process (what Prefect's own temporary
server does, minus the UI) right away, so that it comes up while the run imports its
modules and warms its workers, and stops it when the run ends. Prefect keeps its state
(a SQLite database) under PREFECT_HOME, by default ~/.prefect, created and migrated once
per user, not once per output folder.

Slow or absent is an expected condition: after `wait_s` the run stops with RunIncomplete
(exit code 4, one line), never with Prefect's traceback. Nothing of Prefect is imported
here: Prefect reads PREFECT_API_URL once, when it is first imported.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from pipeline.errors import RunIncomplete

_PORT_IN_USE = 3          # uvicorn's exit code when it cannot bind
_POLL_S = 0.2
_PR_SET_PDEATHSIG = 1


def prefect_environment(api_logs: bool = False) -> None:
    """Quiet, offline defaults; anything the user set wins. The console shows Prefect's
    warnings only (the run has its own progress display); the API gets its info logs, so
    that the UI shows what a run did."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if api_logs else "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "true" if api_logs else "false")


@contextmanager
def prefect_api(wait_s: float, while_starting: Callable[[], None] = lambda: None) -> Iterator[str]:
    """The API URL the run talks to, answering; RunIncomplete if it does not within wait_s.
    `while_starting` runs once the address is set and the server started, before the wait:
    what the run can do meanwhile (import Prefect and the flow)."""
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        while_starting()
        wait_until_answering(configured, wait_s)
        yield configured
        return
    with _local_api(wait_s, while_starting) as url:
        yield url


@contextmanager
def _local_api(wait_s: float, while_starting: Callable[[], None]) -> Iterator[str]:
    deadline = time.monotonic() + wait_s
    with tempfile.TemporaryFile() as log:
        while True:
            port = _free_port()
            url = f"http://127.0.0.1:{port}/api"
            server = _start(port, log)
            os.environ["PREFECT_API_URL"] = url  # before Prefect is imported: it reads this once
            try:
                while_starting()
                while_starting = lambda: None   # noqa: E731 - once, even if the port was taken
                _wait_healthy(url, wait_s, server, log, deadline)
                break
            except _PortTaken:
                continue
            except BaseException:
                _stop(server)
                os.environ.pop("PREFECT_API_URL", None)
                raise
        try:
            yield url
        finally:
            _stop(server)
            os.environ.pop("PREFECT_API_URL", None)


def wait_until_answering(url: str, wait_s: float) -> None:
    """A Prefect API someone else runs (PREFECT_API_URL): RunIncomplete if it stays silent."""
    _wait_healthy(url, wait_s, server=None, log=None)


class _PortTaken(Exception):
    pass


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _start(port: int, log) -> subprocess.Popen:
    """Prefect's API app under uvicorn, as Prefect's temporary server runs it; it dies with us."""
    import importlib.util

    prefect_dir = Path(importlib.util.find_spec("prefect").origin).parent
    env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
           "PREFECT__SERVER_FINAL": "1"}
    env.pop("PREFECT_API_URL", None)
    return subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect_dir.parent), "--factory",
         "prefect.server.api.server:create_app", "--host", "127.0.0.1", "--port", str(port),
         "--log-level", "error", "--lifespan", "on"],
        env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, preexec_fn=_die_with_parent)


def _die_with_parent() -> None:
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)


def _wait_healthy(url: str, wait_s: float, server: subprocess.Popen | None, log,
                  deadline: float | None = None) -> None:
    deadline = deadline if deadline is not None else time.monotonic() + wait_s
    with httpx.Client(timeout=2.0) as client:
        while True:
            if server is not None and server.poll() is not None:
                if server.returncode == _PORT_IN_USE:
                    raise _PortTaken
                raise RunIncomplete(f"Prefect's API stopped while starting (exit code {server.returncode}): "
                                    f"{_last_line(log)}")
            try:
                if client.get(f"{url}/health").status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            if time.monotonic() >= deadline:
                where = "the local Prefect API" if server is not None else f"Prefect's API at {url}"
                raise RunIncomplete(f"{where} did not answer within {wait_s:g} s "
                                    "(PIPELINE_PREFECT_WAIT_SECONDS sets how long to wait); nothing was published")
            time.sleep(_POLL_S)


def _last_line(log) -> str:
    if log is None:
        return ""
    log.seek(0)
    lines = [line.strip() for line in log.read().decode(errors="replace").splitlines() if line.strip()]
    return lines[-1] if lines else "no output"


def _stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
