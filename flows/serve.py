"""`pipeline serve`: the flow as a Prefect deployment on a cron schedule.

Prefect's ephemeral API does not fire schedules (../shared/STACK-NOTES.md), so with no
PREFECT_API_URL set this starts a local Prefect server (SQLite under PREFECT_HOME,
loopback only), waits until it is healthy, serves the deployment, and stops the server
when serving stops. With PREFECT_API_URL set, it serves against that server.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

DEPLOYMENT = "scheduled"
_HEALTH_TIMEOUT_S = 90


@contextmanager
def local_server(port: int) -> Iterator[str]:
    """A Prefect server on 127.0.0.1:port for as long as the block runs; yields its API URL."""
    url = f"http://127.0.0.1:{port}/api"
    prefect = Path(sys.executable).with_name("prefect")
    server = subprocess.Popen(
        [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port), "--analytics-off"],
        env={**os.environ, "PREFECT_API_URL": ""}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True)
    try:
        _wait_healthy(url, server)
        yield url
    finally:
        _stop(server)


def _wait_healthy(url: str, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + _HEALTH_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            detail = (server.stderr.read() or b"").decode(errors="replace").strip().splitlines()[-3:]
            raise RuntimeError(f"the Prefect server stopped at start: {' '.join(detail)}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"the Prefect server at {url} was not healthy after {_HEALTH_TIMEOUT_S} s")


def _stop(server: subprocess.Popen) -> None:
    """The server and the processes it started (its session) end with it."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def serve(raw_dir: Path, out_dir: Path, cron: str, timezone: str, port: int, on_ready=None) -> None:
    """Serve the flow on the cron schedule until interrupted; `on_ready(api_url)` once it is up.

    Prefect reads PREFECT_API_URL when it is first imported, so nothing of Prefect is
    imported here before the server's address is set.
    """
    signal.signal(signal.SIGTERM, _interrupt)  # a service manager's stop ends serving cleanly
    if os.environ.get("PREFECT_API_URL"):
        _serve(raw_dir, out_dir, cron, timezone, os.environ["PREFECT_API_URL"], on_ready)
        return
    with local_server(port) as url:
        os.environ["PREFECT_API_URL"] = url
        _serve(raw_dir, out_dir, cron, timezone, url, on_ready)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _serve(raw_dir: Path, out_dir: Path, cron: str, timezone: str, url: str, on_ready) -> None:
    # Prefect's runner leaves a coroutine unawaited when interrupted; nothing is lost.
    warnings.filterwarnings("ignore", message="coroutine 'Runner.astop' was never awaited")
    from prefect.schedules import Cron

    from flows.pipeline_flow import pipeline_flow

    if on_ready:
        on_ready(url)
    pipeline_flow.serve(name=DEPLOYMENT, schedules=[Cron(cron, timezone=timezone)], print_starting_message=False,
                        parameters={"raw_dir": str(raw_dir.resolve()), "out_dir": str(out_dir.resolve())})
