"""`pipeline serve`: the flow as a Prefect deployment on a cron schedule.

Prefect's temporary API (what `pipeline run` uses) does not fire schedules, so with no
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

from flows.prefect_api import wait_until_answering
from pipeline.errors import RunIncomplete
from pipeline.settings import Settings

DEPLOYMENT = "scheduled"
SERVER_LOG = "prefect-server.log"   # in the output folder: where to look when serving fails


@contextmanager
def local_server(port: int, wait_s: float, log_path: Path) -> Iterator[str]:
    """A Prefect server (API, UI, scheduler) on 127.0.0.1:port for as long as the block
    runs; yields its API URL. The UI is told the same port, so that it calls this API.
    Its output goes to `log_path` (a pipe nobody reads would fill and stall it)."""
    url = f"http://127.0.0.1:{port}/api"
    prefect = Path(sys.executable).with_name("prefect")
    env = {**os.environ, "PREFECT_API_URL": "", "PREFECT_UI_API_URL": url,
           "PREFECT_SERVER_API_HOST": "127.0.0.1", "PREFECT_SERVER_API_PORT": str(port),
           "PREFECT_SERVER_LOGGING_LEVEL": os.environ.get("PREFECT_SERVER_LOGGING_LEVEL", "WARNING")}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("ab") as log:
        server = subprocess.Popen(
            [str(prefect), "server", "start", "--host", "127.0.0.1", "--port", str(port), "--analytics-off"],
            env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log, start_new_session=True)
    try:
        _wait_healthy(url, server, wait_s, log_path)
        yield url
    finally:
        _stop(server)


def _wait_healthy(url: str, server: subprocess.Popen, wait_s: float, log_path: Path) -> None:
    deadline = time.monotonic() + wait_s
    while time.monotonic() < deadline:
        if server.poll() is not None:
            last = [line for line in log_path.read_text(errors="replace").splitlines() if line.strip()][-1:]
            raise RunIncomplete(f"the Prefect server stopped at start (exit code {server.returncode}): "
                                f"{' '.join(last) or 'no output'}; see {log_path}")
        try:
            if httpx.get(f"{url}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise RunIncomplete(f"the Prefect server at {url} did not answer within {wait_s:g} s "
                        "(PIPELINE_PREFECT_WAIT_SECONDS sets how long to wait)")


def _stop(server: subprocess.Popen) -> None:
    """The server and the processes it started (its session) end with it."""
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def serve(settings: Settings, on_ready=None) -> None:
    """Serve the flow on the cron schedule until interrupted; `on_ready(api_url)` once it is up.

    Prefect reads PREFECT_API_URL when it is first imported, so nothing of Prefect is
    imported here before the server's address is set.
    """
    signal.signal(signal.SIGTERM, _interrupt)  # a service manager's stop ends serving cleanly
    configured = os.environ.get("PREFECT_API_URL")
    if configured:
        wait_until_answering(configured, settings.prefect_wait_seconds)
        _serve(settings, configured, on_ready)
        return
    with local_server(settings.server_port, settings.prefect_wait_seconds,
                      settings.out_dir / SERVER_LOG) as url:
        os.environ["PREFECT_API_URL"] = url
        _serve(settings, url, on_ready)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


def _serve(settings: Settings, url: str, on_ready) -> None:
    # Prefect's runner leaves a coroutine unawaited when interrupted; nothing is lost.
    warnings.filterwarnings("ignore", message="coroutine 'Runner.astop' was never awaited")
    from prefect.schedules import Cron

    from flows.pipeline_flow import pipeline_flow

    if on_ready:
        on_ready(url)
    pipeline_flow.serve(name=DEPLOYMENT, schedules=[Cron(settings.schedule_cron, timezone=settings.schedule_timezone)],
                        print_starting_message=False,
                        parameters={"raw_dir": str(settings.raw_dir.resolve()),
                                    "out_dir": str(settings.out_dir.resolve())})
